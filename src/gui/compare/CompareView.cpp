#include "CompareView.h"

#include "CompareColumn.h"

#include "catalog/PriceBook.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "usage/Budgets.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

CompareView::CompareView(AppContext* context, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_run(new CompareRun(context, this))
    , m_prompt(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send to All"), this))
    , m_stopAll(new QPushButton(tr("Stop All"), this))
    , m_add(new QPushButton(tr("Add Model"), this))
    , m_status(new QLabel(this))
    , m_columnsLayout(new QHBoxLayout)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("compareView"));
    setWindowTitle(tr("Compare Models"));
    m_prompt->setObjectName(QStringLiteral("comparePrompt"));
    m_send->setObjectName(QStringLiteral("compareSendButton"));
    m_stopAll->setObjectName(QStringLiteral("compareStopAllButton"));
    m_add->setObjectName(QStringLiteral("compareAddButton"));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_prompt->setPlaceholderText(tr("One prompt for every model (Ctrl+Enter sends)"));
    m_prompt->setMaximumHeight(96);
    m_prompt->setTabChangesFocus(true);
    m_send->setDefault(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stopAll);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_prompt, 1);
    top->addLayout(buttons);

    // Six columns do not fit a small screen: they scroll sideways rather than shrink to nothing.
    auto* columns = new QWidget;
    columns->setObjectName(QStringLiteral("compareColumns"));
    columns->setLayout(m_columnsLayout);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columns);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_send, &QPushButton::clicked, this, &CompareView::send);
    connect(m_stopAll, &QPushButton::clicked, this, &CompareView::stopAll);
    connect(m_add, &QPushButton::clicked, this, &CompareView::addColumn);
    auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendKey, &QShortcut::activated, this, &CompareView::send);
    auto* sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(sendEnter, &QShortcut::activated, this, &CompareView::send);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &CompareView::stopAll);

    // Deltas only mark a column; a few times a second the marked ones render and every
    // running column's figures move on.
    m_tick->setInterval(120);
    connect(m_tick, &QTimer::timeout, this, &CompareView::tick);
    connect(m_run, &CompareRun::textDelta, this, [this](int i, const QString&) { m_dirty[i] = true; });
    connect(m_run, &CompareRun::retrying, this, [this](int i, int attempt, int delayMs) {
        m_status->setText(tr("%1 is busy; trying again in %2 s (attempt %3)…")
                              .arg(m_run->target(i).model)
                              .arg(qMax(1, delayMs / 1000))
                              .arg(attempt + 1));
    });
    connect(m_run, &CompareRun::columnFinished, this, [this](int i, const ChatOutcome& outcome) {
        m_dirty[i] = false;
        if (CompareColumn* c = m_running.value(i))
            c->end(outcome, m_run->figures(i));
    });
    connect(m_run, &CompareRun::finished, this, [this] {
        m_tick->stop();
        int failed = 0;
        for (int i = 0; i < m_run->count(); ++i)
            failed += m_run->outcome(i).ok() ? 0 : 1;
        m_status->setText(failed == 0 ? tr("Every model answered.")
                                      : tr("%n model(s) did not answer in full; see the column's note.", nullptr, failed));
        updateButtons();
    });

    addColumn();
    addColumn();
    resize(1180, 720);
    updateButtons();
}

CompareView::~CompareView() = default;

void CompareView::setChatSource(std::function<ChatParams()> params, std::function<qint64()> conversation)
{
    m_params = std::move(params);
    m_conversation = std::move(conversation);
}

void CompareView::suggestFirst(const QString& providerId, const QString& model)
{
    if (m_run->isRunning() || m_columns.size() < 2)
        return;
    m_columns.at(0)->setTarget(providerId, model);
    const QStringList others = m_context->providers()->find(providerId).suggestedModels;
    QString second;
    for (const QString& m : others) {
        if (m != model) {
            second = m;
            break;
        }
    }
    if (!second.isEmpty())
        m_columns.at(1)->setTarget(providerId, second);
}

void CompareView::addColumn()
{
    if (m_columns.size() >= CompareRun::kMaxModels || m_run->isRunning())
        return;
    auto* column = new CompareColumn(m_context, this);
    column->setObjectName(QStringLiteral("compareColumn%1").arg(m_columns.size() + 1));
    if (!m_columns.isEmpty()) {
        // A new column starts on the provider of the one before it.
        const CompareRun::Target last = m_columns.constLast()->target();
        column->setTarget(last.providerId, QString());
    }
    connect(column, &CompareColumn::removeRequested, this, [this, column] { removeColumn(column); });
    connect(column, &CompareColumn::stopRequested, this, [this, column] { m_run->stop(int(m_running.indexOf(column))); });
    connect(column, &CompareColumn::continueRequested, this, [this, column] {
        const int i = int(m_running.indexOf(column));
        if (i < 0 || m_run->isRunning(i) || !m_run->outcome(i).ok())
            return;
        Q_EMIT continueRequested(m_sentPrompt, m_run->target(i), m_run->outcome(i));
    });
    m_columnsLayout->addWidget(column, 1);
    m_columns.append(column);
    updateButtons();
}

void CompareView::removeColumn(CompareColumn* column)
{
    if (m_columns.size() <= CompareRun::kMinModels || m_run->isRunning())
        return;
    m_columns.removeAll(column);
    // Its answer goes with it (the ledger keeps its row); the slot stays, so the other
    // columns keep their places in the run and Continue takes the right answer.
    const qsizetype slot = m_running.indexOf(column);
    if (slot >= 0)
        m_running[slot] = nullptr;
    column->deleteLater();
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setObjectName(QStringLiteral("compareColumn%1").arg(i + 1));
    updateButtons();
}

void CompareView::send()
{
    if (m_run->isRunning())
        return;
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty()) {
        m_status->setText(tr("Type a prompt first; it goes to every model."));
        m_prompt->setFocus();
        return;
    }
    QList<CompareRun::Target> targets;
    for (CompareColumn* c : std::as_const(m_columns))
        targets.append(c->target());
    ChatRequest base;
    base.messages = { { QStringLiteral("user"), prompt } };
    if (m_params)
        base.params = m_params();
    // A hard-stop budget blocks a comparison as it blocks a chat, with the same one-click
    // override; every model's estimate is checked.
    QStringList blocked;
    const Budgets budgets(m_context->database(), m_context->settings());
    for (const CompareRun::Target& t : std::as_const(targets)) {
        const ProviderPreset preset = m_context->providers()->find(t.providerId);
        if (!preset.isValid())
            continue; // the run says so in the column
        ChatRequest request = base;
        request.providerId = t.providerId;
        request.models = QStringList { t.model };
        if (const Budgets::Check check = budgets.check(request, preset, *m_context->prices()); check.blocked)
            blocked.append(check.sentence);
    }
    if (!blocked.isEmpty()) {
        blocked.removeDuplicates();
        QMessageBox box(QMessageBox::Warning, tr("Budget Reached"), blocked.join(u' '), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("budgetBlockedBox"));
        QPushButton* anyway = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("sendAnywayButton"));
        box.exec();
        if (box.clickedButton() != anyway)
            return;
    }
    // Set before start: a column that fails at once reports from inside it.
    m_running = m_columns;
    m_dirty = QList<bool>(m_columns.size(), false);
    m_sentPrompt = prompt;
    for (CompareColumn* c : std::as_const(m_running))
        c->begin();
    QString error;
    if (!m_run->start(base, targets, m_conversation ? m_conversation() : 0, &error)) {
        m_status->setText(error);
        for (CompareColumn* c : std::as_const(m_running))
            c->reset();
        updateButtons();
        return;
    }
    for (const CompareRun::Target& t : std::as_const(targets))
        m_context->settings()->setLastModel(t.providerId, t.model);
    if (m_run->isRunning()) {
        m_status->setText(tr("Sent to %n model(s)…", nullptr, int(targets.size())));
        m_tick->start();
    }
    updateButtons();
}

void CompareView::stopAll()
{
    m_run->stopAll();
}

void CompareView::tick()
{
    for (int i = 0; i < m_run->count() && i < m_running.size(); ++i) {
        if (!m_run->isRunning(i))
            continue;
        CompareColumn* c = m_running.at(i);
        if (!c)
            continue;
        if (m_dirty.value(i)) {
            m_dirty[i] = false;
            c->showText(m_run->text(i), true);
        }
        c->showFigures(m_run->figures(i));
    }
}

void CompareView::updateButtons()
{
    const bool running = m_run->isRunning();
    m_send->setEnabled(!running);
    m_stopAll->setEnabled(running);
    m_add->setEnabled(!running && m_columns.size() < CompareRun::kMaxModels);
    for (CompareColumn* c : std::as_const(m_columns)) {
        c->setEditable(!running);
        c->setRemovable(!running && m_columns.size() > CompareRun::kMinModels);
    }
}

void CompareView::closeEvent(QCloseEvent* event)
{
    // Closed while answers stream: they stop, and their ledger rows are completed.
    m_run->stopAll();
    QWidget::closeEvent(event);
}
