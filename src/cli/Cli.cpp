#include "Cli.h"

#include "CliIo.h"
#include "openrouter/GenerationBackfill.h"
#include "session/AppContext.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstring>

namespace Cli {

namespace {
const char* const kCommands[] = { "ask", "usage", "keys", "models", "chats", "presets", "account", "help", "--help", "-h", "--version", "-v" };

QString helpText()
{
    return CliText::tr("Usage: switchyard [COMMAND] [OPTIONS]\n"
              "With no command, Switchyard opens its window.\n\n"
              "Commands:\n"
              "  ask [-p PROVIDER] [-m MODEL]... [--base-url URL] [-s SYSTEM] [--json] [PROMPT...]\n"
              "      [-a FILE]... [--preset NAME] [--temperature T] [--top-p P] [--max-tokens N]\n"
              "      [--reasoning low|medium|high] [--stop TEXT]... [--seed N] [--keep-image-size]\n"
              "      [--provider-order A,B] [--provider-only A,B] [--provider-ignore A,B]\n"
              "      [--sort price|throughput|latency] [--no-fallbacks] [--deny-data-collection] [--zdr]\n"
              "      [--max-price IN/OUT] [--quantizations Q,Q]\n"
              "        Ask a model; the answer streams to stdout. The prompt comes from the\n"
              "        arguments, else from stdin. Several -m give a fallback order. -a attaches\n"
              "        an image, a PDF or a text file. The flags from --provider-order on are\n"
              "        OpenRouter's routing preferences.\n"
              "  ask --compare -m MODEL -m MODEL [-m MODEL]... [--json] [PROMPT...]\n"
              "        The same prompt to 2 to 6 models at once; each answer, then a table.\n"
              "  usage [--since DATE] [--until DATE] [--by model|provider|day|week|month|conversation]\n"
              "        [--log] [--compare-group ID] [--format table|csv|json]\n"
              "        What the ledger recorded: requests, tokens and cost.\n"
              "  models [-p PROVIDER] [--base-url URL] [--refresh] [--format table|json]\n"
              "        The models a provider offers, with context length and prices per million tokens.\n"
              "  chats [--search TEXT] [--format table|json]\n"
              "        The conversations, most recent first; with --search, those whose title or\n"
              "        messages hold the words.\n"
              "  chats export ID [--format md|json]\n"
              "        One conversation to stdout: the branch in view as Markdown, or every branch as JSON.\n"
              "  chats import FILE\n"
              "        Add the conversations of a Switchyard JSON export or of ChatGPT's conversations.json.\n"
              "  presets [--format table|json] | presets export [FILE] | presets import FILE\n"
              "        The presets (assistants) for `ask --preset` and new chats; export and import your own.\n"
              "  keys connect openrouter [--base-url URL]\n"
              "                         Sign in to OpenRouter in the browser; its key goes to the keychain.\n"
              "  account [--base-url URL] [--format table|json]\n"
              "        The OpenRouter key's usage and limit and the account's credits, beside what\n"
              "        the ledger recorded for the same UTC day, week and month.\n"
              "  keys set PROVIDER      Store a key in the system keychain (read from stdin).\n"
              "  keys list              Where each provider's key comes from.\n"
              "  keys delete PROVIDER   Remove a key from the keychain.\n\n"
              "Exit codes: 0 ok, 2 usage error, 3 missing or rejected key, 4 provider or network\n"
              "error, 5 keychain unavailable, 6 local storage failed.\n");
}
} // namespace

bool wantsCli(int argc, char** argv)
{
    if (argc < 2)
        return false;
    for (const char* c : kCommands) {
        if (std::strcmp(argv[1], c) == 0)
            return true;
    }
    // Anything else that is not a Qt GUI option is a mistyped command: answer it on the CLI.
    return argv[1][0] != '-';
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    // The user's language, else the English catalogue: it holds the plural forms ("1 preset",
    // "2 presets"), also under the C locale scripts run with.
    QTranslator translator;
    const QString folder = QStringLiteral(":/switchyard/i18n");
    if (translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"), folder)
        || translator.load(QStringLiteral("switchyard_en"), folder))
        QCoreApplication::installTranslator(&translator);
    QStringList args = app.arguments();
    args.removeFirst();
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        CliIo::out(helpText());
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        CliIo::out(QStringLiteral("switchyard " SWITCHYARD_VERSION "\n"));
        return Ok;
    }
    using Handler = int (*)(AppContext&, const QStringList&);
    Handler handler = nullptr;
    if (command == QLatin1String("ask"))
        handler = &ask;
    else if (command == QLatin1String("usage"))
        handler = &usage;
    else if (command == QLatin1String("keys"))
        handler = &keys;
    else if (command == QLatin1String("models"))
        handler = &models;
    else if (command == QLatin1String("chats"))
        handler = &chats;
    else if (command == QLatin1String("presets"))
        handler = &presets;
    else if (command == QLatin1String("account"))
        handler = &account;
    if (!handler) {
        CliIo::err(CliText::tr("switchyard: unknown command \"%1\"; run `switchyard --help` for the list.").arg(command));
        return Usage;
    }
    AppContext context;
    // A lock held by another process is waited for, and the wait is said.
    context.database()->setWaitNotice([](const QString& sentence) { CliIo::err(sentence); });
    QString error;
    if (!context.open(&error)) {
        CliIo::err(error);
        return StorageFailed;
    }
    // Requests that ended without a reported cost: their stats, if due, before anything else.
    GenerationBackfill::settleDue(&context);
    return handler(context, args);
}

} // namespace Cli
