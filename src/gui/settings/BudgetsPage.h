#pragma once

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class BudgetsPage;
}
class AppContext;
class BudgetTableModel;
class ProviderListModel;

// Settings > Budgets: the budgets in a table with where each stands, and Add, Edit
// and Remove (each saved at once through Budgets).
class BudgetsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPage)

public:
    BudgetsPage(AppContext* context, ProviderListModel* providers, QWidget* parent = nullptr);
    ~BudgetsPage() override;

    void addBudget();
    void editBudget();
    void removeBudget();

private:
    void reload(const QString& select = {});
    void updateButtons();

    const QScopedPointer<Ui::BudgetsPage> m_ui;
    AppContext* m_context;
    ProviderListModel* m_providers;
    BudgetTableModel* m_model;
};
