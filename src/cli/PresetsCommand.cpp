#include "Cli.h"
#include "CliIo.h"

#include "session/AppContext.h"
#include "storage/PresetStore.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// A preset file is a few kilobytes; anything near this is not one.
constexpr qint64 kMaxPresetFileBytes = 16 * 1024 * 1024;

int list(const PresetStore& store, const QString& format)
{
    const QList<Preset> presets = store.list();
    if (format == QLatin1String("json")) {
        QJsonArray all;
        for (const Preset& p : presets) {
            QJsonObject o = p.toJson();
            o.insert(QLatin1String("bundled"), p.bundled);
            all.append(o);
        }
        CliIo::out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
        return Cli::Ok;
    }
    QList<QStringList> rows;
    for (const Preset& p : presets) {
        rows.append({ TextFormat::printableLine(p.name, 40), p.provider.isEmpty() ? QStringLiteral("-") : p.provider,
                      p.model.isEmpty() ? QStringLiteral("-") : TextFormat::printableLine(p.model, 40),
                      p.bundled ? CliText::tr("bundled") : CliText::tr("yours"),
                      TextFormat::printableLine(p.params.systemPrompt, 60) });
    }
    CliIo::out(CliIo::table({ { CliText::tr("name") }, { CliText::tr("provider") }, { CliText::tr("model") },
                              { CliText::tr("source") }, { CliText::tr("system prompt") } },
                            rows));
    return Cli::Ok;
}

int exportTo(const PresetStore& store, const QString& path)
{
    const QByteArray json = store.exportJson();
    if (path.isEmpty() || path == QLatin1String("-")) {
        CliIo::out(QString::fromUtf8(json));
        return Cli::Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        CliIo::err(CliText::tr("switchyard presets export: cannot write %1 (%2); check the folder and that you may write there.")
                       .arg(TextFormat::printableLine(path, 200), file.errorString()));
        return Cli::Usage;
    }
    return Cli::Ok;
}

int importFrom(PresetStore& store, const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        CliIo::err(CliText::tr("switchyard presets import: cannot read %1 (%2); check the path and that you may read it.")
                       .arg(TextFormat::printableLine(path, 200), info.isDir() ? CliText::tr("it is a folder") : file.errorString()));
        return Cli::Usage;
    }
    if (file.size() > kMaxPresetFileBytes) {
        CliIo::err(CliText::tr("switchyard presets import: %1 is too large to be a presets file.").arg(TextFormat::printableLine(path, 200)));
        return Cli::Usage;
    }
    QString error;
    int imported = 0;
    if (!store.importJson(file.readAll(), &error, &imported)) {
        CliIo::err(CliText::tr("switchyard presets import: %1").arg(error));
        return Cli::Usage;
    }
    CliIo::out(CliText::tr("Imported %n preset(s).", nullptr, imported) + u'\n');
    return Cli::Ok;
}

} // namespace

int Cli::presets(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Presets (assistants): a system prompt, provider, model and parameters.\n"
                                                 "  switchyard presets [--format table|json]\n"
                                                 "  switchyard presets export [FILE]   (your own presets; stdout without FILE)\n"
                                                 "  switchyard presets import FILE     (all or nothing)"));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("format"), CliText::tr("table or json (default: table)."), QStringLiteral("FORMAT") });
    if (!parser.parse(QStringList { QStringLiteral("switchyard presets") } + args)) {
        CliIo::err(CliText::tr("switchyard presets: %1; see `switchyard presets --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    PresetStore store(context.database());
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action.isEmpty()) {
        const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table") : parser.value(QStringLiteral("format"));
        if (format != QLatin1String("table") && format != QLatin1String("json")) {
            CliIo::err(CliText::tr("switchyard presets: --format takes table or json."));
            return Usage;
        }
        return list(store, format);
    }
    if (action == QLatin1String("export") && positional.size() <= 2)
        return exportTo(store, positional.value(1));
    if (action == QLatin1String("import") && positional.size() == 2)
        return importFrom(store, positional.at(1));
    CliIo::err(CliText::tr("switchyard presets: use `presets`, `presets export [FILE]` or `presets import FILE`; see `switchyard presets --help`."));
    return Usage;
}
