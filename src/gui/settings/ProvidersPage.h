#pragma once

#include <QHash>
#include <QScopedPointer>
#include <QUrl>
#include <QWidget>

namespace Ui {
class ProvidersPage;
}
class AppContext;
class OpenRouterConnect;
class ProviderListModel;

// Settings > Providers: the providers on the left; for the selected one a masked key
// field (saved to the keychain, removable) and a base URL override. A key typed here
// never stays in a widget after saving. Custom providers are added and removed here.
// For OpenRouter, "Connect OpenRouter" signs in in the browser (OAuth PKCE) instead.
class ProvidersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(AppContext* context, ProviderListModel* providers, QWidget* parent = nullptr);
    ~ProvidersPage() override;

    QString currentProvider() const { return m_current; }
    void selectProvider(const QString& id);
    void addCustomProvider();
    // Writes the base URLs edited on this page.
    void apply();
    // The sign-in in the browser for the provider shown; Cancel stops it.
    void connectProvider();
    void cancelConnect();
    // The sign-in page while a sign-in waits for the browser; empty otherwise.
    QUrl connectUrl() const;

private:
    void showProvider(const QString& id);
    void refreshKeyStatus(const QString& id);
    void saveKey();
    void removeKey();
    void removeCustomProvider();
    void showConnectState();
    void showKeyLink(const QString& id);

    const QScopedPointer<Ui::ProvidersPage> m_ui;
    AppContext* m_context;
    ProviderListModel* m_providers;
    QString m_current;                  // the provider the form shows
    QHash<QString, QString> m_baseUrls; // provider id -> base URL typed here, saved by apply()
    OpenRouterConnect* m_connect = nullptr; // the sign-in under way, if any
};
