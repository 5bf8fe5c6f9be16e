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

private:
    void load(const QByteArray& json);
    QList<ProviderPreset> m_providers;
};
