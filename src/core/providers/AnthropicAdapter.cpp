#include "AnthropicAdapter.h"

#include "AdapterCommon.h"
#include "DecodedStreamParser.h"
#include "catalog/ModelInfo.h"
#include "ProviderPreset.h"
#include "chat/ChatRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

using AdapterCommon::optInt;

namespace {

QUrl versioned(const QUrl& baseUrl)
{
    return AdapterCommon::withVersion(baseUrl, QStringLiteral("v1"), { QStringLiteral("v1") });
}

class AnthropicStreamParser final : public SseStreamParser<AnthropicStreamParser> {
    friend SseStreamParser<AnthropicStreamParser>;

    void handle(const SseEvent& e, QList<ChatEvent>& out)
    {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(e.data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (!e.data.trimmed().isEmpty())
                skip();
            return;
        }
        const QJsonObject o = doc.object();
        // The event name and data.type agree; data.type is what the docs promise.
        const QString type = o.value(QLatin1String("type")).toString(QString::fromUtf8(e.event));
        if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = o.value(QLatin1String("delta")).toObject();
            const QString deltaType = delta.value(QLatin1String("type")).toString();
            if (deltaType == QLatin1String("text_delta")) {
                const QString text = delta.value(QLatin1String("text")).toString();
                if (!text.isEmpty())
                    out.append(ChatEvent::textDelta(text));
            } else if (deltaType == QLatin1String("thinking_delta")) {
                const QString thinking = delta.value(QLatin1String("thinking")).toString();
                if (!thinking.isEmpty())
                    out.append(ChatEvent::reasoningDelta(thinking));
            }
            // signature_delta and input_json_delta carry nothing to show.
        } else if (type == QLatin1String("message_start")) {
            const QJsonObject message = o.value(QLatin1String("message")).toObject();
            ChatEvent meta;
            meta.type = ChatEvent::Type::Metadata;
            meta.generationId = message.value(QLatin1String("id")).toString();
            meta.model = message.value(QLatin1String("model")).toString();
            out.append(meta);
            readUsage(message.value(QLatin1String("usage")).toObject(), out);
        } else if (type == QLatin1String("message_delta")) {
            const QString stop = o.value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString();
            if (!stop.isEmpty())
                out.append(ChatEvent::finish(stop));
            readUsage(o.value(QLatin1String("usage")).toObject(), out);
        } else if (type == QLatin1String("message_stop")) {
            end(out);
        } else if (type == QLatin1String("error")) {
            const QJsonObject error = o.value(QLatin1String("error")).toObject();
            out.append(ChatEvent::error(error.value(QLatin1String("message")).toString(),
                                        error.value(QLatin1String("type")).toString()));
        }
        // ping, content_block_start/stop and unknown types: nothing to do.
    }

    // Input counts come in message_start; output counts are cumulative in message_delta.
    // Anthropic reports cache reads and writes apart from input_tokens: the ledger's
    // prompt count adds them.
    void readUsage(const QJsonObject& u, QList<ChatEvent>& out)
    {
        if (u.isEmpty())
            return;
        const auto input = optInt(u.value(QLatin1String("input_tokens")));
        const auto cacheWrite = optInt(u.value(QLatin1String("cache_creation_input_tokens")));
        const auto cacheRead = optInt(u.value(QLatin1String("cache_read_input_tokens")));
        if (input)
            m_input = *input;
        if (cacheWrite)
            m_cacheWrite = *cacheWrite;
        if (cacheRead)
            m_cacheRead = *cacheRead;
        ChatEvent e;
        e.type = ChatEvent::Type::Usage;
        if (m_input || m_cacheWrite || m_cacheRead) {
            e.usage.promptTokens = m_input.value_or(0) + m_cacheWrite.value_or(0) + m_cacheRead.value_or(0);
            e.usage.cachedTokens = m_cacheRead.value_or(0);
            e.usage.cacheWriteTokens = m_cacheWrite.value_or(0);
        }
        e.usage.completionTokens = optInt(u.value(QLatin1String("output_tokens")));
        out.append(e);
    }

    std::optional<qint64> m_input;
    std::optional<qint64> m_cacheWrite;
    std::optional<qint64> m_cacheRead;
};

// The credentials every request of this provider carries.
void authorize(QNetworkRequest& req, const QString& key)
{
    if (!key.isEmpty())
        req.setRawHeader("x-api-key", key.toUtf8());
    if (req.rawHeader("anthropic-version").isEmpty())
        req.setRawHeader("anthropic-version", "2023-06-01");
}

} // namespace

QNetworkRequest AnthropicAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                              const ChatRequest&) const
{
    QNetworkRequest req(AdapterCommon::join(versioned(baseUrl), QStringLiteral("messages")));
    AdapterCommon::setCommonHeaders(req, preset, "text/event-stream");
    authorize(req, key);
    return req;
}

namespace {
constexpr double kThinkingMinTopP = 0.95;

// The thinking budget a request asks for: its own, or its effort's; 0 for none.
int thinkingBudget(const ChatParams& params)
{
    if (params.reasoningBudget)
        return *params.reasoningBudget;
    return params.reasoningEffort ? ChatParams::effortBudget(*params.reasoningEffort) : 0;
}
QJsonObject source(const QString& type, const QString& mime, const QString& data)
{
    return { { QLatin1String("type"), type }, { QLatin1String("media_type"), mime }, { QLatin1String("data"), data } };
}

// A message's content: its text, or with files an array of blocks, the files first (as
// Anthropic advises): image and document blocks, a text file as a text document.
QJsonValue content(const ChatMessage& m)
{
    if (m.attachments.isEmpty())
        return m.content;
    QJsonArray blocks;
    for (const Attachment& a : m.attachments) {
        const bool image = a.kind == Attachment::Kind::Image;
        const QJsonObject src = a.kind == Attachment::Kind::Text
            ? source(QStringLiteral("text"), QStringLiteral("text/plain"), a.text())
            : source(QStringLiteral("base64"), a.mime, a.base64());
        blocks.append(QJsonObject { { QLatin1String("type"), image ? QStringLiteral("image") : QStringLiteral("document") },
                                    { QLatin1String("source"), src } });
    }
    if (!m.content.isEmpty()) // an empty text block is refused
        blocks.append(QJsonObject { { QLatin1String("type"), QStringLiteral("text") }, { QLatin1String("text"), m.content } });
    return blocks;
}
} // namespace

QString AnthropicAdapter::refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const
{
    const QString base = ProviderAdapter::refusal(preset, request, p);
    if (!base.isEmpty())
        return base;
    switch (p) {
    case ChatParam::Seed: return tr("%1 does not take a seed.").arg(preset.name);
    case ChatParam::Temperature:
        if (thinkingBudget(request.params) > 0)
            return tr("%1 does not take a temperature while extended thinking is on.").arg(preset.name);
        return {};
    case ChatParam::TopP:
        if (thinkingBudget(request.params) > 0 && *request.params.topP < kThinkingMinTopP)
            return tr("%1 takes a top_p of 0.95 or more while extended thinking is on.").arg(preset.name);
        // Its newer models refuse both at once; the temperature is the one users mean.
        if (request.params.temperature && sends(preset, request, ChatParam::Temperature))
            return tr("%1 takes a temperature or top_p, not both; the temperature is sent.").arg(preset.name);
        return {};
    default: return {};
    }
}

QByteArray AnthropicAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    const ChatParams& params = request.params;
    QJsonObject body;
    body.insert(QLatin1String("model"), request.primaryModel());
    // max_tokens counts thinking too, so a thinking budget comes on top of the answer's limit.
    const int budget = thinkingBudget(params);
    body.insert(QLatin1String("max_tokens"), params.maxTokens.value_or(kDefaultMaxTokens) + budget);
    if (budget > 0) {
        body.insert(QLatin1String("thinking"), QJsonObject { { QLatin1String("type"), QStringLiteral("enabled") },
                                                             { QLatin1String("budget_tokens"), budget } });
    }
    QJsonArray messages;
    for (const ChatMessage& m : request.messages) {
        if (m.role != QLatin1String("system"))
            messages.append(QJsonObject { { QLatin1String("role"), m.role }, { QLatin1String("content"), content(m) } });
    }
    const QString system = AdapterCommon::systemPrompt(request);
    if (!system.isEmpty())
        body.insert(QLatin1String("system"), system);
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("stream"), true);
    // max_tokens is always sent (above); a seed never is.
    insertSampling(body, preset, request,
                   { QStringLiteral("temperature"), QStringLiteral("top_p"), {}, QStringLiteral("stop_sequences"), {} });
    AdapterCommon::mergeExtraBody(body, preset);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamParser> AnthropicAdapter::createStreamParser() const
{
    return std::make_unique<AnthropicStreamParser>();
}

ErrorKind AnthropicAdapter::errorKind(int httpStatus, const QByteArray& body) const
{
    // "Your credit balance is too low…" arrives as a 400 invalid_request_error.
    if (httpStatus == 400 && errorMessage(body).contains(QLatin1String("credit balance"), Qt::CaseInsensitive))
        return ErrorKind::Billing;
    return ProviderAdapter::errorKind(httpStatus, body);
}

QNetworkRequest AnthropicAdapter::modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                                const QString& cursor) const
{
    QUrl url = AdapterCommon::join(versioned(baseUrl), QStringLiteral("models"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("after_id"), cursor);
    url.setQuery(query);
    QNetworkRequest req = AdapterCommon::getRequest(url, preset);
    authorize(req, key);
    return req;
}

// {"data":[{id, display_name, …}], "has_more", "last_id"}: page on with after_id.
ModelPage AnthropicAdapter::parseModels(const QByteArray& body) const
{
    ModelPage page;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value(QLatin1String("data")).isArray())
        return page;
    page.ok = true;
    for (const QJsonValue& v : root.value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        ModelInfo m;
        m.id = o.value(QLatin1String("id")).toString();
        if (m.id.isEmpty())
            continue;
        m.name = o.value(QLatin1String("display_name")).toString(m.id);
        m.contextLength = AdapterCommon::optInt(o.value(QLatin1String("max_input_tokens")));
        m.inputModalities = { QStringLiteral("text"), QStringLiteral("image") };
        page.models.append(m);
    }
    if (root.value(QLatin1String("has_more")).toBool())
        page.nextCursor = root.value(QLatin1String("last_id")).toString();
    return page;
}
