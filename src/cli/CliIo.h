#pragma once

#include <QString>

// Output for the command line: stdout is for results only, stderr for the one
// sentence when something goes wrong.
namespace CliIo {

void out(const QString& text);  // written and flushed at once (streaming)
void err(const QString& line);  // one line on stderr
bool stdinIsTerminal();
bool stdoutIsTerminal();
// All of stdin; when it is a terminal, asks with prompt and reads one line without echo.
QString readSecretFromStdin(const QString& prompt);
QString readAllStdin();

QString jsonString(const QString& s);
QString csvField(const QString& s);

} // namespace CliIo
