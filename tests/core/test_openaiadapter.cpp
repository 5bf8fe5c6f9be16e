#include "TestEnv.h"
#include "chat/ChatRequest.h"
#include "money/Money.h"
#include "providers/OpenAiCompatibleAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

namespace {

struct Parsed {
    QString text;
    QString reasoning;
    QString model;
    QString upstream;
    QString generationId;
    QString finish;
    QString error;
    QString errorCode;
    TokenUsage usage;
    int errors = 0;
    bool done = false;
};

Parsed collect(const QList<ChatEvent>& events)
{
    Parsed p;
    for (const ChatEvent& e : events) {
        switch (e.type) {
        case ChatEvent::Type::TextDelta: p.text += e.text; break;
        case ChatEvent::Type::ReasoningDelta: p.reasoning += e.text; break;
        case ChatEvent::Type::Metadata:
            p.model = e.model;
            p.upstream = e.upstreamProvider;
            p.generationId = e.generationId;
            break;
        case ChatEvent::Type::Usage: p.usage.mergeFrom(e.usage); break;
        case ChatEvent::Type::Finish: p.finish = e.text; break;
        case ChatEvent::Type::Error:
            ++p.errors;
            p.error = e.text;
            p.errorCode = e.code;
            break;
        case ChatEvent::Type::Done: p.done = true; break;
        }
    }
    return p;
}

Parsed parse(const QByteArray& bytes, const QList<int>& cuts)
{
    OpenAiCompatibleAdapter adapter;
    auto parser = adapter.createStreamParser();
    QList<ChatEvent> events;
    int pos = 0;
    for (int cut : cuts) {
        parser->feed(QByteArrayView(bytes).sliced(pos, cut - pos), events);
        pos = cut;
    }
    parser->feed(QByteArrayView(bytes).sliced(pos), events);
    parser->finish(events);
    return collect(events);
}

QList<QList<int>> splitPlans(int size)
{
    QList<QList<int>> plans { {} };
    QList<int> every;
    for (int i = 1; i < size; ++i)
        every.append(i);
    plans.append(every);
    auto* rng = QRandomGenerator::global();
    for (int round = 0; round < 100; ++round) {
        QList<int> cuts;
        int pos = 0;
        while ((pos += 1 + int(rng->bounded(24))) < size)
            cuts.append(pos);
        plans.append(cuts);
    }
    return plans;
}

} // namespace

class TestOpenAiAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openRouterRequest()
    {
        const ProviderRegistry registry;
        const ProviderPreset preset = registry.find(QStringLiteral("openrouter"));
        QVERIFY(preset.isValid());
        OpenAiCompatibleAdapter adapter;
        const QNetworkRequest req = adapter.chatRequest(preset, QUrl(preset.baseUrl), QStringLiteral("sk-or-v1-test"), ChatRequest());
        QCOMPARE(req.url().toString(), QStringLiteral("https://openrouter.ai/api/v1/chat/completions"));
        QCOMPARE(req.rawHeader("Authorization"), QByteArray("Bearer sk-or-v1-test"));
        QVERIFY(req.rawHeader("HTTP-Referer").startsWith("https://"));
        QCOMPARE(req.rawHeader("X-Title"), QByteArray("Switchyard"));
        QCOMPARE(req.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));

        ChatRequest chat;
        chat.providerId = preset.id;
        chat.models = { QStringLiteral("deepseek/deepseek-chat"), QStringLiteral("openai/gpt-4o-mini") };
        chat.messages = { { QStringLiteral("system"), QStringLiteral("Be brief.") }, { QStringLiteral("user"), QStringLiteral("Why is the sky blue? ✨") } };
        chat.params.maxTokens = 100;
        const QJsonObject body = QJsonDocument::fromJson(adapter.chatBody(preset, chat)).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("deepseek/deepseek-chat"));
        QCOMPARE(body.value(QLatin1String("models")).toArray().size(), 2);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("usage")).toObject().value(QLatin1String("include")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 100);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages[1].toObject().value(QLatin1String("content")).toString(), QStringLiteral("Why is the sky blue? ✨"));
    }

    void singleModelSendsNoFallbackList()
    {
        const ProviderRegistry registry;
        OpenAiCompatibleAdapter adapter;
        ChatRequest chat;
        chat.models = { QStringLiteral("a/b") };
        chat.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
        const QJsonObject body = QJsonDocument::fromJson(adapter.chatBody(registry.find(QStringLiteral("openrouter")), chat)).object();
        QVERIFY(!body.contains(QLatin1String("models")));
        QVERIFY(!body.contains(QLatin1String("temperature")));
    }

    void baseUrlWithTrailingSlash()
    {
        OpenAiCompatibleAdapter adapter;
        const QNetworkRequest req = adapter.chatRequest(ProviderPreset(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/")), {}, ChatRequest());
        QCOMPARE(req.url().toString(), QStringLiteral("http://127.0.0.1:9/v1/chat/completions"));
        QVERIFY(req.rawHeader("Authorization").isEmpty());
    }

    void streams_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<qint64>("prompt");
        QTest::addColumn<qint64>("completion");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("error");

        QTest::newRow("basic, usage after finish") << "openrouter-stream-basic.sse" << "Hello" << ""
                                                   << "meta-llama/llama-3.3-8b-instruct:free" << "Meta" << qint64(42) << qint64(2)
                                                   << "0" << true << "";
        QTest::newRow("usage with cost") << "openrouter-stream-usage-cost.sse" << "Real Madrid, 14 times." << ""
                                         << "deepseek/deepseek-chat-v3.1" << "WandB" << qint64(33) << qint64(8)
                                         << "0.0000310365" << true << "";
        QTest::newRow("multi-byte, comments, CRLF") << "openrouter-stream-multibyte.sse"
                                                    << QString::fromUtf8("Le ciel est bleu à cause de la diffusion Rayleigh — 空が青いのは散乱のため 🌍🔭.")
                                                    << "" << "deepseek/deepseek-chat" << "Fireworks" << qint64(17) << qint64(31)
                                                    << "0.0000123456789" << true << "";
        QTest::newRow("reasoning apart") << "openrouter-stream-reasoning.sse" << "Rayleigh scattering." << "Let me think. Scattering."
                                         << "deepseek/deepseek-r1" << "DeepInfra" << qint64(9) << qint64(20) << "0.00004"
                                         << true << "";
        QTest::newRow("error after 200") << "openrouter-stream-midstream-error.sse" << "The sky is blue because" << ""
                                         << "gpt-3.5-turbo" << "openai" << qint64(-1) << qint64(-1) << "" << false
                                         << "Provider disconnected";
    }
    void streams()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, text);
        QFETCH(QString, reasoning);
        QFETCH(QString, model);
        QFETCH(QString, upstream);
        QFETCH(qint64, prompt);
        QFETCH(qint64, completion);
        QFETCH(QString, cost);
        QFETCH(bool, done);
        QFETCH(QString, error);
        const QByteArray bytes = TestEnv::fixture(fixture);
        for (const QList<int>& cuts : splitPlans(int(bytes.size()))) {
            const Parsed p = parse(bytes, cuts);
            QCOMPARE(p.text, text);
            QCOMPARE(p.reasoning, reasoning);
            QCOMPARE(p.model, model);
            QCOMPARE(p.upstream, upstream);
            QCOMPARE(p.done, done);
            QCOMPARE(p.error, error);
            QVERIFY(p.errors <= 1);
            if (prompt >= 0)
                QCOMPARE(p.usage.promptTokens.value_or(-1), prompt);
            if (completion >= 0)
                QCOMPARE(p.usage.completionTokens.value_or(-1), completion);
            if (!cost.isEmpty())
                QCOMPARE(p.usage.cost ? Money::toDecimalString(*p.usage.cost) : QString(), cost);
        }
    }

    void usageCostFixtureTokens()
    {
        const Parsed p = parse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse")), {});
        QVERIFY(p.usage.promptTokens.has_value());
        QVERIFY(p.usage.cost.has_value());
        QVERIFY(*p.usage.cost > 0);
        QVERIFY(p.generationId.startsWith(QLatin1String("gen-")));
    }

    void errorWithNumericCodeAndNoChoices()
    {
        const Parsed p = parse("data: {\"error\":{\"message\":\"Rate limit exceeded: free tier\",\"code\":429},\"user_id\":\"u\"}" "\n\n", {});
        QCOMPARE(p.error, QStringLiteral("Rate limit exceeded: free tier"));
        QCOMPARE(p.errorCode, QStringLiteral("429"));
    }

    void finishReasonErrorAloneIsAnError()
    {
        const Parsed p = parse("data: {\"choices\":[{\"delta\":{\"content\":\"x\"},\"finish_reason\":\"error\"}]}" "\n\n", {});
        QCOMPARE(p.errors, 1);
        QCOMPARE(p.text, QStringLiteral("x"));
    }

    void escapesAndOddOrderTakeTheSamePath()
    {
        // Keys in another order, escapes, nested extras: the fast reader and the
        // general one must agree, so compare with what QJsonDocument decodes.
        const QByteArray chunk = "{\"choices\":[{\"finish_reason\":null,\"delta\":{\"extra\":{\"a\":[1,\"]\"]},"
                                 "\"content\":\"line\\nnext \\\"q\\\" caf\\u00e9 \\ud83c\\udf0d\"},\"index\":0}],\"model\":\"m\\/x\",\"id\":\"g\"}";
        const QString expected = QJsonDocument::fromJson(chunk).object().value(QLatin1String("choices")).toArray().first()
                                     .toObject().value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        const Parsed p = parse("data: " + chunk + "\n\n", {});
        QCOMPARE(p.text, expected);
        QCOMPARE(p.text, QString::fromUtf8("line\nnext \"q\" café 🌍"));
        QCOMPARE(p.model, QStringLiteral("m/x"));
    }

    void nothingAfterDone()
    {
        const Parsed p = parse("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: [DONE]\n\n"
                               "data: {\"choices\":[{\"delta\":{\"content\":\"b\"}}]}\n\n",
                               {});
        QCOMPARE(p.text, QStringLiteral("a"));
        QVERIFY(p.done);
    }

    void garbageIsIgnoredNotFatal()
    {
        const Parsed p = parse("data: {not json\n\ndata: \xff\xfe\n\ndata: [DONE]\n\n", {});
        QVERIFY(p.text.isEmpty());
        QVERIFY(p.done);
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 documented") << TestEnv::fixture(QStringLiteral("openrouter-error-400-documented.json"))
                                        << "Invalid model specified";
        QTest::newRow("402 documented") << TestEnv::fixture(QStringLiteral("openrouter-error-402-documented.json"))
                                        << "Insufficient credits. Add more using https://openrouter.ai/credits";
        QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << "";
        QTest::newRow("string error") << QByteArray("{\"error\":\"nope\"}") << "nope";
    }
    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(OpenAiCompatibleAdapter().errorMessage(body), message);
    }
};

SWITCHYARD_TEST_MAIN(TestOpenAiAdapter, QCoreApplication)
#include "test_openaiadapter.moc"
