#include "BudgetDialog.h"
#include "ui_BudgetDialog.h"

#include "ProviderListModel.h"

#include <QComboBox>
#include <QLabel>

BudgetDialog::BudgetDialog(const QAbstractItemModel* providers, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::BudgetDialog)
    , m_kind(new QComboBox(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add Budget"));
    m_kind->setObjectName(QStringLiteral("budgetKindCombo"));
    m_kind->addItem(tr("Spending limit"), int(Budget::Kind::Spend));
    m_kind->addItem(tr("OpenRouter credit left falls below"), int(Budget::Kind::CreditFloor));
    auto* kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    m_ui->form->insertRow(0, kindLabel, m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BudgetDialog::showKind);
    m_ui->budgetPeriodCombo->addItem(tr("Daily"), int(Budget::Period::Day));
    m_ui->budgetPeriodCombo->addItem(tr("Weekly"), int(Budget::Period::Week));
    m_ui->budgetPeriodCombo->addItem(tr("Monthly"), int(Budget::Period::Month));
    m_ui->budgetScopeCombo->addItem(tr("All providers"), QString());
    for (int row = 0; row < providers->rowCount(); ++row) {
        const QModelIndex index = providers->index(row, 0);
        m_ui->budgetScopeCombo->addItem(index.data().toString(), index.data(ProviderListModel::IdRole));
    }
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BudgetDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBudget(Budget());
}

BudgetDialog::~BudgetDialog() = default;

void BudgetDialog::setBudget(const Budget& budget)
{
    m_budget = budget;
    if (!budget.id.isEmpty())
        setWindowTitle(tr("Edit Budget"));
    m_kind->setCurrentIndex(m_kind->findData(int(budget.kind)));
    showKind();
    m_ui->budgetPeriodCombo->setCurrentIndex(m_ui->budgetPeriodCombo->findData(int(budget.period)));
    if (m_ui->budgetScopeCombo->findData(budget.provider) < 0)
        m_ui->budgetScopeCombo->addItem(budget.provider, budget.provider); // a provider since removed
    m_ui->budgetScopeCombo->setCurrentIndex(m_ui->budgetScopeCombo->findData(budget.provider));
    m_ui->budgetModelEdit->setText(budget.model);
    m_ui->budgetLimitEdit->setText(budget.limit > 0 ? Money::toDecimalString(budget.limit) : QString());
    m_ui->budgetWarnSpin->setValue(budget.warnPercent);
    m_ui->budgetHardStopCheck->setChecked(budget.hardStop);
}

Budget BudgetDialog::budget() const
{
    return m_budget;
}

void BudgetDialog::accept()
{
    const auto amount = Money::parseUsd(m_ui->budgetLimitEdit->text());
    if (!amount || *amount <= 0) {
        m_ui->errorLabel->setText(tr("The limit is an amount in US dollars, such as 20 or 2.50."));
        m_ui->errorLabel->setVisible(true);
        m_ui->budgetLimitEdit->setFocus();
        return;
    }
    m_budget.kind = Budget::Kind(m_kind->currentData().toInt());
    m_budget.limit = *amount;
    m_budget.period = Budget::Period(m_ui->budgetPeriodCombo->currentData().toInt());
    m_budget.provider = m_ui->budgetScopeCombo->currentData().toString();
    if (m_budget.kind == Budget::Kind::CreditFloor) {
        m_budget.provider = m_creditProvider;
        m_budget.model.clear();
        m_budget.hardStop = false;
        QDialog::accept();
        return;
    }
    m_budget.model = m_ui->budgetModelEdit->text().trimmed();
    m_budget.limit = *amount;
    m_budget.warnPercent = m_ui->budgetWarnSpin->value();
    m_budget.hardStop = m_ui->budgetHardStopCheck->isChecked();
    QDialog::accept();
}

void BudgetDialog::showKind()
{
    // A credit floor has no period, scope, share or hard stop: only the amount.
    const bool spend = Budget::Kind(m_kind->currentData().toInt()) == Budget::Kind::Spend;
    for (QWidget* w : { static_cast<QWidget*>(m_ui->periodLabel), static_cast<QWidget*>(m_ui->budgetPeriodCombo),
                        static_cast<QWidget*>(m_ui->scopeLabel), static_cast<QWidget*>(m_ui->budgetScopeCombo),
                        static_cast<QWidget*>(m_ui->modelLabel), static_cast<QWidget*>(m_ui->budgetModelEdit),
                        static_cast<QWidget*>(m_ui->warnLabel), static_cast<QWidget*>(m_ui->budgetWarnSpin),
                        static_cast<QWidget*>(m_ui->budgetHardStopCheck) })
        w->setVisible(spend);
    m_ui->limitLabel->setText(spend ? tr("&Limit") : tr("&Below"));
}
