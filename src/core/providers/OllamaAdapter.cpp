#include "OllamaAdapter.h"

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

using AdapterCommon::optInt;

namespace {

class OllamaStreamParser final : public NdjsonStreamParser<OllamaStreamParser> {
    friend NdjsonStreamParser<OllamaStreamParser>;

    void handle(const QByteArray& line, QList<ChatEvent>& out)
    {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (!line.trimmed().isEmpty())
                skip();
            return;
        }
        const QJsonObject o = doc.object();
        if (o.isEmpty())
            return;
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isString() || error.isObject()) {
            out.append(ChatEvent::error(error.isString() ? error.toString()
                                                         : error.toObject().value(QLatin1String("message")).toString(),
                                        {}));
            return;
        }
        const QString model = o.value(QLatin1String("model")).toString();
        if (!model.isEmpty() && model != m_model) {
            m_model = model;
            ChatEvent meta;
            meta.type = ChatEvent::Type::Metadata;
            meta.model = model;
            out.append(meta);
        }
        const QJsonObject message = o.value(QLatin1String("message")).toObject();
        const QString thinking = message.value(QLatin1String("thinking")).toString();
        if (!thinking.isEmpty())
            out.append(ChatEvent::reasoningDelta(thinking));
        // /api/chat streams message.content; /api/generate streams "response".
        QString content = message.value(QLatin1String("content")).toString();
        if (content.isEmpty())
            content = o.value(QLatin1String("response")).toString();
        if (!content.isEmpty())
            out.append(ChatEvent::textDelta(content));
        if (o.value(QLatin1String("done")).toBool()) {
            ChatEvent u;
            u.type = ChatEvent::Type::Usage;
            u.usage.promptTokens = optInt(o.value(QLatin1String("prompt_eval_count")));
            u.usage.completionTokens = optInt(o.value(QLatin1String("eval_count")));
            out.append(u);
            out.append(ChatEvent::finish(o.value(QLatin1String("done_reason")).toString(QStringLiteral("stop"))));
            end(out);
        }
    }

    QString m_model;
};

// The credentials every request of this provider carries.
void authorize(QNetworkRequest& req, const QString& key)
{
    // A proxy in front of Ollama may want a key; Ollama itself does not.
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
}

} // namespace

QNetworkRequest OllamaAdapter::chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                           const ChatRequest&) const
{
    QNetworkRequest req(AdapterCommon::join(baseUrl, QStringLiteral("api/chat")));
    AdapterCommon::setCommonHeaders(req, preset, "application/x-ndjson");
    authorize(req, key);
    return req;
}

namespace {
// Images go in "images" (raw base64); text files before the text; a PDF has no place here
// (AttachmentPolicy refuses it before sending).
QJsonObject message(const ChatMessage& m)
{
    QStringList text;
    QJsonArray images;
    for (const Attachment& a : m.attachments) {
        if (a.kind == Attachment::Kind::Image)
            images.append(a.base64());
        else if (a.kind == Attachment::Kind::Text)
            text.append(a.labelledText());
    }
    if (!m.content.isEmpty() || text.isEmpty())
        text.append(m.content);
    QJsonObject o { { QLatin1String("role"), m.role }, { QLatin1String("content"), text.join(QStringLiteral("\n\n")) } };
    if (!images.isEmpty())
        o.insert(QLatin1String("images"), images);
    return o;
}
} // namespace

QString OllamaAdapter::refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const
{
    const QString base = ProviderAdapter::refusal(preset, request, p);
    if (!base.isEmpty() || p != ChatParam::ReasoningBudget)
        return base;
    return tr("%1 takes a reasoning effort, not a budget; choose an effort instead.").arg(preset.name);
}

QByteArray OllamaAdapter::chatBody(const ProviderPreset& preset, const ChatRequest& request) const
{
    const ChatParams& params = request.params;
    QJsonObject body;
    body.insert(QLatin1String("model"), request.primaryModel());
    QJsonArray messages;
    const QString system = AdapterCommon::systemPrompt(request);
    if (!system.isEmpty())
        messages.append(QJsonObject { { QLatin1String("role"), QStringLiteral("system") }, { QLatin1String("content"), system } });
    for (const ChatMessage& m : request.messages) {
        if (m.role != QLatin1String("system"))
            messages.append(message(m));
    }
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("stream"), true);
    QJsonObject options;
    insertSampling(options, preset, request,
                   { QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("num_predict"),
                     QStringLiteral("stop"), QStringLiteral("seed") });
    if (!options.isEmpty())
        body.insert(QLatin1String("options"), options);
    if (sends(preset, request, ChatParam::ReasoningEffort))
        body.insert(QLatin1String("think"), ChatParams::effortName(*params.reasoningEffort));
    AdapterCommon::mergeExtraBody(body, preset);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamParser> OllamaAdapter::createStreamParser() const
{
    return std::make_unique<OllamaStreamParser>();
}

QNetworkRequest OllamaAdapter::modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                             const QString&) const
{
    QNetworkRequest req = AdapterCommon::getRequest(AdapterCommon::join(baseUrl, QStringLiteral("api/tags")), preset);
    authorize(req, key);
    return req;
}

// {"models":[{name, model, details{family, parameter_size, quantization_level}}]}
ModelPage OllamaAdapter::parseModels(const QByteArray& body) const
{
    ModelPage page;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value(QLatin1String("models")).isArray())
        return page;
    page.ok = true;
    for (const QJsonValue& v : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject o = v.toObject();
        ModelInfo m;
        m.id = o.value(QLatin1String("name")).toString(o.value(QLatin1String("model")).toString());
        if (m.id.isEmpty())
            continue;
        const QJsonObject details = o.value(QLatin1String("details")).toObject();
        const QString size = details.value(QLatin1String("parameter_size")).toString();
        const QString quant = details.value(QLatin1String("quantization_level")).toString();
        m.name = size.isEmpty() ? m.id : QStringLiteral("%1 (%2%3)").arg(m.id, size, quant.isEmpty() ? QString() : QStringLiteral(", ") + quant);
        m.promptPrice = QStringLiteral("0");
        m.completionPrice = QStringLiteral("0");
        page.models.append(m);
    }
    return page;
}

QNetworkRequest OllamaAdapter::modelDetailsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                                   const QString& model, QByteArray* body) const
{
    QNetworkRequest req(AdapterCommon::join(baseUrl, QStringLiteral("api/show")));
    AdapterCommon::setCommonHeaders(req, preset, "application/json");
    authorize(req, key);
    if (body)
        *body = QJsonDocument(QJsonObject { { QLatin1String("model"), model } }).toJson(QJsonDocument::Compact);
    return req;
}

bool OllamaAdapter::applyModelDetails(const QByteArray& body, ModelInfo& model) const
{
    const QJsonValue capabilities = QJsonDocument::fromJson(body).object().value(QLatin1String("capabilities"));
    if (!capabilities.isArray())
        return false; // an older Ollama: unknown, so allowed
    const QStringList names = AdapterCommon::stringList(capabilities);
    model.inputModalities = QStringList { QStringLiteral("text") };
    if (names.contains(QLatin1String("vision")))
        model.inputModalities.append(QStringLiteral("image"));
    if (!names.isEmpty())
        model.description = tr("Capabilities: %1.").arg(names.join(QStringLiteral(", ")));
    return true;
}

QStringList OllamaAdapter::attachmentKinds() const
{
    return { QStringLiteral("image"), QStringLiteral("text") };
}
