#include "CompareColumn.h"

#include "gui/ModelPickerDialog.h"
#include "gui/Theme.h"
#include "gui/chat/MarkdownDocument.h"

#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

CompareColumn::CompareColumn(AppContext* context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_provider(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_browse(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_figures(new QLabel(this))
    , m_answer(new QTextBrowser(this))
    , m_notice(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_continue(new QPushButton(tr("Continue with This One"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    m_provider->setObjectName(QStringLiteral("compareProvider"));
    m_model->setObjectName(QStringLiteral("compareModel"));
    m_browse->setObjectName(QStringLiteral("compareBrowse"));
    m_remove->setObjectName(QStringLiteral("compareRemove"));
    m_figures->setObjectName(QStringLiteral("compareFigures"));
    m_answer->setObjectName(QStringLiteral("compareAnswer"));
    m_notice->setObjectName(QStringLiteral("compareNotice"));
    m_stop->setObjectName(QStringLiteral("compareStop"));
    m_continue->setObjectName(QStringLiteral("compareContinue"));

    for (const auto& p : context->providers()->providers())
        m_provider->addItem(p.name, p.id);
    m_provider->setToolTip(tr("Provider"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    m_model->setToolTip(tr("Model id"));
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(tr("Choose the model in the list of every provider's models"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this model from the comparison"));
    m_remove->setAccessibleName(tr("Remove model"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::warning(palette()).name()));
    m_answer->setOpenLinks(false);
    m_markdown = std::make_unique<MarkdownDocument>(MarkdownDocument::Style::forPalette(m_answer->font(), m_answer->palette()));
    m_answer->setDocument(m_markdown->document());
    m_stop->setEnabled(false);
    m_continue->setEnabled(false);
    m_continue->setToolTip(tr("Make the prompt and this answer the chat's next turn, and go on chatting with this model"));

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_provider, 1);
    pick->addWidget(m_remove);
    auto* model = new QHBoxLayout;
    model->addWidget(m_model, 1);
    model->addWidget(m_browse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(pick);
    layout->addLayout(model);
    layout->addWidget(m_figures);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { fillModels(m_provider->currentData().toString()); });
    connect(m_browse, &QToolButton::clicked, this, &CompareColumn::chooseModel);
    connect(m_remove, &QToolButton::clicked, this, &CompareColumn::removeRequested);
    connect(m_stop, &QPushButton::clicked, this, &CompareColumn::stopRequested);
    connect(m_continue, &QPushButton::clicked, this, &CompareColumn::continueRequested);
    connect(m_answer, &QTextBrowser::anchorClicked, this, &CompareColumn::openLink);
    fillModels(m_provider->currentData().toString());
}

CompareColumn::~CompareColumn()
{
    // The view shows the Markdown's document without owning it: it goes first.
    delete m_answer;
}

CompareRun::Target CompareColumn::target() const
{
    const QString provider = m_provider->currentData().toString();
    return { provider, m_model->currentText().trimmed(), m_context->settings()->baseUrlOverride(provider) };
}

void CompareColumn::setTarget(const QString& providerId, const QString& model)
{
    const int index = m_provider->findData(providerId);
    if (index >= 0)
        m_provider->setCurrentIndex(index); // fills the models
    m_model->setCurrentText(model);
}

void CompareColumn::setEditable(bool editable)
{
    m_provider->setEnabled(editable);
    m_model->setEnabled(editable);
    m_browse->setEnabled(editable);
}

void CompareColumn::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

void CompareColumn::begin()
{
    m_markdown->setMarkdown(QString(), false);
    m_notice->clear();
    m_notice->setVisible(false);
    m_figures->setText(tr("waiting…"));
    m_stop->setEnabled(true);
    m_continue->setEnabled(false);
}

void CompareColumn::reset()
{
    m_figures->clear();
    m_stop->setEnabled(false);
}

void CompareColumn::showText(const QString& markdown, bool streaming)
{
    QScrollBar* bar = m_answer->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 4;
    m_markdown->setMarkdown(markdown, streaming);
    if (following)
        bar->setValue(bar->maximum());
}

void CompareColumn::showFigures(const CompareRun::Figures& f)
{
    const QLocale locale;
    QStringList parts;
    if (f.status == QLatin1String("waiting")) {
        m_figures->setText(tr("waiting… %1 s").arg(locale.toString(f.durationMs / 1000.0, 'f', 1)));
        return;
    }
    if (f.ttftMs >= 0)
        parts << tr("%1 ms to first token").arg(locale.toString(f.ttftMs));
    if (f.tokensPerSecond) {
        const QString speed = locale.toString(*f.tokensPerSecond, 'f', 1);
        parts << (f.tokensEstimated ? tr("≈ %1 tokens/s").arg(speed) : tr("%1 tokens/s").arg(speed));
    }
    if (f.promptTokens || f.completionTokens)
        parts << tr("%1 in · %2 out")
                     .arg(f.promptTokens ? locale.toString(*f.promptTokens) : QStringLiteral("?"),
                          f.completionTokens ? locale.toString(*f.completionTokens) : QStringLiteral("?"));
    if (f.status != QLatin1String("streaming")) {
        // Unknown is said, never shown as $0.
        if (!f.cost)
            parts << tr("cost unknown");
        else if (f.costSource == QLatin1String("local"))
            parts << tr("%1 local").arg(Money::formatUsd(*f.cost, locale));
        else if (f.costSource == QLatin1String("computed"))
            parts << tr("%1 computed").arg(Money::formatUsd(*f.cost, locale));
        else
            parts << tr("%1 reported").arg(Money::formatUsd(*f.cost, locale));
    }
    const QString status = f.status == QLatin1String("streaming") ? tr("streaming…")
        : f.status == QLatin1String("done")                      ? tr("done")
        : f.status == QLatin1String("cancelled")                 ? tr("stopped")
        : f.status == QLatin1String("timeout")                   ? tr("timed out")
        : f.status == QLatin1String("truncated")                 ? tr("cut off")
                                                                 : tr("failed");
    parts << status;
    m_figures->setText(parts.join(QStringLiteral(" · ")));
    m_figures->setToolTip(f.cost ? QStringLiteral("$%1 (%2)").arg(Money::toDecimalString(*f.cost), f.costSource) : QString());
}

void CompareColumn::end(const ChatOutcome& outcome, const CompareRun::Figures& figures)
{
    showText(outcome.text, false);
    showFigures(figures);
    QStringList notes;
    if (!outcome.ok() && !outcome.message.isEmpty())
        notes << outcome.message;
    if (!outcome.warning.isEmpty())
        notes << outcome.warning;
    if (!outcome.storageError.isEmpty())
        notes << outcome.storageError;
    m_notice->setText(notes.join(u' '));
    m_notice->setVisible(!notes.isEmpty());
    m_stop->setEnabled(false);
    m_continue->setEnabled(outcome.ok());
}

QString CompareColumn::answerText() const
{
    return m_markdown->document()->toPlainText();
}

void CompareColumn::fillModels(const QString& providerId)
{
    const ProviderPreset preset = m_context->providers()->find(providerId);
    m_model->clear();
    m_model->addItems(preset.suggestedModels);
    const QString last = m_context->settings()->lastModel(preset.id);
    m_model->setCurrentText(last.isEmpty() ? preset.defaultModel : last);
}

void CompareColumn::chooseModel()
{
    ModelPickerDialog picker(m_context, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedModel().isEmpty())
        return;
    setTarget(picker.selectedProvider(), picker.selectedModel());
}

void CompareColumn::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("copy")) {
        const int index = url.path().toInt();
        if (index >= 0 && index < m_markdown->codeBlocks().size())
            QApplication::clipboard()->setText(m_markdown->codeBlocks().at(index));
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}
