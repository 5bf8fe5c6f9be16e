#include "UsageLedger.h"

#include "Database.h"
#include "LedgerEntry.h"
#include "util/Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant opt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optText(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

UsageLedger::UsageLedger(Database* db)
    : m_db(db)
{
}

qint64 UsageLedger::insert(const LedgerEntry& e)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO usage_ledger(started_at, provider, model_requested, model_served, upstream_provider, "
        "prompt_tokens, completion_tokens, reasoning_tokens, cached_tokens, cost_pico, cost_subpico, cost_source, "
        "ttft_ms, duration_ms, status, error_kind, http_status, generation_id, conversation_id, cache_write_tokens) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.startedAtMs);
    q.addBindValue(e.provider);
    q.addBindValue(e.modelRequested);
    q.addBindValue(optText(e.modelServed));
    q.addBindValue(optText(e.upstreamProvider));
    q.addBindValue(opt(e.promptTokens));
    q.addBindValue(opt(e.completionTokens));
    q.addBindValue(opt(e.reasoningTokens));
    q.addBindValue(opt(e.cachedTokens));
    q.addBindValue(e.cost ? QVariant(Money::storageHigh(*e.cost)) : QVariant());
    q.addBindValue(e.cost ? QVariant(Money::storageLow(*e.cost)) : QVariant());
    q.addBindValue(e.costSource);
    q.addBindValue(opt(e.ttftMs));
    q.addBindValue(e.durationMs);
    q.addBindValue(e.status);
    q.addBindValue(optText(e.errorKind));
    q.addBindValue(e.httpStatus ? QVariant(e.httpStatus) : QVariant());
    q.addBindValue(optText(e.generationId));
    q.addBindValue(e.conversationId ? QVariant(e.conversationId) : QVariant());
    q.addBindValue(opt(e.cacheWriteTokens));
    if (!q.exec()) {
        qCWarning(lcStorage) << "ledger insert failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}
