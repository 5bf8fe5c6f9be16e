#include "OpenAiCompatibleAdapter.h"

#include "ProviderPreset.h"
#include "chat/ChatRequest.h"
#include "money/Money.h"
#include "net/SseDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace {

QString jsonScalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

std::optional<qint64> optInt(const QJsonValue& v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return std::nullopt;
}

TokenUsage parseUsage(const QJsonObject& u)
{
    TokenUsage usage;
    usage.promptTokens = optInt(u.value(QLatin1String("prompt_tokens")));
    usage.completionTokens = optInt(u.value(QLatin1String("completion_tokens")));
    usage.cachedTokens = optInt(u.value(QLatin1String("prompt_tokens_details"))
                                    .toObject()
                                    .value(QLatin1String("cached_tokens")));
    // DeepSeek reports its cache hits beside the prompt count.
    if (!usage.cachedTokens)
        usage.cachedTokens = optInt(u.value(QLatin1String("prompt_cache_hit_tokens")));
    usage.reasoningTokens = optInt(u.value(QLatin1String("completion_tokens_details"))
                                       .toObject()
                                       .value(QLatin1String("reasoning_tokens")));
    const QJsonValue cost = u.value(QLatin1String("cost"));
    if (cost.isDouble())
        usage.cost = Money::fromDouble(cost.toDouble());
    else if (cost.isString())
        usage.cost = Money::parseUsd(cost.toString());
    return usage;
}

class OpenAiStreamParser final : public StreamParser {
public:
    void feed(QByteArrayView bytes, QList<ChatEvent>& out) override
    {
        m_sse.feed(bytes, m_events);
        drain(out);
    }

    void finish(QList<ChatEvent>& out) override
    {
        m_sse.finish(m_events);
        drain(out);
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
        if (m_ended)
            return;
        if (data == "[DONE]") {
            m_ended = true;
            out.append(ChatEvent::done());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (o.isEmpty())
            return; // not JSON we understand; a keep-alive of some other shape

        ChatEvent meta;
        meta.type = ChatEvent::Type::Metadata;
        meta.generationId = o.value(QLatin1String("id")).toString();
        meta.model = o.value(QLatin1String("model")).toString();
        meta.upstreamProvider = o.value(QLatin1String("provider")).toString();
        if (meta.generationId != m_lastId || meta.model != m_lastModel || meta.upstreamProvider != m_lastProvider) {
            m_lastId = meta.generationId;
            m_lastModel = meta.model;
            m_lastProvider = meta.upstreamProvider;
            out.append(meta);
        }

        const QJsonValue usage = o.value(QLatin1String("usage"));
        if (usage.isObject()) {
            ChatEvent u;
            u.type = ChatEvent::Type::Usage;
            u.usage = parseUsage(usage.toObject());
            out.append(u);
        }

        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isObject() || error.isString()) {
            const QJsonObject eo = error.toObject();
            const QString message = error.isString() ? error.toString()
                                                     : eo.value(QLatin1String("message")).toString();
            out.append(ChatEvent::error(message, jsonScalarText(eo.value(QLatin1String("code")))));
            m_sawError = true;
        }

        const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
        if (choices.isEmpty())
            return;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        // OpenRouter: "reasoning"; DeepSeek and some others: "reasoning_content".
        QString reasoning = delta.value(QLatin1String("reasoning")).toString();
        if (reasoning.isEmpty())
            reasoning = delta.value(QLatin1String("reasoning_content")).toString();
        if (!reasoning.isEmpty())
            out.append(ChatEvent::reasoningDelta(reasoning));
        const QString content = delta.value(QLatin1String("content")).toString();
        if (!content.isEmpty())
            out.append(ChatEvent::textDelta(content));
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString()) {
            const QString reason = finish.toString();
            if (reason == QLatin1String("error")) {
                if (!m_sawError)
                    out.append(ChatEvent::error({}, {}));
                m_sawError = true;
            } else {
                out.append(ChatEvent::finish(reason));
            }
        }
    }

    SseDecoder m_sse;
    QList<SseEvent> m_events;
    QString m_lastId;
    QString m_lastModel;
    QString m_lastProvider;
    bool m_sawError = false;
    bool m_ended = false;
};

} // namespace

QNetworkRequest OpenAiCompatibleAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl,
                                                     const QString& key) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/chat/completions"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Switchyard/" SWITCHYARD_VERSION));
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    for (const auto& h : preset.headers)
        req.setRawHeader(h.first, h.second);
    return req;
}

QByteArray OpenAiCompatibleAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    QJsonObject body;
    body.insert(QLatin1String("model"), request.primaryModel());
    if (preset.supportsFallbackList && request.models.size() > 1)
        body.insert(QLatin1String("models"), QJsonArray::fromStringList(request.models));
    QJsonArray messages;
    for (const ChatMessage& m : request.messages) {
        messages.append(QJsonObject { { QLatin1String("role"), m.role },
                                      { QLatin1String("content"), m.content } });
    }
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("stream"), true);
    if (request.temperature)
        body.insert(QLatin1String("temperature"), *request.temperature);
    if (request.maxTokens)
        body.insert(QLatin1String("max_tokens"), *request.maxTokens);
    for (auto it = preset.extraBody.begin(); it != preset.extraBody.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamParser> OpenAiCompatibleAdapter::createStreamParser() const
{
    return std::make_unique<OpenAiStreamParser>();
}

QString OpenAiCompatibleAdapter::errorMessage(const QByteArray& body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    QString message;
    if (error.isString())
        message = error.toString();
    else if (error.isObject())
        message = error.toObject().value(QLatin1String("message")).toString();
    else
        message = o.value(QLatin1String("message")).toString();
    message = message.simplified();
    constexpr int kMaxLength = 300;
    if (message.size() > kMaxLength)
        message = message.left(kMaxLength - 1) + QChar(0x2026);
    return message;
}
