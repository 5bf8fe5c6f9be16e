#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The one SQLite file: WAL, foreign keys on, schema version in PRAGMA user_version,
// numbered migrations from resources applied each in its own transaction. A file
// written by a newer Switchyard is refused, never touched. One instance per thread.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    // Opens (creating if needed) and migrates. On failure, error gets one sentence.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // $XDG_DATA_HOME/switchyard/switchyard/switchyard.sqlite (AppDataLocation: organisation/application)
    static QString defaultPath();
    static int latestSchemaVersion();
    // Splits a migration script into statements, keeping trigger bodies whole.
    static QStringList splitStatements(const QString& script);

private:
    bool migrate(QString* error);

    QString m_connectionName;
    QString m_path;
};
