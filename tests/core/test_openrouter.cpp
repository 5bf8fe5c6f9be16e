#include "MockProvider.h"
#include "TestEnv.h"
#include "openrouter/GenerationBackfill.h"
#include "openrouter/OpenRouterAccount.h"
#include "providers/ProviderPreset.h"
#include "secrets/KeyStore.h"
#include "config/AppSettings.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/Budgets.h"
#include "usage/UsageQuery.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString kCanary = QStringLiteral("sk-or-v1-canary0000account000000000000000000000000000000000000000");

Money::Amount usd(const char* text)
{
    return *Money::parseUsd(QString::fromLatin1(text));
}

QString dec(const std::optional<Money::Amount>& a)
{
    return a ? Money::toDecimalString(*a) : QStringLiteral("none");
}
} // namespace

// OpenRouter's account API and the generation backfill, against the loopback mock and a real
// database: amounts exact as sent, the ledger row and the rollup exact after a backfill.
class TestOpenRouter : public QObject {
    Q_OBJECT

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MockProvider> m_mock;

    Database* db() const { return m_context->database(); }

    qint64 addRow(qint64 startedAtMs, const QString& provider, std::optional<Money::Amount> cost, const QString& generationId = {})
    {
        LedgerEntry e;
        e.startedAtMs = startedAtMs;
        e.provider = provider;
        e.modelRequested = QStringLiteral("deepseek/deepseek-chat");
        e.promptTokens = 7;
        e.completionTokens = 3;
        e.cost = cost;
        e.costSource = cost ? QStringLiteral("computed") : QStringLiteral("unknown");
        e.status = QStringLiteral("cancelled");
        e.generationId = generationId;
        e.baseUrl = m_mock->baseUrl();
        return UsageLedger(db()).insert(e);
    }

    // Every rollup cell against the ledger summed by brute force: equal or the test fails.
    void verifyRollupMatchesLedger()
    {
        const char* const sql =
            "SELECT day, provider, model, requests, prompt_tokens, completion_tokens, reasoning_tokens, cached_tokens, "
            "cost_pico, cost_subpico, unknown_cost, reported, computed FROM %1 ORDER BY day, provider, model";
        const QString ledger = QStringLiteral(
            "(SELECT date(started_at / 1000, 'unixepoch', 'localtime') AS day, provider, COALESCE(model_served, model_requested) AS model, "
            "COUNT(*) AS requests, COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens, COALESCE(SUM(completion_tokens), 0) AS completion_tokens, "
            "COALESCE(SUM(reasoning_tokens), 0) AS reasoning_tokens, COALESCE(SUM(cached_tokens), 0) AS cached_tokens, "
            "COALESCE(SUM(cost_pico), 0) AS cost_pico, COALESCE(SUM(cost_subpico), 0) AS cost_subpico, "
            "SUM(cost_pico IS NULL) AS unknown_cost, SUM(cost_source = 'reported') AS reported, "
            "SUM(cost_source = 'computed') AS computed FROM usage_ledger GROUP BY 1, 2, 3)");
        const auto rows = [&](const QString& from) {
            QStringList out;
            QSqlQuery q(db()->connection());
            if (!q.exec(QString::fromLatin1(sql).arg(from)))
                qFatal("query failed");
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 13; ++i)
                    cells.append(q.value(i).toString());
                out.append(cells.join(u'|'));
            }
            return out;
        };
        const QStringList brute = rows(ledger);
        QVERIFY(!brute.isEmpty());
        QCOMPARE(rows(QStringLiteral("usage_rollup")), brute);
    }

    int lookupAttempts(qint64 ledgerId)
    {
        QSqlQuery q(db()->connection());
        q.prepare(QStringLiteral("SELECT attempts FROM generation_lookups WHERE ledger_id = ?"));
        q.addBindValue(ledgerId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    void makeDue()
    {
        QSqlQuery q(db()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE generation_lookups SET due_at = 0")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->keys()->setMemoryFallback(true); // never a keychain here
        bool done = false;
        m_context->keys()->write(QStringLiteral("openrouter"), kCanary, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
    }

    void init()
    {
        m_mock = std::make_unique<MockProvider>();
        QVERIFY(m_mock->listen());
        // The lookups go only to the provider's configured origin: here, the mock.
        m_context->settings()->setBaseUrlOverride(QStringLiteral("openrouter"), m_mock->baseUrl());
        QSqlQuery q(db()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_ledger")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_rollup"))); // the rollup follows inserts and updates, not deletes
        QVERIFY(q.exec(QStringLiteral("DELETE FROM generation_lookups")));
    }

    void cleanup()
    {
        QCOMPARE(m_mock->pendingResponses(), 0);
        QCOMPARE(m_mock->pendingAccountResponses(), 0);
    }

    void parsesKeyAndCreditsExactly()
    {
        const OpenRouterKeyInfo k = OpenRouterAccount::parseKey(TestEnv::fixture(QStringLiteral("openrouter-key.json")));
        QVERIFY(k.ok);
        QCOMPARE(k.label, QStringLiteral("sk-or-v1-au7...890"));
        QCOMPARE(dec(k.limit), QStringLiteral("100"));
        QCOMPARE(dec(k.limitRemaining), QStringLiteral("74.5"));
        QCOMPARE(dec(k.usageDaily), QStringLiteral("25.5"));
        QCOMPARE(dec(k.usageWeekly), QStringLiteral("25.5"));
        QCOMPARE(dec(k.usageMonthly), QStringLiteral("25.5"));
        QCOMPARE(k.limitReset, QStringLiteral("monthly"));
        QVERIFY(k.isFreeTier && !*k.isFreeTier);

        const OpenRouterKeyInfo legacy = OpenRouterAccount::parseKey(TestEnv::fixture(QStringLiteral("openrouter-key-legacy.json")));
        QVERIFY(legacy.ok);
        QCOMPARE(dec(legacy.usage), QStringLiteral("0.1015644762"));
        QCOMPARE(dec(legacy.limitRemaining), QStringLiteral("4.8984355238"));
        QVERIFY(!legacy.usageDaily); // not sent: unknown, never zero

        const OpenRouterKeyInfo unlimited = OpenRouterAccount::parseKey(R"({"data":{"label":"x","limit":null,"limit_remaining":null,"usage":0}})");
        QVERIFY(unlimited.ok && !unlimited.limit && !unlimited.limitRemaining);
        QCOMPARE(dec(unlimited.usage), QStringLiteral("0"));
        QVERIFY(!OpenRouterAccount::parseKey("<html>").ok);

        const OpenRouterCredits c = OpenRouterAccount::parseCredits(TestEnv::fixture(QStringLiteral("openrouter-credits.json")));
        QVERIFY(c.ok);
        QCOMPARE(dec(c.total), QStringLiteral("50"));
        QCOMPARE(dec(c.used), QStringLiteral("42"));
        QCOMPARE(dec(c.left()), QStringLiteral("8"));
    }

    void ledgerSpendUsesUtcPeriods()
    {
        // Wednesday 2026-11-18 10:00 UTC; the UTC week began Monday the 16th.
        const QDateTime now(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC);
        QCOMPARE(OpenRouterAccount::utcWeekStart(now), QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC));
        const auto at = [](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
        };
        addRow(at(18, 0, 1), QStringLiteral("openrouter"), usd("0.1"));       // today
        addRow(at(17, 23, 59), QStringLiteral("openrouter"), usd("0.02"));    // this week
        addRow(at(15, 12), QStringLiteral("openrouter"), usd("0.003"));       // Sunday: last week, this month
        addRow(QDateTime(QDate(2026, 10, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch(), QStringLiteral("openrouter"),
               usd("5"));                                                      // last month
        addRow(at(18, 1), QStringLiteral("openai"), usd("7"));                // another provider
        addRow(at(18, 2), QStringLiteral("openrouter"), std::nullopt);        // unknown cost
        const LedgerSpend s = OpenRouterAccount::ledgerSpend(db(), QStringLiteral("openrouter"), now);
        QCOMPARE(Money::toDecimalString(s.day), QStringLiteral("0.1"));
        QCOMPARE(Money::toDecimalString(s.week), QStringLiteral("0.12"));
        QCOMPARE(Money::toDecimalString(s.month), QStringLiteral("0.123"));
        QCOMPARE(s.unknownCostRequests, qint64(1));

        OpenRouterSnapshot snap;
        snap.key.usageMonthly = usd("0.5");
        snap.ledger = s;
        const QStringList reasons = OpenRouterAccount::differenceReasons(snap);
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.first().contains(QLatin1String("other apps")));
    }

    void accountFetchesKeyThenCredits()
    {
        m_mock->enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key.json"))));
        m_mock->enqueueAccount("credits", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-credits.json"))));
        addRow(QDateTime::currentMSecsSinceEpoch(), QStringLiteral("openrouter"), usd("0.25"));
        OpenRouterAccount account(m_context.get());
        QSignalSpy finished(&account, &OpenRouterAccount::finished);
        account.fetch(m_mock->baseUrl());
        QVERIFY(finished.wait(10000));
        const auto s = finished.first().first().value<OpenRouterSnapshot>();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(dec(s.key.limitRemaining), QStringLiteral("74.5"));
        QCOMPARE(dec(s.credits.left()), QStringLiteral("8"));
        QCOMPARE(Money::toDecimalString(s.ledger.day), QStringLiteral("0.25"));
        QCOMPARE(m_mock->requests().size(), 2);
        QCOMPARE(m_mock->requests().at(0).method, QByteArray("GET"));
        QCOMPARE(m_mock->requests().at(0).path, QByteArray("/api/v1/key"));
        QCOMPARE(m_mock->requests().at(1).path, QByteArray("/api/v1/credits"));
        QCOMPARE(m_mock->requests().at(1).header("Authorization"), "Bearer " + kCanary.toUtf8());
        qint64 at = 0;
        QCOMPARE(dec(OpenRouterAccount::lastCreditsLeft(&at)), QStringLiteral("8"));
        QCOMPARE(at, s.fetchedAtMs);
    }

    void accountRejectedKeyIsOneSentenceWithoutTheKey()
    {
        m_mock->enqueueAccount("key", MockResponse::json(401, R"({"error":{"code":401,"message":"No auth credentials found"}})"));
        OpenRouterAccount account(m_context.get());
        QSignalSpy finished(&account, &OpenRouterAccount::finished);
        account.fetch(m_mock->baseUrl());
        QVERIFY(finished.wait(10000));
        const auto s = finished.first().first().value<OpenRouterSnapshot>();
        QVERIFY(!s.error.isEmpty());
        QCOMPARE(s.errorKind, int(ErrorKind::Auth));
        QVERIFY(!s.error.contains(kCanary));
        QCOMPARE(m_mock->requests().size(), 1); // no credits request after a refusal
    }

    void backfillRetriesA404ThenUpdatesLedgerAndRollupExactly()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        addRow(now - 60000, QStringLiteral("openrouter"), usd("0.003")); // a neighbour in the same rollup cell
        const qint64 id = addRow(now - 5000, QStringLiteral("openrouter"), std::nullopt, QStringLiteral("gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"));
        QVERIFY(GenerationBackfill::enqueue(db(), id, QStringLiteral("gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"), QStringLiteral("openrouter"),
                                            m_mock->baseUrl(), now - GenerationBackfill::kFirstDelayMs));
        QVERIFY(!GenerationBackfill::anyDue(db(), now - GenerationBackfill::kFirstDelayMs - 1));
        m_mock->enqueueAccount("generation", MockResponse::json(404, R"({"error":{"code":404,"message":"Generation not found"}})"));
        m_mock->enqueueAccount("generation", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-generation.json"))));

        GenerationBackfill backfill(m_context.get());
        QSignalSpy idle(&backfill, &GenerationBackfill::idle);
        QSignalSpy updated(&backfill, &GenerationBackfill::rowUpdated);
        QCOMPARE(backfill.runDue(now), 1);
        QVERIFY(idle.wait(10000));
        QCOMPARE(updated.size(), 0);
        QCOMPARE(lookupAttempts(id), 1); // not found yet: retried later, not now
        QVERIFY(!GenerationBackfill::anyDue(db(), QDateTime::currentMSecsSinceEpoch()));
        const RecordedRequest first = m_mock->requests().constLast();
        QCOMPARE(first.path, QByteArray("/api/v1/generation?id=gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"));
        QCOMPARE(first.header("Authorization"), "Bearer " + kCanary.toUtf8());

        makeDue();
        QCOMPARE(backfill.runDue(QDateTime::currentMSecsSinceEpoch()), 1);
        QVERIFY(updated.wait(10000));
        QCOMPARE(updated.first().first().toLongLong(), id);
        const LedgerEntry e = UsageQuery(db()).entry(id);
        QCOMPARE(dec(e.cost), QStringLiteral("0.0015"));
        QCOMPARE(e.costSource, QStringLiteral("reported"));
        QCOMPARE(e.promptTokens, std::optional<qint64>(10));
        QCOMPARE(e.completionTokens, std::optional<qint64>(25));
        QCOMPARE(e.reasoningTokens, std::optional<qint64>(5));
        QCOMPARE(e.cachedTokens, std::optional<qint64>(3));
        QCOMPARE(GenerationBackfill::pendingCount(db()), 0);
        verifyRollupMatchesLedger();
        UsageFilter f;
        f.provider = QStringLiteral("openrouter");
        const auto groups = UsageQuery(db()).aggregate(UsageGroupBy::Provider, f);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(Money::toDecimalString(groups.first().cost), QStringLiteral("0.0045"));
        QCOMPARE(groups.first().unknownCostRequests, qint64(0));
    }

    // A request sent to another origin (a proxy for one call, or before the user changed the
    // base URL) is not looked up with today's key: the lookup is dropped and nothing is sent.
    void backfillNeverSendsTheKeyToAnotherOrigin()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 id = addRow(now - 5000, QStringLiteral("openrouter"), std::nullopt, QStringLiteral("gen-elsewhere"));
        MockProvider other;
        QVERIFY(other.listen());
        QVERIFY(GenerationBackfill::enqueue(db(), id, QStringLiteral("gen-elsewhere"), QStringLiteral("openrouter"),
                                            other.baseUrl(), now - GenerationBackfill::kFirstDelayMs));
        GenerationBackfill backfill(m_context.get());
        backfill.runDue(now);
        QTRY_COMPARE(backfill.inFlight(), 0);
        QCOMPARE(other.requests().size(), 0);
        QCOMPARE(m_mock->requests().size(), 0);
        QVERIFY(!GenerationBackfill::anyDue(db(), now + 24LL * 3600 * 1000));
        QCOMPARE(UsageQuery(db()).entry(id).costSource, QStringLiteral("unknown"));
    }

    void backfillGivesUpAfterTheDeadline()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 id = addRow(now - GenerationBackfill::kGiveUpAfterMs - 60000, QStringLiteral("openrouter"), std::nullopt,
                                 QStringLiteral("gen-old"));
        QVERIFY(GenerationBackfill::enqueue(db(), id, QStringLiteral("gen-old"), QStringLiteral("openrouter"), m_mock->baseUrl(),
                                            now - GenerationBackfill::kGiveUpAfterMs - 1));
        GenerationBackfill backfill(m_context.get());
        QCOMPARE(backfill.runDue(now), 0);
        QCOMPARE(GenerationBackfill::pendingCount(db()), 0);
        QVERIFY(m_mock->requests().isEmpty());
        QVERIFY(!UsageQuery(db()).entry(id).cost);

        // The back-off grows and is capped; a retry is never scheduled past the deadline.
        QVERIFY(GenerationBackfill::retryDelayMs(1) < GenerationBackfill::retryDelayMs(2));
        QCOMPARE(GenerationBackfill::retryDelayMs(50), GenerationBackfill::retryDelayMs(6));
        const qint64 id2 = addRow(now, QStringLiteral("openrouter"), std::nullopt, QStringLiteral("gen-late"));
        QVERIFY(GenerationBackfill::enqueue(db(), id2, QStringLiteral("gen-late"), QStringLiteral("openrouter"), m_mock->baseUrl(), now));
        QSqlQuery q(db()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE generation_lookups SET due_at = 0, attempts = 5, give_up_at = %1").arg(now + 1000)));
        m_mock->enqueueAccount("generation", MockResponse::json(404, R"({"error":{"code":404,"message":"Generation not found"}})"));
        QSignalSpy idle(&backfill, &GenerationBackfill::idle);
        QCOMPARE(backfill.runDue(now), 1);
        QVERIFY(idle.wait(10000));
        QVERIFY(q.exec(QStringLiteral("SELECT due_at, last_error FROM generation_lookups")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), now + 1000);
        QCOMPARE(q.value(1).toString(), QStringLiteral("HTTP 404"));
        QCOMPARE(backfill.runDue(now + 1000), 0); // the deadline: given up
        QCOMPARE(GenerationBackfill::pendingCount(db()), 0);
    }

    void creditFloorBudgetWarnsOnTheLastFetchedCredits()
    {
        Budgets budgets(db(), m_context->settings());
        Budget floor;
        floor.kind = Budget::Kind::CreditFloor;
        floor.provider = OpenRouterAccount::preset(*m_context).id;
        floor.limit = usd("5");
        budgets.save({ floor });
        QCOMPARE(budgets.list().constFirst().kind, Budget::Kind::CreditFloor);
        QCOMPARE(budgets.list().constFirst().limit, usd("5"));

        OpenRouterAccount::rememberCreditsLeft(usd("8"), 1);
        QCOMPARE(budgets.status().constFirst().state, BudgetStatus::State::Ok);
        QVERIFY(!budgets.check(floor.provider, QStringLiteral("m"), usd("0.01")).warn);

        OpenRouterAccount::rememberCreditsLeft(usd("3.2"), 2);
        const BudgetStatus s = budgets.status().constFirst();
        QCOMPARE(s.state, BudgetStatus::State::Warning);
        QCOMPARE(dec(s.creditLeft), QStringLiteral("3.2"));
        QVERIFY(s.alertText().contains(QLatin1String("$3.20")));
        const Budgets::Check c = budgets.check(floor.provider, QStringLiteral("m"), usd("0.01"));
        QVERIFY(c.warn && !c.blocked);
        QVERIFY(!budgets.check(QStringLiteral("anthropic"), QStringLiteral("m"), usd("0.01")).warn); // other providers: not concerned
        budgets.save({});
    }

    void aCutStreamWithAnIdIsQueued()
    {
        MockResponse r = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse")));
        r.cutAfter = r.body.indexOf("\"usage\"") - 200;
        m_mock->enqueue(r);
        ChatRunner runner(m_context.get());
        ChatRequest request;
        request.providerId = QStringLiteral("openrouter");
        request.models = { QStringLiteral("deepseek/deepseek-chat") };
        request.baseUrlOverride = m_mock->baseUrl();
        request.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, 0, 0);
        QVERIFY(finished.wait(20000));
        const ChatOutcome o = finished.first().first().value<ChatOutcome>();
        QVERIFY(o.status != RequestStatus::Done);
        QSqlQuery q(db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ledger_id, generation_id, base_url, due_at FROM generation_lookups")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), o.ledgerId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("gen-1756749262-liysSWPMM37eb25U5gXO"));
        QCOMPARE(q.value(2).toString(), m_mock->baseUrl());
        QVERIFY(q.value(3).toLongLong() > QDateTime::currentMSecsSinceEpoch() - 60000);
    }
};

SWITCHYARD_TEST_MAIN(TestOpenRouter, QCoreApplication)
#include "test_openrouter.moc"
