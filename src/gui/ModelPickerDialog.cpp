#include "ModelPickerDialog.h"
#include "ui_ModelPickerDialog.h"

#include "ModelTableModel.h"

#include "catalog/CatalogStore.h"
#include "catalog/ModelCatalog.h"
#include "catalog/ModelPrice.h"
#include "catalog/ModelVariant.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>

#include <algorithm>

ModelPickerDialog::ModelPickerDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ModelPickerDialog)
    , m_context(context)
    , m_model(new ModelTableModel(this))
    , m_proxy(new ModelFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelTableModel::SortRole);
    m_ui->modelTable->setModel(m_proxy);
    m_ui->modelTable->verticalHeader()->hide();
    m_ui->modelTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->modelTable->sortByColumn(ModelTableModel::Provider, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->sortCombo->addItem(tr("Provider"), QVariantList { ModelTableModel::Provider, int(Qt::AscendingOrder) });
    m_ui->sortCombo->addItem(tr("Price (input, lowest first)"), QVariantList { ModelTableModel::PromptPrice, int(Qt::AscendingOrder) });
    m_ui->sortCombo->addItem(tr("Context (largest first)"), QVariantList { ModelTableModel::Context, int(Qt::DescendingOrder) });
    m_ui->sortCombo->addItem(tr("Newest first"), QVariantList { ModelTableModel::Created, int(Qt::DescendingOrder) });
    m_ui->variantCombo->addItem(tr("As listed"), QString());
    m_ui->variantCombo->addItem(tr(":free (the free endpoints, rate-limited)"), QStringLiteral(":free"));
    m_ui->variantCombo->addItem(tr(":nitro (fastest throughput first)"), QStringLiteral(":nitro"));
    m_ui->variantCombo->addItem(tr(":floor (lowest price first)"), QStringLiteral(":floor"));
    m_ui->variantCombo->addItem(tr(":online (with web search results)"), QStringLiteral(":online"));
    connect(m_ui->sortCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ModelPickerDialog::applySort);
    connect(m_ui->imagesCheck, &QCheckBox::toggled, m_proxy, &ModelFilterProxy::setTakesImages);
    connect(m_ui->freeCheck, &QCheckBox::toggled, m_proxy, &ModelFilterProxy::setFreeOnly);
    connect(m_ui->maxPriceEdit, &QLineEdit::textChanged, this, &ModelPickerDialog::applyPriceCeiling);
    connect(m_ui->modelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelPickerDialog::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ModelPickerDialog::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ModelPickerDialog::showCurrent);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        if (m_proxy->rowCount() > 0)
            m_ui->modelTable->selectRow(0);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] { refresh(false); });
    connect(m_ui->modelTable, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search box chooses the highlighted row.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (!selectedModel().isEmpty())
            accept();
    });
    reload();
    showCurrent();
    m_ui->searchEdit->setFocus();
    refresh(true);
}

ModelPickerDialog::~ModelPickerDialog() = default;

void ModelPickerDialog::reload()
{
    const ProviderRegistry* registry = m_context->providers();
    QList<PricedModel> rows;
    QSet<QString> listed;
    for (const ModelInfo& m : CatalogStore(m_context->database()).allModels()) {
        if (!registry->find(m.provider).isValid())
            continue; // a provider removed since
        rows.append(PricedModel::from(*m_context, m));
        listed.insert(m.provider);
    }
    QHash<QString, QString> names;
    for (const ProviderPreset& p : registry->providers()) {
        names.insert(p.id, p.name);
        // OpenRouter's auto router is always offered, listed or not.
        if (ModelVariant::appliesTo(p)) {
            const bool hasAuto = std::any_of(rows.cbegin(), rows.cend(), [&p](const PricedModel& r) {
                return r.model.provider == p.id && r.model.id == ModelVariant::autoRouter();
            });
            if (!hasAuto) {
                ModelInfo m;
                m.provider = p.id;
                m.id = ModelVariant::autoRouter();
                m.name = tr("Auto Router");
                m.description = tr("OpenRouter chooses the model for each prompt; the answer names the model it used.");
                rows.append(PricedModel::from(*m_context, m));
            }
        }
        if (listed.contains(p.id))
            continue;
        // Until its list is fetched, a provider offers its suggested models.
        QStringList ids = p.suggestedModels;
        if (ids.isEmpty() && !p.defaultModel.isEmpty())
            ids.append(p.defaultModel);
        for (const QString& id : std::as_const(ids)) {
            ModelInfo m;
            m.provider = p.id;
            m.id = id;
            m.name = id;
            rows.append(PricedModel::from(*m_context, m));
        }
    }
    const QString provider = selectedProvider();
    const QString model = listedModel();
    m_model->setModels(rows, names);
    m_ui->modelTable->resizeColumnsToContents();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(ModelTableModel::ProviderIdRole).toString() == provider && i.data(ModelTableModel::ModelIdRole).toString() == model) {
            m_ui->modelTable->selectRow(r);
            break;
        }
    }
}

void ModelPickerDialog::refresh(bool onlyStale)
{
    m_problems.clear();
    for (const ProviderPreset& preset : m_context->providers()->providers()) {
        const QString baseUrl = m_context->settings()->effectiveBaseUrl(preset);
        QPointer<ModelPickerDialog> self(this);
        m_context->keys()->resolve(preset, [self, preset, baseUrl, onlyStale](KeyStore::Status status, const QString& key, KeyStore::Source) {
            if (!self)
                return;
            const bool usable = preset.canListModels(status == KeyStore::Status::Ok);
            // Local servers are asked only on an explicit refresh: they are often not running.
            if (!usable || (preset.local && onlyStale))
                return;
            auto* catalog = new ModelCatalog(self->m_context, self);
            if (onlyStale && !catalog->isStale(preset.id, baseUrl)) {
                catalog->deleteLater();
                return;
            }
            ++self->m_pending;
            self->m_ui->statusLabel->setText(tr("Fetching model lists…"));
            connect(catalog, &ModelCatalog::finished, self, [self, catalog](const QString&, bool ok, const QString& message, int) {
                catalog->deleteLater();
                --self->m_pending;
                if (!ok)
                    self->m_problems.append(message);
                self->reload();
                self->m_ui->statusLabel->setText(self->m_pending > 0 ? tr("Fetching model lists…") : self->m_problems.join(u'\n'));
            });
            catalog->refresh(preset, baseUrl, key);
        });
    }
}

QString ModelPickerDialog::selectedProvider() const
{
    const QModelIndex i = m_ui->modelTable->currentIndex();
    return i.isValid() ? i.data(ModelTableModel::ProviderIdRole).toString() : QString();
}

QString ModelPickerDialog::listedModel() const
{
    const QModelIndex i = m_ui->modelTable->currentIndex();
    return i.isValid() ? i.data(ModelTableModel::ModelIdRole).toString() : QString();
}

QString ModelPickerDialog::selectedModel() const
{
    const QString id = listedModel();
    if (!m_ui->variantCombo->isEnabled())
        return id;
    return ModelVariant::apply(id, m_ui->variantCombo->currentData().toString());
}

void ModelPickerDialog::applyPriceCeiling()
{
    const QString text = m_ui->maxPriceEdit->text().trimmed();
    const std::optional<Money::Amount> perToken = text.isEmpty() ? std::nullopt : ModelPrice::fromPerMillion(text);
    if (!text.isEmpty() && (!perToken || *perToken < 0)) {
        m_ui->statusLabel->setText(tr("Type the input price ceiling as dollars per million tokens, for example 0.5."));
        m_proxy->setMaxPromptPrice(std::nullopt);
        return;
    }
    if (!m_problems.isEmpty() || m_pending > 0)
        m_ui->statusLabel->setText(m_pending > 0 ? tr("Fetching model lists…") : m_problems.join(u'\n'));
    else
        m_ui->statusLabel->clear();
    m_proxy->setMaxPromptPrice(perToken);
}

void ModelPickerDialog::applySort()
{
    const QVariantList how = m_ui->sortCombo->currentData().toList();
    m_ui->modelTable->sortByColumn(how.value(0).toInt(), Qt::SortOrder(how.value(1).toInt()));
}

void ModelPickerDialog::showCurrent()
{
    const QModelIndex current = m_ui->modelTable->currentIndex();
    const PricedModel* p = current.isValid() ? m_model->modelAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!p) {
        m_ui->modelCard->clear();
        m_ui->variantCombo->setEnabled(false);
        return;
    }
    m_ui->modelCard->setHtml(ModelTableModel::cardHtml(*p, m_model->providerName(p->model.provider)));
    const bool variants = ModelVariant::appliesTo(m_context->providers()->find(p->model.provider))
        && p->model.id != ModelVariant::autoRouter();
    m_ui->variantCombo->setEnabled(variants);
    m_ui->variantLabel->setEnabled(variants);
}

int ModelPickerDialog::visibleRows() const
{
    return m_proxy->rowCount();
}
