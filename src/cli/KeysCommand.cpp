#include "Cli.h"
#include "CliIo.h"

#include "config/AppSettings.h"
#include "openrouter/OpenRouterConnect.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>

namespace {

// Runs one asynchronous KeyStore call to its end.
template <typename Start>
void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

int setKey(AppContext& context, const ProviderPreset& preset)
{
    const QString key = CliIo::readSecretFromStdin(CliText::tr("Paste the %1 API key and press Enter: ").arg(preset.name));
    if (key.isEmpty()) {
        CliIo::err(CliText::tr("switchyard keys set: no key on stdin; pipe it in, for example: printf '%s' \"$KEY\" | switchyard keys set %1")
                       .arg(preset.id));
        return Cli::Usage;
    }
    if (key.contains(u'\n') || key.contains(u' ')) {
        CliIo::err(CliText::tr("switchyard keys set: the key has spaces or several lines; pipe in the key alone."));
        return Cli::Usage;
    }
    KeyStore::Status status = KeyStore::Status::Failed;
    waitFor([&](auto finish) {
        context.keys()->write(preset.id, key, [&, finish](KeyStore::Status s, const QString&) {
            status = s;
            finish();
        });
    });
    if (status == KeyStore::Status::Ok) {
        CliIo::err(CliText::tr("Saved the %1 key in the system keychain.").arg(preset.name));
        return Cli::Ok;
    }
    CliIo::err(CliText::tr("Could not save the %1 key because the system keychain is not available; start your desktop's "
                  "keyring (Secret Service) and try again, or set %2 for this shell.")
                   .arg(preset.name, preset.keyEnv.isEmpty() ? CliText::tr("the key in the environment") : preset.keyEnv));
    return Cli::KeychainUnavailable;
}

int deleteKey(AppContext& context, const ProviderPreset& preset)
{
    KeyStore::Status status = KeyStore::Status::Failed;
    waitFor([&](auto finish) {
        context.keys()->remove(preset.id, [&, finish](KeyStore::Status s, const QString&) {
            status = s;
            finish();
        });
    });
    switch (status) {
    case KeyStore::Status::Ok:
        CliIo::err(CliText::tr("Removed the %1 key from the system keychain.").arg(preset.name));
        return Cli::Ok;
    case KeyStore::Status::NotFound:
        CliIo::err(CliText::tr("No %1 key was stored in the keychain; nothing to remove.").arg(preset.name));
        return Cli::Ok;
    default:
        CliIo::err(CliText::tr("Could not remove the %1 key because the system keychain is not available; start your "
                      "desktop's keyring (Secret Service) and try again.")
                       .arg(preset.name));
        return Cli::KeychainUnavailable;
    }
}

int listKeys(AppContext& context)
{
    bool unavailable = false;
    QString text;
    for (const ProviderPreset& preset : context.providers()->providers()) {
        KeyStore::Status status = KeyStore::Status::Failed;
        KeyStore::Source source = KeyStore::Source::None;
        waitFor([&](auto finish) {
            context.keys()->resolve(preset, [&, finish](KeyStore::Status s, const QString&, KeyStore::Source src) {
                status = s;
                source = src;
                finish();
            });
        });
        QString where;
        if (status == KeyStore::Status::Ok && source == KeyStore::Source::Environment)
            where = CliText::tr("environment (%1)").arg(preset.keyEnv);
        else if (status == KeyStore::Status::Ok)
            where = CliText::tr("keychain");
        else if (status == KeyStore::Status::NotFound)
            where = preset.needsKey ? CliText::tr("not set") : CliText::tr("not needed");
        else {
            where = CliText::tr("keychain unavailable");
            unavailable = true;
        }
        text += preset.id.leftJustified(14) + u' ' + preset.name.leftJustified(16) + u' ' + where + u'\n';
    }
    CliIo::out(text);
    if (unavailable) {
        CliIo::err(CliText::tr("The system keychain is not available; start your desktop's keyring (Secret Service) and try again."));
        return Cli::KeychainUnavailable;
    }
    return Cli::Ok;
}

// `keys connect openrouter [--base-url URL]`: OAuth PKCE; the key goes to the keychain only.
int connectProvider(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("base-url"), CliText::tr("Use this base URL for this call."), QStringLiteral("URL") });
    if (!parser.parse(QStringList { QStringLiteral("switchyard keys connect") } + args)) {
        CliIo::err(CliText::tr("switchyard keys connect: %1; run: switchyard keys connect openrouter [--base-url URL]").arg(parser.errorText()));
        return Cli::Usage;
    }
    const QStringList names = parser.positionalArguments();
    const ProviderPreset preset = context.providers()->find(names.value(0));
    if (names.size() != 1 || !OpenRouterConnect::appliesTo(preset)) {
        CliIo::err(CliText::tr("switchyard keys connect: only OpenRouter signs in from the browser; run: switchyard keys connect openrouter"));
        return Cli::Usage;
    }
    QString baseUrl = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                               : context.settings()->effectiveBaseUrl(preset);
    const QUrl base(baseUrl, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")) || base.host().isEmpty()) {
        CliIo::err(CliText::tr("switchyard keys connect: \"%1\" is not an http or https URL.").arg(baseUrl));
        return Cli::Usage;
    }
    OpenRouterConnect flow(context.network(), context.keys());
    OpenRouterConnect::Result result = OpenRouterConnect::Result::Cancelled;
    QString message;
    QEventLoop loop;
    QObject::connect(&flow, &OpenRouterConnect::finished, &loop, [&](OpenRouterConnect::Result r, const QString& m) {
        result = r;
        message = m;
        loop.quit();
    });
    if (flow.start(preset, baseUrl)) {
        CliIo::err(CliText::tr("Open this address in a browser to connect %1; waiting up to five minutes for its answer:").arg(preset.name));
        CliIo::out(flow.authUrl().toString(QUrl::FullyEncoded) + u'\n');
        // The address holds only the challenge and the state, never a secret.
        if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            QProcess::startDetached(QStringLiteral("xdg-open"), { flow.authUrl().toString(QUrl::FullyEncoded) });
    }
    loop.exec();
    switch (result) {
    case OpenRouterConnect::Result::Connected:
        CliIo::err(CliText::tr("Connected %1: its key is saved in the system keychain.").arg(preset.name));
        return Cli::Ok;
    case OpenRouterConnect::Result::WrongState:
    case OpenRouterConnect::Result::Denied:
    case OpenRouterConnect::Result::Refused:
        CliIo::err(message);
        return Cli::KeyProblem;
    case OpenRouterConnect::Result::KeychainFailed:
        CliIo::err(message);
        return Cli::KeychainUnavailable;
    default:
        CliIo::err(message);
        return Cli::ProviderProblem;
    }
}

} // namespace

int Cli::keys(AppContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") && args.size() == 1)
        return listKeys(context);
    if ((sub == QLatin1String("set") || sub == QLatin1String("delete")) && args.size() == 2) {
        const ProviderPreset preset = context.providers()->find(args.at(1));
        if (!preset.isValid()) {
            CliIo::err(CliText::tr("switchyard keys: unknown provider \"%1\"; choose one of: %2.")
                           .arg(args.at(1), context.providers()->ids().join(QStringLiteral(", "))));
            return Usage;
        }
        return sub == QLatin1String("set") ? setKey(context, preset) : deleteKey(context, preset);
    }
    if (sub == QLatin1String("connect"))
        return connectProvider(context, args.mid(1));
    if (sub == QLatin1String("set") && args.size() > 2) {
        CliIo::err(CliText::tr("switchyard keys set: the key is read from stdin, never from the command line; "
                      "run: printf '%s' \"$KEY\" | switchyard keys set PROVIDER"));
        return Usage;
    }
    CliIo::err(CliText::tr("Usage: switchyard keys set PROVIDER | keys list | keys delete PROVIDER | keys connect openrouter (the key is read from stdin or "
                           "comes from the browser sign-in)."));
    return Usage;
}
