#include "ConversationSearch.h"

#include "Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

constexpr int kSnippetTokens = 12;
const QChar kStart(ConversationSearch::kMatchStart);
const QChar kEnd(ConversationSearch::kMatchEnd);
const QChar kReplacement(QChar::ReplacementCharacter);

// A word FTS5's unicode61 tokenizer would find something in: a letter, a number or a
// private-use character (the tokenizer's token characters).
bool hasTokenCharacter(const QString& word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

// FTS5 marks the same fragment with and without our marks; walking both, a character of
// the marked one that is not the next of the plain one is a mark. The text's own marks
// become U+FFFD, so the GUI never mistakes one for a match.
QString reconcile(const QString& marked, const QString& plain)
{
    if (!plain.contains(kStart) && !plain.contains(kEnd))
        return marked;
    QString out;
    out.reserve(marked.size());
    qsizetype j = 0;
    for (const QChar c : marked) {
        if (j < plain.size() && c == plain.at(j)) {
            out.append(c == kStart || c == kEnd ? kReplacement : c);
            ++j;
        } else {
            out.append(c); // one of ours
        }
    }
    return out;
}

} // namespace

ConversationSearch::ConversationSearch(Database* db)
    : m_db(db)
{
}

QString ConversationSearch::matchExpression(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!hasTokenCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last() += u'*'; // the word being typed
    return terms.join(u' ');
}

QString ConversationSearch::plainSnippet(const QString& snippet, QList<SnippetRange>* matches)
{
    QString plain;
    plain.reserve(snippet.size());
    int start = -1;
    for (const QChar c : snippet) {
        if (c == kStart) {
            start = int(plain.size());
        } else if (c == kEnd) {
            if (matches && start >= 0 && plain.size() > start)
                matches->append({ start, int(plain.size()) - start });
            start = -1;
        } else {
            plain.append(c);
        }
    }
    return plain;
}

QList<SearchHit> ConversationSearch::search(const QString& text, int limit) const
{
    m_error.clear();
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // bm25 is better when lower; a title that matches counts double, it names the whole chat.
    q.prepare(QStringLiteral(
        "SELECT conversation_id, message_id, title, marked, plain, role, updated_at FROM ("
        " SELECT c.id AS conversation_id, 0 AS message_id, c.title AS title,"
        "  highlight(conversations_fts, 0, :s1, :e1) AS marked, highlight(conversations_fts, 0, '', '') AS plain,"
        "  '' AS role, c.updated_at AS updated_at, 2.0 * bm25(conversations_fts) AS score"
        " FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid"
        " WHERE conversations_fts MATCH :q1"
        " UNION ALL"
        " SELECT c.id, m.id, c.title,"
        "  snippet(messages_fts, 0, :s2, :e2, :x2, :n2), snippet(messages_fts, 0, '', '', :x3, :n3),"
        "  m.role, c.updated_at, bm25(messages_fts)"
        " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH :q2"
        ") ORDER BY score, updated_at DESC, conversation_id DESC, message_id LIMIT :limit"));
    const QString ellipsis(QChar(0x2026));
    for (const char* name : { ":s1", ":s2" })
        q.bindValue(QLatin1String(name), QString(kStart));
    for (const char* name : { ":e1", ":e2" })
        q.bindValue(QLatin1String(name), QString(kEnd));
    for (const char* name : { ":x2", ":x3" })
        q.bindValue(QLatin1String(name), ellipsis);
    for (const char* name : { ":n2", ":n3" })
        q.bindValue(QLatin1String(name), kSnippetTokens);
    q.bindValue(QStringLiteral(":q1"), match);
    q.bindValue(QStringLiteral(":q2"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!m_db->exec(q, &m_error))
        return hits;
    while (q.next()) {
        SearchHit h;
        h.conversationId = q.value(0).toLongLong();
        h.messageId = q.value(1).toLongLong();
        h.title = q.value(2).toString();
        h.snippet = reconcile(q.value(3).toString(), q.value(4).toString());
        h.role = q.value(5).toString();
        h.updatedAt = q.value(6).toLongLong();
        hits.append(h);
    }
    return hits;
}

QList<SearchHit> ConversationSearch::bestPerConversation(const QString& text, int limit) const
{
    m_error.clear();
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // Ranks first, without snippets (a common word may match most messages); with MIN(),
    // SQLite takes the other columns from the row that has the minimum: the best hit.
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT conversation_id, message_id, role, title, updated_at, MIN(score) AS best FROM ("
        " SELECT c.id AS conversation_id, 0 AS message_id, '' AS role, c.title AS title, c.updated_at AS updated_at,"
        "  2.0 * bm25(conversations_fts) AS score"
        " FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid"
        " WHERE conversations_fts MATCH :q1"
        " UNION ALL"
        " SELECT c.id, m.id, m.role, c.title, c.updated_at, bm25(messages_fts)"
        " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH :q2"
        ") GROUP BY conversation_id ORDER BY best, updated_at DESC, conversation_id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":q1"), match);
    q.bindValue(QStringLiteral(":q2"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!m_db->exec(q, &m_error))
        return hits;
    while (q.next()) {
        SearchHit h;
        h.conversationId = q.value(0).toLongLong();
        h.messageId = q.value(1).toLongLong();
        h.role = q.value(2).toString();
        h.title = q.value(3).toString();
        h.updatedAt = q.value(4).toLongLong();
        hits.append(h);
    }
    q.finish();
    for (SearchHit& h : hits) {
        if (!snippetFor(match, &h))
            return {};
    }
    return hits;
}

bool ConversationSearch::snippetFor(const QString& match, SearchHit* hit) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (hit->messageId) {
        q.prepare(QStringLiteral("SELECT snippet(messages_fts, 0, :s, :e, :x, :n), snippet(messages_fts, 0, '', '', :x2, :n2)"
                                 " FROM messages_fts WHERE messages_fts MATCH :q AND rowid = :id"));
        q.bindValue(QStringLiteral(":x"), QString(QChar(0x2026)));
        q.bindValue(QStringLiteral(":x2"), QString(QChar(0x2026)));
        q.bindValue(QStringLiteral(":n"), kSnippetTokens);
        q.bindValue(QStringLiteral(":n2"), kSnippetTokens);
        q.bindValue(QStringLiteral(":id"), hit->messageId);
    } else {
        q.prepare(QStringLiteral("SELECT highlight(conversations_fts, 0, :s, :e), highlight(conversations_fts, 0, '', '')"
                                 " FROM conversations_fts WHERE conversations_fts MATCH :q AND rowid = :id"));
        q.bindValue(QStringLiteral(":id"), hit->conversationId);
    }
    q.bindValue(QStringLiteral(":s"), QString(kStart));
    q.bindValue(QStringLiteral(":e"), QString(kEnd));
    q.bindValue(QStringLiteral(":q"), match);
    if (!m_db->exec(q, &m_error))
        return false;
    if (q.next())
        hit->snippet = reconcile(q.value(0).toString(), q.value(1).toString());
    return true;
}

QList<ConversationSummary> ConversationSearch::summaries() const
{
    m_error.clear();
    QList<ConversationSummary> out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.title, c.provider, c.model,"
                             " (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id), c.created_at, c.updated_at"
                             " FROM conversations c ORDER BY c.updated_at DESC, c.id DESC"));
    if (!m_db->exec(q, &m_error))
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong() });
    }
    return out;
}
