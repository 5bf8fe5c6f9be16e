#include "ModelPrice.h"

#include "chat/TokenUsage.h"

std::optional<Money::Amount> ModelPrice::costOf(const TokenUsage& usage) const
{
    if (!isKnown() || !usage.promptTokens || !usage.completionTokens)
        return std::nullopt;
    const qint64 cached = usage.cachedTokens.value_or(0);
    const qint64 written = usage.cacheWriteTokens.value_or(0);
    const qint64 plain = qMax<qint64>(0, *usage.promptTokens - cached - written);
    const Money::Amount readPrice = cacheRead.value_or(*prompt);
    const Money::Amount writePrice = cacheWrite.value_or(*prompt * 5 / 4);
    return Money::Amount(plain) * *prompt + Money::Amount(cached) * readPrice + Money::Amount(written) * writePrice
        + Money::Amount(*usage.completionTokens) * *completion;
}

namespace {
// A believable per-token price: from -1 (OpenRouter's "unknown until routed") to
// 1 USD per token. Bounding it keeps every cost far inside 128 bits.
std::optional<Money::Amount> believable(const std::optional<Money::Amount>& perToken)
{
    const Money::Amount oneUsd = *Money::parseUsd(u"1");
    if (!perToken || *perToken < -oneUsd || *perToken > oneUsd)
        return std::nullopt;
    return perToken;
}
} // namespace

std::optional<Money::Amount> ModelPrice::fromPerMillion(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto perMillion = Money::parseUsd(text);
    if (!perMillion)
        return std::nullopt;
    // Exact: amounts carry 24 decimals, a per-million price at most 18 of them.
    return believable(*perMillion / 1'000'000);
}

std::optional<Money::Amount> ModelPrice::fromPerToken(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return believable(Money::parseUsd(text));
}
