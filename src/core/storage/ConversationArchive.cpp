#include "ConversationArchive.h"

#include "ArchiveReader.h"
#include "AttachmentStore.h"
#include "ConversationStore.h"
#include "Database.h"
#include "util/Log.h"
#include "util/TextFormat.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

struct Row {
    qint64 id = 0;
    qint64 parentId = 0;
    QString role;
    QString content;
    QString reasoning;
    QString model;
    QString state;
    QString notice;
    qint64 createdAt = 0;
};

struct Header {
    QString title;
    QString provider;
    QString model;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 currentLeaf = 0;
};

// The files of these rows (with their bytes, or names and sizes only).
QHash<qint64, QList<Attachment>> filesOf(Database* db, const QList<Row>& rows, bool withData = true)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Row& r : rows)
        ids.append(r.id);
    return AttachmentStore(db).forMessages(ids, withData);
}

QString jsonText(const QString& s)
{
    return s.isNull() ? QStringLiteral("null") : TextFormat::jsonString(s);
}

QString jsonId(qint64 id)
{
    return id > 0 ? QString::number(id) : QStringLiteral("null");
}

// A null QString binds as SQL NULL, which is what an absent value is.
QVariant textOrNull(const QString& s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

// The fence a message left open, if any ("```" or "~~~" of some length), so the
// Markdown that follows it is not read as code.
QString openFence(const QString& text)
{
    static const QRegularExpression fenceLine(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
    QString open;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QRegularExpressionMatch m = fenceLine.match(line.toString());
        if (!m.hasMatch())
            continue;
        const QString fence = m.captured(1);
        if (open.isEmpty()) {
            // A backtick fence's info string may not hold a backtick.
            if (fence.at(0) == u'`' && m.captured(2).contains(u'`'))
                continue;
            open = fence;
        } else if (fence.at(0) == open.at(0) && fence.size() >= open.size() && m.captured(2).trimmed().isEmpty()) {
            open.clear();
        }
    }
    return open;
}

} // namespace

ConversationArchive::ConversationArchive(Database* db)
    : m_db(db)
{
}

bool ConversationArchive::fail(Failure failure, const QString& sentence) const
{
    m_failure = failure;
    m_error = sentence;
    return false;
}

namespace {

// Reads the conversation's row and every message; false with the failure set otherwise.
bool readConversation(Database* db, qint64 id, Header* header, QList<Row>* rows, QString* error, bool* found)
{
    *found = false;
    QSqlQuery c(db->connection());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT title, provider, model, created_at, updated_at, current_leaf "
                             "FROM conversations WHERE id = ?"));
    c.addBindValue(id);
    if (!db->exec(c, error))
        return false;
    if (!c.next())
        return true;
    *found = true;
    *header = { c.value(0).toString(), c.value(1).toString(), c.value(2).toString(), c.value(3).toLongLong(),
                c.value(4).toLongLong(), c.value(5).toLongLong() };
    QSqlQuery m(db->connection());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT id, parent_id, role, content, reasoning, model, state, notice, created_at "
                             "FROM messages WHERE conversation_id = ? ORDER BY id"));
    m.addBindValue(id);
    if (!db->exec(m, error))
        return false;
    while (m.next()) {
        rows->append({ m.value(0).toLongLong(), m.value(1).toLongLong(), m.value(2).toString(), m.value(3).toString(),
                       m.value(4).toString(), m.value(5).toString(), m.value(6).toString(), m.value(7).toString(),
                       m.value(8).toLongLong() });
    }
    return true;
}

} // namespace

QString ConversationArchive::toMarkdown(qint64 conversationId) const
{
    m_failure = Failure::None;
    m_error.clear();
    Header h;
    QList<Row> rows;
    bool found = false;
    if (!readConversation(m_db, conversationId, &h, &rows, &m_error, &found)) {
        fail(Failure::Storage, m_error);
        return {};
    }
    if (!found) {
        fail(Failure::NotFound, tr("There is no conversation %1; list them with `switchyard chats`.").arg(conversationId));
        return {};
    }
    // The branch in view: up from the current leaf (a cycle in a damaged file stops the walk).
    QHash<qint64, int> at;
    for (int i = 0; i < rows.size(); ++i)
        at.insert(rows.at(i).id, i);
    QList<int> branch;
    QSet<qint64> seen;
    for (qint64 id = h.currentLeaf; id > 0 && at.contains(id) && !seen.contains(id); id = rows.at(at.value(id)).parentId) {
        seen.insert(id);
        branch.prepend(at.value(id));
    }

    const QHash<qint64, QList<Attachment>> mdFiles = filesOf(m_db, rows, false);
    QString md = QStringLiteral("# ") + TextFormat::printableLine(h.title, 1000) + QStringLiteral("\n\n");
    QStringList about;
    for (const QString& part : { h.provider, h.model }) {
        if (!part.isEmpty())
            about.append(TextFormat::printableLine(part, 200));
    }
    about.append(QDateTime::fromMSecsSinceEpoch(h.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    md += u'*' + about.join(QStringLiteral(" · ")) + QStringLiteral("*\n");
    for (int i : std::as_const(branch)) {
        const Row& r = rows.at(i);
        QString heading = r.role == QLatin1String("user")        ? tr("User")
                          : r.role == QLatin1String("assistant") ? tr("Assistant")
                                                                 : tr("System");
        if (!r.model.isEmpty())
            heading += QStringLiteral(" · ") + TextFormat::printableLine(r.model, 200);
        md += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
        const QList<Attachment> attached = mdFiles.value(r.id);
        if (!attached.isEmpty()) {
            QStringList names;
            for (const Attachment& a : attached)
                names.append(TextFormat::printableLine(a.filename, 200));
            md += tr("*Files: %1*").arg(names.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
        }
        if (!r.content.isEmpty()) {
            md += r.content;
            if (!r.content.endsWith(u'\n'))
                md += u'\n';
            const QString fence = openFence(r.content);
            if (!fence.isEmpty())
                md += fence + u'\n';
        }
        if (!r.notice.isEmpty())
            md += u'\n' + tr("> **Notice:** %1").arg(TextFormat::printableLine(r.notice, 2000)) + u'\n';
    }
    return md;
}

QString ConversationArchive::toJson(qint64 conversationId) const
{
    m_failure = Failure::None;
    m_error.clear();
    Header h;
    QList<Row> rows;
    bool found = false;
    if (!readConversation(m_db, conversationId, &h, &rows, &m_error, &found)) {
        fail(Failure::Storage, m_error);
        return {};
    }
    if (!found) {
        fail(Failure::NotFound, tr("There is no conversation %1; list them with `switchyard chats`.").arg(conversationId));
        return {};
    }
    // Written by hand: fields in a fixed order, the marker first, ids and times exact.
    const QString n = QStringLiteral(",\n  \"");
    QString json = QStringLiteral("{\n  \"format\": ") + TextFormat::jsonString(ArchiveReader::formatMarker())
        + n + QStringLiteral("version\": ") + QString::number(ArchiveReader::formatVersion())
        + n + QStringLiteral("title\": ") + jsonText(h.title)
        + n + QStringLiteral("provider\": ") + jsonText(h.provider)
        + n + QStringLiteral("model\": ") + jsonText(h.model)
        + n + QStringLiteral("created_at\": ") + QString::number(h.createdAt)
        + n + QStringLiteral("updated_at\": ") + QString::number(h.updatedAt)
        + n + QStringLiteral("current_leaf\": ") + jsonId(h.currentLeaf);
    const ChatParams settings = ConversationStore(m_db).settings(conversationId);
    if (!settings.isEmpty())
        json += n + QStringLiteral("settings\": ") + QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    json += n + QStringLiteral("messages\": [");
    const QHash<qint64, QList<Attachment>> files = filesOf(m_db, rows);
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        const QString f = QStringLiteral(", \"");
        json += (i ? QStringLiteral(",\n    {\"") : QStringLiteral("\n    {\"")) + QStringLiteral("id\": ") + QString::number(r.id)
            + f + QStringLiteral("parent\": ") + jsonId(r.parentId)
            + f + QStringLiteral("role\": ") + jsonText(r.role)
            + f + QStringLiteral("content\": ") + TextFormat::jsonString(r.content)
            + f + QStringLiteral("reasoning\": ") + TextFormat::jsonString(r.reasoning)
            + f + QStringLiteral("model\": ") + jsonText(r.model)
            + f + QStringLiteral("state\": ") + jsonText(r.state)
            + f + QStringLiteral("notice\": ") + jsonText(r.notice)
            + f + QStringLiteral("created_at\": ") + QString::number(r.createdAt);
        const QList<Attachment> attached = files.value(r.id);
        if (!attached.isEmpty()) {
            json += f + QStringLiteral("files\": [");
            for (int k = 0; k < attached.size(); ++k) {
                const Attachment& a = attached.at(k);
                json += (k ? QStringLiteral(", {\"") : QStringLiteral("{\"")) + QStringLiteral("name\": ")
                    + TextFormat::jsonString(a.filename) + f + QStringLiteral("kind\": ") + TextFormat::jsonString(Attachment::kindName(a.kind))
                    + f + QStringLiteral("mime\": ") + TextFormat::jsonString(a.mime) + f + QStringLiteral("data\": \"")
                    + QString::fromLatin1(a.data.toBase64()) + QStringLiteral("\"}");
            }
            json += u']';
        }
        json += u'}';
    }
    json += rows.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return json;
}

bool ConversationArchive::importArchive(const QByteArray& bytes, ImportSummary* summary)
{
    m_failure = Failure::None;
    m_error.clear();
    *summary = {};
    ArchiveReader reader;
    if (!reader.read(bytes))
        return fail(Failure::BadInput, reader.error());

    QSqlDatabase db = m_db->connection();
    QString error;
    QSqlQuery begin(db);
    if (!m_db->exec(begin, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return fail(Failure::Storage, error);
    const auto rollBack = [&](const QString& sentence) {
        QSqlQuery end(db);
        if (!end.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rolling back an import failed";
        return fail(Failure::Storage, sentence);
    };
    QSqlQuery conversation(db);
    conversation.prepare(QStringLiteral("INSERT INTO conversations(title, provider, model, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery message(db);
    message.prepare(QStringLiteral("INSERT INTO messages(conversation_id, parent_id, role, content, reasoning, model, "
                                   "state, notice, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery leaf(db);
    leaf.prepare(QStringLiteral("UPDATE conversations SET current_leaf = ?, settings = ? WHERE id = ?"));
    QSqlQuery blob(db);
    blob.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs(hash, mime, size, data) VALUES (?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO message_attachments(message_id, position, blob_hash, filename, kind) "
                                "VALUES (?, ?, ?, ?, ?)"));
    for (const ArchivedConversation& c : reader.conversations()) {
        conversation.addBindValue(c.title);
        conversation.addBindValue(textOrNull(c.provider));
        conversation.addBindValue(textOrNull(c.model));
        conversation.addBindValue(c.createdAt);
        conversation.addBindValue(c.updatedAt);
        if (!m_db->exec(conversation, &error))
            return rollBack(error);
        const qint64 conversationId = conversation.lastInsertId().toLongLong();
        QHash<QString, qint64> idOf;
        idOf.reserve(c.messages.size());
        for (const ArchivedMessage& m : c.messages) {
            message.addBindValue(conversationId);
            message.addBindValue(m.parentKey.isEmpty() ? QVariant() : QVariant(idOf.value(m.parentKey)));
            message.addBindValue(m.role);
            message.addBindValue(m.content.isNull() ? QStringLiteral("") : m.content);
            message.addBindValue(m.reasoning.isNull() ? QStringLiteral("") : m.reasoning);
            message.addBindValue(textOrNull(m.model));
            message.addBindValue(m.state);
            message.addBindValue(textOrNull(m.notice));
            message.addBindValue(m.createdAt);
            if (!m_db->exec(message, &error))
                return rollBack(error);
            const qint64 messageId = message.lastInsertId().toLongLong();
            idOf.insert(m.key, messageId);
            for (int k = 0; k < m.attachments.size(); ++k) {
                const Attachment& a = m.attachments.at(k);
                blob.addBindValue(a.hash);
                blob.addBindValue(a.mime);
                blob.addBindValue(a.size);
                blob.addBindValue(a.data);
                link.addBindValue(messageId);
                link.addBindValue(k);
                link.addBindValue(a.hash);
                link.addBindValue(a.filename);
                link.addBindValue(Attachment::kindName(a.kind));
                if (!m_db->exec(blob, &error) || !m_db->exec(link, &error))
                    return rollBack(error);
            }
        }
        leaf.addBindValue(c.currentKey.isEmpty() ? QVariant() : QVariant(idOf.value(c.currentKey)));
        leaf.addBindValue(c.hasSettings ? QVariant(QString::fromUtf8(QJsonDocument(c.settings.toJson()).toJson(QJsonDocument::Compact)))
                                        : QVariant());
        leaf.addBindValue(conversationId);
        if (!m_db->exec(leaf, &error))
            return rollBack(error);
        summary->conversationIds.append(conversationId);
        summary->messages += c.messages.size();
    }
    conversation.finish();
    message.finish();
    leaf.finish();
    blob.finish();
    link.finish();
    QSqlQuery commit(db);
    if (!m_db->exec(commit, QStringLiteral("COMMIT"), &error)) {
        *summary = {};
        return rollBack(error);
    }
    summary->format = reader.format() == ArchiveReader::Format::ChatGpt ? QStringLiteral("chatgpt")
                                                                         : QStringLiteral("switchyard");
    return true;
}
