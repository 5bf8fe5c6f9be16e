#pragma once

#include "money/Money.h"

#include <QtGlobal>

#include <optional>

// One token convention whatever the provider calls things: prompt counts every
// input token (cached included), completion every output token (reasoning included).
struct TokenUsage {
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> cachedTokens;     // read from cache (part of promptTokens)
    std::optional<qint64> cacheWriteTokens; // written to cache (part of promptTokens)
    std::optional<Money::Amount> cost; // as reported by the provider, exact

    bool isEmpty() const { return !promptTokens && !completionTokens && !cost; }
    // Later reports win field by field; providers send usage once or cumulatively.
    void mergeFrom(const TokenUsage& newer);
};
