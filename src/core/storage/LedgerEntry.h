#pragma once

#include "money/Money.h"

#include <QString>

#include <optional>

// One request as the ledger keeps it.
struct LedgerEntry {
    qint64 id = 0;
    qint64 startedAtMs = 0; // UTC
    QString provider;
    QString modelRequested;
    QString modelServed;
    QString upstreamProvider;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> cachedTokens;
    std::optional<qint64> cacheWriteTokens;
    std::optional<Money::Amount> cost; // exact; none when nobody knows it
    QString costSource = QStringLiteral("unknown"); // reported | computed | local | unknown
    std::optional<qint64> ttftMs;
    qint64 durationMs = 0;
    QString status; // pending | done | error | cancelled | timeout | truncated | interrupted
    QString errorKind;
    int httpStatus = 0;
    QString generationId;
    qint64 conversationId = 0;
    // OpenRouter routing sent, as JSON {"models": [...], "provider": {...}}; empty: none.
    QString routing;
    QString baseUrl; // where the request went; empty: the provider's configured base URL
    QString compareGroup; // shared by the requests of one compare run; empty: none
};
