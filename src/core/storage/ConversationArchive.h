#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class QByteArray;

// What an import added.
struct ImportSummary {
    QList<qint64> conversationIds; // in the order of the file
    qint64 messages = 0;
    QString format; // "switchyard" or "chatgpt"
};

// One conversation out as Markdown or Switchyard JSON, and conversations in from
// Switchyard JSON or a ChatGPT data export (ArchiveReader says which, from the content).
//
// Switchyard JSON, version 1: an object
//   {"format": "switchyard-conversation", "version": 1, "title", "provider", "model",
//    "created_at", "updated_at", "current_leaf", "messages": [{"id", "parent", "role",
//    "content", "reasoning", "model", "state", "notice", "created_at"}, ...]}
// with every message of every branch in id order; times are ms since the epoch (UTC),
// absent values are null. An import takes one such object, an array of them, or
// {"conversations": [...]}.
//
// An import is all or nothing: the whole file is read and checked first, then written in
// one transaction on the database's connection. Parents are inserted before their
// children, so ids grow down the tree and the newest id under a message is a leaf.
class ConversationArchive final {
    Q_DECLARE_TR_FUNCTIONS(ConversationArchive)
    Q_DISABLE_COPY_MOVE(ConversationArchive)

public:
    enum class Failure { None, NotFound, BadInput, Storage };

    explicit ConversationArchive(Database* db);

    // The branch in view: title, then each message under its role (and model), its notice
    // after it. Code fences a message left open are closed so the next heading shows.
    QString toMarkdown(qint64 conversationId) const;
    // Every message of every branch; see above. Empty on failure.
    QString toJson(qint64 conversationId) const;

    bool importArchive(const QByteArray& bytes, ImportSummary* summary);

    Failure failure() const { return m_failure; }
    QString error() const { return m_error; } // one sentence: what went wrong, what to do

private:
    bool fail(Failure failure, const QString& sentence) const;

    Database* m_db;
    mutable Failure m_failure = Failure::None;
    mutable QString m_error;
};
