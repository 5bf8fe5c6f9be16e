#include "ConversationStore.h"

#include "Database.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "query failed:" << q.lastError().text();
    return false;
}

StoredMessage readMessage(const QSqlQuery& q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.role = q.value(2).toString();
    m.content = q.value(3).toString();
    m.reasoning = q.value(4).toString();
    m.model = q.value(5).toString();
    m.state = q.value(6).toString();
    m.notice = q.value(7).toString();
    m.createdAt = q.value(8).toLongLong();
    return m;
}

ConversationInfo readConversation(const QSqlQuery& q)
{
    return ConversationInfo { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong() };
}

const char* const kConversationColumns = "id, title, provider, model, created_at, updated_at";
const char* const kMessageColumns = "id, conversation_id, role, content, reasoning, model, state, notice, created_at";
} // namespace

ConversationStore::ConversationStore(Database* db)
    : m_db(db)
{
}

qint64 ConversationStore::create(const QString& title, const QString& provider, const QString& model)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO conversations(title, provider, model, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(title);
    q.addBindValue(provider);
    q.addBindValue(model);
    q.addBindValue(now);
    q.addBindValue(now);
    return run(q) ? q.lastInsertId().toLongLong() : 0;
}

bool ConversationStore::rename(qint64 id, const QString& title)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(id);
    return run(q) && q.numRowsAffected() == 1;
}

bool ConversationStore::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    return run(q) && q.numRowsAffected() == 1;
}

QList<ConversationInfo> ConversationStore::list() const
{
    QList<ConversationInfo> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM conversations ORDER BY updated_at DESC, id DESC")
                  .arg(QLatin1String(kConversationColumns)));
    if (!run(q))
        return out;
    while (q.next())
        out.append(readConversation(q));
    return out;
}

ConversationInfo ConversationStore::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kConversationColumns)));
    q.addBindValue(id);
    if (run(q) && q.next())
        return readConversation(q);
    return {};
}

qint64 ConversationStore::addMessage(qint64 conversationId, const QString& role, const QString& content,
                                     const QString& model, const QString& state)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO messages(conversation_id, role, content, model, state, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(role);
    q.addBindValue(nonNull(content));
    q.addBindValue(model);
    q.addBindValue(state);
    q.addBindValue(nowMs());
    if (!run(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    touch(conversationId);
    return id;
}

bool ConversationStore::updateMessage(qint64 messageId, const QString& content, const QString& reasoning,
                                      const QString& state, const QString& notice)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, state = ?, notice = ? WHERE id = ?"));
    q.addBindValue(nonNull(content));
    q.addBindValue(nonNull(reasoning));
    q.addBindValue(state);
    q.addBindValue(notice.isEmpty() ? QVariant() : QVariant(notice));
    q.addBindValue(messageId);
    return run(q);
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId) const
{
    QList<StoredMessage> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(conversationId);
    if (!run(q))
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

StoredMessage ConversationStore::message(qint64 messageId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)));
    q.addBindValue(messageId);
    if (run(q) && q.next())
        return readMessage(q);
    return {};
}

void ConversationStore::touch(qint64 conversationId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(conversationId);
    run(q);
}
