// Writes a generated ledger through the real storage classes (so the rollup trigger
// runs for every row): N requests (default 1,000,000) over two years, 40 models,
// 7 providers, a realistic spread (a few models take most requests), some failures
// and unknown costs.   bench_make_ledger PATH [N]
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <cmath>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_make_ledger PATH [N]\n");
        return 2;
    }
    const long n = argc > 2 ? std::atol(argv[2]) : 1000000;
    Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const char* providers[] = { "openrouter", "openai", "anthropic", "gemini", "deepseek", "mistral", "ollama" };
    QRandomGenerator rng(42);
    UsageLedger ledger(&db);
    const qint64 end = QDateTime(QDate(2026, 11, 22), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 span = 730LL * 24 * 3600 * 1000;
    QSqlDatabase c = db.connection();
    c.transaction();
    for (long i = 0; i < n; ++i) {
        // Zipf-like: model k is picked about twice as often as model 2k.
        const int model = int(40.0 * std::pow(rng.generateDouble(), 2.5));
        const int provider = model % 7;
        LedgerEntry e;
        e.startedAtMs = end - qint64(rng.bounded(1.0) * double(span));
        e.provider = QString::fromLatin1(providers[provider]);
        e.modelRequested = QStringLiteral("vendor-%1/model-%2").arg(provider).arg(model);
        e.modelServed = e.modelRequested;
        e.upstreamProvider = QStringLiteral("Upstream %1").arg(model % 5);
        e.promptTokens = rng.bounded(8000);
        e.completionTokens = rng.bounded(2000);
        e.cachedTokens = rng.bounded(100) < 20 ? rng.bounded(1000) : 0;
        e.reasoningTokens = 0;
        e.status = rng.bounded(100) < 3 ? QStringLiteral("error") : QStringLiteral("done");
        if (provider == 6) {
            e.cost = Money::Amount(0);
            e.costSource = QStringLiteral("local");
        } else if (rng.bounded(100) < 97) {
            e.cost = Money::fromPico(qint64(rng.bounded(quint64(5'000'000'000))));
            e.costSource = provider == 0 ? QStringLiteral("reported") : QStringLiteral("computed");
        }
        e.ttftMs = 200 + rng.bounded(3000);
        e.durationMs = 1000 + rng.bounded(30000);
        e.generationId = QStringLiteral("gen-%1").arg(i);
        ledger.insert(e);
        if (i % 100000 == 99999) {
            c.commit();
            c.transaction();
        }
    }
    c.commit();
    return 0;
}
