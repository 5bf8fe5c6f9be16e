#pragma once

#include "ProviderPreset.h"

#include <QList>

// The providers Switchyard knows, loaded from the bundled resources/providers.json.
class ProviderRegistry final {
public:
    ProviderRegistry();
    explicit ProviderRegistry(const QByteArray& json);

    const QList<ProviderPreset>& providers() const { return m_providers; }
    // An invalid preset when the id is unknown.
    ProviderPreset find(const QString& id) const;
    QStringList ids() const;
    // The first preset marked as the price catalog; invalid when none is.
    ProviderPreset priceCatalog() const;

    // A provider the user added in Settings; it behaves like a preset. Replaces one
    // with the same id; refuses ids of bundled presets.
    bool addCustom(const ProviderPreset& preset);
    void removeCustom(const QString& id);
    bool isCustom(const QString& id) const;
    QList<ProviderPreset> customProviders() const; // in the order they were added
    // A preset from the fields a user types; id is a slug of the name.
    static ProviderPreset makeCustom(const QString& name, const QString& baseUrl, const QString& protocol, bool needsKey);

private:
    void load(const QByteArray& json);
    QList<ProviderPreset> m_providers;
    QStringList m_customIds;
};
