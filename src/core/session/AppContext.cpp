#include "AppContext.h"

#include <QThreadPool>

#include "catalog/PriceBook.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

AppContext::AppContext()
    : m_db(std::make_unique<Database>())
    , m_keys(std::make_unique<KeyStore>())
    , m_providers(std::make_unique<ProviderRegistry>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_settings(std::make_unique<AppSettings>())
    , m_prices(std::make_unique<PriceBook>(m_db.get(), m_settings.get(), m_providers->priceCatalog().id))
{
    // Keys travel in headers we set ourselves. Nothing is followed by default; HttpStream
    // follows a redirect only within the request's own origin.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    for (const QJsonObject& o : m_settings->customProviders())
        m_providers->addCustom(ProviderPreset::fromJson(o));
}

AppContext::~AppContext()
{
    // Workers (a request body, the history's size, a checkpoint) read or write the database
    // through connections of their own: they finish while the process is whole, not during
    // its teardown, when Qt's SQL driver may already be gone.
    QThreadPool::globalInstance()->waitForDone();
}

bool AppContext::open(QString* error, const QString& path)
{
    if (!m_db->open(path.isEmpty() ? Database::defaultPath() : path, error))
        return false;
    m_db->deferCheckpoints(); // ChatRunner checkpoints on a worker thread
    // Requests of a process that was killed mid-stream are recorded; say how they ended.
    UsageLedger(m_db.get()).recoverInterrupted();
    return true;
}

void AppContext::keepUnsaved(const LedgerEntry& row)
{
    m_unsaved.push_back(row);
}

int AppContext::unsavedCount() const
{
    return int(m_unsaved.size());
}

bool AppContext::retryUnsaved(QString* error)
{
    UsageLedger ledger(m_db.get());
    bool reopened = false;
    while (!m_unsaved.empty()) {
        if (ledger.finish(0, m_unsaved.front(), error)) {
            m_unsaved.erase(m_unsaved.begin());
            continue;
        }
        // SQLite opened a read-only file read-only and keeps that connection so: once the
        // user has fixed the file, only a fresh connection can write to it.
        if (m_db->failure() != Database::Failure::ReadOnly || reopened)
            return false;
        reopened = true;
        QString reopenError;
        if (!m_db->open(m_db->path(), &reopenError)) {
            if (error)
                *error = reopenError;
            return false;
        }
    }
    return true;
}

void AppContext::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
}
