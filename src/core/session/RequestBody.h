#pragma once

#include "chat/ChatRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct ModelInfo;
struct ProviderPreset;
struct StoredMessage;

// A request's body, built where it cannot stall a window: a long conversation is
// megabytes of history to read and of JSON to write.
struct PreparedBody {
    QByteArray body;
    QString error;         // one sentence; empty when the body is ready
    bool storage = false;  // the error is the history that could not be read (else files refused)
    QString notSent;       // one sentence on the parameters left out, or empty
};

// Reads the stored path to request.historyFrom (if any) through its own read-only
// connection to databasePath and puts it before request.messages; refuses files the
// provider or model (its catalog entry, when known) cannot take, leaves out parameters it
// does not take, and has the preset's adapter write the body. Safe on any thread; touches
// nothing shared.
PreparedBody prepareRequestBody(const QString& databasePath, const ProviderPreset& preset, ChatRequest request,
                                const std::optional<ModelInfo>& model);

// What a stored path sends: every message with text or files, in order.
QList<ChatMessage> historyMessages(const QList<StoredMessage>& path);
