#include "MockProvider.h"
#include "TestEnv.h"
#include "openrouter/OpenRouterConnect.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000oauth0000000000000000000000000000000000000000000";
const QByteArray kCode = "auth-code-7f3a";

QStringList g_log;
void capture(QtMsgType, const QMessageLogContext& context, const QString& text)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + text);
}
} // namespace

// The browser sign-in against the loopback fake of POST /auth/keys: the test plays the
// browser (a GET of the callback URL with a code and the state). Keys live in the
// KeyStore's session memory here; the CLI test stores them in the real keychain.
class TestOpenRouterConnect : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    KeyStore m_keys;
    ProviderPreset m_preset;
    MockProvider m_mock;

    QPair<KeyStore::Status, QString> stored()
    {
        QPair<KeyStore::Status, QString> result { KeyStore::Status::Failed, {} };
        bool done = false;
        m_keys.readStored(m_preset.id, [&](KeyStore::Status s, const QString& k, KeyStore::Source) {
            result = { s, k };
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return result;
    }

    void forget()
    {
        bool done = false;
        m_keys.remove(m_preset.id, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
    }

    // The browser coming back: GET of the callback URL plus these query items. Returns the page.
    QPair<int, QByteArray> callBack(const QUrl& callback, const QList<QPair<QString, QString>>& items)
    {
        QUrl url = callback;
        QUrlQuery query(url);
        for (const auto& item : items) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, item.second);
        }
        url.setQuery(query);
        QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        [&] { QVERIFY(done.wait(20000)); }();
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    QByteArray challengeOf(const QUrl& authUrl)
    {
        return QUrlQuery(authUrl).queryItemValue(QStringLiteral("code_challenge")).toLatin1();
    }

    QUrl callbackOf(const QUrl& authUrl)
    {
        return QUrl(QUrlQuery(authUrl).queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<OpenRouterConnect::Result>();
        m_keys.setMemoryFallback(true);
        m_preset = ProviderRegistry().find(QStringLiteral("openrouter"));
        QVERIFY(m_preset.isValid());
        QVERIFY(m_mock.listen());
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QVERIFY(!g_log.isEmpty()); // debug logging really was on
        for (const QString& line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QLatin1String(kCanary)), "the key reached a log line");
            QVERIFY2(!line.contains(QLatin1String(kCode)), "the code reached a log line");
        }
    }

    void init()
    {
        forget();
        m_mock.clearRoutes();
    }

    // RFC 7636 appendix B, and no padding.
    void challengeIsS256Base64Url()
    {
        QCOMPARE(OpenRouterConnect::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void authPageIsTheOriginsAuth()
    {
        QCOMPARE(OpenRouterConnect::authPageFor(QUrl(QStringLiteral("https://openrouter.ai/api/v1"))), QUrl(QStringLiteral("https://openrouter.ai/auth")));
        QCOMPARE(OpenRouterConnect::authPageFor(QUrl(QStringLiteral("https://openrouter.ai/api/v1/"))), QUrl(QStringLiteral("https://openrouter.ai/auth")));
        QCOMPARE(OpenRouterConnect::authPageFor(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1"))), QUrl(QStringLiteral("http://127.0.0.1:9/auth")));
        QVERIFY(OpenRouterConnect::appliesTo(m_preset));
        QVERIFY(!OpenRouterConnect::appliesTo(ProviderRegistry().find(QStringLiteral("anthropic"))));
    }

    void connectsAndStoresTheKey()
    {
        OpenRouterConnect flow(&m_nam, &m_keys);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        const QUrl auth = flow.authUrl();
        QCOMPARE(auth.toString(QUrl::RemoveQuery), QStringLiteral("http://127.0.0.1:%1/auth").arg(m_mock.port()));
        const QUrlQuery query(auth);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        const QByteArray challenge = challengeOf(auth);
        QCOMPARE(challenge.size(), 43); // SHA-256, base64url, no padding
        QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
        const QUrl callback = callbackOf(auth);
        QCOMPARE(callback.host(), QStringLiteral("localhost"));
        QCOMPARE(callback.path(), QStringLiteral("/callback"));
        QVERIFY(callback.port() > 0);
        QVERIFY(QUrlQuery(callback).queryItemValue(QStringLiteral("state")).size() >= 20);
        QCOMPARE(callback, flow.callbackUrl());

        m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, challenge));
        const auto page = callBack(callback, { { QStringLiteral("code"), QString::fromLatin1(kCode) } });
        QCOMPARE(page.first, 200);
        QVERIFY(page.second.contains("You can close this tab"));
        QVERIFY(!page.second.contains(kCanary));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::Connected);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QCOMPARE(stored(), qMakePair(KeyStore::Status::Ok, QString::fromLatin1(kCanary)));

        // The exchange as documented, to the base URL's /auth/keys.
        const RecordedRequest& exchange = m_mock.requests().constLast();
        QCOMPARE(exchange.path, QByteArray("/api/v1/auth/keys"));
        const QJsonObject body = QJsonDocument::fromJson(exchange.body).object();
        QCOMPARE(body.value(QLatin1String("code")).toString(), QString::fromLatin1(kCode));
        QCOMPARE(body.value(QLatin1String("code_challenge_method")).toString(), QStringLiteral("S256"));
        QCOMPARE(body.value(QLatin1String("code_verifier")).toString().size(), 43); // 32 random bytes
        QVERIFY(exchange.header("Authorization").isEmpty());

        // One callback only: the listener is closed.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        QVERIFY(!probe.waitForConnected(3000));
    }

    // A callback without the right state is refused: nothing exchanged, nothing stored.
    void wrongStateIsRefused_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("another state") << "forged-state-0000000000";
        QTest::newRow("no state") << "";
    }
    void wrongStateIsRefused()
    {
        QFETCH(QString, state);
        OpenRouterConnect flow(&m_nam, &m_keys);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, challengeOf(flow.authUrl())));
        const int before = int(m_mock.requests().size());
        QUrl callback = flow.callbackUrl();
        callback.setQuery(QString());
        QList<QPair<QString, QString>> items { { QStringLiteral("code"), QString::fromLatin1(kCode) } };
        if (!state.isEmpty())
            items.append({ QStringLiteral("state"), state });
        const auto page = callBack(callback, items);
        QCOMPARE(page.first, 400);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::WrongState);
        const QString sentence = finished.first().at(1).toString();
        QVERIFY(sentence.contains(QLatin1String("state did not match")));
        QCOMPARE(sentence.count(u'.'), 1);
        QCOMPARE(int(m_mock.requests().size()), before);
        QCOMPARE(stored().first, KeyStore::Status::NotFound);
    }

    // OpenRouter refuses the exchange (a wrong verifier gives 403, a bad method 400): one
    // sentence, no key.
    void refusedExchangeStoresNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403 invalid code or verifier") << 403;
        QTest::newRow("400 bad request") << 400;
    }
    void refusedExchangeStoresNothing()
    {
        QFETCH(int, status);
        OpenRouterConnect flow(&m_nam, &m_keys);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        if (status == 403) {
            m_mock.route("POST", "/auth/keys", MockProvider::authKeys(kCode, kCanary, "not-the-challenge"));
        } else {
            m_mock.route("POST", "/auth/keys", [](const RecordedRequest&) {
                return MockResponse::json(400, R"({"error":{"code":400,"message":"Invalid code_challenge_method"}})");
            });
        }
        const auto page = callBack(flow.callbackUrl(), { { QStringLiteral("code"), QString::fromLatin1(kCode) } });
        QCOMPARE(page.first, 400);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::Refused);
        const QString sentence = finished.first().at(1).toString();
        QVERIFY2(sentence.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("no key was stored")));
        QVERIFY(page.second.contains("no key was stored"));
        QCOMPARE(stored().first, KeyStore::Status::NotFound);
    }

    void noCodeMeansDenied()
    {
        OpenRouterConnect flow(&m_nam, &m_keys);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        callBack(flow.callbackUrl(), { { QStringLiteral("error"), QStringLiteral("access_denied") } });
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::Denied);
        QCOMPARE(stored().first, KeyStore::Status::NotFound);
    }

    // Other paths (a favicon) do not end the wait; cancel does, and closes the port.
    void otherPathsAreIgnoredAndCancelCloses()
    {
        OpenRouterConnect flow(&m_nam, &m_keys);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        QUrl favicon = flow.callbackUrl();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        favicon.setQuery(QString());
        QCOMPARE(callBack(favicon, {}).first, 404);
        QVERIFY(flow.isRunning());
        QVERIFY(finished.isEmpty());
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::Cancelled);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(flow.callbackUrl().port()));
        QVERIFY(!probe.waitForConnected(3000));
    }

    void noAnswerInTimeStoresNothing()
    {
        OpenRouterConnect flow(&m_nam, &m_keys);
        flow.setTimeoutMs(50);
        QSignalSpy finished(&flow, &OpenRouterConnect::finished);
        QVERIFY(flow.start(m_preset, m_mock.baseUrl()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<OpenRouterConnect::Result>(), OpenRouterConnect::Result::TimedOut);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("five minutes")));
        QVERIFY(!flow.isRunning());
    }
};

SWITCHYARD_TEST_MAIN(TestOpenRouterConnect, QCoreApplication)
#include "test_openrouterconnect.moc"
