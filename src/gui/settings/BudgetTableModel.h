#pragma once

#include "usage/Budgets.h"

#include <QAbstractTableModel>

// The budgets and where the spend stands against each, one row per budget, for
// Settings > Budgets. The page feeds it Budgets::status(); it reads nothing itself.
class BudgetTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTableModel)

public:
    enum Column { Period, Scope, Limit, Spent, WarnAt, HardStop, ColumnCount };
    enum Roles { IdRole = Qt::UserRole };

    explicit BudgetTableModel(QObject* parent = nullptr);

    void setStatuses(const QList<BudgetStatus>& statuses);
    Budget budgetAt(int row) const; // an empty budget (no id) out of range
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BudgetStatus> m_statuses;
};
