#include "PriceBook.h"

#include "config/AppSettings.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

PriceBook::PriceBook(Database* db, AppSettings* settings, const QString& catalogProvider)
    : m_db(db)
    , m_settings(settings)
    , m_catalogProvider(catalogProvider.isEmpty() ? ProviderRegistry().priceCatalog().id : catalogProvider)
{
    QFile f(QStringLiteral(":/switchyard/prices.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonArray models = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("models")).toArray();
    for (const QJsonValue& v : models) {
        const QJsonObject o = v.toObject();
        ModelPrice p;
        p.prompt = ModelPrice::fromPerMillion(o.value(QLatin1String("prompt")).toString());
        p.completion = ModelPrice::fromPerMillion(o.value(QLatin1String("completion")).toString());
        p.cacheRead = ModelPrice::fromPerMillion(o.value(QLatin1String("cache_read")).toString());
        p.cacheWrite = ModelPrice::fromPerMillion(o.value(QLatin1String("cache_write")).toString());
        p.source = QStringLiteral("bundled");
        p.note = o.value(QLatin1String("source")).toString() + QStringLiteral(", ") + o.value(QLatin1String("date")).toString();
        m_bundled.insert(o.value(QLatin1String("provider")).toString() + u'/' + o.value(QLatin1String("model")).toString(), p);
    }
}

QStringList PriceBook::candidateIds(const QString& model)
{
    QStringList ids { model };
    static const QRegularExpression date(QStringLiteral("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$"));
    QString undated = model;
    undated.remove(date);
    if (undated != model)
        ids.append(undated);
    // Anthropic writes versions as "4-5" where the catalog says "4.5".
    static const QRegularExpression dashedVersion(QStringLiteral("(\\d)-(\\d)(?=$|-)"));
    QString dotted = undated;
    dotted.replace(dashedVersion, QStringLiteral("\\1.\\2"));
    if (dotted != undated)
        ids.append(dotted);
    return ids;
}

ModelPrice PriceBook::find(const ProviderPreset& preset, const QString& model) const
{
    if (model.isEmpty())
        return {};
    const QStringList ids = candidateIds(model);
    for (const QString& id : ids) {
        const ModelPrice p = fromOverride(preset.id, id);
        if (p.isKnown())
            return p;
    }
    // The catalog lists its own models as they are, a namespaced provider's under its prefix.
    const QString catalog = preset.isPriceCatalog ? preset.id : m_catalogProvider;
    if (preset.isPriceCatalog || (!preset.priceNamespace.isEmpty() && !catalog.isEmpty())) {
        for (const QString& id : ids) {
            const QString catalogId = preset.isPriceCatalog ? id : preset.priceNamespace + u'/' + id;
            const ModelPrice p = fromCatalog(catalog, catalogId);
            if (p.isKnown())
                return p;
        }
    }
    for (const QString& id : ids) {
        const auto it = m_bundled.constFind(preset.id + u'/' + id);
        if (it != m_bundled.constEnd() && it->isKnown())
            return *it;
    }
    return {};
}

ModelPrice PriceBook::fromOverride(const QString& provider, const QString& model) const
{
    ModelPrice p;
    if (!m_settings)
        return p;
    const QStringList parts = m_settings->priceOverride(provider, model);
    if (parts.size() < 2)
        return p;
    p.prompt = ModelPrice::fromPerMillion(parts.at(0));
    p.completion = ModelPrice::fromPerMillion(parts.at(1));
    p.cacheRead = ModelPrice::fromPerMillion(parts.value(2));
    p.cacheWrite = ModelPrice::fromPerMillion(parts.value(3));
    p.source = QStringLiteral("override");
    return p;
}

ModelPrice PriceBook::fromCatalog(const QString& catalog, const QString& catalogId) const
{
    ModelPrice p;
    if (!m_db || !m_db->isOpen())
        return p;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT prompt_price, completion_price, cache_read_price, cache_write_price "
                             "FROM model_catalog WHERE provider = ? AND id = ?"));
    q.addBindValue(catalog);
    q.addBindValue(catalogId);
    if (!q.exec() || !q.next())
        return p;
    p.prompt = ModelPrice::fromPerToken(q.value(0).toString());
    p.completion = ModelPrice::fromPerToken(q.value(1).toString());
    p.cacheRead = ModelPrice::fromPerToken(q.value(2).toString());
    p.cacheWrite = ModelPrice::fromPerToken(q.value(3).toString());
    p.source = catalog;
    return p;
}
