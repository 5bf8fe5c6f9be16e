// Streams a long answer into the chat window and measures how the event loop keeps up.
// The window opens the database's most recent conversation (bench_make_conversation's),
// the openrouter provider is pointed at BASE_URL (a paced server in another process:
// bench_pace_stream), a prompt is put into promptEdit and MainWindow::send() is called.
// A 1 ms timer (Qt::PreciseTimer) runs from before the send until TAIL_MS after the
// reply finished; each firing records the gap since the previous one. A gap is a stall
// of the event loop; lateness is the gap minus 1 ms. Since a stalled loop fires less
// often, each phase also says how many gaps exceeded 16 ms and what share of the
// phase's time they cover.
//   bench_chat_stream DB_PATH BASE_URL [TOKENS] [TAIL_MS]
// SLOW_EVENT_MS=N says every event that took longer than N ms to handle, to find a stall's cause.
// Prints one line per phase, "idle" (the reference: IDLE_MS of nothing before the send),
// "stream" (send until ChatRunner::finished) and "end"
// (finished, the final render, and TAIL_MS of idle), then the totals: wall time of the
// stream, CPU (user + sys, getrusage of this process) from send to the end of the tail,
// and CPU per token; "idle_cpu_ms_per_s" is the probe's own cost, measured for one second
// before the send, to subtract if wanted.
#include "chat_common.h"

#include "chat/ChatOutcome.h"
#include "config/AppSettings.h"
#include "gui/MainWindow.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

void printPhase(const char* name, const std::vector<double>& gaps)
{
    std::vector<double> late;
    late.reserve(gaps.size());
    for (double g : gaps)
        late.push_back(std::max(0.0, g - 1.0));
    const chatbench::Stats s = chatbench::stats(late);
    const chatbench::Stats g = chatbench::stats(gaps);
    double total = 0, stalled = 0;
    int stalls = 0;
    for (double x : gaps) {
        total += x;
        if (x > 16.0) {
            stalled += x;
            ++stalls;
        }
    }
    std::printf("%s firings %zu longest_stall_ms %.2f p99_late_ms %.2f median_late_ms %.2f stalls_over_16ms %d "
                "stalled_share %.3f span_ms %.0f\n",
                name, g.count, g.max, s.p99, s.median, stalls, total > 0 ? stalled / total : 0.0, total);
}
// With SLOW_EVENT_MS set, every event that takes longer to handle is said on stderr: its
// receiver's class and name, the event type, and when it ended (ms since the probe began).
class TracingApplication final : public QApplication {
public:
    using QApplication::QApplication;
    QElapsedTimer* clock = nullptr;
    double thresholdMs = qEnvironmentVariableIsSet("SLOW_EVENT_MS") ? qEnvironmentVariableIntValue("SLOW_EVENT_MS") : -1;
    int depth = 0;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (thresholdMs < 0 || !clock)
            return QApplication::notify(receiver, event);
        const int type = int(event->type());
        QElapsedTimer t;
        t.start();
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms > thresholdMs)
            std::fprintf(stderr, "slow event %s \"%s\" type %d depth %d took %.1f ms ending at %.0f ms\n",
                         receiver->metaObject()->className(), qPrintable(receiver->objectName()), type, depth, ms,
                         double(clock->nsecsElapsed()) / 1e6);
        return result;
    }
};
} // namespace

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_chat_stream DB_PATH BASE_URL [TOKENS] [TAIL_MS]\n");
        return 2;
    }
    QElapsedTimer open;
    open.start();
    const long tokens = argc > 3 ? std::atol(argv[3]) : 20000;
    const int tailMs = argc > 4 ? std::atoi(argv[4]) : 1000;
    if (!qEnvironmentVariableIsSet("OPENROUTER_API_KEY"))
        qputenv("OPENROUTER_API_KEY", "sk-or-v1-bench");
    AppContext context;
    QString error;
    if (!context.open(&error, QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "bench_chat_stream: %s\n", qPrintable(error));
        return 1;
    }
    context.keys()->setMemoryFallback(true); // no keychain: the key comes from the environment
    context.settings()->setBaseUrlOverride(QStringLiteral("openrouter"), QString::fromLocal8Bit(argv[2]));
    context.settings()->setDefaultProvider(QStringLiteral("openrouter"));
    context.settings()->setLastModel(QStringLiteral("openrouter"), QStringLiteral("bench/model"));
    MainWindow window(&context);
    window.resize(1100, 720);
    window.show();
    auto* view = window.findChild<QAbstractScrollArea*>(QStringLiteral("chatView"));
    auto* prompt = window.findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"));
    if (!view || !prompt) {
        std::fprintf(stderr, "bench_chat_stream: no chatView or promptEdit\n");
        return 1;
    }
    chatbench::settle(view, 500, 120000);
    const qint64 openMs = open.elapsed();

    // The probe.
    QElapsedTimer clock;
    clock.start();
    app.clock = &clock;
    std::vector<double> gaps;
    gaps.reserve(size_t(tokens) * 2 + 100000);
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    std::vector<std::pair<double, double>> longGaps; // (ms since the probe started, gap), said on stderr
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        if (gaps.back() > 16)
            longGaps.emplace_back(double(now) / 1e6, gaps.back());
        last = now;
    });
    probe.start();

    // One idle second: the probe's own cost.
    double cpu0 = cpuMs();
    chatbench::pump(1000);
    const double idleCpuPerS = cpuMs() - cpu0;
    // The reference: the same window and probe with nothing to do for IDLE_MS (default
    // 10 s). Its longest gap is what this machine stalls an idle event loop by anyway
    // (other processes, the X server); the stream's stalls are read against it.
    gaps.clear();
    const int idleMs = qEnvironmentVariableIsSet("IDLE_MS") ? qEnvironmentVariableIntValue("IDLE_MS") : 10000;
    chatbench::pump(idleMs);
    const std::vector<double> idle = gaps;
    gaps.clear();
    longGaps.clear();

    bool finished = false;
    bool ok = false;
    QString message;
    size_t streamEnd = 0;
    qint64 finishedNs = 0;
    QObject::connect(window.runner(), &ChatRunner::finished, &app, [&](const ChatOutcome& outcome) {
        finished = true;
        ok = outcome.ok();
        message = outcome.message;
        streamEnd = gaps.size();
        finishedNs = clock.nsecsElapsed();
    });

    prompt->setFocus();
    prompt->setPlainText(QStringLiteral("Stream the benchmark answer, please."));
    cpu0 = cpuMs();
    const qint64 sentNs = clock.nsecsElapsed();
    last = sentNs;
    window.send();
    QElapsedTimer guard;
    guard.start();
    while (!finished && guard.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!finished) {
        std::fprintf(stderr, "bench_chat_stream: the reply did not finish within 600 s\n");
        return 1;
    }
    chatbench::pump(tailMs);
    probe.stop();
    gaps.push_back(double(clock.nsecsElapsed() - last) / 1e6); // a stall still under way counts too
    const double cpu = cpuMs() - cpu0;
    if (!ok) {
        std::fprintf(stderr, "bench_chat_stream: the request failed: %s\n", qPrintable(message));
        return 1;
    }

    for (const auto& [at, gap] : longGaps)
        std::fprintf(stderr, "stall of %.1f ms ending %.0f ms after the send (%.0f ms since the probe began)\n", gap,
                     at - double(sentNs) / 1e6, at);
    const std::vector<double> during(gaps.begin(), gaps.begin() + long(streamEnd));
    const std::vector<double> after(gaps.begin() + long(streamEnd), gaps.end());
    printPhase("idle", idle);
    printPhase("stream", during);
    printPhase("end", after);
    printPhase("all", gaps);
    const double streamS = double(finishedNs - sentNs) / 1e9;
    std::printf("open_ms %lld tokens %ld stream_s %.3f cpu_ms %.1f cpu_us_per_token %.2f idle_cpu_ms_per_s %.1f\n",
                static_cast<long long>(openMs), tokens, streamS, cpu, cpu * 1e3 / double(tokens), idleCpuPerS);
    return 0;
}
