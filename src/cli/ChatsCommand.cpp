#include "Cli.h"
#include "CliIo.h"

#include "session/AppContext.h"
#include "storage/ArchiveReader.h"
#include "storage/ConversationArchive.h"
#include "storage/ConversationSearch.h"
#include "usage/UsageExport.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <limits>

namespace {

QString nullableText(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("null") : TextFormat::jsonString(s);
}

QString jsonRow(const ConversationSummary& c, const SearchHit* hit)
{
    const QString n = QStringLiteral(",\"");
    QString row = QStringLiteral("{\"id\":") + QString::number(c.id)
        + n + QStringLiteral("title\":") + TextFormat::jsonString(c.title)
        + n + QStringLiteral("provider\":") + nullableText(c.provider)
        + n + QStringLiteral("model\":") + nullableText(c.model)
        + n + QStringLiteral("messages\":") + QString::number(c.messageCount)
        + n + QStringLiteral("created_at\":") + TextFormat::jsonString(UsageExport::isoTime(c.createdAt))
        + n + QStringLiteral("updated_at\":") + TextFormat::jsonString(UsageExport::isoTime(c.updatedAt));
    if (hit) {
        // The snippet as plain text and where its matches are (UTF-16 code units, as JavaScript counts).
        QList<SnippetRange> ranges;
        const QString plain = ConversationSearch::plainSnippet(hit->snippet, &ranges);
        QStringList pairs;
        for (const SnippetRange& r : std::as_const(ranges))
            pairs.append(u'[' + QString::number(r.start) + u',' + QString::number(r.length) + u']');
        row += n + QStringLiteral("message_id\":") + (hit->messageId ? QString::number(hit->messageId) : QStringLiteral("null"))
            + n + QStringLiteral("role\":") + nullableText(hit->role)
            + n + QStringLiteral("snippet\":") + TextFormat::jsonString(plain)
            + n + QStringLiteral("highlights\":[") + pairs.join(u',') + u']';
    }
    return row + u'}';
}

int list(AppContext& context, const QString& search, bool searching, const QString& format)
{
    const ConversationSearch finder(context.database());
    const QList<ConversationSummary> all = finder.summaries();
    if (!finder.error().isEmpty()) {
        CliIo::err(finder.error());
        return Cli::StorageFailed;
    }
    QList<ConversationSummary> shown;
    QList<SearchHit> bestHits; // beside shown, when searching
    if (searching) {
        const QList<SearchHit> hits = finder.bestPerConversation(search, std::numeric_limits<int>::max());
        if (!finder.error().isEmpty()) {
            CliIo::err(finder.error());
            return Cli::StorageFailed;
        }
        QHash<qint64, int> at;
        for (int i = 0; i < all.size(); ++i)
            at.insert(all.at(i).id, i);
        for (const SearchHit& h : hits) {
            if (!at.contains(h.conversationId))
                continue;
            shown.append(all.at(at.value(h.conversationId)));
            bestHits.append(h);
        }
    } else {
        shown = all;
    }

    if (format == QLatin1String("json")) {
        QStringList rows;
        for (int i = 0; i < shown.size(); ++i)
            rows.append(jsonRow(shown.at(i), searching ? &bestHits.at(i) : nullptr));
        CliIo::out(rows.isEmpty() ? QStringLiteral("[]\n") : u'[' + rows.join(QStringLiteral(",\n")) + QStringLiteral("]\n"));
        return Cli::Ok;
    }
    if (shown.isEmpty()) {
        CliIo::out(searching ? CliText::tr("No conversation matches \"%1\".\n").arg(TextFormat::printableLine(search, 80))
                             : CliText::tr("No conversations yet. Every chat in the window and every `switchyard chats "
                                           "import` adds one.\n"));
        return Cli::Ok;
    }
    QList<QStringList> rows;
    for (const ConversationSummary& c : std::as_const(shown)) {
        rows.append({ QString::number(c.id), TextFormat::printableLine(c.title, 50),
                      c.provider.isEmpty() ? QStringLiteral("-") : TextFormat::printableLine(c.provider, 30),
                      c.model.isEmpty() ? QStringLiteral("-") : TextFormat::printableLine(c.model, 50),
                      QString::number(c.messageCount), UsageExport::isoTime(c.updatedAt) });
    }
    CliIo::out(CliIo::table({ { CliText::tr("id") }, { CliText::tr("title") }, { CliText::tr("provider") },
                              { CliText::tr("model") }, { CliText::tr("messages"), true }, { CliText::tr("updated_at") } },
                            rows));
    return Cli::Ok;
}

int exportOne(AppContext& context, const QString& idText, const QString& format)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        CliIo::err(CliText::tr("switchyard chats export: \"%1\" is not a conversation id; `switchyard chats` lists them.")
                       .arg(TextFormat::printableLine(idText, 40)));
        return Cli::Usage;
    }
    const ConversationArchive archive(context.database());
    const QString text = format == QLatin1String("json") ? archive.toJson(id) : archive.toMarkdown(id);
    switch (archive.failure()) {
    case ConversationArchive::Failure::None:
        break;
    case ConversationArchive::Failure::Storage:
        CliIo::err(archive.error());
        return Cli::StorageFailed;
    default:
        CliIo::err(archive.error());
        return Cli::Usage;
    }
    CliIo::out(text);
    return Cli::Ok;
}

int importFile(AppContext& context, const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        CliIo::err(CliText::tr("switchyard chats import: cannot read %1 (%2); check the path and that you may read it.")
                       .arg(TextFormat::printableLine(path, 200),
                            info.isDir() ? CliText::tr("it is a folder") : file.errorString()));
        return Cli::Usage;
    }
    if (file.size() > ArchiveReader::kMaxBytes) {
        CliIo::err(CliText::tr("switchyard chats import: %1 is larger than 1 GiB; split it into smaller files and "
                               "import them one at a time.")
                       .arg(TextFormat::printableLine(path, 200)));
        return Cli::Usage;
    }
    const QByteArray bytes = file.readAll();
    ConversationArchive archive(context.database());
    ImportSummary summary;
    if (!archive.importArchive(bytes, &summary)) {
        if (archive.failure() == ConversationArchive::Failure::Storage) {
            CliIo::err(archive.error());
            return Cli::StorageFailed;
        }
        CliIo::err(archive.error());
        return Cli::Usage;
    }
    const QString from = summary.format == QLatin1String("chatgpt") ? CliText::tr("a ChatGPT export")
                                                                    : CliText::tr("a Switchyard export");
    CliIo::out(CliText::tr("Imported %n conversation(s)", nullptr, int(summary.conversationIds.size()))
               + CliText::tr(" with %n message(s)", nullptr, int(summary.messages)) + CliText::tr(" from %1.").arg(from)
               + u'\n');
    return Cli::Ok;
}

} // namespace

int Cli::chats(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Conversations: list and search them, export one, import an archive.\n"
                                                 "  switchyard chats [--search TEXT] [--format table|json]\n"
                                                 "  switchyard chats export ID [--format md|json]\n"
                                                 "  switchyard chats import FILE   (Switchyard JSON or ChatGPT's conversations.json)"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("search"), CliText::tr("Only the conversations whose title or messages hold these words."), QStringLiteral("TEXT") },
        { QStringLiteral("format"), CliText::tr("table or json for the list (default: table); md or json for export (default: md)."), QStringLiteral("FORMAT") },
    });
    if (!parser.parse(QStringList { QStringLiteral("switchyard chats") } + args)) {
        CliIo::err(CliText::tr("switchyard chats: %1; see `switchyard chats --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool searching = parser.isSet(QStringLiteral("search"));
    const QString format = parser.value(QStringLiteral("format"));
    if (action.isEmpty()) {
        const QString f = format.isEmpty() ? QStringLiteral("table") : format;
        if (f != QLatin1String("table") && f != QLatin1String("json")) {
            CliIo::err(CliText::tr("switchyard chats: --format takes table or json."));
            return Usage;
        }
        return list(context, parser.value(QStringLiteral("search")), searching, f);
    }
    if (action != QLatin1String("export") && action != QLatin1String("import")) {
        CliIo::err(CliText::tr("switchyard chats: unexpected \"%1\"; use export ID or import FILE, see `switchyard chats --help`.")
                       .arg(TextFormat::printableLine(action, 40)));
        return Usage;
    }
    if (searching) {
        CliIo::err(CliText::tr("switchyard chats %1: --search only goes with the list; drop it.").arg(action));
        return Usage;
    }
    if (positional.size() != 2) {
        CliIo::err(action == QLatin1String("export")
                       ? CliText::tr("switchyard chats export: give one conversation id, for example `switchyard chats export 3`.")
                       : CliText::tr("switchyard chats import: give one file, for example `switchyard chats import conversations.json`."));
        return Usage;
    }
    if (action == QLatin1String("export")) {
        const QString f = format.isEmpty() ? QStringLiteral("md") : format;
        if (f != QLatin1String("md") && f != QLatin1String("json")) {
            CliIo::err(CliText::tr("switchyard chats export: --format takes md or json."));
            return Usage;
        }
        return exportOne(context, positional.at(1), f);
    }
    if (!format.isEmpty()) {
        CliIo::err(CliText::tr("switchyard chats import: --format does not apply; the file's format is found from its content."));
        return Usage;
    }
    return importFile(context, positional.at(1));
}
