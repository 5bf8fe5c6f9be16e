#pragma once

#include "ModelInfo.h"

#include <QList>

#include <optional>

class Database;

// The model lists as last fetched, per provider, in SQLite. All SQL for them is here.
class CatalogStore final {
public:
    explicit CatalogStore(Database* db);

    // Replaces a provider's list in one transaction.
    bool replace(const QString& provider, const QString& baseUrl, const QList<ModelInfo>& models);
    QList<ModelInfo> models(const QString& provider) const; // by id
    QList<ModelInfo> allModels() const;                     // by provider, then id
    // One model's entry; none when the provider's list was never fetched or lacks it.
    std::optional<ModelInfo> find(const QString& provider, const QString& id) const;

    struct Fetch {
        qint64 fetchedAtMs = 0; // 0: never
        QString baseUrl;
    };
    Fetch lastFetch(const QString& provider) const;

private:
    QList<ModelInfo> query(const QString& where, const QVariantList& binds) const;
    Database* m_db;
};
