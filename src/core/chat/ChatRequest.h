#pragma once

#include "Attachment.h"
#include "ChatParams.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ChatMessage {
    QString role; // "system", "user" or "assistant"
    QString content;
    // Files sent with it (user messages), in order; the history carries them again.
    QList<Attachment> attachments = {};
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
    QString compareGroup; // the requests of one compare run share it (the ledger keeps it); empty: none
    // The system prompt and sampling parameters. The system prompt travels here only: each
    // adapter puts it in its provider's place (a "system" message of the history, as an
    // imported chat may hold, is added to it).
    ChatParams params;

    QString primaryModel() const { return models.value(0); }
};
