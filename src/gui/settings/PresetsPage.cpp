#include "PresetsPage.h"
#include "ui_PresetsPage.h"

#include "PresetDialog.h"
#include "gui/chat/PresetItemDelegate.h"
#include "gui/chat/PresetSummary.h"

#include "session/AppContext.h"
#include "storage/PresetStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QSet>

namespace {
constexpr int kNameRole = Qt::UserRole;
// A presets file is a few kilobytes; anything this large is something else.
constexpr qint64 kMaxImportBytes = 4 * 1024 * 1024;

QSet<QString> bundledNames()
{
    QSet<QString> names;
    for (const Preset& p : PresetStore::bundled())
        names.insert(p.name);
    return names;
}
} // namespace

PresetsPage::PresetsPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PresetsPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->presetList->setItemDelegate(new PresetItemDelegate(m_ui->presetList));
    connect(m_ui->addPresetButton, &QPushButton::clicked, this, &PresetsPage::addPreset);
    connect(m_ui->editPresetButton, &QPushButton::clicked, this, &PresetsPage::editPreset);
    connect(m_ui->duplicatePresetButton, &QPushButton::clicked, this, &PresetsPage::duplicatePreset);
    connect(m_ui->removePresetButton, &QPushButton::clicked, this, &PresetsPage::removePreset);
    connect(m_ui->exportPresetsButton, &QPushButton::clicked, this, &PresetsPage::exportPresets);
    connect(m_ui->importPresetsButton, &QPushButton::clicked, this, &PresetsPage::importPresets);
    connect(m_ui->presetList, &QListWidget::itemActivated, this, &PresetsPage::editPreset);
    connect(m_ui->presetList, &QListWidget::currentRowChanged, this, &PresetsPage::updateButtons);
    reload();
}

PresetsPage::~PresetsPage() = default;

void PresetsPage::reload(const QString& select)
{
    const QSet<QString> bundled = bundledNames();
    m_ui->presetList->clear();
    for (const Preset& p : PresetStore(m_context->database()).list()) {
        QString name = p.name;
        if (p.bundled)
            name = tr("%1 (bundled)").arg(p.name);
        else if (bundled.contains(p.name))
            name = tr("%1 (your copy of a bundled preset)").arg(p.name);
        const QString description = PresetSummary::describe(p, *m_context->providers());
        auto* item = new QListWidgetItem(name, m_ui->presetList);
        item->setData(PresetItemDelegate::DescriptionRole, description);
        item->setData(kNameRole, p.name);
        item->setToolTip(p.params.systemPrompt.left(500));
        if (p.name == select)
            m_ui->presetList->setCurrentItem(item);
    }
    if (!m_ui->presetList->currentItem() && m_ui->presetList->count() > 0)
        m_ui->presetList->setCurrentRow(0);
    updateButtons();
}

Preset PresetsPage::current() const
{
    const QListWidgetItem* item = m_ui->presetList->currentItem();
    return item ? PresetStore(m_context->database()).find(item->data(kNameRole).toString()) : Preset();
}

void PresetsPage::updateButtons()
{
    const Preset p = current();
    const bool selected = !p.name.isEmpty();
    m_ui->editPresetButton->setEnabled(selected);
    m_ui->duplicatePresetButton->setEnabled(selected);
    m_ui->removePresetButton->setEnabled(selected && !p.bundled);
    m_ui->removePresetButton->setToolTip(p.bundled ? tr("Bundled presets cannot be removed; edit one to keep your own copy in its place.")
                                         : bundledNames().contains(p.name) ? tr("Remove your copy; the bundled preset comes back.")
                                                                          : QString());
}

void PresetsPage::setStatus(const QString& text)
{
    m_ui->presetStatus->setText(text);
}

QString PresetsPage::statusText() const
{
    return m_ui->presetStatus->text();
}

void PresetsPage::addPreset()
{
    PresetDialog form(m_context, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload(form.preset().name);
    setStatus(tr("Added \"%1\".").arg(form.preset().name));
}

void PresetsPage::editPreset()
{
    const Preset p = current();
    if (p.name.isEmpty())
        return;
    PresetDialog form(m_context, this);
    form.setPreset(p, false);
    if (form.exec() != QDialog::Accepted)
        return;
    reload(form.preset().name);
    setStatus(tr("Saved \"%1\".").arg(form.preset().name));
}

void PresetsPage::duplicatePreset()
{
    Preset copy = current();
    if (copy.name.isEmpty())
        return;
    PresetStore store(m_context->database());
    const QString base = copy.name;
    copy.name = tr("%1 (copy)").arg(base);
    for (int n = 2; !store.find(copy.name).name.isEmpty(); ++n)
        copy.name = tr("%1 (copy %2)").arg(base).arg(n);
    copy.bundled = false;
    QString error;
    if (!store.save(copy, &error)) {
        setStatus(error);
        return;
    }
    reload(copy.name);
    setStatus(tr("Duplicated as \"%1\".").arg(copy.name));
}

void PresetsPage::removePreset()
{
    const Preset p = current();
    if (p.name.isEmpty() || p.bundled)
        return;
    const bool wasCopy = bundledNames().contains(p.name);
    if (!PresetStore(m_context->database()).remove(p.name)) {
        setStatus(tr("\"%1\" could not be removed; the database may be read-only.").arg(p.name));
        return;
    }
    reload(p.name);
    setStatus(wasCopy ? tr("Removed your copy of \"%1\"; the bundled one is back.").arg(p.name) : tr("Removed \"%1\".").arg(p.name));
}

void PresetsPage::exportPresets()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Presets"), QDir::home().filePath(QStringLiteral("presets.json")),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PresetsPage::importPresets()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Presets"), QDir::homePath(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool PresetsPage::exportTo(const QString& path)
{
    PresetStore store(m_context->database());
    int own = 0;
    for (const Preset& p : store.list())
        own += p.bundled ? 0 : 1;
    if (own == 0) {
        setStatus(tr("There are no presets of your own to export yet; add, edit or duplicate one first."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(store.exportJson()) < 0 || !file.commit()) {
        setStatus(tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setStatus(tr("Exported %n preset(s) to %1.", nullptr, own).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PresetsPage::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > kMaxImportBytes) {
        setStatus(tr("%1 is too large to be a presets file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    int imported = 0;
    if (!PresetStore(m_context->database()).importJson(file.readAll(), &error, &imported)) {
        setStatus(error);
        return false;
    }
    reload();
    setStatus(tr("Imported %n preset(s) from %1.", nullptr, imported).arg(QDir::toNativeSeparators(path)));
    return true;
}
