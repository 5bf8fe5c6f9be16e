#include "PresetDialog.h"
#include "ui_PresetDialog.h"

#include "ProviderListModel.h"

#include "catalog/CatalogStore.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "storage/PresetStore.h"

#include <QCompleter>
#include <QPushButton>
#include <QStringListModel>

PresetDialog::PresetDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PresetDialog)
    , m_context(context)
    , m_providers(new ProviderListModel(context->providers(), this))
{
    m_ui->setupUi(this);
    m_ui->presetParamsPanel->setSaveAsPresetVisible(false);
    m_ui->presetParamsPanel->setResetVisible(false);
    m_ui->presetProviderCombo->addItem(tr("The chat's provider"), QString());
    for (int row = 0; row < m_providers->rowCount(); ++row) {
        const QModelIndex index = m_providers->index(row, 0);
        m_ui->presetProviderCombo->addItem(index.data().toString(), index.data(ProviderListModel::IdRole));
    }
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->presetModelEdit->setCompleter(completer);
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->presetProviderCombo, &QComboBox::currentIndexChanged, this, &PresetDialog::updateTarget);
    connect(m_ui->presetModelEdit, &QLineEdit::textChanged, this, &PresetDialog::updateTarget);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PresetDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setPreset(Preset(), true);
}

PresetDialog::~PresetDialog() = default;

void PresetDialog::setPreset(const Preset& preset, bool isNew)
{
    m_isNew = isNew;
    m_originalName = preset.name;
    setWindowTitle(isNew ? tr("Add Preset") : tr("Edit Preset"));
    m_ui->nameEdit->setText(preset.name);
    if (m_ui->presetProviderCombo->findData(preset.provider) < 0)
        m_ui->presetProviderCombo->addItem(preset.provider, preset.provider); // a provider since removed
    m_ui->presetProviderCombo->setCurrentIndex(m_ui->presetProviderCombo->findData(preset.provider));
    m_ui->presetModelEdit->setText(preset.model);
    m_ui->presetParamsPanel->setParams(preset.params);
    updateTarget();
}

Preset PresetDialog::preset() const
{
    Preset p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.provider = m_ui->presetProviderCombo->currentData().toString();
    p.model = m_ui->presetModelEdit->text().trimmed();
    p.params = m_ui->presetParamsPanel->params();
    return p;
}

void PresetDialog::updateTarget()
{
    const QString providerId = m_ui->presetProviderCombo->currentData().toString();
    const ProviderPreset provider = m_context->providers()->find(providerId);
    QStringList ids;
    const ModelInfo* entry = nullptr;
    QList<ModelInfo> models;
    if (provider.isValid()) {
        models = CatalogStore(m_context->database()).models(providerId);
        for (const ModelInfo& m : std::as_const(models)) {
            ids.append(m.id);
            if (m.id == m_ui->presetModelEdit->text().trimmed())
                entry = &m;
        }
        if (ids.isEmpty())
            ids = provider.suggestedModels;
    }
    static_cast<QStringListModel*>(m_ui->presetModelEdit->completer()->model())->setStringList(ids);
    if (provider.isValid())
        m_ui->presetParamsPanel->setTarget(provider, m_ui->presetModelEdit->text().trimmed(), entry);
    else
        m_ui->presetParamsPanel->clearTarget();
}

void PresetDialog::accept()
{
    const Preset p = preset();
    PresetStore store(m_context->database());
    QString error = m_ui->presetParamsPanel->problem();
    const bool renamed = m_isNew || p.name != m_originalName;
    if (error.isEmpty() && renamed && !p.name.isEmpty() && !store.find(p.name).name.isEmpty())
        error = tr("A preset named \"%1\" exists already; choose another name.").arg(p.name);
    if (error.isEmpty() && store.save(p, &error) && renamed && !m_isNew)
        store.remove(m_originalName); // the user's preset of the old name, if there is one
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}
