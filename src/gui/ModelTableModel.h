#pragma once

#include "catalog/PricedModel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

// Every known model of every provider, for the picker.
class ModelTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTableModel)

public:
    enum Column { Provider, Model, Context, PromptPrice, CompletionPrice, Name, ColumnCount };
    enum Roles { ProviderIdRole = Qt::UserRole, ModelIdRole, SortRole, SearchTextRole };

    explicit ModelTableModel(QObject* parent = nullptr);

    void setModels(const QList<PricedModel>& models, const QHash<QString, QString>& providerNames);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PricedModel> m_models;
    QHash<QString, QString> m_providerNames;
};

// Keeps rows that contain every word typed, in any column's text.
class ModelFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};
