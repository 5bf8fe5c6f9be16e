#include "CliProcess.h"
#include "MockProvider.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000cli000000000000000000000000000000000000000000000";

using Run = CliRun;
} // namespace

// The command line as a user runs it: the real binary, a loopback provider,
// a throwaway profile.
class TestCli : public QObject {
    Q_OBJECT

private:
    MockProvider m_mock;

    static Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extra = {})
    {
        return CliProcess::run(args, input, extra);
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

    // A profile of its own: XDG_DATA_HOME under the test's root, so the database is known.
    QProcessEnvironment profile(const QString& name, const QByteArray& key = "sk-or-v1-env")
    {
        QProcessEnvironment e = envKey(key);
        e.insert(QStringLiteral("XDG_DATA_HOME"), TestEnv::root() + u'/' + name + QStringLiteral("/share"));
        return e;
    }

    static QString databaseIn(const QProcessEnvironment& e)
    {
        return e.value(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/switchyard/switchyard/switchyard.sqlite");
    }

    // Starts `ask` against a stream that stalls after its first words; returns once they are on stdout.
    std::unique_ptr<QProcess> startStalledAsk(const QProcessEnvironment& extra)
    {
        const QByteArray multibyte = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        MockResponse stall = MockResponse::sse(multibyte, 64);
        stall.stallAfter = multibyte.indexOf("Rayleigh") + 40;
        m_mock.enqueue(stall);
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        for (const QString& k : extra.keys())
            env.insert(k, extra.value(k));
        p->setProcessEnvironment(env);
        p->start(TestEnv::switchyardBinary(), askArgs() << QStringLiteral("--timeout") << QStringLiteral("30"));
        p->closeWriteChannel();
        QSignalSpy output(p.get(), &QProcess::readyReadStandardOutput);
        [&] { QVERIFY(output.wait(20000)); }();
        return p;
    }

    QJsonObject newestLogRow(const QProcessEnvironment& extra)
    {
        const Run r = run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") }, {}, extra);
        [&] { QCOMPARE(r.exitCode, 0); }();
        return QJsonDocument::fromJson(r.out).array().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
    }

    // A response left in the queue would be served to the next test's request.
    void cleanup()
    {
        QCOMPARE(m_mock.pendingResponses(), 0);
    }

    void badDatabaseExitsSixAndIsNeverOverwritten()
    {
        const QProcessEnvironment e = profile(QStringLiteral("garbage"));
        const QString path = databaseIn(e);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const int requestsBefore = int(m_mock.requests().size());
        const Run usage = run({ QStringLiteral("usage") }, {}, e);
        QCOMPARE(usage.exitCode, 6);
        QCOMPARE(usage.err.count('\n'), 1); // one sentence, no stray warning
        QVERIFY2(usage.err.contains(path.toUtf8()), usage.err.constData());
        QVERIFY2(usage.err.contains("not a Switchyard database"), usage.err.constData());
        const Run ask = run(askArgs(), {}, e);
        QCOMPARE(ask.exitCode, 6);
        QCOMPARE(int(m_mock.requests().size()), requestsBefore); // nothing was sent
        const Run chats = run({ QStringLiteral("chats") }, {}, e);
        QCOMPARE(chats.exitCode, 6);
        QCOMPARE(chats.err.count('\n'), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // never overwritten
    }

    // File modes bind only a user without CAP_DAC_OVERRIDE: as root (CI), the binary runs as
    // nobody through setpriv, on a profile that nobody owns.
    Run runUnprivileged(const QStringList& args, const QString& dataHome, const QByteArray& key = "sk-or-v1-env")
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), dataHome);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
        env.insert(QStringLiteral("OPENROUTER_API_KEY"), QString::fromUtf8(key));
        p.setProcessEnvironment(env);
        if (::geteuid() == 0)
            p.start(QStringLiteral("setpriv"), QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                             QStringLiteral("--clear-groups"), TestEnv::switchyardBinary() } + args);
        else
            p.start(TestEnv::switchyardBinary(), args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000))
            p.kill();
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
    }

    void readOnlyFileAndFolder()
    {
        // A world-traversable folder that nobody (the user) owns.
        QTemporaryDir top(QDir::tempPath() + QStringLiteral("/switchyard-ro-XXXXXX"));
        QVERIFY(top.isValid());
        QFile::setPermissions(top.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup);
        const QString home = top.path() + QStringLiteral("/profile");
        QVERIFY(QDir().mkpath(home));
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(home).constData(), 65534, 65534) == 0);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const Run first = runUnprivileged(askArgs(), home);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString db = home + QStringLiteral("/switchyard/switchyard/switchyard.sqlite");
        QVERIFY(QFile::exists(db));

        // A read-only file: reading works, a request still answers, but its row cannot be
        // written, which is said, with exit 6.
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0400) == 0);
        const Run usage = runUnprivileged({ QStringLiteral("usage"), QStringLiteral("--format"), QStringLiteral("json") }, home);
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains("\"requests\":1"), usage.out.constData());
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const Run ask = runUnprivileged(askArgs(), home);
        QCOMPARE(ask.exitCode, 6);
        QVERIFY2(!ask.out.isEmpty(), "the answer that arrived is printed");
        QVERIFY2(ask.err.contains("read-only") && ask.err.contains(db.toUtf8()), ask.err.constData());
        // An import cannot be written either: its sentence, exit 6, nothing half-written.
        const QString archive = top.path() + QStringLiteral("/chatgpt-export.json");
        QVERIFY(QFile::copy(TestEnv::fixturePath(QStringLiteral("chatgpt-export-small.json")), archive));
        QVERIFY(QFile::setPermissions(archive, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther));
        const Run import = runUnprivileged({ QStringLiteral("chats"), QStringLiteral("import"), archive }, home);
        QCOMPARE(import.exitCode, 6);
        QCOMPARE(import.err.count('\n'), 1);
        QVERIFY2(import.err.contains("read-only"), import.err.constData());
        const Run listed = runUnprivileged({ QStringLiteral("chats"), QStringLiteral("--format"), QStringLiteral("json") }, home);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0); // `ask` keeps no chat; none was imported
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0600) == 0);
        // SQLite made -shm with the read-only file's mode; once the file is fixed, writing works.
        const bool shmWasReadOnly = QFile::exists(db + QStringLiteral("-shm"))
            && !(QFile::permissions(db + QStringLiteral("-shm")) & QFileDevice::WriteOwner);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const Run fixed = runUnprivileged(askArgs(), home);
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
        qInfo("the -shm left by the read-only run was %s", shmWasReadOnly ? "read-only" : "absent or writable");

        // A read-only folder: one sentence and exit 6, never a crash.
        const QString folder = QFileInfo(db).absolutePath();
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
        const qsizetype sentBefore = m_mock.requests().size();
        const Run inReadOnlyFolder = runUnprivileged(askArgs(), home);
        QCOMPARE(m_mock.requests().size(), sentBefore); // storage fails first: nothing is sent
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        QVERIFY2(inReadOnlyFolder.exitCode == 6, inReadOnlyFolder.err.constData());
        QCOMPARE(inReadOnlyFolder.err.count('\n') >= 1, true);
        QVERIFY2(inReadOnlyFolder.err.contains(folder.toUtf8()), inReadOnlyFolder.err.constData());
        // A folder that cannot be created at all.
        const Run noFolder = runUnprivileged({ QStringLiteral("usage") }, QStringLiteral("/proc/switchyard-cannot-be-here"));
        QCOMPARE(noFolder.exitCode, 6);
        QVERIFY2(noFolder.err.contains("folder"), noFolder.err.constData());
    }

    void newerSchemaIsOneSentence()
    {
        const QProcessEnvironment e = profile(QStringLiteral("newer"));
        QCOMPARE(run({ QStringLiteral("usage") }, {}, e).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(databaseIn(e));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const Run r = run({ QStringLiteral("usage") }, {}, e);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.startsWith("The database"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains("QSqlDatabasePrivate"));
    }

    void newProfileIsPrivate()
    {
        const QProcessEnvironment e = profile(QStringLiteral("private"));
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        QCOMPARE(run(askArgs(), {}, e).exitCode, 0);
        const QString path = databaseIn(e);
        const auto mode = [](const QString& p) {
            struct stat st {};
            return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        QCOMPARE(mode(QFileInfo(path).absolutePath()), 0700);
        QCOMPARE(mode(QFileInfo(QFileInfo(path).absolutePath()).absolutePath()), 0700);
        QCOMPARE(mode(path), 0600);
        // While a request runs the write-ahead log exists; it takes the file's mode.
        std::unique_ptr<QProcess> p = startStalledAsk(e);
        QVERIFY(p);
        QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
        p->terminate();
        QVERIFY(p->waitForFinished(20000));
    }

    void stopSignalsKeepTheRow_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void stopSignalsKeepTheRow()
    {
        QFETCH(int, signal);
        const QProcessEnvironment e = profile(QStringLiteral("signal-%1").arg(signal));
        std::unique_ptr<QProcess> p = startStalledAsk(e);
        QVERIFY(p);
        ::kill(pid_t(p->processId()), signal);
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 130);
        QVERIFY(p->readAllStandardOutput().startsWith("Le ciel"));
        const QJsonObject row = newestLogRow(e);
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    }

    void sigkillLeavesAnInterruptedRow()
    {
        const QProcessEnvironment e = profile(QStringLiteral("sigkill"));
        std::unique_ptr<QProcess> p = startStalledAsk(e);
        QVERIFY(p);
        p->kill();
        QVERIFY(p->waitForFinished(20000));
        const QJsonObject row = newestLogRow(e); // the next start finds the row of the dead process
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(row.value(QLatin1String("provider")).toString(), QStringLiteral("openrouter"));
        QCOMPARE(row.value(QLatin1String("model_requested")).toString(), QStringLiteral("deepseek/deepseek-chat"));
    }

    void hugeTimeoutIsAUsageError()
    {
        const Run r = run(askArgs() << QStringLiteral("--timeout") << QStringLiteral("2147484"), {}, envKey("sk-or-v1-env"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--timeout"));
        const Run m = run(askArgs() << QStringLiteral("--max-time") << QStringLiteral("0"), {}, envKey("sk-or-v1-env"));
        QCOMPARE(m.exitCode, 2);
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

    void askEveryProtocol_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("basePath"); // each provider's own base URL shape
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("authHeader");
        QTest::addColumn<qint64>("prompt");
        QTest::addColumn<qint64>("completion");
        QTest::addColumn<QString>("costSource");
        QTest::addColumn<QString>("cost");
        QTest::newRow("anthropic") << "anthropic" << "claude-sonnet-4-5" << "anthropic-stream-basic.sse" << "Hello!" << "/v1"
                                   << QByteArray("/v1/messages") << QByteArray("x-api-key") << qint64(25) << qint64(15)
                                   << "computed" << "0.0003"; // 25*3 + 15*15 = 300 µ$
        QTest::newRow("gemini") << "gemini" << "gemini-2.5-flash" << "gemini-stream.sse" << "We" << "/v1beta"
                                << QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse") << QByteArray("x-goog-api-key")
                                << qint64(29) << qint64(59) << "computed" << "0.0001562";
        QTest::newRow("ollama") << "ollama" << "qwen2.5" << "ollama-chat-stream.ndjson" << "Hello! How can I assist you today?" << ""
                                << QByteArray("/api/chat") << QByteArray() << qint64(30) << qint64(10) << "local" << "0";
        QTest::newRow("openai") << "openai" << "gpt-4o" << "openai-stream-include-usage.sse" << QString::fromUtf8("我是助手。") << "/v1"
                                << QByteArray("/v1/chat/completions") << QByteArray("Authorization") << qint64(14) << qint64(3)
                                << "computed" << "0.000065"; // gpt-4o-2024-05-13 -> gpt-4o: 14*2.5 + 3*10 = 65 µ$
        QTest::newRow("deepseek") << "deepseek" << "deepseek-chat" << "deepseek-stream-tail.sse" << QString::fromUtf8(" 😊") << ""
                                  << QByteArray("/chat/completions") << QByteArray("Authorization") << qint64(4) << qint64(11)
                                  << "computed" << "0.00001318";
    }
    void askEveryProtocol()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, fixture);
        QFETCH(QString, text);
        QFETCH(QString, basePath);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, authHeader);
        QFETCH(qint64, prompt);
        QFETCH(qint64, completion);
        QFETCH(QString, costSource);
        QFETCH(QString, cost);
        MockResponse r = MockResponse::sse(TestEnv::fixture(fixture), 1);
        if (fixture.endsWith(QLatin1String(".ndjson")))
            r.headers = { { "Content-Type", "application/x-ndjson" } };
        m_mock.enqueue(r);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_mock.port()) + basePath;
        QProcessEnvironment keys;
        for (const char* var : { "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENAI_API_KEY", "DEEPSEEK_API_KEY" })
            keys.insert(QString::fromLatin1(var), QStringLiteral("key-for-") + provider);
        const Run r2 = run({ QStringLiteral("ask"), QStringLiteral("-p"), provider, QStringLiteral("-m"), model,
                             QStringLiteral("-s"), QStringLiteral("Be brief."), QStringLiteral("--base-url"), base,
                             QStringLiteral("Why is the sky blue?") },
                           {}, keys);
        QCOMPARE(r2.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r2.out), text);
        QCOMPARE(r2.err, QByteArray());

        const RecordedRequest req = m_mock.requests().constLast();
        QCOMPARE(req.path, path);
        if (authHeader.isEmpty()) {
            QVERIFY(req.header("Authorization").isEmpty());
        } else {
            const QByteArray expected = "key-for-" + provider.toUtf8();
            QCOMPARE(req.header(authHeader), authHeader == "Authorization" ? "Bearer " + expected : expected);
        }
        const QByteArray body = req.body;
        QVERIFY2(body.contains("Be brief.") && body.contains("Why is the sky blue?"), body.constData());

        const Run log = run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject row = QJsonDocument::fromJson(log.out).array().first().toObject();
        QCOMPARE(row.value(QLatin1String("provider")).toString(), provider);
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        QCOMPARE(qint64(row.value(QLatin1String("prompt_tokens")).toDouble()), prompt);
        QCOMPARE(qint64(row.value(QLatin1String("completion_tokens")).toDouble()), completion);
        QCOMPARE(row.value(QLatin1String("cost_source")).toString(), costSource);
        QVERIFY2(log.out.contains(QByteArray("\"cost_usd\":" + cost.toUtf8() + ',')), log.out.left(600).constData());
    }

    void providerErrors_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<MockResponse>("response");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("anthropic 401") << "anthropic" << "/v1"
            << MockResponse::json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")
            << 3 << "rejected the API key";
        QTest::newRow("anthropic credit too low") << "anthropic" << "/v1"
            << MockResponse::json(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is too low to access the Anthropic API.\"}}")
            << 4 << "out of credits";
        QTest::newRow("anthropic overloaded mid-stream") << "anthropic" << "/v1"
            << MockResponse::sse(TestEnv::fixture(QStringLiteral("anthropic-stream-overloaded-error.sse")), 7) << 4 << "Overloaded";
        QTest::newRow("gemini API_KEY_INVALID") << "gemini" << "/v1beta"
            << MockResponse::json(400, "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\",\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"reason\":\"API_KEY_INVALID\"}]}}")
            << 3 << "rejected the API key";
        QTest::newRow("ollama unknown model") << "ollama" << ""
            << MockResponse::json(404, "{\"error\":\"model \\\"nope\\\" not found, try pulling it first\"}") << 4 << "not found";
        QTest::newRow("ollama error line") << "ollama" << ""
            << MockResponse::sse(TestEnv::fixture(QStringLiteral("ollama-generate-stream-error.ndjson")), 5) << 4 << "an error was encountered";
    }
    void providerErrors()
    {
        QFETCH(QString, provider);
        QFETCH(QString, prefix);
        QFETCH(MockResponse, response);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        m_mock.enqueue(response);
        QProcessEnvironment keys;
        keys.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-x"));
        keys.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza-x"));
        const Run r = run({ QStringLiteral("ask"), QStringLiteral("-p"), provider, QStringLiteral("-m"), QStringLiteral("m"),
                            QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(m_mock.port()) + prefix,
                            QStringLiteral("hi") },
                          {}, keys);
        QCOMPARE(r.exitCode, code);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(sentence.toUtf8()), r.err.constData());
    }

    void ollamaNotRunning()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run r = run({ QStringLiteral("ask"), QStringLiteral("-p"), QStringLiteral("ollama"), QStringLiteral("-m"), QStringLiteral("llama3.2"),
                            QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("hi") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("Ollama is not running at http://127.0.0.1:") && r.err.contains("`ollama serve`"), r.err.constData());
    }

    void modelsJsonToTheLastDigit()
    {
        m_mock.enqueue(MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-models-edge.json"))));
        const Run r = run({ QStringLiteral("models"), QStringLiteral("-p"), QStringLiteral("openrouter"), QStringLiteral("--base-url"),
                            m_mock.baseUrl(), QStringLiteral("--refresh"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_mock.requests().constLast().path, QByteArray("/api/v1/models"));
        QCOMPARE(m_mock.requests().constLast().method, QByteArray("GET"));
        const QJsonArray models = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(models.size(), 5);
        for (const auto& v : models) {
            const QJsonObject o = v.toObject();
            for (const char* key : { "provider", "id", "name", "context_length", "prompt_usd_per_mtok", "completion_usd_per_mtok" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QLatin1String("provider")).toString(), QStringLiteral("openrouter"));
        }
        // Exact decimals as text, not doubles rounded on the way.
        QVERIFY(r.out.contains("\"id\":\"vendor/long-decimals\",\"name\":\"Vendor: Long Decimals\",\"context_length\":8192,"
                               "\"prompt_usd_per_mtok\":0.08333333333333334,\"completion_usd_per_mtok\":0.1234567890123456}"));
        QVERIFY(r.out.contains("\"id\":\"openrouter/auto\",\"name\":\"Auto Router\",\"context_length\":2000000,"
                               "\"prompt_usd_per_mtok\":null,\"completion_usd_per_mtok\":null}"));
        QVERIFY(r.out.contains("\"id\":\"vendor/no-pricing\",\"name\":\"Vendor: No Pricing\",\"context_length\":null,"
                               "\"prompt_usd_per_mtok\":null,\"completion_usd_per_mtok\":null}"));
        QVERIFY(r.out.contains("\"id\":\"vendor/numeric-prices\",\"name\":\"vendor/numeric-prices\",\"context_length\":null,"
                               "\"prompt_usd_per_mtok\":0.2,\"completion_usd_per_mtok\":0.8}"));
        QVERIFY(r.out.contains("\"prompt_usd_per_mtok\":1,\"completion_usd_per_mtok\":5}"));

        // The list is cached: without --refresh nothing is fetched again.
        const int before = int(m_mock.requests().size());
        const Run cached = run({ QStringLiteral("models"), QStringLiteral("-p"), QStringLiteral("openrouter"), QStringLiteral("--base-url"),
                                 m_mock.baseUrl(), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(cached.out, r.out);
        QCOMPARE(int(m_mock.requests().size()), before);
    }

    void modelsOfADirectProviderArePricedFromThePriceBook()
    {
        m_mock.enqueue(MockResponse::json(200, TestEnv::fixture(QStringLiteral("anthropic-models-page2.json"))));
        QProcessEnvironment keys;
        keys.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-x"));
        const Run r = run({ QStringLiteral("models"), QStringLiteral("-p"), QStringLiteral("anthropic"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1/v1").arg(m_mock.port()), QStringLiteral("--format"), QStringLiteral("json") },
                          {}, keys);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"id\":\"claude-haiku-4-5-20251001\",\"name\":\"Claude Haiku 4.5\",\"context_length\":null,"
                                "\"prompt_usd_per_mtok\":1,\"completion_usd_per_mtok\":5}"),
                 r.out.constData());
        QCOMPARE(m_mock.requests().constLast().header("x-api-key"), QByteArray("sk-ant-x"));
    }

    void modelsErrors()
    {
        m_mock.enqueue(MockResponse::json(401, "{\"error\":{\"message\":\"bad key\"}}"));
        QProcessEnvironment keys;
        keys.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x"));
        const Run r = run({ QStringLiteral("models"), QStringLiteral("-p"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1/v1").arg(m_mock.port()), QStringLiteral("--refresh") }, {}, keys);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(run({ QStringLiteral("models"), QStringLiteral("-p"), QStringLiteral("nope") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("xml") }).exitCode, 2);
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

    void chatsImportListSearchExport()
    {
        const QProcessEnvironment e = profile(QStringLiteral("chats"));
        Run r = run({ QStringLiteral("chats") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("No conversations yet."));

        r = run({ QStringLiteral("chats"), QStringLiteral("import"), TestEnv::fixturePath(QStringLiteral("chatgpt-export-small.json")) }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("2 conversation") && r.out.contains("7 message") && r.out.contains("ChatGPT"), r.out.constData());
        QVERIFY(r.err.isEmpty());

        r = run({ QStringLiteral("chats"), QStringLiteral("--format"), QStringLiteral("json") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        QJsonObject trip;
        for (const QJsonValue& v : all) {
            if (v.toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Planning")))
                trip = v.toObject();
        }
        QCOMPARE(trip.value(QStringLiteral("messages")).toInt(), 5);
        QCOMPARE(trip.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(trip.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
        QVERIFY(!trip.value(QStringLiteral("updated_at")).toString().isEmpty());
        const QString id = QString::number(trip.value(QStringLiteral("id")).toInteger());

        r = run({ QStringLiteral("chats") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("id"));
        QVERIFY(r.out.contains("Planning a trip to Lisbon"));
        QCOMPARE(r.out.count('\n'), 3);

        r = run({ QStringLiteral("chats"), QStringLiteral("--search"), QStringLiteral("manteig"), QStringLiteral("--format"), QStringLiteral("json") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(found.size(), 1);
        const QJsonObject hit = found.first().toObject();
        QCOMPARE(QString::number(hit.value(QStringLiteral("id")).toInteger()), id);
        QCOMPARE(hit.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        const QString snippet = hit.value(QStringLiteral("snippet")).toString();
        const QJsonArray range = hit.value(QStringLiteral("highlights")).toArray().first().toArray();
        QCOMPARE(snippet.mid(range.at(0).toInt(), range.at(1).toInt()), QStringLiteral("Manteigaria"));
        QVERIFY(!snippet.contains(QChar(0xE000)));

        r = run({ QStringLiteral("chats"), QStringLiteral("--search"), QStringLiteral("\"NEAR(") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        r = run({ QStringLiteral("chats"), QStringLiteral("--search"), QStringLiteral("*") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("No conversation matches"));

        r = run({ QStringLiteral("chats"), QStringLiteral("export"), id }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("# Planning a trip to Lisbon\n"), r.out.constData());
        QVERIFY(r.out.contains("```python\nprint(\"nata\")\n```"));
        QVERIFY(!r.out.contains("LX Factory")); // not the branch in view

        r = run({ QStringLiteral("chats"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json") }, {}, e);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject exported = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("switchyard-conversation"));
        QCOMPARE(exported.value(QStringLiteral("messages")).toArray().size(), 5);

        // Its own export imports back.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("trip.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out);
        file.close();
        r = run({ QStringLiteral("chats"), QStringLiteral("import"), file.fileName() }, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Switchyard"));
        r = run({ QStringLiteral("chats"), QStringLiteral("--format"), QStringLiteral("json") }, {}, e);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    }

    void chatsMistakesExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("fileContent"); // written to FILE, which the args may name
        const QString file = QStringLiteral("FILE");
        QTest::newRow("unknown-id") << QStringList { QStringLiteral("export"), QStringLiteral("9999") } << QByteArray();
        QTest::newRow("not-an-id") << QStringList { QStringLiteral("export"), QStringLiteral("abc") } << QByteArray();
        QTest::newRow("no-id") << QStringList { QStringLiteral("export") } << QByteArray();
        QTest::newRow("export-format") << QStringList { QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv") } << QByteArray();
        QTest::newRow("list-format") << QStringList { QStringLiteral("--format"), QStringLiteral("md") } << QByteArray();
        QTest::newRow("unknown-action") << QStringList { QStringLiteral("delete"), QStringLiteral("1") } << QByteArray();
        QTest::newRow("missing-file") << QStringList { QStringLiteral("import"), QStringLiteral("/nonexistent/conversations.json") } << QByteArray();
        QTest::newRow("not-json") << QStringList { QStringLiteral("import"), file } << QByteArray("not json at all");
        QTest::newRow("cycle") << QStringList { QStringLiteral("import"), file }
                               << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t", "messages": [
                                      {"id": 1, "role": "user", "content": "ok"},
                                      {"id": 2, "parent": 3, "role": "user", "content": "x"}, {"id": 3, "parent": 2, "role": "user", "content": "y"}]})");
    }

    void chatsMistakesExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, fileContent);
        const QProcessEnvironment e = profile(QStringLiteral("chats-mistakes"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent);
        file.close();
        args.replaceInStrings(QStringLiteral("FILE"), path);
        const Run r = run(QStringList { QStringLiteral("chats") } + args, {}, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.trimmed().endsWith('.') || r.err.trimmed().endsWith('`'), r.err.constData());
        // Nothing half-imported.
        const Run list = run({ QStringLiteral("chats"), QStringLiteral("--format"), QStringLiteral("json") }, {}, e);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
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
