#include "OpenAiCompatibleAdapter.h"

#include "AdapterCommon.h"
#include "DecodedStreamParser.h"
#include "catalog/ModelInfo.h"
#include "ProviderPreset.h"
#include "chat/ChatRequest.h"
#include "money/Money.h"
#include "net/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

using AdapterCommon::optInt;

namespace {

TokenUsage parseUsage(const QJsonObject& u)
{
    TokenUsage usage;
    usage.promptTokens = optInt(u.value(QLatin1String("prompt_tokens")));
    usage.completionTokens = optInt(u.value(QLatin1String("completion_tokens")));
    const QJsonObject promptDetails = u.value(QLatin1String("prompt_tokens_details")).toObject();
    usage.cachedTokens = optInt(promptDetails.value(QLatin1String("cached_tokens")));
    usage.cacheWriteTokens = optInt(promptDetails.value(QLatin1String("cache_write_tokens")));
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

// What one chunk says, however it was read. Metadata stays raw (undecoded JSON
// string bytes) because it repeats on every chunk and is decoded only on change.
struct ChunkFields {
    QByteArrayView idRaw; // views into the chunk (fast path) or into decoded below
    QByteArrayView modelRaw;
    QByteArrayView providerRaw;
    QByteArray decoded[3]; // slow path: UTF-8 already decoded
    bool rawIsJson = true; // false: the *Raw views point into decoded
    QString content;
    QString reasoning;
    QString finishReason; // empty: none yet
    std::optional<TokenUsage> usage;
    bool hasError = false;
    QString errorMessage;
    QString errorCode;
};

void readError(const QJsonValue& error, ChunkFields* f)
{
    if (!error.isObject() && !error.isString())
        return;
    const QJsonObject eo = error.toObject();
    f->hasError = true;
    f->errorMessage = error.isString() ? error.toString() : eo.value(QLatin1String("message")).toString();
    f->errorCode = AdapterCommon::scalarText(eo.value(QLatin1String("code")));
}

// The general path: any valid JSON, any shape.
bool readSlow(const QByteArray& data, ChunkFields* f)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.isEmpty())
        return false;
    f->rawIsJson = false;
    f->decoded[0] = o.value(QLatin1String("id")).toString().toUtf8();
    f->decoded[1] = o.value(QLatin1String("model")).toString().toUtf8();
    f->decoded[2] = o.value(QLatin1String("provider")).toString().toUtf8();
    f->idRaw = f->decoded[0];
    f->modelRaw = f->decoded[1];
    f->providerRaw = f->decoded[2];
    const QJsonValue usage = o.value(QLatin1String("usage"));
    if (usage.isObject())
        f->usage = parseUsage(usage.toObject());
    readError(o.value(QLatin1String("error")), f);
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        f->content = delta.value(QLatin1String("content")).toString();
        // OpenRouter: "reasoning"; DeepSeek and some others: "reasoning_content".
        f->reasoning = delta.value(QLatin1String("reasoning")).toString();
        if (f->reasoning.isEmpty())
            f->reasoning = delta.value(QLatin1String("reasoning_content")).toString();
        f->finishReason = choice.value(QLatin1String("finish_reason")).toString();
    }
    return true;
}

// Reads a string or null into out; anything else is skipped.
void readOptionalString(JsonScanner& s, QString* out)
{
    if (s.peek() == '"')
        s.readString(out);
    else
        s.skipValue();
}

void readOptionalRaw(JsonScanner& s, QByteArrayView* out)
{
    if (s.peek() != '"' || !s.readRawString(out))
        s.skipValue();
}

// The hot path for the usual chunk: no DOM, no allocation beyond the strings kept.
bool readFast(const QByteArray& data, ChunkFields* f)
{
    JsonScanner s(data);
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (key == "id") {
            readOptionalRaw(s, &f->idRaw);
        } else if (key == "model") {
            readOptionalRaw(s, &f->modelRaw);
        } else if (key == "provider") {
            readOptionalRaw(s, &f->providerRaw);
        } else if (key == "usage" || key == "error") {
            // Rare: once per stream at most. Parse the span with the general reader.
            const bool isUsage = key == "usage";
            const QByteArrayView span = s.valueSpan();
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\":") + span.toByteArray() + '}');
            const QJsonValue v = doc.object().value(QLatin1String("v"));
            if (isUsage && v.isObject())
                f->usage = parseUsage(v.toObject());
            else if (!isUsage)
                readError(v, f);
        } else if (key == "choices" && s.peek() == '[') {
            s.readFirstObject([&s, f](QByteArrayView ck) {
                if (ck == "delta" && s.peek() == '{') {
                    s.enterObject();
                    QByteArrayView dk;
                    while (s.nextKey(&dk)) {
                        if (dk == "content")
                            readOptionalString(s, &f->content);
                        else if (dk == "reasoning" || (dk == "reasoning_content" && f->reasoning.isEmpty()))
                            readOptionalString(s, &f->reasoning);
                        else
                            s.skipValue();
                    }
                } else if (ck == "finish_reason") {
                    readOptionalString(s, &f->finishReason);
                } else {
                    s.skipValue();
                }
            });
        } else {
            s.skipValue();
        }
    }
    return s.ok() && s.atEnd();
}

class OpenAiStreamParser final : public SseStreamParser<OpenAiStreamParser> {
    friend SseStreamParser<OpenAiStreamParser>;

    void handle(const SseEvent& e, QList<ChatEvent>& out)
    {
        const QByteArray& data = e.data;
        if (data == "[DONE]") {
            end(out);
            return;
        }
        ChunkFields f;
        if (!readFast(data, &f)) {
            f = ChunkFields();
            if (!readSlow(data, &f)) {
                if (!data.trimmed().isEmpty())
                    skip(); // not JSON we understand
                return;
            }
        }

        if (f.idRaw != m_lastId || f.modelRaw != m_lastModel || f.providerRaw != m_lastProvider) {
            m_lastId = f.idRaw.toByteArray();
            m_lastModel = f.modelRaw.toByteArray();
            m_lastProvider = f.providerRaw.toByteArray();
            ChatEvent meta;
            meta.type = ChatEvent::Type::Metadata;
            auto text = [&f](QByteArrayView raw) {
                QString decoded;
                if (!f.rawIsJson)
                    decoded = QString::fromUtf8(raw);
                else if (!JsonScanner::decodeString(raw, &decoded))
                    decoded.clear();
                return decoded;
            };
            meta.generationId = text(f.idRaw);
            meta.model = text(f.modelRaw);
            meta.upstreamProvider = text(f.providerRaw);
            out.append(meta);
        }
        if (f.usage) {
            ChatEvent u;
            u.type = ChatEvent::Type::Usage;
            u.usage = *f.usage;
            out.append(u);
        }
        if (f.hasError) {
            out.append(ChatEvent::error(f.errorMessage, f.errorCode));
            m_sawError = true;
        }
        if (!f.reasoning.isEmpty())
            out.append(ChatEvent::reasoningDelta(f.reasoning));
        if (!f.content.isEmpty())
            out.append(ChatEvent::textDelta(f.content));
        if (f.finishReason == QLatin1String("error")) {
            if (!m_sawError)
                out.append(ChatEvent::error({}, {}));
            m_sawError = true;
        } else if (!f.finishReason.isEmpty()) {
            out.append(ChatEvent::finish(f.finishReason));
        }
    }

    QByteArray m_lastId;
    QByteArray m_lastModel;
    QByteArray m_lastProvider;
    bool m_sawError = false;
};

// The credentials every request of this provider carries.
void authorize(QNetworkRequest& req, const QString& key)
{
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
}

} // namespace

QNetworkRequest OpenAiCompatibleAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl,
                                                     const QString& key, const ChatRequest&) const
{
    QNetworkRequest req(AdapterCommon::join(baseUrl, QStringLiteral("chat/completions")));
    AdapterCommon::setCommonHeaders(req, preset, "text/event-stream");
    authorize(req, key);
    return req;
}

namespace {
// The protocol's own field of each parameter; a preset may rename one or say it has none.
// Reasoning has no field of its own: a preset names it (OpenRouter "reasoning.effort",
// OpenAI "reasoning_effort").
QString defaultField(ChatParam p)
{
    switch (p) {
    case ChatParam::Temperature: return QStringLiteral("temperature");
    case ChatParam::TopP: return QStringLiteral("top_p");
    case ChatParam::MaxTokens: return QStringLiteral("max_tokens");
    case ChatParam::Stop: return QStringLiteral("stop");
    case ChatParam::Seed: return QStringLiteral("seed");
    case ChatParam::SystemPrompt:
    case ChatParam::ReasoningEffort:
    case ChatParam::ReasoningBudget:
    case ChatParam::FallbackModels:
    case ChatParam::Routing: return {};
    }
    return {};
}

QString field(const ProviderPreset& preset, ChatParam p)
{
    return preset.paramField(ChatParams::paramKey(p), defaultField(p));
}

// A message's content: its text, or with files an array of parts (the files first, as
// image_url data URLs, file parts for PDFs and text parts for text files, then the text).
QJsonValue content(const ChatMessage& m)
{
    if (m.attachments.isEmpty())
        return m.content;
    QJsonArray parts;
    const auto text = [](const QString& t) { return QJsonObject { { QLatin1String("type"), QStringLiteral("text") }, { QLatin1String("text"), t } }; };
    for (const Attachment& a : m.attachments) {
        switch (a.kind) {
        case Attachment::Kind::Image:
            parts.append(QJsonObject { { QLatin1String("type"), QStringLiteral("image_url") },
                                       { QLatin1String("image_url"), QJsonObject { { QLatin1String("url"), a.dataUrl() } } } });
            break;
        case Attachment::Kind::Pdf:
            parts.append(QJsonObject { { QLatin1String("type"), QStringLiteral("file") },
                                       { QLatin1String("file"), QJsonObject { { QLatin1String("filename"), a.filename },
                                                                              { QLatin1String("file_data"), a.dataUrl() } } } });
            break;
        case Attachment::Kind::Text: parts.append(text(a.labelledText())); break;
        }
    }
    if (!m.content.isEmpty())
        parts.append(text(m.content));
    return parts;
}
} // namespace

QString OpenAiCompatibleAdapter::refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const
{
    const QString base = ProviderAdapter::refusal(preset, request, p);
    // The fallback list and routing are the preset's flags, which the base reads.
    if (!base.isEmpty() || p == ChatParam::SystemPrompt || p == ChatParam::FallbackModels || p == ChatParam::Routing)
        return base;
    const bool effort = !field(preset, ChatParam::ReasoningEffort).isEmpty();
    const bool budget = !field(preset, ChatParam::ReasoningBudget).isEmpty();
    if (p == ChatParam::ReasoningEffort && !effort && !budget)
        return tr("%1 takes no reasoning setting.").arg(preset.name);
    if (p == ChatParam::ReasoningBudget && !budget) {
        return effort ? tr("%1 takes a reasoning effort, not a budget; choose an effort instead.").arg(preset.name)
                      : tr("%1 takes no reasoning setting.").arg(preset.name);
    }
    if (p != ChatParam::ReasoningEffort && p != ChatParam::ReasoningBudget && field(preset, p).isEmpty())
        return tr("%1 does not take the %2.").arg(preset.name, ChatParams::paramName(p));
    return {};
}

QByteArray OpenAiCompatibleAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    using AdapterCommon::insertPath;
    QJsonObject body;
    body.insert(QLatin1String("model"), request.primaryModel());
    // OpenRouter's fallback list ("models") and provider preferences ("provider").
    const QJsonObject routing = routingSent(preset, request);
    for (auto it = routing.begin(); it != routing.end(); ++it)
        body.insert(it.key(), it.value());
    QJsonArray messages;
    const QString system = AdapterCommon::systemPrompt(request);
    if (!system.isEmpty())
        messages.append(QJsonObject { { QLatin1String("role"), QStringLiteral("system") }, { QLatin1String("content"), system } });
    for (const ChatMessage& m : request.messages) {
        if (m.role != QLatin1String("system"))
            messages.append(QJsonObject { { QLatin1String("role"), m.role }, { QLatin1String("content"), content(m) } });
    }
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("stream"), true);
    const ChatParams& params = request.params;
    insertSampling(body, preset, request,
                   { field(preset, ChatParam::Temperature), field(preset, ChatParam::TopP), field(preset, ChatParam::MaxTokens),
                     field(preset, ChatParam::Stop), field(preset, ChatParam::Seed) });
    if (sends(preset, request, ChatParam::ReasoningBudget)) {
        insertPath(body, field(preset, ChatParam::ReasoningBudget), *params.reasoningBudget);
    } else if (sends(preset, request, ChatParam::ReasoningEffort)) {
        const QString effortField = field(preset, ChatParam::ReasoningEffort);
        if (!effortField.isEmpty())
            insertPath(body, effortField, ChatParams::effortName(*params.reasoningEffort));
        else // only a budget field: the effort's budget
            insertPath(body, field(preset, ChatParam::ReasoningBudget), ChatParams::effortBudget(*params.reasoningEffort));
    }
    AdapterCommon::mergeExtraBody(body, preset);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamParser> OpenAiCompatibleAdapter::createStreamParser() const
{
    return std::make_unique<OpenAiStreamParser>();
}

QJsonObject OpenAiCompatibleAdapter::customExtraBody() const
{
    return { { QLatin1String("stream_options"), QJsonObject { { QLatin1String("include_usage"), true } } } };
}

QNetworkRequest OpenAiCompatibleAdapter::modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl,
                                                       const QString& key, const QString&) const
{
    QNetworkRequest req = AdapterCommon::getRequest(AdapterCommon::join(baseUrl, QStringLiteral("models")), preset);
    authorize(req, key);
    return req;
}

// {"data":[…]}: OpenRouter adds name, context_length, pricing (USD per token, strings),
// architecture and supported_parameters; others send little more than the id.
ModelPage OpenAiCompatibleAdapter::parseModels(const QByteArray& body) const
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
        m.name = o.value(QLatin1String("name")).toString(m.id);
        for (const char* key : { "context_length", "context_window", "max_context_length" }) {
            if (!m.contextLength)
                m.contextLength = AdapterCommon::optInt(o.value(QLatin1String(key)));
        }
        if (!m.contextLength)
            m.contextLength = AdapterCommon::optInt(o.value(QLatin1String("top_provider")).toObject().value(QLatin1String("context_length")));
        const QJsonObject pricing = o.value(QLatin1String("pricing")).toObject();
        const auto price = [&pricing](const char* key) { return AdapterCommon::scalarText(pricing.value(QLatin1String(key))).trimmed(); };
        m.promptPrice = price("prompt");
        m.completionPrice = price("completion");
        m.cacheReadPrice = price("input_cache_read");
        m.cacheWritePrice = price("input_cache_write");
        m.inputModalities = AdapterCommon::stringList(o.value(QLatin1String("architecture")).toObject().value(QLatin1String("input_modalities")));
        m.supportedParameters = AdapterCommon::stringList(o.value(QLatin1String("supported_parameters")));
        m.createdAt = AdapterCommon::optInt(o.value(QLatin1String("created")));
        m.description = o.value(QLatin1String("description")).toString();
        page.models.append(m);
    }
    return page;
}

ErrorKind OpenAiCompatibleAdapter::errorKind(int httpStatus, const QByteArray& body) const
{
    if (httpStatus == 403) {
        const QJsonObject metadata = QJsonDocument::fromJson(body)
                                         .object()
                                         .value(QLatin1String("error"))
                                         .toObject()
                                         .value(QLatin1String("metadata"))
                                         .toObject();
        if (metadata.contains(QLatin1String("reasons")) || metadata.contains(QLatin1String("flagged_input")))
            return ErrorKind::Moderation;
    }
    return ProviderAdapter::errorKind(httpStatus, body);
}

QStringList OpenAiCompatibleAdapter::attachmentKinds() const
{
    return { QStringLiteral("image"), QStringLiteral("text") };
}
