#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

#include <memory>

class ConversationStore;
class QSize;
struct StoredMessage;

// The messages of the branch in view of one conversation, root first. Only the newest
// page is read when a conversation opens; older pages are read as the view scrolls up
// (canFetchMore/fetchMore prepend them). Streaming text is appended in memory and the
// row reports it as changed; the store is the ChatRunner's to write.
class MessageListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RoleRole,
        ContentRole,
        ReasoningRole,
        ModelRole,
        StateRole,
        NoticeRole,
        SiblingIndexRole, // 1-based position among the versions of this message
        SiblingCountRole,
        RevisionRole, // grows whenever the row's text changes: a cache key for views
    };
    static constexpr int kPageSize = 40;

    explicit MessageListModel(ConversationStore* store, QObject* parent = nullptr);
    ~MessageListModel() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    // Re-reads the branch in view (after a switch, an edit, a removal), keeping at least
    // as many rows loaded as before.
    void reload();
    // The branch in view grew at its end (a question and its answer were added under its
    // last row): the new rows are inserted, no reset. False, with nothing changed, when the
    // branch changed in any other way; reload() then.
    bool appendToBranch();
    // A stored image's thumbnail, at most `box` (decoded at that size where the format
    // allows, cached by content); null when it cannot be read or decoded.
    QImage thumbnail(const QString& hash, const QSize& box) const;
    // A stored file's bytes (Save As…).
    QByteArray fileData(const QString& hash) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const StoredMessage& messageAt(int row) const;
    int rowOfId(qint64 messageId) const;
    // Messages in the whole branch, loaded or not.
    qsizetype branchLength() const { return m_path.size(); }

    // Live text of a streaming answer (not written to the store from here).
    void appendText(qint64 messageId, const QString& text);
    void appendReasoning(qint64 messageId, const QString& text);
    // Replaces a streaming answer's text with what has arrived so far.
    void setLiveText(qint64 messageId, const QString& text, const QString& reasoning);
    // Reads one message again from the store (its final text, notice and request).
    void refreshMessage(qint64 messageId);

private:
    void touched(int row);

    ConversationStore* m_store;
    qint64 m_conversationId = 0;
    QList<qint64> m_path; // ids of the whole branch, root first
    std::unique_ptr<QList<StoredMessage>> m_rows; // the loaded tail of m_path
    QList<quint32> m_revisions;
    quint32 m_nextRevision = 1;
    bool m_changing = false; // inside a reset or an insertion
    mutable QHash<QString, QImage> m_thumbnails; // by hash; cleared past kThumbnailsKept
    static constexpr int kThumbnailsKept = 64;
};
