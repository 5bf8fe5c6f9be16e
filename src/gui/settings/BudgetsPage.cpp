#include "BudgetsPage.h"
#include "ui_BudgetsPage.h"

#include "BudgetDialog.h"
#include "openrouter/OpenRouterAccount.h"
#include "providers/ProviderPreset.h"
#include "BudgetTableModel.h"
#include "ProviderListModel.h"

#include "config/AppSettings.h"
#include "session/AppContext.h"
#include "usage/Budgets.h"

#include <QHeaderView>

BudgetsPage::BudgetsPage(AppContext* context, ProviderListModel* providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::BudgetsPage)
    , m_context(context)
    , m_providers(providers)
    , m_model(new BudgetTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->budgetTable->setModel(m_model);
    m_ui->budgetTable->verticalHeader()->setVisible(false);
    m_ui->budgetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->budgetTable->horizontalHeader()->setSectionResizeMode(BudgetTableModel::Scope, QHeaderView::Stretch);
    connect(m_ui->addBudgetButton, &QPushButton::clicked, this, &BudgetsPage::addBudget);
    connect(m_ui->editBudgetButton, &QPushButton::clicked, this, &BudgetsPage::editBudget);
    connect(m_ui->removeBudgetButton, &QPushButton::clicked, this, &BudgetsPage::removeBudget);
    connect(m_ui->budgetTable, &QAbstractItemView::activated, this, &BudgetsPage::editBudget);
    connect(m_ui->budgetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BudgetsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetsPage::updateButtons);
    reload();
}

BudgetsPage::~BudgetsPage() = default;

void BudgetsPage::reload(const QString& select)
{
    m_model->setStatuses(Budgets(m_context->database(), m_context->settings()).status());
    const int row = m_model->rowOf(select);
    if (row >= 0)
        m_ui->budgetTable->selectRow(row);
    if (m_model->rowCount() == 0)
        m_ui->budgetStatus->setText(tr("No budgets yet. Add one to be warned before spending runs away."));
    updateButtons();
}

void BudgetsPage::updateButtons()
{
    const bool selected = m_ui->budgetTable->currentIndex().isValid();
    m_ui->editBudgetButton->setEnabled(selected);
    m_ui->removeBudgetButton->setEnabled(selected);
}

void BudgetsPage::addBudget()
{
    BudgetDialog form(m_providers, this);
    form.setCreditProvider(OpenRouterAccount::preset(*m_context).id);
    if (form.exec() != QDialog::Accepted)
        return;
    const Budget added = Budgets(m_context->database(), m_context->settings()).add(form.budget());
    m_context->settings()->sync();
    reload(added.id);
    m_ui->budgetStatus->setText(tr("Added: %1.").arg(added.describe()));
}

void BudgetsPage::editBudget()
{
    const Budget current = m_model->budgetAt(m_ui->budgetTable->currentIndex().row());
    if (current.id.isEmpty())
        return;
    BudgetDialog form(m_providers, this);
    form.setCreditProvider(OpenRouterAccount::preset(*m_context).id);
    form.setBudget(current);
    if (form.exec() != QDialog::Accepted)
        return;
    const Budget changed = form.budget();
    if (Budgets(m_context->database(), m_context->settings()).update(changed)) {
        m_context->settings()->sync();
        m_ui->budgetStatus->setText(tr("Changed: %1.").arg(changed.describe()));
    }
    reload(changed.id);
}

void BudgetsPage::removeBudget()
{
    const Budget current = m_model->budgetAt(m_ui->budgetTable->currentIndex().row());
    if (current.id.isEmpty())
        return;
    if (Budgets(m_context->database(), m_context->settings()).remove(current.id)) {
        m_context->settings()->sync();
        m_ui->budgetStatus->setText(tr("Removed: %1.").arg(current.describe()));
    }
    reload();
}
