// Chat > Compare Models…: the compare window, and "Continue with this one" coming back from
// it as the chat's next turn. Part of MainWindow; the rest of it is in MainWindow.cpp.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ChatView.h"
#include "ConversationListModel.h"
#include "chat/MessageListModel.h"
#include "compare/CompareView.h"

#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "session/CompareRun.h"
#include "storage/ConversationStore.h"

#include <QStatusBar>

void MainWindow::openCompare()
{
    if (!m_compare) {
        m_compare = new CompareView(m_context, this);
        m_compare->setChatSource([this] { return currentParams(); }, [this] { return m_currentConversation; });
        m_compare->suggestFirst(m_ui->providerCombo->currentData().toString(), m_ui->modelCombo->currentText().trimmed());
        connect(m_compare, &CompareView::continueRequested, this,
                [this](const QString& prompt, const CompareRun::Target& target, const ChatOutcome& outcome) {
                    // An answer streaming into this chat would land beside the new turn.
                    if (m_currentConversation && m_runner->isRunning() && m_runningConversation == m_currentConversation) {
                        statusBar()->showMessage(tr("Wait for the answer in this chat to finish, or stop it, then continue."), 10000);
                        return;
                    }
                    cancelEdit();
                    const qint64 parent = m_currentConversation ? m_store->currentLeaf(m_currentConversation) : 0;
                    const qint64 id = CompareRun::keepInConversation(m_context->database(), m_currentConversation, parent,
                                                                     prompt, target, outcome, currentParams());
                    if (!id) {
                        statusBar()->showMessage(tr("The answer could not be added to the chat: the database refused the write. "
                                                    "Check the disk, then try again."),
                                                 15000);
                        return;
                    }
                    showChat();
                    m_conversations->reload();
                    if (id == m_currentConversation) {
                        m_messages->reload();
                        selectConversation(id);
                        restoreModel(id);
                    } else {
                        m_ui->conversationList->setCurrentIndex(m_conversations->indexForId(id)); // loads it
                    }
                    m_ui->chatView->scrollToBottom();
                    statusBar()->showMessage(tr("Continuing with %1.").arg(target.model), 8000);
                    activateWindow();
                    raise();
                });
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}
