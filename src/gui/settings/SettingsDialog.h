#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}
class AppContext;
class BudgetsPage;
class PresetsPage;
class PricesPage;
class ProviderListModel;
class ProvidersPage;

// Settings in sections, a list on the left and one page per section on the right:
// Providers (keys, base URLs, custom providers), Prices, Budgets, Presets, New Chats
// (the defaults of a new chat), Network. Each page is a form of its own; keys, prices,
// budgets and presets are saved as they are made, the base URLs, the new-chat defaults
// and the network settings when the dialog closes (which waits while a default is wrong).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Section { Providers, Prices, Budgets, Presets, NewChats, Network };

    explicit SettingsDialog(AppContext* context, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void showSection(Section section);
    // Opens the dialog on the custom-provider form, for the window's menu.
    void startAddingProvider();

    void done(int result) override;

private:
    const QScopedPointer<Ui::SettingsDialog> m_ui;
    AppContext* m_context;
    ProviderListModel* m_providers;
    ProvidersPage* m_providersPage;
    PricesPage* m_pricesPage;
    BudgetsPage* m_budgetsPage;
    PresetsPage* m_presetsPage;
};
