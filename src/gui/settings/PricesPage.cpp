#include "PricesPage.h"
#include "ui_PricesPage.h"

#include "ProviderListModel.h"

#include "catalog/ModelPrice.h"
#include "config/AppSettings.h"
#include "session/AppContext.h"

PricesPage::PricesPage(AppContext* context, ProviderListModel* providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PricesPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->priceProviderCombo->setModel(providers);
    connect(m_ui->savePriceButton, &QPushButton::clicked, this, &PricesPage::savePrice);
}

PricesPage::~PricesPage() = default;

void PricesPage::savePrice()
{
    const QString id = m_ui->priceModelEdit->text().trimmed();
    const QString in = m_ui->priceInEdit->text().trimmed();
    const QString out = m_ui->priceOutEdit->text().trimmed();
    const bool clear = in.isEmpty() && out.isEmpty();
    if (id.isEmpty()) {
        m_ui->priceStatus->setText(tr("Type the model id the price is for."));
        return;
    }
    if (!clear && (!ModelPrice::fromPerMillion(in) || !ModelPrice::fromPerMillion(out))) {
        m_ui->priceStatus->setText(tr("Prices are numbers such as 0.15; leave both empty to remove your price."));
        return;
    }
    m_context->settings()->setPriceOverride(m_ui->priceProviderCombo->currentData(ProviderListModel::IdRole).toString(), id,
                                            clear ? QStringList() : QStringList { in, out });
    m_context->settings()->sync();
    m_ui->priceStatus->setText(clear ? tr("Your price for %1 is removed.").arg(id)
                                     : tr("Requests to %1 are now priced at your rates.").arg(id));
}
