// The chat's message actions: what the chat view's toolbar, context menu and shortcuts
// ask of the window (edit, regenerate, continue, delete, versions, the request behind an
// answer, copy). Part of MainWindow; the rest of it is in MainWindow.cpp.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ChatView.h"
#include "ModelPickerDialog.h"
#include "chat/MessageListModel.h"
#include "dashboard/UsageView.h"

#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "chat/AttachmentTray.h"
#include "storage/AttachmentStore.h"
#include "storage/ConversationStore.h"

#include <QBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>

void MainWindow::setupMessageActions()
{
    // Editing a question: said above the prompt, with a way out.
    m_editBanner = new QLabel(this);
    m_editBanner->setObjectName(QStringLiteral("editBanner"));
    m_editBanner->setWordWrap(true);
    m_editBanner->setVisible(false);
    m_editBanner->setText(tr("Editing a question: sending makes a new version of it and a new answer; the old ones "
                             "stay (switch with ‹ ›). <a href=\"cancel\">Cancel</a>"));
    connect(m_editBanner, &QLabel::linkActivated, this, &MainWindow::cancelEdit);
    if (auto* box = qobject_cast<QBoxLayout*>(m_ui->promptEdit->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->promptEdit), m_editBanner);
    connect(m_ui->chatView, &ChatView::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_ui->chatView, &ChatView::actionRequested, this, [this](ChatView::Action action, qint64 id) {
        switch (action) {
        case ChatView::Action::Edit:
            editMessage(id);
            break;
        case ChatView::Action::Regenerate:
            regenerate(id);
            break;
        case ChatView::Action::RegenerateWith: {
            ModelPickerDialog picker(m_context, this);
            if (picker.exec() != QDialog::Accepted || picker.selectedModel().isEmpty())
                return;
            fillProviders(picker.selectedProvider());
            m_ui->modelCombo->setCurrentText(picker.selectedModel());
            regenerate(id);
            break;
        }
        case ChatView::Action::Delete:
            deleteMessage(id);
            break;
        case ChatView::Action::Continue:
            continueAnswer(id);
            break;
        case ChatView::Action::PreviousVersion:
            switchVersion(id, -1);
            break;
        case ChatView::Action::NextVersion:
            switchVersion(id, +1);
            break;
        case ChatView::Action::OpenRequest:
            openRequest(id);
            break;
        }
    });
    auto* copyLast = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyLast, &QShortcut::activated, this, &MainWindow::copyLastAnswer);
    auto* regenerateLastShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(regenerateLastShortcut, &QShortcut::activated, this, &MainWindow::regenerateLast);
}

void MainWindow::editMessage(qint64 messageId)
{
    if (m_runner->isRunning())
        return;
    const StoredMessage m = m_store->message(messageId);
    if (m.role != QLatin1String("user"))
        return;
    // What the user was writing is kept aside and comes back when the edit ends.
    if (!m_editing) {
        m_draftText = m_ui->promptEdit->toPlainText();
        m_draftFiles = m_tray->attachments();
    }
    m_editing = messageId;
    m_ui->promptEdit->setPlainText(m.content);
    m_ui->promptEdit->moveCursor(QTextCursor::End);
    // Its files come back into the tray: the new version goes with them unless removed.
    m_tray->clear();
    for (const Attachment& file : AttachmentStore(m_context->database()).forMessages({ messageId }).value(messageId))
        m_tray->addBytes(file.filename, file.data);
    m_editBanner->setVisible(true);
    m_ui->promptEdit->setFocus();
}

void MainWindow::cancelEdit()
{
    if (!m_editing)
        return;
    m_editing = 0;
    m_editBanner->setVisible(false);
    // The draft from before the edit comes back (sent or cancelled, the edit is done with).
    m_ui->promptEdit->setPlainText(m_draftText);
    m_ui->promptEdit->moveCursor(QTextCursor::End);
    m_tray->clear();
    for (const Attachment& file : std::as_const(m_draftFiles))
        m_tray->addBytes(file.filename, file.data);
    m_draftText.clear();
    m_draftFiles.clear();
}

void MainWindow::regenerate(qint64 messageId)
{
    if (m_runner->isRunning())
        return;
    const StoredMessage m = m_store->message(messageId);
    if (m.role != QLatin1String("assistant") || !m.parentId)
        return;
    // A new answer beside the old one, to the same path.
    startAnswer(m.parentId, m.parentId);
}

void MainWindow::regenerateLast()
{
    const qint64 last = m_ui->chatView->lastMessageId(QStringLiteral("assistant"));
    if (last)
        regenerate(last);
}

void MainWindow::continueAnswer(qint64 messageId)
{
    if (m_runner->isRunning())
        return;
    const StoredMessage m = m_store->message(messageId);
    if (m.role != QLatin1String("assistant") || m.content.isEmpty())
        return;
    m_store->updateMessage(messageId, m.content, m.reasoning, QStringLiteral("streaming"));
    startAnswer(messageId, m.parentId, m.content, messageId,
                tr("Continue exactly where your previous answer stopped, without repeating anything."), m.reasoning);
}

void MainWindow::deleteMessage(qint64 messageId)
{
    if (m_runner->isRunning() && messageId == m_runningAnswer)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Message"),
                    tr("Delete this message? Messages after it stay in the conversation; its request stays in the usage ledger."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteMessageBox"));
    if (box.exec() != QMessageBox::Yes)
        return;
    if (m_editing == messageId)
        cancelEdit();
    m_store->removeMessage(messageId);
    m_messages->reload();
}

void MainWindow::switchVersion(qint64 messageId, int step)
{
    const QList<qint64> versions = m_store->siblings(messageId);
    const qsizetype at = versions.indexOf(messageId);
    if (at < 0 || versions.size() < 2)
        return;
    const qint64 target = versions.at((at + step + versions.size()) % versions.size());
    m_store->setCurrentLeaf(m_currentConversation, m_store->newestLeafUnder(target));
    m_messages->reload();
    const int row = m_messages->rowOfId(target);
    if (row >= 0)
        m_ui->chatView->scrollToMessage(target);
}

void MainWindow::openRequest(qint64 messageId)
{
    const QList<StoredMessage> found = m_store->messagesByIds({ messageId });
    if (found.isEmpty() || !found.first().request) {
        statusBar()->showMessage(tr("The ledger has no request for this message."), 5000);
        return;
    }
    showUsage();
    if (!m_usage->showRequest(found.first().request->ledgerId, found.first().request->startedAtMs))
        statusBar()->showMessage(tr("The request is not in the usage log any more."), 5000);
}

void MainWindow::copyLastAnswer()
{
    const qint64 last = m_ui->chatView->lastMessageId(QStringLiteral("assistant"));
    if (last)
        m_ui->chatView->copyMessage(last, true);
}
