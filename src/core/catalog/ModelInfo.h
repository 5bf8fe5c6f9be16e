#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One model as a provider's list endpoint describes it. Prices are USD per token as
// the exact decimal text the provider sent (empty when it sends none).
struct ModelInfo {
    QString provider;
    QString id;
    QString name;
    std::optional<qint64> contextLength;
    QString promptPrice;
    QString completionPrice;
    QString cacheReadPrice;
    QString cacheWritePrice;
    QStringList inputModalities;
    QStringList supportedParameters;
    std::optional<qint64> createdAt; // seconds since the epoch (OpenRouter's "created")
    QString description;
};

// One page of a model list; nextCursor is empty on the last page.
struct ModelPage {
    QList<ModelInfo> models;
    QString nextCursor;
    bool ok = false;
};
