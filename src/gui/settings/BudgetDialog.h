#pragma once

#include "usage/Budgets.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class BudgetDialog;
}
class QAbstractItemModel;

// The fields of one budget, to add a new one or edit one: period, provider, model,
// limit, warning share, hard stop. Accepts only a limit that is an amount above zero.
class BudgetDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)

public:
    // providers: a list of providers (ProviderListModel), shown after "All providers".
    explicit BudgetDialog(const QAbstractItemModel* providers, QWidget* parent = nullptr);
    ~BudgetDialog() override;

    void setBudget(const Budget& budget); // to edit it; keeps its id
    Budget budget() const;

    void accept() override;

private:
    const QScopedPointer<Ui::BudgetDialog> m_ui;
    Budget m_budget;
};
