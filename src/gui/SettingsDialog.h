#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}
class AppContext;
class QLabel;
class QLineEdit;
struct ProviderPreset;

// Keys (masked, saved to the keychain, removable) and base URLs per provider,
// plus network settings. A key typed here never stays in a widget after saving.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppContext* context, QWidget* parent = nullptr);
    // Opens the dialog on the custom-provider form, for the window's menu.
    void startAddingProvider() { addCustomProvider(); }
    ~SettingsDialog() override;

    void done(int result) override;

private:
    void addProvider(const ProviderPreset& preset);
    void refreshKeyStatus(const QString& providerId, QLabel* status);
    void saveKey(const QString& providerId, QLineEdit* edit, QLabel* status);
    void removeKey(const QString& providerId, QLabel* status);
    void addCustomProvider();
    void removeCustomProvider(const QString& providerId);
    void addPriceOverrides();
    void addBudgets();
    void fillBudgetList();

    const QScopedPointer<Ui::SettingsDialog> m_ui;
    AppContext* m_context;
};
