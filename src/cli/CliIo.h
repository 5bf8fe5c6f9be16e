#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Translation context for every command-line message.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Output for the command line: stdout is for results only, stderr for the one
// sentence when something goes wrong.
namespace CliIo {

void out(const QString& text);  // written and flushed at once
bool write(const QString& text); // into stdout's buffer; flush() sends it. false: stdout is gone
bool flush();
void err(const QString& line);  // one line on stderr
bool stdinIsTerminal();
bool stdoutIsTerminal();
// All of stdin; when it is a terminal, asks with prompt and reads one line without echo.
QString readSecretFromStdin(const QString& prompt);
QString readAllStdin();

struct Column {
    QString name;
    bool number = false; // right-aligned
};
// A plain-text table: a header line, then one line per row, columns two spaces apart.
QString table(const QList<Column>& columns, const QList<QStringList>& rows);

} // namespace CliIo
