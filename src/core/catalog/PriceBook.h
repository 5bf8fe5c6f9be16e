#pragma once

#include "ModelPrice.h"

#include <QHash>
#include <QStringList>

class AppSettings;
class Database;
struct ProviderPreset;

// Where a request's price comes from, in order: a user override (Settings), the price
// catalog (the list of the preset marked "priceCatalog", OpenRouter's; direct-provider ids
// mapped onto catalog ids under the preset's priceNamespace), the bundled
// resources/prices.json. A model nobody prices stays unknown, never zero.
class PriceBook final {
public:
    // catalogProvider: the id of the preset marked priceCatalog; empty reads the bundled presets.
    PriceBook(Database* db, AppSettings* settings, const QString& catalogProvider = {});

    ModelPrice find(const ProviderPreset& preset, const QString& model) const;

    // "claude-sonnet-4-5-20250929" -> the ids it may be listed under.
    static QStringList candidateIds(const QString& model);

private:
    ModelPrice fromOverride(const QString& provider, const QString& model) const;
    ModelPrice fromCatalog(const QString& catalog, const QString& catalogId) const;

    Database* m_db;
    AppSettings* m_settings;
    QString m_catalogProvider; // the bundled price catalog's provider id
    QHash<QString, ModelPrice> m_bundled; // "provider/model"
};
