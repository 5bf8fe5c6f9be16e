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
    c.transaction();
    QSqlQuery q(c);
    bool ok = q.exec(QStringLiteral("DELETE FROM usage_rollup"))
        && q.exec(QStringLiteral(
            "INSERT INTO usage_rollup(day, provider, model, requests, failed, prompt_tokens, completion_tokens, "
            "reasoning_tokens, cached_tokens, cost_pico, cost_subpico, unknown_cost, reported, computed, local) "
            "SELECT date(started_at / 1000, 'unixepoch', 'localtime'), provider, COALESCE(model_served, model_requested), "
            "COUNT(*), SUM(status <> 'done'), COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0), "
            "COALESCE(SUM(reasoning_tokens), 0), COALESCE(SUM(cached_tokens), 0), COALESCE(SUM(cost_pico), 0), "
            "COALESCE(SUM(cost_subpico), 0), SUM(cost_pico IS NULL), SUM(cost_source = 'reported'), "
            "SUM(cost_source = 'computed'), SUM(cost_source = 'local') "
            "FROM usage_ledger GROUP BY 1, 2, 3"));
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('rollup_time_zone', ?)"));
        q.addBindValue(currentZone());
        ok = q.exec();
    }
    if (!ok) {
        qCWarning(lcStorage) << "rollup rebuild failed:" << q.lastError().text();
        c.rollback();
        return false;
    }
    return c.commit();
}

bool ensureCurrent(Database* db)
{
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'rollup_time_zone'")) && q.next()
        && q.value(0).toString() == currentZone())
        return true;
    qCInfo(lcStorage) << "rebuilding usage rollups for time zone" << currentZone();
    return rebuild(db);
}

} // namespace UsageRollup
