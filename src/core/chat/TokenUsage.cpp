#include "TokenUsage.h"

void TokenUsage::mergeFrom(const TokenUsage& newer)
{
    if (newer.promptTokens)
        promptTokens = newer.promptTokens;
    if (newer.completionTokens)
        completionTokens = newer.completionTokens;
    if (newer.reasoningTokens)
        reasoningTokens = newer.reasoningTokens;
    if (newer.cachedTokens)
        cachedTokens = newer.cachedTokens;
    if (newer.cacheWriteTokens)
        cacheWriteTokens = newer.cacheWriteTokens;
    if (newer.cost)
        cost = newer.cost;
}
