// The window's menus beyond the form's: export and import, search, keyboard shortcuts and
// the theme. Part of MainWindow; the rest of it is in MainWindow.cpp.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ConversationListModel.h"
#include "ChatView.h"
#include "Theme.h"
#include "chat/MessageListModel.h"
#include "chat/SearchDialog.h"

#include "config/AppSettings.h"
#include "session/AppContext.h"
#include "storage/ConversationArchive.h"
#include "storage/ConversationStore.h"

#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

void MainWindow::setupMenus()
{
    auto* shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcutsAction);
    auto* exportAction = new QAction(tr("&Export Chat…"), this);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_currentConversation) {
            statusBar()->showMessage(tr("Open a chat to export it."), 5000);
            return;
        }
        QString title = m_store->find(m_currentConversation).title;
        title.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Chat"), title.trimmed() + QStringLiteral(".md"),
                                                          tr("Markdown (*.md);;Switchyard JSON, every branch (*.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (exportConversation(path, &error))
            statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
        else
            QMessageBox::warning(this, tr("Export Chat"), error);
    });
    auto* importAction = new QAction(tr("&Import Chats…"), this);
    importAction->setObjectName(QStringLiteral("actionImport"));
    connect(importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Chats"), QString(),
                                                          tr("Switchyard JSON or ChatGPT conversations.json (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!importConversations(path, &error))
            QMessageBox::warning(this, tr("Import Chats"), error);
    });
    m_ui->menuFile->insertActions(m_ui->actionSettings, { exportAction, importAction });
    m_ui->menuFile->insertSeparator(m_ui->actionSettings);
    auto* searchAction = new QAction(tr("&Search Chats…"), this);
    searchAction->setObjectName(QStringLiteral("actionSearch"));
    searchAction->setShortcut(QKeySequence::Find);
    connect(searchAction, &QAction::triggered, this, &MainWindow::openSearch);
    m_ui->menuView->addAction(searchAction);
    addAction(searchAction);
    // Chat > Compare Models…: one prompt to several models, side by side.
    auto* chatMenu = new QMenu(tr("&Chat"), this);
    chatMenu->setObjectName(QStringLiteral("menuChat"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), chatMenu);
    auto* compareAction = new QAction(tr("&Compare Models…"), this);
    compareAction->setObjectName(QStringLiteral("actionCompare"));
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(compareAction, &QAction::triggered, this, &MainWindow::openCompare);
    chatMenu->addAction(compareAction);
    // View > Theme: System, Light, Dark.
    QMenu* themeMenu = m_ui->menuView->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(this);
    const QList<QPair<QString, QString>> themeNames { { QStringLiteral("system"), tr("&System") },
                                                      { QStringLiteral("light"), tr("&Light") },
                                                      { QStringLiteral("dark"), tr("&Dark") } };
    for (const auto& [id, label] : themeNames) {
        QAction* a = themeMenu->addAction(label);
        a->setObjectName(QStringLiteral("actionTheme_") + id);
        a->setCheckable(true);
        a->setChecked(m_context->settings()->theme() == id);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = id] {
            m_context->settings()->setTheme(id);
            Theme::apply(id);
        });
    }
}

bool MainWindow::exportConversation(const QString& path, QString* error)
{
    const ConversationArchive archive(m_context->database());
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString text = json ? archive.toJson(m_currentConversation) : archive.toMarkdown(m_currentConversation);
    if (text.isEmpty()) {
        *error = archive.error().isEmpty() ? tr("The chat could not be read; nothing was written.") : archive.error();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::importConversations(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    ConversationArchive archive(m_context->database());
    ImportSummary summary;
    if (!archive.importArchive(file.readAll(), &summary)) {
        *error = archive.error();
        return false;
    }
    m_conversations->reload();
    if (!summary.conversationIds.isEmpty())
        m_ui->conversationList->setCurrentIndex(m_conversations->indexForId(summary.conversationIds.constFirst()));
    statusBar()->showMessage(tr("Imported %n chat(s)", nullptr, int(summary.conversationIds.size()))
                                 + tr(" with %n message(s).", nullptr, int(summary.messages)),
                             8000);
    return true;
}

void MainWindow::openSearch()
{
    auto* dialog = findChild<SearchDialog*>();
    if (!dialog) {
        dialog = new SearchDialog(m_context->database(), this);
        connect(dialog, &SearchDialog::hitChosen, this, &MainWindow::openSearchHit);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setFocus();
    dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->selectAll();
}

void MainWindow::openSearchHit(qint64 conversationId, qint64 messageId)
{
    showChat();
    if (messageId && !m_store->pathTo(m_store->currentLeaf(conversationId)).contains(messageId)) {
        // The message is on another branch: show that one.
        m_store->setCurrentLeaf(conversationId, m_store->newestLeafUnder(messageId));
        if (conversationId == m_currentConversation)
            m_messages->reload();
    }
    m_conversations->reload();
    if (conversationId != m_currentConversation)
        m_ui->conversationList->setCurrentIndex(m_conversations->indexForId(conversationId));
    else
        selectConversation(conversationId);
    if (messageId)
        m_ui->chatView->scrollToMessage(messageId);
}

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("Ctrl+Enter"), tr("Send the prompt") },
        { QStringLiteral("Esc"), tr("Stop the answer; cancel an edit") },
        { QStringLiteral("Ctrl+N"), tr("New chat (blank or from a preset)") },
        { QStringLiteral("Ctrl+Shift+A"), tr("Attach files") },
        { QStringLiteral("Ctrl+Shift+S"), tr("Show or hide the chat's settings") },
        { QStringLiteral("Ctrl+K"), tr("Choose a model") },
        { QStringLiteral("Ctrl+Shift+M"), tr("Compare models side by side") },
        { QStringLiteral("Ctrl+F"), tr("Search chats") },
        { QStringLiteral("Ctrl+Shift+C"), tr("Copy the last answer") },
        { QStringLiteral("Ctrl+R"), tr("Regenerate the last answer") },
        { tr("Up (empty prompt)"), tr("Edit the last question") },
        { QStringLiteral("Ctrl+1"), tr("Chat page") },
        { QStringLiteral("Ctrl+U"), tr("Usage page") },
        { QStringLiteral("Ctrl+,"), tr("Settings") },
        { QStringLiteral("Ctrl+/"), tr("This list") },
    };
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Does") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(QKeySequence(rows.at(i).first).toString(QKeySequence::NativeText).isEmpty()
                                                      ? rows.at(i).first
                                                      : QKeySequence(rows.at(i).first).toString(QKeySequence::NativeText)));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(460, 420);
    dialog.exec();
}
