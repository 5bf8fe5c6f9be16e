#include "PresetStore.h"

#include "Database.h"
#include "util/Log.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
constexpr int kFormatVersion = 1;
const QLatin1String kFormatKey("switchyard_presets");

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "preset query failed:" << q.lastError().text();
    return false;
}

bool insert(Database* db, const Preset& p)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO presets(name, provider, model, params, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(p.name);
    q.addBindValue(p.provider);
    q.addBindValue(p.model);
    q.addBindValue(QJsonDocument(p.params.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return run(q);
}
} // namespace

PresetStore::PresetStore(Database* db)
    : m_db(db)
{
}

QList<Preset> PresetStore::bundled()
{
    QList<Preset> out;
    QFile f(QStringLiteral(":/switchyard/presets.json"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("presets")).toArray()) {
        QString error;
        Preset p = Preset::fromJson(v.toObject(), &error);
        if (!error.isEmpty()) {
            qCWarning(lcStorage).noquote() << "bundled preset skipped:" << error;
            continue;
        }
        p.bundled = true;
        out.append(p);
    }
    return out;
}

QList<Preset> PresetStore::userPresets() const
{
    QList<Preset> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name, provider, model, params FROM presets ORDER BY name"));
    if (!run(q))
        return out;
    while (q.next()) {
        Preset p;
        p.name = q.value(0).toString();
        p.provider = q.value(1).toString();
        p.model = q.value(2).toString();
        QString error; // a value this version cannot read is dropped, the rest kept
        p.params = ChatParams::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object(), &error);
        out.append(p);
    }
    return out;
}

QList<Preset> PresetStore::list() const
{
    QList<Preset> out = userPresets();
    QSet<QString> taken;
    for (const Preset& p : out)
        taken.insert(p.name);
    for (const Preset& p : bundled()) {
        if (!taken.contains(p.name))
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const Preset& a, const Preset& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return out;
}

QStringList PresetStore::names() const
{
    QStringList out;
    for (const Preset& p : list())
        out.append(p.name);
    return out;
}

Preset PresetStore::find(const QString& name) const
{
    for (const Preset& p : list()) {
        if (p.name == name)
            return p;
    }
    return {};
}

bool PresetStore::save(const Preset& preset, QString* error)
{
    error->clear();
    if (preset.name.trimmed().isEmpty()) {
        *error = tr("A preset needs a name.");
        return false;
    }
    const QString invalid = preset.params.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (!insert(m_db, preset)) {
        *error = tr("The preset could not be saved; the database may be read-only or full.");
        return false;
    }
    return true;
}

bool PresetStore::remove(const QString& name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM presets WHERE name = ?"));
    q.addBindValue(name);
    return run(q) && q.numRowsAffected() == 1;
}

QByteArray PresetStore::exportJson(const QStringList& names) const
{
    QJsonArray presets;
    for (const Preset& p : names.isEmpty() ? userPresets() : list()) {
        if (names.isEmpty() || names.contains(p.name))
            presets.append(p.toJson());
    }
    const QJsonObject root { { kFormatKey, kFormatVersion }, { QLatin1String("presets"), presets } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PresetStore::importJson(const QByteArray& json, QString* error, int* imported)
{
    error->clear();
    if (imported)
        *imported = 0;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("presets")).isArray()) {
        const int version = doc.object().value(kFormatKey).toInt(kFormatVersion);
        if (version > kFormatVersion) {
            *error = tr("These presets were written by a newer Switchyard; update it to import them.");
            return false;
        }
        items = doc.object().value(QLatin1String("presets")).toArray();
    } else {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("This is not a presets file: the JSON is broken at character %1.").arg(parseError.offset)
            : tr("This is not a presets file: it needs a \"presets\" list.");
        return false;
    }
    QList<Preset> presets;
    QSet<QString> seen;
    for (const QJsonValue& v : items) {
        if (!v.isObject()) {
            *error = tr("This is not a presets file: each preset must be an object.");
            return false;
        }
        Preset p = Preset::fromJson(v.toObject(), error); // its parameters validated too
        if (error->isEmpty() && seen.contains(p.name))
            *error = tr("The file holds two presets named \"%1\"; rename one and import again.").arg(p.name);
        if (!error->isEmpty())
            return false;
        seen.insert(p.name);
        presets.append(p);
    }
    if (presets.isEmpty()) {
        *error = tr("The file holds no presets.");
        return false;
    }
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        *error = tr("The presets could not be saved; the database may be read-only or locked.");
        return false;
    }
    for (const Preset& p : presets) {
        if (!insert(m_db, p)) {
            db.rollback();
            *error = tr("The presets could not be saved; the database may be read-only or full. Nothing was imported.");
            return false;
        }
    }
    if (!db.commit()) {
        db.rollback();
        *error = tr("The presets could not be saved; the database may be read-only or full. Nothing was imported.");
        return false;
    }
    if (imported)
        *imported = int(presets.size());
    return true;
}
