#pragma once

#include "ModelInfo.h"
#include "money/Money.h"

#include <optional>

class AppContext;

// A listed model with the price Switchyard will charge it at, USD per token: the
// list's own price when it has one, else the price book's; a price catalog's own
// models keep what the catalog says, even when it says nothing.
struct PricedModel {
    ModelInfo model;
    std::optional<Money::Amount> prompt;
    std::optional<Money::Amount> completion;

    // Costs nothing: both prices known to be zero, or a ":free" variant.
    bool isFree() const;
    // Its catalog entry lists image input (unknown: false).
    bool takesImages() const;

    static PricedModel from(const AppContext& context, const ModelInfo& model);
    // USD per million tokens as exact decimal text; empty when unknown.
    static QString perMillion(const std::optional<Money::Amount>& perToken);
};
