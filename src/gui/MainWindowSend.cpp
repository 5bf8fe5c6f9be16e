// The send path of the window: the estimate beside Send, Send itself, and the start of
// every answer (a question, a regenerated or a continued answer). Nothing here reads a
// whole conversation on the GUI thread: the history's size for the estimate is counted on
// a worker thread once per branch end, and ChatRunner reads the history and builds the
// body on one.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ChatView.h"
#include "ConversationListModel.h"
#include "Theme.h"
#include "chat/MessageListModel.h"

#include "chat/AttachmentTray.h"
#include "chat/ConversationSettingsPanel.h"

#include "catalog/CatalogStore.h"
#include "catalog/PriceBook.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "money/Money.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "session/RequestBody.h"
#include "storage/AttachmentStore.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "usage/Budgets.h"

#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// The path is read without the files' bytes; only a PDF's are read, for its page count.
MainWindow::HistoryCount countOf(const QList<StoredMessage>& path, const AttachmentStore& files)
{
    MainWindow::HistoryCount count;
    count.chars = 0;
    for (const ChatMessage& m : historyMessages(path)) {
        count.chars += Budgets::promptChars(m.content);
        for (Attachment file : m.attachments) {
            // The size (and a PDF's pages) is enough; the bytes would stay in memory.
            if (file.kind == Attachment::Kind::Pdf)
                file.pages = AttachmentPolicy::pdfPages(file.data.isEmpty() ? files.data(file.hash) : file.data);
            file.data.clear();
            count.files.append(file);
        }
    }
    return count;
}

// On a worker thread, with its own read-only connection: what the path to messageId
// counts for in an estimate; chars -1 when it cannot be read.
MainWindow::HistoryCount countHistory(const QString& databasePath, qint64 messageId)
{
    Database db;
    QString error;
    if (!db.openReader(databasePath, &error))
        return {};
    const QList<StoredMessage> path = ConversationStore(&db).turnsTo(messageId, false);
    return !path.isEmpty() && path.constLast().id == messageId ? countOf(path, AttachmentStore(&db))
                                                               : MainWindow::HistoryCount();
}

// The budgets' verdict on a prompt of this size (system prompt, history and files
// included) for this provider and model; none for an unknown provider.
std::optional<Budgets::Check> promptCheck(AppContext* context, const QString& providerId, const QString& model,
                                          const ChatParams& params, qint64 chars, const QList<Attachment>& files)
{
    const ProviderPreset preset = context->providers()->find(providerId);
    if (!preset.isValid())
        return std::nullopt;
    if (!params.systemPrompt.isEmpty())
        chars += Budgets::promptChars(params.systemPrompt);
    const std::optional<Money::Amount> cost = preset.local
        ? std::optional<Money::Amount>(0)
        : Budgets::estimateChars(chars, context->prices()->find(preset, model), AttachmentPolicy::estimatedTokens(preset, files));
    return Budgets(context->database(), context->settings()).check(preset.id, model, cost);
}
} // namespace

void MainWindow::setupSendPath()
{
    m_historyCount = new QFutureWatcher<HistoryCount>(this);
    connect(m_historyCount, &QFutureWatcherBase::finished, this, [this] {
        const HistoryCount count = m_historyCount->result();
        if (count.chars < 0 || m_historyCountFor != questionParent())
            return;
        m_historyCharsFor = m_historyCountFor;
        m_historyChars = count.chars;
        m_historyFiles = count.files;
        updateEstimate();
    });
    // Whatever the view reloads (another conversation, a branch, an edit or a deletion), the
    // count starts again, ready before the user types: half a second later, so it never
    // competes with opening the window or the conversation.
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        m_historyCharsFor = -1;
        QTimer::singleShot(500, this, [this] {
            if (!m_runningAnswer)
                historyChars(false);
        });
    });
}

std::optional<qint64> MainWindow::historyChars(bool wait)
{
    const qint64 parent = questionParent();
    if (parent <= 0) {
        m_historyCharsFor = parent;
        m_historyChars = 0;
        m_historyFiles.clear();
        return 0;
    }
    if (m_historyCharsFor == parent)
        return m_historyChars;
    if (wait) {
        const HistoryCount count = countOf(m_store->turnsTo(parent, false), AttachmentStore(m_context->database()));
        m_historyCharsFor = parent;
        m_historyChars = count.chars;
        m_historyFiles = count.files;
        return m_historyChars;
    }
    if (m_historyCountFor != parent || !m_historyCount->isRunning()) {
        m_historyCountFor = parent;
        m_historyCount->setFuture(QtConcurrent::run(countHistory, m_context->database()->path(), parent));
    }
    return std::nullopt;
}

ChatRequest MainWindow::requestFor(qint64 historyFrom, const QString& prompt) const
{
    ChatRequest request;
    request.providerId = m_ui->providerCombo->currentData().toString();
    request.baseUrlOverride = m_context->settings()->baseUrlOverride(request.providerId);
    request.historyFrom = historyFrom;
    request.params = currentParams();
    // The chat's model first, then its fallbacks (OpenRouter's "models").
    request.models = QStringList { m_ui->modelCombo->currentText().trimmed() } + request.params.fallbackModels;
    if (!prompt.isEmpty())
        request.messages.append({ QStringLiteral("user"), prompt });
    return request;
}

ChatParams MainWindow::currentParams() const
{
    return m_currentConversation ? m_store->settings(m_currentConversation) : m_newChatParams;
}

void MainWindow::updateEstimate()
{
    const QString prompt = m_ui->promptEdit->toPlainText().trimmed();
    const QList<Attachment> draft = m_tray->attachments();
    const bool empty = prompt.isEmpty() && draft.isEmpty();
    const std::optional<qint64> history = empty ? std::nullopt : historyChars(false);
    const std::optional<Budgets::Check> check
        = history ? promptCheck(m_context, m_ui->providerCombo->currentData().toString(), m_ui->modelCombo->currentText().trimmed(),
                                currentParams(), *history + Budgets::promptChars(prompt), m_historyFiles + draft)
                  : std::nullopt;
    if (!check) {
        // Empty, an unknown provider, or the history still being counted (this runs again then).
        m_estimate->clear();
        return;
    }
    // Files count by rule of thumb (a flat figure per image, per PDF page): say so.
    const bool files = !draft.isEmpty() || !m_historyFiles.isEmpty();
    const QString amount = check->estimate ? QStringLiteral("≈ ") + Money::formatUsd(*check->estimate, QLocale()) : tr("cost unknown");
    m_estimate->setText(files && check->estimate ? tr("%1 (files approximate)").arg(amount) : amount);
    m_estimate->setToolTip(check->warn ? check->sentence
                           : files     ? tr("The prompt's cost before the answer: input tokens estimated, files by a rule of thumb "
                                            "per image and per PDF page, priced at the model's input price.")
                                       : tr("The prompt's cost before the answer: input tokens estimated, priced at the model's input price."));
    m_estimate->setStyleSheet(check->warn ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Theme::warning(palette()).name())
                                          : QString());
}

QString MainWindow::filesRefusal(const QList<Attachment>& files) const
{
    if (files.isEmpty() && m_historyFiles.isEmpty())
        return {};
    const ProviderPreset preset = m_context->providers()->find(m_ui->providerCombo->currentData().toString());
    const auto adapter = ProviderAdapter::create(preset.protocol);
    if (!preset.isValid() || !adapter)
        return {}; // ChatRunner says so in its own sentence
    ChatRequest probe = requestFor(0, {});
    // The history's files (sizes only) with the draft's: a model switched to after an image
    // was sent cannot take the chat any more, and that is said before anything is stored.
    probe.messages = { { QStringLiteral("user"), QString(), m_historyFiles + files } };
    const std::optional<ModelInfo> entry = CatalogStore(m_context->database()).find(preset.id, probe.primaryModel());
    return AttachmentPolicy::refusal(preset, *adapter, probe, entry ? &*entry : nullptr, false);
}

void MainWindow::send()
{
    if (m_runner->isRunning())
        return;
    const QString prompt = m_ui->promptEdit->toPlainText().trimmed();
    const QList<Attachment> files = m_tray->attachments();
    if (prompt.isEmpty() && files.isEmpty())
        return;
    const QString providerId = m_ui->providerCombo->currentData().toString();
    const QString model = m_ui->modelCombo->currentText().trimmed();
    if (model.isEmpty()) {
        statusBar()->showMessage(tr("Choose a model first, for example %1.").arg(m_context->providers()->find(providerId).defaultModel));
        m_ui->modelCombo->setFocus();
        return;
    }
    // Parameters that cannot be used (a temperature of "abc"): the panel names the field.
    if (const QString problem = m_chatSettings ? m_chatSettings->problem() : QString(); !problem.isEmpty()) {
        statusBar()->showMessage(problem, 15000);
        findChild<QAction*>(QStringLiteral("actionChatSettings"))->setChecked(true);
        return;
    }
    // What the panel shows is what goes, typing not yet gathered into paramsChanged included.
    keepChatSettings();
    // Files this provider or model cannot take (the draft's, and the history's: the model may
    // have changed since they were sent): one sentence, nothing stored or sent, the draft kept.
    const qint64 history = historyChars(true).value_or(0);
    if (const QString refusal = filesRefusal(files); !refusal.isEmpty()) {
        m_tray->setNotice(refusal);
        statusBar()->showMessage(refusal, 15000);
        return;
    }
    const qint64 parent = questionParent();
    // A hard-stop budget blocks sending, with a one-click override for this request. The
    // history's size is known by now unless the user sends within moments of opening.
    if (const std::optional<Budgets::Check> check
        = promptCheck(m_context, providerId, model, currentParams(), history + Budgets::promptChars(prompt), m_historyFiles + files);
        check && check->blocked) {
        QMessageBox box(QMessageBox::Warning, tr("Budget Reached"), check->sentence, QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("budgetBlockedBox"));
        QPushButton* anyway = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("sendAnywayButton"));
        box.exec();
        if (box.clickedButton() != anyway)
            return;
    }
    if (!m_currentConversation) {
        QString title = prompt.isEmpty() ? files.first().filename : prompt.simplified();
        if (title.size() > 48)
            title = title.left(47) + QChar(0x2026);
        m_currentConversation = m_store->create(title, providerId, model);
        m_store->setSettings(m_currentConversation, m_newChatParams);
    }
    const qint64 question = m_store->addChild(m_currentConversation, parent, QStringLiteral("user"), prompt);
    if (!files.isEmpty() && !AttachmentStore(m_context->database()).attach(question, files)) {
        m_store->removeMessage(question);
        const QString problem = tr("The files could not be stored in %1, so nothing was sent; free some disk space or check "
                                   "the file, then send again.")
                                    .arg(QDir::toNativeSeparators(m_context->database()->path()));
        m_tray->setNotice(problem);
        statusBar()->showMessage(problem, 15000);
        return;
    }
    m_ui->promptEdit->clear();
    m_tray->clear();
    cancelEdit();
    startAnswer(question, question);
}

void MainWindow::startAnswer(qint64 historyFrom, qint64 parentId, const QString& keptText, qint64 continuing,
                             const QString& extraPrompt, const QString& keptReasoning)
{
    const QString providerId = m_ui->providerCombo->currentData().toString();
    const QString model = m_ui->modelCombo->currentText().trimmed();
    const ChatRequest request = requestFor(historyFrom, extraPrompt);
    m_store->setModel(m_currentConversation, providerId, model);
    const qint64 answer = continuing ? continuing
                                     : m_store->addChild(m_currentConversation, parentId, QStringLiteral("assistant"), {}, model,
                                                         QStringLiteral("streaming"));
    m_context->settings()->setLastModel(providerId, model);
    // Set before the reload: while an answer runs, the history is not counted again.
    m_runningConversation = m_currentConversation;
    m_runningAnswer = answer;
    setBusy(true);
    if (m_messages->conversationId() != m_currentConversation)
        m_messages->setConversation(m_currentConversation);
    else if (!m_messages->appendToBranch())
        m_messages->reload();
    m_ui->chatView->setStreamingMessage(answer);
    m_ui->chatView->scrollToBottom();

    m_conversations->reload();
    selectConversation(m_currentConversation);
    statusBar()->showMessage(tr("Waiting for %1…").arg(model));
    m_runner->start(request, m_currentConversation, answer, keptText, keptReasoning);
}
