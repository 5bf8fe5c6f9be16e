#include "ProviderRegistry.h"

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

QStringList ProviderRegistry::ids() const
{
    QStringList out;
    for (const auto& p : m_providers)
        out.append(p.id);
    return out;
}
