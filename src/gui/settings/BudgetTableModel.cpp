#include "BudgetTableModel.h"

#include "gui/Theme.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

BudgetTableModel::BudgetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BudgetTableModel::setStatuses(const QList<BudgetStatus>& statuses)
{
    beginResetModel();
    m_statuses = statuses;
    endResetModel();
}

Budget BudgetTableModel::budgetAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? m_statuses.at(row).budget : Budget();
}

int BudgetTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_statuses.size(); ++row) {
        if (m_statuses.at(row).budget.id == id)
            return row;
    }
    return -1;
}

int BudgetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int BudgetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetStatus& s = m_statuses.at(index.row());
    const Budget& b = s.budget;
    const QLocale locale;
    if (role == IdRole)
        return b.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Period: return b.periodLabel();
        case Scope: return b.scopeLabel();
        case Limit:
            return b.kind == Budget::Kind::CreditFloor ? tr("below %1").arg(Money::formatUsd(b.limit, locale))
                                                       : Money::formatUsd(b.limit, locale);
        case Spent:
            if (b.kind == Budget::Kind::CreditFloor)
                return s.creditLeft ? tr("%1 left").arg(Money::formatUsd(*s.creditLeft, locale)) : tr("not fetched yet");
            return tr("%1 (%2%)").arg(Money::formatUsd(s.spent, locale), locale.toString(100.0 * s.fraction(), 'f', 0));
        case WarnAt: return b.kind == Budget::Kind::CreditFloor ? QStringLiteral("—") : tr("%1%").arg(b.warnPercent);
        case HardStop: return b.kind == Budget::Kind::CreditFloor ? tr("Warn only") : b.hardStop ? tr("Hard stop") : tr("Warn only");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return b.describe();
    if (role == Qt::TextAlignmentRole && (index.column() == Limit || index.column() == Spent || index.column() == WarnAt))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Spent && s.state != BudgetStatus::State::Ok)
        return Theme::warning(QGuiApplication::palette());
    return {};
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period: return tr("Period");
    case Scope: return tr("Applies to");
    case Limit: return tr("Limit");
    case Spent: return tr("Spent");
    case WarnAt: return tr("Warn at");
    case HardStop: return tr("When reached");
    default: return {};
    }
}
