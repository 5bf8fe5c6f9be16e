#include "PresetPickerDialog.h"
#include "ui_PresetPickerDialog.h"

#include "PresetItemDelegate.h"
#include "PresetSummary.h"

#include "session/AppContext.h"
#include "storage/PresetStore.h"

#include <QKeyEvent>
#include <QPushButton>

namespace {
// What typing matches in a row: its name and description.
constexpr int kSearchRole = Qt::UserRole;
} // namespace

PresetPickerDialog::PresetPickerDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PresetPickerDialog)
    , m_presets(PresetStore(context->database()).list())
{
    m_ui->setupUi(this);
    m_ui->presetList->setItemDelegate(new PresetItemDelegate(m_ui->presetList));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start Chat"));
    const auto add = [this](const QString& name, const QString& description) {
        auto* item = new QListWidgetItem(name, m_ui->presetList);
        item->setData(PresetItemDelegate::DescriptionRole, description);
        item->setData(kSearchRole, QString(name + u' ' + description));
        item->setToolTip(description);
    };
    add(tr("Blank chat"), tr("The new-chat defaults from Settings"));
    for (const Preset& p : std::as_const(m_presets))
        add(p.name, PresetSummary::describe(p, *context->providers()));
    m_ui->presetList->setCurrentRow(0);
    m_ui->emptyLabel->setVisible(false);
    // Up, Down and Page keys in the search box move through the list.
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PresetPickerDialog::filter);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->presetList->currentItem() && !m_ui->presetList->currentItem()->isHidden())
            accept();
    });
    connect(m_ui->presetList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->searchEdit->setFocus();
}

PresetPickerDialog::~PresetPickerDialog() = default;

std::optional<Preset> PresetPickerDialog::chosen() const
{
    const int row = m_ui->presetList->currentRow();
    if (row < 1 || row > m_presets.size())
        return std::nullopt;
    return m_presets.at(row - 1);
}

int PresetPickerDialog::visibleRows() const
{
    int visible = 0;
    for (int row = 0; row < m_ui->presetList->count(); ++row)
        visible += m_ui->presetList->item(row)->isHidden() ? 0 : 1;
    return visible;
}

bool PresetPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ui->presetList, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PresetPickerDialog::filter(const QString& text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < m_ui->presetList->count(); ++row) {
        QListWidgetItem* item = m_ui->presetList->item(row);
        const QString haystack = item->data(kSearchRole).toString();
        bool match = true;
        for (const QString& w : words)
            match = match && haystack.contains(w, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_ui->presetList->setCurrentItem(first); // the best match, so Enter takes it
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
    m_ui->emptyLabel->setText(tr("No preset matches \"%1\".").arg(text.trimmed()));
    m_ui->emptyLabel->setVisible(!first);
}
