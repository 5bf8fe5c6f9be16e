#pragma once

#include "chat/Attachment.h"

#include <QHash>
#include <QList>

class Database;

// Attached files: each stored once by its SHA-256 (the blobs table) and linked to messages
// in order (message_attachments). A blob is removed by a trigger when the last message
// holding it is deleted. All SQL for attachments lives here.
class AttachmentStore final {
public:
    explicit AttachmentStore(Database* db);

    // Links the attachments to the message at positions 0, 1, … after any it has, storing
    // each blob unless it is stored already; one transaction, all or nothing.
    bool attach(qint64 messageId, const QList<Attachment>& attachments);
    // The attachments of these messages by message id, each list in order. withData false
    // reads everything but the bytes (chips, thumbnails loaded later with data()). complete
    // is false when a read failed or a file's bytes are not all there (the lists may then
    // lack files).
    QHash<qint64, QList<Attachment>> forMessages(const QList<qint64>& messageIds, bool withData = true,
                                                 bool* complete = nullptr) const;
    QByteArray data(const QString& hash) const; // empty when no such blob

private:
    Database* m_db;
};
