#include "ConversationSettingsPanel.h"
#include "ui_ConversationSettingsPanel.h"

#include "RoutingEditor.h"
#include "gui/Theme.h"

#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace {
// The reasoning choices, in the combo's order; an effort's value is its ReasoningEffort.
constexpr int kReasoningDefault = -1;
constexpr int kReasoningBudget = 3;
constexpr int kTypingPauseMs = 300;

QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseDouble(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok); // a dot works in every locale
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> parseInteger(const QString& text)
{
    bool ok = false;
    qint64 value = QLocale().toLongLong(text, &ok);
    if (!ok)
        value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// The sentence ChatParams::validate gives for a field's value out of range: the same
// words whether the text is no number at all or a number too small.
QString rangeSentence(ChatParam param)
{
    ChatParams probe;
    switch (param) {
    case ChatParam::Temperature: probe.temperature = -1; break;
    case ChatParam::TopP: probe.topP = -1; break;
    case ChatParam::MaxTokens: probe.maxTokens = 0; break;
    case ChatParam::ReasoningBudget: probe.reasoningBudget = 0; break;
    default: break;
    }
    return probe.validate();
}

// params with only param kept.
ChatParams only(ChatParams params, ChatParam param)
{
    for (ChatParam other : ChatParams::kAll) {
        if (other != param)
            params.clear(other);
    }
    return params;
}
} // namespace

ConversationSettingsPanel::ConversationSettingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ConversationSettingsPanel)
    , m_typing(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->reasoningCombo->addItem(tr("Provider default"), kReasoningDefault);
    m_ui->reasoningCombo->addItem(tr("Low effort"), int(ReasoningEffort::Low));
    m_ui->reasoningCombo->addItem(tr("Medium effort"), int(ReasoningEffort::Medium));
    m_ui->reasoningCombo->addItem(tr("High effort"), int(ReasoningEffort::High));
    m_ui->reasoningCombo->addItem(tr("Budget in tokens"), kReasoningBudget);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, [this] { Q_EMIT paramsChanged(m_params); });

    connect(m_ui->systemPromptEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_params.systemPrompt = m_ui->systemPromptEdit->toPlainText();
        edited(true);
    });
    const auto number = [this](QLineEdit* edit, ChatParam param) {
        connect(edit, &QLineEdit::textChanged, this, [this, param](const QString& text) {
            if (m_filling)
                return;
            readNumber(param, text);
            edited(true);
        });
    };
    number(m_ui->temperatureEdit, ChatParam::Temperature);
    number(m_ui->topPEdit, ChatParam::TopP);
    number(m_ui->maxTokensEdit, ChatParam::MaxTokens);
    number(m_ui->seedEdit, ChatParam::Seed);
    connect(m_ui->reasoningCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        readReasoning();
        edited(false);
        if (!m_ui->reasoningBudgetEdit->isHidden())
            m_ui->reasoningBudgetEdit->setFocus();
    });
    connect(m_ui->reasoningBudgetEdit, &QLineEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        readReasoning();
        edited(true);
    });
    connect(m_ui->stopEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        QStringList stop = m_ui->stopEdit->toPlainText().split(u'\n');
        stop.removeAll(QString());
        m_params.stop = stop;
        edited(true);
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        m_typing->stop();
        setParams(m_defaults);
        Q_EMIT paramsChanged(m_params);
    });
    connect(m_ui->routingEditor, &RoutingEditor::edited, this, [this](bool typing) {
        m_params.fallbackModels = m_ui->routingEditor->fallbackModels();
        m_params.routing = m_ui->routingEditor->routing();
        edited(typing);
    });
    connect(m_ui->saveAsPresetButton, &QPushButton::clicked, this, [this] { Q_EMIT saveAsPresetRequested(m_params); });
    fillFields();
}

ConversationSettingsPanel::~ConversationSettingsPanel() = default;

void ConversationSettingsPanel::setParams(const ChatParams& params)
{
    m_params = params;
    m_unreadable.clear();
    fillFields();
}

ChatParams ConversationSettingsPanel::params() const
{
    return m_params;
}

QString ConversationSettingsPanel::problem() const
{
    for (ChatParam p : ChatParams::kAll) {
        const QString problem = m_unreadable.value(p, only(m_params, p).validate());
        if (!problem.isEmpty())
            return problem;
    }
    return m_params.validate();
}

void ConversationSettingsPanel::setTarget(const ProviderPreset& preset, const QString& model, const ModelInfo* catalogEntryOrNull)
{
    m_preset = std::make_unique<ProviderPreset>(preset);
    m_model = model;
    m_catalogEntry = catalogEntryOrNull ? std::make_unique<ModelInfo>(*catalogEntryOrNull) : nullptr;
    updateNotes();
}

void ConversationSettingsPanel::clearTarget()
{
    m_preset.reset();
    m_catalogEntry.reset();
    m_model.clear();
    updateNotes();
}

void ConversationSettingsPanel::setDefaults(const ChatParams& defaults)
{
    m_defaults = defaults;
}

void ConversationSettingsPanel::setModelChooser(std::function<QString()> chooser)
{
    m_ui->routingEditor->setModelChooser(std::move(chooser));
}

void ConversationSettingsPanel::setSaveAsPresetVisible(bool visible)
{
    m_ui->saveAsPresetButton->setVisible(visible);
}

void ConversationSettingsPanel::setResetVisible(bool visible)
{
    m_ui->resetButton->setVisible(visible);
}

void ConversationSettingsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNotes();
}

void ConversationSettingsPanel::fillFields()
{
    m_filling = true;
    const auto optional = [](const auto& value) { return value ? numberText(double(*value)) : QString(); };
    m_ui->systemPromptEdit->setPlainText(m_params.systemPrompt);
    m_ui->temperatureEdit->setText(optional(m_params.temperature));
    m_ui->topPEdit->setText(optional(m_params.topP));
    m_ui->maxTokensEdit->setText(m_params.maxTokens ? QLocale().toString(*m_params.maxTokens) : QString());
    m_ui->seedEdit->setText(m_params.seed ? QString::number(*m_params.seed) : QString());
    int choice = kReasoningDefault;
    if (m_params.reasoningBudget)
        choice = kReasoningBudget;
    else if (m_params.reasoningEffort)
        choice = int(*m_params.reasoningEffort);
    m_ui->reasoningCombo->setCurrentIndex(m_ui->reasoningCombo->findData(choice));
    m_ui->reasoningBudgetEdit->setText(m_params.reasoningBudget ? QLocale().toString(*m_params.reasoningBudget) : QString());
    m_ui->reasoningBudgetEdit->setVisible(choice == kReasoningBudget);
    m_ui->stopEdit->setPlainText(m_params.stop.join(u'\n'));
    m_ui->routingEditor->setValues(m_params.fallbackModels, m_params.routing);
    m_filling = false;
    updateNotes();
}

void ConversationSettingsPanel::edited(bool typing)
{
    updateNotes();
    if (typing) {
        m_typing->start();
    } else {
        m_typing->stop();
        Q_EMIT paramsChanged(m_params);
    }
}

void ConversationSettingsPanel::readNumber(ChatParam param, const QString& typed)
{
    const QString text = typed.trimmed();
    m_unreadable.remove(param);
    m_params.clear(param);
    if (text.isEmpty())
        return;
    if (param == ChatParam::Temperature || param == ChatParam::TopP) {
        const auto value = parseDouble(text);
        if (!value)
            m_unreadable.insert(param, rangeSentence(param));
        else if (param == ChatParam::Temperature)
            m_params.temperature = value;
        else
            m_params.topP = value;
        return;
    }
    const auto value = parseInteger(text);
    if (param == ChatParam::Seed) {
        if (value)
            m_params.seed = value;
        else
            m_unreadable.insert(param, tr("The seed must be a whole number, such as 42."));
        return;
    }
    // The token limit: a whole number that fits an int; zero or below is validate()'s to say.
    if (value && *value >= std::numeric_limits<int>::min() && *value <= std::numeric_limits<int>::max())
        m_params.maxTokens = int(*value);
    else
        m_unreadable.insert(param, rangeSentence(param));
}

void ConversationSettingsPanel::readReasoning()
{
    const int choice = m_ui->reasoningCombo->currentData().toInt();
    m_params.reasoningEffort.reset();
    m_params.reasoningBudget.reset();
    m_unreadable.remove(ChatParam::ReasoningBudget);
    m_ui->reasoningBudgetEdit->setVisible(choice == kReasoningBudget);
    if (choice == kReasoningDefault)
        return;
    if (choice != kReasoningBudget) {
        m_params.reasoningEffort = ReasoningEffort(choice);
        return;
    }
    // Budget chosen: a number is needed; an empty box would quietly mean the default.
    const auto value = parseInteger(m_ui->reasoningBudgetEdit->text().trimmed());
    if (value && *value > 0 && *value <= std::numeric_limits<int>::max())
        m_params.reasoningBudget = int(*value);
    else
        m_unreadable.insert(ChatParam::ReasoningBudget, rangeSentence(ChatParam::ReasoningBudget));
}

QLabel* ConversationSettingsPanel::noteFor(ChatParam param) const
{
    switch (param) {
    case ChatParam::SystemPrompt: return m_ui->systemPromptNote;
    case ChatParam::Temperature: return m_ui->temperatureNote;
    case ChatParam::TopP: return m_ui->topPNote;
    case ChatParam::MaxTokens: return m_ui->maxTokensNote;
    case ChatParam::ReasoningEffort:
    case ChatParam::ReasoningBudget: return m_ui->reasoningNote;
    case ChatParam::Stop: return m_ui->stopNote;
    case ChatParam::Seed: return m_ui->seedNote;
    case ChatParam::FallbackModels: return m_ui->routingEditor->fallbackNote();
    case ChatParam::Routing: return m_ui->routingEditor->routingNote();
    }
    return nullptr;
}

void ConversationSettingsPanel::updateNotes()
{
    // What is wrong with a field comes first; then why the target does not take it.
    QMap<QLabel*, QStringList> notes;
    QMap<QLabel*, bool> wrong;
    for (ChatParam p : ChatParams::kAll) {
        const QString problem = m_unreadable.value(p, only(m_params, p).validate());
        if (!problem.isEmpty() && !wrong.value(noteFor(p))) {
            notes[noteFor(p)] = { problem };
            wrong[noteFor(p)] = true;
        }
    }
    const QString together = m_params.validate(); // effort and budget both set
    if (!together.isEmpty() && wrong.isEmpty()) {
        notes[m_ui->reasoningNote] = { together };
        wrong[m_ui->reasoningNote] = true;
    }
    // OpenRouter's fallbacks and routing: off, with the reason, where the target takes none.
    QString fallbacksReason;
    QString routingReason;
    if (m_preset) {
        if (const auto adapter = ProviderAdapter::create(m_preset->protocol)) {
            ChatRequest request;
            request.providerId = m_preset->id;
            request.models = QStringList { m_model } + m_params.fallbackModels;
            request.params = m_params;
            for (const DroppedParam& d : adapter->unsupported(*m_preset, request, m_catalogEntry.get())) {
                QLabel* note = noteFor(d.param);
                if (!wrong.value(note))
                    notes[note].append(tr("Not sent: %1").arg(d.reason));
            }
            ChatRequest probe = request;
            probe.models = QStringList { m_model, m_model };
            probe.params.routing.zdr = true;
            for (const DroppedParam& d : adapter->unsupported(*m_preset, probe, m_catalogEntry.get())) {
                if (d.param == ChatParam::FallbackModels)
                    fallbacksReason = d.reason;
                else if (d.param == ChatParam::Routing)
                    routingReason = d.reason;
            }
        }
    }
    m_ui->routingEditor->setUnavailable(fallbacksReason, routingReason);
    for (const auto& [param, reason] : { std::pair(ChatParam::FallbackModels, fallbacksReason), std::pair(ChatParam::Routing, routingReason) }) {
        if (!reason.isEmpty() && notes.value(noteFor(param)).isEmpty())
            notes[noteFor(param)] = { reason };
    }
    const QColor warning = Theme::warning(palette());
    for (ChatParam p : ChatParams::kAll) {
        QLabel* note = noteFor(p);
        const QString text = notes.value(note).join(u'\n');
        note->setText(text);
        note->setVisible(!text.isEmpty());
        QPalette colours = note->palette();
        colours.setColor(QPalette::WindowText, warning);
        note->setPalette(colours);
    }
}
