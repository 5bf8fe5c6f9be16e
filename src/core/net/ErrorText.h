#pragma once

#include "chat/ChatOutcome.h"

#include <QString>

// Every failure a user can meet, in one sentence that says what to do next.
// The only place where HTTP statuses and network errors become words.
namespace ErrorText {

ErrorKind kindForHttpStatus(int status);
QString forHttpStatus(ErrorKind kind, int status, const QString& providerName, const QString& providerId,
                      const QString& providerMessage);
// startHint: for a local server that refuses connections, the command that starts it.
QString forNetwork(const QString& providerName, const QString& host, const QString& detail,
                   const QString& startHint = {});
QString forTimeout(const QString& providerName, int seconds);
QString forStreamError(const QString& providerName, const QString& providerMessage);
QString forTruncated(const QString& providerName);
QString forMissingKey(const QString& providerName, const QString& providerId, const QString& envVar);
QString forKeychainUnavailable(const QString& envVar = {});

} // namespace ErrorText
