#pragma once

#include "chat/ChatOutcome.h"

#include <QCoreApplication>
#include <QString>

// Every failure a user can meet, in one sentence that says what to do next.
// The only place where HTTP statuses and network errors become words. Text that
// came from a provider is made one short, printable line before it is quoted.
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    ErrorText() = delete;

    static ErrorKind kindForHttpStatus(int status);
    static QString forHttpStatus(ErrorKind kind, int status, const QString& providerName, const QString& providerId,
                                 const QString& providerMessage);
    // startHint: for a local server that refuses connections, the command that starts it.
    static QString forNetwork(const QString& providerName, const QString& host, const QString& detail,
                              const QString& startHint = {});
    // The server sent the request elsewhere; it was not followed, so the key stayed home.
    static QString forRedirect(const QString& providerName, const QString& host, const QString& target);
    static QString forTimeout(const QString& providerName, int seconds);
    static QString forDeadline(const QString& providerName, int seconds);
    static QString forStreamError(const QString& providerName, const QString& providerMessage);
    static QString forTruncated(const QString& providerName);
    static QString forOversizedLine(const QString& providerName, int megabytes);
    static QString forMissingKey(const QString& providerName, const QString& providerId, const QString& envVar);
    static QString forKeychainUnavailable(const QString& envVar = {});

    // At most this many characters of a provider's own message are quoted.
    static constexpr int kMaxQuotedChars = 300;
};
