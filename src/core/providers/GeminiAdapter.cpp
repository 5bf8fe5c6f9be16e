#include "GeminiAdapter.h"

#include "AdapterCommon.h"
#include "DecodedStreamParser.h"
#include "catalog/ModelInfo.h"
#include "ProviderPreset.h"
#include "chat/ChatRequest.h"
#include "net/JsonScanner.h"

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
    return AdapterCommon::withVersion(baseUrl, QStringLiteral("v1beta"),
                                      { QStringLiteral("v1beta"), QStringLiteral("v1"), QStringLiteral("v1alpha") });
}

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

// What one chunk says. Usage stays raw: it is cumulative, so only the last one is read.
struct GeminiChunk {
    QList<QPair<QString, bool>> parts; // text, thought
    QString finishReason;
    QByteArray usageRaw;
    QByteArrayView modelRaw;
    QByteArrayView idRaw;
    QString model; // slow path: decoded
    QString id;
    bool hasError = false;
    QString errorMessage;
    QString errorCode;
};

void readPartsFast(JsonScanner& s, GeminiChunk* c)
{
    s.enterArray();
    while (s.nextElement()) {
        if (s.peek() != '{') {
            s.skipValue();
            continue;
        }
        s.enterObject();
        QString text;
        bool thought = false;
        QByteArrayView key;
        while (s.nextKey(&key)) {
            if (key == "text" && s.peek() == '"')
                s.readString(&text);
            else if (key == "thought")
                thought = s.valueSpan() == "true";
            else
                s.skipValue();
        }
        if (!text.isEmpty())
            c->parts.append({ text, thought });
    }
}

bool readFast(const QByteArray& data, GeminiChunk* c)
{
    JsonScanner s(data);
    if (!s.enterObject())
        return false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (key == "candidates" && s.peek() == '[') {
            s.readFirstObject([&s, c](QByteArrayView ck) {
                if (ck == "content" && s.peek() == '{') {
                    s.enterObject();
                    QByteArrayView pk;
                    while (s.nextKey(&pk)) {
                        if (pk == "parts" && s.peek() == '[')
                            readPartsFast(s, c);
                        else
                            s.skipValue();
                    }
                } else if (ck == "finishReason" && s.peek() == '"') {
                    s.readString(&c->finishReason);
                } else {
                    s.skipValue();
                }
            });
        } else if (key == "usageMetadata") {
            c->usageRaw = s.valueSpan().toByteArray();
        } else if (key == "modelVersion" && s.peek() == '"') {
            s.readRawString(&c->modelRaw);
        } else if (key == "responseId" && s.peek() == '"') {
            s.readRawString(&c->idRaw);
        } else if (key == "error") {
            return false; // rare: the general reader handles it
        } else {
            s.skipValue();
        }
    }
    return s.ok() && s.atEnd();
}

bool readSlow(const QByteArray& data, GeminiChunk* c)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.isEmpty())
        return false;
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject eo = error.toObject();
        c->hasError = true;
        c->errorMessage = eo.value(QLatin1String("message")).toString();
        c->errorCode = eo.value(QLatin1String("status")).toString();
        return true;
    }
    c->model = o.value(QLatin1String("modelVersion")).toString();
    c->id = o.value(QLatin1String("responseId")).toString();
    const QJsonArray candidates = o.value(QLatin1String("candidates")).toArray();
    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        for (const QJsonValue& pv : candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray()) {
            const QJsonObject part = pv.toObject();
            const QString text = part.value(QLatin1String("text")).toString();
            if (!text.isEmpty())
                c->parts.append({ text, part.value(QLatin1String("thought")).toBool() });
        }
        c->finishReason = candidate.value(QLatin1String("finishReason")).toString();
    }
    if (o.value(QLatin1String("usageMetadata")).isObject())
        c->usageRaw = QJsonDocument(o.value(QLatin1String("usageMetadata")).toObject()).toJson(QJsonDocument::Compact);
    return true;
}

// Thoughts are output tokens too: completion = candidates + thoughts.
TokenUsage readUsage(const QByteArray& raw)
{
    const QJsonObject u = QJsonDocument::fromJson(raw).object();
    TokenUsage usage;
    usage.promptTokens = optInt(u.value(QLatin1String("promptTokenCount")));
    const auto candidatesTokens = optInt(u.value(QLatin1String("candidatesTokenCount")));
    const auto thoughts = optInt(u.value(QLatin1String("thoughtsTokenCount")));
    if (candidatesTokens || thoughts)
        usage.completionTokens = candidatesTokens.value_or(0) + thoughts.value_or(0);
    usage.reasoningTokens = thoughts.value_or(0);
    usage.cachedTokens = optInt(u.value(QLatin1String("cachedContentTokenCount"))).value_or(0);
    return usage;
}

class GeminiStreamParser final : public SseStreamParser<GeminiStreamParser> {
    friend SseStreamParser<GeminiStreamParser>;

    // Gemini sends no end marker: a clean end of body after a finishReason is the end.
    // usageMetadata is cumulative on every chunk, so the last one is reported here.
    void atFinish(QList<ChatEvent>& out)
    {
        if (!m_lastUsage.isEmpty()) {
            ChatEvent e;
            e.type = ChatEvent::Type::Usage;
            e.usage = readUsage(m_lastUsage);
            out.append(e);
        }
        if (m_finished && !m_error)
            end(out);
    }

    void handle(const SseEvent& e, QList<ChatEvent>& out)
    {
        const QByteArray& data = e.data;
        GeminiChunk c;
        bool fast = readFast(data, &c);
        if (!fast) {
            c = GeminiChunk();
            if (!readSlow(data, &c)) {
                if (!data.trimmed().isEmpty())
                    skip();
                return;
            }
        }
        if (c.hasError) {
            out.append(ChatEvent::error(c.errorMessage, c.errorCode));
            m_error = true;
            return;
        }
        const QString model = fast ? m_modelText.get(c.modelRaw) : c.model;
        const QString id = fast ? m_idText.get(c.idRaw) : c.id;
        if ((!model.isEmpty() && model != m_model) || (!id.isEmpty() && id != m_id)) {
            m_model = model.isEmpty() ? m_model : model;
            m_id = id.isEmpty() ? m_id : id;
            ChatEvent meta;
            meta.type = ChatEvent::Type::Metadata;
            meta.model = m_model;
            meta.generationId = m_id;
            out.append(meta);
        }
        for (const auto& part : std::as_const(c.parts))
            out.append(part.second ? ChatEvent::reasoningDelta(part.first) : ChatEvent::textDelta(part.first));
        if (!c.finishReason.isEmpty()) {
            m_finished = true;
            out.append(ChatEvent::finish(finishReason(c.finishReason)));
        }
        if (!c.usageRaw.isEmpty())
            m_lastUsage = c.usageRaw;
    }

    // Metadata repeats on every chunk: decode only when it changed.
    struct RawText {
        QByteArray raw;
        QString text;
        QString get(QByteArrayView r)
        {
            if (r != raw) {
                raw = r.toByteArray();
                if (!JsonScanner::decodeString(r, &text))
                    text.clear();
            }
            return text;
        }
    };

    QByteArray m_lastUsage;
    RawText m_modelText;
    RawText m_idText;
    QString m_model;
    QString m_id;
    bool m_finished = false;
    bool m_error = false;
};

// The credentials every request of this provider carries.
void authorize(QNetworkRequest& req, const QString& key)
{
    if (!key.isEmpty())
        req.setRawHeader("x-goog-api-key", key.toUtf8());
}

} // namespace

QNetworkRequest GeminiAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                           const ChatRequest& request) const
{
    QString id = request.primaryModel();
    if (id.startsWith(QLatin1String("models/")))
        id = id.mid(7);
    QUrl url = AdapterCommon::join(versioned(baseUrl), QStringLiteral("models/") + id + QStringLiteral(":streamGenerateContent"));
    url.setQuery(QStringLiteral("alt=sse"));
    QNetworkRequest req(url);
    AdapterCommon::setCommonHeaders(req, preset, "text/event-stream");
    authorize(req, key);
    return req;
}

namespace {
// A message's parts: its files first (images and PDFs as inline_data, raw base64; text
// files as text), then its text.
QJsonArray parts(const ChatMessage& m)
{
    QJsonArray out;
    for (const Attachment& a : m.attachments) {
        if (a.kind == Attachment::Kind::Text) {
            out.append(QJsonObject { { QLatin1String("text"), a.labelledText() } });
        } else {
            out.append(QJsonObject { { QLatin1String("inline_data"), QJsonObject { { QLatin1String("mime_type"), a.mime },
                                                                                   { QLatin1String("data"), a.base64() } } } });
        }
    }
    if (!m.content.isEmpty() || out.isEmpty())
        out.append(QJsonObject { { QLatin1String("text"), m.content } });
    return out;
}
} // namespace

QByteArray GeminiAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    const ChatParams& params = request.params;
    QJsonObject body;
    QJsonArray contents;
    for (const ChatMessage& m : request.messages) {
        if (m.role == QLatin1String("system"))
            continue;
        const QString role = m.role == QLatin1String("assistant") ? QStringLiteral("model") : QStringLiteral("user");
        contents.append(QJsonObject { { QLatin1String("role"), role }, { QLatin1String("parts"), parts(m) } });
    }
    body.insert(QLatin1String("contents"), contents);
    const QString system = AdapterCommon::systemPrompt(request);
    if (!system.isEmpty()) {
        body.insert(QLatin1String("systemInstruction"),
                    QJsonObject { { QLatin1String("parts"), QJsonArray { QJsonObject { { QLatin1String("text"), system } } } } });
    }
    QJsonObject config;
    insertSampling(config, preset, request,
                   { QStringLiteral("temperature"), QStringLiteral("topP"), QStringLiteral("maxOutputTokens"),
                     QStringLiteral("stopSequences"), QStringLiteral("seed") });
    // Gemini 2.5 takes a thinking budget; an effort is sent as its budget.
    std::optional<int> budget;
    if (sends(preset, request, ChatParam::ReasoningBudget))
        budget = params.reasoningBudget;
    else if (sends(preset, request, ChatParam::ReasoningEffort))
        budget = ChatParams::effortBudget(*params.reasoningEffort);
    if (budget)
        config.insert(QLatin1String("thinkingConfig"), QJsonObject { { QLatin1String("thinkingBudget"), *budget } });
    if (!config.isEmpty())
        body.insert(QLatin1String("generationConfig"), config);
    AdapterCommon::mergeExtraBody(body, preset);
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
    QUrl url = AdapterCommon::join(versioned(baseUrl), QStringLiteral("models"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), cursor);
    url.setQuery(query);
    QNetworkRequest req = AdapterCommon::getRequest(url, preset);
    authorize(req, key);
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
