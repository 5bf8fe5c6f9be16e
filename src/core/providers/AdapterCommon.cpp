#include "AdapterCommon.h"

#include "ProviderPreset.h"
#include "chat/ChatRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QNetworkRequest>
#include <QUrl>

namespace AdapterCommon {

QUrl join(const QUrl& baseUrl, const QString& path)
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + path);
    return url;
}

QUrl withVersion(const QUrl& baseUrl, const QString& version, const QStringList& accepted)
{
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString& v : accepted) {
        if (path.endsWith(u'/' + v))
            return baseUrl;
    }
    return join(baseUrl, version);
}

void setCommonHeaders(QNetworkRequest& request, const ProviderPreset& preset, const QByteArray& accept)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Switchyard/" SWITCHYARD_VERSION));
    for (const auto& h : preset.headers)
        request.setRawHeader(h.first, h.second);
}

std::optional<qint64> optInt(const QJsonValue& v)
{
    // Token counts: whole, non-negative and below a trillion, or not believed.
    constexpr double kMax = 1e12;
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0 && d <= kMax))
        return std::nullopt; // also NaN
    return qint64(d);
}

QString scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

void mergeExtraBody(QJsonObject& body, const ProviderPreset& preset)
{
    for (auto it = preset.extraBody.begin(); it != preset.extraBody.end(); ++it)
        body.insert(it.key(), it.value());
}

QString systemPrompt(const ChatRequest& request)
{
    QStringList parts;
    if (!request.params.systemPrompt.isEmpty())
        parts.append(request.params.systemPrompt);
    for (const ChatMessage& m : request.messages) {
        if (m.role == QLatin1String("system") && !m.content.isEmpty())
            parts.append(m.content);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void insertPath(QJsonObject& body, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        body.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject inner = body.value(head).toObject();
    insertPath(inner, path.mid(dot + 1), value);
    body.insert(head, inner);
}

QNetworkRequest getRequest(const QUrl& url, const ProviderPreset& preset)
{
    QNetworkRequest req(url);
    setCommonHeaders(req, preset, "application/json");
    return req;
}

} // namespace AdapterCommon
