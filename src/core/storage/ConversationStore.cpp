#include "ConversationStore.h"

#include "AttachmentStore.h"
#include "Database.h"
#include "chat/ChatParams.h"
#include "util/Log.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
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
    m.parentId = q.value(9).toLongLong();
    return m;
}

// The ledger columns that follow the message columns in kMessageWithRequest.
void readRequest(const QSqlQuery& q, int at, StoredMessage* m)
{
    if (q.value(at).isNull())
        return;
    MessageRequest r;
    r.ledgerId = q.value(at).toLongLong();
    r.provider = q.value(at + 1).toString();
    r.modelServed = q.value(at + 2).toString();
    r.upstreamProvider = q.value(at + 3).toString();
    if (!q.value(at + 4).isNull())
        r.promptTokens = q.value(at + 4).toLongLong();
    if (!q.value(at + 5).isNull())
        r.completionTokens = q.value(at + 5).toLongLong();
    if (!q.value(at + 6).isNull() && !q.value(at + 7).isNull())
        r.cost = Money::fromStorage(q.value(at + 6).toLongLong(), q.value(at + 7).toLongLong());
    r.costSource = q.value(at + 8).toString();
    r.ttftMs = q.value(at + 9).isNull() ? -1 : q.value(at + 9).toLongLong();
    r.durationMs = q.value(at + 10).toLongLong();
    r.status = q.value(at + 11).toString();
    r.startedAtMs = q.value(at + 12).toLongLong();
    // at + 13 and + 14: the version counts.
    r.modelRequested = q.value(at + 15).toString();
    if (!q.value(at + 16).isNull()) {
        const QJsonArray models = QJsonDocument::fromJson(q.value(at + 16).toString().toUtf8())
                                      .object()
                                      .value(QLatin1String("models"))
                                      .toArray();
        for (qsizetype i = 1; i < models.size(); ++i)
            r.fallbackModels.append(models.at(i).toString());
    }
    m->request = r;
}

ConversationInfo readConversation(const QSqlQuery& q)
{
    return ConversationInfo { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                              q.value(6).toLongLong() };
}

const char* const kConversationColumns = "id, title, provider, model, created_at, updated_at, current_leaf";
const char* const kMessageColumns
    = "id, conversation_id, role, content, reasoning, model, state, notice, created_at, parent_id";
constexpr int kRequestAt = 10;
const char* const kMessageWithRequest
    = "SELECT m.id, m.conversation_id, m.role, m.content, m.reasoning, m.model, m.state, m.notice, m.created_at, "
      "m.parent_id, l.id, l.provider, l.model_served, l.upstream_provider, l.prompt_tokens, l.completion_tokens, "
      "l.cost_pico, l.cost_subpico, l.cost_source, l.ttft_ms, l.duration_ms, l.status, l.started_at, "
      "(SELECT COUNT(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id), "
      "(SELECT COUNT(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id "
      "AND s.id <= m.id), l.model_requested, l.routing "
      "FROM messages m LEFT JOIN usage_ledger l ON l.id = m.ledger_id";
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
    return addChild(conversationId, currentLeaf(conversationId), role, content, model, state);
}

qint64 ConversationStore::addChild(qint64 conversationId, qint64 parentId, const QString& role,
                                   const QString& content, const QString& model, const QString& state)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO messages(conversation_id, parent_id, role, content, model, state, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant());
    q.addBindValue(role);
    q.addBindValue(nonNull(content));
    q.addBindValue(model);
    q.addBindValue(state);
    q.addBindValue(nowMs());
    if (!run(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    setCurrentLeaf(conversationId, id);
    return id;
}

bool ConversationStore::setLedgerId(qint64 messageId, qint64 ledgerId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE messages SET ledger_id = ? WHERE id = ?"));
    q.addBindValue(ledgerId > 0 ? QVariant(ledgerId) : QVariant());
    q.addBindValue(messageId);
    return run(q);
}

bool ConversationStore::removeMessage(qint64 messageId)
{
    const StoredMessage m = message(messageId);
    if (!m.id)
        return false;
    const QVariant parent = m.parentId > 0 ? QVariant(m.parentId) : QVariant();
    QSqlDatabase db = m_db->connection();
    db.transaction();
    QSqlQuery up(db);
    up.prepare(QStringLiteral("UPDATE messages SET parent_id = ? WHERE parent_id = ?"));
    up.addBindValue(parent);
    up.addBindValue(messageId);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    del.addBindValue(messageId);
    if (!run(up) || !run(del)) {
        db.rollback();
        return false;
    }
    if (currentLeaf(m.conversationId) == messageId) {
        // The branch in view loses its last message: show the newest branch left under its
        // parent, or the newest message left when it was a first message.
        // Another version under the same parent stays in view rather than a branch
        // ending at the parent.
        qint64 leaf = m.parentId ? newestLeafUnder(m.parentId) : 0;
        if (!leaf) {
            QSqlQuery newest(db);
            newest.prepare(QStringLiteral("SELECT MAX(id) FROM messages WHERE conversation_id = ?"));
            newest.addBindValue(m.conversationId);
            if (run(newest) && newest.next())
                leaf = newest.value(0).toLongLong();
        }
        QSqlQuery set(db);
        set.prepare(QStringLiteral("UPDATE conversations SET current_leaf = ? WHERE id = ?"));
        set.addBindValue(leaf > 0 ? QVariant(leaf) : QVariant());
        set.addBindValue(m.conversationId);
        run(set);
    }
    return db.commit();
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

qint64 ConversationStore::currentLeaf(qint64 conversationId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT current_leaf FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    return run(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool ConversationStore::setCurrentLeaf(qint64 conversationId, qint64 messageId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE conversations SET current_leaf = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(messageId > 0 ? QVariant(messageId) : QVariant());
    q.addBindValue(nowMs());
    q.addBindValue(conversationId);
    return run(q);
}

bool ConversationStore::setModel(qint64 id, const QString& provider, const QString& model)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE conversations SET provider = ?, model = ? WHERE id = ?"));
    q.addBindValue(provider);
    q.addBindValue(model);
    q.addBindValue(id);
    return run(q);
}

ChatParams ConversationStore::settings(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT settings FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return {};
    QString error;
    const ChatParams params = ChatParams::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &error);
    if (!error.isEmpty()) // a value this version does not read is dropped, the rest kept
        qCWarning(lcStorage).noquote() << "conversation" << id << "settings:" << error;
    return params;
}

bool ConversationStore::setSettings(qint64 id, const ChatParams& settings)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE conversations SET settings = ? WHERE id = ?"));
    q.addBindValue(settings.isEmpty() ? QVariant()
                                      : QVariant(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    return run(q) && q.numRowsAffected() == 1;
}

namespace {
// The path from the root to a message: a walk up by primary key, root last in `up` (the
// deepest depth). The depth guard stops a cycle a damaged file might hold.
QString pathQuery(const QString& columns)
{
    // up's own names differ from messages' columns, so `columns` needs no prefix.
    return QStringLiteral("WITH RECURSIVE up(step, above, depth) AS ("
                          " SELECT id, parent_id, 0 FROM messages WHERE id = ?"
                          " UNION ALL SELECT m.id, m.parent_id, up.depth + 1 FROM messages m JOIN up ON m.id = up.above"
                          " WHERE up.depth < 1000000)"
                          " SELECT %1 FROM up JOIN messages ON messages.id = up.step ORDER BY up.depth DESC")
        .arg(columns);
}
} // namespace

QList<qint64> ConversationStore::pathTo(qint64 messageId) const
{
    QList<qint64> ids;
    if (messageId <= 0)
        return ids;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(pathQuery(QStringLiteral("id")));
    q.addBindValue(messageId);
    if (!run(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<StoredMessage> ConversationStore::messagesByIds(const QList<qint64>& ids) const
{
    QList<StoredMessage> out;
    if (ids.isEmpty())
        return out;
    QHash<qint64, StoredMessage> byId;
    // In slices: SQLite limits the number of bound parameters.
    constexpr int kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QList<qint64> slice = ids.mid(from, kSlice);
        QStringList marks;
        marks.reserve(slice.size());
        for (qsizetype i = 0; i < slice.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(QLatin1String(kMessageWithRequest) + QStringLiteral(" WHERE m.id IN (%1)").arg(marks.join(u',')));
        for (qint64 id : slice)
            q.addBindValue(id);
        if (!run(q))
            return out;
        while (q.next()) {
            StoredMessage m = readMessage(q);
            readRequest(q, kRequestAt, &m);
            m.versionCount = q.value(kRequestAt + 13).toInt();
            m.versionIndex = q.value(kRequestAt + 14).toInt();
            byId.insert(m.id, m);
        }
    }
    out.reserve(ids.size());
    const QHash<qint64, QList<Attachment>> files = AttachmentStore(m_db).forMessages(ids, false);
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd()) {
            out.append(*it);
            out.last().attachments = files.value(id);
        }
    }
    return out;
}

QList<StoredMessage> ConversationStore::branch(qint64 conversationId) const
{
    return turnsTo(currentLeaf(conversationId));
}

QList<StoredMessage> ConversationStore::turnsTo(qint64 messageId, bool withFileData, bool* filesRead) const
{
    QList<StoredMessage> out;
    if (filesRead)
        *filesRead = true;
    if (messageId <= 0)
        return out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(pathQuery(QLatin1String(kMessageColumns)));
    q.addBindValue(messageId);
    if (!run(q))
        return out;
    QList<qint64> ids;
    while (q.next()) {
        out.append(readMessage(q));
        ids.append(out.last().id);
    }
    const QHash<qint64, QList<Attachment>> files = AttachmentStore(m_db).forMessages(ids, withFileData, filesRead);
    if (!files.isEmpty()) {
        for (StoredMessage& m : out)
            m.attachments = files.value(m.id);
    }
    return out;
}

QList<qint64> ConversationStore::siblings(qint64 messageId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT s.id FROM messages s JOIN messages m ON m.id = ? "
                             "WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id ORDER BY s.id"));
    q.addBindValue(messageId);
    if (!run(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 ConversationStore::newestLeafUnder(qint64 messageId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("WITH RECURSIVE down(id, depth) AS (SELECT ?, 0"
                             " UNION ALL SELECT m.id, down.depth + 1 FROM messages m JOIN down ON m.parent_id = down.id"
                             " WHERE down.depth < 1000000)"
                             " SELECT MAX(id) FROM down"));
    q.addBindValue(messageId);
    return run(q) && q.next() ? q.value(0).toLongLong() : messageId;
}
