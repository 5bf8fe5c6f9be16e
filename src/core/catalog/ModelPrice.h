#pragma once

#include "money/Money.h"

#include <QString>

#include <optional>

struct TokenUsage;

// What one model costs, USD per token, exact.
struct ModelPrice {
    std::optional<Money::Amount> prompt;
    std::optional<Money::Amount> completion;
    std::optional<Money::Amount> cacheRead;
    std::optional<Money::Amount> cacheWrite;
    QString source; // "override", the price catalog's provider id ("openrouter"), "bundled"
    QString note;   // date and origin of a bundled price

    bool isKnown() const { return prompt && completion && *prompt >= 0 && *completion >= 0; }

    // Cost of a request as the provider bills it, from the ledger's token convention
    // (prompt includes cached reads and cache writes; completion includes reasoning).
    // Cache reads without a cache price are charged at the prompt price, cache writes
    // at 1.25x (Anthropic's five-minute write). None when a needed count is unknown.
    std::optional<Money::Amount> costOf(const TokenUsage& usage) const;

    // "0.15" USD per million tokens -> per-token amount.
    static std::optional<Money::Amount> fromPerMillion(const QString& text);
    static std::optional<Money::Amount> fromPerToken(const QString& text);
};
