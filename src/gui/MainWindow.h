#pragma once

#include "chat/Attachment.h"
#include "chat/ChatParams.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class AppContext;
class AttachmentTray;
class ConversationSettingsPanel;
class ChatRunner;
class CompareView;
class ConversationListModel;
class ConversationStore;
class MessageListModel;
class QLabel;
class QScrollArea;
class UsageView;
struct ChatOutcome;
struct ChatRequest;
struct StoredMessage;
class QTimer;
template <typename T>
class QFutureWatcher;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    ChatRunner* runner() const { return m_runner; }
    qint64 currentConversationId() const { return m_currentConversation; }
    UsageView* usageView() const { return m_usage; }
    MessageListModel* messages() const { return m_messages; }
    // The question being edited (its next send makes a new version of it); 0: none.
    qint64 editingMessageId() const { return m_editing; }

public Q_SLOTS:
    void showChat();
    void showUsage();
    void send();
    void stop();
    void newConversation();
    void openSettings();
    void chooseModel();
    // Re-reads the provider list (after custom providers changed).
    void refreshProviders();
    // Writes the ledger rows that storage refused earlier; hides the banner when none is left.
    void retryUnsavedRows();
    // Message actions (the chat view's toolbar, menu and shortcuts).
    void editMessage(qint64 messageId);
    void cancelEdit();
    void regenerate(qint64 messageId);
    void continueAnswer(qint64 messageId);
    void deleteMessage(qint64 messageId);
    void switchVersion(qint64 messageId, int step);
    void openRequest(qint64 messageId);
    void copyLastAnswer();
    void regenerateLast();
    void showShortcuts();
    void openSearch();
    // File > Export Chat… (Markdown or Switchyard JSON, by the file's type) and Import Chats….
    bool exportConversation(const QString& path, QString* error);
    bool importConversations(const QString& path, QString* error);
    // Opens the conversation at that message (on the branch that holds it); 0: its end.
    void openSearchHit(qint64 conversationId, qint64 messageId);
    // File > Attach Files…: a file picker for the next message's files.
    void attachFiles();
    // Ctrl+N and New chat: a blank chat or a preset's (MainWindowChatSettings.cpp).
    void startNewChat();
    // Chat > Compare Models… (MainWindowCompare.cpp): one prompt to several models.
    void openCompare();

public:
    CompareView* compareView() const { return m_compare; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    // Files dropped anywhere on the window go with the next message (MainWindowAttachments.cpp).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupMessageActions(); // MainWindowMessages.cpp
    void setupMenus();          // MainWindowMenus.cpp
    void setupAttachments();    // MainWindowAttachments.cpp
    void setupChatSettings();   // MainWindowChatSettings.cpp
    void createChatSettings(QScrollArea* side);
    // The side panel shows the chat's parameters, with notes for the provider and model in use.
    void showChatSettings();
    void updateChatSettingsTarget();
    void keepChatSettings();
    void probeKeychain();
    void loadConversation(qint64 id);
    void selectConversation(qint64 id);
    void renameConversation();
    void deleteConversation();
    void onProviderChanged();
    void fillProviders(const QString& select);
    void onFinished(const ChatOutcome& outcome);
    void setBusy(bool busy);
    void showRequestFigures(const ChatOutcome& outcome);
    qint64 questionParent() const; // where the next question goes
    // MainWindowSend.cpp: the estimate, Send, and the start of an answer.
    void setupSendPath();
    // The characters the path to questionParent() counts for in an estimate: known, counted
    // now (wait), or, without wait, none yet while a worker counts them.
    std::optional<qint64> historyChars(bool wait);
    ChatRequest requestFor(qint64 historyFrom, const QString& prompt) const;
    // The parameters the next request goes with: the chat's own, or those of a chat to come.
    ChatParams currentParams() const;
    // Stores them as the chat's own (or keeps them for the chat about to start).
    void setCurrentParams(const ChatParams& params);
    // One sentence when the current provider or model cannot take these files; empty when it can.
    QString filesRefusal(const QList<Attachment>& files) const;
    // Sends the path to historyFrom (+ prompt, when not empty) into a new answer under parentId.
    void startAnswer(qint64 historyFrom, qint64 parentId, const QString& keptText = {}, qint64 continuing = 0,
                     const QString& extraPrompt = {}, const QString& keptReasoning = {});
    void restoreModel(qint64 conversationId);
    void updateEstimate();
    void checkBudgetsAfterRequest();
    void showStorageProblem(const QString& sentence);

    const QScopedPointer<Ui::MainWindow> m_ui;
    AppContext* m_context;
    std::unique_ptr<ConversationStore> m_store;
    ConversationListModel* m_conversations;
    MessageListModel* m_messages;
    ChatRunner* m_runner;
    QLabel* m_statusModel;
    QLabel* m_statusTokens;
    QLabel* m_statusCost;
    UsageView* m_usage;
    QLabel* m_estimate;
    QLabel* m_budgetBanner;
    QLabel* m_storageBanner;
    QTimer* m_estimateTimer;
public:
    // What the path to a message counts for in an estimate (chars -1: it could not be read).
    struct HistoryCount {
        qint64 chars = -1;
        QList<Attachment> files; // without their bytes
    };

private:
    QFutureWatcher<HistoryCount>* m_historyCount = nullptr;
    qint64 m_historyCountFor = -1; // the path being counted
    qint64 m_historyCharsFor = -1; // the path whose count is m_historyChars
    qint64 m_historyChars = 0;
    QList<Attachment> m_historyFiles;
    QTimer* m_storageRetry;
    QStringList m_alertedBudgets; // "id:state" already announced
    qint64 m_currentConversation = 0;
    qint64 m_runningConversation = 0;
    qint64 m_runningAnswer = 0;
    qint64 m_editing = 0;
    QLabel* m_editBanner;
    AttachmentTray* m_tray = nullptr;
    QString m_draftText;             // the prompt and files from before an edit began
    QList<Attachment> m_draftFiles;
    ConversationSettingsPanel* m_chatSettings = nullptr;
    // The settings a chat not yet created starts with (the defaults, or a preset's).
    ChatParams m_newChatParams;
    bool m_painted = false;
    CompareView* m_compare = nullptr;
};
