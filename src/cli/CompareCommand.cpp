#include "CompareCommand.h"

#include "Cli.h"
#include "CliIo.h"
#include "StopSignals.h"

#include "chat/ChatRequest.h"
#include "money/Money.h"
#include "session/CompareRun.h"
#include "util/TextFormat.h"

#include <QEventLoop>

namespace {

QString optionalNumber(const std::optional<qint64>& v, const QString& none)
{
    return v ? QString::number(*v) : none;
}

// Measured speeds only: a figure estimated from characters is left out here.
std::optional<double> measuredSpeed(const CompareRun::Figures& f)
{
    return f.tokensEstimated ? std::nullopt : f.tokensPerSecond;
}

QString speedText(const CompareRun::Figures& f, const QString& none)
{
    const std::optional<double> speed = measuredSpeed(f);
    return speed ? QString::number(*speed, 'f', 1) : none;
}

QString columnJson(const CompareRun& run, int i)
{
    using TextFormat::jsonString;
    const CompareRun::Figures f = run.figures(i);
    const ChatOutcome& o = run.outcome(i);
    const QString null = QStringLiteral("null");
    QStringList fields;
    fields << QStringLiteral("\"model\":") + jsonString(run.target(i).model)
           << QStringLiteral("\"provider\":") + jsonString(run.target(i).providerId)
           << QStringLiteral("\"model_served\":") + jsonString(o.modelServed)
           << QStringLiteral("\"compare_group\":") + jsonString(run.groupId())
           << QStringLiteral("\"status\":") + jsonString(f.status)
           << QStringLiteral("\"error_kind\":") + (o.errorKind == ErrorKind::None ? null : jsonString(errorKindName(o.errorKind)))
           << QStringLiteral("\"error\":") + (o.message.isEmpty() ? null : jsonString(o.message))
           << QStringLiteral("\"ttft_ms\":") + (f.ttftMs >= 0 ? QString::number(f.ttftMs) : null)
           << QStringLiteral("\"tokens_per_s\":") + speedText(f, null)
           << QStringLiteral("\"prompt_tokens\":") + optionalNumber(f.promptTokens, null)
           << QStringLiteral("\"completion_tokens\":") + optionalNumber(f.completionTokens, null)
           << QStringLiteral("\"cost_usd\":") + (f.cost ? Money::toDecimalString(*f.cost) : null)
           << QStringLiteral("\"cost_source\":") + jsonString(f.costSource)
           << QStringLiteral("\"duration_ms\":") + QString::number(f.durationMs)
           << QStringLiteral("\"text\":") + jsonString(o.text);
    return u'{' + fields.join(u',') + QStringLiteral("}\n");
}

QString summaryTable(const CompareRun& run)
{
    const QList<CliIo::Column> columns { { QStringLiteral("model") },
                                         { QStringLiteral("ttft_ms"), true },
                                         { QStringLiteral("tokens_per_s"), true },
                                         { QStringLiteral("prompt_tokens"), true },
                                         { QStringLiteral("completion_tokens"), true },
                                         { QStringLiteral("cost_usd"), true },
                                         { QStringLiteral("status") } };
    const QString none = QStringLiteral("-");
    QList<QStringList> rows;
    for (int i = 0; i < run.count(); ++i) {
        const CompareRun::Figures f = run.figures(i);
        // Unknown is said, never shown as $0.
        rows.append({ run.target(i).model, f.ttftMs >= 0 ? QString::number(f.ttftMs) : none, speedText(f, none),
                      optionalNumber(f.promptTokens, none), optionalNumber(f.completionTokens, none),
                      f.cost ? Money::toDecimalString(*f.cost) : CliText::tr("unknown"), f.status });
    }
    return CliIo::table(columns, rows);
}

} // namespace

namespace CompareCommand {

int run(AppContext& context, const ChatRequest& request, const ChatRunner::Options& options, bool json)
{
    QList<CompareRun::Target> targets;
    for (const QString& model : request.models)
        targets.append({ request.providerId, model, request.baseUrlOverride });

    CompareRun run(&context);
    run.setOptions(options);
    bool stdoutGone = false;
    bool interrupted = false;
    QObject::connect(&run, &CompareRun::retrying, &run, [&run](int i, int attempt, int delayMs) {
        CliIo::err(CliText::tr("%1: the provider is busy; trying again in %2 s (attempt %3).")
                       .arg(run.target(i).model)
                       .arg(qMax(1, delayMs / 1000))
                       .arg(attempt + 1));
    });
    QObject::connect(&run, &CompareRun::columnFinished, &run, [&](int i, const ChatOutcome& o) {
        const QString model = run.target(i).model;
        if (!o.ok() && !o.message.isEmpty())
            CliIo::err(CliText::tr("%1: %2").arg(model, o.message));
        if (!o.warning.isEmpty())
            CliIo::err(CliText::tr("%1: %2").arg(model, o.warning));
        if (json || stdoutGone)
            return;
        // Each answer whole under its header as it ends: several streams at once would interleave.
        QString block = QStringLiteral("## %1 (%2)\n\n").arg(model, run.target(i).providerId) + o.text;
        if (!block.endsWith(u'\n'))
            block += u'\n';
        if (!CliIo::write(block + u'\n') || !CliIo::flush()) {
            stdoutGone = true; // the reader went away (`| head`): stop, but keep the ledger rows
            run.stopAll();
        }
    });
    QEventLoop loop;
    QObject::connect(&run, &CompareRun::finished, &loop, &QEventLoop::quit);
    {
        const StopSignals stopSignals([&] {
            interrupted = true;
            run.stopAll();
        });
        QString error;
        if (!run.start(request, targets, 0, &error)) {
            CliIo::err(CliText::tr("switchyard ask: %1").arg(error));
            return Cli::Usage;
        }
        if (run.isRunning())
            loop.exec();
    }

    if (json) {
        for (int i = 0; i < run.count(); ++i)
            CliIo::write(columnJson(run, i));
    } else if (!stdoutGone) {
        CliIo::write(summaryTable(run));
    }
    CliIo::flush();

    QStringList unsaved;
    for (int i = 0; i < run.count(); ++i) {
        if (!run.outcome(i).storageError.isEmpty())
            unsaved.append(run.outcome(i).storageError);
    }
    if (!unsaved.isEmpty()) {
        // The answers are printed, but a request that was paid for and not recorded is a failure.
        CliIo::err(CliText::tr("The request's ledger row could not be written: %1").arg(unsaved.constFirst()));
        return Cli::StorageFailed;
    }
    if (interrupted)
        return 130;
    return run.anyFailed() ? Cli::ProviderProblem : Cli::Ok;
}

} // namespace CompareCommand
