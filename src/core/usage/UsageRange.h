#pragma once

#include "UsageQuery.h"

#include <QDate>
#include <QStringList>

// The ranges the Usage page offers, on local-day boundaries (so they read the rollups):
// "today", "7d", "30d", "month", "lastmonth", "90d", "year" and "all".
class UsageRange final {
public:
    static QStringList presetIds();
    // The preset's range as of today; an open range for "all" or an unknown id.
    static UsageFilter preset(const QString& id, const QDate& today = QDate::currentDate());
    // Every local day from one date to the other, both included, in either order.
    static UsageFilter days(const QDate& first, const QDate& last);
};
