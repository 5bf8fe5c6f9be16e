#include "ProviderRegistry.h"

#include "ProviderAdapter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

ProviderRegistry::ProviderRegistry()
{
    initCoreResources();
    QFile f(QStringLiteral(":/switchyard/providers.json"));
    if (f.open(QIODevice::ReadOnly))
        load(f.readAll());
}

ProviderRegistry::ProviderRegistry(const QByteArray& json)
{
    load(json);
}

void ProviderRegistry::load(const QByteArray& json)
{
    const QJsonArray arr = QJsonDocument::fromJson(json).object().value(QLatin1String("providers")).toArray();
    for (const auto& v : arr) {
        ProviderPreset p = ProviderPreset::fromJson(v.toObject());
        if (p.isValid())
            m_providers.append(p);
    }
}

ProviderPreset ProviderRegistry::find(const QString& id) const
{
    for (const auto& p : m_providers) {
        if (p.id == id)
            return p;
    }
    return {};
}

ProviderPreset ProviderRegistry::priceCatalog() const
{
    for (const auto& p : m_providers) {
        if (p.isPriceCatalog)
            return p;
    }
    return {};
}

bool ProviderRegistry::addCustom(const ProviderPreset& preset)
{
    if (!preset.isValid() || (find(preset.id).isValid() && !m_customIds.contains(preset.id)))
        return false;
    removeCustom(preset.id);
    m_providers.append(preset);
    m_customIds.append(preset.id);
    return true;
}

void ProviderRegistry::removeCustom(const QString& id)
{
    if (!m_customIds.removeAll(id))
        return;
    m_providers.removeIf([&id](const ProviderPreset& p) { return p.id == id; });
}

bool ProviderRegistry::isCustom(const QString& id) const
{
    return m_customIds.contains(id);
}

QList<ProviderPreset> ProviderRegistry::customProviders() const
{
    QList<ProviderPreset> out;
    for (const QString& id : m_customIds)
        out.append(find(id));
    return out;
}

ProviderPreset ProviderRegistry::makeCustom(const QString& name, const QString& baseUrl, const QString& protocol, bool needsKey)
{
    QString slug;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    ProviderPreset p;
    p.id = slug.isEmpty() ? QStringLiteral("custom") : QStringLiteral("custom-") + slug;
    p.name = name.trimmed();
    p.protocol = protocol;
    p.baseUrl = baseUrl.trimmed();
    p.needsKey = needsKey;
    p.defaultModel = QString();
    if (const auto adapter = ProviderAdapter::create(protocol))
        p.extraBody = adapter->customExtraBody();
    return p;
}

QStringList ProviderRegistry::ids() const
{
    QStringList out;
    for (const auto& p : m_providers)
        out.append(p.id);
    return out;
}
