#include "ProvidersPage.h"
#include "ui_ProvidersPage.h"

#include "CustomProviderDialog.h"
#include "ProviderListModel.h"

#include "config/AppSettings.h"
#include "openrouter/OpenRouterConnect.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QDesktopServices>
#include <QPointer>

ProvidersPage::ProvidersPage(AppContext* context, ProviderListModel* providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProvidersPage)
    , m_context(context)
    , m_providers(providers)
{
    m_ui->setupUi(this);
    m_ui->providerList->setModel(providers);
    if (context->keys()->memoryFallback()) {
        m_ui->introLabel->setText(tr("No system keychain is available, so keys you save here are kept in memory "
                                     "until Switchyard closes. Start your desktop's keyring to keep them."));
        m_ui->saveKeyButton->setText(tr("Keep for This Session"));
    }
    connect(m_ui->providerList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showProvider(m_providers->idAt(current.row())); });
    // The model resets when a custom provider comes or goes: keep the form on a provider.
    connect(m_providers, &QAbstractItemModel::modelReset, this, [this] { selectProvider(m_current); });
    connect(m_ui->saveKeyButton, &QPushButton::clicked, this, &ProvidersPage::saveKey);
    connect(m_ui->keyEdit, &QLineEdit::returnPressed, this, &ProvidersPage::saveKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &ProvidersPage::removeKey);
    connect(m_ui->addProviderButton, &QPushButton::clicked, this, &ProvidersPage::addCustomProvider);
    connect(m_ui->removeProviderButton, &QPushButton::clicked, this, &ProvidersPage::removeCustomProvider);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ProvidersPage::connectProvider);
    connect(m_ui->cancelConnectButton, &QPushButton::clicked, this, &ProvidersPage::cancelConnect);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, [this](const QString& text) { m_baseUrls.insert(m_current, text); });
    selectProvider(m_context->settings()->defaultProvider());
}

ProvidersPage::~ProvidersPage() = default;

void ProvidersPage::selectProvider(const QString& id)
{
    const int row = qMax(0, m_providers->rowOf(id));
    if (m_ui->providerList->currentIndex().row() == row)
        showProvider(m_providers->idAt(row)); // the form may show another provider's id after a reset
    else
        m_ui->providerList->setCurrentIndex(m_providers->index(row)); // shows it
}

void ProvidersPage::showProvider(const QString& id)
{
    const ProviderPreset preset = m_context->providers()->find(id);
    m_current = preset.id;
    m_ui->providerBox->setEnabled(preset.isValid());
    m_ui->providerBox->setTitle(preset.name);
    m_ui->keyEdit->clear();
    m_ui->baseUrlEdit->setPlaceholderText(preset.baseUrl);
    m_ui->baseUrlEdit->setText(m_baseUrls.contains(id) ? m_baseUrls.value(id) : m_context->settings()->baseUrlOverride(id));
    m_ui->baseUrlHint->setText(tr("Leave empty for %1; set it to use a proxy or a compatible server.").arg(preset.baseUrl));
    showKeyLink(id);
    m_ui->removeProviderButton->setEnabled(m_context->providers()->isCustom(id));
    m_ui->connectButton->setText(tr("&Connect %1…").arg(preset.name));
    showConnectState();
    if (preset.isValid())
        refreshKeyStatus(id);
}

void ProvidersPage::refreshKeyStatus(const QString& id)
{
    const ProviderPreset preset = m_context->providers()->find(id);
    m_ui->keyStatus->setText(tr("Checking the keychain…"));
    QPointer<ProvidersPage> self(this);
    m_context->keys()->resolve(preset, [self, preset](KeyStore::Status s, const QString&, KeyStore::Source source) {
        if (!self || self->m_current != preset.id)
            return;
        QString text;
        if (s == KeyStore::Status::Ok && source == KeyStore::Source::Keychain)
            text = tr("A key is saved in the system keychain.");
        else if (s == KeyStore::Status::Ok && source == KeyStore::Source::Memory)
            text = tr("A key is kept in memory for this session.");
        else if (s == KeyStore::Status::Ok)
            text = tr("Using the key from %1.").arg(preset.keyEnv);
        else if (s == KeyStore::Status::NotFound)
            text = tr("No key yet.");
        else
            text = tr("The system keychain is not available.");
        self->m_ui->keyStatus->setText(text);
    });
}

void ProvidersPage::saveKey()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty()) {
        m_ui->keyStatus->setText(tr("Paste a key first."));
        return;
    }
    m_ui->keyEdit->clear();
    QPointer<ProvidersPage> self(this);
    m_context->keys()->write(m_current, key, [self, id = m_current](KeyStore::Status s, const QString&) {
        if (!self || self->m_current != id)
            return;
        if (s == KeyStore::Status::Ok)
            self->refreshKeyStatus(id);
        else
            self->m_ui->keyStatus->setText(tr("Could not save the key: the system keychain is not available."));
    });
}

void ProvidersPage::removeKey()
{
    QPointer<ProvidersPage> self(this);
    m_context->keys()->remove(m_current, [self, id = m_current](KeyStore::Status s, const QString&) {
        if (!self || self->m_current != id)
            return;
        if (s == KeyStore::Status::Ok || s == KeyStore::Status::NotFound)
            self->refreshKeyStatus(id);
        else
            self->m_ui->keyStatus->setText(tr("Could not remove the key: the system keychain is not available."));
    });
}

void ProvidersPage::addCustomProvider()
{
    CustomProviderDialog form(this);
    if (form.exec() != QDialog::Accepted)
        return;
    ProviderRegistry* registry = m_context->providers();
    const ProviderPreset preset = ProviderRegistry::makeCustom(form.name(), form.baseUrl(), form.protocol(), !form.key().isEmpty());
    if (!registry->addCustom(preset))
        return;
    m_context->settings()->saveCustomProviders(*registry);
    if (!form.key().isEmpty())
        m_context->keys()->write(preset.id, form.key(), [](KeyStore::Status, const QString&) {});
    m_current = preset.id;
    m_providers->reload(); // selects it
}

void ProvidersPage::removeCustomProvider()
{
    const QString id = m_current;
    if (!m_context->providers()->isCustom(id))
        return;
    m_context->providers()->removeCustom(id);
    m_context->settings()->saveCustomProviders(*m_context->providers());
    m_context->keys()->remove(id, [](KeyStore::Status, const QString&) {});
    m_baseUrls.remove(id);
    m_current.clear();
    m_providers->reload(); // back to the first provider
}

void ProvidersPage::apply()
{
    for (auto it = m_baseUrls.cbegin(); it != m_baseUrls.cend(); ++it) {
        if (m_context->providers()->find(it.key()).isValid())
            m_context->settings()->setBaseUrlOverride(it.key(), it.value());
    }
}

void ProvidersPage::showKeyLink(const QString& id)
{
    const ProviderPreset preset = m_context->providers()->find(id);
    m_ui->keyLink->setText(preset.keyUrl.isEmpty()
                               ? QString()
                               : QStringLiteral("<a href=\"%1\">%2</a>").arg(preset.keyUrl.toHtmlEscaped(), tr("Get a key")));
    m_ui->keyLink->setVisible(!preset.keyUrl.isEmpty());
}

void ProvidersPage::showConnectState()
{
    const bool offered = OpenRouterConnect::appliesTo(m_context->providers()->find(m_current));
    const bool running = m_connect && m_connect->isRunning();
    m_ui->connectButton->setVisible(offered);
    m_ui->connectButton->setEnabled(!running);
    m_ui->cancelConnectButton->setVisible(offered && running);
}

void ProvidersPage::connectProvider()
{
    const ProviderPreset preset = m_context->providers()->find(m_current);
    if (!OpenRouterConnect::appliesTo(preset) || (m_connect && m_connect->isRunning()))
        return;
    // The base URL typed here counts even before Save: the sign-in goes where requests go.
    const QString typed = m_baseUrls.value(preset.id).trimmed();
    const QString baseUrl = typed.isEmpty() ? m_context->settings()->effectiveBaseUrl(preset) : typed;
    delete m_connect;
    m_connect = new OpenRouterConnect(m_context->network(), m_context->keys(), this);
    connect(m_connect, &OpenRouterConnect::finished, this, [this, id = preset.id](OpenRouterConnect::Result result, const QString& message) {
        showConnectState();
        if (m_current != id)
            return;
        showKeyLink(id);
        if (result == OpenRouterConnect::Result::Connected)
            refreshKeyStatus(id); // shows the key as stored
        else
            m_ui->keyStatus->setText(message);
    });
    if (!m_connect->start(preset, baseUrl))
        return; // finished() says why
    m_ui->keyStatus->setText(tr("Waiting for the browser: sign in to %1 there and approve Switchyard (up to five minutes).").arg(preset.name));
    const QString url = m_connect->authUrl().toString(QUrl::FullyEncoded);
    m_ui->keyLink->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("Open the sign-in page again")));
    m_ui->keyLink->setVisible(true);
    showConnectState();
    QDesktopServices::openUrl(m_connect->authUrl());
}

void ProvidersPage::cancelConnect()
{
    if (m_connect)
        m_connect->cancel();
}

QUrl ProvidersPage::connectUrl() const
{
    return m_connect && m_connect->isRunning() ? m_connect->authUrl() : QUrl();
}
