#pragma once

#include "UsageQuery.h"

// The sum of a list of groups, as the Usage page's headline and the CLI's total row
// show it: every count and token column added, the exact costs added, the cost source
// kept when all groups share it and "mixed" otherwise. The key is empty.
class UsageTotals final {
public:
    static UsageGroup sum(const QList<UsageGroup>& groups);
};
