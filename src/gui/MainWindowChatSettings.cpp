// The chat's own settings beside the conversation (system prompt and parameters, with
// what the provider will not be sent), and Ctrl+N's choice of what a new chat starts with.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ModelPickerDialog.h"
#include "chat/ConversationSettingsPanel.h"
#include "chat/PresetPickerDialog.h"
#include "settings/PresetDialog.h"

#include "catalog/CatalogStore.h"
#include "chat/Preset.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

void MainWindow::setupChatSettings()
{
    // The panel itself is made the first time it is shown: most sessions never open it.
    auto* side = new QScrollArea;
    side->setObjectName(QStringLiteral("chatSettingsSide"));
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setMinimumWidth(260);
    side->setVisible(false);
    m_ui->mainSplitter->addWidget(side);
    m_ui->mainSplitter->setStretchFactor(2, 0);

    auto* toggle = new QAction(tr("Chat &Settings"), this);
    toggle->setObjectName(QStringLiteral("actionChatSettings"));
    toggle->setCheckable(true);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    toggle->setToolTip(tr("This chat's system prompt and parameters (%1)").arg(toggle->shortcut().toString(QKeySequence::NativeText)));
    connect(toggle, &QAction::toggled, this, [this, side](bool on) {
        if (on && !m_chatSettings)
            createChatSettings(side);
        side->setVisible(on);
    });
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), toggle);
    m_ui->menuView->insertSeparator(m_ui->menuView->actions().value(1));
    addAction(toggle);
    auto* button = new QToolButton(m_ui->chatPanel);
    button->setObjectName(QStringLiteral("chatSettingsButton"));
    button->setDefaultAction(toggle);
    m_ui->modelBar->addWidget(button);

    connect(m_ui->actionNewConversation, &QAction::triggered, this, &MainWindow::startNewChat);
    connect(m_ui->newButton, &QPushButton::clicked, this, &MainWindow::startNewChat);
}

void MainWindow::createChatSettings(QScrollArea* side)
{
    m_chatSettings = new ConversationSettingsPanel;
    m_chatSettings->setObjectName(QStringLiteral("chatSettingsPanel"));
    m_chatSettings->setDefaults(m_context->settings()->defaultChatParams());
    side->setWidget(m_chatSettings);
    // A fallback is a model of the chat's provider, chosen in the model picker.
    m_chatSettings->setModelChooser([this]() -> QString {
        ModelPickerDialog picker(m_context, this);
        if (picker.exec() != QDialog::Accepted || picker.selectedModel().isEmpty())
            return {};
        const QString provider = m_ui->providerCombo->currentData().toString();
        if (picker.selectedProvider() != provider) {
            statusBar()->showMessage(tr("%1 is a model of %2; a fallback must be a model of %3, the chat's provider.")
                                         .arg(picker.selectedModel(), m_context->providers()->find(picker.selectedProvider()).name,
                                              m_context->providers()->find(provider).name),
                                     15000);
            return {};
        }
        return picker.selectedModel();
    });
    connect(m_chatSettings, &ConversationSettingsPanel::paramsChanged, this, [this](const ChatParams& params) {
        setCurrentParams(params);
        m_estimateTimer->start();
    });
    connect(m_chatSettings, &ConversationSettingsPanel::saveAsPresetRequested, this, [this](const ChatParams& params) {
        Preset preset;
        preset.provider = m_ui->providerCombo->currentData().toString();
        preset.model = m_ui->modelCombo->currentText().trimmed();
        preset.params = params;
        PresetDialog dialog(m_context, this);
        dialog.setPreset(preset, true);
        dialog.exec();
    });
    // The notes follow the provider and model the next request goes to.
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, this, &MainWindow::updateChatSettingsTarget);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateChatSettingsTarget);
    showChatSettings();
}

void MainWindow::keepChatSettings()
{
    // The panel gathers typing for a moment before it says so: what it shows now is kept
    // with the chat it shows, before another one takes its place.
    if (!m_chatSettings)
        return;
    const ChatParams shown = m_chatSettings->params();
    if (shown.toJson() != currentParams().toJson())
        setCurrentParams(shown);
}

void MainWindow::setCurrentParams(const ChatParams& params)
{
    if (m_currentConversation)
        m_store->setSettings(m_currentConversation, params);
    else
        m_newChatParams = params;
}

void MainWindow::showChatSettings()
{
    if (!m_chatSettings)
        return;
    m_chatSettings->setParams(currentParams());
    updateChatSettingsTarget();
}

void MainWindow::updateChatSettingsTarget()
{
    if (!m_chatSettings)
        return;
    const ProviderPreset preset = m_context->providers()->find(m_ui->providerCombo->currentData().toString());
    const QString model = m_ui->modelCombo->currentText().trimmed();
    if (!preset.isValid()) {
        m_chatSettings->clearTarget();
        return;
    }
    const std::optional<ModelInfo> entry = CatalogStore(m_context->database()).find(preset.id, model);
    m_chatSettings->setTarget(preset, model, entry ? &*entry : nullptr);
}

void MainWindow::startNewChat()
{
    PresetPickerDialog picker(m_context, this);
    picker.setObjectName(QStringLiteral("presetPicker"));
    if (picker.exec() != QDialog::Accepted)
        return;
    newConversation();
    const std::optional<Preset> chosen = picker.chosen();
    if (!chosen)
        return;
    m_newChatParams = m_context->settings()->defaultChatParams().overriddenBy(chosen->params);
    if (!chosen->provider.isEmpty()) {
        const int index = m_ui->providerCombo->findData(chosen->provider);
        if (index >= 0)
            m_ui->providerCombo->setCurrentIndex(index);
    }
    if (!chosen->model.isEmpty())
        m_ui->modelCombo->setCurrentText(chosen->model);
    showChatSettings();
    statusBar()->showMessage(tr("A new chat with %1.").arg(chosen->name), 5000);
}
