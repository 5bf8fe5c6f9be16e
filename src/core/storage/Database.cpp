#include "Database.h"

#include "UsageRollup.h"
#include "util/Log.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static void initResources()
{
    Q_INIT_RESOURCE(core);
}

namespace {

// How long one statement waits inside SQLite's busy handler; exec() retries around it
// so the wait can be told and bounded by lockWaitMs().
constexpr int kBusyStepMs = 1000;

QStringList migrationFiles()
{
    initResources();
    QStringList files = QDir(QStringLiteral(":/switchyard/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (QString& f : files)
        f.prepend(QStringLiteral(":/switchyard/migrations/"));
    return files;
}

// Creates the folder (and any missing parents) 0700: the database holds every conversation.
bool makePrivateFolder(const QString& folder)
{
    QStringList missing;
    for (QString dir = folder; !dir.isEmpty() && !QFileInfo::exists(dir); dir = QFileInfo(dir).absolutePath()) {
        missing.prepend(dir);
        if (dir == QFileInfo(dir).absolutePath())
            break;
    }
    for (const QString& dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    return QFileInfo(folder).isDir();
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

bool Database::fail(Failure failure, const QString& detail, QString* error)
{
    m_failure = failure;
    qCInfo(lcStorage).noquote() << "storage failed:" << int(failure) << detail;
    if (error)
        *error = describe(failure, detail);
    return false;
}

bool Database::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_failure = Failure::None;
    const QString folder = QFileInfo(path).absolutePath();
    if (!makePrivateFolder(folder))
        return fail(Failure::CannotOpen, QString::fromLocal8Bit(std::strerror(errno)), error);

    // A new file is created 0600 before SQLite sees it (its -wal and -shm take the same mode);
    // an existing one of ours that others can read is tightened.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        return fail(errno == ENOSPC ? Failure::DiskFull : Failure::CannotOpen,
                    QString::fromLocal8Bit(std::strerror(errno)), error);
    } else {
        struct stat st {};
        if (::stat(native.constData(), &st) == 0 && st.st_uid == ::getuid()) {
            if ((st.st_mode & 077) != 0)
                ::chmod(native.constData(), st.st_mode & 0700);
            // SQLite gives -wal and -shm the file's mode when it makes them: made while the file
            // was read-only, they stay so after the user fixes the file. Ours follow the file.
            for (const char* side : { "-wal", "-shm" }) {
                const QByteArray sidePath = native + side;
                struct stat sst {};
                if (::stat(sidePath.constData(), &sst) == 0 && sst.st_uid == ::getuid()
                    && (sst.st_mode & 0777) != (st.st_mode & 0700))
                    ::chmod(sidePath.constData(), st.st_mode & 0700);
            }
        }
    }

    if (!openConnection(error) || !migrate(error)) {
        close();
        return false;
    }
    // Local days follow the time zone; if it changed since the rollups were made, remake them.
    // A read-only or busy file keeps the rollups it has: reading still works. A damaged one
    // is said now, before anything reads half of it.
    if (!UsageRollup::ensureCurrent(this)) {
        qCInfo(lcStorage) << "the usage rollups could not be brought up to date";
        if (m_failure == Failure::Corrupt || m_failure == Failure::NotADatabase) {
            const Failure failure = m_failure;
            close();
            m_failure = failure;
            if (error)
                *error = describe(failure, tr("the usage summary cannot be read"));
            return false;
        }
        m_failure = Failure::None;
    }
    return true;
}

bool Database::openReader(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_failure = Failure::None;
    if (!openConnection(error, true)) {
        close();
        return false;
    }
    return true;
}

void Database::deferCheckpoints()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384"));
}

bool Database::checkpoint(const QString& path)
{
    Database db;
    db.m_path = path;
    QString error;
    if (!db.openConnection(&error))
        return false;
    QSqlQuery q(db.connection());
    // Rows: busy (1 if a reader or writer held it back), frames in the log, frames copied.
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next() && q.value(0).toInt() == 0;
}

void Database::checkpointInBackground(const QString& path)
{
    static std::atomic<bool> running { false };
    if (running.exchange(true))
        return;
    QThreadPool::globalInstance()->start([path] {
        checkpoint(path);
        running = false;
    });
}

bool Database::openConnection(QString* error, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(kBusyStepMs)
                             .arg(readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!db.open())
        return fail(classify(db.lastError()) == Failure::Other ? Failure::CannotOpen : classify(db.lastError()),
                    db.lastError().databaseText(), error);
    // The first read tells a database from garbage or a damaged header.
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA user_version"), error))
        return false;
    if (readOnly)
        return true;
    // Best effort: a read-only file keeps the journal mode it has.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
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

Database::Failure Database::classify(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return Failure::None;
    // QSQLITE reports SQLite's result code; the low byte is the primary code.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Failure::Busy;
    case 8:  // SQLITE_READONLY
        return Failure::ReadOnly;
    case 11: // SQLITE_CORRUPT
        return Failure::Corrupt;
    case 13: // SQLITE_FULL
        return Failure::DiskFull;
    case 14: // SQLITE_CANTOPEN
        return Failure::CannotOpen;
    case 26: // SQLITE_NOTADB
        return Failure::NotADatabase;
    default:
        return Failure::Other;
    }
}

bool Database::exec(QSqlQuery& query, QString* error)
{
    return exec(query, QString(), error);
}

bool Database::exec(QSqlQuery& query, const QString& sql, QString* error)
{
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    for (;;) {
        if (sql.isEmpty() ? query.exec() : query.exec(sql)) {
            if (told)
                qCInfo(lcStorage) << "the database lock was released after" << waited.elapsed() << "ms";
            return true;
        }
        const Failure failure = classify(query.lastError());
        if (failure != Failure::Busy)
            return fail(failure, query.lastError().databaseText(), error);
        if (waited.elapsed() >= m_lockWaitMs)
            return fail(Failure::Busy, query.lastError().databaseText(), error);
        if (!told) {
            told = true;
            if (m_waitNotice)
                m_waitNotice(tr("The database %1 is in use by another program; waiting up to %2 seconds for it.")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(m_lockWaitMs / 1000));
        }
        QThread::msleep(20); // SQLite's own handler waited already; this only avoids a spin
    }
}

QString Database::describe(Failure failure, const QString& detail) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::CannotOpen:
        return tr("Could not open or create the database %1 (%2); check that its folder exists and that you may write to it.")
            .arg(file, detail);
    case Failure::NotADatabase:
        return tr("The file %1 is not a Switchyard database, or its header is damaged; nothing in it was changed. "
                  "Move it aside (for example `mv \"%1\" \"%1.broken\"`) and start again to begin a fresh one.")
            .arg(file);
    case Failure::Corrupt:
        return tr("The database %1 is damaged (%2); nothing in it was changed. Move it aside (for example "
                  "`mv \"%1\" \"%1.broken\"`) and start again to begin a fresh one; `sqlite3 \"%1.broken\" .recover` "
                  "may save what is left.")
            .arg(file, detail);
    case Failure::ReadOnly:
        return tr("The database %1 is read-only, so nothing can be recorded in it; make it and its folder writable "
                  "(for example `chmod u+w \"%1\"`) and try again.")
            .arg(file);
    case Failure::Busy:
        return tr("The database %1 stayed locked by another program for %2 seconds; close the other Switchyard "
                  "(or whatever holds the file) and try again.")
            .arg(file)
            .arg(m_lockWaitMs / 1000);
    case Failure::DiskFull:
        return tr("The disk that holds the database %1 is full; free some space and try again.").arg(file);
    case Failure::NewerSchema:
    case Failure::Other:
        break;
    }
    return tr("The database %1 could not be used (%2); try again, and if it keeps failing move the file aside.")
        .arg(file, detail);
}

QString Database::moveAside(const QString& path, QString* error)
{
    const QString suffix = QStringLiteral(".broken-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + suffix;
    if (!QFile::rename(path, target)) {
        if (error)
            *error = tr("Could not move %1 aside; move or delete it yourself and start again.")
                         .arg(QDir::toNativeSeparators(path));
        return {};
    }
    for (const char* side : { "-wal", "-shm" }) {
        const QString from = path + QLatin1String(side);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1String(side));
    }
    qCInfo(lcStorage).noquote() << "moved a damaged database aside to" << target;
    return target;
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
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    const int current = schemaVersion();
    if (current < 0)
        return fail(Failure::Other, tr("its schema version cannot be read"), error);
    if (current > latest) {
        m_failure = Failure::NewerSchema;
        if (error)
            *error = tr("The database %1 was written by a newer Switchyard (schema %2, this version knows %3); "
                        "update Switchyard or move the file aside.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(current)
                         .arg(latest);
        return false;
    }
    for (int version = current + 1; version <= latest; ++version) {
        QFile f(files.at(version - 1));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("A database migration is missing from this build; reinstall Switchyard.");
            m_failure = Failure::Other;
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(f.readAll()));
        QSqlQuery q(connection());
        // The write lock first: another process may be migrating the same file right now.
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (schemaVersion() >= version) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                const QSqlError sqlError = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                qCInfo(lcStorage) << "migration" << version << "failed:" << sqlError.text();
                const Failure failure = classify(sqlError);
                if (failure != Failure::Other)
                    return fail(failure, sqlError.databaseText(), error);
                m_failure = Failure::Other;
                if (error)
                    *error = tr("Could not upgrade the database %1 to schema %2 (%3); your data is unchanged.")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(version)
                                 .arg(sqlError.databaseText());
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!exec(q, QStringLiteral("COMMIT"), error)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCInfo(lcStorage) << "database migrated to schema" << version;
    }
    return true;
}
