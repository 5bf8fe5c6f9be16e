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
    QString baseUrlOverride; // empty: the provider's configured base URL
    std::optional<double> temperature;
    std::optional<int> maxTokens;

    QString primaryModel() const { return models.value(0); }
};
