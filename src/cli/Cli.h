#pragma once

#include <QStringList>

class AppContext;

// The command line: same binary, no window, no display needed.
namespace Cli {

// True when argv names a subcommand (or --help/--version) rather than the GUI.
bool wantsCli(int argc, char** argv);
// Runs the subcommand with its own QCoreApplication; returns the exit code.
int run(int argc, char** argv);

// Exit codes (DESIGN.md): 0 ok, 2 usage, 3 key missing/rejected, 4 provider/network, 5 keychain,
// 6 local storage failed (the database could not be opened, read or written).
enum ExitCode { Ok = 0, Usage = 2, KeyProblem = 3, ProviderProblem = 4, KeychainUnavailable = 5, StorageFailed = 6 };

int ask(AppContext& context, const QStringList& args);
int usage(AppContext& context, const QStringList& args);
int keys(AppContext& context, const QStringList& args);
int models(AppContext& context, const QStringList& args);
int chats(AppContext& context, const QStringList& args);
int presets(AppContext& context, const QStringList& args);
int account(AppContext& context, const QStringList& args);

} // namespace Cli
