#include "AskRequest.h"
#include "Cli.h"
#include "CliIo.h"
#include "CompareCommand.h"
#include "StopSignals.h"

#include "chat/ChatOutcome.h"
#include "config/AppSettings.h"
#include "money/Money.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "session/CompareRun.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {

QString optionalNumber(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QStringLiteral("null");
}

QString outcomeJson(const ChatOutcome& o, const QString& provider, const QString& modelRequested)
{
    using TextFormat::jsonString;
    QStringList f;
    f << QStringLiteral("\"text\":") + jsonString(o.text)
      << QStringLiteral("\"reasoning\":") + jsonString(o.reasoning)
      << QStringLiteral("\"provider\":") + jsonString(provider)
      << QStringLiteral("\"model_requested\":") + jsonString(modelRequested)
      << QStringLiteral("\"model\":") + jsonString(o.modelServed)
      << QStringLiteral("\"upstream_provider\":") + jsonString(o.upstreamProvider)
      << QStringLiteral("\"generation_id\":") + jsonString(o.generationId)
      << QStringLiteral("\"status\":") + jsonString(requestStatusName(o.status))
      << QStringLiteral("\"error_kind\":") + (o.errorKind == ErrorKind::None ? QStringLiteral("null") : jsonString(errorKindName(o.errorKind)))
      << QStringLiteral("\"error\":") + (o.message.isEmpty() ? QStringLiteral("null") : jsonString(o.message))
      << QStringLiteral("\"prompt_tokens\":") + optionalNumber(o.usage.promptTokens)
      << QStringLiteral("\"completion_tokens\":") + optionalNumber(o.usage.completionTokens)
      << QStringLiteral("\"reasoning_tokens\":") + optionalNumber(o.usage.reasoningTokens)
      << QStringLiteral("\"cached_tokens\":") + optionalNumber(o.usage.cachedTokens)
      << QStringLiteral("\"cost_usd\":") + (o.usage.cost ? Money::toDecimalString(*o.usage.cost) : QStringLiteral("null"))
      << QStringLiteral("\"ttft_ms\":") + (o.ttftMs >= 0 ? QString::number(o.ttftMs) : QStringLiteral("null"))
      << QStringLiteral("\"duration_ms\":") + QString::number(o.durationMs);
    return u'{' + f.join(u',') + QStringLiteral("}\n");
}

} // namespace

int Cli::ask(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Ask a model; the answer streams to stdout."));
    parser.addHelpOption();
    parser.addOptions({
        { { QStringLiteral("p"), QStringLiteral("provider") }, CliText::tr("Provider id (default: %1).").arg(context.settings()->defaultProvider()), QStringLiteral("PROVIDER") },
        { { QStringLiteral("m"), QStringLiteral("model") }, CliText::tr("Model id; repeat for a fallback order."), QStringLiteral("MODEL") },
        { QStringLiteral("base-url"), CliText::tr("Use this base URL for this call (a proxy or a local server)."), QStringLiteral("URL") },
        { QStringLiteral("json"), CliText::tr("Print one JSON object with the answer, tokens and cost instead of streaming text "
                                              "(with --compare: one line of JSON per model).") },
        { QStringLiteral("compare"), CliText::tr("Send the prompt to every -m at once (%1 to %2 models) and compare the answers, "
                                                 "speed and cost.").arg(CompareRun::kMinModels).arg(CompareRun::kMaxModels) },
        { QStringLiteral("timeout"), CliText::tr("Give up when nothing arrives for this many seconds (default: %1).").arg(context.settings()->idleTimeoutSeconds()), QStringLiteral("SECONDS") },
        { QStringLiteral("max-time"), CliText::tr("Give up when the whole answer takes longer than this many seconds (default: %1).").arg(ChatRunner::Options().totalTimeoutMs / 1000), QStringLiteral("SECONDS") },
    });
    AskRequest::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("prompt"), CliText::tr("The question; read from stdin when absent."), QStringLiteral("[PROMPT...]"));
    if (!parser.parse(QStringList { QStringLiteral("switchyard ask") } + args)) {
        CliIo::err(CliText::tr("switchyard ask: %1; see `switchyard ask --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    const bool compare = parser.isSet(QStringLiteral("compare"));
    if (compare) {
        // Said before the prompt is read: nothing is sent for a comparison that cannot be one.
        if (const QString problem = CompareRun::countProblem(int(parser.values(QStringLiteral("model")).size())); !problem.isEmpty()) {
            CliIo::err(CliText::tr("switchyard ask: %1").arg(problem));
            return Usage;
        }
    }

    // Timers hold at most a day; a larger number is a mistake, not a wish to wait for ever.
    constexpr int kMaxSeconds = 24 * 3600;
    int timeoutSeconds = qBound(1, context.settings()->idleTimeoutSeconds(), kMaxSeconds);
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > kMaxSeconds) {
            CliIo::err(CliText::tr("switchyard ask: --timeout needs a whole number of seconds from 1 to %1.").arg(kMaxSeconds));
            return Usage;
        }
    }
    int maxTimeSeconds = ChatRunner::Options().totalTimeoutMs / 1000;
    if (parser.isSet(QStringLiteral("max-time"))) {
        bool ok = false;
        maxTimeSeconds = parser.value(QStringLiteral("max-time")).toInt(&ok);
        if (!ok || maxTimeSeconds <= 0 || maxTimeSeconds > kMaxSeconds) {
            CliIo::err(CliText::tr("switchyard ask: --max-time needs a whole number of seconds from 1 to %1.").arg(kMaxSeconds));
            return Usage;
        }
    }

    QString prompt = parser.positionalArguments().join(u' ');
    if (prompt.trimmed().isEmpty() && !CliIo::stdinIsTerminal())
        prompt = CliIo::readAllStdin();
    if (prompt.trimmed().isEmpty()) {
        CliIo::err(CliText::tr("switchyard ask: no prompt given; pass it as arguments or pipe it on stdin."));
        return Usage;
    }
    ChatRequest request;
    if (const int code = AskRequest::build(context, parser, prompt, &request); code != Ok)
        return code;
    const QString providerId = request.providerId;

    const bool json = parser.isSet(QStringLiteral("json"));
    ChatRunner::Options options;
    options.idleTimeoutMs = timeoutSeconds * 1000;
    options.totalTimeoutMs = maxTimeSeconds * 1000;
    options.maxRetries = context.settings()->maxRetries();
    if (compare)
        return CompareCommand::run(context, request, options, json);
    ChatRunner runner(&context);
    runner.setOptions(options);

    // Deltas go into stdio's buffer; it is flushed once per turn of the event loop,
    // so a burst of small deltas costs one write, yet text still appears as it comes.
    bool endsWithNewline = true;
    bool flushQueued = false;
    QObject::connect(&runner, &ChatRunner::textDelta, &runner, [&](const QString& text) {
        if (json || text.isEmpty())
            return;
        endsWithNewline = text.endsWith(u'\n');
        if (!CliIo::write(text)) {
            runner.cancel(); // the reader went away (`| head`): stop, but keep the ledger row
            return;
        }
        if (!flushQueued) {
            flushQueued = true;
            QTimer::singleShot(0, &runner, [&flushQueued, &runner] {
                flushQueued = false;
                if (!CliIo::flush())
                    runner.cancel();
            });
        }
    });
    QObject::connect(&runner, &ChatRunner::retrying, &runner, [](int attempt, int delayMs) {
        CliIo::err(CliText::tr("The provider is busy; trying again in %1 s (attempt %2).").arg(qMax(1, delayMs / 1000)).arg(attempt + 1));
    });
    ChatOutcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &ChatRunner::finished, &loop, [&](const ChatOutcome& o) {
        outcome = o;
        loop.quit();
    });

    {
        const StopSignals stopSignals([&runner] { runner.cancel(); });
        runner.start(request);
        if (runner.isRunning())
            loop.exec();
    }
    CliIo::flush();

    if (json) {
        CliIo::out(outcomeJson(outcome, providerId, request.primaryModel()));
    } else if (!endsWithNewline && CliIo::stdoutIsTerminal()) {
        CliIo::out(QStringLiteral("\n"));
    }
    if (!outcome.ok() && !outcome.message.isEmpty())
        CliIo::err(outcome.message);
    if (!outcome.warning.isEmpty())
        CliIo::err(outcome.warning);
    if (!outcome.storageError.isEmpty()) {
        // The answer is printed, but a request that was paid for and not recorded is a failure.
        CliIo::err(CliText::tr("The request's ledger row could not be written: %1").arg(outcome.storageError));
        return StorageFailed;
    }
    if (outcome.status == RequestStatus::Cancelled)
        return 130;
    if (outcome.ok())
        return Ok;
    const int code = exitCodeFor(outcome.errorKind);
    return code == 0 ? ProviderProblem : code;
}
