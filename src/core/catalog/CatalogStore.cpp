#include "CatalogStore.h"

#include "storage/Database.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QString joined(const QStringList& l)
{
    return l.join(u',');
}
} // namespace

CatalogStore::CatalogStore(Database* db)
    : m_db(db)
{
}

bool CatalogStore::replace(const QString& provider, const QString& baseUrl, const QList<ModelInfo>& models)
{
    QSqlDatabase db = m_db->connection();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM model_catalog WHERE provider = ?"));
    q.addBindValue(provider);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO model_catalog(provider, id, name, context_length, prompt_price, "
                             "completion_price, cache_read_price, cache_write_price, input_modalities, supported_parameters, "
                             "created_at, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ModelInfo& m : models) {
        if (!ok)
            break;
        q.addBindValue(provider);
        q.addBindValue(m.id);
        q.addBindValue(text(m.name));
        q.addBindValue(m.contextLength ? QVariant(*m.contextLength) : QVariant());
        q.addBindValue(text(m.promptPrice));
        q.addBindValue(text(m.completionPrice));
        q.addBindValue(text(m.cacheReadPrice));
        q.addBindValue(text(m.cacheWritePrice));
        q.addBindValue(joined(m.inputModalities));
        q.addBindValue(joined(m.supportedParameters));
        q.addBindValue(m.createdAt ? QVariant(*m.createdAt) : QVariant());
        q.addBindValue(text(m.description));
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO catalog_fetches(provider, base_url, fetched_at) VALUES (?, ?, ?)"));
        q.addBindValue(provider);
        q.addBindValue(baseUrl);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        ok = q.exec();
    }
    if (!ok) {
        qCWarning(lcStorage) << "catalog write failed:" << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<ModelInfo> CatalogStore::query(const QString& where, const QVariantList& binds) const
{
    QList<ModelInfo> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT provider, id, name, context_length, prompt_price, completion_price, cache_read_price, "
                             "cache_write_price, input_modalities, supported_parameters, created_at, description FROM model_catalog ")
              + where + QStringLiteral(" ORDER BY provider, id"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        ModelInfo m;
        m.provider = q.value(0).toString();
        m.id = q.value(1).toString();
        m.name = q.value(2).toString();
        if (!q.value(3).isNull())
            m.contextLength = q.value(3).toLongLong();
        m.promptPrice = q.value(4).toString();
        m.completionPrice = q.value(5).toString();
        m.cacheReadPrice = q.value(6).toString();
        m.cacheWritePrice = q.value(7).toString();
        m.inputModalities = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
        m.supportedParameters = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
        if (!q.value(10).isNull())
            m.createdAt = q.value(10).toLongLong();
        m.description = q.value(11).toString();
        out.append(m);
    }
    return out;
}

QList<ModelInfo> CatalogStore::models(const QString& provider) const
{
    return query(QStringLiteral("WHERE provider = ?"), { provider });
}

std::optional<ModelInfo> CatalogStore::find(const QString& provider, const QString& id) const
{
    const QList<ModelInfo> found = query(QStringLiteral("WHERE provider = ? AND id = ?"), { provider, id });
    return found.isEmpty() ? std::nullopt : std::optional<ModelInfo>(found.first());
}

QList<ModelInfo> CatalogStore::allModels() const
{
    return query({}, {});
}

CatalogStore::Fetch CatalogStore::lastFetch(const QString& provider) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT fetched_at, base_url FROM catalog_fetches WHERE provider = ?"));
    q.addBindValue(provider);
    if (q.exec() && q.next())
        return { q.value(0).toLongLong(), q.value(1).toString() };
    return {};
}
