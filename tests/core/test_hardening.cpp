#include "MockProvider.h"
#include "TestEnv.h"
#include "net/HttpStream.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"
#include "util/TextFormat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <unistd.h>

namespace {
const QString kCanary = QStringLiteral("sk-or-v1-canary0000harden0000000000000000000000000000000000000000");

MockResponse redirect(int status, const QByteArray& location)
{
    MockResponse r = MockResponse::json(status, "{}");
    r.headers.append({ QByteArray("Location"), location });
    return r;
}

MockResponse withCost(const QByteArray& cost)
{
    QByteArray body = TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"));
    const qsizetype at = body.indexOf("\"cost\":");
    Q_ASSERT(at > 0);
    const qsizetype end = body.indexOf(',', at);
    const QByteArray replacement = QByteArray("\"cost\":") + cost;
    body.replace(at, end - at, replacement);
    return MockResponse::sse(body);
}

qint64 scalar(Database* db, const QString& sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Holds the write lock of the database file from another connection, on its own thread.
class LockHolder final : public QThread {
public:
    LockHolder(QString path, int holdMs)
        : m_path(std::move(path))
        , m_holdMs(holdMs)
    {
    }
    QAtomicInt locked;

protected:
    void run() override
    {
        Database db;
        if (!db.open(m_path, nullptr))
            return;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return;
        locked.storeRelease(1);
        QThread::msleep(ulong(m_holdMs));
        q.exec(QStringLiteral("COMMIT"));
    }

private:
    QString m_path;
    int m_holdMs;
};
} // namespace

// The failures a security and robustness audit found: keys following redirects,
// hangs, crashes on bad databases, ledger rows lost, untrusted text, absurd money.
class TestHardening : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MockProvider> m_mock;

    ChatRunner::Options fastOptions()
    {
        ChatRunner::Options o;
        o.idleTimeoutMs = 3000;
        o.retryBaseDelayMs = 30;
        o.saveIntervalMs = 20;
        return o;
    }

    ChatOutcome run(ChatRunner& runner, const QString& baseUrl = {})
    {
        ChatRequest request;
        request.providerId = QStringLiteral("openrouter");
        request.models = { QStringLiteral("deepseek/deepseek-chat") };
        request.messages = { { QStringLiteral("user"), QStringLiteral("Why is the sky blue?") } };
        request.baseUrlOverride = baseUrl.isEmpty() ? m_mock->baseUrl() : baseUrl;
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request);
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(30000)); }();
        return finished.isEmpty() ? ChatOutcome() : finished.first().first().value<ChatOutcome>();
    }

    Database* db() const { return m_context->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        qRegisterMetaType<HttpStream::Result>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->keys()->setMemoryFallback(true);
        bool done = false;
        m_context->keys()->write(QStringLiteral("openrouter"), kCanary, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
    }

    void init()
    {
        m_mock = std::make_unique<MockProvider>();
        QVERIFY(m_mock->listen());
    }

    // --- Retry-After and origins, as pure functions -------------------------------------

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("overflows int ms") << QByteArray("2147484") << HttpStream::kMaxTimerMs;
        QTest::newRow("twenty digits") << QByteArray("99999999999999999999") << HttpStream::kMaxTimerMs;
        QTest::newRow("IMF-fixdate") << QByteArray("Mon, 23 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("RFC 850") << QByteArray("Monday, 23-Nov-26 10:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Mon Nov 23 10:00:05 2026") << qint64(5000);
        QTest::newRow("in the past") << QByteArray("Sun, 22 Nov 2026 10:00:00 GMT") << qint64(0);
        QTest::newRow("far future") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << HttpStream::kMaxTimerMs;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(HttpStream::retryAfterMs(header, now), expected);
    }

    void sameOrigin()
    {
        const auto u = [](const char* s) { return QUrl(QString::fromLatin1(s)); };
        QVERIFY(HttpStream::sameOrigin(u("https://openrouter.ai/api/v1"), u("https://OpenRouter.ai:443/other")));
        QVERIFY(HttpStream::sameOrigin(u("http://127.0.0.1:8080/a"), u("http://127.0.0.1:8080/b?x=1")));
        QVERIFY(!HttpStream::sameOrigin(u("http://127.0.0.1:8080/a"), u("http://127.0.0.1:8081/a")));
        QVERIFY(!HttpStream::sameOrigin(u("https://openrouter.ai/a"), u("http://openrouter.ai/a")));
        QVERIFY(!HttpStream::sameOrigin(u("https://openrouter.ai/a"), u("https://evil.example/a")));
        QVERIFY(!HttpStream::sameOrigin(u("https://openrouter.ai/a"), u("https://openrouter.ai.evil.example/a")));
    }

    void moderationIsAPromptProblemNotAKeyProblem()
    {
        QCOMPARE(exitCodeFor(ErrorKind::Moderation), 4);
        QCOMPARE(exitCodeFor(ErrorKind::Forbidden), 3);
        QCOMPARE(errorKindName(ErrorKind::Moderation), QStringLiteral("moderation"));
    }

    // --- The key stays with its origin ---------------------------------------------------

    void crossOriginRedirectIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void crossOriginRedirectIsRefused()
    {
        QFETCH(int, status);
        MockProvider elsewhere; // another port on the same host is another origin
        QVERIFY(elsewhere.listen());
        elsewhere.setFallback(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        m_mock->enqueue(redirect(status, elsewhere.baseUrl().toUtf8() + "/chat/completions"));
        const qint64 before = UsageQuery(db()).count();

        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QTest::qWait(100); // give a wrongly followed redirect the time to arrive

        QCOMPARE(elsewhere.requests().size(), 0); // neither the key nor the prompt went there
        QCOMPARE(m_mock->requests().size(), 1);
        QCOMPARE(o.status, RequestStatus::Error);
        QCOMPARE(o.errorKind, ErrorKind::Network);
        QVERIFY2(o.message.contains(QLatin1String("redirected")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QString::number(elsewhere.port())), qPrintable(o.message));
        QVERIFY(!o.message.contains(kCanary));
        QCOMPARE(UsageQuery(db()).count(), before + 1);
        QCOMPARE(UsageQuery(db()).entry(o.ledgerId).status, QStringLiteral("error"));
    }

    void sameOriginRedirectIsFollowed()
    {
        m_mock->enqueue(redirect(307, m_mock->baseUrl().toUtf8() + "/v2/chat/completions"));
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Done);
        QCOMPARE(m_mock->requests().size(), 2);
        const RecordedRequest& second = m_mock->requests().at(1);
        QCOMPARE(second.path, QByteArray("/api/v1/v2/chat/completions"));
        QCOMPARE(second.body, m_mock->requests().at(0).body); // 307 keeps the method and body
    }

    // --- No hangs -------------------------------------------------------------------------

    void hugeRetryAfterIsNotWaitedFor()
    {
        MockResponse busy = MockResponse::json(429, "{}");
        busy.headers.append({ QByteArray("Retry-After"), QByteArray("2147484") });
        m_mock->enqueue(busy);
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        QElapsedTimer clock;
        clock.start();
        const ChatOutcome o = run(runner);
        QCOMPARE(o.errorKind, ErrorKind::RateLimit);
        QCOMPARE(m_mock->requests().size(), 1);
        QVERIFY(clock.elapsed() < 10000);
    }

    void httpDateRetryAfterIsHonoured()
    {
        MockResponse busy = MockResponse::json(503, "{}");
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
        busy.headers.append({ QByteArray("Retry-After"), QLocale::c().toString(soon, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() });
        m_mock->enqueue(busy);
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        QSignalSpy retries(&runner, &ChatRunner::retrying);
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Done);
        QCOMPARE(retries.size(), 1);
        // Whole seconds: the wait is between one and two seconds, not the 30 ms back-off.
        const int delay = retries.first().at(1).toInt();
        QVERIFY2(delay >= 900 && delay <= 2100, qPrintable(QString::number(delay)));
    }

    void keepAliveCommentsMeetTheDeadline()
    {
        QByteArray pings;
        for (int i = 0; i < 400; ++i)
            pings += ": OPENROUTER PROCESSING\n\n";
        MockResponse r = MockResponse::sse(pings, 25);
        r.pieceDelayMs = 20; // a comment every 20 ms: never idle, never done
        m_mock->enqueue(r);
        ChatRunner runner(m_context.get());
        ChatRunner::Options options = fastOptions();
        options.idleTimeoutMs = 2000;
        options.totalTimeoutMs = 800;
        runner.setOptions(options);
        QElapsedTimer clock;
        clock.start();
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Timeout);
        QVERIFY2(o.message.contains(QLatin1String("did not finish")), qPrintable(o.message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(UsageQuery(db()).entry(o.ledgerId).status, QStringLiteral("timeout"));
    }

    // --- Memory follows the user, not the server ---------------------------------------------

    void oversizedLineIsCutAndThePartialKept()
    {
        QByteArray body = "data: {\"id\":\"gen-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}\n\n";
        body += "data: {\"choices\":[{\"delta\":{\"content\":\"" + QByteArray(9 * 1024 * 1024, 'a');
        m_mock->enqueue(MockResponse::sse(body, 64 * 1024));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Error);
        QCOMPARE(o.errorKind, ErrorKind::Protocol);
        QCOMPARE(o.text, QStringLiteral("Hello"));
        QVERIFY2(o.message.contains(QLatin1String("8 MB")), qPrintable(o.message));
        QCOMPARE(UsageQuery(db()).entry(o.ledgerId).status, QStringLiteral("error"));
    }

    void oversizedErrorBodyIsNotRead()
    {
        m_mock->enqueue(MockResponse::json(400, "{\"error\":{\"message\":\"" + QByteArray(20 * 1024 * 1024, 'e') + "\"}}"));
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_mock->baseUrl() + QStringLiteral("/models")));
        HttpStream stream(&nam, request, QByteArray());
        QSignalSpy finished(&stream, &HttpStream::finished);
        stream.start();
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<HttpStream::Result>();
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.kind, ErrorKind::BadRequest);
        QCOMPARE(result.errorBody.size(), HttpStream::kMaxErrorBodyKept);
        // Read up to the limit plus what was already buffered, not twenty megabytes.
        QVERIFY2(result.bytesReceived <= HttpStream::kMaxErrorBodyRead + 2 * HttpStream::kReadBufferBytes,
                 qPrintable(QString::number(result.bytesReceived)));
    }

    void brokenChunksAreCountedAndSaid()
    {
        QByteArray body = TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"));
        const qsizetype second = body.indexOf("data: ", body.indexOf("data: ") + 1);
        body.insert(second, "data: {\"choices\":[{\"delta\":{\"content\":\"broken\n\ndata: not json at all\n\n");
        m_mock->enqueue(MockResponse::sse(body, 5));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY2(o.warning.startsWith(QLatin1String("2 piece")), qPrintable(o.warning));
        QVERIFY(!o.text.contains(QLatin1String("broken")));
    }

    // --- Untrusted text -------------------------------------------------------------------

    void providerTextIsMadePrintable()
    {
        const QByteArray evil = "Bad \\u001b[2J\\u001b]8;;http://evil.example\\u0007click\\u001b]8;;\\u0007\\nrequest\\r\\n"
                                "\\u009b31m\\u202eoverride " + QByteArray(20000, 'x'); // within the 64 KB kept
        m_mock->enqueue(MockResponse::json(400, R"({"error":{"code":400,"message":")" + evil + R"("}})"));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.errorKind, ErrorKind::BadRequest);
        for (QChar c : o.message) {
            const char16_t u = c.unicode();
            QVERIFY2(u >= 0x20 && !(u >= 0x7f && u <= 0x9f) && u != 0x202e, qPrintable(QString::number(u, 16)));
        }
        QVERIFY2(o.message.size() < 600, qPrintable(QString::number(o.message.size())));
        QVERIFY2(o.message.contains(QLatin1String("Bad [2J ]8;;http://evil.example click ]8;; request 31moverride x")), qPrintable(o.message));
        QCOMPARE(TextFormat::printableLine(QStringLiteral("a\tb\n\nc"), 10), QStringLiteral("a b c"));
        QCOMPARE(TextFormat::printableLine(QStringLiteral("abcdefghijkl"), 5), QStringLiteral("abcde") + QChar(0x2026));
    }

    // --- Money that cannot be right -------------------------------------------------------

    void absurdCostIsRecordedAsUnknown_data()
    {
        QTest::addColumn<QByteArray>("cost");
        QTest::newRow("ten million") << QByteArray("1e7");
        QTest::newRow("five million") << QByteArray("5000000");
        QTest::newRow("negative") << QByteArray("-0.5");
    }

    void absurdCostIsRecordedAsUnknown()
    {
        QFETCH(QByteArray, cost);
        const UsageGroup before = [&] {
            const auto groups = UsageQuery(db()).aggregate(UsageGroupBy::Provider, {});
            return groups.isEmpty() ? UsageGroup() : groups.first();
        }();
        m_mock->enqueue(withCost(cost));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY2(o.warning.contains(QLatin1String("cannot be right")), qPrintable(o.warning));
        QVERIFY(!o.usage.cost);
        const LedgerEntry row = UsageQuery(db()).entry(o.ledgerId);
        QVERIFY(!row.cost);
        QCOMPARE(row.costSource, QStringLiteral("unknown"));
        const QList<UsageGroup> after = UsageQuery(db()).aggregate(UsageGroupBy::Provider, {});
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().cost, before.cost); // totals are untouched, never negative
        QVERIFY(after.first().cost >= 0);
        QCOMPARE(after.first().unknownCostRequests, before.unknownCostRequests + 1);
    }

    // --- A request is in the ledger from the moment it is sent ----------------------------

    void rowIsPendingWhileStreaming()
    {
        const QByteArray multibyte = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        MockResponse stall = MockResponse::sse(multibyte, 64);
        stall.stallAfter = multibyte.indexOf("Rayleigh") + 40;
        m_mock->enqueue(stall);
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const qint64 before = UsageQuery(db()).count();
        qint64 pendingSeen = -1;
        qint64 ownerSeen = -1;
        connect(&runner, &ChatRunner::textDelta, &runner, [&] {
            if (pendingSeen >= 0)
                return;
            pendingSeen = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status = 'pending'"));
            ownerSeen = scalar(db(), QStringLiteral("SELECT owner_pid FROM usage_ledger WHERE status = 'pending'"));
            QTimer::singleShot(50, &runner, [&runner] { runner.cancel(); });
        });
        const ChatOutcome o = run(runner);
        QCOMPARE(pendingSeen, qint64(1));
        QCOMPARE(ownerSeen, qint64(::getpid()));
        QCOMPARE(o.status, RequestStatus::Cancelled);
        QCOMPARE(UsageQuery(db()).count(), before + 1); // completed in place, not a second row
        QCOMPARE(UsageQuery(db()).entry(o.ledgerId).status, QStringLiteral("cancelled"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status = 'pending'")), qint64(0));
        // The rollup agrees with the ledger after the update moved the row's share.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT SUM(requests) FROM usage_rollup")),
                 scalar(db(), QStringLiteral("SELECT COUNT(*) FROM usage_ledger")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT SUM(failed) FROM usage_rollup")),
                 scalar(db(), QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status <> 'done'")));
    }

    void pendingRowsOfDeadProcessesBecomeInterrupted()
    {
        const QString path = TestEnv::root() + QStringLiteral("/interrupted.sqlite");
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        {
            Database d;
            QVERIFY(d.open(path, nullptr));
            LedgerEntry e;
            e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            e.provider = QStringLiteral("openrouter");
            e.modelRequested = QStringLiteral("m");
            UsageLedger ledger(&d);
            const qint64 dead = ledger.begin(e);
            const qint64 alive = ledger.begin(e);
            QVERIFY(dead && alive);
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE usage_ledger SET owner_pid = %1 WHERE id = %2").arg(deadPid).arg(dead)));
            QVERIFY(q.exec(QStringLiteral("UPDATE usage_ledger SET owner_pid = %1 WHERE id = %2").arg(::getppid()).arg(alive)));
        }
        AppContext next;
        QString error;
        QVERIFY2(next.open(&error, path), qPrintable(error));
        Database* d = next.database();
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status = 'interrupted' AND error_kind = 'killed'")), qint64(1));
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status = 'pending'")), qint64(1)); // its owner still runs
        QCOMPARE(scalar(d, QStringLiteral("SELECT SUM(requests) FROM usage_rollup")), qint64(2));
    }

    // --- Storage that fails says so, and keeps the row ------------------------------------

    void malformedPagesAreSaidAndMovedAside()
    {
        const QString path = TestEnv::root() + QStringLiteral("/malformed.sqlite");
        {
            Database d;
            QVERIFY(d.open(path, nullptr));
            UsageLedger ledger(&d);
            LedgerEntry e;
            e.provider = QStringLiteral("openrouter");
            e.modelRequested = QString(200, u'm');
            e.status = QStringLiteral("done");
            for (int i = 0; i < 2000; ++i) {
                e.startedAtMs = 1700000000000LL + i * 60000LL;
                QVERIFY(ledger.insert(e));
            }
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QByteArray damaged;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 64 * 4096);
            // Keep the header page and the schema; scribble over the ledger's pages.
            for (qint64 at = 8 * 4096; at < size; at += 4096) {
                f.seek(at);
                f.write(QByteArray(4096, char(0xA5)));
            }
            f.close();
            QVERIFY(f.open(QIODevice::ReadOnly));
            damaged = f.readAll();
        }
        Database d;
        QString error;
        bool failed = !d.open(path, &error);
        if (!failed) {
            // The header is fine; the damage shows on the first read or write of those pages.
            LedgerEntry e;
            e.provider = QStringLiteral("openrouter");
            e.modelRequested = QStringLiteral("m");
            e.status = QStringLiteral("done");
            QSqlQuery q(d.connection());
            failed = !d.exec(q, QStringLiteral("SELECT SUM(length(model_requested)) FROM usage_ledger"), &error)
                || UsageLedger(&d).insert(e, &error) == 0;
        }
        QVERIFY(failed);
        QCOMPARE(d.failure(), Database::Failure::Corrupt);
        QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(path), qPrintable(error));
        d.close();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), damaged); // never overwritten
        }
        const QString aside = Database::moveAside(path, &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(QFile::exists(aside));
        QVERIFY(!QFile::exists(path));
        Database fresh;
        QVERIFY2(fresh.open(path, &error), qPrintable(error));
        QCOMPARE(fresh.schemaVersion(), Database::latestSchemaVersion());
    }

    void damagedLedgerPagesAreSaidNotShownAsEmpty()
    {
        const QString path = TestEnv::root() + QStringLiteral("/ledger-pages.sqlite");
        {
            Database d;
            QVERIFY(d.open(path, nullptr));
            UsageLedger ledger(&d);
            LedgerEntry e;
            e.provider = QStringLiteral("openrouter");
            e.modelRequested = QString(300, u'm');
            e.status = QStringLiteral("done");
            e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < 3000; ++i) // one day, one model: the rollup is one row on an early page
                QVERIFY(ledger.insert(e));
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            for (qint64 at = size / 2 / 4096 * 4096; at < size; at += 4096) { // the ledger's later pages
                f.seek(at);
                f.write(QByteArray(4096, char(0x5A)));
            }
        }
        Database d;
        QString error;
        QVERIFY2(d.open(path, &error), qPrintable(error)); // header, schema and rollup are fine
        const UsageQuery query(&d);
        const QList<LedgerEntry> log = query.log({});
        QVERIFY2(!query.error().isEmpty(), qPrintable(QString::number(log.size())));
        QVERIFY2(query.error().contains(QLatin1String("damaged")), qPrintable(query.error()));
        QVERIFY(query.error().contains(path));
    }

    void overflowingTotalIsSaidNotWrapped()
    {
        const QString path = TestEnv::root() + QStringLiteral("/overflow.sqlite");
        Database d;
        QVERIFY(d.open(path, nullptr));
        LedgerEntry e;
        e.provider = QStringLiteral("openrouter");
        e.modelRequested = QStringLiteral("m");
        e.status = QStringLiteral("done");
        e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        e.cost = *Money::parseUsd(u"5000000");
        e.costSource = QStringLiteral("reported");
        UsageLedger ledger(&d);
        QVERIFY(ledger.insert(e) && ledger.insert(e)); // rows from before costs were capped
        const UsageQuery query(&d);
        UsageFilter filter;
        filter.since = QDateTime::currentDateTime().addSecs(-3600); // not a day boundary: the ledger path
        const QList<UsageGroup> groups = query.aggregate(UsageGroupBy::Model, filter);
        QVERIFY2(!query.error().isEmpty(), "an overflowing SUM must not pass for a total");
        for (const UsageGroup& g : groups)
            QVERIFY(g.cost >= 0);
    }

    void unwritableFolderIsSaid()
    {
        const QString file = TestEnv::root() + QStringLiteral("/a-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database d;
        QString error;
        // A folder that cannot be created (its parent is a file): even root cannot.
        QVERIFY(!d.open(file + QStringLiteral("/sub/switchyard.sqlite"), &error));
        QCOMPARE(d.failure(), Database::Failure::CannotOpen);
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void readOnlyLedgerIsSaidAndKept()
    {
        QSqlQuery q(db()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON"))); // every write now fails as read-only
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const qint64 before = UsageQuery(db()).count();
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY(!o.text.isEmpty()); // the answer arrived and is kept
        QVERIFY2(o.storageError.contains(QLatin1String("read-only")), qPrintable(o.storageError));
        QVERIFY(o.storageError.contains(db()->path()));
        QCOMPARE(m_context->unsavedCount(), 1);
        QCOMPARE(UsageQuery(db()).count(), before);
        QVERIFY(m_context->retryUnsaved());
        QCOMPARE(m_context->unsavedCount(), 0);
        QCOMPARE(UsageQuery(db()).count(), before + 1);
    }

    void fullDiskIsSaid()
    {
        const QString path = TestEnv::root() + QStringLiteral("/full.sqlite");
        AppContext small;
        QString error;
        QVERIFY2(small.open(&error, path), qPrintable(error));
        small.keys()->setMemoryFallback(true);
        bool done = false;
        small.keys()->write(QStringLiteral("openrouter"), kCanary, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
        // Fill the file to its cap: the next page it needs is not there, as on a full disk.
        QSqlQuery q(small.database()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(scalar(small.database(), QStringLiteral("PRAGMA page_count")))));
        while (q.exec(QStringLiteral("INSERT INTO usage_ledger(started_at, provider, model_requested, status) "
                                     "VALUES (0, 'filler', 'filler', 'done')"))) { }
        QCOMPARE(Database::classify(q.lastError()), Database::Failure::DiskFull);

        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(&small);
        runner.setOptions(fastOptions());
        QSignalSpy finished(&runner, &ChatRunner::finished);
        ChatRequest request;
        request.providerId = QStringLiteral("openrouter");
        request.models = { QStringLiteral("deepseek/deepseek-chat") };
        request.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
        request.baseUrlOverride = m_mock->baseUrl();
        runner.start(request);
        QVERIFY(finished.wait(20000));
        const ChatOutcome o = finished.first().first().value<ChatOutcome>();
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY2(o.storageError.contains(QLatin1String("is full")), qPrintable(o.storageError));
        QCOMPARE(small.unsavedCount(), 1);
    }

    void lockHeldLongerThanTheWaitIsSaid()
    {
        // Each write waits 1.5 s (two of SQLite's 1 s busy steps); the lock outlives both.
        LockHolder holder(db()->path(), 6000);
        holder.start();
        QTRY_VERIFY(holder.locked.loadAcquire() == 1);
        QStringList notices;
        db()->setWaitNotice([&](const QString& s) { notices.append(s); });
        db()->setLockWaitMs(1500);
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        holder.wait();
        db()->setLockWaitMs(60000);
        db()->setWaitNotice({});
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY2(o.storageError.contains(QLatin1String("locked")), qPrintable(o.storageError));
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.first().contains(QLatin1String("waiting")), qPrintable(notices.first()));
        QCOMPARE(m_context->unsavedCount(), 1);
        QVERIFY(m_context->retryUnsaved()); // the lock is gone: the row goes in
        QCOMPARE(m_context->unsavedCount(), 0);
    }

    void lockShorterThanTheWaitIsWaitedFor()
    {
        LockHolder holder(db()->path(), 2500);
        holder.start();
        QTRY_VERIFY(holder.locked.loadAcquire() == 1);
        int notices = 0;
        db()->setWaitNotice([&](const QString&) { ++notices; });
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const qint64 before = UsageQuery(db()).count();
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        holder.wait();
        db()->setWaitNotice({});
        QCOMPARE(o.status, RequestStatus::Done);
        QVERIFY2(o.storageError.isEmpty(), qPrintable(o.storageError));
        QVERIFY(notices >= 1);
        QCOMPARE(UsageQuery(db()).count(), before + 1);
    }
};

SWITCHYARD_TEST_MAIN(TestHardening, QCoreApplication)
#include "test_hardening.moc"
