#include "Cli.h"
#include "CliIo.h"

#include "money/Money.h"
#include "session/AppContext.h"
#include "usage/UsageQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

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

QString optText(const std::optional<qint64>& v, const QString& none)
{
    return v ? QString::number(*v) : none;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()).toString(Qt::ISODate);
}

struct Column {
    QString name;
    bool number;
};

void printTable(const QList<Column>& columns, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const Column& c : columns)
        widths.append(int(c.name.size()));
    for (const QStringList& r : rows) {
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], int(r[i].size()));
    }
    auto line = [&](const QStringList& cells) -> QString {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded.append(columns[i].number ? cells[i].rightJustified(widths[i]) : cells[i].leftJustified(widths[i]));
        return padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    };
    QStringList header;
    for (const Column& c : columns)
        header.append(c.name);
    QString text = line(header);
    for (const QStringList& r : rows)
        text += line(r);
    CliIo::out(text);
}

int printGroups(const QList<UsageGroup>& groups, const QString& byName, const QString& format)
{
    if (format == QLatin1String("json")) {
        QStringList objects;
        for (const UsageGroup& g : groups) {
            // Concatenated, not arg()-chained: a key may itself contain "%1".
            const QString n = QStringLiteral(",\"");
            objects.append(u'{' + CliIo::jsonString(byName) + u':' + CliIo::jsonString(g.key)
                           + n + QStringLiteral("requests\":") + QString::number(g.requests)
                           + n + QStringLiteral("failed_requests\":") + QString::number(g.failedRequests)
                           + n + QStringLiteral("prompt_tokens\":") + QString::number(g.promptTokens)
                           + n + QStringLiteral("completion_tokens\":") + QString::number(g.completionTokens)
                           + n + QStringLiteral("reasoning_tokens\":") + QString::number(g.reasoningTokens)
                           + n + QStringLiteral("cached_tokens\":") + QString::number(g.cachedTokens)
                           + n + QStringLiteral("cost_usd\":") + Money::toDecimalString(g.cost)
                           + n + QStringLiteral("unknown_cost_requests\":") + QString::number(g.unknownCostRequests)
                           + n + QStringLiteral("cost_source\":") + CliIo::jsonString(g.costSource) + u'}');
        }
        CliIo::out(u'[' + objects.join(QStringLiteral(",\n")) + QStringLiteral("]\n"));
        return Cli::Ok;
    }
    if (format == QLatin1String("csv")) {
        QString text = byName + QStringLiteral(",requests,failed_requests,prompt_tokens,completion_tokens,"
                                               "reasoning_tokens,cached_tokens,cost_usd,unknown_cost_requests,cost_source\n");
        for (const UsageGroup& g : groups) {
            text += QStringList { CliIo::csvField(g.key), QString::number(g.requests), QString::number(g.failedRequests),
                                  QString::number(g.promptTokens), QString::number(g.completionTokens),
                                  QString::number(g.reasoningTokens), QString::number(g.cachedTokens),
                                  Money::toDecimalString(g.cost), QString::number(g.unknownCostRequests), g.costSource }
                        .join(u',')
                + u'\n';
        }
        CliIo::out(text);
        return Cli::Ok;
    }
    if (groups.isEmpty()) {
        CliIo::out(CliText::tr("No requests in this range yet. Every `switchyard ask` and every chat in the window adds one.\n"));
        return Cli::Ok;
    }
    const QLocale locale;
    QList<QStringList> rows;
    UsageGroup total;
    for (const UsageGroup& g : groups) {
        QString cost = Money::formatUsd(g.cost, locale);
        if (g.unknownCostRequests)
            cost += CliText::tr(" (+%n unknown)", nullptr, int(g.unknownCostRequests));
        rows.append({ g.key.isEmpty() ? QStringLiteral("-") : g.key, QString::number(g.requests),
                      QString::number(g.failedRequests), QString::number(g.promptTokens),
                      QString::number(g.completionTokens), cost });
        total.requests += g.requests;
        total.failedRequests += g.failedRequests;
        total.promptTokens += g.promptTokens;
        total.completionTokens += g.completionTokens;
        total.cost += g.cost;
    }
    rows.append({ CliText::tr("total"), QString::number(total.requests), QString::number(total.failedRequests),
                  QString::number(total.promptTokens), QString::number(total.completionTokens),
                  Money::formatUsd(total.cost, locale) });
    printTable({ { byName, false }, { CliText::tr("requests"), true }, { CliText::tr("failed"), true }, { CliText::tr("prompt"), true },
                 { CliText::tr("completion"), true }, { CliText::tr("cost"), true } },
               rows);
    return Cli::Ok;
}

int printLog(const QList<LedgerEntry>& entries, const QString& format)
{
    if (format == QLatin1String("json")) {
        QStringList objects;
        for (const LedgerEntry& e : entries) {
            using CliIo::jsonString;
            const QString null = QStringLiteral("null");
            QStringList f;
            f << QStringLiteral("\"id\":") + QString::number(e.id)
              << QStringLiteral("\"time\":") + jsonString(isoTime(e.startedAtMs))
              << QStringLiteral("\"provider\":") + jsonString(e.provider)
              << QStringLiteral("\"model_requested\":") + jsonString(e.modelRequested)
              << QStringLiteral("\"model\":") + (e.modelServed.isEmpty() ? null : jsonString(e.modelServed))
              << QStringLiteral("\"upstream_provider\":") + (e.upstreamProvider.isEmpty() ? null : jsonString(e.upstreamProvider))
              << QStringLiteral("\"prompt_tokens\":") + optText(e.promptTokens, null)
              << QStringLiteral("\"completion_tokens\":") + optText(e.completionTokens, null)
              << QStringLiteral("\"reasoning_tokens\":") + optText(e.reasoningTokens, null)
              << QStringLiteral("\"cached_tokens\":") + optText(e.cachedTokens, null)
              << QStringLiteral("\"cache_write_tokens\":") + optText(e.cacheWriteTokens, null)
              << QStringLiteral("\"cost_usd\":") + (e.cost ? Money::toDecimalString(*e.cost) : null)
              << QStringLiteral("\"cost_source\":") + jsonString(e.costSource)
              << QStringLiteral("\"ttft_ms\":") + optText(e.ttftMs, null)
              << QStringLiteral("\"duration_ms\":") + QString::number(e.durationMs)
              << QStringLiteral("\"status\":") + jsonString(e.status)
              << QStringLiteral("\"error_kind\":") + (e.errorKind.isEmpty() ? null : jsonString(e.errorKind))
              << QStringLiteral("\"http_status\":") + (e.httpStatus ? QString::number(e.httpStatus) : null)
              << QStringLiteral("\"generation_id\":") + (e.generationId.isEmpty() ? null : jsonString(e.generationId))
              << QStringLiteral("\"conversation_id\":") + (e.conversationId ? QString::number(e.conversationId) : null);
            objects.append(u'{' + f.join(u',') + u'}');
        }
        CliIo::out(u'[' + objects.join(QStringLiteral(",\n")) + QStringLiteral("]\n"));
        return Cli::Ok;
    }
    const QList<Column> columns { { QStringLiteral("time"), false },     { QStringLiteral("provider"), false },
                                  { QStringLiteral("model"), false },    { QStringLiteral("upstream"), false },
                                  { QStringLiteral("prompt"), true },    { QStringLiteral("completion"), true },
                                  { QStringLiteral("cost_usd"), true },  { QStringLiteral("cost_source"), false },
                                  { QStringLiteral("ttft_ms"), true },   { QStringLiteral("duration_ms"), true },
                                  { QStringLiteral("status"), false },   { QStringLiteral("error_kind"), false } };
    QList<QStringList> rows;
    for (const LedgerEntry& e : entries) {
        rows.append({ isoTime(e.startedAtMs), e.provider, e.modelServed.isEmpty() ? e.modelRequested : e.modelServed,
                      e.upstreamProvider, optText(e.promptTokens, {}), optText(e.completionTokens, {}),
                      e.cost ? Money::toDecimalString(*e.cost) : QString(), e.costSource,
                      optText(e.ttftMs, {}), QString::number(e.durationMs), e.status, e.errorKind });
    }
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const Column& c : columns)
            header.append(c.name);
        QString text = header.join(u',') + u'\n';
        for (const QStringList& r : std::as_const(rows)) {
            QStringList cells;
            for (const QString& c : r)
                cells.append(CliIo::csvField(c));
            text += cells.join(u',') + u'\n';
        }
        CliIo::out(text);
        return Cli::Ok;
    }
    if (rows.isEmpty()) {
        CliIo::out(CliText::tr("No requests in this range yet.\n"));
        return Cli::Ok;
    }
    printTable(columns, rows);
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
    if (parser.isSet(QStringLiteral("log")))
        return printLog(query.log(filter), format);
    return printGroups(query.aggregate(by, filter), UsageQuery::groupByName(by), format);
}
