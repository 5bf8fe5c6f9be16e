#include "ModelVariant.h"

#include "providers/ProviderPreset.h"

namespace ModelVariant {

QStringList suffixes()
{
    return { QStringLiteral(":free"), QStringLiteral(":nitro"), QStringLiteral(":floor"), QStringLiteral(":online") };
}

bool appliesTo(const ProviderPreset& preset)
{
    return preset.supportsFallbackList;
}

QString base(const QString& id)
{
    for (const QString& s : suffixes()) {
        if (id.endsWith(s))
            return id.left(id.size() - s.size());
    }
    return id;
}

QString apply(const QString& id, const QString& suffix)
{
    // "As listed" keeps the id as the catalog lists it (a listed ":free" model stays free).
    if (id == autoRouter() || id.isEmpty() || !suffixes().contains(suffix))
        return id;
    return base(id) + (suffixes().contains(suffix) ? suffix : QString());
}

QString autoRouter()
{
    return QStringLiteral("openrouter/auto");
}

} // namespace ModelVariant
