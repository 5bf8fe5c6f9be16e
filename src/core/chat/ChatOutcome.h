#pragma once

#include "TokenUsage.h"

#include <QString>

enum class RequestStatus { Done, Error, Cancelled, Timeout, Truncated };

// Why a request failed; stored in the ledger by name and mapped to CLI exit codes.
enum class ErrorKind {
    None,
    MissingKey,
    KeychainUnavailable,
    BadRequest,  // 400
    Auth,        // 401
    Forbidden,   // 403: the key may not do this
    Moderation,  // 403 from OpenRouter: the input was flagged (a prompt problem, not a key problem)
    Billing,     // 402
    NotFound,    // 404
    RateLimit,   // 429
    Timeout,     // 408 or no bytes for too long
    Server,      // 5xx
    Network,     // refused, reset, DNS, TLS
    Provider,    // an error reported inside a 200 stream
    Truncated,   // body ended without the end marker
    Cancelled,
    Protocol,    // bytes we could not understand
};

QString requestStatusName(RequestStatus status);
QString errorKindName(ErrorKind kind);
// 0 ok, 3 missing or rejected key, 4 provider or network error, 5 keychain unavailable.
int exitCodeFor(ErrorKind kind);

// How one request ended, whatever the end.
struct ChatOutcome {
    RequestStatus status = RequestStatus::Done;
    ErrorKind errorKind = ErrorKind::None;
    QString message; // one sentence for the user; empty when all went well
    QString warning; // a sentence worth showing even when all went well (e.g. a cost disbelieved)
    QString storageError; // set when the ledger row could not be written (CLI exit 6)
    QString text;
    QString reasoning;
    QString finishReason;
    QString modelServed;
    QString upstreamProvider;
    QString generationId;
    TokenUsage usage;
    int httpStatus = 0;
    qint64 ttftMs = -1;
    qint64 durationMs = 0;
    qint64 ledgerId = 0;

    bool ok() const { return status == RequestStatus::Done; }
};

#include <QMetaType>
Q_DECLARE_METATYPE(ChatOutcome)
