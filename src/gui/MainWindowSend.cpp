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

#include "catalog/PriceBook.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "money/Money.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "session/RequestBody.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "usage/Budgets.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace {
qint64 charsOf(const QList<StoredMessage>& path)
{
    qint64 chars = 0;
    for (const ChatMessage& m : historyMessages(path))
        chars += Budgets::promptChars(m.content);
    return chars;
}

// On a worker thread, with its own read-only connection: what the path to messageId
// counts for in an estimate; -1 when it cannot be read.
qint64 countHistoryChars(const QString& databasePath, qint64 messageId)
{
    Database db;
    QString error;
    if (!db.openReader(databasePath, &error))
        return -1;
    const QList<StoredMessage> path = ConversationStore(&db).turnsTo(messageId);
    return !path.isEmpty() && path.constLast().id == messageId ? charsOf(path) : -1;
}
// The budgets' verdict on a prompt of this size for this provider and model; none for an
// unknown provider.
std::optional<Budgets::Check> promptCheck(AppContext* context, const QString& providerId, const QString& model,
                                          const QString& prompt, qint64 historyChars)
{
    const ProviderPreset preset = context->providers()->find(providerId);
    if (!preset.isValid())
        return std::nullopt;
    const qint64 chars = historyChars + Budgets::promptChars(prompt);
    const std::optional<Money::Amount> cost
        = preset.local ? std::optional<Money::Amount>(0) : Budgets::estimateChars(chars, context->prices()->find(preset, model));
    return Budgets(context->database(), context->settings()).check(preset.id, model, cost);
}
} // namespace

void MainWindow::setupSendPath()
{
    m_historyCount = new QFutureWatcher<qint64>(this);
    connect(m_historyCount, &QFutureWatcherBase::finished, this, [this] {
        const qint64 chars = m_historyCount->result();
        if (chars < 0 || m_historyCountFor != questionParent())
            return;
        m_historyCharsFor = m_historyCountFor;
        m_historyChars = chars;
        updateEstimate();
    });
    // Whatever the view reloads (another conversation, a branch, an edit or a deletion), the
    // count starts again, ready before the user types.
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        m_historyCharsFor = -1;
        if (!m_runningAnswer)
            historyChars(false);
    });
}

std::optional<qint64> MainWindow::historyChars(bool wait)
{
    const qint64 parent = questionParent();
    if (parent <= 0)
        return 0;
    if (m_historyCharsFor == parent)
        return m_historyChars;
    if (wait) {
        m_historyCharsFor = parent;
        m_historyChars = charsOf(m_store->turnsTo(parent));
        return m_historyChars;
    }
    if (m_historyCountFor != parent || !m_historyCount->isRunning()) {
        m_historyCountFor = parent;
        m_historyCount->setFuture(QtConcurrent::run(countHistoryChars, m_context->database()->path(), parent));
    }
    return std::nullopt;
}

ChatRequest MainWindow::requestFor(qint64 historyFrom, const QString& prompt) const
{
    ChatRequest request;
    request.providerId = m_ui->providerCombo->currentData().toString();
    request.models = { m_ui->modelCombo->currentText().trimmed() };
    request.baseUrlOverride = m_context->settings()->baseUrlOverride(request.providerId);
    request.historyFrom = historyFrom;
    if (!prompt.isEmpty())
        request.messages.append({ QStringLiteral("user"), prompt });
    return request;
}

void MainWindow::updateEstimate()
{
    const QString prompt = m_ui->promptEdit->toPlainText().trimmed();
    const std::optional<qint64> history = prompt.isEmpty() ? std::nullopt : historyChars(false);
    const std::optional<Budgets::Check> check
        = history ? promptCheck(m_context, m_ui->providerCombo->currentData().toString(), m_ui->modelCombo->currentText().trimmed(),
                                prompt, *history)
                  : std::nullopt;
    if (!check) {
        // Empty, an unknown provider, or the history still being counted (this runs again then).
        m_estimate->clear();
        return;
    }
    m_estimate->setText(check->estimate ? QStringLiteral("≈ ") + Money::formatUsd(*check->estimate, QLocale()) : tr("cost unknown"));
    m_estimate->setToolTip(check->warn ? check->sentence
                                       : tr("The prompt's cost before the answer: input tokens estimated, priced at the model's input price."));
    m_estimate->setStyleSheet(check->warn ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Theme::warning(palette()).name())
                                          : QString());
}

void MainWindow::send()
{
    if (m_runner->isRunning())
        return;
    const QString prompt = m_ui->promptEdit->toPlainText().trimmed();
    if (prompt.isEmpty())
        return;
    const QString providerId = m_ui->providerCombo->currentData().toString();
    const QString model = m_ui->modelCombo->currentText().trimmed();
    if (model.isEmpty()) {
        statusBar()->showMessage(tr("Choose a model first, for example %1.").arg(m_context->providers()->find(providerId).defaultModel));
        m_ui->modelCombo->setFocus();
        return;
    }
    const qint64 parent = questionParent();
    // A hard-stop budget blocks sending, with a one-click override for this request. The
    // history's size is known by now unless the user sends within moments of opening.
    if (const std::optional<Budgets::Check> check = promptCheck(m_context, providerId, model, prompt, historyChars(true).value_or(0));
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
        QString title = prompt.simplified();
        if (title.size() > 48)
            title = title.left(47) + QChar(0x2026);
        m_currentConversation = m_store->create(title, providerId, model);
    }
    const qint64 question = m_store->addChild(m_currentConversation, parent, QStringLiteral("user"), prompt);
    m_ui->promptEdit->clear();
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
