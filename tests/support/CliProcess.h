#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// One run of the real switchyard binary with no display, as a user runs it.
struct CliRun {
    int exitCode = -1; // -1: it crashed or was killed
    QByteArray out;
    QByteArray err;
};

namespace CliProcess {
// Runs the CLI with args, writes input to its stdin, adds extra to its environment. The
// event loop turns while it runs, so a mock provider in this process answers it.
CliRun run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extra = {});
} // namespace CliProcess
