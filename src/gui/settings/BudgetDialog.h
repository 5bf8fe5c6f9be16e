#pragma once

#include "usage/Budgets.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class BudgetDialog;
}
class QAbstractItemModel;
class QComboBox;

// The fields of one budget, to add a new one or edit one: its kind (a spending limit, or a
// warning when OpenRouter credit left falls below an amount), period, provider, model,
// limit, warning share, hard stop. Accepts only a limit that is an amount above zero.
class BudgetDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)

public:
    // providers: a list of providers (ProviderListModel), shown after "All providers".
    explicit BudgetDialog(const QAbstractItemModel* providers, QWidget* parent = nullptr);
    ~BudgetDialog() override;

    void setBudget(const Budget& budget); // to edit it; keeps its id
    // The provider a credit floor budget is for (OpenRouter's preset id).
    void setCreditProvider(const QString& id) { m_creditProvider = id; }
    QComboBox* kindCombo() const { return m_kind; }
    Budget budget() const;

    void accept() override;

private:
    void showKind();

    const QScopedPointer<Ui::BudgetDialog> m_ui;
    QComboBox* m_kind;
    Budget m_budget;
    QString m_creditProvider;
};
