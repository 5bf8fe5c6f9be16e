#include "Database.h"

#include "usage/UsageRollup.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

static void initResources()
{
    Q_INIT_RESOURCE(core);
}

namespace {

QStringList migrationFiles()
{
    initResources();
    QStringList files = QDir(QStringLiteral(":/switchyard/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (QString& f : files)
        f.prepend(QStringLiteral(":/switchyard/migrations/"));
    return files;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

Database::Database()
{
    static std::atomic<int> counter { 0 };
    m_connectionName = QStringLiteral("switchyard-db-%1").arg(++counter);
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/switchyard.sqlite");
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

bool Database::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = tr("Could not open the database %1 (%2); check that the folder is writable.")
                         .arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate(error)) {
        close();
        return false;
    }
    // Local days follow the time zone; if it changed since the rollups were made, remake them.
    UsageRollup::ensureCurrent(this);
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QStringList Database::splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + u'\n';
        const QString upper = line.toUpper();
        if (upper.startsWith(QLatin1String("CREATE TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (upper == QLatin1String("END;")) {
                inTrigger = false;
                out.append(current.trimmed());
                current.clear();
            }
        } else if (line.endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool Database::migrate(QString* error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    if (current > latest) {
        if (error)
            *error = tr("The database %1 was written by a newer Switchyard (schema %2, this version knows %3); "
                        "update Switchyard or move the file aside.")
                         .arg(m_path)
                         .arg(current)
                         .arg(latest);
        return false;
    }
    for (int version = current + 1; version <= latest; ++version) {
        QFile f(files.at(version - 1));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("A database migration is missing from this build; reinstall Switchyard.");
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(f.readAll()));
        db.transaction();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                const QString detail = q.lastError().text();
                db.rollback();
                qCWarning(lcStorage) << "migration" << version << "failed:" << detail;
                if (error)
                    *error = tr("Could not upgrade the database %1 to schema %2 (%3); your data is unchanged.")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(detail);
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!db.commit()) {
            if (error)
                *error = tr("Could not save the database upgrade (%1).").arg(db.lastError().text());
            return false;
        }
        qCInfo(lcStorage) << "database migrated to schema" << version;
    }
    return true;
}
