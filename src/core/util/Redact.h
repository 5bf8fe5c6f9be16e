#pragma once

#include <QByteArray>
#include <QString>

class QNetworkRequest;
class QUrl;

// Secrets never reach a log line: these helpers are the only way headers and URLs
// are turned into log text.
namespace Redact {

bool isSensitiveHeader(const QByteArray& name); // case-insensitive
QString headersForLog(const QNetworkRequest& request);
QString urlForLog(const QUrl& url); // drops user info and "key" query values
// Replaces every occurrence of the secret in text (used on provider messages).
QString scrub(QString text, const QString& secret);

} // namespace Redact
