#pragma once

#include "ModelInfo.h"
#include "money/Money.h"

#include <optional>

class AppContext;

// A listed model with the price Switchyard will charge it at, USD per token: the
// catalog's own price when it has one (OpenRouter), else the price book's.
struct PricedModel {
    ModelInfo model;
    std::optional<Money::Amount> prompt;
    std::optional<Money::Amount> completion;

    static PricedModel from(const AppContext& context, const ModelInfo& model);
    // USD per million tokens as exact decimal text; empty when unknown.
    static QString perMillion(const std::optional<Money::Amount>& perToken);
};
