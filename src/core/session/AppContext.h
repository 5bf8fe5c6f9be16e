#pragma once

#include <QString>

#include <memory>
#include <vector>

struct LedgerEntry;

class Database;
class KeyStore;
class ProviderRegistry;
class QNetworkAccessManager;
class AppSettings;
class PriceBook;

// The long-lived core objects one process needs, owned in one place and shared
// by the GUI and the CLI.
class AppContext final {
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext();
    ~AppContext();

    // Opens the database at its default place (or at path). One sentence in error on failure.
    bool open(QString* error, const QString& path = {});

    Database* database() const { return m_db.get(); }
    KeyStore* keys() const { return m_keys.get(); }
    const ProviderRegistry* providers() const { return m_providers.get(); }
    ProviderRegistry* providers() { return m_providers.get(); }
    QNetworkAccessManager* network() const { return m_nam.get(); }
    AppSettings* settings() const { return m_settings.get(); }
    const PriceBook* prices() const { return m_prices.get(); }

    // Sets the application and organisation names that place QSettings and the database.
    static void setApplicationIdentity();

    // Ledger rows that could not be written (read-only or locked file, full disk) are kept
    // here for the life of the process and written by retryUnsaved() once storage works.
    void keepUnsaved(const LedgerEntry& row);
    int unsavedCount() const;
    // Writes what it can; true when nothing is left. error gets the first failure's sentence.
    bool retryUnsaved(QString* error = nullptr);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<PriceBook> m_prices;
    std::vector<LedgerEntry> m_unsaved;
};
