#include "MessageListModel.h"

#include "storage/AttachmentStore.h"
#include "storage/ConversationStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QScopedValueRollback>

MessageListModel::MessageListModel(ConversationStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_rows(std::make_unique<QList<StoredMessage>>())
{
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(qint64 conversationId)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_conversationId = conversationId;
    m_path = conversationId ? m_store->pathTo(m_store->currentLeaf(conversationId)) : QList<qint64>();
    const QList<qint64> tail = m_path.mid(qMax<qsizetype>(0, m_path.size() - kPageSize));
    *m_rows = m_store->messagesByIds(tail);
    if (m_rows->size() != tail.size()) {
        // Rows that could not be read leave the path, so the loaded rows stay its tail.
        m_path.resize(m_path.size() - tail.size());
        for (const StoredMessage& m : std::as_const(*m_rows))
            m_path.append(m.id);
    }
    m_revisions.clear();
    for (qsizetype i = 0; i < m_rows->size(); ++i)
        m_revisions.append(m_nextRevision++);
    endResetModel();
}

void MessageListModel::reload()
{
    const qsizetype loaded = m_rows->size();
    setConversation(m_conversationId);
    while (m_rows->size() < loaded && canFetchMore({}))
        fetchMore({});
}

bool MessageListModel::appendToBranch()
{
    if (!m_conversationId)
        return false;
    // From the conversation's current leaf up to the end of the branch in view: a question
    // and its answer, a few rows at most. Anything else is not an extension.
    QList<qint64> added;
    qint64 id = m_store->currentLeaf(m_conversationId);
    const qint64 end = m_path.isEmpty() ? 0 : m_path.constLast();
    while (id && id != end && added.size() < 4) {
        added.prepend(id);
        id = m_store->message(id).parentId;
    }
    if (id != end || added.isEmpty())
        return false;
    const QList<StoredMessage> rows = m_store->messagesByIds(added);
    if (rows.size() != added.size())
        return false;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows->size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_path += added;
    *m_rows += rows;
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_revisions.append(m_nextRevision++);
    endInsertRows();
    return true;
}

QImage MessageListModel::thumbnail(const QString& hash, const QSize& box) const
{
    const QString key = hash + u'@' + QString::number(box.width()) + u'x' + QString::number(box.height());
    if (const auto it = m_thumbnails.constFind(key); it != m_thumbnails.constEnd())
        return *it;
    QByteArray bytes = AttachmentStore(m_store->database()).data(hash);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio)); // JPEG decodes smaller, faster
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > box.width() || image.height() > box.height()))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (m_thumbnails.size() >= kThumbnailsKept)
        m_thumbnails.clear();
    m_thumbnails.insert(key, image);
    return image;
}

QByteArray MessageListModel::fileData(const QString& hash) const
{
    return AttachmentStore(m_store->database()).data(hash);
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows->size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMessage& m = m_rows->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case IdRole:
        return m.id;
    case RoleRole:
        return m.role;
    case ReasoningRole:
        return m.reasoning;
    case ModelRole:
        return m.model;
    case StateRole:
        return m.state;
    case NoticeRole:
        return m.notice;
    case SiblingIndexRole:
        return qMax(1, m.versionIndex);
    case SiblingCountRole:
        return qMax(1, m.versionCount);
    case RevisionRole:
        return m_revisions.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(RoleRole, "role");
    names.insert(ContentRole, "content");
    names.insert(ReasoningRole, "reasoning");
    names.insert(ModelRole, "model");
    names.insert(StateRole, "state");
    names.insert(NoticeRole, "notice");
    names.insert(SiblingIndexRole, "siblingIndex");
    names.insert(SiblingCountRole, "siblingCount");
    names.insert(RevisionRole, "revision");
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows->size() < m_path.size();
}

void MessageListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_changing) {
        // Asked from a slot of our own signal: rows cannot be inserted inside an insertion.
        QMetaObject::invokeMethod(this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true);
    const qsizetype end = m_path.size() - m_rows->size();
    const qsizetype start = qMax<qsizetype>(0, end - kPageSize);
    const QList<StoredMessage> page = m_store->messagesByIds(m_path.mid(start, end - start));
    if (page.size() != end - start) {
        // Some rows could not be read (a damaged page): the path keeps only what was, so
        // the loaded rows stay the path's tail and pages never overlap.
        m_path.remove(start, end - start);
        for (qsizetype i = page.size() - 1; i >= 0; --i)
            m_path.insert(start, page.at(i).id);
        if (page.isEmpty()) {
            m_path.remove(0, start); // stop asking rather than loop
            return;
        }
    }
    beginInsertRows({}, 0, int(page.size()) - 1);
    m_rows->insert(0, page.size(), StoredMessage());
    for (qsizetype i = 0; i < page.size(); ++i) {
        (*m_rows)[i] = page.at(i);
        m_revisions.insert(i, m_nextRevision++);
    }
    endInsertRows();
}

const StoredMessage& MessageListModel::messageAt(int row) const
{
    return m_rows->at(row);
}

int MessageListModel::rowOfId(qint64 messageId) const
{
    for (qsizetype i = m_rows->size() - 1; i >= 0; --i) {
        if (m_rows->at(i).id == messageId)
            return int(i);
    }
    return -1;
}

void MessageListModel::appendText(qint64 messageId, const QString& text)
{
    const int row = rowOfId(messageId);
    if (row < 0 || text.isEmpty())
        return;
    (*m_rows)[row].content += text;
    touched(row);
}

void MessageListModel::appendReasoning(qint64 messageId, const QString& text)
{
    const int row = rowOfId(messageId);
    if (row < 0 || text.isEmpty())
        return;
    (*m_rows)[row].reasoning += text;
    touched(row);
}

void MessageListModel::setLiveText(qint64 messageId, const QString& text, const QString& reasoning)
{
    const int row = rowOfId(messageId);
    if (row < 0)
        return;
    (*m_rows)[row].content = text;
    (*m_rows)[row].reasoning = reasoning;
    touched(row);
}

void MessageListModel::refreshMessage(qint64 messageId)
{
    const int row = rowOfId(messageId);
    if (row < 0)
        return;
    const QList<StoredMessage> fresh = m_store->messagesByIds({ messageId });
    if (fresh.isEmpty())
        return;
    (*m_rows)[row] = fresh.first();
    touched(row);
}

void MessageListModel::touched(int row)
{
    m_revisions[row] = m_nextRevision++;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { ContentRole, ReasoningRole, StateRole, NoticeRole, RevisionRole });
}
