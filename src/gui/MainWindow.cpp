#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "ChatView.h"
#include "ConversationListModel.h"
#include "chat/AttachmentTray.h"
#include "chat/ConversationSettingsPanel.h"
#include "chat/MessageListModel.h"
#include "ModelPickerDialog.h"
#include "settings/SettingsDialog.h"
#include "Theme.h"
#include "dashboard/UsageView.h"

#include "chat/ChatOutcome.h"
#include "catalog/PriceBook.h"
#include "config/AppSettings.h"
#include "usage/Budgets.h"
#include "money/Money.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/ConversationStore.h"

#include <QApplication>
#include <QDialog>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QActionGroup>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

static void initGuiResources()
{
    Q_INIT_RESOURCE(gui); // the forms' library is static: its resources need a nudge
}

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_context(context)
    , m_store(std::make_unique<ConversationStore>(context->database()))
    , m_conversations(new ConversationListModel(m_store.get(), this))
    , m_messages(new MessageListModel(m_store.get(), this))
    , m_runner(new ChatRunner(context, this))
    , m_statusModel(new QLabel(this))
    , m_statusTokens(new QLabel(this))
    , m_statusCost(new QLabel(this))
    , m_usage(new UsageView(context, this))
    , m_estimate(new QLabel(this))
    , m_budgetBanner(new QLabel(this))
    , m_storageBanner(new QLabel(this))
    , m_estimateTimer(new QTimer(this))
    , m_storageRetry(new QTimer(this))
{
    initGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/switchyard/icons/switchyard.svg")));
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_estimate->setObjectName(QStringLiteral("costEstimate"));
    m_estimate->setAlignment(Qt::AlignCenter);
    m_estimate->setWordWrap(true);
    m_ui->inputButtons->insertWidget(2, m_estimate);
    m_budgetBanner->setObjectName(QStringLiteral("budgetBanner"));
    m_budgetBanner->setWordWrap(true);
    m_budgetBanner->setVisible(false);
    m_budgetBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_budgetBanner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 4px; }")
                                      .arg(Theme::warning(palette()).name(), Theme::onWarning(palette()).name()));
    m_ui->centralLayout->insertWidget(1, m_budgetBanner);
    // A ledger row that could not be written is said here and kept until it can be.
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    m_storageBanner->setWordWrap(true);
    m_storageBanner->setVisible(false);
    m_storageBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_storageBanner->setStyleSheet(m_budgetBanner->styleSheet());
    m_ui->centralLayout->insertWidget(1, m_storageBanner);
    m_storageRetry->setInterval(15000);
    connect(m_storageRetry, &QTimer::timeout, this, &MainWindow::retryUnsavedRows);
    m_estimateTimer->setObjectName(QStringLiteral("estimateTimer")); // named for bench traces
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(250);
    connect(m_estimateTimer, &QTimer::timeout, this, &MainWindow::updateEstimate);
    connect(m_ui->promptEdit, &QPlainTextEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    m_ui->pages->addWidget(m_usage);
    auto* pageGroup = new QActionGroup(this);
    pageGroup->addAction(m_ui->actionShowChat);
    pageGroup->addAction(m_ui->actionShowUsage);
    QToolBar* pagesBar = addToolBar(tr("Pages"));
    pagesBar->setObjectName(QStringLiteral("pagesToolBar"));
    pagesBar->setMovable(false);
    pagesBar->addAction(m_ui->actionShowChat);
    pagesBar->addAction(m_ui->actionShowUsage);
    connect(m_ui->actionShowChat, &QAction::triggered, this, &MainWindow::showChat);
    connect(m_ui->actionShowUsage, &QAction::triggered, this, &MainWindow::showUsage);
    connect(m_usage, &UsageView::openConversation, this, [this](qint64 id) {
        showChat();
        m_ui->conversationList->setCurrentIndex(m_conversations->indexForId(id));
    });
    m_ui->mainSplitter->setSizes({ 240, 860 });
    m_ui->keychainBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);
    m_ui->keychainBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; border-radius: 4px; }"));

    m_statusModel->setObjectName(QStringLiteral("statusModel"));
    m_statusTokens->setObjectName(QStringLiteral("statusTokens"));
    m_statusCost->setObjectName(QStringLiteral("statusCost"));
    statusBar()->addPermanentWidget(m_statusModel);
    statusBar()->addPermanentWidget(m_statusTokens);
    statusBar()->addPermanentWidget(m_statusCost);

    m_ui->conversationList->setModel(m_conversations);
    m_ui->chatView->setModel(m_messages);
    // A reset re-reads rows from the store, which holds a streaming answer as of its last
    // save: put back what has arrived since.
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        if (m_runningAnswer && m_runner->isRunning() && m_messages->conversationId() == m_runningConversation)
            m_messages->setLiveText(m_runningAnswer, m_runner->liveText(), m_runner->liveReasoning());
    });
    setupMessageActions();
    setupSendPath();
    fillProviders(context->settings()->defaultProvider());

    ChatRunner::Options options;
    options.idleTimeoutMs = context->settings()->idleTimeoutSeconds() * 1000;
    options.maxRetries = context->settings()->maxRetries();
    m_runner->setOptions(options);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &MainWindow::stop);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &MainWindow::renameConversation);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MainWindow::deleteConversation);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionChooseModel, &QAction::triggered, this, &MainWindow::chooseModel);
    connect(m_ui->pickModelButton, &QToolButton::clicked, this, &MainWindow::chooseModel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto* about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onProviderChanged);
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { loadConversation(m_conversations->idAt(current)); });
    connect(m_ui->chatView, &ChatView::settingsRequested, this, &MainWindow::openSettings);
    connect(m_runner, &ChatRunner::textDelta, this, [this](const QString& text) {
        if (m_currentConversation == m_runningConversation)
            m_messages->appendText(m_runningAnswer, text);
    });
    connect(m_runner, &ChatRunner::reasoningDelta, this, [this](const QString& text) {
        if (m_currentConversation == m_runningConversation)
            m_messages->appendReasoning(m_runningAnswer, text);
    });
    connect(m_runner, &ChatRunner::retrying, this, [this](int attempt, int delayMs) {
        statusBar()->showMessage(tr("The provider is busy; trying again in %1 s (attempt %2)…")
                                     .arg(qMax(1, delayMs / 1000))
                                     .arg(attempt + 1));
    });
    connect(m_runner, &ChatRunner::finished, this, &MainWindow::onFinished);

    m_ui->promptEdit->installEventFilter(this);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, [this] {
        if (m_runner->isRunning())
            stop();
        else if (m_editing)
            cancelEdit();
    });
    setupMenus();
    setupAttachments();
    setupChatSettings();
    m_newChatParams = context->settings()->defaultChatParams();

    const QByteArray geometry = context->settings()->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = context->settings()->splitterState();
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);

    if (m_conversations->rowCount() > 0)
        m_ui->conversationList->setCurrentIndex(m_conversations->index(0));
    setBusy(false);
    statusBar()->showMessage(tr("Ready"));
    m_ui->promptEdit->setFocus();
    probeKeychain();
}

MainWindow::~MainWindow() = default;

void MainWindow::probeKeychain()
{
    QPointer<MainWindow> self(this);
    m_context->keys()->probe([self](bool available) {
        if (!self || available)
            return;
        self->m_context->keys()->setMemoryFallback(true);
        self->m_ui->keychainBanner->setVisible(true);
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->promptEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_runner->isRunning()) {
            stop();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_editing) {
            cancelEdit();
            return true;
        }
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && m_ui->promptEdit->toPlainText().isEmpty()
            && m_tray->isEmpty() && !m_runner->isRunning()) {
            const qint64 last = m_ui->chatView->lastMessageId(QStringLiteral("user"));
            if (last) {
                editMessage(last);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // The start-up benchmark measures launch to first painted window.
        if (qEnvironmentVariableIsSet("SWITCHYARD_EXIT_AFTER_FIRST_PAINT"))
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A request still being prepared stops at once (nothing was sent); one under way writes
    // its ledger row and the partial answer as it stops.
    if (m_runner->isRunning())
        m_runner->cancel();
    keepChatSettings();
    m_context->settings()->setWindowGeometry(saveGeometry());
    m_context->settings()->setSplitterState(m_ui->mainSplitter->saveState());
    m_context->settings()->setLastModel(m_ui->providerCombo->currentData().toString(), m_ui->modelCombo->currentText().trimmed());
    m_context->settings()->sync();
    event->accept();
}

void MainWindow::fillProviders(const QString& select)
{
    const QSignalBlocker blocker(m_ui->providerCombo);
    m_ui->providerCombo->clear();
    for (const auto& p : m_context->providers()->providers())
        m_ui->providerCombo->addItem(p.name, p.id);
    m_ui->providerCombo->setCurrentIndex(qMax(0, m_ui->providerCombo->findData(select)));
    onProviderChanged();
}

void MainWindow::onProviderChanged()
{
    const ProviderPreset preset = m_context->providers()->find(m_ui->providerCombo->currentData().toString());
    m_ui->modelCombo->clear();
    m_ui->modelCombo->addItems(preset.suggestedModels);
    const QString last = m_context->settings()->lastModel(preset.id);
    m_ui->modelCombo->setCurrentText(last.isEmpty() ? preset.defaultModel : last);
}

void MainWindow::newConversation()
{
    m_ui->conversationList->clearSelection();
    m_ui->conversationList->setCurrentIndex(QModelIndex());
    keepChatSettings();
    m_currentConversation = 0;
    m_newChatParams = m_context->settings()->defaultChatParams();
    cancelEdit();
    m_messages->setConversation(0);
    showChatSettings();
    m_ui->promptEdit->setFocus();
}

void MainWindow::selectConversation(qint64 id)
{
    const QSignalBlocker blocker(m_ui->conversationList->selectionModel());
    m_ui->conversationList->setCurrentIndex(m_conversations->indexForId(id));
}

void MainWindow::loadConversation(qint64 id)
{
    if (id == m_currentConversation)
        return;
    keepChatSettings();
    m_currentConversation = id;
    cancelEdit();
    m_messages->setConversation(id);
    m_ui->chatView->setStreamingMessage(id && id == m_runningConversation ? m_runningAnswer : 0);
    if (id)
        restoreModel(id);
    showChatSettings();
}

void MainWindow::restoreModel(qint64 conversationId)
{
    // A conversation brings back the provider and model it was last used with.
    const ConversationInfo info = m_store->find(conversationId);
    if (info.provider.isEmpty() || !m_context->providers()->find(info.provider).isValid())
        return;
    if (m_ui->providerCombo->currentData().toString() != info.provider)
        fillProviders(info.provider);
    if (!info.model.isEmpty())
        m_ui->modelCombo->setCurrentText(info.model);
}

qint64 MainWindow::questionParent() const
{
    // A question edited becomes a sibling of the one it replaces; otherwise it follows the
    // branch in view.
    if (!m_currentConversation)
        return 0;
    return m_editing ? m_store->message(m_editing).parentId : m_store->currentLeaf(m_currentConversation);
}

void MainWindow::checkBudgetsAfterRequest()
{
    QStringList lines;
    for (const BudgetStatus& s : Budgets(m_context->database(), m_context->settings()).status()) {
        if (s.state == BudgetStatus::State::Ok)
            continue;
        const QString line = s.alertText(); // the same sentence as the CLI's, credit floors included
        lines.append(line);
        const QString key = s.budget.id + u':' + QString::number(int(s.state)) + u':' + s.periodStart.toString(Qt::ISODate);
        if (m_alertedBudgets.contains(key))
            continue;
        m_alertedBudgets.append(key);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            auto* tray = findChild<QSystemTrayIcon*>();
            if (!tray) {
                tray = new QSystemTrayIcon(windowIcon(), this);
                tray->show();
            }
            tray->showMessage(tr("Switchyard budget"), line, QSystemTrayIcon::Warning);
        }
    }
    m_budgetBanner->setText(lines.join(u'\n'));
    m_budgetBanner->setVisible(!lines.isEmpty());
}

void MainWindow::stop()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

void MainWindow::onFinished(const ChatOutcome& outcome)
{
    setBusy(false);
    if (m_runningAnswer) {
        const bool offerSettings = outcome.errorKind == ErrorKind::Auth || outcome.errorKind == ErrorKind::MissingKey
            || outcome.errorKind == ErrorKind::KeychainUnavailable;
        m_ui->chatView->setNoticeLink(m_runningAnswer, offerSettings);
        if (m_currentConversation == m_runningConversation) {
            m_messages->refreshMessage(m_runningAnswer);
            m_ui->chatView->setStreamingMessage(0);
        }
    }
    m_runningAnswer = 0;
    m_runningConversation = 0;
    m_historyCharsFor = -1; // a continued answer changed the path without changing its end
    historyChars(false);
    if (outcome.ok())
        statusBar()->showMessage(tr("Answered in %1 s").arg(QLocale().toString(outcome.durationMs / 1000.0, 'f', 1)), 10000);
    else
        statusBar()->showMessage(outcome.message, 15000);
    if (!outcome.warning.isEmpty())
        statusBar()->showMessage(outcome.warning, 15000);
    if (!outcome.storageError.isEmpty())
        showStorageProblem(outcome.storageError);
    showRequestFigures(outcome);
    checkBudgetsAfterRequest();
    updateEstimate();
    if (m_ui->pages->currentWidget() == m_usage)
        m_usage->refresh();
}

void MainWindow::showRequestFigures(const ChatOutcome& outcome)
{
    const QLocale locale;
    m_statusModel->setText(outcome.modelServed.isEmpty() ? QString() : outcome.modelServed);
    m_statusModel->setToolTip(outcome.upstreamProvider.isEmpty() ? QString() : tr("Served by %1").arg(outcome.upstreamProvider));
    if (outcome.usage.promptTokens || outcome.usage.completionTokens) {
        m_statusTokens->setText(tr("%1 in · %2 out")
                                    .arg(locale.toString(outcome.usage.promptTokens.value_or(0)),
                                         locale.toString(outcome.usage.completionTokens.value_or(0))));
    } else {
        m_statusTokens->setText(tr("tokens unknown"));
    }
    m_statusCost->setText(outcome.usage.cost ? Money::formatUsd(*outcome.usage.cost, locale) : tr("cost unknown"));
    m_statusCost->setToolTip(outcome.usage.cost ? tr("Charged by the provider: $%1").arg(Money::toDecimalString(*outcome.usage.cost))
                                                    : QString());
}

void MainWindow::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy);
    m_ui->stopButton->setEnabled(busy);
    m_ui->providerCombo->setEnabled(!busy);
    m_ui->deleteButton->setEnabled(!busy);
}

void MainWindow::renameConversation()
{
    const qint64 id = m_conversations->idAt(m_ui->conversationList->currentIndex());
    if (!id)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Chat"), tr("Name:"), QLineEdit::Normal,
                                                m_store->find(id).title, &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    m_store->rename(id, title);
    m_conversations->reload();
    selectConversation(id);
}

void MainWindow::deleteConversation()
{
    const qint64 id = m_conversations->idAt(m_ui->conversationList->currentIndex());
    if (!id)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Chat"),
                                              tr("Delete \"%1\" and its messages? Its requests stay in the usage ledger.")
                                                  .arg(m_store->find(id).title));
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(id);
    m_currentConversation = -1; // force a reload of whatever is selected next
    m_conversations->reload();
    if (m_conversations->rowCount() > 0)
        m_ui->conversationList->setCurrentIndex(m_conversations->index(0));
    else
        newConversation();
}

void MainWindow::showChat()
{
    m_ui->actionShowChat->setChecked(true);
    m_ui->pages->setCurrentWidget(m_ui->mainSplitter);
    m_ui->promptEdit->setFocus();
}

void MainWindow::showUsage()
{
    m_ui->actionShowUsage->setChecked(true);
    m_ui->pages->setCurrentWidget(m_usage); // refreshes as it is shown
}

void MainWindow::refreshProviders()
{
    fillProviders(m_ui->providerCombo->currentData().toString());
}

void MainWindow::chooseModel()
{
    ModelPickerDialog picker(m_context, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedModel().isEmpty())
        return;
    fillProviders(picker.selectedProvider());
    m_ui->modelCombo->setCurrentText(picker.selectedModel());
    m_ui->promptEdit->setFocus();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, this);
    dialog.exec();
    refreshProviders();
    if (m_chatSettings)
        m_chatSettings->setDefaults(m_context->settings()->defaultChatParams());
    ChatRunner::Options options = m_runner->options();
    options.idleTimeoutMs = m_context->settings()->idleTimeoutSeconds() * 1000;
    m_runner->setOptions(options);
}

void MainWindow::showStorageProblem(const QString& sentence)
{
    m_storageBanner->setText(tr("%1 The request's record is kept in memory and is written as soon as the database "
                                "accepts it.")
                                 .arg(sentence));
    m_storageBanner->setVisible(true);
    m_storageRetry->start();
}

void MainWindow::retryUnsavedRows()
{
    QString error;
    if (!m_context->retryUnsaved(&error)) {
        if (!error.isEmpty())
            showStorageProblem(error);
        return;
    }
    m_storageRetry->stop();
    m_storageBanner->setVisible(false);
    statusBar()->showMessage(tr("The kept request records were written to the ledger."), 10000);
    if (m_ui->pages->currentWidget() == m_usage)
        m_usage->refresh();
}
