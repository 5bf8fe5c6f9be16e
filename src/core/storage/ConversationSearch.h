#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// One place where a search matched: a conversation's title (messageId 0) or one message.
struct SearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0: the title matched
    QString title;
    // The matching text, each match between ConversationSearch::kMatchStart and kMatchEnd;
    // a message's snippet is a few words around the match, "…" where text was cut. Never HTML.
    QString snippet;
    QString role; // the message's role; empty for a title hit
    qint64 updatedAt = 0; // the conversation's, ms since the epoch
};

// A conversation with the number of its messages (every branch): the CLI's list.
struct ConversationSummary {
    qint64 id = 0;
    QString title;
    QString provider;
    QString model;
    qint64 messageCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A part of a snippet, for a view that draws the matches in bold.
struct SnippetRange {
    int start = 0;  // in the plain text
    int length = 0;
};

// Full-text search over titles (conversations_fts) and message text (messages_fts),
// best first. What a user types is never FTS5 syntax: every word is matched as a quoted
// term, the last one as a prefix (so results follow typing), words of punctuation only
// are dropped, and a query with no words finds nothing without asking SQLite.
class ConversationSearch final {
    Q_DECLARE_TR_FUNCTIONS(ConversationSearch)
    Q_DISABLE_COPY_MOVE(ConversationSearch)

public:
    // Private-use characters around each match in SearchHit::snippet. The text's own
    // U+E000 and U+E001, if any, are shown as U+FFFD, so every mark is one of ours.
    static constexpr char16_t kMatchStart = 0xE000;
    static constexpr char16_t kMatchEnd = 0xE001;

    explicit ConversationSearch(Database* db);

    // Every hit, best first: a conversation may appear once per matching message.
    QList<SearchHit> search(const QString& text, int limit = 200) const;
    // The best hit of each matching conversation, best first: the list of matching chats.
    QList<SearchHit> bestPerConversation(const QString& text, int limit = 200) const;
    // Every conversation, most recently used first, with its message count.
    QList<ConversationSummary> summaries() const;
    // The sentence of the last read that failed; empty after one that worked.
    QString error() const { return m_error; }

    // The FTS5 MATCH expression for what a user typed; empty when it has no words.
    static QString matchExpression(const QString& text);
    // The snippet without its marks, and where the matches are in it.
    static QString plainSnippet(const QString& snippet, QList<SnippetRange>* matches = nullptr);

private:
    bool snippetFor(const QString& match, SearchHit* hit) const;

    Database* m_db;
    mutable QString m_error;
};
