#include "MockProvider.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000cli000000000000000000000000000000000000000000000";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// The command line as a user runs it: the real binary, a loopback provider,
// a throwaway profile.
class TestCli : public QObject {
    Q_OBJECT

private:
    MockProvider m_mock;

    Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        for (const QString& k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(TestEnv::switchyardBinary(), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        // The mock lives in this process's event loop: keep it turning while we wait.
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000))
            p.kill();
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QProcessEnvironment envKey(const QByteArray& key)
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("OPENROUTER_API_KEY"), QString::fromUtf8(key));
        return e;
    }

    QStringList askArgs(const QString& prompt = QStringLiteral("Why is the sky blue?"))
    {
        return { QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("deepseek/deepseek-chat"),
                 QStringLiteral("--base-url"), m_mock.baseUrl(), prompt };
    }

    QJsonArray usageJson(const QString& by)
    {
        const Run r = run({ QStringLiteral("usage"), QStringLiteral("--by"), by, QStringLiteral("--format"), QStringLiteral("json") });
        [&] { QCOMPARE(r.exitCode, 0); }();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        [&] { QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData()); }();
        return doc.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
    }

    void askStreamsTheExactAnswer()
    {
        // One byte per chunk: splits inside UTF-8 sequences and inside "\r\n".
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse")), 1));
        const Run r = run(askArgs(), {}, envKey("sk-or-v1-env"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8("Le ciel est bleu à cause de la diffusion Rayleigh — 空が青いのは散乱のため 🌍🔭."));
        QCOMPARE(r.err, QByteArray());

        const RecordedRequest req = m_mock.requests().constLast();
        QCOMPARE(req.path, QByteArray("/api/v1/chat/completions"));
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer sk-or-v1-env"));
        QCOMPARE(req.header("X-Title"), QByteArray("Switchyard"));
        QVERIFY(req.header("HTTP-Referer").startsWith("https://"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("deepseek/deepseek-chat"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("usage")).toObject().value(QLatin1String("include")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Why is the sky blue?"));
    }

    void usageReportsTheLedgerExactly()
    {
        const QJsonArray byModel = usageJson(QStringLiteral("model"));
        QJsonObject row;
        for (const auto& v : byModel) {
            if (v.toObject().value(QLatin1String("model")).toString() == QLatin1String("deepseek/deepseek-chat"))
                row = v.toObject();
        }
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(QLatin1String("requests")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("prompt_tokens")).toInt(), 17);
        QCOMPARE(row.value(QLatin1String("completion_tokens")).toInt(), 31);
        QCOMPARE(row.value(QLatin1String("cached_tokens")).toInt(), 5);
        QCOMPARE(row.value(QLatin1String("reasoning_tokens")).toInt(), 0);
        QVERIFY(row.value(QLatin1String("cost_usd")).isDouble());
        QCOMPARE(row.value(QLatin1String("cost_usd")).toDouble(), 0.0000123456789);
        // The text is the exact decimal, not a rounded double.
        const Run raw = run({ QStringLiteral("usage"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(raw.out.contains("\"cost_usd\":0.0000123456789"));

        const QJsonArray byProvider = usageJson(QStringLiteral("provider"));
        QCOMPARE(byProvider.first().toObject().value(QLatin1String("provider")).toString(), QStringLiteral("openrouter"));
        const QJsonArray byDay = usageJson(QStringLiteral("day"));
        QCOMPARE(byDay.last().toObject().value(QLatin1String("day")).toString(), QDate::currentDate().toString(Qt::ISODate));

        const Run csv = run({ QStringLiteral("usage"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(csv.out.startsWith("model,requests,"));
        const Run table = run({ QStringLiteral("usage") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("deepseek/deepseek-chat"));
        const Run log = run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject first = QJsonDocument::fromJson(log.out).array().first().toObject();
        QCOMPARE(first.value(QLatin1String("cost_source")).toString(), QStringLiteral("reported"));
        QCOMPARE(first.value(QLatin1String("upstream_provider")).toString(), QStringLiteral("Fireworks"));
    }

    void promptFromStdin()
    {
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        QStringList args = askArgs();
        args.removeLast();
        const Run r = run(args, "Say hello\n", envKey("sk-or-v1-env"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Hello"));
        const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Say hello\n"));
    }

    void rejectedKeyExitsThree()
    {
        m_mock.enqueue(MockResponse::json(401, R"({"error":{"code":401,"message":"No auth credentials found"}})"));
        const Run r = run(askArgs(), {}, envKey("sk-or-v1-bad"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("rejected the API key"), r.err.constData());
        QVERIFY(r.err.contains("switchyard keys set openrouter"));
    }

    void errorAfter200ExitsFourAndKeepsPartial()
    {
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-midstream-error.sse")), 9));
        const Run r = run(askArgs(), {}, envKey("sk-or-v1-env"));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, QByteArray("The sky is blue because"));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("Provider disconnected"), r.err.constData());
        const Run log = run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject newest = QJsonDocument::fromJson(log.out).array().first().toObject();
        QCOMPARE(newest.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QCOMPARE(newest.value(QLatin1String("error_kind")).toString(), QStringLiteral("provider"));
    }

    void closedStdoutStillWritesTheLedgerRow()
    {
        // `switchyard ask ... | head -c 10`: the reader leaves early.
        const QByteArray bytes = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        MockResponse slow = MockResponse::sse(bytes, 40);
        slow.pieceDelayMs = 30;
        m_mock.enqueue(slow);
        QProcess ask;
        QProcess head;
        ask.setStandardOutputProcess(&head);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-env"));
        ask.setProcessEnvironment(env);
        head.start(QStringLiteral("head"), { QStringLiteral("-c"), QStringLiteral("5") });
        ask.start(TestEnv::switchyardBinary(), askArgs());
        QVERIFY(head.waitForStarted() && ask.waitForStarted());
        ask.closeWriteChannel();
        QSignalSpy done(&ask, &QProcess::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(ask.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        head.waitForFinished();
        QCOMPARE(head.readAllStandardOutput(), QByteArray("Le ci"));
        const Run log = run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject newest = QJsonDocument::fromJson(log.out).array().first().toObject();
        QVERIFY2(newest.value(QLatin1String("status")).toString() == QLatin1String("cancelled")
                     || newest.value(QLatin1String("status")).toString() == QLatin1String("done"),
                 log.out.constData());
    }

    void askJsonOutput()
    {
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        QStringList args = askArgs();
        args.insert(1, QStringLiteral("--json"));
        const Run r = run(args, {}, envKey("sk-or-v1-env"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("Real Madrid, 14 times."));
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("deepseek/deepseek-chat-v3.1"));
        QCOMPARE(o.value(QLatin1String("cost_usd")).toDouble(), 0.0000310365);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2;
        QTest::newRow("unknown provider") << QStringList { QStringLiteral("ask"), QStringLiteral("-p"), QStringLiteral("nope"), QStringLiteral("hi") } << 2;
        QTest::newRow("no prompt") << QStringList { QStringLiteral("ask") } << 2;
        QTest::newRow("bad option") << QStringList { QStringLiteral("ask"), QStringLiteral("--bogus"), QStringLiteral("hi") } << 2;
        QTest::newRow("bad --by") << QStringList { QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("colour") } << 2;
        QTest::newRow("bad --since") << QStringList { QStringLiteral("usage"), QStringLiteral("--since"), QStringLiteral("yesterday") } << 2;
        QTest::newRow("key on argv refused") << QStringList { QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openrouter"), QStringLiteral("sk-x") } << 2;
        QTest::newRow("empty key on stdin") << QStringList { QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openrouter") } << 2;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = run(args);
        QCOMPARE(r.exitCode, code);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void missingKeyExitsThree()
    {
        if (!TestEnv::privateKeyringAvailable())
            QSKIP("needs the private keyring of scripts/test.sh");
        run({ QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("openrouter") });
        const Run r = run(askArgs());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("No API key is set for OpenRouter"));
    }

    void keychainUnavailableExitsFive()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/switchyard-test-bus"));
        const Run r = run({ QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openrouter") }, kCanary, noBus);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("keychain"));
        QVERIFY(!r.err.contains(kCanary));
    }

    void canaryKeyTravelsOnlyThroughTheKeychain()
    {
        if (!TestEnv::privateKeyringAvailable())
            QSKIP("needs the private keyring of scripts/test.sh");
        QProcessEnvironment verbose;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QByteArray logs;
        Run r = run({ QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openrouter") }, kCanary + "\n", verbose);
        QCOMPARE(r.exitCode, 0);
        logs += r.out + r.err;
        r = run({ QStringLiteral("keys"), QStringLiteral("list") }, {}, verbose);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("keychain"));
        logs += r.out + r.err;

        m_mock.enqueue(MockResponse::json(401, "{\"error\":{\"code\":401,\"message\":\"Invalid key " + kCanary + "\"}}"));
        r = run(askArgs(), {}, verbose);
        QCOMPARE(r.exitCode, 3);
        logs += r.out + r.err;
        QCOMPARE(m_mock.requests().constLast().header("Authorization"), "Bearer " + kCanary);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        r = run(askArgs(), {}, verbose);
        QCOMPARE(r.exitCode, 0);
        logs += r.out + r.err;
        QVERIFY(logs.contains("switchyard.net")); // debug logging really was on
        QVERIFY2(!logs.contains(kCanary), "the key reached a log line or an error message");
        QVERIFY(logs.contains("[redacted]"));
        QCOMPARE(TestEnv::filesContaining(TestEnv::root(), kCanary), QStringList());
        QCOMPARE(TestEnv::filesContaining(qEnvironmentVariable("HOME"), kCanary), QStringList());

        r = run({ QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("openrouter") });
        QCOMPARE(r.exitCode, 0);
        r = run({ QStringLiteral("keys"), QStringLiteral("list") });
        QVERIFY(r.out.contains("not set"));
    }
};

SWITCHYARD_TEST_MAIN(TestCli, QCoreApplication)
#include "test_cli.moc"
