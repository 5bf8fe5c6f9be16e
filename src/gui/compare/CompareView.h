#pragma once

#include "chat/ChatParams.h"
#include "session/CompareRun.h"

#include <QWidget>

#include <functional>

class AppContext;
class CompareColumn;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Chat > Compare Models: one prompt to two to six models side by side, any providers mixed.
// Each column streams its Markdown answer with live figures and can be stopped alone;
// "Continue with this one" hands the prompt and that answer to the window as the chat's
// next turn. The requests run on the GUI thread's event loop like every ChatRunner: nothing
// here waits.
class CompareView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(AppContext* context, QWidget* parent = nullptr);
    ~CompareView() override;

    // The system prompt and parameters a run goes with, and the chat its ledger rows count
    // for (0: none), read when Send is pressed.
    void setChatSource(std::function<ChatParams()> params, std::function<qint64()> conversation);
    // The first column's model (the chat's); the second starts on another of its provider's.
    void suggestFirst(const QString& providerId, const QString& model);

    int columnCount() const { return int(m_columns.size()); }
    CompareColumn* column(int index) const { return m_columns.value(index); }
    CompareRun* run() const { return m_run; }

public Q_SLOTS:
    void send();
    void stopAll();
    void addColumn();

Q_SIGNALS:
    // The prompt and a finished column's answer, to become the chat's next turn.
    void continueRequested(const QString& prompt, const CompareRun::Target& target, const ChatOutcome& outcome);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void removeColumn(CompareColumn* column);
    void updateButtons();
    void tick();

    AppContext* m_context;
    CompareRun* m_run;
    QPlainTextEdit* m_prompt;
    QPushButton* m_send;
    QPushButton* m_stopAll;
    QPushButton* m_add;
    QLabel* m_status;
    QHBoxLayout* m_columnsLayout;
    QTimer* m_tick;
    QList<CompareColumn*> m_columns;
    QList<CompareColumn*> m_running; // the columns of the run under way, in its order
    QList<bool> m_dirty;
    QString m_sentPrompt;
    std::function<ChatParams()> m_params;
    std::function<qint64()> m_conversation;
};
