#pragma once

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class PricesPage;
}
class AppContext;
class ProviderListModel;

// Settings > Prices: a user's own price for a model, which wins over the catalog and
// the bundled list. Saved at once.
class PricesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesPage)

public:
    PricesPage(AppContext* context, ProviderListModel* providers, QWidget* parent = nullptr);
    ~PricesPage() override;

private:
    void savePrice();

    const QScopedPointer<Ui::PricesPage> m_ui;
    AppContext* m_context;
};
