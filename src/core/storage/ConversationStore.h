#pragma once

#include <QList>
#include <QString>

class Database;

struct ConversationInfo {
    qint64 id = 0;
    QString title;
    QString provider;
    QString model;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
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
};

// Conversations and messages; all SQL for them lives here.
class ConversationStore final {
public:
    explicit ConversationStore(Database* db);

    qint64 create(const QString& title, const QString& provider, const QString& model);
    bool rename(qint64 id, const QString& title);
    bool remove(qint64 id); // its messages go with it; ledger rows stay
    QList<ConversationInfo> list() const; // most recently used first
    ConversationInfo find(qint64 id) const;

    qint64 addMessage(qint64 conversationId, const QString& role, const QString& content,
                      const QString& model = {}, const QString& state = QStringLiteral("complete"));
    bool updateMessage(qint64 messageId, const QString& content, const QString& reasoning, const QString& state,
                       const QString& notice = {});
    QList<StoredMessage> messages(qint64 conversationId) const;
    StoredMessage message(qint64 messageId) const;

private:
    void touch(qint64 conversationId);
    Database* m_db;
};
