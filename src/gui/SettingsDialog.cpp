#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "CustomProviderDialog.h"

#include "catalog/ModelPrice.h"
#include "usage/Budgets.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QGridLayout>
#include <QJsonObject>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_context(context)
{
    m_ui->setupUi(this);
    for (const ProviderPreset& preset : context->providers()->providers())
        addProvider(preset);
    addPriceOverrides();
    addBudgets();
    connect(m_ui->addProviderButton, &QPushButton::clicked, this, &SettingsDialog::addCustomProvider);
    m_ui->idleTimeoutSpin->setValue(context->settings()->idleTimeoutSeconds());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (context->keys()->memoryFallback()) {
        m_ui->introLabel->setText(tr("No system keychain is available, so keys you save here are kept in memory "
                                     "until Switchyard closes. Start your desktop's keyring to keep them."));
    }
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addProvider(const ProviderPreset& preset)
{
    auto* group = new QGroupBox(preset.name, this);
    group->setObjectName(QStringLiteral("providerGroup_") + preset.id);
    auto* grid = new QGridLayout(group);

    auto* keyEdit = new QLineEdit(group);
    keyEdit->setObjectName(QStringLiteral("keyEdit_") + preset.id);
    keyEdit->setEchoMode(QLineEdit::Password);
    keyEdit->setPlaceholderText(tr("Paste a new key"));
    keyEdit->setClearButtonEnabled(true);
    auto* save = new QPushButton(m_context->keys()->memoryFallback() ? tr("Keep for This Session") : tr("Save to Keychain"), group);
    save->setObjectName(QStringLiteral("saveKeyButton_") + preset.id);
    save->setAutoDefault(false);
    auto* remove = new QPushButton(tr("Remove"), group);
    remove->setObjectName(QStringLiteral("removeKeyButton_") + preset.id);
    remove->setAutoDefault(false);
    auto* status = new QLabel(group);
    status->setObjectName(QStringLiteral("keyStatus_") + preset.id);
    status->setWordWrap(true);
    auto* keyLabel = new QLabel(tr("API key"), group);
    keyLabel->setBuddy(keyEdit);

    auto* baseUrl = new QLineEdit(group);
    baseUrl->setObjectName(QStringLiteral("baseUrlEdit_") + preset.id);
    baseUrl->setPlaceholderText(preset.baseUrl);
    baseUrl->setText(m_context->settings()->baseUrlOverride(preset.id));
    baseUrl->setToolTip(tr("Leave empty for %1; set it to use a proxy or a compatible server.").arg(preset.baseUrl));
    auto* urlLabel = new QLabel(tr("Base URL"), group);
    urlLabel->setBuddy(baseUrl);

    grid->addWidget(keyLabel, 0, 0);
    grid->addWidget(keyEdit, 0, 1);
    grid->addWidget(save, 0, 2);
    grid->addWidget(remove, 0, 3);
    grid->addWidget(status, 1, 1, 1, 3);
    grid->addWidget(urlLabel, 2, 0);
    grid->addWidget(baseUrl, 2, 1, 1, 3);
    if (!preset.keyUrl.isEmpty()) {
        auto* link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(preset.keyUrl.toHtmlEscaped(), tr("Get a key")), group);
        link->setOpenExternalLinks(true);
        grid->addWidget(link, 3, 1, 1, 3);
    }
    if (m_context->providers()->isCustom(preset.id)) {
        auto* drop = new QPushButton(tr("Remove Provider"), group);
        drop->setObjectName(QStringLiteral("removeProviderButton_") + preset.id);
        drop->setAutoDefault(false);
        grid->addWidget(drop, 3, 3);
        connect(drop, &QPushButton::clicked, this, [this, id = preset.id] { removeCustomProvider(id); });
    }
    m_ui->providersLayout->addWidget(group);

    const QString id = preset.id;
    connect(save, &QPushButton::clicked, this, [this, id, keyEdit, status] { saveKey(id, keyEdit, status); });
    connect(keyEdit, &QLineEdit::returnPressed, this, [this, id, keyEdit, status] { saveKey(id, keyEdit, status); });
    connect(remove, &QPushButton::clicked, this, [this, id, status] { removeKey(id, status); });
    refreshKeyStatus(id, status);
}

void SettingsDialog::refreshKeyStatus(const QString& providerId, QLabel* status)
{
    const ProviderPreset preset = m_context->providers()->find(providerId);
    QPointer<QLabel> label(status);
    status->setText(tr("Checking the keychain…"));
    m_context->keys()->resolve(preset, [label, preset](KeyStore::Status s, const QString&, KeyStore::Source source) {
        if (!label)
            return;
        if (s == KeyStore::Status::Ok && source == KeyStore::Source::Keychain)
            label->setText(tr("A key is saved in the system keychain."));
        else if (s == KeyStore::Status::Ok && source == KeyStore::Source::Memory)
            label->setText(tr("A key is kept in memory for this session."));
        else if (s == KeyStore::Status::Ok)
            label->setText(tr("Using the key from %1.").arg(preset.keyEnv));
        else if (s == KeyStore::Status::NotFound)
            label->setText(tr("No key yet."));
        else
            label->setText(tr("The system keychain is not available."));
    });
}

void SettingsDialog::saveKey(const QString& providerId, QLineEdit* edit, QLabel* status)
{
    const QString key = edit->text().trimmed();
    if (key.isEmpty()) {
        status->setText(tr("Paste a key first."));
        return;
    }
    edit->clear();
    QPointer<SettingsDialog> self(this);
    QPointer<QLabel> label(status);
    m_context->keys()->write(providerId, key, [self, label, providerId](KeyStore::Status s, const QString&) {
        if (!self || !label)
            return;
        if (s == KeyStore::Status::Ok)
            self->refreshKeyStatus(providerId, label);
        else
            label->setText(tr("Could not save the key: the system keychain is not available."));
    });
}

void SettingsDialog::removeKey(const QString& providerId, QLabel* status)
{
    QPointer<SettingsDialog> self(this);
    QPointer<QLabel> label(status);
    m_context->keys()->remove(providerId, [self, label, providerId](KeyStore::Status s, const QString&) {
        if (!self || !label)
            return;
        if (s == KeyStore::Status::Ok || s == KeyStore::Status::NotFound)
            self->refreshKeyStatus(providerId, label);
        else
            label->setText(tr("Could not remove the key: the system keychain is not available."));
    });
}

void SettingsDialog::addCustomProvider()
{
    CustomProviderDialog form(this);
    if (form.exec() != QDialog::Accepted)
        return;
    ProviderRegistry* registry = m_context->providers();
    const ProviderPreset preset = ProviderRegistry::makeCustom(form.name(), form.baseUrl(), form.protocol(), !form.key().isEmpty());
    if (!registry->addCustom(preset))
        return;
    m_context->settings()->saveCustomProviders(*m_context->providers());
    if (!form.key().isEmpty())
        m_context->keys()->write(preset.id, form.key(), [](KeyStore::Status, const QString&) {});
    if (auto* old = findChild<QGroupBox*>(QStringLiteral("providerGroup_") + preset.id))
        delete old;
    addProvider(preset);
}

void SettingsDialog::removeCustomProvider(const QString& providerId)
{
    m_context->providers()->removeCustom(providerId);
    m_context->settings()->saveCustomProviders(*m_context->providers());
    m_context->keys()->remove(providerId, [](KeyStore::Status, const QString&) {});
    delete findChild<QGroupBox*>(QStringLiteral("providerGroup_") + providerId);
}

// A user's own price for a model wins over the catalog and the bundled list.
void SettingsDialog::addPriceOverrides()
{
    auto* group = new QGroupBox(tr("Your prices (USD per million tokens)"), this);
    group->setObjectName(QStringLiteral("priceGroup"));
    auto* grid = new QGridLayout(group);
    auto* provider = new QComboBox(group);
    provider->setObjectName(QStringLiteral("priceProviderCombo"));
    for (const ProviderPreset& p : m_context->providers()->providers())
        provider->addItem(p.name, p.id);
    auto* model = new QLineEdit(group);
    model->setObjectName(QStringLiteral("priceModelEdit"));
    model->setPlaceholderText(tr("model id, e.g. gpt-4o-mini"));
    auto* in = new QLineEdit(group);
    in->setObjectName(QStringLiteral("priceInEdit"));
    in->setPlaceholderText(tr("input"));
    auto* out = new QLineEdit(group);
    out->setObjectName(QStringLiteral("priceOutEdit"));
    out->setPlaceholderText(tr("output"));
    auto* save = new QPushButton(tr("Save Price"), group);
    save->setObjectName(QStringLiteral("savePriceButton"));
    save->setAutoDefault(false);
    auto* status = new QLabel(group);
    status->setObjectName(QStringLiteral("priceStatus"));
    status->setWordWrap(true);
    grid->addWidget(provider, 0, 0);
    grid->addWidget(model, 0, 1);
    grid->addWidget(in, 0, 2);
    grid->addWidget(out, 0, 3);
    grid->addWidget(save, 0, 4);
    grid->addWidget(status, 1, 0, 1, 5);
    m_ui->providersLayout->addWidget(group);
    connect(save, &QPushButton::clicked, this, [this, provider, model, in, out, status] {
        const QString id = model->text().trimmed();
        const bool clear = in->text().trimmed().isEmpty() && out->text().trimmed().isEmpty();
        if (id.isEmpty()) {
            status->setText(tr("Type the model id the price is for."));
            return;
        }
        if (!clear && (!ModelPrice::fromPerMillion(in->text()) || !ModelPrice::fromPerMillion(out->text()))) {
            status->setText(tr("Prices are numbers such as 0.15; leave both empty to remove your price."));
            return;
        }
        m_context->settings()->setPriceOverride(provider->currentData().toString(), id,
                                                clear ? QStringList() : QStringList { in->text().trimmed(), out->text().trimmed() });
        m_context->settings()->sync();
        status->setText(clear ? tr("Your price for %1 is removed.").arg(id) : tr("Requests to %1 are now priced at your rates.").arg(id));
    });
}

// Spending limits: a list of the budgets there are, and a row to add one.
void SettingsDialog::addBudgets()
{
    auto* group = new QGroupBox(tr("Budgets"), this);
    group->setObjectName(QStringLiteral("budgetGroup"));
    auto* layout = new QVBoxLayout(group);
    auto* list = new QWidget(group);
    list->setObjectName(QStringLiteral("budgetList"));
    new QVBoxLayout(list);
    layout->addWidget(list);
    auto* row = new QHBoxLayout;
    auto* period = new QComboBox(group);
    period->setObjectName(QStringLiteral("budgetPeriodCombo"));
    period->addItem(tr("Daily"), int(Budget::Period::Day));
    period->addItem(tr("Weekly"), int(Budget::Period::Week));
    period->addItem(tr("Monthly"), int(Budget::Period::Month));
    period->setCurrentIndex(2);
    auto* scope = new QComboBox(group);
    scope->setObjectName(QStringLiteral("budgetScopeCombo"));
    scope->addItem(tr("All providers"), QString());
    for (const ProviderPreset& p : m_context->providers()->providers())
        scope->addItem(p.name, p.id);
    auto* model = new QLineEdit(group);
    model->setObjectName(QStringLiteral("budgetModelEdit"));
    model->setPlaceholderText(tr("any model"));
    auto* limit = new QLineEdit(group);
    limit->setObjectName(QStringLiteral("budgetLimitEdit"));
    limit->setPlaceholderText(tr("limit, USD"));
    auto* warn = new QSpinBox(group);
    warn->setObjectName(QStringLiteral("budgetWarnSpin"));
    warn->setRange(1, 100);
    warn->setValue(80);
    warn->setSuffix(QStringLiteral("%"));
    warn->setToolTip(tr("Warn when this share of the limit is spent"));
    auto* hard = new QCheckBox(tr("Hard stop"), group);
    hard->setObjectName(QStringLiteral("budgetHardStopCheck"));
    hard->setToolTip(tr("Block sending when the limit is reached (one click still sends a single request)"));
    auto* add = new QPushButton(tr("Add Budget"), group);
    add->setObjectName(QStringLiteral("addBudgetButton"));
    add->setAutoDefault(false);
    for (QWidget* w : std::initializer_list<QWidget*> { period, scope, model, limit, warn, hard, add })
        row->addWidget(w);
    layout->addLayout(row);
    auto* status = new QLabel(group);
    status->setObjectName(QStringLiteral("budgetStatus"));
    layout->addWidget(status);
    m_ui->providersLayout->addWidget(group);
    connect(add, &QPushButton::clicked, this, [this, period, scope, model, limit, warn, hard, status] {
        const auto amount = Money::parseUsd(limit->text());
        if (!amount || *amount <= 0) {
            status->setText(tr("The limit is an amount in US dollars, such as 20 or 2.50."));
            return;
        }
        const Budget added = Budgets(m_context->database(), m_context->settings())
                                 .add({ {}, Budget::Period(period->currentData().toInt()), scope->currentData().toString(),
                                        model->text().trimmed(), *amount, warn->value(), hard->isChecked() });
        m_context->settings()->sync();
        limit->clear();
        model->clear();
        status->setText(tr("Added: %1.").arg(added.describe()));
        fillBudgetList();
    });
    fillBudgetList();
}

void SettingsDialog::fillBudgetList()
{
    auto* list = findChild<QWidget*>(QStringLiteral("budgetList"));
    while (QLayoutItem* item = list->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    Budgets budgets(m_context->database(), m_context->settings());
    const QList<BudgetStatus> statuses = budgets.status();
    if (statuses.isEmpty()) {
        list->layout()->addWidget(new QLabel(tr("No budgets yet. Add one to be warned before spending runs away."), list));
        return;
    }
    for (const BudgetStatus& s : statuses) {
        auto* line = new QWidget(list);
        auto* h = new QHBoxLayout(line);
        h->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(tr("%1 — %2 spent (%3%)%4")
                                    .arg(s.budget.describe(), Money::formatUsd(s.spent, QLocale()),
                                         QLocale().toString(100.0 * s.fraction(), 'f', 0),
                                         s.budget.hardStop ? tr(", hard stop") : QString()),
                                line);
        auto* remove = new QPushButton(tr("Remove"), line);
        remove->setObjectName(QStringLiteral("removeBudgetButton_") + s.budget.id);
        remove->setAutoDefault(false);
        h->addWidget(text, 1);
        h->addWidget(remove);
        list->layout()->addWidget(line);
        connect(remove, &QPushButton::clicked, this, [this, id = s.budget.id] {
            Budgets(m_context->database(), m_context->settings()).remove(id);
            m_context->settings()->sync();
            QTimer::singleShot(0, this, &SettingsDialog::fillBudgetList); // not from inside the clicked button
        });
    }
}

void SettingsDialog::done(int result)
{
    for (const ProviderPreset& preset : m_context->providers()->providers()) {
        if (auto* edit = findChild<QLineEdit*>(QStringLiteral("baseUrlEdit_") + preset.id))
            m_context->settings()->setBaseUrlOverride(preset.id, edit->text());
    }
    m_context->settings()->setIdleTimeoutSeconds(m_ui->idleTimeoutSpin->value());
    m_context->settings()->sync();
    QDialog::done(result);
}
