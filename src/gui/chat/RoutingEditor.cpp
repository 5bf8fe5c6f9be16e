#include "RoutingEditor.h"
#include "ui_RoutingEditor.h"

#include <QCheckBox>
#include <QInputDialog>

namespace {
constexpr int kSortDefault = -1;
} // namespace

RoutingEditor::RoutingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::RoutingEditor)
{
    m_ui->setupUi(this);
    m_ui->sortCombo->addItem(tr("Balanced"), kSortDefault);
    m_ui->sortCombo->addItem(tr("Price"), int(Routing::Sort::Price));
    m_ui->sortCombo->addItem(tr("Throughput"), int(Routing::Sort::Throughput));
    m_ui->sortCombo->addItem(tr("Latency"), int(Routing::Sort::Latency));
    // The side panel is narrow: the combo is as wide as the panel gives it, not its longest item.
    m_ui->sortCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->sortCombo->setMinimumContentsLength(8);
    constexpr int kColumns = 3;
    const QStringList names = Routing::quantizationNames();
    for (int i = 0; i < names.size(); ++i) {
        auto* box = new QCheckBox(names[i], this);
        box->setObjectName(QStringLiteral("quantizationCheck_") + names[i]);
        m_ui->quantizationsGrid->addWidget(box, i / kColumns, i % kColumns);
        m_quantizations.insert(names[i], box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_filling)
                return;
            // In OpenRouter's order, whatever order they were ticked in.
            m_routing.quantizations.clear();
            for (const QString& name : Routing::quantizationNames()) {
                if (m_quantizations.value(name)->isChecked())
                    m_routing.quantizations.append(name);
            }
            Q_EMIT edited(false);
        });
    }

    const auto list = [this](QLineEdit* edit, QStringList Routing::*field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString& text) {
            if (m_filling)
                return;
            m_routing.*field = Routing::splitList(text);
            Q_EMIT edited(true);
        });
    };
    list(m_ui->providerOrderEdit, &Routing::order);
    list(m_ui->providerOnlyEdit, &Routing::only);
    list(m_ui->providerIgnoreEdit, &Routing::ignore);
    const auto price = [this](QLineEdit* edit, QString Routing::*field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString& text) {
            if (m_filling)
                return;
            m_routing.*field = text.trimmed();
            Q_EMIT edited(true);
        });
    };
    price(m_ui->maxPricePromptEdit, &Routing::maxPricePrompt);
    price(m_ui->maxPriceCompletionEdit, &Routing::maxPriceCompletion);
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const int choice = m_ui->sortCombo->currentData().toInt();
        m_routing.sort = choice == kSortDefault ? std::nullopt : std::optional<Routing::Sort>(Routing::Sort(choice));
        Q_EMIT edited(false);
    });
    // Unticked leaves OpenRouter's default (backups allowed); a stored explicit "true" stays
    // until the box is used.
    connect(m_ui->noFallbacksCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        m_routing.allowFallbacks = on ? std::optional<bool>(false) : std::nullopt;
        Q_EMIT edited(false);
    });
    connect(m_ui->denyDataCollectionCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        m_routing.denyDataCollection = on;
        Q_EMIT edited(false);
    });
    connect(m_ui->zdrCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        m_routing.zdr = on;
        Q_EMIT edited(false);
    });

    connect(m_ui->fallbackAddButton, &QPushButton::clicked, this, &RoutingEditor::addFallback);
    connect(m_ui->fallbackRemoveButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->fallbackList->currentRow();
        if (row < 0 || row >= m_fallbacks.size())
            return;
        m_fallbacks.removeAt(row);
        fillFallbacks(qMin(row, int(m_fallbacks.size()) - 1));
        Q_EMIT edited(false);
    });
    connect(m_ui->fallbackUpButton, &QToolButton::clicked, this, [this] { moveFallback(-1); });
    connect(m_ui->fallbackDownButton, &QToolButton::clicked, this, [this] { moveFallback(1); });
    connect(m_ui->fallbackList, &QListWidget::currentRowChanged, this, &RoutingEditor::updateButtons);
    fill();
}

RoutingEditor::~RoutingEditor() = default;

void RoutingEditor::setValues(const QStringList& fallbackModels, const Routing& routing)
{
    m_fallbacks = fallbackModels;
    m_routing = routing;
    fill();
}

void RoutingEditor::setModelChooser(std::function<QString()> chooser)
{
    m_chooser = std::move(chooser);
}

void RoutingEditor::setUnavailable(const QString& fallbacksReason, const QString& routingReason)
{
    // The lists stay readable (a stored value shows, with its "Not sent" line); only the
    // controls that change them are off.
    m_fallbacksAvailable = fallbacksReason.isEmpty();
    updateButtons();
    for (QWidget* w : m_ui->routingBox->findChildren<QWidget*>()) {
        if (w != m_ui->routingNote)
            w->setEnabled(routingReason.isEmpty());
    }
}

QLabel* RoutingEditor::fallbackNote() const
{
    return m_ui->fallbackNote;
}

QLabel* RoutingEditor::routingNote() const
{
    return m_ui->routingNote;
}

void RoutingEditor::fill()
{
    m_filling = true;
    fillFallbacks(m_fallbacks.isEmpty() ? -1 : 0);
    m_ui->providerOrderEdit->setText(m_routing.order.join(QStringLiteral(", ")));
    m_ui->providerOnlyEdit->setText(m_routing.only.join(QStringLiteral(", ")));
    m_ui->providerIgnoreEdit->setText(m_routing.ignore.join(QStringLiteral(", ")));
    m_ui->sortCombo->setCurrentIndex(m_ui->sortCombo->findData(m_routing.sort ? int(*m_routing.sort) : kSortDefault));
    m_ui->noFallbacksCheck->setChecked(m_routing.allowFallbacks == std::optional<bool>(false));
    m_ui->denyDataCollectionCheck->setChecked(m_routing.denyDataCollection);
    m_ui->zdrCheck->setChecked(m_routing.zdr);
    m_ui->maxPricePromptEdit->setText(m_routing.maxPricePrompt);
    m_ui->maxPriceCompletionEdit->setText(m_routing.maxPriceCompletion);
    for (auto it = m_quantizations.begin(); it != m_quantizations.end(); ++it)
        it.value()->setChecked(m_routing.quantizations.contains(it.key()));
    m_filling = false;
}

void RoutingEditor::fillFallbacks(int select)
{
    const bool filling = m_filling;
    m_filling = true;
    m_ui->fallbackList->clear();
    m_ui->fallbackList->addItems(m_fallbacks);
    m_ui->fallbackList->setCurrentRow(select);
    m_filling = filling;
    updateButtons();
}

void RoutingEditor::moveFallback(int by)
{
    const int row = m_ui->fallbackList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_fallbacks.size())
        return;
    m_fallbacks.move(row, to);
    fillFallbacks(to);
    Q_EMIT edited(false);
}

void RoutingEditor::addFallback()
{
    QString model;
    if (m_chooser) {
        model = m_chooser();
    } else {
        model = QInputDialog::getText(this, tr("Add Fallback Model"), tr("Model id, such as openai/gpt-4o-mini:"));
    }
    model = model.trimmed();
    if (model.isEmpty())
        return;
    m_fallbacks.append(model);
    fillFallbacks(int(m_fallbacks.size()) - 1);
    Q_EMIT edited(false);
}

void RoutingEditor::updateButtons()
{
    const int row = m_ui->fallbackList->currentRow();
    const bool on = m_fallbacksAvailable;
    m_ui->fallbackAddButton->setEnabled(on);
    // A list the provider cannot take can still be emptied.
    m_ui->fallbackRemoveButton->setEnabled(row >= 0);
    m_ui->fallbackUpButton->setEnabled(on && row > 0);
    m_ui->fallbackDownButton->setEnabled(on && row >= 0 && row < m_fallbacks.size() - 1);
}
