#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ChatMessage {
    QString role; // "system", "user" or "assistant"
    QString content;
};

// What the user asked for, independent of any wire format.
struct ChatRequest {
    QString providerId;
    QStringList models; // first is the model asked for, the rest are fallbacks in order
    QList<ChatMessage> messages;
    // A stored message: the path from its conversation's root to it is sent before
    // `messages`. It is read when the body is built, off the GUI thread (0: none).
    qint64 historyFrom = 0;
    QString baseUrlOverride; // empty: the provider's configured base URL
    std::optional<double> temperature;
    std::optional<int> maxTokens;

    QString primaryModel() const { return models.value(0); }
};
