#include "AppContext.h"

#include "catalog/PriceBook.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

AppContext::AppContext()
    : m_db(std::make_unique<Database>())
    , m_keys(std::make_unique<KeyStore>())
    , m_providers(std::make_unique<ProviderRegistry>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_settings(std::make_unique<AppSettings>())
    , m_prices(std::make_unique<PriceBook>(m_db.get(), m_settings.get()))
{
    // Keys travel in headers we set ourselves; never let Qt cache credentials.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const QJsonObject& o : m_settings->customProviders())
        m_providers->addCustom(ProviderPreset::fromJson(o));
}

AppContext::~AppContext() = default;

bool AppContext::open(QString* error, const QString& path)
{
    return m_db->open(path.isEmpty() ? Database::defaultPath() : path, error);
}

void AppContext::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
}
