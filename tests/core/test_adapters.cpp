#include "TestEnv.h"
#include "chat/ChatRequest.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

struct Parsed {
    QString text;
    QString reasoning;
    QString model;
    QString finish;
    QString error;
    TokenUsage usage;
    bool done = false;
};

Parsed parse(const QString& protocol, const QByteArray& bytes, const QList<int>& cuts)
{
    auto adapter = ProviderAdapter::create(protocol);
    auto parser = adapter->createStreamParser();
    QList<ChatEvent> events;
    int pos = 0;
    for (int cut : cuts) {
        parser->feed(QByteArrayView(bytes).sliced(pos, cut - pos), events);
        pos = cut;
    }
    parser->feed(QByteArrayView(bytes).sliced(pos), events);
    parser->finish(events);
    Parsed p;
    for (const ChatEvent& e : events) {
        switch (e.type) {
        case ChatEvent::Type::TextDelta: p.text += e.text; break;
        case ChatEvent::Type::ReasoningDelta: p.reasoning += e.text; break;
        case ChatEvent::Type::Metadata:
            if (!e.model.isEmpty())
                p.model = e.model;
            break;
        case ChatEvent::Type::Usage: p.usage.mergeFrom(e.usage); break;
        case ChatEvent::Type::Finish: p.finish = e.text; break;
        case ChatEvent::Type::Error: p.error = e.text; break;
        case ChatEvent::Type::Done: p.done = true; break;
        }
    }
    return p;
}

QList<QList<int>> splitPlans(int size)
{
    QList<QList<int>> plans { {} };
    QList<int> every;
    for (int i = 1; i < size; ++i)
        every.append(i);
    plans.append(every);
    auto* rng = QRandomGenerator::global();
    for (int round = 0; round < 60; ++round) {
        QList<int> cuts;
        int pos = 0;
        while ((pos += 1 + int(rng->bounded(30))) < size)
            cuts.append(pos);
        plans.append(cuts);
    }
    return plans;
}

ChatRequest sampleRequest(const QString& provider, const QString& model)
{
    ChatRequest r;
    r.providerId = provider;
    r.models = { model };
    r.messages = { { QStringLiteral("system"), QStringLiteral("Be brief.") },
                   { QStringLiteral("user"), QStringLiteral("Hi") },
                   { QStringLiteral("assistant"), QStringLiteral("Hello!") },
                   { QStringLiteral("user"), QStringLiteral("Why is the sky blue?") } };
    return r;
}

} // namespace

class TestAdapters : public QObject {
    Q_OBJECT

private:
    ProviderRegistry m_registry;

private Q_SLOTS:
    void streams_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reasoningLength");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("prompt");
        QTest::addColumn<qint64>("completion");
        QTest::addColumn<qint64>("reasoningTokens");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("error");

        QTest::newRow("anthropic basic") << "anthropic" << "anthropic-stream-basic.sse" << "Hello!" << 0
                                         << "claude-sonnet-4-5-20250929" << "end_turn" << qint64(25) << qint64(15) << qint64(-1) << true << "";
        QTest::newRow("anthropic thinking") << "anthropic" << "anthropic-stream-thinking.sse" << "27 * 453 = 12,231" << 170
                                            << "claude-sonnet-4-5-20250929" << "end_turn" << qint64(-1) << qint64(-1) << qint64(-1) << true << "";
        QTest::newRow("anthropic tool use") << "anthropic" << "anthropic-stream-tool-use.sse"
                                            << "Okay, let's check the weather for San Francisco, CA:" << 0 << "" << "tool_use"
                                            << qint64(472) << qint64(89) << qint64(-1) << true << "";
        QTest::newRow("anthropic overloaded mid-stream") << "anthropic" << "anthropic-stream-overloaded-error.sse" << "Hello" << 0
                                                         << "claude-sonnet-4-5-20250929" << "" << qint64(25) << qint64(1) << qint64(-1)
                                                         << false << "Overloaded";
        QTest::newRow("gemini thoughts, MAX_TOKENS, no candidates count") << "gemini" << "gemini-stream.sse" << "We" << 367
                                                                          << "gemini-2.5-flash" << "length" << qint64(29) << qint64(59)
                                                                          << qint64(59) << true << "";
        QTest::newRow("gemini STOP, usage jumps") << "gemini" << "gemini-stream-stop.sse"
                                                  << "As of July 2026, the current stable Long-Term Support (LTS) version of Node.js is **v24.18.0**, while the latest \"Current\" feature release is **v26.5.0**."
                                                  << 0 << "fixture-google-wire-model" << "stop" << qint64(131) << qint64(652) << qint64(591) << true << "";
        QTest::newRow("ollama chat") << "ollama" << "ollama-chat-stream.ndjson" << "Hello! How can I assist you today?" << 0
                                     << "qwen2.5" << "stop" << qint64(30) << qint64(10) << qint64(-1) << true << "";
        QTest::newRow("ollama error line") << "ollama" << "ollama-generate-stream-error.ndjson" << " Yes.Ican" << 0 << "gemma4" << ""
                                           << qint64(-1) << qint64(-1) << qint64(-1) << false << "an error was encountered while running the model";
        QTest::newRow("openai include_usage") << "openai" << "openai-stream-include-usage.sse" << QString::fromUtf8("我是助手。") << 0
                                              << "gpt-4o-2024-05-13" << "stop" << qint64(14) << qint64(3) << qint64(-1) << true << "";
        QTest::newRow("deepseek usage on finish chunk") << "openai" << "deepseek-stream-tail.sse" << QString::fromUtf8(" 😊") << 0
                                                        << "deepseek-chat" << "stop" << qint64(4) << qint64(11) << qint64(-1) << true << "";
    }
    void streams()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, fixture);
        QFETCH(QString, text);
        QFETCH(int, reasoningLength);
        QFETCH(QString, model);
        QFETCH(QString, finish);
        QFETCH(qint64, prompt);
        QFETCH(qint64, completion);
        QFETCH(qint64, reasoningTokens);
        QFETCH(bool, done);
        QFETCH(QString, error);
        const QByteArray bytes = TestEnv::fixture(fixture);
        for (const QList<int>& cuts : splitPlans(int(bytes.size()))) {
            const Parsed p = parse(protocol, bytes, cuts);
            QCOMPARE(p.text, text);
            QCOMPARE(int(p.reasoning.size()), reasoningLength);
            if (!model.isEmpty())
                QCOMPARE(p.model, model);
            QCOMPARE(p.finish, finish);
            QCOMPARE(p.done, done);
            QCOMPARE(p.error, error);
            if (prompt >= 0)
                QCOMPARE(p.usage.promptTokens.value_or(-1), prompt);
            if (completion >= 0)
                QCOMPARE(p.usage.completionTokens.value_or(-1), completion);
            if (reasoningTokens >= 0)
                QCOMPARE(p.usage.reasoningTokens.value_or(-1), reasoningTokens);
        }
    }

    void anthropicCacheTokensAddToPrompt()
    {
        const QByteArray s = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-x\","
                             "\"usage\":{\"input_tokens\":10,\"cache_creation_input_tokens\":200,\"cache_read_input_tokens\":3000,\"output_tokens\":1}}}\n\n"
                             "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":42}}\n\n"
                             "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        const Parsed p = parse(QStringLiteral("anthropic"), s, {});
        QCOMPARE(p.usage.promptTokens.value_or(-1), qint64(3210));
        QCOMPARE(p.usage.cachedTokens.value_or(-1), qint64(3000));
        QCOMPARE(p.usage.cacheWriteTokens.value_or(-1), qint64(200));
        QCOMPARE(p.usage.completionTokens.value_or(-1), qint64(42));
    }

    void absurdTokenCountsAreNotBelieved()
    {
        // Found by fuzz_stream_parser: 1e97 cast to an integer is undefined behaviour.
        const QByteArray s = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1e97,\"completion_tokens\":-5,\"total_tokens\":3}}\n\n";
        const Parsed p = parse(QStringLiteral("openai"), s, {});
        QVERIFY(!p.usage.promptTokens);
        QVERIFY(!p.usage.completionTokens);
    }

    void geminiWithoutFinishIsNotDone()
    {
        QByteArray bytes = TestEnv::fixture(QStringLiteral("gemini-stream-stop.sse"));
        bytes.truncate(bytes.lastIndexOf("data: "));
        const Parsed p = parse(QStringLiteral("gemini"), bytes, {});
        QVERIFY(!p.done); // recorded as truncated by the runner
        QVERIFY(!p.text.isEmpty());
    }

    void ollamaWithoutDoneIsNotDone()
    {
        QByteArray bytes = TestEnv::fixture(QStringLiteral("ollama-chat-stream.ndjson"));
        bytes.truncate(bytes.lastIndexOf("{\"model\""));
        QVERIFY(!parse(QStringLiteral("ollama"), bytes, {}).done);
    }

    void anthropicRequest()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("anthropic"));
        auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest chat = sampleRequest(preset.id, QStringLiteral("claude-sonnet-4-5"));
        const QNetworkRequest req = adapter->chatRequest(preset, QUrl(preset.baseUrl), QStringLiteral("sk-ant-test"), chat);
        QCOMPARE(req.url().toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
        QCOMPARE(req.rawHeader("x-api-key"), QByteArray("sk-ant-test"));
        QCOMPARE(req.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(req.rawHeader("Authorization").isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(adapter->chatBody(preset, chat)).object();
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("Be brief."));
        QVERIFY(body.value(QLatin1String("max_tokens")).toInt() > 0);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
        QCOMPARE(messages[1].toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    }

    void geminiRequest()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("gemini"));
        auto adapter = ProviderAdapter::create(preset.protocol);
        ChatRequest chat = sampleRequest(preset.id, QStringLiteral("gemini-2.5-flash"));
        chat.params.maxTokens = 256;
        const QNetworkRequest req = adapter->chatRequest(preset, QUrl(preset.baseUrl), QStringLiteral("AIza-test"), chat);
        QCOMPARE(req.url().path(), QStringLiteral("/v1beta/models/gemini-2.5-flash:streamGenerateContent"));
        QCOMPARE(QUrlQuery(req.url()).queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
        QVERIFY(!req.url().query().contains(QLatin1String("key="))); // the key travels in a header, not the URL
        QCOMPARE(req.rawHeader("x-goog-api-key"), QByteArray("AIza-test"));
        const QJsonObject body = QJsonDocument::fromJson(adapter->chatBody(preset, chat)).object();
        QCOMPARE(body.value(QLatin1String("systemInstruction")).toObject().value(QLatin1String("parts")).toArray()[0]
                     .toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Be brief."));
        const QJsonArray contents = body.value(QLatin1String("contents")).toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents[1].toObject().value(QLatin1String("role")).toString(), QStringLiteral("model"));
        QCOMPARE(contents[2].toObject().value(QLatin1String("parts")).toArray()[0].toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Why is the sky blue?"));
        QCOMPARE(body.value(QLatin1String("generationConfig")).toObject().value(QLatin1String("maxOutputTokens")).toInt(), 256);
    }

    void baseUrlsWithOrWithoutTheVersion_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::newRow("anthropic, SDK style") << "anthropic" << "http://127.0.0.1:9/" << "/v1/messages";
        QTest::newRow("anthropic, with /v1") << "anthropic" << "http://127.0.0.1:9/v1" << "/v1/messages";
        QTest::newRow("anthropic, proxy prefix") << "anthropic" << "http://127.0.0.1:9/anthropic" << "/anthropic/v1/messages";
        QTest::newRow("gemini, SDK style") << "gemini" << "http://127.0.0.1:9" << "/v1beta/models/m:streamGenerateContent";
        QTest::newRow("gemini, with /v1beta") << "gemini" << "http://127.0.0.1:9/v1beta/" << "/v1beta/models/m:streamGenerateContent";
        QTest::newRow("gemini, with /v1") << "gemini" << "http://127.0.0.1:9/v1" << "/v1/models/m:streamGenerateContent";
    }
    void baseUrlsWithOrWithoutTheVersion()
    {
        QFETCH(QString, provider);
        QFETCH(QString, base);
        QFETCH(QString, path);
        const ProviderPreset preset = m_registry.find(provider);
        const QNetworkRequest req = ProviderAdapter::create(preset.protocol)->chatRequest(preset, QUrl(base), QStringLiteral("k"), sampleRequest(provider, QStringLiteral("m")));
        QCOMPARE(req.url().path(), path);
    }

    void ollamaRequest()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("ollama"));
        auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest chat = sampleRequest(preset.id, QStringLiteral("llama3.2"));
        const QNetworkRequest req = adapter->chatRequest(preset, QUrl(preset.baseUrl), {}, chat);
        QCOMPARE(req.url().toString(), QStringLiteral("http://localhost:11434/api/chat"));
        QVERIFY(req.rawHeader("Authorization").isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(adapter->chatBody(preset, chat)).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("llama3.2"));
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 4); // system stays a message
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    }

    void openAiFamilyPresets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("includeUsage");
        QTest::newRow("openai") << "openai" << "https://api.openai.com/v1/chat/completions" << true;
        QTest::newRow("deepseek") << "deepseek" << "https://api.deepseek.com/chat/completions" << true;
        QTest::newRow("mistral") << "mistral" << "https://api.mistral.ai/v1/chat/completions" << false;
        QTest::newRow("groq") << "groq" << "https://api.groq.com/openai/v1/chat/completions" << false;
        QTest::newRow("xai") << "xai" << "https://api.x.ai/v1/chat/completions" << true;
        QTest::newRow("lmstudio") << "lmstudio" << "http://localhost:1234/v1/chat/completions" << true;
    }
    void openAiFamilyPresets()
    {
        QFETCH(QString, id);
        QFETCH(QString, url);
        QFETCH(bool, includeUsage);
        const ProviderPreset preset = m_registry.find(id);
        QVERIFY(preset.isValid());
        QCOMPARE(preset.protocol, QStringLiteral("openai"));
        auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest chat = sampleRequest(id, preset.defaultModel);
        const QNetworkRequest req = adapter->chatRequest(preset, QUrl(preset.baseUrl), preset.needsKey ? QStringLiteral("k") : QString(), chat);
        QCOMPARE(req.url().toString(), url);
        QCOMPARE(req.rawHeader("Authorization").isEmpty(), !preset.needsKey);
        const QJsonObject body = QJsonDocument::fromJson(adapter->chatBody(preset, chat)).object();
        QCOMPARE(body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(), includeUsage);
        QVERIFY(!body.contains(QLatin1String("usage"))); // OpenRouter's field stays OpenRouter's
    }

    void errorClassification_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("anthropic credit too low") << "anthropic" << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is too low to access the Anthropic API.\"}}")
            << int(ErrorKind::Billing);
        QTest::newRow("anthropic 401") << "anthropic" << 401
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}") << int(ErrorKind::Auth);
        QTest::newRow("anthropic 529") << "anthropic" << 529
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}") << int(ErrorKind::Server);
        QTest::newRow("anthropic other 400") << "anthropic" << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: too big\"}}") << int(ErrorKind::BadRequest);
        QTest::newRow("gemini API_KEY_INVALID") << "gemini" << 400
            << QByteArray("{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\",\"status\":\"INVALID_ARGUMENT\","
                          "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\"}]}}")
            << int(ErrorKind::Auth);
        QTest::newRow("ollama unknown model") << "ollama" << 404 << QByteArray("{\"error\":\"model \\\"nope\\\" not found, try pulling it first\"}")
                                              << int(ErrorKind::NotFound);
    }
    void errorClassification()
    {
        QFETCH(QString, protocol);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        auto adapter = ProviderAdapter::create(protocol);
        QCOMPARE(int(adapter->errorKind(status, body)), kind);
        QVERIFY(!adapter->errorMessage(body).isEmpty());
    }
};

SWITCHYARD_TEST_MAIN(TestAdapters, QCoreApplication)
#include "test_adapters.moc"
