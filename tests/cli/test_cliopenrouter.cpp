#include "CliProcess.h"
#include "MockProvider.h"
#include "TestEnv.h"
#include "openrouter/GenerationBackfill.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000cliaccount0000000000000000000000000000000000000";

QProcessEnvironment withKey()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("OPENROUTER_API_KEY"), QString::fromLatin1(kCanary));
    return e;
}
} // namespace

// `account`, the generation backfill at start-up and `usage --compare-group`, through the
// real binary against the loopback mock.
class TestCliOpenRouter : public QObject {
    Q_OBJECT

    MockProvider m_mock;

    QStringList account(const QStringList& extra = {}) const
    {
        return QStringList { QStringLiteral("account"), QStringLiteral("--base-url"), m_mock.baseUrl() } + extra;
    }

    static QJsonArray usageLog(const QStringList& extra = {})
    {
        const CliRun r = CliProcess::run(QStringList { QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"),
                                                       QStringLiteral("json") }
                                         + extra);
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen()); }
    void cleanup()
    {
        QCOMPARE(m_mock.pendingResponses(), 0);
        QCOMPARE(m_mock.pendingAccountResponses(), 0);
    }

    void accountJsonIsExact()
    {
        m_mock.enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key.json"))));
        m_mock.enqueueAccount("credits", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-credits.json"))));
        const CliRun r = CliProcess::run(account({ QStringLiteral("--format"), QStringLiteral("json") }), {}, withKey());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, QByteArray("{\"label\":\"sk-or-v1-au7...890\",\"limit_usd\":100,\"limit_remaining_usd\":74.5,"
                                   "\"usage_day_usd\":25.5,\"usage_week_usd\":25.5,\"usage_month_usd\":25.5,"
                                   "\"credits_total_usd\":50,\"credits_used_usd\":42,\"ledger_day_usd\":0,"
                                   "\"ledger_week_usd\":0,\"ledger_month_usd\":0}\n"));
        QCOMPARE(m_mock.requests().at(m_mock.requests().size() - 2).path, QByteArray("/api/v1/key"));
        QCOMPARE(m_mock.requests().constLast().path, QByteArray("/api/v1/credits"));
        QCOMPARE(m_mock.requests().constLast().header("Authorization"), "Bearer " + kCanary);
    }

    // /credits answers only some keys (a management key): the key's facts still come, the
    // credits are null, one line says why, and the exit is 0.
    void creditsRefusedKeepsTheKeyFacts()
    {
        m_mock.enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key.json"))));
        m_mock.enqueueAccount("credits", MockResponse::json(403, R"({"error":{"code":403,"message":"Only management keys can fetch credits"}})"));
        const CliRun r = CliProcess::run(account({ QStringLiteral("--format"), QStringLiteral("json") }), {}, withKey());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith("Credits unknown: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(!r.err.contains(kCanary));
        QVERIFY2(r.out.contains("\"limit_remaining_usd\":74.5,") && r.out.contains("\"credits_total_usd\":null,\"credits_used_usd\":null,"),
                 r.out.constData());
    }

    void accountTableAndLegacyKey()
    {
        m_mock.enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key-legacy.json"))));
        m_mock.enqueueAccount("credits", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-credits.json"))));
        CliRun r = CliProcess::run(account({ QStringLiteral("--format"), QStringLiteral("json") }), {}, withKey());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QLatin1String("usage_day_usd")).isNull()); // not sent by the older API: unknown
        QVERIFY(r.out.contains("\"limit_remaining_usd\":4.8984355238,"));

        m_mock.enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key.json"))));
        m_mock.enqueueAccount("credits", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-credits.json"))));
        r = CliProcess::run(account(), {}, withKey());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("$8.00"));     // credits left
        QVERIFY(r.out.contains("this month")); // the UTC periods beside the ledger
        QVERIFY(!r.out.contains(kCanary));
    }

    void accountErrorsAreOneSentence()
    {
        m_mock.enqueueAccount("key", MockResponse::json(401, R"({"error":{"code":401,"message":"User not found."}})"));
        CliRun r = CliProcess::run(account(), {}, withKey());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(kCanary));

        r = CliProcess::run(account({ QStringLiteral("--format"), QStringLiteral("csv") }), {}, withKey());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        r = CliProcess::run({ QStringLiteral("account"), QStringLiteral("--base-url"), QStringLiteral("nowhere") }, {}, withKey());
        QCOMPARE(r.exitCode, 2);

        // No key anywhere and no keychain: one sentence, nothing sent.
        const int before = int(m_mock.requests().size());
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/switchyard-test-bus"));
        r = CliProcess::run(account(), {}, noBus);
        QVERIFY(r.exitCode == 3 || r.exitCode == 5);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(int(m_mock.requests().size()), before);
    }

    void askThenUsageShowsTheBackfilledCost()
    {
        // OpenRouter's configured base URL is the mock's, as Settings would write it: lookups go
        // only to the configured origin.
        {
            QSettings settings(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/switchyard/switchyard.conf"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("providers/openrouter/baseUrl"), m_mock.baseUrl());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        // The stream is cut before its usage chunk: no reported cost, but the generation id is known.
        MockResponse cut = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse")));
        cut.cutAfter = cut.body.indexOf("\"usage\"") - 200;
        m_mock.enqueue(cut);
        const CliRun ask = CliProcess::run({ QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("deepseek/deepseek-chat"),
                                             QStringLiteral("--base-url"), m_mock.baseUrl(), QStringLiteral("hi") },
                                           {}, withKey());
        QVERIFY(ask.exitCode != 0);
        QJsonObject row = usageLog().first().toObject();
        QCOMPARE(row.value(QLatin1String("generation_id")).toString(), QStringLiteral("gen-1756749262-liysSWPMM37eb25U5gXO"));
        QVERIFY(row.value(QLatin1String("cost_source")).toString() != QLatin1String("reported"));

        // A few seconds later, any command first settles the due lookup.
        QTest::qWait(int(GenerationBackfill::kFirstDelayMs) + 300);
        m_mock.enqueueAccount("generation", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-generation.json"))));
        const CliRun log = CliProcess::run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"),
                                             QStringLiteral("json") },
                                           {}, withKey());
        QCOMPARE(log.exitCode, 0);
        row = QJsonDocument::fromJson(log.out).array().first().toObject();
        QVERIFY2(log.out.contains("\"cost_usd\":0.0015,\"cost_source\":\"reported\""), log.out.constData());
        QCOMPARE(row.value(QLatin1String("prompt_tokens")).toInt(), 10);
        QCOMPARE(row.value(QLatin1String("completion_tokens")).toInt(), 25);
        QCOMPARE(m_mock.requests().constLast().path, QByteArray("/api/v1/generation?id=gen-1756749262-liysSWPMM37eb25U5gXO"));
    }

    void usageFiltersOnACompareGroup()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(Database::defaultPath(), &error), qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const char* group : { "cmp-a", "cmp-a", "cmp-b" }) {
            LedgerEntry e;
            e.startedAtMs = now;
            e.provider = QStringLiteral("openrouter");
            e.modelRequested = QStringLiteral("m");
            e.cost = *Money::parseUsd(QStringLiteral("0.01"));
            e.costSource = QStringLiteral("computed");
            e.status = QStringLiteral("done");
            e.compareGroup = QLatin1String(group);
            QVERIFY(UsageLedger(&db).insert(e) > 0);
        }
        const QJsonArray a = usageLog({ QStringLiteral("--compare-group"), QStringLiteral("cmp-a") });
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.first().toObject().value(QLatin1String("compare_group")).toString(), QStringLiteral("cmp-a"));
        const CliRun totals = CliProcess::run({ QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("provider"),
                                                QStringLiteral("--compare-group"), QStringLiteral("cmp-b"), QStringLiteral("--format"),
                                                QStringLiteral("json") });
        QCOMPARE(totals.exitCode, 0);
        const QJsonArray groups = QJsonDocument::fromJson(totals.out).array();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QLatin1String("requests")).toInt(), 1);
        QVERIFY(totals.out.contains("\"cost_usd\":0.01,"));
    }
};

SWITCHYARD_TEST_MAIN(TestCliOpenRouter, QCoreApplication)
#include "test_cliopenrouter.moc"
