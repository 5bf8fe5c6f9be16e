#include "AppSettings.h"

#include "chat/ChatParams.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {
// Every key and default, in one table.
const QString kDefaultProvider = QStringLiteral("chat/defaultProvider");
const QString kIdleTimeout = QStringLiteral("network/idleTimeoutSeconds");
const QString kMaxRetries = QStringLiteral("network/maxRetries");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kCustomProviders = QStringLiteral("providers/custom");
const QString kBudgets = QStringLiteral("usage/budgets");
const QString kDefaultParams = QStringLiteral("chat/defaultParams");

QList<QJsonObject> readObjects(const QSettings& s, const QString& key)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(s.value(key).toByteArray()).array())
        out.append(v.toObject());
    return out;
}

void writeObjects(QSettings& s, const QString& key, const QList<QJsonObject>& objects)
{
    QJsonArray arr;
    for (const QJsonObject& o : objects)
        arr.append(o);
    s.setValue(key, QJsonDocument(arr).toJson(QJsonDocument::Compact));
}
QString baseUrlKey(const QString& id)
{
    return QStringLiteral("providers/") + id + QStringLiteral("/baseUrl");
}
QString lastModelKey(const QString& id)
{
    return QStringLiteral("providers/") + id + QStringLiteral("/lastModel");
}
constexpr int kDefaultIdleTimeoutSeconds = 90;
constexpr int kDefaultMaxRetries = 2;
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultProvider() const
{
    return m_settings->value(kDefaultProvider, QStringLiteral("openrouter")).toString();
}

void AppSettings::setDefaultProvider(const QString& id)
{
    m_settings->setValue(kDefaultProvider, id);
}

QString AppSettings::baseUrlOverride(const QString& providerId) const
{
    return m_settings->value(baseUrlKey(providerId)).toString();
}

void AppSettings::setBaseUrlOverride(const QString& providerId, const QString& url)
{
    if (url.trimmed().isEmpty())
        m_settings->remove(baseUrlKey(providerId));
    else
        m_settings->setValue(baseUrlKey(providerId), url.trimmed());
}

QString AppSettings::effectiveBaseUrl(const ProviderPreset& preset) const
{
    const QString custom = baseUrlOverride(preset.id);
    return custom.isEmpty() ? preset.baseUrl : custom;
}

QList<QJsonObject> AppSettings::customProviders() const
{
    return readObjects(*m_settings, kCustomProviders);
}

void AppSettings::setCustomProviders(const QList<QJsonObject>& providers)
{
    writeObjects(*m_settings, kCustomProviders, providers);
}

void AppSettings::saveCustomProviders(const ProviderRegistry& registry)
{
    QList<QJsonObject> custom;
    for (const ProviderPreset& p : registry.customProviders())
        custom.append(p.toJson());
    setCustomProviders(custom);
    sync();
}

QList<QJsonObject> AppSettings::budgets() const
{
    return readObjects(*m_settings, kBudgets);
}

void AppSettings::setBudgets(const QList<QJsonObject>& budgets)
{
    writeObjects(*m_settings, kBudgets, budgets);
}

bool AppSettings::scaleImages() const
{
    return m_settings->value(QStringLiteral("chat/scaleImages"), true).toBool();
}

void AppSettings::setScaleImages(bool scale)
{
    m_settings->setValue(QStringLiteral("chat/scaleImages"), scale);
}

ChatParams AppSettings::defaultChatParams() const
{
    // A value this version cannot read is dropped; the rest stays.
    return ChatParams::fromJson(QJsonDocument::fromJson(m_settings->value(kDefaultParams).toByteArray()).object());
}

void AppSettings::setDefaultChatParams(const ChatParams& params)
{
    if (params.isEmpty())
        m_settings->remove(kDefaultParams);
    else
        m_settings->setValue(kDefaultParams, QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact));
}

QString AppSettings::lastModel(const QString& providerId) const
{
    return m_settings->value(lastModelKey(providerId)).toString();
}

void AppSettings::setLastModel(const QString& providerId, const QString& model)
{
    // Called at every send: a value written, even unchanged, makes QSettings rewrite its file
    // on the GUI thread at the next turn of the event loop (17 ms measured).
    if (m_settings->value(lastModelKey(providerId)).toString() != model)
        m_settings->setValue(lastModelKey(providerId), model);
}

QStringList AppSettings::priceOverride(const QString& providerId, const QString& model) const
{
    m_settings->beginGroup(QStringLiteral("prices"));
    const QStringList v = m_settings->value(providerId + u'/' + QString(model).replace(u'/', u'|')).toStringList();
    m_settings->endGroup();
    return v;
}

void AppSettings::setPriceOverride(const QString& providerId, const QString& model, const QStringList& perMillion)
{
    m_settings->beginGroup(QStringLiteral("prices"));
    const QString key = providerId + u'/' + QString(model).replace(u'/', u'|');
    if (perMillion.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, perMillion);
    m_settings->endGroup();
}

int AppSettings::idleTimeoutSeconds() const
{
    const int v = m_settings->value(kIdleTimeout, kDefaultIdleTimeoutSeconds).toInt();
    return v > 0 ? v : kDefaultIdleTimeoutSeconds;
}

void AppSettings::setIdleTimeoutSeconds(int seconds)
{
    m_settings->setValue(kIdleTimeout, seconds);
}

int AppSettings::maxRetries() const
{
    return qBound(0, m_settings->value(kMaxRetries, kDefaultMaxRetries).toInt(), 5);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray& state)
{
    m_settings->setValue(kSplitter, state);
}

QString AppSettings::theme() const
{
    const QString t = m_settings->value(QStringLiteral("view/theme")).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString& theme)
{
    m_settings->setValue(QStringLiteral("view/theme"), theme);
}

void AppSettings::sync()
{
    m_settings->sync();
}
