#include "MockProvider.h"
#include "TestEnv.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/CompareRun.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// A compare run against the loopback mock with the real runners and SQLite: four providers
// mixed, one model failing and one slow, each its own ledger row in one compare group.
class TestCompare : public QObject {
    Q_OBJECT

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MockProvider> m_mock;

    static QByteArray modelIs(const char* model) { return QByteArray("\"model\":\"") + model + '"'; }

    void setKey(const QString& provider, const QString& key)
    {
        bool done = false;
        m_context->keys()->write(provider, key, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
    }

    QList<CompareRun::Target> targets(const QStringList& models) const
    {
        QList<CompareRun::Target> list;
        for (const QString& m : models)
            list.append({ QStringLiteral("openrouter"), m, m_mock->baseUrl() });
        return list;
    }

    static ChatRequest question()
    {
        ChatRequest base;
        base.messages = { { QStringLiteral("user"), QStringLiteral("Who won the most Champions League titles?") } };
        base.params.systemPrompt = QStringLiteral("Answer in one line.");
        return base;
    }

    // The ledger rows of one compare group, by the model asked for.
    QHash<QString, LedgerEntry> groupRows(const QString& group) const
    {
        QHash<QString, LedgerEntry> rows;
        for (const LedgerEntry& e : UsageQuery(m_context->database()).log(UsageFilter())) {
            if (e.compareGroup == group)
                rows.insert(e.modelRequested, e);
        }
        return rows;
    }

    static MockResponse ndjson(const QByteArray& body)
    {
        MockResponse r;
        r.headers = { { "Content-Type", "application/x-ndjson" } };
        r.body = body;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->keys()->setMemoryFallback(true); // never a keychain here
        setKey(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-compare"));
        setKey(QStringLiteral("openai"), QStringLiteral("sk-openai-compare"));
    }

    void init()
    {
        m_mock = std::make_unique<MockProvider>();
        QVERIFY(m_mock->listen());
    }

    void cleanup() { QCOMPARE(m_mock->pendingRouted(), 0); }

    void countOutOfRangeSendsNothing_data()
    {
        QTest::addColumn<int>("models");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("seven") << 7;
    }
    void countOutOfRangeSendsNothing()
    {
        QFETCH(int, models);
        QStringList names;
        for (int i = 0; i < models; ++i)
            names << QStringLiteral("m/%1").arg(i);
        const qint64 before = UsageQuery(m_context->database()).count();
        CompareRun run(m_context.get());
        QSignalSpy finished(&run, &CompareRun::finished);
        QString error;
        QVERIFY(!run.start(question(), targets(names), 0, &error));
        QVERIFY2(error.contains(QLatin1String("2 to 6")), qPrintable(error));
        QVERIFY(!run.isRunning());
        QCOMPARE(finished.size(), 0);
        QTest::qWait(0);
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(UsageQuery(m_context->database()).count(), before);
        QVERIFY(CompareRun::countProblem(2).isEmpty());
        QVERIFY(CompareRun::countProblem(6).isEmpty());
    }

    // Four providers at once: reported, computed, local and unknown costs, one model refused
    // by the provider, one slow. The failure stops nothing; each is its own row in one group.
    void mixedProvidersOneFailingOneSlow()
    {
        m_mock->enqueueFor(modelIs("deepseek/deepseek-chat"),
                           MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        m_mock->enqueueFor(modelIs("broke/model"), MockResponse::json(402, TestEnv::fixture(QStringLiteral("openrouter-error-402.json"))));
        MockResponse slow = MockResponse::sse(TestEnv::fixture(QStringLiteral("openai-stream-include-usage.sse")), 200);
        slow.pieceDelayMs = 300; // about two seconds in all
        m_mock->enqueueFor(modelIs("gpt-4o"), slow);
        m_mock->enqueueFor(modelIs("qwen2.5"), ndjson(TestEnv::fixture(QStringLiteral("ollama-chat-stream.ndjson"))));
        const QString port = QString::number(m_mock->port());
        const QList<CompareRun::Target> list {
            { QStringLiteral("openrouter"), QStringLiteral("deepseek/deepseek-chat"), m_mock->baseUrl() },
            { QStringLiteral("openrouter"), QStringLiteral("broke/model"), m_mock->baseUrl() },
            { QStringLiteral("openai"), QStringLiteral("gpt-4o"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port) },
            { QStringLiteral("ollama"), QStringLiteral("qwen2.5"), QStringLiteral("http://127.0.0.1:%1").arg(port) },
        };
        CompareRun run(m_context.get());
        QSignalSpy ended(&run, &CompareRun::columnFinished);
        QSignalSpy finished(&run, &CompareRun::finished);
        QSignalSpy deltas(&run, &CompareRun::textDelta);
        QVERIFY(run.start(question(), list));
        QVERIFY(run.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(ended.size(), 4);
        QVERIFY(!run.isRunning());
        QVERIFY(run.anyFailed());
        QCOMPARE(m_mock->requests().size(), 4);

        // Every request carried the prompt and the system prompt, to its own model.
        for (const RecordedRequest& r : m_mock->requests()) {
            QVERIFY(r.body.contains("Who won the most Champions League titles?"));
            QVERIFY(r.body.contains("Answer in one line."));
        }
        QCOMPARE(run.outcome(0).status, RequestStatus::Done);
        QCOMPARE(run.text(0), QStringLiteral("Real Madrid, 14 times."));
        QCOMPARE(run.outcome(1).status, RequestStatus::Error);
        QCOMPARE(run.outcome(1).errorKind, ErrorKind::Billing);
        QCOMPARE(run.outcome(2).status, RequestStatus::Done);
        QCOMPARE(run.text(2), QStringLiteral("我是助手。"));
        QCOMPARE(run.outcome(3).status, RequestStatus::Done);
        QVERIFY(run.text(3).startsWith(QLatin1String("Hello! How can")));
        // Deltas are told per column.
        QSet<int> streamed;
        for (const QList<QVariant>& d : deltas)
            streamed.insert(d.at(0).toInt());
        QCOMPARE(streamed, (QSet<int> { 0, 2, 3 }));

        // Figures: the ledger's cost and its source; unknown is none, never zero.
        const CompareRun::Figures reported = run.figures(0);
        QCOMPARE(reported.status, QStringLiteral("done"));
        QCOMPARE(reported.costSource, QStringLiteral("reported"));
        QCOMPARE(Money::toDecimalString(*reported.cost), QStringLiteral("0.0000310365"));
        QCOMPARE(reported.promptTokens, std::optional<qint64>(33));
        QCOMPARE(reported.completionTokens, std::optional<qint64>(8));
        QVERIFY(reported.ttftMs >= 0);
        QVERIFY(!reported.tokensEstimated);
        const CompareRun::Figures failed = run.figures(1);
        QCOMPARE(failed.status, QStringLiteral("error"));
        QCOMPARE(failed.costSource, QStringLiteral("unknown"));
        QVERIFY(!failed.cost);
        QVERIFY(!failed.tokensPerSecond);
        const CompareRun::Figures computed = run.figures(2);
        QCOMPARE(computed.costSource, QStringLiteral("computed"));
        QCOMPARE(Money::toDecimalString(*computed.cost), QStringLiteral("0.000065")); // 14 x $2.50/M + 3 x $10/M
        QVERIFY(computed.tokensPerSecond && *computed.tokensPerSecond > 0);
        const CompareRun::Figures local = run.figures(3);
        QCOMPARE(local.costSource, QStringLiteral("local"));
        QCOMPARE(*local.cost, Money::Amount(0));

        // One row per model, all in this run's group and no other row in it.
        QVERIFY(run.groupId().startsWith(QLatin1String("cmp-")));
        const QHash<QString, LedgerEntry> rows = groupRows(run.groupId());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.value(QStringLiteral("broke/model")).status, QStringLiteral("error"));
        QCOMPARE(rows.value(QStringLiteral("broke/model")).httpStatus, 402);
        QCOMPARE(rows.value(QStringLiteral("gpt-4o")).provider, QStringLiteral("openai"));
        QCOMPARE(rows.value(QStringLiteral("qwen2.5")).costSource, QStringLiteral("local"));
        QCOMPARE(rows.value(QStringLiteral("deepseek/deepseek-chat")).id, run.outcome(0).ledgerId);
    }

    // A model that hangs: the others end, it is still running, and Stop ends it alone with
    // what arrived kept; a second run gets a new group.
    void stopOneWhileOthersEnd()
    {
        QByteArray hanging = TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"));
        MockResponse stalled = MockResponse::sse(hanging);
        stalled.stallAfter = hanging.indexOf("Madrid"); // "Rea" and "l" arrive, then nothing
        m_mock->enqueueFor(modelIs("slow/one"), stalled);
        m_mock->enqueueFor(modelIs("fast/one"), MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        CompareRun run(m_context.get());
        QSignalSpy ended(&run, &CompareRun::columnFinished);
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(question(), targets({ QStringLiteral("slow/one"), QStringLiteral("fast/one") })));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QCOMPARE(ended.first().at(0).toInt(), 1);
        QVERIFY(run.isRunning(0));
        QTRY_COMPARE_WITH_TIMEOUT(run.text(0), QStringLiteral("Real"), 20000);
        QCOMPARE(run.figures(0).status, QStringLiteral("streaming"));
        QVERIFY(run.figures(0).ttftMs >= 0);
        QVERIFY(run.figures(0).tokensEstimated);
        QCOMPARE(finished.size(), 0);
        run.stop(0); // may end it at once, inside stop()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(run.outcome(0).status, RequestStatus::Cancelled);
        QCOMPARE(run.text(0), QStringLiteral("Real"));
        QCOMPARE(run.outcome(1).status, RequestStatus::Done);
        const QHash<QString, LedgerEntry> rows = groupRows(run.groupId());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(QStringLiteral("slow/one")).status, QStringLiteral("cancelled"));

        const QString first = run.groupId();
        m_mock->enqueueFor(modelIs("a/1"), MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        m_mock->enqueueFor(modelIs("a/2"), MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        QVERIFY(run.start(question(), targets({ QStringLiteral("a/1"), QStringLiteral("a/2") })));
        QVERIFY(finished.wait(10000));
        QVERIFY(run.groupId() != first);
        QVERIFY(!run.anyFailed());
        QCOMPARE(groupRows(run.groupId()).size(), 2);
    }

    void stopAllStopsEvery()
    {
        MockResponse stalled = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse")));
        stalled.stallAfter = 0;
        m_mock->enqueueFor(modelIs("x/1"), stalled);
        m_mock->enqueueFor(modelIs("x/2"), stalled);
        m_mock->enqueueFor(modelIs("x/3"), stalled);
        CompareRun run(m_context.get());
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(question(), targets({ QStringLiteral("x/1"), QStringLiteral("x/2"), QStringLiteral("x/3") })));
        QTRY_COMPARE_WITH_TIMEOUT(m_mock->requests().size(), 3, 20000);
        QCOMPARE(run.figures(1).status, QStringLiteral("waiting"));
        run.stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.outcome(i).status, RequestStatus::Cancelled);
        QCOMPARE(groupRows(run.groupId()).size(), 3);
    }

    // "Continue with this one": the prompt and that answer become the chat's next turn.
    void keepInConversation()
    {
        ConversationStore store(m_context->database());
        // The comparison's ledger row, sent with no chat open.
        LedgerEntry row;
        row.startedAtMs = 1700000000000;
        row.provider = QStringLiteral("openai");
        row.modelRequested = QStringLiteral("gpt-4o");
        row.status = QStringLiteral("done");
        row.compareGroup = QStringLiteral("cmp-keep");
        const qint64 rowId = UsageLedger(m_context->database()).insert(row);
        QVERIFY(rowId > 0);
        ChatOutcome answer;
        answer.ledgerId = rowId;
        answer.text = QStringLiteral("Real Madrid.");
        answer.reasoning = QStringLiteral("Counting titles.");
        const CompareRun::Target target { QStringLiteral("openai"), QStringLiteral("gpt-4o"), {} };
        ChatParams params;
        params.systemPrompt = QStringLiteral("Be brief.");

        const qint64 fresh = CompareRun::keepInConversation(m_context->database(), 0, 0, QStringLiteral("Who won most?"), target, answer, params);
        QVERIFY(fresh > 0);
        QCOMPARE(store.find(fresh).title, QStringLiteral("Who won most?"));
        QCOMPARE(store.find(fresh).provider, QStringLiteral("openai"));
        QCOMPARE(store.find(fresh).model, QStringLiteral("gpt-4o"));
        QCOMPARE(store.settings(fresh).systemPrompt, QStringLiteral("Be brief."));
        QList<StoredMessage> branch = store.branch(fresh);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).role, QStringLiteral("user"));
        QCOMPARE(branch.at(0).content, QStringLiteral("Who won most?"));
        QCOMPARE(branch.at(1).role, QStringLiteral("assistant"));
        QCOMPARE(branch.at(1).content, QStringLiteral("Real Madrid."));
        QCOMPARE(branch.at(1).reasoning, QStringLiteral("Counting titles."));
        QCOMPARE(branch.at(1).model, QStringLiteral("gpt-4o"));
        QCOMPARE(branch.at(1).state, QStringLiteral("complete"));
        // Its request now counts for the new chat; a row with a chat keeps it.
        QCOMPARE(UsageQuery(m_context->database()).entry(rowId).conversationId, fresh);
        QVERIFY(!UsageLedger(m_context->database()).adoptIntoConversation(rowId, fresh + 1));
        QCOMPARE(UsageQuery(m_context->database()).entry(rowId).conversationId, fresh);

        // An open chat: after its branch's end.
        const qint64 chat = store.create(QStringLiteral("Old"), QStringLiteral("openrouter"), QStringLiteral("a/b"));
        const qint64 q = store.addMessage(chat, QStringLiteral("user"), QStringLiteral("Hi"));
        const qint64 a = store.addMessage(chat, QStringLiteral("assistant"), QStringLiteral("Hello"));
        QCOMPARE(CompareRun::keepInConversation(m_context->database(), chat, a, QStringLiteral("Next?"), target, answer, params), chat);
        branch = store.branch(chat);
        QCOMPARE(branch.size(), 4);
        QCOMPARE(branch.at(0).id, q);
        QCOMPARE(branch.at(2).parentId, a);
        QCOMPARE(branch.at(2).content, QStringLiteral("Next?"));
        QCOMPARE(branch.at(3).content, QStringLiteral("Real Madrid."));
        QCOMPARE(store.find(chat).model, QStringLiteral("gpt-4o"));
        QVERIFY(store.settings(chat).systemPrompt.isEmpty()); // an open chat keeps its own settings
    }
};

SWITCHYARD_TEST_MAIN(TestCompare, QCoreApplication)
#include "test_compare.moc"
