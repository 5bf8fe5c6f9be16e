#pragma once

#include "session/CompareRun.h"

#include <QFrame>

#include <memory>

class AppContext;
class MarkdownDocument;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

// One model of a comparison: its provider and model (typed, or chosen in the model
// picker), then its answer rendered as Markdown while it streams, the live figures (time to
// first token, tokens/s, tokens, cost, status), Stop, and "Continue with this one".
class CompareColumn final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareColumn)

public:
    explicit CompareColumn(AppContext* context, QWidget* parent = nullptr);
    ~CompareColumn() override;

    CompareRun::Target target() const; // the base URL is the provider's from Settings
    void setTarget(const QString& providerId, const QString& model);
    // While a run is on, the model cannot change and the column cannot go.
    void setEditable(bool editable);
    void setRemovable(bool removable);

    // A new run: the answer and figures cleared, Stop on.
    void begin();
    // No run after all: back to empty.
    void reset();
    // The answer so far; streaming renders only the part that changed.
    void showText(const QString& markdown, bool streaming);
    void showFigures(const CompareRun::Figures& figures);
    // The column ended: its sentence when it failed, Continue offered when it answered.
    void end(const ChatOutcome& outcome, const CompareRun::Figures& figures);
    QString answerText() const;

Q_SIGNALS:
    void removeRequested();
    void stopRequested();
    void continueRequested();

private:
    void fillModels(const QString& providerId);
    void chooseModel();
    void openLink(const QUrl& url);

    AppContext* m_context;
    QComboBox* m_provider;
    QComboBox* m_model;
    QToolButton* m_browse;
    QToolButton* m_remove;
    QLabel* m_figures;
    QTextBrowser* m_answer;
    QLabel* m_notice;
    QPushButton* m_stop;
    QPushButton* m_continue;
    std::unique_ptr<MarkdownDocument> m_markdown;
};
