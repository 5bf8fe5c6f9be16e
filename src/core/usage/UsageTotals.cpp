#include "UsageTotals.h"

UsageGroup UsageTotals::sum(const QList<UsageGroup>& groups)
{
    UsageGroup total;
    for (const UsageGroup& g : groups) {
        total.requests += g.requests;
        total.failedRequests += g.failedRequests;
        total.promptTokens += g.promptTokens;
        total.completionTokens += g.completionTokens;
        total.reasoningTokens += g.reasoningTokens;
        total.cachedTokens += g.cachedTokens;
        total.cost += g.cost;
        total.unknownCostRequests += g.unknownCostRequests;
        if (&g == &groups.constFirst())
            total.costSource = g.costSource;
        else if (total.costSource != g.costSource)
            total.costSource = QStringLiteral("mixed");
    }
    return total;
}
