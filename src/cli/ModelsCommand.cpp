#include "Cli.h"
#include "CliIo.h"

#include "catalog/CatalogStore.h"
#include "chat/ChatOutcome.h"
#include "net/ErrorText.h"
#include "catalog/ModelCatalog.h"
#include "catalog/PricedModel.h"
#include "config/AppSettings.h"
#include "money/Money.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>

namespace {

struct Row {
    ModelInfo model;
    QString prompt;     // USD per million tokens, exact; empty: unknown
    QString completion;
    bool free = false;
};

Row priced(const AppContext& context, const ModelInfo& m)
{
    const PricedModel p = PricedModel::from(context, m);
    return { m, PricedModel::perMillion(p.prompt), PricedModel::perMillion(p.completion), p.isFree() };
}

QString jsonStrings(const QStringList& list)
{
    QStringList quoted;
    for (const QString& s : list)
        quoted.append(TextFormat::jsonString(s));
    return u'[' + quoted.join(u',') + u']';
}

struct Outcome {
    bool ok = false;
    QString message;
    int errorKind = 0;
};

Outcome fetch(AppContext& context, const ProviderPreset& preset, const QString& baseUrl, bool refresh)
{
    ModelCatalog catalog(&context);
    if (!refresh && !catalog.isStale(preset.id, baseUrl))
        return { true, {}, 0 };
    // The key, if the provider wants one.
    QString key;
    KeyStore::Status status = KeyStore::Status::NotFound;
    {
        QEventLoop loop;
        bool done = false;
        context.keys()->resolve(preset, [&](KeyStore::Status s, const QString& k, KeyStore::Source) {
            status = s;
            key = k;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }
    if (!preset.canListModels(status == KeyStore::Status::Ok)) {
        return { false, ErrorText::forMissingKey(preset.name, preset.id, preset.keyEnv), int(ErrorKind::MissingKey) };
    }
    Outcome out;
    QEventLoop loop;
    QObject::connect(&catalog, &ModelCatalog::finished, &loop, [&](const QString&, bool ok, const QString& message, int kind) {
        out = { ok, message, kind };
        loop.quit();
    });
    catalog.refresh(preset, baseUrl, key);
    loop.exec();
    return out;
}

QString nullable(const QString& number)
{
    return number.isEmpty() ? QStringLiteral("null") : number;
}

} // namespace

int Cli::models(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("The models a provider offers, with context length and prices."));
    parser.addHelpOption();
    parser.addOptions({
        { { QStringLiteral("p"), QStringLiteral("provider") }, CliText::tr("Provider id (default: every provider with a key)."), QStringLiteral("PROVIDER") },
        { QStringLiteral("base-url"), CliText::tr("Use this base URL for this call."), QStringLiteral("URL") },
        { QStringLiteral("refresh"), CliText::tr("Fetch the list again even if the stored one is fresh.") },
        { QStringLiteral("format"), CliText::tr("table or json (default: table)."), QStringLiteral("FORMAT"), QStringLiteral("table") },
    });
    if (!parser.parse(QStringList { QStringLiteral("switchyard models") } + args)) {
        CliIo::err(CliText::tr("switchyard models: %1; see `switchyard models --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        CliIo::err(CliText::tr("switchyard models: --format takes table or json."));
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliIo::err(CliText::tr("switchyard models: unexpected \"%1\"; see `switchyard models --help`.").arg(parser.positionalArguments().constFirst()));
        return Usage;
    }

    QList<ProviderPreset> targets;
    const bool explicitProvider = parser.isSet(QStringLiteral("provider"));
    if (explicitProvider) {
        const ProviderPreset preset = context.providers()->find(parser.value(QStringLiteral("provider")));
        if (!preset.isValid()) {
            CliIo::err(CliText::tr("switchyard models: unknown provider \"%1\"; choose one of: %2.")
                           .arg(parser.value(QStringLiteral("provider")), context.providers()->ids().join(QStringLiteral(", "))));
            return Usage;
        }
        targets.append(preset);
    } else {
        if (parser.isSet(QStringLiteral("base-url"))) {
            CliIo::err(CliText::tr("switchyard models: --base-url needs -p to say which provider it is for."));
            return Usage;
        }
        // Every hosted provider with a key, and those whose list is public (OpenRouter's).
        for (const ProviderPreset& p : context.providers()->providers()) {
            if (p.local)
                continue;
            KeyStore::Status status = KeyStore::Status::NotFound;
            QEventLoop loop;
            bool done = false;
            context.keys()->resolve(p, [&](KeyStore::Status s, const QString&, KeyStore::Source) {
                status = s;
                done = true;
                loop.quit();
            });
            if (!done)
                loop.exec();
            if (status == KeyStore::Status::Ok || !p.modelListNeedsKey)
                targets.append(p);
        }
    }

    QList<Row> rows;
    int failures = 0;
    int lastExit = ProviderProblem;
    for (const ProviderPreset& preset : std::as_const(targets)) {
        const QString baseUrl = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                                         : context.settings()->effectiveBaseUrl(preset);
        const Outcome o = fetch(context, preset, baseUrl, parser.isSet(QStringLiteral("refresh")));
        const QList<ModelInfo> stored = CatalogStore(context.database()).models(preset.id);
        if (!o.ok) {
            ++failures;
            const int code = exitCodeFor(ErrorKind(o.errorKind));
            lastExit = code == 0 ? ProviderProblem : code;
            CliIo::err(stored.isEmpty() ? o.message
                                        : o.message + u' ' + CliText::tr("Showing the list stored earlier."));
            if (stored.isEmpty())
                continue;
        }
        for (const ModelInfo& m : stored)
            rows.append(priced(context, m));
    }
    if (failures == targets.size() && rows.isEmpty() && !targets.isEmpty())
        return lastExit;

    if (format == QLatin1String("json")) {
        QStringList objects;
        for (const Row& r : std::as_const(rows)) {
            // The catalog's newer facts first, so the older fields keep their order.
            objects.append(QStringLiteral("{\"free\":") + (r.free ? QStringLiteral("true") : QStringLiteral("false"))
                           + QStringLiteral(",\"created\":") + (r.model.createdAt ? QString::number(*r.model.createdAt) : QStringLiteral("null"))
                           + QStringLiteral(",\"input_modalities\":") + jsonStrings(r.model.inputModalities)
                           + QStringLiteral(",\"supported_parameters\":") + jsonStrings(r.model.supportedParameters)
                           + QStringLiteral(",\"provider\":") + TextFormat::jsonString(r.model.provider)
                           + QStringLiteral(",\"id\":") + TextFormat::jsonString(r.model.id)
                           + QStringLiteral(",\"name\":") + TextFormat::jsonString(r.model.name.isEmpty() ? r.model.id : r.model.name)
                           + QStringLiteral(",\"context_length\":") + (r.model.contextLength ? QString::number(*r.model.contextLength) : QStringLiteral("null"))
                           + QStringLiteral(",\"prompt_usd_per_mtok\":") + nullable(r.prompt)
                           + QStringLiteral(",\"completion_usd_per_mtok\":") + nullable(r.completion) + u'}');
        }
        CliIo::out(u'[' + objects.join(QStringLiteral(",\n")) + QStringLiteral("]\n"));
        return Ok;
    }
    if (rows.isEmpty()) {
        CliIo::out(targets.isEmpty() ? CliText::tr("No provider has a key yet; run `switchyard keys set PROVIDER` or pass -p.\n")
                                     : CliText::tr("No models listed.\n"));
        return Ok;
    }
    int idWidth = 5;
    for (const Row& r : std::as_const(rows))
        idWidth = qMax(idWidth, int(r.model.id.size()));
    const QLocale locale;
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(CliText::tr("provider").leftJustified(10), CliText::tr("model").leftJustified(idWidth),
                            CliText::tr("context").rightJustified(9), CliText::tr("in $/M").rightJustified(9),
                            CliText::tr("out $/M").rightJustified(9), CliText::tr("name"));
    for (const Row& r : std::as_const(rows)) {
        text += r.model.provider.leftJustified(10) + QStringLiteral("  ") + r.model.id.leftJustified(idWidth) + QStringLiteral("  ")
            + (r.model.contextLength ? locale.toString(*r.model.contextLength) : QStringLiteral("?")).rightJustified(9) + QStringLiteral("  ")
            + (r.prompt.isEmpty() ? QStringLiteral("?") : r.prompt).rightJustified(9) + QStringLiteral("  ")
            + (r.completion.isEmpty() ? QStringLiteral("?") : r.completion).rightJustified(9) + QStringLiteral("  ")
            + r.model.name + u'\n';
    }
    CliIo::out(text);
    return Ok;
}
