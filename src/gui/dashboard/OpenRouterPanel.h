#pragma once

#include <QGroupBox>
#include <memory>

class AppContext;
class OpenRouterAccount;
class QLabel;
class QPushButton;
struct OpenRouterSnapshot;

// The Usage page's account truth for OpenRouter: the key's label, limit and usage for the
// UTC day, week and month beside what the ledger recorded for the same periods, the
// difference and its likely reasons, and the credits bought, used and left. Fetched in the
// background (never blocking the window); one sentence when there is no key or it failed.
class OpenRouterPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterPanel)

public:
    static constexpr qint64 kFreshForMs = 2LL * 60 * 1000; // a refresh of the page fetches again after this

    explicit OpenRouterPanel(AppContext* context, QWidget* parent = nullptr);
    ~OpenRouterPanel() override;

    // A base URL for this panel's requests (tests); empty: the configured one.
    void setBaseUrl(const QString& url) { m_baseUrl = url; }
    bool isFetching() const;
    QString shownText() const; // what the panel says, as plain text

public Q_SLOTS:
    // Fetches again unless the last answer is fresh; force: fetch anyway (the Refresh button).
    void refresh(bool force = false);

Q_SIGNALS:
    void fetched(bool ok);

private:
    void showSnapshot(const OpenRouterSnapshot& s);

    AppContext* m_context;
    OpenRouterAccount* m_account;
    QLabel* m_body;
    QPushButton* m_refresh;
    QString m_baseUrl;
    qint64 m_lastFetchMs = 0;
};
