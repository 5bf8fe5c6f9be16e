#include "CliProcess.h"
#include "MockProvider.h"
#include "TestEnv.h"
#include "session/AppContext.h"
#include "usage/UsageQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// `ask --compare` through the real binary against the loopback mock: the answers under their
// headers, the summary table, JSON lines, exit codes, and the ledger rows of the run.
class TestCliCompare : public QObject {
    Q_OBJECT

    MockProvider m_mock;

    static QProcessEnvironment keys()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-env"));
        return e;
    }

    static QByteArray modelIs(const char* model) { return QByteArray("\"model\":\"") + model + '"'; }

    QStringList compare(const QStringList& models, const QStringList& extra = {}) const
    {
        QStringList args { QStringLiteral("ask"), QStringLiteral("--compare"), QStringLiteral("--base-url"), m_mock.baseUrl() };
        for (const QString& m : models)
            args << QStringLiteral("-m") << m;
        return args + extra;
    }

    // The ledger as the binary left it, read through the same storage classes.
    static QList<LedgerEntry> ledger()
    {
        AppContext context;
        QString error;
        if (!context.open(&error))
            qFatal("cannot open the ledger: %s", qPrintable(error));
        return UsageQuery(context.database()).log(UsageFilter());
    }

    void answer(const char* model) { m_mock.enqueueFor(modelIs(model), MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse")))); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen()); }
    void cleanup() { QCOMPARE(m_mock.pendingRouted(), 0); }

    // One refused (402), one slow: both others arrive, the table says which failed, exit 4,
    // and the ledger has one row per model in one compare group.
    void oneFailingOneSlow()
    {
        const qsizetype rowsBefore = ledger().size();
        answer("deepseek/deepseek-chat");
        m_mock.enqueueFor(modelIs("broke/model"), MockResponse::json(402, TestEnv::fixture(QStringLiteral("openrouter-error-402.json"))));
        MockResponse slow = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse")), 300);
        slow.pieceDelayMs = 400; // about two seconds
        m_mock.enqueueFor(modelIs("meta-llama/llama-3.3-8b-instruct:free"), slow);
        const CliRun r = CliProcess::run(compare({ QStringLiteral("deepseek/deepseek-chat"), QStringLiteral("broke/model"),
                                                   QStringLiteral("meta-llama/llama-3.3-8b-instruct:free") },
                                                 { QStringLiteral("Who won?") }),
                                         {}, keys());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(m_mock.requests().size(), 3);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("## deepseek/deepseek-chat (openrouter)\n\nReal Madrid, 14 times.\n")), r.out.constData());
        QVERIFY2(out.contains(QLatin1String("## meta-llama/llama-3.3-8b-instruct:free (openrouter)\n\nHello\n")), r.out.constData());
        QVERIFY(out.contains(QLatin1String("## broke/model (openrouter)\n")));
        // The summary table, one row per model in the order given.
        const QStringList lines = out.split(u'\n');
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^model +ttft_ms +tokens_per_s +prompt_tokens +completion_tokens +cost_usd +status$")));
        QVERIFY2(header >= 0, r.out.constData());
        QVERIFY(lines.value(header + 1).startsWith(QLatin1String("deepseek/deepseek-chat ")));
        QVERIFY(lines.value(header + 1).contains(QRegularExpression(QStringLiteral(" 33 +8 +0.0000310365 +done$"))));
        QVERIFY(lines.value(header + 2).contains(QRegularExpression(QStringLiteral("^broke/model +- +- +- +- +unknown +error$"))));
        QVERIFY(lines.value(header + 3).startsWith(QLatin1String("meta-llama/llama-3.3-8b-instruct:free ")));
        QVERIFY(lines.value(header + 3).endsWith(QLatin1String(" done")));
        // The failure's sentence on stderr, named by its model.
        QVERIFY2(r.err.startsWith("broke/model: ") && r.err.contains("credits"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);

        const QList<LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), rowsBefore + 3);
        const QString group = rows.first().compareGroup;
        QVERIFY(group.startsWith(QLatin1String("cmp-")));
        QSet<QString> models;
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).compareGroup, group);
            models.insert(rows.at(i).modelRequested);
        }
        QCOMPARE(models, (QSet<QString> { QStringLiteral("deepseek/deepseek-chat"), QStringLiteral("broke/model"),
                                          QStringLiteral("meta-llama/llama-3.3-8b-instruct:free") }));
    }

    // --json: one object per model and line, in the order of -m, with the summary's fields
    // and the text; the cost exact as the provider reported it.
    void jsonLines()
    {
        answer("a/one");
        m_mock.enqueueFor(modelIs("b/two"), MockResponse::json(500, R"({"error":{"code":500,"message":"upstream fell over"}})"));
        const CliRun r = CliProcess::run(compare({ QStringLiteral("a/one"), QStringLiteral("b/two") }, { QStringLiteral("--json"), QStringLiteral("hi") }),
                                         {}, keys());
        QCOMPARE(r.exitCode, 4);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("\"cost_usd\":0.0000310365,"), lines.at(0).constData());
        QJsonParseError parseError;
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        for (const char* field : { "model", "ttft_ms", "tokens_per_s", "prompt_tokens", "completion_tokens", "cost_usd", "status", "text" }) {
            QVERIFY2(first.contains(QLatin1String(field)), field);
            QVERIFY2(second.contains(QLatin1String(field)), field);
        }
        QCOMPARE(first.value(QLatin1String("model")).toString(), QStringLiteral("a/one"));
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        QCOMPARE(first.value(QLatin1String("text")).toString(), QStringLiteral("Real Madrid, 14 times."));
        QCOMPARE(first.value(QLatin1String("prompt_tokens")).toInt(), 33);
        QCOMPARE(first.value(QLatin1String("completion_tokens")).toInt(), 8);
        QCOMPARE(first.value(QLatin1String("cost_source")).toString(), QStringLiteral("reported"));
        QVERIFY(first.value(QLatin1String("ttft_ms")).isDouble());
        QVERIFY(first.value(QLatin1String("tokens_per_s")).isDouble() || first.value(QLatin1String("tokens_per_s")).isNull());
        QCOMPARE(second.value(QLatin1String("model")).toString(), QStringLiteral("b/two"));
        QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QVERIFY(second.value(QLatin1String("cost_usd")).isNull()); // unknown, never 0
        QVERIFY(second.value(QLatin1String("ttft_ms")).isNull());
        QCOMPARE(second.value(QLatin1String("compare_group")), first.value(QLatin1String("compare_group")));
        QVERIFY(!r.out.contains("## ")); // JSON only
    }

    void allDoneExitsZero()
    {
        answer("a/one");
        answer("a/two");
        const CliRun r = CliProcess::run(compare({ QStringLiteral("a/one"), QStringLiteral("a/two") }, { QStringLiteral("hi") }), {}, keys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out.count("Real Madrid, 14 times."), 2);
    }

    // Outside 2..6 models: one sentence, exit 2, nothing sent, the ledger as it was.
    void wrongCountSendsNothing_data()
    {
        QTest::addColumn<int>("models");
        QTest::newRow("one") << 1;
        QTest::newRow("seven") << 7;
    }
    void wrongCountSendsNothing()
    {
        QFETCH(int, models);
        QStringList names;
        for (int i = 0; i < models; ++i)
            names << QStringLiteral("m/%1").arg(i);
        const qsizetype rowsBefore = ledger().size();
        const qsizetype sent = m_mock.requests().size();
        const CliRun r = CliProcess::run(compare(names, { QStringLiteral("hi") }), {}, keys());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("2 to 6"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_mock.requests().size(), sent);
        QCOMPARE(ledger().size(), rowsBefore);
    }
};

SWITCHYARD_TEST_MAIN(TestCliCompare, QCoreApplication)
#include "test_clicompare.moc"
