#include "CliProcess.h"
#include "MockProvider.h"
#include "TestEnv.h"
#include "chat/ChatParams.h"
#include "config/AppSettings.h"
#include "session/AppContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// `ask` with files, parameters and presets, and `presets`, through the real binary against
// the loopback mock; the body checked is the one the mock received.
class TestCliAsk : public QObject {
    Q_OBJECT

    MockProvider m_mock;

    static QProcessEnvironment keys()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-env"));
        e.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-env"));
        return e;
    }

    QStringList ask(const QStringList& extra) const
    {
        return QStringList { QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("deepseek/deepseek-chat"),
                             QStringLiteral("--base-url"), m_mock.baseUrl() }
            + extra;
    }

    static QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = TestEnv::root() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The ledger as `usage --log` prints it: a refused request must leave it as it was.
    static QByteArray ledger()
    {
        return CliProcess::run({ QStringLiteral("usage"), QStringLiteral("--log"), QStringLiteral("--format"), QStringLiteral("json") }).out;
    }

    // The newest ledger row's routing column, read from the file the CLI wrote.
    static QString lastRouting()
    {
        QString routing = QStringLiteral("<no row>");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger"));
            db.setDatabaseName(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/switchyard/switchyard/switchyard.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT routing FROM usage_ledger ORDER BY id DESC LIMIT 1")) && q.next())
                routing = q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ledger"));
        return routing;
    }

    void answerOnce() { m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse")))); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen()); }
    void cleanup() { QCOMPARE(m_mock.pendingResponses(), 0); }

    void attachmentsAndEveryParameterEndToEnd()
    {
        const QString png = write(QStringLiteral("shot.png"), QByteArray("\x89PNG\r\n\x1a\nIMG", 11));
        const QString notes = write(QStringLiteral("notes.txt"), "hello\n");
        answerOnce();
        const CliRun r = CliProcess::run(ask({ QStringLiteral("-a"), png, QStringLiteral("--attach"), notes, QStringLiteral("-s"),
                                               QStringLiteral("Be brief."), QStringLiteral("--temperature"), QStringLiteral("0.5"),
                                               QStringLiteral("--top-p"), QStringLiteral("0.9"), QStringLiteral("--seed"),
                                               QStringLiteral("7"), QStringLiteral("--stop"), QStringLiteral("END"),
                                               QStringLiteral("--stop"), QStringLiteral("FIN"), QStringLiteral("--reasoning"),
                                               QStringLiteral("low"), QStringLiteral("--max-tokens"), QStringLiteral("50"),
                                               QStringLiteral("What is this?") }),
                                         {}, keys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(!r.out.isEmpty());
        const QByteArray expected = "{\"max_tokens\":50,\"messages\":[{\"content\":\"Be brief.\",\"role\":\"system\"},{\"content\":["
                                    "{\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgpJTUc=\"},\"type\":\"image_url\"},"
                                    "{\"text\":\"[File: notes.txt]\\nhello\\n\",\"type\":\"text\"},"
                                    "{\"text\":\"What is this?\",\"type\":\"text\"}],\"role\":\"user\"}],"
                                    "\"model\":\"deepseek/deepseek-chat\",\"reasoning\":{\"effort\":\"low\"},\"seed\":7,"
                                    "\"stop\":[\"END\",\"FIN\"],\"stream\":true,\"temperature\":0.5,\"top_p\":0.9,"
                                    "\"usage\":{\"include\":true}}";
        QCOMPARE(m_mock.requests().constLast().body, expected);
    }

    // An image over 2048 px is scaled down before it is sent, as the window does, unless
    // --keep-image-size; the file on disk is left as it was.
    void largeImagesAreScaledUnlessKept()
    {
        QImage big(3000, 1500, QImage::Format_RGB32);
        big.fill(Qt::darkCyan);
        const QString path = TestEnv::root() + QStringLiteral("/wide.png");
        QVERIFY(big.save(path, "PNG"));
        const qint64 onDisk = QFileInfo(path).size();
        for (const bool keep : { false, true }) {
            answerOnce();
            QStringList extra { QStringLiteral("-a"), path, QStringLiteral("How wide?") };
            if (keep)
                extra.prepend(QStringLiteral("--keep-image-size"));
            const CliRun r = CliProcess::run(ask(extra), {}, keys());
            QCOMPARE(r.exitCode, 0);
            const QJsonArray content = QJsonDocument::fromJson(m_mock.requests().constLast().body)
                                           .object()
                                           .value(QLatin1String("messages"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toArray();
            const QString url = content.first().toObject().value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString();
            QVERIFY2(url.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(url.left(40)));
            const QImage sent = QImage::fromData(QByteArray::fromBase64(url.mid(url.indexOf(u',') + 1).toLatin1()), "PNG");
            QCOMPARE(sent.size(), keep ? QSize(3000, 1500) : QSize(2048, 1024));
        }
        QCOMPARE(QFileInfo(path).size(), onDisk);
    }

    // Nothing is sent and no ledger row is written for a file that cannot go.
    void refusedFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QStringList { QStringLiteral("-a"), TestEnv::root() + QStringLiteral("/nope.png") } << "does not exist";
        QTest::newRow("folder") << QStringList { QStringLiteral("-a"), TestEnv::root() } << "folder";
        QTest::newRow("binary") << QStringList { QStringLiteral("-a"), write(QStringLiteral("blob.bin"), QByteArray("\0\1\2\3", 4)) }
                                << "cannot be attached";
        QTest::newRow("PDF to Ollama")
            << QStringList { QStringLiteral("-p"), QStringLiteral("ollama"), QStringLiteral("-a"), write(QStringLiteral("a.pdf"), "%PDF-1.4 x") }
            << "takes no PDF";
        QTest::newRow("bad temperature") << QStringList { QStringLiteral("--temperature"), QStringLiteral("7") } << "temperature";
        QTest::newRow("bad effort") << QStringList { QStringLiteral("--reasoning"), QStringLiteral("max") } << "low, medium or high";
        QTest::newRow("unknown preset") << QStringList { QStringLiteral("--preset"), QStringLiteral("Nobody") } << "Careful reasoner";
    }
    void refusedFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const QByteArray before = ledger();
        const qsizetype sent = m_mock.requests().size();
        const CliRun r = CliProcess::run(ask(args << QStringLiteral("hi")), {}, keys());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one sentence
        QCOMPARE(m_mock.requests().size(), sent);
        QCOMPARE(ledger(), before);
    }

    // A preset gives the system prompt and parameters; a flag given wins.
    void presetUnderExplicitFlags()
    {
        answerOnce();
        CliRun r = CliProcess::run(ask({ QStringLiteral("--preset"), QStringLiteral("Code reviewer"), QStringLiteral("hi") }), {}, keys());
        QCOMPARE(r.exitCode, 0);
        QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
        QVERIFY(body.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("content")).toString().contains(QLatin1String("code reviewer")));
        answerOnce();
        r = CliProcess::run(ask({ QStringLiteral("--preset"), QStringLiteral("Code reviewer"), QStringLiteral("--temperature"),
                                  QStringLiteral("0.9"), QStringLiteral("-s"), QStringLiteral("Mine."), QStringLiteral("hi") }),
                            {}, keys());
        QCOMPARE(r.exitCode, 0);
        body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.9);
        QCOMPARE(body.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("content")).toString(), QStringLiteral("Mine."));
    }

    // A parameter the provider does not take: one warning line, left out of the body.
    void droppedParameterIsSaid()
    {
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("anthropic-stream-basic.sse"))));
        const CliRun r = CliProcess::run({ QStringLiteral("ask"), QStringLiteral("-p"), QStringLiteral("anthropic"), QStringLiteral("-m"),
                                           QStringLiteral("claude-sonnet-4-5"), QStringLiteral("--base-url"),
                                           QStringLiteral("http://127.0.0.1:%1/v1").arg(m_mock.port()), QStringLiteral("--seed"),
                                           QStringLiteral("3"), QStringLiteral("hi") },
                                         {}, keys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray("Not sent: seed (Anthropic does not take a seed).\n"));
        QVERIFY(!QJsonDocument::fromJson(m_mock.requests().constLast().body).object().contains(QLatin1String("seed")));
    }

    // Every routing flag and two -m against the mock: the exact body received, and the
    // ledger row keeps exactly the routing that went.
    // The defaults for new chats (Settings → New Chats) apply to `ask` too; flags win.
    void newChatDefaultsApply()
    {
        AppContext::setApplicationIdentity(); // the settings file the CLI reads
        ChatParams defaults;
        defaults.systemPrompt = QStringLiteral("Default system.");
        defaults.temperature = 0.7;
        AppSettings().setDefaultChatParams(defaults);
        for (const bool flag : { false, true }) {
            answerOnce();
            QStringList extra { QStringLiteral("Hi") };
            if (flag)
                extra = QStringList { QStringLiteral("--temperature"), QStringLiteral("0.2") } + extra;
            const CliRun r = CliProcess::run(ask(extra), {}, keys());
            QCOMPARE(r.exitCode, 0);
            const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), flag ? 0.2 : 0.7);
            const QJsonObject system = body.value(QLatin1String("messages")).toArray().first().toObject();
            QCOMPARE(system.value(QLatin1String("role")).toString(), QStringLiteral("system"));
            QCOMPARE(system.value(QLatin1String("content")).toString(), QStringLiteral("Default system."));
        }
        AppSettings().setDefaultChatParams({});
    }

    void routingFlagsEndToEnd()
    {
        answerOnce();
        const CliRun r = CliProcess::run(
            ask({ QStringLiteral("-m"), QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("--provider-order"),
                  QStringLiteral("anthropic, deepinfra"), QStringLiteral("--provider-only"), QStringLiteral("anthropic,deepinfra,novita"),
                  QStringLiteral("--provider-ignore"), QStringLiteral("together"), QStringLiteral("--sort"), QStringLiteral("price"),
                  QStringLiteral("--no-fallbacks"), QStringLiteral("--deny-data-collection"), QStringLiteral("--zdr"),
                  QStringLiteral("--max-price"), QStringLiteral("1/2.50"), QStringLiteral("--quantizations"),
                  QStringLiteral("int8,fp8"), QStringLiteral("hi") }),
            {}, keys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QByteArray routing = R"("models":["deepseek/deepseek-chat","openai/gpt-4o-mini"],"provider":{"allow_fallbacks":false,)"
                                   R"("data_collection":"deny","ignore":["together"],"max_price":{"completion":2.5,"prompt":1},)"
                                   R"("only":["anthropic","deepinfra","novita"],"order":["anthropic","deepinfra"],)"
                                   R"("quantizations":["int8","fp8"],"sort":"price","zdr":true})";
        QCOMPARE(m_mock.requests().constLast().body,
                 R"({"messages":[{"content":"hi","role":"user"}],"model":"deepseek/deepseek-chat",)" + routing
                     + R"(,"stream":true,"usage":{"include":true}})");
        QCOMPARE(lastRouting(), QString::fromUtf8("{" + routing + "}"));

        // Nothing routing-related asked: nothing sent, and the ledger's column stays empty.
        answerOnce();
        QCOMPARE(CliProcess::run(ask({ QStringLiteral("hi") }), {}, keys()).exitCode, 0);
        QVERIFY(!m_mock.requests().constLast().body.contains("\"provider\""));
        QCOMPARE(lastRouting(), QStringLiteral("<null>"));
    }

    // A bad routing value: exit 2 with one sentence, nothing sent, no ledger row.
    void badRoutingFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char* name, const QStringList& args, const char* mentions) {
            QTest::newRow(name) << args << QString::fromUtf8(mentions);
        };
        row("sort unknown", { QStringLiteral("--sort"), QStringLiteral("cheapest") }, "price, throughput or latency");
        row("max price without out", { QStringLiteral("--max-price"), QStringLiteral("1") }, "such as 1/2");
        row("max price empty side", { QStringLiteral("--max-price"), QStringLiteral("1/") }, "such as 1/2");
        row("max price not a number", { QStringLiteral("--max-price"), QStringLiteral("one/2") }, "\"one\"");
        row("max price negative", { QStringLiteral("--max-price"), QStringLiteral("1/-2") }, "output price");
        row("max price too precise", { QStringLiteral("--max-price"), QStringLiteral("1/0.12345678901234567891") }, "digits");
        row("quantization unknown", { QStringLiteral("--quantizations"), QStringLiteral("int8,q4") }, "\"q4\"");
        row("quantizations empty", { QStringLiteral("--quantizations"), QStringLiteral(",") }, "--quantizations");
        row("order not slugs", { QStringLiteral("--provider-order"), QStringLiteral("Anthropic") }, "\"Anthropic\"");
        row("only empty", { QStringLiteral("--provider-only"), QStringLiteral(" ") }, "--provider-only");
        row("ignore with a space", { QStringLiteral("--provider-ignore"), QStringLiteral("deep infra") }, "\"deep infra\"");
        row("only and ignore meet", { QStringLiteral("--provider-only"), QStringLiteral("openai"), QStringLiteral("--provider-ignore"),
                                      QStringLiteral("openai") },
            "both");
        row("bad value for another provider too",
            { QStringLiteral("-p"), QStringLiteral("anthropic"), QStringLiteral("--sort"), QStringLiteral("fastest") }, "latency");
    }
    void badRoutingFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const QByteArray before = ledger();
        const qsizetype sent = m_mock.requests().size();
        const CliRun r = CliProcess::run(ask(args << QStringLiteral("hi")), {}, keys());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY2(r.err.startsWith("switchyard ask: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one sentence
        QCOMPARE(m_mock.requests().size(), sent);
        QCOMPARE(ledger(), before);
    }

    // A provider that is not OpenRouter: fallbacks and routing are left out, and said.
    void routingElsewhereIsSaid()
    {
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("anthropic-stream-basic.sse"))));
        const CliRun r = CliProcess::run({ QStringLiteral("ask"), QStringLiteral("-p"), QStringLiteral("anthropic"), QStringLiteral("-m"),
                                           QStringLiteral("claude-sonnet-4-5"), QStringLiteral("-m"), QStringLiteral("claude-haiku-4-5"),
                                           QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_mock.port()),
                                           QStringLiteral("--zdr"), QStringLiteral("hi") },
                                         {}, keys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray("Not sent: fallback models (Anthropic takes one model, not a fallback list); provider routing "
                                   "(Anthropic takes no provider routing preferences).\n"));
        const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
        QVERIFY(!body.contains(QLatin1String("models")));
        QVERIFY(!body.contains(QLatin1String("provider")));
        QCOMPARE(lastRouting(), QStringLiteral("<null>"));
    }

    void presetsListExportImport()
    {
        CliRun r = CliProcess::run({ QStringLiteral("presets"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
        QVERIFY(listed.size() >= 5);
        QVERIFY(r.out.contains("\"Translator\""));

        const QString file = write(QStringLiteral("presets.json"),
                                   R"({"switchyard_presets":1,"presets":[{"name":"Terse","model":"openai/gpt-4o-mini","params":{"system":"One line.","max_tokens":40}}]})");
        r = CliProcess::run({ QStringLiteral("presets"), QStringLiteral("import"), file });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Imported 1 preset.\n"));
        const QString out = TestEnv::root() + QStringLiteral("/exported.json");
        r = CliProcess::run({ QStringLiteral("presets"), QStringLiteral("export"), out });
        QCOMPARE(r.exitCode, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray presets = QJsonDocument::fromJson(exported.readAll()).object().value(QLatin1String("presets")).toArray();
        QCOMPARE(presets.size(), 1);
        QCOMPARE(presets.first().toObject().value(QLatin1String("params")).toObject().value(QLatin1String("max_tokens")).toInt(), 40);

        // The imported preset drives ask: its model and limit.
        answerOnce();
        r = CliProcess::run({ QStringLiteral("ask"), QStringLiteral("--base-url"), m_mock.baseUrl(), QStringLiteral("--preset"),
                              QStringLiteral("Terse"), QStringLiteral("hi") },
                            {}, keys());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 40);

        const QString bad = write(QStringLiteral("bad.json"), R"({"presets":[{"name":"A"},{"name":"B","params":{"seed":"x"}}]})");
        r = CliProcess::run({ QStringLiteral("presets"), QStringLiteral("import"), bad });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"B\"") && r.err.contains("seed"), r.err.constData());
        QVERIFY(!CliProcess::run({ QStringLiteral("presets"), QStringLiteral("--format"), QStringLiteral("json") }).out.contains("\"A\""));
    }
};

SWITCHYARD_TEST_MAIN(TestCliAsk, QCoreApplication)
#include "test_cliask.moc"
