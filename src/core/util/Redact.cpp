#include "Redact.h"

#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

namespace Redact {

bool isSensitiveHeader(const QByteArray& name)
{
    static const QByteArray kSensitive[] = { "authorization", "proxy-authorization", "x-api-key",
                                             "x-goog-api-key", "cookie", "set-cookie", "api-key" };
    const QByteArray lower = name.toLower();
    for (const QByteArray& s : kSensitive) {
        if (lower == s)
            return true;
    }
    return false;
}

QString headersForLog(const QNetworkRequest& request)
{
    QStringList parts;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        const QByteArray value = isSensitiveHeader(name) ? QByteArrayLiteral("[redacted]") : request.rawHeader(name);
        parts.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value));
    }
    return parts.join(QStringLiteral("; "));
}

QString urlForLog(const QUrl& url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    for (const auto& item : items) {
        if (item.first.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, QStringLiteral("[redacted]"));
        }
    }
    copy.setQuery(query);
    return copy.toString();
}

QString scrub(QString text, const QString& secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

} // namespace Redact
