#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QGridLayout>
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
