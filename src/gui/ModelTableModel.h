#pragma once

#include "catalog/PricedModel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

// Every known model of every provider, for the picker.
class ModelTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTableModel)

public:
    enum Column { Provider, Model, Context, PromptPrice, CompletionPrice, Created, Name, ColumnCount };
    enum Roles { ProviderIdRole = Qt::UserRole, ModelIdRole, SortRole, SearchTextRole };

    explicit ModelTableModel(QObject* parent = nullptr);

    void setModels(const QList<PricedModel>& models, const QHash<QString, QString>& providerNames);
    // nullptr when row is out of range.
    const PricedModel* modelAt(int row) const;
    QString providerName(const QString& id) const { return m_providerNames.value(id, id); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The model card: name, id, description, context, prices per million, input
    // modalities, supported parameters and the date it was added, as rich text.
    static QString cardHtml(const PricedModel& model, const QString& providerName);

private:
    QList<PricedModel> m_models;
    QHash<QString, QString> m_providerNames;
};

// Keeps rows that contain every word typed, in any column's text, and that pass the
// filters: takes images, free, input price at most a ceiling (USD per million tokens).
class ModelFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    void setTakesImages(bool on);
    void setFreeOnly(bool on);
    // Per token; none: no ceiling. A model without a known input price is left out under one.
    void setMaxPromptPrice(const std::optional<Money::Amount>& perToken);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changeFilter(const std::function<void()>& change);

    QStringList m_words;
    bool m_images = false;
    bool m_free = false;
    std::optional<Money::Amount> m_maxPrompt;
};
