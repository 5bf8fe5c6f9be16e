#include "ConversationListModel.h"

#include "storage/ConversationStore.h"

#include <QDateTime>

ConversationListModel::ConversationListModel(ConversationStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_items(std::make_unique<QList<ConversationInfo>>())
{
    reload();
}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items->size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationInfo& c = m_items->at(index.row());
    switch (role) {
    case Qt::DisplayRole: return c.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast used %2").arg(c.title, QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedAt), QLocale::ShortFormat));
    case IdRole: return c.id;
    default: return {};
    }
}

void ConversationListModel::reload()
{
    beginResetModel();
    *m_items = m_store->list();
    endResetModel();
}

QModelIndex ConversationListModel::indexForId(qint64 id) const
{
    for (int i = 0; i < m_items->size(); ++i) {
        if (m_items->at(i).id == id)
            return index(i);
    }
    return {};
}

qint64 ConversationListModel::idAt(const QModelIndex& index) const
{
    return index.isValid() ? data(index, IdRole).toLongLong() : 0;
}
