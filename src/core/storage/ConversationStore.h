#pragma once

#include "chat/Attachment.h"
#include "money/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
struct ChatParams;

struct ConversationInfo {
    qint64 id = 0;
    QString title;
    QString provider;
    QString model;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 currentLeaf = 0; // the last message of the branch in view
};

// The request behind an answer, read from its ledger row (the reply's footer).
struct MessageRequest {
    qint64 ledgerId = 0;
    QString provider;
    QString modelRequested;
    QString modelServed;
    QStringList fallbackModels; // the fallbacks the request sent (its routing's "models" after the first)
    QString upstreamProvider;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<Money::Amount> cost;
    QString costSource; // reported | computed | local | unknown
    qint64 ttftMs = -1;
    qint64 durationMs = 0;
    QString status;
    qint64 startedAtMs = 0;
};

struct StoredMessage {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString role;
    QString content;
    QString reasoning;
    QString model;
    QString state; // complete | streaming | interrupted
    QString notice;
    qint64 createdAt = 0;
    qint64 parentId = 0; // 0: a first message
    std::optional<MessageRequest> request; // answers only, when the ledger has the row
    int versionIndex = 1; // 1-based among the messages sharing its parent (messagesByIds only)
    int versionCount = 1;
    // Its files in order: with their bytes from turnsTo (they are sent again), without
    // from messagesByIds (AttachmentStore::data reads one when it is shown).
    QList<Attachment> attachments = {};
};

// Conversations and messages; all SQL for them lives here. Messages form a tree: an
// edited question or a regenerated answer is a sibling of the one it replaces. The
// conversation remembers its current leaf; the branch in view is the path from the
// root to it, and that path is what a request sends.
class ConversationStore final {
public:
    explicit ConversationStore(Database* db);
    Database* database() const { return m_db; }

    qint64 create(const QString& title, const QString& provider, const QString& model);
    bool rename(qint64 id, const QString& title);
    bool remove(qint64 id); // its messages go with it; ledger rows stay
    QList<ConversationInfo> list() const; // most recently used first
    ConversationInfo find(qint64 id) const;

    bool setModel(qint64 id, const QString& provider, const QString& model);
    // The conversation's own system prompt and parameters, stored with it as JSON; empty
    // when it has none (a new conversation starts from AppSettings::defaultChatParams or a
    // preset, which the caller writes here).
    ChatParams settings(qint64 id) const;
    bool setSettings(qint64 id, const ChatParams& settings);

    // Appends after the current leaf and makes the new message the leaf.
    qint64 addMessage(qint64 conversationId, const QString& role, const QString& content,
                      const QString& model = {}, const QString& state = QStringLiteral("complete"));
    // A message under parentId (0: a new root), made the current leaf.
    qint64 addChild(qint64 conversationId, qint64 parentId, const QString& role, const QString& content,
                    const QString& model = {}, const QString& state = QStringLiteral("complete"));
    bool setLedgerId(qint64 messageId, qint64 ledgerId);
    // Removes one message; its children move up to its parent, so nothing below is lost.
    bool removeMessage(qint64 messageId);
    bool updateMessage(qint64 messageId, const QString& content, const QString& reasoning, const QString& state,
                       const QString& notice = {});
    QList<StoredMessage> messages(qint64 conversationId) const; // every branch, in the order written
    StoredMessage message(qint64 messageId) const;

    qint64 currentLeaf(qint64 conversationId) const;
    bool setCurrentLeaf(qint64 conversationId, qint64 messageId);
    // Root first. Ids only: cheap for any length, the rows are read a page at a time.
    QList<qint64> pathTo(qint64 messageId) const;
    // The rows of these ids, in the same order, with their requests.
    QList<StoredMessage> messagesByIds(const QList<qint64>& ids) const;
    // The path from the root to this message, root first, without requests and version
    // counts, with each message's attachments and their bytes: what a request sends.
    // withFileData false reads the files without their bytes; filesRead (when given) is false
    // when a file could not be read whole.
    QList<StoredMessage> turnsTo(qint64 messageId, bool withFileData = true, bool* filesRead = nullptr) const;
    // The branch in view, root first, as turnsTo reads it.
    QList<StoredMessage> branch(qint64 conversationId) const;
    // The messages sharing this one's parent (itself included), oldest first.
    QList<qint64> siblings(qint64 messageId) const;
    // The newest message below (or at) this one: the leaf of the branch last worked on.
    qint64 newestLeafUnder(qint64 messageId) const;

private:
    Database* m_db;
};
