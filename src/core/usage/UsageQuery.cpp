#include "UsageQuery.h"

#include "storage/Database.h"
#include "util/Log.h"

#include <QSqlError>

#include <algorithm>
#include <vector>
#include <optional>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Local days: SQLite's 'localtime' follows the process's time zone (TZ).
QString keyExpression(UsageGroupBy by)
{
    const QString local = QStringLiteral("started_at / 1000, 'unixepoch', 'localtime'");
    switch (by) {
    case UsageGroupBy::Model: return QStringLiteral("COALESCE(model_served, model_requested)");
    case UsageGroupBy::Provider: return QStringLiteral("provider");
    case UsageGroupBy::Day: return QStringLiteral("date(") + local + u')';
    case UsageGroupBy::Week: return QStringLiteral("date(") + local + QStringLiteral(", 'weekday 0', '-6 days')");
    case UsageGroupBy::Month: return QStringLiteral("strftime('%Y-%m', ") + local + u')';
    case UsageGroupBy::Conversation: return QStringLiteral("COALESCE(CAST(conversation_id AS TEXT), '')");
    }
    return QStringLiteral("provider");
}

QString whereClause(const UsageFilter& f, QVariantList* binds, const QString& extra = {})
{
    QStringList parts;
    if (!f.provider.isEmpty()) {
        parts.append(QStringLiteral("provider = ?"));
        binds->append(f.provider);
    }
    if (!f.model.isEmpty()) {
        parts.append(QStringLiteral("COALESCE(model_served, model_requested) = ?"));
        binds->append(f.model);
    }
    if (!f.status.isEmpty()) {
        parts.append(QStringLiteral("status = ?"));
        binds->append(f.status);
    }
    if (!f.compareGroup.isEmpty()) {
        parts.append(QStringLiteral("compare_group = ?"));
        binds->append(f.compareGroup);
    }
    if (f.since.isValid()) {
        parts.append(QStringLiteral("started_at >= ?"));
        binds->append(f.since.toMSecsSinceEpoch());
    }
    if (f.until.isValid()) {
        parts.append(QStringLiteral("started_at < ?"));
        binds->append(f.until.toMSecsSinceEpoch());
    }
    // Last, because the caller binds its values after these.
    if (!extra.isEmpty())
        parts.append(extra);
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}


// The nine totals every aggregate query selects, in this order, from the rollup or from the
// ledger, named so that ORDER BY can say what it sorts by. readTotals reads them.
const char* const kRollupTotals =
    "SUM(requests) AS t_requests, SUM(failed) AS t_failed, SUM(prompt_tokens) AS t_prompt, "
    "SUM(completion_tokens) AS t_completion, SUM(reasoning_tokens) AS t_reasoning, SUM(cached_tokens) AS t_cached, "
    "SUM(cost_pico) AS t_cost_pico, SUM(cost_subpico) AS t_cost_subpico, SUM(unknown_cost) AS t_unknown";
const char* const kLedgerTotals =
    "COUNT(*) AS t_requests, SUM(status <> 'done') AS t_failed, COALESCE(SUM(prompt_tokens), 0) AS t_prompt, "
    "COALESCE(SUM(completion_tokens), 0) AS t_completion, COALESCE(SUM(reasoning_tokens), 0) AS t_reasoning, "
    "COALESCE(SUM(cached_tokens), 0) AS t_cached, COALESCE(SUM(cost_pico), 0) AS t_cost_pico, "
    "COALESCE(SUM(cost_subpico), 0) AS t_cost_subpico, SUM(cost_pico IS NULL) AS t_unknown";

// The totals above, from column `first` on.
void readTotals(const QSqlQuery& q, int first, UsageGroup* g)
{
    g->requests = q.value(first).toLongLong();
    g->failedRequests = q.value(first + 1).toLongLong();
    g->promptTokens = q.value(first + 2).toLongLong();
    g->completionTokens = q.value(first + 3).toLongLong();
    g->reasoningTokens = q.value(first + 4).toLongLong();
    g->cachedTokens = q.value(first + 5).toLongLong();
    g->cost = Money::fromStorage(q.value(first + 6).toLongLong(), q.value(first + 7).toLongLong());
    g->unknownCostRequests = q.value(first + 8).toLongLong();
}

std::optional<qint64> optInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const char* const kEntryColumns =
    "id, started_at, provider, model_requested, model_served, upstream_provider, prompt_tokens, "
    "completion_tokens, reasoning_tokens, cached_tokens, cost_pico, cost_subpico, cost_source, ttft_ms, duration_ms, "
    "status, error_kind, http_status, generation_id, conversation_id, cache_write_tokens, routing, base_url, compare_group";

LedgerEntry readEntry(const QSqlQuery& q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.startedAtMs = q.value(1).toLongLong();
    e.provider = q.value(2).toString();
    e.modelRequested = q.value(3).toString();
    e.modelServed = q.value(4).toString();
    e.upstreamProvider = q.value(5).toString();
    e.promptTokens = optInt(q.value(6));
    e.completionTokens = optInt(q.value(7));
    e.reasoningTokens = optInt(q.value(8));
    e.cachedTokens = optInt(q.value(9));
    if (!q.value(10).isNull())
        e.cost = Money::fromStorage(q.value(10).toLongLong(), q.value(11).toLongLong());
    e.costSource = q.value(12).toString();
    e.ttftMs = optInt(q.value(13));
    e.durationMs = q.value(14).toLongLong();
    e.status = q.value(15).toString();
    e.errorKind = q.value(16).toString();
    e.httpStatus = q.value(17).toInt();
    e.generationId = q.value(18).toString();
    e.conversationId = q.value(19).toLongLong();
    e.cacheWriteTokens = optInt(q.value(20));
    e.routing = q.value(21).toString();
    e.baseUrl = q.value(22).toString();
    e.compareGroup = q.value(23).toString();
    return e;
}

} // namespace

UsageQuery::UsageQuery(Database* db)
    : m_db(db)
{
}

namespace {

QString sourceOf(qint64 reported, qint64 computed, qint64 local, qint64 unknown)
{
    const std::pair<qint64, const char*> counts[] = { { reported, "reported" }, { computed, "computed" },
                                                       { local, "local" }, { unknown, "unknown" } };
    QString only;
    for (const auto& [n, name] : counts) {
        if (n == 0)
            continue;
        if (!only.isEmpty())
            return QStringLiteral("mixed");
        only = QLatin1String(name);
    }
    return only;
}

// A bound that falls on a local midnight, as the rollup's day text; empty when the
// bound is absent; nullopt when it cuts a day (then only the ledger can answer).
std::optional<QString> dayBound(const QDateTime& t)
{
    if (!t.isValid())
        return QString();
    const QDateTime local = t.toLocalTime();
    if (local != local.date().startOfDay())
        return std::nullopt;
    return local.date().toString(Qt::ISODate);
}

QStringList rollupWhere(const UsageFilter& f, const QString& sinceDay, const QString& untilDay, QVariantList* binds)
{
    QStringList where;
    const std::pair<const char*, QString> conditions[] = {
        { "day >= ?", sinceDay }, { "day < ?", untilDay }, { "provider = ?", f.provider }, { "model = ?", f.model }
    };
    for (const auto& [sql, value] : conditions) {
        if (value.isEmpty())
            continue;
        where.append(QLatin1String(sql));
        binds->append(value);
    }
    return where;
}

QString rollupKey(UsageGroupBy by)
{
    switch (by) {
    case UsageGroupBy::Model: return QStringLiteral("model");
    case UsageGroupBy::Provider: return QStringLiteral("provider");
    case UsageGroupBy::Day: return QStringLiteral("day");
    case UsageGroupBy::Week: return QStringLiteral("date(day, 'weekday 0', '-6 days')");
    case UsageGroupBy::Month: return QStringLiteral("substr(day, 1, 7)");
    case UsageGroupBy::Conversation: break;
    }
    return {};
}

} // namespace

QList<UsageGroup> UsageQuery::aggregate(UsageGroupBy by, const UsageFilter& filter) const
{
    const auto since = dayBound(filter.since);
    const auto until = dayBound(filter.until);
    // The rollup knows no statuses, conversations or compare runs: those questions go to the ledger.
    QList<UsageGroup> out = by != UsageGroupBy::Conversation && filter.status.isEmpty() && filter.compareGroup.isEmpty() && since && until
        ? aggregateRollup(by, filter, *since, *until)
        : aggregateLedger(by, filter);
    // Groups by spend, exactly: SQL can only order by the pico part of the cost.
    if (by == UsageGroupBy::Model || by == UsageGroupBy::Provider || by == UsageGroupBy::Conversation)
        std::stable_sort(out.begin(), out.end(), [](const UsageGroup& a, const UsageGroup& b) { return a.cost > b.cost; });
    return out;
}

QList<UsageCell> UsageQuery::breakdown(UsageGroupBy bucket, UsageGroupBy series, const UsageFilter& filter) const
{
    const auto since = dayBound(filter.since);
    const auto until = dayBound(filter.until);
    const bool rollup = series != UsageGroupBy::Conversation && filter.status.isEmpty() && filter.compareGroup.isEmpty()
        && since && until;
    QStringList where;
    QVariantList binds;
    QString sql;
    if (rollup) {
        where = rollupWhere(filter, *since, *until, &binds);
        sql = QStringLiteral("SELECT %1 AS bucket, %2 AS series, %3 FROM usage_rollup%4 GROUP BY bucket, series ORDER BY bucket, series")
                  .arg(rollupKey(bucket), rollupKey(series), QLatin1String(kRollupTotals),
                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    } else {
        sql = QStringLiteral("SELECT %1 AS bucket, %2 AS series, %3 FROM usage_ledger%4 GROUP BY bucket, series ORDER BY bucket, series")
                  .arg(keyExpression(bucket), keyExpression(series), QLatin1String(kLedgerTotals), whereClause(filter, &binds));
    }
    QSqlQuery q(m_db->connection());
    QList<UsageCell> out;
    if (!read(q, sql, binds))
        return out;
    while (q.next()) {
        UsageCell c;
        c.bucket = q.value(0).toString();
        c.series = q.value(1).toString();
        c.values.key = c.series;
        readTotals(q, 2, &c.values);
        out.append(c);
    }
    noteFailure(q); // a damaged page can surface mid-walk
    return out;
}

QHash<QString, UsageSpeed> UsageQuery::speeds(UsageGroupBy by, const UsageFilter& filter, int sample) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT %1, ttft_ms, duration_ms, completion_tokens FROM usage_ledger%2 "
                                       "ORDER BY started_at DESC LIMIT %3")
                            .arg(keyExpression(by), whereClause(filter, &binds))
                            .arg(sample);
    QSqlQuery q(m_db->connection());
    if (!read(q, sql, binds))
        return {};
    QHash<QString, std::pair<std::vector<qint64>, std::vector<double>>> values;
    QHash<QString, qint64> counts;
    while (q.next()) {
        const QString key = q.value(0).toString();
        ++counts[key];
        auto& v = values[key];
        if (q.value(1).isNull())
            continue;
        const qint64 ttft = q.value(1).toLongLong();
        v.first.push_back(ttft);
        const qint64 generating = q.value(2).toLongLong() - ttft;
        const qint64 tokens = q.value(3).toLongLong();
        if (generating > 0 && tokens > 0)
            v.second.push_back(double(tokens) * 1000.0 / double(generating));
    }
    noteFailure(q); // a damaged page can surface mid-walk
    QHash<QString, UsageSpeed> out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        UsageSpeed s;
        s.sampleSize = counts.value(it.key());
        auto& [ttfts, rates] = it.value();
        if (!ttfts.empty()) {
            std::nth_element(ttfts.begin(), ttfts.begin() + ttfts.size() / 2, ttfts.end());
            s.medianTtftMs = ttfts[ttfts.size() / 2];
        }
        if (!rates.empty()) {
            std::nth_element(rates.begin(), rates.begin() + rates.size() / 2, rates.end());
            s.medianTokensPerSecond = rates[rates.size() / 2];
        }
        out.insert(it.key(), s);
    }
    return out;
}

QList<UsageGroup> UsageQuery::aggregateRollup(UsageGroupBy by, const UsageFilter& filter, const QString& sinceDay,
                                              const QString& untilDay) const
{
    const bool byTime = by == UsageGroupBy::Day || by == UsageGroupBy::Week || by == UsageGroupBy::Month;
    QVariantList binds;
    const QStringList where = rollupWhere(filter, sinceDay, untilDay, &binds);
    const QString sql = QStringLiteral("SELECT %1 AS k, %2, SUM(reported), SUM(computed), SUM(local) FROM usage_rollup%3 GROUP BY k ORDER BY %4")
                            .arg(rollupKey(by), QLatin1String(kRollupTotals),
                                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                                 byTime ? QStringLiteral("k") : QStringLiteral("t_cost_pico DESC, t_cost_subpico DESC, t_requests DESC, k"));
    QSqlQuery q(m_db->connection());
    QList<UsageGroup> out;
    if (!read(q, sql, binds))
        return out;
    while (q.next()) {
        UsageGroup g;
        g.key = q.value(0).toString();
        readTotals(q, 1, &g);
        g.costSource = sourceOf(q.value(10).toLongLong(), q.value(11).toLongLong(), q.value(12).toLongLong(), g.unknownCostRequests);
        out.append(g);
    }
    noteFailure(q); // a damaged page can surface mid-walk
    return out;
}

QList<UsageGroup> UsageQuery::aggregateLedger(UsageGroupBy by, const UsageFilter& filter) const
{
    QVariantList binds;
    const bool byTime = by == UsageGroupBy::Day || by == UsageGroupBy::Week || by == UsageGroupBy::Month;
    const QString sql = QStringLiteral("SELECT %1 AS k, %2, CASE WHEN COUNT(DISTINCT cost_source) = 1 THEN MIN(cost_source) ELSE 'mixed' END "
                                       "FROM usage_ledger%3 GROUP BY k ORDER BY %4")
                            .arg(keyExpression(by), QLatin1String(kLedgerTotals), whereClause(filter, &binds),
                                 byTime ? QStringLiteral("k") : QStringLiteral("t_cost_pico DESC, t_requests DESC, k"));
    QSqlQuery q(m_db->connection());
    QList<UsageGroup> out;
    if (!read(q, sql, binds))
        return out;
    while (q.next()) {
        UsageGroup g;
        g.key = q.value(0).toString();
        readTotals(q, 1, &g);
        g.costSource = q.value(10).toString();
        out.append(g);
    }
    noteFailure(q); // a damaged page can surface mid-walk
    return out;
}

QList<LedgerEntry> UsageQuery::log(const UsageFilter& filter, int limit) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM usage_ledger%2 ORDER BY started_at DESC, id DESC")
                      .arg(QLatin1String(kEntryColumns), whereClause(filter, &binds));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db->connection());
    QList<LedgerEntry> out;
    if (!read(q, sql, binds))
        return out;
    while (q.next())
        out.append(readEntry(q));
    noteFailure(q);
    return out;
}

QList<LedgerEntry> UsageQuery::logPage(const UsageFilter& filter, int limit, qint64 beforeStartedAt, qint64 beforeId) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds, QStringLiteral("(started_at < ? OR (started_at = ? AND id < ?))"));
    binds << beforeStartedAt << beforeStartedAt << beforeId;
    QSqlQuery q(m_db->connection());
    QList<LedgerEntry> out;
    if (!read(q, QStringLiteral("SELECT %1 FROM usage_ledger%2 ORDER BY started_at DESC, id DESC LIMIT %3")
                         .arg(QLatin1String(kEntryColumns), where)
                         .arg(limit),
                  binds))
        return out;
    while (q.next())
        out.append(readEntry(q));
    noteFailure(q);
    return out;
}

LedgerEntry UsageQuery::entry(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM usage_ledger WHERE id = ?").arg(QLatin1String(kEntryColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEntry(q);
    return {};
}

qint64 UsageQuery::count() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM usage_ledger")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool UsageQuery::parseGroupBy(const QString& text, UsageGroupBy* out)
{
    static const struct {
        const char* name;
        UsageGroupBy by;
    } kNames[] = { { "model", UsageGroupBy::Model }, { "provider", UsageGroupBy::Provider },
                   { "day", UsageGroupBy::Day },     { "week", UsageGroupBy::Week },
                   { "month", UsageGroupBy::Month }, { "conversation", UsageGroupBy::Conversation } };
    for (const auto& n : kNames) {
        if (text == QLatin1String(n.name)) {
            *out = n.by;
            return true;
        }
    }
    return false;
}

QString UsageQuery::groupByName(UsageGroupBy by)
{
    switch (by) {
    case UsageGroupBy::Model: return QStringLiteral("model");
    case UsageGroupBy::Provider: return QStringLiteral("provider");
    case UsageGroupBy::Day: return QStringLiteral("day");
    case UsageGroupBy::Week: return QStringLiteral("week");
    case UsageGroupBy::Month: return QStringLiteral("month");
    case UsageGroupBy::Conversation: return QStringLiteral("conversation");
    }
    return {};
}

bool UsageQuery::read(QSqlQuery& q, const QString& sql, const QVariantList& binds) const
{
    q.setForwardOnly(true); // Qt need not keep every row
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    noteFailure(q);
    return false;
}

void UsageQuery::noteFailure(const QSqlQuery& q) const
{
    const QSqlError error = q.lastError();
    if (error.type() == QSqlError::NoError || !m_error.isEmpty())
        return;
    qCInfo(lcStorage) << "usage query failed:" << error.text();
    // SUM() of an integer column that overflows is an error, not a wrapped total.
    m_error = m_db->describe(Database::classify(error), error.databaseText());
}

