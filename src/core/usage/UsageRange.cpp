#include "UsageRange.h"

QStringList UsageRange::presetIds()
{
    return { QStringLiteral("today"), QStringLiteral("7d"),  QStringLiteral("30d"),  QStringLiteral("month"),
             QStringLiteral("lastmonth"), QStringLiteral("90d"), QStringLiteral("year"), QStringLiteral("all") };
}

UsageFilter UsageRange::preset(const QString& id, const QDate& today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    if (id == QLatin1String("today"))
        return days(today, today);
    if (id == QLatin1String("7d"))
        return days(today.addDays(-6), today);
    if (id == QLatin1String("30d"))
        return days(today.addDays(-29), today);
    if (id == QLatin1String("90d"))
        return days(today.addDays(-89), today);
    if (id == QLatin1String("month"))
        return UsageFilter::range(monthStart.startOfDay(), monthStart.addMonths(1).startOfDay());
    if (id == QLatin1String("lastmonth"))
        return UsageFilter::range(monthStart.addMonths(-1).startOfDay(), monthStart.startOfDay());
    if (id == QLatin1String("year"))
        return UsageFilter::range(QDate(today.year(), 1, 1).startOfDay(), QDate(today.year() + 1, 1, 1).startOfDay());
    return {};
}

UsageFilter UsageRange::days(const QDate& first, const QDate& last)
{
    const QDate from = qMin(first, last);
    const QDate to = qMax(first, last);
    return UsageFilter::range(from.startOfDay(), to.addDays(1).startOfDay());
}
