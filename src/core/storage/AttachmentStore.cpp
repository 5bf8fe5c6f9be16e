#include "AttachmentStore.h"

#include "Database.h"
#include "util/Log.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "attachment query failed:" << q.lastError().text();
    return false;
}
} // namespace

AttachmentStore::AttachmentStore(Database* db)
    : m_db(db)
{
}

bool AttachmentStore::attach(qint64 messageId, const QList<Attachment>& attachments)
{
    if (attachments.isEmpty())
        return true;
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return false;
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM message_attachments WHERE message_id = ?"));
    next.addBindValue(messageId);
    if (!run(next) || !next.next()) {
        db.rollback();
        return false;
    }
    int position = next.value(0).toInt();
    QSqlQuery blob(db);
    blob.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs(hash, mime, size, data) VALUES (?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO message_attachments(message_id, position, blob_hash, filename, kind) "
                                "VALUES (?, ?, ?, ?, ?)"));
    for (const Attachment& a : attachments) {
        const QString hash = Attachment::hashOf(a.data); // never trust a caller's hash for the key
        blob.bindValue(0, hash);
        blob.bindValue(1, a.mime);
        blob.bindValue(2, qint64(a.data.size()));
        blob.bindValue(3, a.data);
        link.bindValue(0, messageId);
        link.bindValue(1, position++);
        link.bindValue(2, hash);
        link.bindValue(3, a.filename);
        link.bindValue(4, Attachment::kindName(a.kind));
        if (a.data.isEmpty() || !run(blob) || !run(link)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QHash<qint64, QList<Attachment>> AttachmentStore::forMessages(const QList<qint64>& messageIds, bool withData,
                                                               bool* complete) const
{
    QHash<qint64, QList<Attachment>> out;
    if (complete)
        *complete = true;
    // In slices: SQLite limits the number of bound parameters.
    constexpr int kSlice = 500;
    for (qsizetype from = 0; from < messageIds.size(); from += kSlice) {
        const QList<qint64> slice = messageIds.mid(from, kSlice);
        QStringList marks;
        for (qsizetype i = 0; i < slice.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT a.message_id, a.kind, a.filename, b.hash, b.mime, b.size, %1 "
                                 "FROM message_attachments a JOIN blobs b ON b.hash = a.blob_hash "
                                 "WHERE a.message_id IN (%2) ORDER BY a.message_id, a.position")
                      .arg(withData ? QStringLiteral("b.data") : QStringLiteral("NULL"), marks.join(u',')));
        for (qint64 id : slice)
            q.addBindValue(id);
        if (!run(q)) {
            if (complete)
                *complete = false;
            return out;
        }
        while (q.next()) {
            Attachment a;
            a.kind = Attachment::kindFromName(q.value(1).toString()).value_or(Attachment::Kind::Text);
            a.filename = q.value(2).toString();
            a.hash = q.value(3).toString();
            a.mime = q.value(4).toString();
            a.size = q.value(5).toLongLong();
            a.data = q.value(6).toByteArray();
            if (withData && a.data.size() != a.size && complete)
                *complete = false; // a damaged blob: sending it would send another file
            out[q.value(0).toLongLong()].append(a);
        }
    }
    return out;
}

QByteArray AttachmentStore::data(const QString& hash) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT data FROM blobs WHERE hash = ?"));
    q.addBindValue(hash);
    return run(q) && q.next() ? q.value(0).toByteArray() : QByteArray();
}
