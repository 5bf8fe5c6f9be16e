#pragma once

#include <QAbstractListModel>

#include <memory>

class ConversationStore;
struct ConversationInfo;

// Conversations, most recently used first. Id in Qt::UserRole.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Roles { IdRole = Qt::UserRole };

    explicit ConversationListModel(ConversationStore* store, QObject* parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void reload();
    QModelIndex indexForId(qint64 id) const;
    qint64 idAt(const QModelIndex& index) const;

private:
    ConversationStore* m_store;
    std::unique_ptr<QList<ConversationInfo>> m_items;
};
