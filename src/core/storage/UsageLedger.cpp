#include "UsageLedger.h"

#include "Database.h"
#include "LedgerEntry.h"
#include "util/Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace {

QVariant opt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optText(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Every column a request fills, in this order, for INSERT and UPDATE alike.
const char* const kColumns[] = { "started_at", "provider", "model_requested", "model_served", "upstream_provider",
                                 "prompt_tokens", "completion_tokens", "reasoning_tokens", "cached_tokens",
                                 "cost_pico", "cost_subpico", "cost_source", "ttft_ms", "duration_ms", "status",
                                 "error_kind", "http_status", "generation_id", "conversation_id",
                                 "cache_write_tokens", "routing", "base_url", "compare_group", "owner_pid" };

void bindAll(QSqlQuery& q, const LedgerEntry& e, const QVariant& ownerPid)
{
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
    q.addBindValue(optText(e.routing));
    q.addBindValue(optText(e.baseUrl));
    q.addBindValue(optText(e.compareGroup));
    q.addBindValue(ownerPid);
}

QString insertSql()
{
    QStringList names;
    QStringList marks;
    for (const char* c : kColumns) {
        names.append(QLatin1String(c));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO usage_ledger(") + names.join(u',') + QStringLiteral(") VALUES (")
        + marks.join(u',') + u')';
}

bool processIsGone(qint64 pid)
{
    if (pid <= 0 || pid == qint64(::getpid()))
        return true; // ours from an earlier life: this process has begun nothing yet
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

UsageLedger::UsageLedger(Database* db)
    : m_db(db)
{
}

qint64 UsageLedger::insert(const LedgerEntry& e, QString* error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(insertSql());
    bindAll(q, e, QVariant());
    if (!m_db->exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 UsageLedger::begin(const LedgerEntry& entry, QString* error)
{
    LedgerEntry e = entry;
    e.status = QStringLiteral("pending");
    QSqlQuery q(m_db->connection());
    q.prepare(insertSql());
    bindAll(q, e, qint64(::getpid()));
    if (!m_db->exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool UsageLedger::finish(qint64 id, const LedgerEntry& e, QString* error, qint64* newId)
{
    if (id == 0) {
        const qint64 inserted = insert(e, error);
        if (newId)
            *newId = inserted;
        return inserted != 0;
    }
    QStringList sets;
    for (const char* c : kColumns)
        sets.append(QLatin1String(c) + QStringLiteral(" = ?"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE usage_ledger SET ") + sets.join(u',') + QStringLiteral(" WHERE id = ?"));
    bindAll(q, e, QVariant());
    q.addBindValue(id);
    if (!m_db->exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        // The row vanished (the file was replaced under us): write it anew.
        qCWarning(lcStorage) << "ledger row" << id << "was gone at completion; inserting it again";
        return finish(0, e, error, newId);
    }
    if (newId)
        *newId = id;
    return true;
}

bool UsageLedger::adoptIntoConversation(qint64 id, qint64 conversationId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE usage_ledger SET conversation_id = ? WHERE id = ? AND conversation_id IS NULL"));
    q.addBindValue(conversationId);
    q.addBindValue(id);
    return m_db->exec(q, nullptr) && q.numRowsAffected() == 1;
}

bool UsageLedger::heartbeat(qint64 id, qint64 durationMs, qint64 ttftMs)
{
    if (id == 0)
        return false;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE usage_ledger SET duration_ms = ?, ttft_ms = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(durationMs);
    q.addBindValue(ttftMs >= 0 ? QVariant(ttftMs) : QVariant());
    q.addBindValue(id);
    return q.exec(); // best effort: the final write is the one that must not fail silently
}

int UsageLedger::recoverInterrupted()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, owner_pid FROM usage_ledger WHERE status = 'pending'")))
        return 0;
    QList<qint64> gone;
    while (q.next()) {
        if (processIsGone(q.value(1).toLongLong()))
            gone.append(q.value(0).toLongLong());
    }
    int recovered = 0;
    for (qint64 id : std::as_const(gone)) {
        QSqlQuery u(m_db->connection());
        u.prepare(QStringLiteral("UPDATE usage_ledger SET status = 'interrupted', error_kind = 'killed', owner_pid = NULL "
                                 "WHERE id = ? AND status = 'pending'"));
        u.addBindValue(id);
        if (m_db->exec(u, nullptr))
            recovered += u.numRowsAffected();
    }
    if (recovered)
        qCInfo(lcStorage) << recovered << "request(s) from a process that ended abruptly marked interrupted";
    return recovered;
}
