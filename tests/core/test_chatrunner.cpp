#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "chat/Attachment.h"
#include "secrets/KeyStore.h"
#include "storage/AttachmentStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "usage/UsageQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

namespace {
const QString kCanary = QStringLiteral("sk-or-v1-canary0000runner0000000000000000000000000000000000000000");

MockResponse withRetryAfter(MockResponse r, const QByteArray& seconds)
{
    r.headers.append({ "Retry-After", seconds });
    return r;
}

QByteArray withoutDone(const QByteArray& sse)
{
    QByteArray b = sse;
    b.truncate(b.indexOf("data: [DONE]"));
    return b;
}
} // namespace

class TestChatRunner : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MockProvider> m_mock;

    // To the mock's OpenRouter, for this model, with the stored path to historyFrom (0: none).
    ChatRequest openRouterRequest(const QString& model, qint64 historyFrom = 0) const
    {
        ChatRequest request;
        request.providerId = QStringLiteral("openrouter");
        request.models = { model };
        request.baseUrlOverride = m_mock->baseUrl();
        request.historyFrom = historyFrom;
        return request;
    }

    ChatOutcome run(ChatRunner& runner, qint64 conversation = 0, qint64 message = 0,
                    const QString& baseUrl = {})
    {
        ChatRequest request = openRouterRequest(QStringLiteral("deepseek/deepseek-chat"));
        request.messages = { { QStringLiteral("user"), QStringLiteral("Why is the sky blue?") } };
        if (!baseUrl.isEmpty())
            request.baseUrlOverride = baseUrl;
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, conversation, message);
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(20000)); }();
        return finished.isEmpty() ? ChatOutcome() : finished.first().first().value<ChatOutcome>();
    }

    void setKey(const QString& key)
    {
        bool done = false;
        m_context->keys()->write(QStringLiteral("openrouter"), key, [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
    }

    ChatRunner::Options fastOptions()
    {
        ChatRunner::Options o;
        o.idleTimeoutMs = 800;
        o.retryBaseDelayMs = 30;
        o.saveIntervalMs = 20;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        // This test never touches a keychain: keys live in memory.
        m_context->keys()->setMemoryFallback(true);
        setKey(kCanary);
    }

    void init()
    {
        m_mock = std::make_unique<MockProvider>();
        QVERIFY(m_mock->listen());
    }

    void successWritesLedgerAndMessage()
    {
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse")), 7));
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("t"), {}, {});
        const qint64 m = store.addMessage(c, QStringLiteral("assistant"), {}, {}, QStringLiteral("streaming"));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        QSignalSpy deltas(&runner, &ChatRunner::textDelta);
        const ChatOutcome o = run(runner, c, m);
        QCOMPARE(o.status, RequestStatus::Done);
        QCOMPARE(o.text, QStringLiteral("Real Madrid, 14 times."));
        QVERIFY(deltas.size() >= 3);
        QCOMPARE(o.modelServed, QStringLiteral("deepseek/deepseek-chat-v3.1"));
        QCOMPARE(o.upstreamProvider, QStringLiteral("WandB"));
        QVERIFY(o.ttftMs >= 0);

        // What went over the wire.
        QCOMPARE(m_mock->requests().size(), 1);
        const RecordedRequest& req = m_mock->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/api/v1/chat/completions"));
        QCOMPARE(req.header("Authorization"), "Bearer " + kCanary.toUtf8());
        QCOMPARE(req.header("X-Title"), QByteArray("Switchyard"));
        QVERIFY(!req.header("HTTP-Referer").isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("usage")).toObject().value(QLatin1String("include")).toBool(), true);

        // The ledger row, exact cost as reported.
        const LedgerEntry row = UsageQuery(m_context->database()).entry(o.ledgerId);
        QCOMPARE(row.status, QStringLiteral("done"));
        QCOMPARE(row.costSource, QStringLiteral("reported"));
        QVERIFY(row.cost.has_value());
        QCOMPARE(Money::toDecimalString(*row.cost), QStringLiteral("0.0000310365"));
        QCOMPARE(row.promptTokens.value_or(-1), qint64(33));
        QCOMPARE(row.completionTokens.value_or(-1), qint64(8));
        QCOMPARE(row.cachedTokens.value_or(-1), qint64(0));
        QCOMPARE(row.modelRequested, QStringLiteral("deepseek/deepseek-chat"));
        QCOMPARE(row.modelServed, QStringLiteral("deepseek/deepseek-chat-v3.1"));
        QCOMPARE(row.upstreamProvider, QStringLiteral("WandB"));
        QVERIFY(row.generationId.startsWith(QLatin1String("gen-")));
        QCOMPARE(row.conversationId, c);
        QCOMPARE(row.httpStatus, 200);

        const StoredMessage saved = store.message(m);
        QCOMPARE(saved.content, o.text);
        QCOMPARE(saved.state, QStringLiteral("complete"));
    }

    // A request that names a stored message sends the path from the root to it, read on a
    // worker thread, before its own messages; a path that cannot be read sends nothing.
    void storedHistoryGoesBeforeTheRequest()
    {
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("history"), {}, {});
        const qint64 q1 = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("First question"));
        const qint64 a1 = store.addChild(c, q1, QStringLiteral("assistant"), QStringLiteral("First answer"));
        store.addChild(c, q1, QStringLiteral("assistant"), QStringLiteral("Another version, not on the path"));
        store.addChild(c, a1, QStringLiteral("assistant"), {}); // empty: never sent
        const qint64 q2 = store.addChild(c, a1, QStringLiteral("user"), QStringLiteral("Second question"));

        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        ChatRequest request = openRouterRequest(QStringLiteral("deepseek/deepseek-chat"), q2);
        request.messages = { { QStringLiteral("user"), QStringLiteral("And a word after it") } };
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, c, 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ChatOutcome>().status, RequestStatus::Done);
        QCOMPARE(m_mock->requests().size(), 1);
        const QJsonArray sent = QJsonDocument::fromJson(m_mock->requests().first().body).object().value(QLatin1String("messages")).toArray();
        QStringList contents;
        for (const QJsonValue& v : sent)
            contents.append(v.toObject().value(QLatin1String("role")).toString() + u':' + v.toObject().value(QLatin1String("content")).toString());
        QCOMPARE(contents, QStringList({ QStringLiteral("user:First question"), QStringLiteral("assistant:First answer"),
                                         QStringLiteral("user:Second question"), QStringLiteral("user:And a word after it") }));

        // A message that is not there: one sentence, nothing sent, no ledger row.
        const qint64 before = UsageQuery(m_context->database()).count();
        request.historyFrom = q2 + 1000000;
        finished.clear();
        runner.start(request, c, 0);
        QVERIFY(finished.wait(20000));
        const ChatOutcome failed = finished.first().first().value<ChatOutcome>();
        QCOMPARE(failed.status, RequestStatus::Error);
        QVERIFY2(failed.message.contains(QLatin1String("nothing was sent")), qPrintable(failed.message));
        QCOMPARE(m_mock->requests().size(), 1);
        QCOMPARE(UsageQuery(m_context->database()).count(), before);
    }

    // The history's files are checked again against the model of this request: an image
    // sent earlier, now to a model whose catalog entry takes text only, is refused in one
    // sentence and nothing is sent. A parameter the model does not take is left out and said.
    void historyFilesAreCheckedAgainstTheModel()
    {
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("files"), {}, {});
        const qint64 q1 = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("What is in this picture?"));
        QString error;
        const auto png = Attachment::fromBytes(QStringLiteral("dot.png"), QByteArray("\x89PNG\r\n\x1a\nIMG", 11), &error);
        QVERIFY2(png, qPrintable(error));
        QVERIFY(AttachmentStore(m_context->database()).attach(q1, { *png }));
        ModelInfo textOnly;
        textOnly.provider = QStringLiteral("openrouter");
        textOnly.id = QStringLiteral("text/only");
        textOnly.inputModalities = { QStringLiteral("text") };
        textOnly.supportedParameters = { QStringLiteral("max_tokens") };
        ModelInfo seeing = textOnly;
        seeing.id = QStringLiteral("vision/model");
        seeing.inputModalities = { QStringLiteral("text"), QStringLiteral("image") };
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("openrouter"), m_mock->baseUrl(), { textOnly, seeing }));

        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        ChatRequest request = openRouterRequest(QStringLiteral("text/only"), q1);
        request.params.temperature = 0.5;
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, c, 0);
        QVERIFY(finished.wait(20000));
        const ChatOutcome refused = finished.first().first().value<ChatOutcome>();
        QCOMPARE(refused.status, RequestStatus::Error);
        QVERIFY2(refused.message.contains(QLatin1String("text/only")), qPrintable(refused.message));
        QVERIFY(refused.storageError.isEmpty());
        QCOMPARE(m_mock->requests().size(), 0);

        // To a model that sees images: sent, the image in it, the temperature left out and said.
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        request.models = { QStringLiteral("vision/model") };
        finished.clear();
        runner.start(request, c, 0);
        QVERIFY(finished.wait(20000));
        const ChatOutcome sent = finished.first().first().value<ChatOutcome>();
        QCOMPARE(sent.status, RequestStatus::Done);
        QVERIFY2(sent.warning.contains(QLatin1String("emperature")), qPrintable(sent.warning));
        QCOMPARE(m_mock->requests().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(m_mock->requests().first().body).object();
        QVERIFY(!body.contains(QLatin1String("temperature")));
        QVERIFY(m_mock->requests().first().body.contains("data:image/png;base64,"));
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("openrouter"), m_mock->baseUrl(), {}));
    }

    // A file of the history whose bytes are not all there (a damaged blob) is not sent as
    // something else or left out: one sentence, nothing sent, no ledger row, the file kept.
    void damagedHistoryFileSendsNothing()
    {
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("damaged"), {}, {});
        const qint64 q1 = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("Read this"));
        QString error;
        const auto text = Attachment::fromBytes(QStringLiteral("notes.txt"), QByteArray("line one\nline two\n"), &error);
        QVERIFY2(text, qPrintable(error));
        QVERIFY(AttachmentStore(m_context->database()).attach(q1, { *text }));
        QSqlQuery damage(m_context->database()->connection());
        QVERIFY(damage.exec(QStringLiteral("UPDATE blobs SET data = substr(data, 1, 4) WHERE hash = '%1'").arg(text->hash)));

        const qint64 before = UsageQuery(m_context->database()).count();
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(openRouterRequest(QStringLiteral("deepseek/deepseek-chat"), q1), c, 0);
        QVERIFY(finished.wait(20000));
        const ChatOutcome failed = finished.first().first().value<ChatOutcome>();
        QCOMPARE(failed.status, RequestStatus::Error);
        QVERIFY2(failed.message.contains(QLatin1String("could not be read whole")), qPrintable(failed.message));
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(UsageQuery(m_context->database()).count(), before);
        QCOMPARE(AttachmentStore(m_context->database()).forMessages({ q1 }, false).value(q1).size(), 1);
        bool complete = true;
        AttachmentStore(m_context->database()).forMessages({ q1 }, true, &complete);
        QVERIFY(!complete);
    }

    // Stop while the body is still being built: it ends at once, nothing is sent, no ledger
    // row, and the answer row is interrupted rather than left streaming.
    void stopWhilePreparing()
    {
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("stop early"), {}, {});
        const qint64 q = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("Long question"));
        const qint64 a = store.addChild(c, q, QStringLiteral("assistant"), {}, {}, QStringLiteral("streaming"));
        const qint64 before = UsageQuery(m_context->database()).count();
        ChatRunner runner(m_context.get());
        ChatRequest request = openRouterRequest(QStringLiteral("deepseek/deepseek-chat"), q);
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, c, a);
        QTRY_VERIFY(runner.isRunning() || !finished.isEmpty());
        runner.cancel();
        if (finished.isEmpty())
            QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ChatOutcome>().status, RequestStatus::Cancelled);
        QTest::qWait(200); // the worker's late result changes nothing
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(UsageQuery(m_context->database()).count(), before);
        QCOMPARE(store.message(a).state, QStringLiteral("interrupted"));
        QCOMPARE(finished.size(), 1);
    }

    void failures_data()
    {
        QTest::addColumn<QList<MockResponse>>("responses");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("textKept");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("requestsSeen");

        const QByteArray midstream = TestEnv::fixture(QStringLiteral("openrouter-stream-midstream-error.sse"));
        const QByteArray multibyte = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        const QByteArray basic = TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"));
        const QString multibyteText = QString::fromUtf8("Le ciel est bleu à cause de la diffusion Rayleigh — 空が青いのは散乱のため 🌍🔭.");
        auto err = [](int code, const char* message) {
            return MockResponse::json(code, QByteArray(R"({"error":{"code":)") + QByteArray::number(code)
                                                + R"(,"message":")" + message + R"("}})");
        };
        using L = QList<MockResponse>;
        const int E = int(RequestStatus::Error);
        QTest::newRow("400 bad request") << L { MockResponse::json(400, TestEnv::fixture(QStringLiteral("openrouter-error-400-documented.json"))) }
                                         << E << int(ErrorKind::BadRequest) << 400 << "" << "Invalid model specified" << 1;
        QTest::newRow("401 echoes the key") << L { err(401, "Invalid key sk-or-v1-canary0000runner0000000000000000000000000000000000000000") }
                                            << E << int(ErrorKind::Auth) << 401 << "" << "rejected the API key" << 1;
        QTest::newRow("402 credits") << L { MockResponse::json(402, TestEnv::fixture(QStringLiteral("openrouter-error-402.json"))) }
                                     << E << int(ErrorKind::Billing) << 402 << "" << "out of credits" << 1;
        QTest::newRow("403 forbidden") << L { err(403, "Key lacks permission") } << E << int(ErrorKind::Forbidden) << 403 << ""
                                       << "check the key's permissions" << 1;
        QTest::newRow("403 flagged by moderation")
            << L { MockResponse::json(403, R"({"error":{"code":403,"message":"Input was flagged","metadata":{"reasons":["harassment"],)"
                                           R"("flagged_input":"you are...","provider_name":"OpenAI","model_slug":"openai/gpt-4o"}}})") }
            << E << int(ErrorKind::Moderation) << 403 << "" << "moderation flagged the prompt (Input was flagged)" << 1;
        QTest::newRow("408 timeout") << L { err(408, "Request timed out") } << E << int(ErrorKind::Timeout) << 408 << ""
                                     << "timed out" << 1;
        QTest::newRow("429 retried then fails") << L { withRetryAfter(err(429, "Rate limited"), "0"), withRetryAfter(err(429, "Rate limited"), "0"),
                                                       withRetryAfter(err(429, "Rate limited"), "0") }
                                                << E << int(ErrorKind::RateLimit) << 429 << "" << "wait a minute" << 3;
        QTest::newRow("500 retried then fails") << L { err(500, "boom"), err(500, "boom"), err(500, "boom") } << E
                                                << int(ErrorKind::Server) << 500 << "" << "server error (HTTP 500)" << 3;
        QTest::newRow("502 retried then fails") << L { err(502, "down"), err(502, "down"), err(502, "down") } << E
                                                << int(ErrorKind::Server) << 502 << "" << "HTTP 502" << 3;
        QTest::newRow("503 retried then fails") << L { err(503, "no provider"), err(503, "no provider"), err(503, "no provider") }
                                                << E << int(ErrorKind::Server) << 503 << "" << "HTTP 503" << 3;
        QTest::newRow("429 then success") << L { withRetryAfter(err(429, "slow down"), "0"), MockResponse::sse(basic) }
                                          << int(RequestStatus::Done) << int(ErrorKind::None) << 200 << "Hello" << "" << 2;
        QTest::newRow("error after 200") << L { MockResponse::sse(midstream, 5) } << E << int(ErrorKind::Provider) << 200
                                         << "The sky is blue because" << "Provider disconnected" << 1;
        QTest::newRow("truncated, no [DONE]") << L { MockResponse::sse(withoutDone(multibyte), 3) } << int(RequestStatus::Truncated)
                                              << int(ErrorKind::Truncated) << 200 << multibyteText << "ended before it was complete" << 1;
        MockResponse reset = MockResponse::sse(multibyte, 50);
        reset.cutAfter = multibyte.indexOf("Rayleigh") + 40;
        QTest::newRow("connection reset") << L { reset } << E << int(ErrorKind::Network) << 200
                                          << "Le ciel est bleu à cause de la diffusion " << "connection" << 1;
        MockResponse stall = MockResponse::sse(multibyte, 50);
        stall.stallAfter = multibyte.indexOf("Rayleigh") + 40;
        QTest::newRow("stall") << L { stall } << int(RequestStatus::Timeout) << int(ErrorKind::Timeout) << 200
                               << "Le ciel est bleu à cause de la diffusion " << "sent nothing for" << 1;
    }
    void failures()
    {
        QFETCH(QList<MockResponse>, responses);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, textKept);
        QFETCH(QString, sentence);
        QFETCH(int, requestsSeen);
        for (const MockResponse& r : responses)
            m_mock->enqueue(r);
        ConversationStore store(m_context->database());
        const qint64 c = store.create(QStringLiteral("t"), {}, {});
        const qint64 m = store.addMessage(c, QStringLiteral("assistant"), {}, {}, QStringLiteral("streaming"));
        const UsageQuery query(m_context->database());
        const qint64 before = query.count();
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner, c, m);

        if (QByteArray(QTest::currentDataTag()) == "connection reset" && o.status == RequestStatus::Truncated) {
            // Qt sometimes reports a reset after the last bytes as a clean end of a chunked
            // body; the user still gets the partial answer, a sentence and a ledger row.
            status = int(RequestStatus::Truncated);
            kind = int(ErrorKind::Truncated);
            sentence = QStringLiteral("ended before it was complete");
        }
        QCOMPARE(int(o.status), status);
        QCOMPARE(int(o.errorKind), kind);
        QCOMPARE(o.text, textKept);
        QCOMPARE(m_mock->requests().size(), requestsSeen);
        if (!sentence.isEmpty())
            QVERIFY2(o.message.contains(sentence), qPrintable(o.message));
        QVERIFY2(!o.message.contains(kCanary), "the key leaked into an error message");
        QVERIFY(!o.message.contains(u'\n'));

        QCOMPARE(query.count(), before + 1); // exactly one row, whatever the end
        const LedgerEntry row = query.entry(o.ledgerId);
        QCOMPARE(row.status, requestStatusName(RequestStatus(status)));
        QCOMPARE(row.errorKind, errorKindName(ErrorKind(kind)));
        QCOMPARE(row.httpStatus, httpStatus);

        const StoredMessage saved = store.message(m);
        QCOMPARE(saved.content, textKept); // nothing lost
        QCOMPARE(saved.state, status == int(RequestStatus::Done) ? QStringLiteral("complete") : QStringLiteral("interrupted"));
        QCOMPARE(saved.notice, o.message);
    }

    void doneEndsTheRequestEvenIfTheServerHoldsOn()
    {
        // Some servers keep the connection open after "data: [DONE]".
        const QByteArray body = TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"));
        MockResponse held = MockResponse::sse(body, 16);
        held.stallAfter = body.size(); // everything, then silence with the socket open
        m_mock->enqueue(held);
        ChatRunner runner(m_context.get());
        ChatRunner::Options o = fastOptions();
        o.idleTimeoutMs = 60000; // waiting for it would fail the spy below
        runner.setOptions(o);
        const ChatOutcome out = run(runner);
        QCOMPARE(out.status, RequestStatus::Done);
        QCOMPARE(out.text, QStringLiteral("Hello"));
        QCOMPARE(out.usage.promptTokens.value_or(-1), qint64(42));
        QVERIFY(out.durationMs < 20000);
    }

    void retryWithoutRetryAfterBacksOff()
    {
        m_mock->enqueue(MockResponse::json(502, "{}"));
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        QSignalSpy retries(&runner, &ChatRunner::retrying);
        const ChatOutcome o = run(runner);
        QCOMPARE(o.status, RequestStatus::Done);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 30);
    }

    void retryAfterTooLongIsNotWaitedFor()
    {
        m_mock->enqueue(withRetryAfter(MockResponse::json(429, "{}"), "3600"));
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.errorKind, ErrorKind::RateLimit);
        QCOMPARE(m_mock->requests().size(), 1);
    }

    void cancelKeepsPartialAnswer()
    {
        const QByteArray multibyte = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        MockResponse stall = MockResponse::sse(multibyte, 64);
        stall.stallAfter = multibyte.indexOf("Rayleigh") + 40;
        m_mock->enqueue(stall);
        ChatRunner runner(m_context.get());
        ChatRunner::Options o = fastOptions();
        o.idleTimeoutMs = 10000;
        runner.setOptions(o);
        connect(&runner, &ChatRunner::textDelta, &runner, [&runner] { QTimer::singleShot(50, &runner, [&runner] { runner.cancel(); }); });
        const qint64 before = UsageQuery(m_context->database()).count();
        const ChatOutcome out = run(runner);
        QCOMPARE(out.status, RequestStatus::Cancelled);
        QVERIFY(out.text.startsWith(QLatin1String("Le ciel")));
        QCOMPARE(UsageQuery(m_context->database()).count(), before + 1);
        QCOMPARE(UsageQuery(m_context->database()).entry(out.ledgerId).status, QStringLiteral("cancelled"));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ChatRunner runner(m_context.get());
        runner.setOptions(fastOptions());
        const ChatOutcome o = run(runner, 0, 0, QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
        QCOMPARE(o.errorKind, ErrorKind::Network);
        QVERIFY2(o.message.contains(QLatin1String("Could not connect")), qPrintable(o.message));
        QCOMPARE(exitCodeFor(o.errorKind), 4);
    }

    void missingKeySendsNothing()
    {
        bool removed = false;
        m_context->keys()->remove(QStringLiteral("openrouter"), [&](KeyStore::Status, const QString&) { removed = true; });
        QTRY_VERIFY(removed);
        const qint64 before = UsageQuery(m_context->database()).count();
        ChatRunner runner(m_context.get());
        const ChatOutcome o = run(runner);
        QCOMPARE(o.errorKind, ErrorKind::MissingKey);
        QVERIFY(o.message.contains(QLatin1String("OPENROUTER_API_KEY")));
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(UsageQuery(m_context->database()).count(), before);
        QCOMPARE(exitCodeFor(o.errorKind), 3);

        qputenv("OPENROUTER_API_KEY", "sk-or-v1-from-environment");
        m_mock->enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const ChatOutcome viaEnv = run(runner);
        qunsetenv("OPENROUTER_API_KEY");
        QCOMPARE(viaEnv.status, RequestStatus::Done);
        QCOMPARE(m_mock->requests().first().header("Authorization"), QByteArray("Bearer sk-or-v1-from-environment"));
        setKey(kCanary);
    }

    void unknownProvider()
    {
        ChatRunner runner(m_context.get());
        ChatRequest request;
        request.providerId = QStringLiteral("nope");
        request.models = { QStringLiteral("x") };
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ChatOutcome>().message.contains(QLatin1String("openrouter")));
    }
};

SWITCHYARD_TEST_MAIN(TestChatRunner, QCoreApplication)
#include "test_chatrunner.moc"
