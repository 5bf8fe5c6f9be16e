#include "Cli.h"
#include "CliIo.h"

#include "money/Money.h"
#include "session/AppContext.h"
#include "usage/UsageExport.h"
#include "usage/UsageQuery.h"
#include "usage/UsageTotals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace {

// "2026-11-01" is the start of that local day; a full ISO date-time is taken as is.
// For --until a bare date means the end of that day (inclusive).
bool parseWhen(const QString& text, bool endOfDay, QDateTime* out)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *out = (endOfDay ? date.addDays(1) : date).startOfDay();
        return true;
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid()) {
        *out = dt;
        return true;
    }
    return false;
}

int printGroups(const QList<UsageGroup>& groups, const QString& byName, const QString& format)
{
    if (format == QLatin1String("json")) {
        CliIo::out(UsageExport::groupsJson(groups, byName));
        return Cli::Ok;
    }
    if (format == QLatin1String("csv")) {
        CliIo::out(UsageExport::groupsCsv(groups, byName));
        return Cli::Ok;
    }
    if (groups.isEmpty()) {
        CliIo::out(CliText::tr("No requests in this range yet. Every `switchyard ask` and every chat in the window adds one.\n"));
        return Cli::Ok;
    }
    const QLocale locale;
    QList<QStringList> rows;
    for (const UsageGroup& g : groups) {
        QString cost = Money::formatUsd(g.cost, locale);
        if (g.unknownCostRequests)
            cost += CliText::tr(" (+%n unknown)", nullptr, int(g.unknownCostRequests));
        rows.append({ g.key.isEmpty() ? QStringLiteral("-") : g.key, QString::number(g.requests),
                      QString::number(g.failedRequests), QString::number(g.promptTokens),
                      QString::number(g.completionTokens), cost });
    }
    const UsageGroup total = UsageTotals::sum(groups);
    rows.append({ CliText::tr("total"), QString::number(total.requests), QString::number(total.failedRequests),
                  QString::number(total.promptTokens), QString::number(total.completionTokens),
                  Money::formatUsd(total.cost, locale) });
    CliIo::out(CliIo::table({ { byName, false }, { CliText::tr("requests"), true }, { CliText::tr("failed"), true },
                              { CliText::tr("prompt"), true }, { CliText::tr("completion"), true },
                              { CliText::tr("cost"), true } },
                            rows));
    return Cli::Ok;
}

int printLog(const QList<LedgerEntry>& entries, const QString& format)
{
    if (format == QLatin1String("json")) {
        CliIo::out(UsageExport::logJson(entries));
        return Cli::Ok;
    }
    if (format == QLatin1String("csv")) {
        CliIo::out(UsageExport::logCsv(entries));
        return Cli::Ok;
    }
    if (entries.isEmpty()) {
        CliIo::out(CliText::tr("No requests in this range yet.\n"));
        return Cli::Ok;
    }
    // Numbers right-aligned: tokens, cost, times.
    static const QSet<int> numeric { 4, 5, 6, 8, 9 };
    QList<CliIo::Column> columns;
    const QStringList names = UsageExport::logColumns();
    for (int i = 0; i < names.size(); ++i)
        columns.append({ names.at(i), numeric.contains(i) });
    QList<QStringList> rows;
    for (const LedgerEntry& e : entries)
        rows.append(UsageExport::logRow(e));
    CliIo::out(CliIo::table(columns, rows));
    return Cli::Ok;
}

} // namespace

int Cli::usage(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("What the ledger recorded: requests, tokens and cost."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("since"), CliText::tr("From this local date (YYYY-MM-DD) or ISO date-time."), QStringLiteral("DATE") },
        { QStringLiteral("until"), CliText::tr("Up to and including this local date, or up to this ISO date-time."), QStringLiteral("DATE") },
        { QStringLiteral("by"), CliText::tr("Group by model, provider, day, week, month or conversation (default: model)."), QStringLiteral("GROUP"), QStringLiteral("model") },
        { QStringLiteral("log"), CliText::tr("One row per request instead of groups.") },
        { QStringLiteral("compare-group"), CliText::tr("Only the requests of this compare run."), QStringLiteral("ID") },
        { QStringLiteral("format"), CliText::tr("table, csv or json (default: table)."), QStringLiteral("FORMAT"), QStringLiteral("table") },
    });
    if (!parser.parse(QStringList { QStringLiteral("switchyard usage") } + args)) {
        CliIo::err(CliText::tr("switchyard usage: %1; see `switchyard usage --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliIo::err(CliText::tr("switchyard usage: unexpected \"%1\"; see `switchyard usage --help`.").arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    UsageFilter filter;
    if (parser.isSet(QStringLiteral("since")) && !parseWhen(parser.value(QStringLiteral("since")), false, &filter.since)) {
        CliIo::err(CliText::tr("switchyard usage: --since needs a date like 2026-11-01."));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("until")) && !parseWhen(parser.value(QStringLiteral("until")), true, &filter.until)) {
        CliIo::err(CliText::tr("switchyard usage: --until needs a date like 2026-11-30."));
        return Usage;
    }
    filter.compareGroup = parser.value(QStringLiteral("compare-group"));
    if (parser.isSet(QStringLiteral("compare-group")) && filter.compareGroup.isEmpty()) {
        CliIo::err(CliText::tr("switchyard usage: --compare-group needs the id of a compare run."));
        return Usage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        CliIo::err(CliText::tr("switchyard usage: --format takes table, csv or json."));
        return Usage;
    }
    UsageGroupBy by = UsageGroupBy::Model;
    if (!UsageQuery::parseGroupBy(parser.value(QStringLiteral("by")), &by)) {
        CliIo::err(CliText::tr("switchyard usage: --by takes model, provider, day, week, month or conversation."));
        return Usage;
    }
    const UsageQuery query(context.database());
    // A read that failed is said, never shown as an empty range.
    if (parser.isSet(QStringLiteral("log"))) {
        const QList<LedgerEntry> entries = query.log(filter);
        if (!query.error().isEmpty()) {
            CliIo::err(query.error());
            return StorageFailed;
        }
        return printLog(entries, format);
    }
    const QList<UsageGroup> groups = query.aggregate(by, filter);
    if (!query.error().isEmpty()) {
        CliIo::err(query.error());
        return StorageFailed;
    }
    return printGroups(groups, UsageQuery::groupByName(by), format);
}
