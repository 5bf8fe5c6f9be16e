#include "CliProcess.h"
#include "MockProvider.h"
#include "TestEnv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000connect00000000000000000000000000000000000000000";
const QByteArray kCode = "cli-code-91b2";
} // namespace

// `switchyard keys connect openrouter` as a user runs it: the real binary prints the sign-in
// address and waits; the test plays the browser (GET of the callback with a code and the
// state) and OpenRouter (the loopback fake of POST /auth/keys).
class TestKeysConnect : public QObject {
    Q_OBJECT

private:
    MockProvider m_mock;
    QNetworkAccessManager m_nam;

    struct Running {
        std::unique_ptr<QProcess> process;
        QUrl authUrl;
    };

    // Starts the command (no display: no browser is opened) and reads the address it prints.
    Running start(bool verbose = false)
    {
        Running r;
        r.process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (verbose)
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        r.process->setProcessEnvironment(env);
        r.process->start(TestEnv::switchyardBinary(), QStringList { QStringLiteral("keys"), QStringLiteral("connect"), QStringLiteral("openrouter"),
                                                                    QStringLiteral("--base-url"), m_mock.baseUrl() });
        r.process->closeWriteChannel();
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            QSignalSpy ready(r.process.get(), &QProcess::readyReadStandardOutput);
            if (!r.process->bytesAvailable())
                ready.wait(200);
            out += r.process->readAllStandardOutput();
        }
        r.authUrl = QUrl(QString::fromUtf8(out.trimmed()), QUrl::StrictMode);
        return r;
    }

    QUrl callbackOf(const QUrl& authUrl)
    {
        return QUrl(QUrlQuery(authUrl).queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
    }

    int browserVisits(const QUrl& url)
    {
        QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        [&] { QVERIFY(done.wait(30000)); }();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    CliRun finish(Running& r)
    {
        QSignalSpy done(r.process.get(), &QProcess::finished);
        if (r.process->state() != QProcess::NotRunning && !done.wait(30000))
            r.process->kill();
        return { r.process->exitStatus() == QProcess::NormalExit ? r.process->exitCode() : -1, r.process->readAllStandardOutput(),
                 r.process->readAllStandardError() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
    }

    void init()
    {
        m_mock.clearRoutes();
    }

    void wrongStateExitsThreeAndStoresNothing()
    {
        Running r = start();
        QVERIFY2(r.authUrl.isValid() && !r.authUrl.isEmpty(), "no address on stdout");
        m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, QUrlQuery(r.authUrl).queryItemValue(QStringLiteral("code_challenge")).toLatin1()));
        QUrl callback = callbackOf(r.authUrl);
        QCOMPARE(callback.host(), QStringLiteral("localhost"));
        callback.setQuery(QStringLiteral("state=forged&code=") + QString::fromLatin1(kCode));
        const int requestsBefore = int(m_mock.requests().size());
        QCOMPARE(browserVisits(callback), 400);
        const CliRun result = finish(r);
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.count('\n'), 2); // the "open this address" line, then the one sentence
        QVERIFY(result.err.contains("state did not match"));
        QCOMPARE(int(m_mock.requests().size()), requestsBefore); // nothing exchanged
    }

    void refusedExchangeExitsThree()
    {
        Running r = start();
        QVERIFY(r.authUrl.isValid());
        m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, "a-challenge-that-does-not-match"));
        QUrl callback = callbackOf(r.authUrl);
        QUrlQuery query(callback);
        query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(kCode));
        callback.setQuery(query);
        QCOMPARE(browserVisits(callback), 400);
        const CliRun result = finish(r);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("refused the sign-in code (HTTP 403)"), result.err.constData());
        QVERIFY(result.out.isEmpty()); // nothing after the address start() read
    }

    void badArgumentsAreUsageErrors()
    {
        CliRun r = CliProcess::run({ QStringLiteral("keys"), QStringLiteral("connect"), QStringLiteral("anthropic") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        r = CliProcess::run({ QStringLiteral("keys"), QStringLiteral("connect"), QStringLiteral("openrouter"), QStringLiteral("--base-url"),
                              QStringLiteral("ftp://example.invalid") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }

    // The key lands in the real keychain (the test script's private gnome-keyring) and
    // nowhere else: not in stdout, stderr with debug logging on, argv, or any file.
    void connectStoresTheKeyInTheKeychainOnly()
    {
        if (!TestEnv::privateKeyringAvailable())
            QSKIP("needs the private keyring of scripts/test.sh");
        CliProcess::run({ QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("openrouter") });
        Running r = start(true);
        QVERIFY(r.authUrl.isValid());
        QVERIFY(!r.process->arguments().join(u' ').contains(QLatin1String(kCanary)));
        m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, QUrlQuery(r.authUrl).queryItemValue(QStringLiteral("code_challenge")).toLatin1()));
        QUrl callback = callbackOf(r.authUrl);
        QUrlQuery query(callback);
        query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(kCode));
        callback.setQuery(query);
        QCOMPARE(browserVisits(callback), 200);
        const CliRun result = finish(r);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("Connected OpenRouter"), result.err.constData());
        QByteArray logs = result.out + result.err;

        CliRun list = CliProcess::run({ QStringLiteral("keys"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("openrouter") && list.out.contains("keychain"));
        logs += list.out + list.err;

        // The next request carries the stored key.
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        QProcessEnvironment noEnvKey;
        noEnvKey.insert(QStringLiteral("OPENROUTER_API_KEY"), QString());
        const CliRun ask = CliProcess::run({ QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"),
                                             QStringLiteral("--base-url"), m_mock.baseUrl(), QStringLiteral("hi") },
                                           {}, noEnvKey);
        QCOMPARE(ask.exitCode, 0);
        QCOMPARE(m_mock.requests().constLast().header("Authorization"), "Bearer " + kCanary);
        logs += ask.out + ask.err;

        QVERIFY(logs.contains("switchyard.")); // debug logging was on
        QVERIFY2(!logs.contains(kCanary), "the key reached stdout, stderr or a log line");
        QVERIFY(!logs.contains(kCode));
        QCOMPARE(TestEnv::filesContaining(TestEnv::root(), kCanary), QStringList());
        QCOMPARE(TestEnv::filesContaining(qEnvironmentVariable("HOME"), kCanary), QStringList());

        CliProcess::run({ QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("openrouter") });
    }
};

SWITCHYARD_TEST_MAIN(TestKeysConnect, QCoreApplication)
#include "test_keysconnect.moc"
