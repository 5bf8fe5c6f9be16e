#include "ChatParams.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

const ChatParam ChatParams::kAll[10] = { ChatParam::SystemPrompt,    ChatParam::Temperature,     ChatParam::TopP,
                                         ChatParam::MaxTokens,       ChatParam::ReasoningEffort, ChatParam::ReasoningBudget,
                                         ChatParam::Stop,            ChatParam::Seed,            ChatParam::FallbackModels,
                                         ChatParam::Routing };

bool ChatParams::isSet(ChatParam p) const
{
    switch (p) {
    case ChatParam::SystemPrompt: return !systemPrompt.isEmpty();
    case ChatParam::Temperature: return temperature.has_value();
    case ChatParam::TopP: return topP.has_value();
    case ChatParam::MaxTokens: return maxTokens.has_value();
    case ChatParam::ReasoningEffort: return reasoningEffort.has_value();
    case ChatParam::ReasoningBudget: return reasoningBudget.has_value();
    case ChatParam::Stop: return !stop.isEmpty();
    case ChatParam::Seed: return seed.has_value();
    case ChatParam::FallbackModels: return !fallbackModels.isEmpty();
    case ChatParam::Routing: return !routing.isEmpty();
    }
    return false;
}

void ChatParams::clear(ChatParam p)
{
    switch (p) {
    case ChatParam::SystemPrompt: systemPrompt.clear(); break;
    case ChatParam::Temperature: temperature.reset(); break;
    case ChatParam::TopP: topP.reset(); break;
    case ChatParam::MaxTokens: maxTokens.reset(); break;
    case ChatParam::ReasoningEffort: reasoningEffort.reset(); break;
    case ChatParam::ReasoningBudget: reasoningBudget.reset(); break;
    case ChatParam::Stop: stop.clear(); break;
    case ChatParam::Seed: seed.reset(); break;
    case ChatParam::FallbackModels: fallbackModels.clear(); break;
    case ChatParam::Routing: routing = ::Routing(); break;
    }
}

bool ChatParams::isEmpty() const
{
    for (ChatParam p : kAll) {
        if (isSet(p))
            return false;
    }
    return true;
}

ChatParams ChatParams::overriddenBy(const ChatParams& over) const
{
    ChatParams out = *this;
    if (over.isSet(ChatParam::SystemPrompt))
        out.systemPrompt = over.systemPrompt;
    if (over.temperature)
        out.temperature = over.temperature;
    if (over.topP)
        out.topP = over.topP;
    if (over.maxTokens)
        out.maxTokens = over.maxTokens;
    // Effort and budget are one choice: setting either replaces the other.
    if (over.reasoningEffort || over.reasoningBudget) {
        out.reasoningEffort = over.reasoningEffort;
        out.reasoningBudget = over.reasoningBudget;
    }
    if (!over.stop.isEmpty())
        out.stop = over.stop;
    if (over.seed)
        out.seed = over.seed;
    if (!over.fallbackModels.isEmpty())
        out.fallbackModels = over.fallbackModels;
    out.routing = routing.overriddenBy(over.routing);
    return out;
}

QString ChatParams::validate() const
{
    if (temperature && !(*temperature >= 0 && *temperature <= 2))
        return tr("The temperature must be a number from 0 to 2, such as 0.7.");
    if (topP && !(*topP > 0 && *topP <= 1))
        return tr("top_p must be a number above 0 and at most 1, such as 0.9.");
    if (maxTokens && *maxTokens <= 0)
        return tr("The maximum number of output tokens must be a positive whole number.");
    if (reasoningBudget && *reasoningBudget <= 0)
        return tr("The reasoning budget must be a positive whole number of tokens.");
    if (reasoningEffort && reasoningBudget)
        return tr("Choose a reasoning effort or a reasoning budget, not both.");
    for (const QString& s : stop) {
        if (s.isEmpty())
            return tr("A stop sequence cannot be empty.");
    }
    for (const QString& m : fallbackModels) {
        if (m.trimmed().isEmpty() || m.trimmed().contains(u' '))
            return tr("\"%1\" is not a model id; a fallback model is an id such as openai/gpt-4o-mini.").arg(m);
    }
    return routing.validate();
}

QString ChatParams::paramKey(ChatParam p)
{
    switch (p) {
    case ChatParam::SystemPrompt: return QStringLiteral("system");
    case ChatParam::Temperature: return QStringLiteral("temperature");
    case ChatParam::TopP: return QStringLiteral("top_p");
    case ChatParam::MaxTokens: return QStringLiteral("max_tokens");
    case ChatParam::ReasoningEffort: return QStringLiteral("reasoning_effort");
    case ChatParam::ReasoningBudget: return QStringLiteral("reasoning_budget");
    case ChatParam::Stop: return QStringLiteral("stop");
    case ChatParam::Seed: return QStringLiteral("seed");
    case ChatParam::FallbackModels: return QStringLiteral("fallback_models");
    case ChatParam::Routing: return QStringLiteral("routing");
    }
    return {};
}

QString ChatParams::paramName(ChatParam p)
{
    switch (p) {
    case ChatParam::SystemPrompt: return tr("system prompt");
    case ChatParam::Temperature: return tr("temperature");
    case ChatParam::TopP: return tr("top_p");
    case ChatParam::MaxTokens: return tr("max output tokens");
    case ChatParam::ReasoningEffort: return tr("reasoning effort");
    case ChatParam::ReasoningBudget: return tr("reasoning budget");
    case ChatParam::Stop: return tr("stop sequences");
    case ChatParam::Seed: return tr("seed");
    case ChatParam::FallbackModels: return tr("fallback models");
    case ChatParam::Routing: return tr("provider routing");
    }
    return {};
}

QString ChatParams::effortName(ReasoningEffort e)
{
    switch (e) {
    case ReasoningEffort::Low: return QStringLiteral("low");
    case ReasoningEffort::Medium: return QStringLiteral("medium");
    case ReasoningEffort::High: return QStringLiteral("high");
    }
    return {};
}

std::optional<ReasoningEffort> ChatParams::effortFromName(const QString& name)
{
    for (ReasoningEffort e : { ReasoningEffort::Low, ReasoningEffort::Medium, ReasoningEffort::High }) {
        if (name.compare(effortName(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

int ChatParams::effortBudget(ReasoningEffort e)
{
    // Within every current model's range (Anthropic's minimum is 1,024, Gemini Flash's
    // maximum 24,576).
    switch (e) {
    case ReasoningEffort::Low: return 2048;
    case ReasoningEffort::Medium: return 8192;
    case ReasoningEffort::High: return 24576;
    }
    return 0;
}

QJsonObject ChatParams::toJson() const
{
    QJsonObject o;
    if (!systemPrompt.isEmpty())
        o.insert(paramKey(ChatParam::SystemPrompt), systemPrompt);
    if (temperature)
        o.insert(paramKey(ChatParam::Temperature), *temperature);
    if (topP)
        o.insert(paramKey(ChatParam::TopP), *topP);
    if (maxTokens)
        o.insert(paramKey(ChatParam::MaxTokens), *maxTokens);
    if (reasoningEffort)
        o.insert(paramKey(ChatParam::ReasoningEffort), effortName(*reasoningEffort));
    if (reasoningBudget)
        o.insert(paramKey(ChatParam::ReasoningBudget), *reasoningBudget);
    if (!stop.isEmpty())
        o.insert(paramKey(ChatParam::Stop), QJsonArray::fromStringList(stop));
    if (seed)
        o.insert(paramKey(ChatParam::Seed), *seed);
    if (!fallbackModels.isEmpty())
        o.insert(paramKey(ChatParam::FallbackModels), QJsonArray::fromStringList(fallbackModels));
    if (!routing.isEmpty())
        o.insert(paramKey(ChatParam::Routing), routing.toStoredJson());
    return o;
}

namespace {
// A whole number that fits its type, or none.
template <typename T>
std::optional<T> wholeNumber(const QJsonValue& v)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < double(std::numeric_limits<T>::min())
        || d > double(std::numeric_limits<T>::max()))
        return std::nullopt;
    return T(d);
}
} // namespace

ChatParams ChatParams::fromJson(const QJsonObject& o, QString* error)
{
    ChatParams p;
    QString problem;
    const auto bad = [&problem](ChatParam param, const QString& what) {
        if (problem.isEmpty())
            problem = tr("The setting \"%1\" must be %2.").arg(paramKey(param), what);
    };
    const auto value = [&o](ChatParam param) { return o.value(paramKey(param)); };
    const auto present = [&value](ChatParam param) {
        const QJsonValue v = value(param);
        return !v.isUndefined() && !v.isNull();
    };
    if (present(ChatParam::SystemPrompt)) {
        if (value(ChatParam::SystemPrompt).isString())
            p.systemPrompt = value(ChatParam::SystemPrompt).toString();
        else
            bad(ChatParam::SystemPrompt, tr("text"));
    }
    for (ChatParam param : { ChatParam::Temperature, ChatParam::TopP }) {
        if (!present(param))
            continue;
        if (!value(param).isDouble())
            bad(param, tr("a number"));
        else if (param == ChatParam::Temperature)
            p.temperature = value(param).toDouble();
        else
            p.topP = value(param).toDouble();
    }
    if (present(ChatParam::MaxTokens)) {
        p.maxTokens = wholeNumber<int>(value(ChatParam::MaxTokens));
        if (!p.maxTokens)
            bad(ChatParam::MaxTokens, tr("a whole number"));
    }
    if (present(ChatParam::ReasoningBudget)) {
        p.reasoningBudget = wholeNumber<int>(value(ChatParam::ReasoningBudget));
        if (!p.reasoningBudget)
            bad(ChatParam::ReasoningBudget, tr("a whole number"));
    }
    if (present(ChatParam::Seed)) {
        p.seed = wholeNumber<qint64>(value(ChatParam::Seed));
        if (!p.seed)
            bad(ChatParam::Seed, tr("a whole number"));
    }
    if (present(ChatParam::ReasoningEffort)) {
        p.reasoningEffort = effortFromName(value(ChatParam::ReasoningEffort).toString());
        if (!p.reasoningEffort)
            bad(ChatParam::ReasoningEffort, tr("low, medium or high"));
    }
    if (present(ChatParam::Stop)) {
        const QJsonValue v = value(ChatParam::Stop);
        if (v.isString()) {
            p.stop = QStringList { v.toString() };
        } else if (v.isArray()) {
            for (const QJsonValue& s : v.toArray()) {
                if (!s.isString())
                    bad(ChatParam::Stop, tr("a list of texts"));
                p.stop.append(s.toString());
            }
        } else {
            bad(ChatParam::Stop, tr("a list of texts"));
        }
    }
    if (present(ChatParam::FallbackModels)) {
        const QJsonValue v = value(ChatParam::FallbackModels);
        for (const QJsonValue& m : v.toArray()) {
            if (m.isString())
                p.fallbackModels.append(m.toString());
        }
        if (!v.isArray() || p.fallbackModels.size() != v.toArray().size())
            bad(ChatParam::FallbackModels, tr("a list of model ids"));
    }
    if (present(ChatParam::Routing)) {
        const QJsonValue v = value(ChatParam::Routing);
        QString routingError;
        p.routing = ::Routing::fromJson(v.toObject(), &routingError);
        if (!v.isObject())
            bad(ChatParam::Routing, tr("an object of provider preferences"));
        else if (problem.isEmpty())
            problem = routingError;
    }
    if (problem.isEmpty())
        problem = p.validate();
    if (error)
        *error = problem;
    return p;
}
