#include "UsageRollup.h"

#include "Database.h"
#include "util/Log.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace UsageRollup {

QString currentZone()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

bool rebuild(Database* db)
{
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    if (!db->exec(q, QStringLiteral("BEGIN IMMEDIATE"), nullptr))
        return false;
    bool ok = db->exec(q, QStringLiteral("DELETE FROM usage_rollup"), nullptr)
        && db->exec(q, QStringLiteral(
            "INSERT INTO usage_rollup(day, provider, model, requests, failed, prompt_tokens, completion_tokens, "
            "reasoning_tokens, cached_tokens, cost_pico, cost_subpico, unknown_cost, reported, computed, local) "
            "SELECT date(started_at / 1000, 'unixepoch', 'localtime'), provider, COALESCE(model_served, model_requested), "
            "COUNT(*), SUM(status <> 'done'), COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0), "
            "COALESCE(SUM(reasoning_tokens), 0), COALESCE(SUM(cached_tokens), 0), COALESCE(SUM(cost_pico), 0), "
            "COALESCE(SUM(cost_subpico), 0), SUM(cost_pico IS NULL), SUM(cost_source = 'reported'), "
            "SUM(cost_source = 'computed'), SUM(cost_source = 'local') "
            "FROM usage_ledger GROUP BY 1, 2, 3"), nullptr);
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('rollup_time_zone', ?)"));
        q.addBindValue(currentZone());
        ok = db->exec(q, nullptr);
    }
    if (!ok) {
        qCInfo(lcStorage) << "rollup rebuild failed:" << q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return db->exec(q, QStringLiteral("COMMIT"), nullptr);
}

bool ensureCurrent(Database* db)
{
    QSqlQuery q(db->connection());
    if (!db->exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'rollup_time_zone'"), nullptr))
        return false;
    if (q.next() && q.value(0).toString() == currentZone())
        return true;
    qCInfo(lcStorage) << "rebuilding usage rollups for time zone" << currentZone();
    return rebuild(db);
}

} // namespace UsageRollup
