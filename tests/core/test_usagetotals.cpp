#include "TestEnv.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"
#include "usage/UsageTotals.h"

#include <QTest>

namespace {
Money::Amount usd(const char* text)
{
    return *Money::parseUsd(QString::fromLatin1(text));
}

UsageGroup group(const char* key, qint64 requests, qint64 failed, const char* cost, const char* source, qint64 unknown = 0)
{
    UsageGroup g;
    g.key = QString::fromLatin1(key);
    g.requests = requests;
    g.failedRequests = failed;
    g.promptTokens = requests * 100;
    g.completionTokens = requests * 10;
    g.reasoningTokens = requests;
    g.cachedTokens = requests * 2;
    g.cost = usd(cost);
    g.costSource = QString::fromLatin1(source);
    g.unknownCostRequests = unknown;
    return g;
}
} // namespace

class TestUsageTotals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyIsZero()
    {
        const UsageGroup t = UsageTotals::sum({});
        QCOMPARE(t.requests, 0);
        QVERIFY(t.cost == 0);
        QVERIFY(t.costSource.isEmpty());
    }

    void everyColumnAdds()
    {
        const UsageGroup t = UsageTotals::sum({ group("a", 3, 1, "0.1", "reported"), group("b", 5, 0, "0.2", "reported", 2) });
        QVERIFY(t.key.isEmpty());
        QCOMPARE(t.requests, 8);
        QCOMPARE(t.failedRequests, 1);
        QCOMPARE(t.promptTokens, 800);
        QCOMPARE(t.completionTokens, 80);
        QCOMPARE(t.reasoningTokens, 8);
        QCOMPARE(t.cachedTokens, 16);
        QCOMPARE(t.unknownCostRequests, 2);
        QCOMPARE(Money::toDecimalString(t.cost), QStringLiteral("0.3")); // exact, not 0.30000000000000004
        QCOMPARE(t.costSource, QStringLiteral("reported"));
    }

    void differentSourcesAreMixed()
    {
        QCOMPARE(UsageTotals::sum({ group("a", 1, 0, "1", "local"), group("b", 1, 0, "1", "computed"), group("c", 1, 0, "1", "local") })
                     .costSource,
                 QStringLiteral("mixed"));
    }

    void totalIsTheSameWhateverTheGrouping()
    {
        Database db;
        QVERIFY(db.open(TestEnv::root() + QStringLiteral("/totals.sqlite"), nullptr));
        const char* providers[] = { "openrouter", "anthropic", "ollama" };
        const char* models[] = { "m/one", "m/two", "m/three", "m/four" };
        const QDateTime start(QDate(2026, 11, 1), QTime(9, 0));
        for (int i = 0; i < 60; ++i) {
            LedgerEntry e;
            e.startedAtMs = start.addSecs(qint64(i) * 7 * 3600).toMSecsSinceEpoch();
            e.provider = QString::fromLatin1(providers[i % 3]);
            e.modelRequested = QString::fromLatin1(models[i % 4]);
            e.modelServed = e.modelRequested;
            e.status = i % 7 == 0 ? QStringLiteral("error") : QStringLiteral("done");
            e.promptTokens = 10 + i;
            e.completionTokens = i;
            if (i % 5 != 0) {
                e.cost = usd("0.000000000000000001") * (i + 1); // atto-dollars: exact or nothing
                e.costSource = QStringLiteral("reported");
            } else {
                e.costSource = QStringLiteral("unknown");
            }
            QVERIFY(UsageLedger(&db).insert(e) > 0);
        }
        const UsageQuery query(&db);
        const UsageGroup byModel = UsageTotals::sum(query.aggregate(UsageGroupBy::Model, {}));
        const UsageGroup byProvider = UsageTotals::sum(query.aggregate(UsageGroupBy::Provider, {}));
        const UsageGroup byDay = UsageTotals::sum(query.aggregate(UsageGroupBy::Day, {}));
        QCOMPARE(byModel.requests, 60);
        QCOMPARE(byModel.failedRequests, 9); // 0, 7, ..., 56
        QCOMPARE(byModel.unknownCostRequests, 12);
        QCOMPARE(byModel.promptTokens, 60 * 10 + 59 * 60 / 2);
        for (const UsageGroup& t : { byProvider, byDay }) {
            QCOMPARE(t.requests, byModel.requests);
            QCOMPARE(t.failedRequests, byModel.failedRequests);
            QCOMPARE(t.promptTokens, byModel.promptTokens);
            QCOMPARE(t.completionTokens, byModel.completionTokens);
            QCOMPARE(t.unknownCostRequests, byModel.unknownCostRequests);
            QCOMPARE(Money::toDecimalString(t.cost), Money::toDecimalString(byModel.cost));
        }
        // Rows i + 1 = 1..60 cost that many atto-dollars, less the unknown ones (1, 6, ..., 56): 1830 - 342.
        QCOMPARE(Money::toDecimalString(byModel.cost), QStringLiteral("0.000000000000001488"));
    }
};

SWITCHYARD_TEST_MAIN(TestUsageTotals, QCoreApplication)
#include "test_usagetotals.moc"
