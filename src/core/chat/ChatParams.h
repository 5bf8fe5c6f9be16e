#pragma once

#include "Routing.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

// The parameters a request can carry, named independently of any wire format. Each
// adapter puts each one in its provider's own field, or leaves it out and says why
// (ProviderAdapter::unsupported).
// FallbackModels and Routing are OpenRouter's: the models tried after the first, in order
// (the body's `models`), and its provider preferences (the body's `provider`).
enum class ChatParam {
    SystemPrompt,
    Temperature,
    TopP,
    MaxTokens,
    ReasoningEffort,
    ReasoningBudget,
    Stop,
    Seed,
    FallbackModels,
    Routing
};

enum class ReasoningEffort { Low, Medium, High };

// A conversation's settings, a preset's parameters or one request's: every field optional
// (unset means the provider's default). Stored as JSON (toJson/fromJson).
struct ChatParams {
    Q_DECLARE_TR_FUNCTIONS(ChatParams)

public:
    QString systemPrompt; // empty: none
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens; // the answer's limit (thinking not counted)
    // Either an effort or a budget in tokens; a provider that takes only a budget is sent
    // effortBudget(effort), one that takes only an effort leaves a budget out.
    std::optional<ReasoningEffort> reasoningEffort;
    std::optional<int> reasoningBudget;
    QStringList stop;
    std::optional<qint64> seed;
    // The models tried, in order, when the chat's model fails (its own model is not in
    // it). A request carries them after its first model in ChatRequest::models.
    QStringList fallbackModels;
    ::Routing routing; // where OpenRouter may send the request

    bool isSet(ChatParam p) const;
    void clear(ChatParam p);
    bool isEmpty() const;
    // This with every field that over sets taken from over (a preset under explicit flags,
    // defaults under a conversation's own settings).
    ChatParams overriddenBy(const ChatParams& over) const;
    // One sentence when a value is out of range (temperature 0..2, top_p 0..1, tokens > 0),
    // a fallback model id is empty or has spaces, or the routing is wrong (Routing::validate);
    // empty when all is well.
    QString validate() const;

    // {"system", "temperature", "top_p", "max_tokens", "reasoning_effort", "reasoning_budget",
    //  "stop", "seed", "fallback_models": [ids], "routing": Routing::toStoredJson()}; unset
    // fields are absent.
    QJsonObject toJson() const;
    // One sentence in error for a field of the wrong type or an unknown effort.
    static ChatParams fromJson(const QJsonObject& o, QString* error = nullptr);

    static QString effortName(ReasoningEffort e); // "low", "medium", "high"
    static std::optional<ReasoningEffort> effortFromName(const QString& name);
    // The thinking budget an effort stands for where a provider takes only a budget.
    static int effortBudget(ReasoningEffort e);
    // The parameter as the user knows it ("temperature", "stop sequences").
    static QString paramName(ChatParam p);
    // The key this parameter has in toJson() and in a preset's "parameters" map.
    static QString paramKey(ChatParam p);
    static const ChatParam kAll[10];
};
