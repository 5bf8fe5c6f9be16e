#pragma once

#include "chat/Attachment.h"
#include "chat/ChatParams.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QByteArray;
class QJsonArray;
class QJsonObject;

// A message as a file describes it: its own key and its parent's (empty: a first message).
struct ArchivedMessage {
    QString key;
    QString parentKey;
    QString role; // system | user | assistant
    QString content;
    QString reasoning;
    QString model;  // null: none
    QString state = QStringLiteral("complete");
    QString notice; // null: none
    qint64 createdAt = 0;
    QList<Attachment> attachments; // with their bytes, checked as files attached are
};

// A conversation read from a file, its messages ordered parents first (the order they are
// written in: ids grow down the tree) and, between branches, in the order they were written.
struct ArchivedConversation {
    QString title;
    QString provider; // null: none
    QString model;    // null: none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString currentKey; // the leaf in view; empty: none
    ChatParams settings; // the chat's own system prompt and parameters
    bool hasSettings = false;
    QList<ArchivedMessage> messages;
};

// Reads an archive of conversations from bytes, the format found from the content:
// Switchyard JSON (one conversation, an array of them or {"conversations": [...]}) or
// the conversations.json of a ChatGPT data export. Nothing is written; a file that
// cannot be read whole gets one sentence saying what is wrong and what to do.
class ArchiveReader final {
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    enum class Format { Unknown, Switchyard, ChatGpt };

    static constexpr qint64 kMaxBytes = qint64(1) << 30; // 1 GiB: past that, the parse is refused

    bool read(const QByteArray& bytes);
    Format format() const { return m_format; }
    const QList<ArchivedConversation>& conversations() const { return m_conversations; }
    QString error() const { return m_error; }
    qint64 messageCount() const;

    // "switchyard-conversation", the marker of the Switchyard format, and its version.
    static QString formatMarker();
    static int formatVersion();

private:
    bool readSwitchyardList(const QJsonArray& list);
    bool readSwitchyard(const QJsonObject& object, int index);
    bool readChatGptList(const QJsonArray& list);
    bool readChatGpt(const QJsonObject& object, int index);
    bool fail(const QString& sentence);

    Format m_format = Format::Unknown;
    QList<ArchivedConversation> m_conversations;
    QString m_error;
};
