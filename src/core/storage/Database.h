#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The one SQLite file: WAL, foreign keys on, schema version in PRAGMA user_version,
// numbered migrations from resources applied each in its own transaction. A file
// written by a newer Switchyard is refused, never touched; a file that is not a
// database, or is damaged, is never overwritten. The folder is created 0700 and the
// file 0600: conversations are nobody else's business. One instance per thread.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Why storage failed, from SQLite's result code; each has its own sentence.
    enum class Failure { None, CannotOpen, NotADatabase, Corrupt, ReadOnly, Busy, DiskFull, NewerSchema, Other };

    Database();
    ~Database();

    // Opens (creating if needed) and migrates. On failure, error gets one sentence
    // that names the file and what to do, and failure() says which kind it was.
    bool open(const QString& path, QString* error);
    // A read-only connection to a file another Database of this process has opened and
    // migrated: no migration, no rollup check, nothing written. For a reader on a worker
    // thread (each thread its own Database).
    bool openReader(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    // Checkpoints (copying the write-ahead log into the file, with an fsync) stop happening
    // on this connection, which may be the GUI thread's, except past a 64 MB log as a safety
    // net: whoever writes steadily calls checkpointInBackground() instead.
    void deferCheckpoints();
    // A passive checkpoint of the file at path through a connection of its own: never
    // blocks a writer. checkpoint() runs it here; checkpointInBackground() on a worker
    // thread, unless one is running already. Best effort: a failure only leaves the log longer.
    static bool checkpoint(const QString& path);
    static void checkpointInBackground(const QString& path);
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const; // -1 when it cannot be read
    Failure failure() const { return m_failure; }

    // Runs a prepared or plain statement; while another process holds the write lock
    // it keeps trying for up to lockWaitMs(), telling the wait notice once. On failure
    // error gets the sentence for it (and failure() the kind).
    bool exec(QSqlQuery& query, QString* error);
    bool exec(QSqlQuery& query, const QString& sql, QString* error);
    // Called once per exec() that has to wait for a lock, with a sentence to show.
    void setWaitNotice(std::function<void(const QString&)> notice) { m_waitNotice = std::move(notice); }
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    int lockWaitMs() const { return m_lockWaitMs; }

    // One sentence for a storage failure of this file: what happened and what to do.
    QString describe(Failure failure, const QString& detail = {}) const;
    static Failure classify(const QSqlError& error);

    // Renames a damaged file (and its -wal and -shm) to "<name>.broken-<time>" so a fresh
    // one can be started; the old one is kept for recovery. The new path, or empty.
    static QString moveAside(const QString& path, QString* error);

    // $XDG_DATA_HOME/switchyard/switchyard/switchyard.sqlite (AppDataLocation: organisation/application)
    static QString defaultPath();
    static int latestSchemaVersion();
    // Splits a migration script into statements, keeping trigger bodies whole.
    static QStringList splitStatements(const QString& script);

private:
    bool openConnection(QString* error, bool readOnly = false);
    bool migrate(QString* error);
    bool fail(Failure failure, const QString& detail, QString* error);

    QString m_connectionName;
    QString m_path;
    Failure m_failure = Failure::None;
    int m_lockWaitMs = 60000;
    std::function<void(const QString&)> m_waitNotice;
};
