#include "GeminiAdapter.h"

#include "AdapterCommon.h"
#include "catalog/ModelInfo.h"
#include "ProviderPreset.h"
#include "chat/ChatRequest.h"
#include "net/SseDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

using AdapterCommon::optInt;

namespace {

QString finishReason(const QString& gemini)
{
    if (gemini == QLatin1String("STOP"))
        return QStringLiteral("stop");
    if (gemini == QLatin1String("MAX_TOKENS"))
        return QStringLiteral("length");
    if (gemini == QLatin1String("SAFETY") || gemini == QLatin1String("RECITATION")
        || gemini == QLatin1String("BLOCKLIST") || gemini == QLatin1String("PROHIBITED_CONTENT")
        || gemini == QLatin1String("SPII"))
        return QStringLiteral("content_filter");
    return gemini.toLower();
}

class GeminiStreamParser final : public StreamParser {
public:
    void feed(QByteArrayView bytes, QList<ChatEvent>& out) override
    {
        m_sse.feed(bytes, m_events);
        drain(out);
    }
    // Gemini sends no end marker: a clean end of body after a finishReason is the end.
    void finish(QList<ChatEvent>& out) override
    {
        m_sse.finish(m_events);
        drain(out);
        if (m_finished && !m_error)
            out.append(ChatEvent::done());
    }

private:
    void drain(QList<ChatEvent>& out)
    {
        for (const SseEvent& e : std::as_const(m_events))
            handle(e.data, out);
        m_events.clear();
    }

    void handle(const QByteArray& data, QList<ChatEvent>& out)
    {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (o.isEmpty())
            return;
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject eo = error.toObject();
            out.append(ChatEvent::error(eo.value(QLatin1String("message")).toString(),
                                        eo.value(QLatin1String("status")).toString()));
            m_error = true;
            return;
        }
        const QString model = o.value(QLatin1String("modelVersion")).toString();
        const QString id = o.value(QLatin1String("responseId")).toString();
        if ((!model.isEmpty() && model != m_model) || (!id.isEmpty() && id != m_id)) {
            m_model = model.isEmpty() ? m_model : model;
            m_id = id.isEmpty() ? m_id : id;
            ChatEvent meta;
            meta.type = ChatEvent::Type::Metadata;
            meta.model = m_model;
            meta.generationId = m_id;
            out.append(meta);
        }
        const QJsonArray candidates = o.value(QLatin1String("candidates")).toArray();
        if (!candidates.isEmpty()) {
            const QJsonObject candidate = candidates.first().toObject();
            const QJsonArray parts = candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray();
            for (const QJsonValue& pv : parts) {
                const QJsonObject part = pv.toObject();
                const QString text = part.value(QLatin1String("text")).toString();
                if (text.isEmpty())
                    continue;
                if (part.value(QLatin1String("thought")).toBool())
                    out.append(ChatEvent::reasoningDelta(text));
                else
                    out.append(ChatEvent::textDelta(text));
            }
            const QString reason = candidate.value(QLatin1String("finishReason")).toString();
            if (!reason.isEmpty()) {
                m_finished = true;
                out.append(ChatEvent::finish(finishReason(reason)));
            }
        }
        // Cumulative on every chunk: the last one wins. Thoughts are output tokens too.
        const QJsonObject u = o.value(QLatin1String("usageMetadata")).toObject();
        if (!u.isEmpty()) {
            ChatEvent e;
            e.type = ChatEvent::Type::Usage;
            e.usage.promptTokens = optInt(u.value(QLatin1String("promptTokenCount")));
            const auto candidatesTokens = optInt(u.value(QLatin1String("candidatesTokenCount")));
            const auto thoughts = optInt(u.value(QLatin1String("thoughtsTokenCount")));
            if (candidatesTokens || thoughts)
                e.usage.completionTokens = candidatesTokens.value_or(0) + thoughts.value_or(0);
            e.usage.reasoningTokens = thoughts.value_or(0);
            e.usage.cachedTokens = optInt(u.value(QLatin1String("cachedContentTokenCount"))).value_or(0);
            out.append(e);
        }
    }

    SseDecoder m_sse;
    QList<SseEvent> m_events;
    QString m_model;
    QString m_id;
    bool m_finished = false;
    bool m_error = false;
};

} // namespace

QNetworkRequest GeminiAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                           const ChatRequest& request) const
{
    QString id = request.primaryModel();
    if (id.startsWith(QLatin1String("models/")))
        id = id.mid(7);
    QUrl url = AdapterCommon::join(baseUrl, QStringLiteral("models/") + id + QStringLiteral(":streamGenerateContent"));
    url.setQuery(QStringLiteral("alt=sse"));
    QNetworkRequest req(url);
    AdapterCommon::setCommonHeaders(req, preset, "text/event-stream");
    if (!key.isEmpty())
        req.setRawHeader("x-goog-api-key", key.toUtf8());
    return req;
}

QByteArray GeminiAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    QJsonObject body;
    QJsonArray contents;
    QStringList system;
    for (const ChatMessage& m : request.messages) {
        if (m.role == QLatin1String("system")) {
            system.append(m.content);
            continue;
        }
        const QString role = m.role == QLatin1String("assistant") ? QStringLiteral("model") : QStringLiteral("user");
        contents.append(QJsonObject { { QLatin1String("role"), role },
                                      { QLatin1String("parts"), QJsonArray { QJsonObject { { QLatin1String("text"), m.content } } } } });
    }
    body.insert(QLatin1String("contents"), contents);
    if (!system.isEmpty()) {
        body.insert(QLatin1String("systemInstruction"),
                    QJsonObject { { QLatin1String("parts"),
                                    QJsonArray { QJsonObject { { QLatin1String("text"), system.join(QStringLiteral("\n\n")) } } } } });
    }
    QJsonObject config;
    if (request.maxTokens)
        config.insert(QLatin1String("maxOutputTokens"), *request.maxTokens);
    if (request.temperature)
        config.insert(QLatin1String("temperature"), *request.temperature);
    if (!config.isEmpty())
        body.insert(QLatin1String("generationConfig"), config);
    for (auto it = preset.extraBody.begin(); it != preset.extraBody.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamParser> GeminiAdapter::createStreamParser() const
{
    return std::make_unique<GeminiStreamParser>();
}

ErrorKind GeminiAdapter::errorKind(int httpStatus, const QByteArray& body) const
{
    // A rejected key comes back as 400 INVALID_ARGUMENT with reason API_KEY_INVALID.
    if (body.contains("API_KEY_INVALID") || body.contains("API key not valid"))
        return ErrorKind::Auth;
    return ProviderAdapter::errorKind(httpStatus, body);
}

QNetworkRequest GeminiAdapter::modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                             const QString& cursor) const
{
    QUrl url = AdapterCommon::join(baseUrl, QStringLiteral("models"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), cursor);
    url.setQuery(query);
    QNetworkRequest req = AdapterCommon::getRequest(url, preset);
    if (!key.isEmpty())
        req.setRawHeader("x-goog-api-key", key.toUtf8());
    return req;
}

// {"models":[{name:"models/…", displayName, inputTokenLimit, supportedGenerationMethods}],
// "nextPageToken"}: only models that can generateContent, without the "models/" prefix.
ModelPage GeminiAdapter::parseModels(const QByteArray& body) const
{
    ModelPage page;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty() || root.contains(QLatin1String("error")))
        return page;
    page.ok = true;
    for (const QJsonValue& v : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!AdapterCommon::stringList(o.value(QLatin1String("supportedGenerationMethods"))).contains(QLatin1String("generateContent")))
            continue;
        ModelInfo m;
        m.id = o.value(QLatin1String("name")).toString();
        if (m.id.startsWith(QLatin1String("models/")))
            m.id = m.id.mid(7);
        if (m.id.isEmpty())
            continue;
        m.name = o.value(QLatin1String("displayName")).toString(m.id);
        m.contextLength = AdapterCommon::optInt(o.value(QLatin1String("inputTokenLimit")));
        page.models.append(m);
    }
    page.nextCursor = root.value(QLatin1String("nextPageToken")).toString();
    return page;
}
