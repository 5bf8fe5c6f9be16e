#include "ProviderAdapter.h"

#include "AdapterCommon.h"
#include "AnthropicAdapter.h"
#include "GeminiAdapter.h"
#include "OllamaAdapter.h"
#include "OpenAiCompatibleAdapter.h"
#include "ProviderPreset.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"
#include "net/ErrorText.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QJsonDocument>
#include <QJsonObject>

StreamParser::~StreamParser() = default;
ProviderAdapter::~ProviderAdapter() = default;

namespace {
template <typename Adapter>
std::unique_ptr<ProviderAdapter> make()
{
    return std::make_unique<Adapter>();
}

// The wire protocols, under the names a preset's "protocol" field uses.
const struct {
    const char* name;
    std::unique_ptr<ProviderAdapter> (*make)();
} kProtocols[] = { { "openai", make<OpenAiCompatibleAdapter> },
                   { "anthropic", make<AnthropicAdapter> },
                   { "gemini", make<GeminiAdapter> },
                   { "ollama", make<OllamaAdapter> } };
} // namespace

std::unique_ptr<ProviderAdapter> ProviderAdapter::create(const QString& protocol)
{
    for (const auto& p : kProtocols) {
        if (protocol == QLatin1String(p.name))
            return p.make();
    }
    return nullptr;
}

QStringList ProviderAdapter::attachmentKinds() const
{
    return { QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("text") };
}

QJsonObject ProviderAdapter::customExtraBody() const
{
    return {};
}

QString ProviderAdapter::errorMessage(const QByteArray& body) const
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

ErrorKind ProviderAdapter::errorKind(int httpStatus, const QByteArray& body) const
{
    Q_UNUSED(body)
    return ErrorText::kindForHttpStatus(httpStatus);
}

QString ProviderAdapter::refusal(const ProviderPreset& preset, const ChatRequest&, ChatParam p) const
{
    if (p == ChatParam::FallbackModels && !preset.supportsFallbackList)
        return tr("%1 takes one model, not a fallback list.").arg(preset.name);
    if (p == ChatParam::Routing && !preset.supportsRouting)
        return tr("%1 takes no provider routing preferences.").arg(preset.name);
    const QString key = ChatParams::paramKey(p);
    if (preset.parameters.contains(key) && preset.paramField(key, {}).isEmpty())
        return tr("%1 does not take the %2.").arg(preset.name, ChatParams::paramName(p));
    return {};
}

bool ProviderAdapter::asks(const ChatRequest& request, ChatParam p)
{
    return p == ChatParam::FallbackModels ? request.models.size() > 1 : request.params.isSet(p);
}

bool ProviderAdapter::sends(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const
{
    return asks(request, p) && refusal(preset, request, p).isEmpty();
}

QJsonObject ProviderAdapter::routingSent(const ProviderPreset& preset, const ChatRequest& request) const
{
    QJsonObject out;
    if (sends(preset, request, ChatParam::FallbackModels))
        out.insert(QLatin1String("models"), QJsonArray::fromStringList(request.models));
    if (sends(preset, request, ChatParam::Routing))
        out.insert(QLatin1String("provider"), request.params.routing.toJson());
    return out;
}

QString ProviderAdapter::routingRecord(const ProviderPreset& preset, const ChatRequest& request) const
{
    const QJsonObject sent = routingSent(preset, request);
    return sent.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact));
}

void ProviderAdapter::insertSampling(QJsonObject& into, const ProviderPreset& preset, const ChatRequest& request,
                                     const SamplingFields& fields) const
{
    const ChatParams& params = request.params;
    const auto put = [&](ChatParam p, const QString& field, const QJsonValue& value) {
        if (!field.isEmpty() && sends(preset, request, p))
            AdapterCommon::insertPath(into, field, value);
    };
    put(ChatParam::Temperature, fields.temperature, params.temperature.value_or(0));
    put(ChatParam::TopP, fields.topP, params.topP.value_or(0));
    put(ChatParam::MaxTokens, fields.maxTokens, params.maxTokens.value_or(0));
    put(ChatParam::Stop, fields.stop, QJsonArray::fromStringList(params.stop));
    put(ChatParam::Seed, fields.seed, params.seed.value_or(0));
}

namespace {
// The name of a parameter in a catalog's supported_parameters (OpenRouter's list); empty
// for one every model takes.
QString catalogName(ChatParam p)
{
    switch (p) {
    case ChatParam::SystemPrompt: return {};
    case ChatParam::Temperature: return QStringLiteral("temperature");
    case ChatParam::TopP: return QStringLiteral("top_p");
    case ChatParam::MaxTokens: return QStringLiteral("max_tokens");
    case ChatParam::ReasoningEffort:
    case ChatParam::ReasoningBudget: return QStringLiteral("reasoning");
    case ChatParam::Stop: return QStringLiteral("stop");
    case ChatParam::Seed: return QStringLiteral("seed");
    case ChatParam::FallbackModels:
    case ChatParam::Routing: return {}; // OpenRouter's own, for every model
    }
    return {};
}
} // namespace

QList<DroppedParam> ProviderAdapter::unsupported(const ProviderPreset& preset, const ChatRequest& request,
                                                 const ModelInfo* model) const
{
    QList<DroppedParam> out;
    for (ChatParam p : ChatParams::kAll) {
        if (!asks(request, p))
            continue;
        QString reason = refusal(preset, request, p);
        const QString listed = catalogName(p);
        if (reason.isEmpty() && model && !model->supportedParameters.isEmpty() && !listed.isEmpty()
            && !model->supportedParameters.contains(listed)) {
            reason = tr("%1 does not list %2 among its parameters.").arg(model->id, listed);
        }
        if (!reason.isEmpty())
            out.append({ p, reason });
    }
    return out;
}

ChatRequest ProviderAdapter::withoutDropped(ChatRequest request, const QList<DroppedParam>& dropped)
{
    for (const DroppedParam& d : dropped) {
        request.params.clear(d.param);
        if (d.param == ChatParam::FallbackModels)
            request.models = request.models.mid(0, 1);
    }
    return request;
}

QString ProviderAdapter::describe(const QList<DroppedParam>& dropped)
{
    QStringList parts;
    for (const DroppedParam& d : dropped) {
        QString reason = d.reason;
        if (reason.endsWith(u'.'))
            reason.chop(1);
        parts.append(tr("%1 (%2)").arg(ChatParams::paramName(d.param), reason));
    }
    return parts.isEmpty() ? QString() : tr("Not sent: %1.").arg(parts.join(QStringLiteral("; ")));
}

QNetworkRequest ProviderAdapter::modelDetailsRequest(const ProviderPreset&, const QUrl&, const QString&, const QString&,
                                                     QByteArray*) const
{
    return QNetworkRequest();
}

bool ProviderAdapter::applyModelDetails(const QByteArray&, ModelInfo&) const
{
    return false;
}
