#include "PricedModel.h"

#include "ModelPrice.h"
#include "PriceBook.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"

namespace {
std::optional<Money::Amount> known(const std::optional<Money::Amount>& a)
{
    return a && *a >= 0 ? a : std::nullopt; // OpenRouter's "-1": unknown until routed
}
} // namespace

PricedModel PricedModel::from(const AppContext& context, const ModelInfo& m)
{
    PricedModel p { m, known(ModelPrice::fromPerToken(m.promptPrice)), known(ModelPrice::fromPerToken(m.completionPrice)) };
    if (p.prompt && p.completion)
        return p;
    const ProviderPreset preset = context.providers()->find(m.provider);
    if (!preset.isPriceCatalog) { // the catalog's own prices are final, even unknown ones
        const ModelPrice price = context.prices()->find(preset, m.id);
        if (price.isKnown()) {
            p.prompt = price.prompt;
            p.completion = price.completion;
        }
    }
    return p;
}

bool PricedModel::isFree() const
{
    return model.id.endsWith(QLatin1String(":free")) || (prompt && completion && *prompt == 0 && *completion == 0);
}

bool PricedModel::takesImages() const
{
    return model.inputModalities.contains(QLatin1String("image"));
}

QString PricedModel::perMillion(const std::optional<Money::Amount>& perToken)
{
    if (!perToken || *perToken < 0)
        return {};
    return Money::toDecimalString(*perToken * 1'000'000);
}
