#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "BudgetsPage.h"
#include "PresetsPage.h"
#include "PricesPage.h"
#include "ProviderListModel.h"
#include "ProvidersPage.h"
#include "gui/ModelPickerDialog.h"

#include "config/AppSettings.h"
#include "chat/ChatParams.h"
#include "session/AppContext.h"

SettingsDialog::SettingsDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_context(context)
    , m_providers(new ProviderListModel(context->providers(), this))
    , m_providersPage(new ProvidersPage(context, m_providers, this))
    , m_pricesPage(new PricesPage(context, m_providers, this))
    , m_budgetsPage(new BudgetsPage(context, m_providers, this))
    , m_presetsPage(new PresetsPage(context, this))
{
    m_ui->setupUi(this);
    // The pages in the order of the section list; New Chats and Network are in the dialog's own form.
    m_ui->pages->insertWidget(int(Section::Providers), m_providersPage);
    m_ui->pages->insertWidget(int(Section::Prices), m_pricesPage);
    m_ui->pages->insertWidget(int(Section::Budgets), m_budgetsPage);
    m_ui->pages->insertWidget(int(Section::Presets), m_presetsPage);
    m_ui->newChatDefaultsPanel->setSaveAsPresetVisible(false);
    m_ui->newChatDefaultsPanel->setModelChooser([this, context] {
        ModelPickerDialog picker(context, this);
        return picker.exec() == QDialog::Accepted ? picker.selectedModel() : QString();
    });
    m_ui->newChatDefaultsPanel->setParams(context->settings()->defaultChatParams());
    QFont title = m_ui->pageTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    m_ui->pageTitle->setFont(title);
    const int rowHeight = qRound(fontMetrics().height() * 1.9);
    for (int row = 0; row < m_ui->sectionList->count(); ++row)
        m_ui->sectionList->item(row)->setSizeHint(QSize(0, rowHeight));
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pages->setCurrentIndex(row);
        m_ui->pageTitle->setText(m_ui->sectionList->item(row)->text());
    });
    m_ui->idleTimeoutSpin->setValue(context->settings()->idleTimeoutSeconds());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showSection(Section::Providers);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showSection(Section section)
{
    m_ui->sectionList->setCurrentRow(int(section));
}

void SettingsDialog::startAddingProvider()
{
    showSection(Section::Providers);
    m_providersPage->addCustomProvider();
}

void SettingsDialog::done(int result)
{
    // A wrong default is shown next to its field; the dialog stays until it is fixed or reset.
    if (!m_ui->newChatDefaultsPanel->problem().isEmpty()) {
        showSection(Section::NewChats);
        return;
    }
    m_context->settings()->setDefaultChatParams(m_ui->newChatDefaultsPanel->params());
    m_providersPage->apply();
    m_context->settings()->setIdleTimeoutSeconds(m_ui->idleTimeoutSpin->value());
    m_context->settings()->sync();
    QDialog::done(result);
}
