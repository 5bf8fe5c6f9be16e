#pragma once

#include <QString>
#include <QStringList>

struct ProviderPreset;

// OpenRouter's model variants (PROTOCOLS.md A.2): a suffix on the model id picks a
// routing ("model:nitro" = fastest throughput, ":floor" = lowest price), the free
// endpoint (":free") or web search (":online"); "openrouter/auto" lets it choose the model.
namespace ModelVariant {

// ":free", ":nitro", ":floor", ":online"
QStringList suffixes();
// Whether the preset takes variants: a provider that routes among models (OpenRouter's
// fallback lists; the preset's "fallbackList" field says so).
bool appliesTo(const ProviderPreset& preset);
// The id without a known variant suffix.
QString base(const QString& id);
// id with suffix in place of any variant it had; an empty suffix gives the base id.
// The auto router takes no variant.
QString apply(const QString& id, const QString& suffix);
QString autoRouter();

} // namespace ModelVariant
