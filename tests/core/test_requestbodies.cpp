#include "TestEnv.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The exact body each adapter sends for a system prompt and every parameter, and what it
// leaves out and says so.
class TestRequestBodies : public QObject {
    Q_OBJECT

    const ProviderRegistry m_registry;

    static ChatRequest request(const QString& provider, const QString& reasoning)
    {
        ChatRequest r;
        r.providerId = provider;
        r.models = { QStringLiteral("m") };
        r.messages = { { QStringLiteral("user"), QStringLiteral("Hi") } };
        r.params.systemPrompt = QStringLiteral("Be brief.");
        r.params.temperature = 0.7;
        r.params.topP = 0.9;
        r.params.maxTokens = 256;
        r.params.stop = { QStringLiteral("END") };
        r.params.seed = 42;
        if (reasoning == QLatin1String("effort"))
            r.params.reasoningEffort = ReasoningEffort::High;
        else if (reasoning == QLatin1String("budget"))
            r.params.reasoningBudget = 5000;
        return r;
    }

    static QString keys(const QList<DroppedParam>& dropped)
    {
        QStringList out;
        for (const DroppedParam& d : dropped) {
            out.append(ChatParams::paramKey(d.param));
            if (d.reason.isEmpty() || !d.reason.endsWith(u'.'))
                return QStringLiteral("a reason is not one sentence: ") + d.reason;
        }
        return out.join(u',');
    }

private Q_SLOTS:
    void everyParameter_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("dropped");
        const QByteArray orMessages = R"("messages":[{"content":"Be brief.","role":"system"},{"content":"Hi","role":"user"}],"model":"m")";
        QTest::newRow("openrouter, effort")
            << "openrouter" << "effort"
            << R"({"max_tokens":256,)" + orMessages + R"(,"reasoning":{"effort":"high"},"seed":42,"stop":["END"],"stream":true,"temperature":0.7,"top_p":0.9,"usage":{"include":true}})"
            << "";
        QTest::newRow("openrouter, budget")
            << "openrouter" << "budget"
            << R"({"max_tokens":256,)" + orMessages + R"(,"reasoning":{"max_tokens":5000},"seed":42,"stop":["END"],"stream":true,"temperature":0.7,"top_p":0.9,"usage":{"include":true}})"
            << "";
        QTest::newRow("openai, effort")
            << "openai" << "effort"
            << R"({"max_completion_tokens":256,)" + orMessages + R"(,"reasoning_effort":"high","seed":42,"stop":["END"],"stream":true,"stream_options":{"include_usage":true},"temperature":0.7,"top_p":0.9})"
            << "";
        QTest::newRow("openai, budget: an effort only")
            << "openai" << "budget"
            << R"({"max_completion_tokens":256,)" + orMessages + R"(,"seed":42,"stop":["END"],"stream":true,"stream_options":{"include_usage":true},"temperature":0.7,"top_p":0.9})"
            << "reasoning_budget";
        QTest::newRow("deepseek: no seed, no reasoning setting")
            << "deepseek" << "effort"
            << R"({"max_tokens":256,)" + orMessages + R"(,"stop":["END"],"stream":true,"stream_options":{"include_usage":true},"temperature":0.7,"top_p":0.9})"
            << "reasoning_effort,seed";
        QTest::newRow("mistral: random_seed")
            << "mistral" << "none"
            << R"({"max_tokens":256,)" + orMessages + R"(,"random_seed":42,"stop":["END"],"stream":true,"temperature":0.7,"top_p":0.9})"
            << "";
        QTest::newRow("anthropic, thinking")
            << "anthropic" << "effort"
            << QByteArray(R"({"max_tokens":24832,"messages":[{"content":"Hi","role":"user"}],"model":"m","stop_sequences":["END"],"stream":true,"system":"Be brief.","thinking":{"budget_tokens":24576,"type":"enabled"}})")
            << "temperature,top_p,seed";
        QTest::newRow("anthropic, budget")
            << "anthropic" << "budget"
            << QByteArray(R"({"max_tokens":5256,"messages":[{"content":"Hi","role":"user"}],"model":"m","stop_sequences":["END"],"stream":true,"system":"Be brief.","thinking":{"budget_tokens":5000,"type":"enabled"}})")
            << "temperature,top_p,seed";
        QTest::newRow("anthropic, no thinking")
            << "anthropic" << "none"
            << QByteArray(R"({"max_tokens":256,"messages":[{"content":"Hi","role":"user"}],"model":"m","stop_sequences":["END"],"stream":true,"system":"Be brief.","temperature":0.7})")
            << "top_p,seed";
        QTest::newRow("gemini, effort")
            << "gemini" << "effort"
            << QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}],"role":"user"}],"generationConfig":{"maxOutputTokens":256,"seed":42,"stopSequences":["END"],"temperature":0.7,"thinkingConfig":{"thinkingBudget":24576},"topP":0.9},"systemInstruction":{"parts":[{"text":"Be brief."}]}})")
            << "";
        QTest::newRow("gemini, budget")
            << "gemini" << "budget"
            << QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}],"role":"user"}],"generationConfig":{"maxOutputTokens":256,"seed":42,"stopSequences":["END"],"temperature":0.7,"thinkingConfig":{"thinkingBudget":5000},"topP":0.9},"systemInstruction":{"parts":[{"text":"Be brief."}]}})")
            << "";
        QTest::newRow("ollama, effort")
            << "ollama" << "effort"
            << R"({)" + orMessages + R"(,"options":{"num_predict":256,"seed":42,"stop":["END"],"temperature":0.7,"top_p":0.9},"stream":true,"think":"high"})"
            << "";
        QTest::newRow("ollama, budget: an effort only")
            << "ollama" << "budget"
            << R"({)" + orMessages + R"(,"options":{"num_predict":256,"seed":42,"stop":["END"],"temperature":0.7,"top_p":0.9},"stream":true})"
            << "reasoning_budget";
    }
    void everyParameter()
    {
        QFETCH(QString, provider);
        QFETCH(QString, reasoning);
        QFETCH(QByteArray, body);
        QFETCH(QString, dropped);
        const ProviderPreset preset = m_registry.find(provider);
        QVERIFY(preset.isValid());
        const auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest r = request(provider, reasoning);
        QCOMPARE(r.params.validate(), QString());
        QCOMPARE(adapter->chatBody(preset, r), body);
        QCOMPARE(keys(adapter->unsupported(preset, r, nullptr)), dropped);
    }

    // A system message of the history (an imported chat) joins the request's system prompt.
    void historySystemMessageJoinsThePrompt()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("anthropic"));
        ChatRequest r;
        r.models = { QStringLiteral("m") };
        r.params.systemPrompt = QStringLiteral("One.");
        r.messages = { { QStringLiteral("system"), QStringLiteral("Two.") }, { QStringLiteral("user"), QStringLiteral("Hi") } };
        QCOMPARE(ProviderAdapter::create(preset.protocol)->chatBody(preset, r),
                 QByteArray(R"({"max_tokens":8192,"messages":[{"content":"Hi","role":"user"}],"model":"m","stream":true,"system":"One.\n\nTwo."})"));
    }

    // OpenRouter's catalog lists what a model takes; a parameter it does not list is
    // reported and left out by withoutDropped. A model with no list takes everything.
    void catalogSupportedParameters()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("openrouter"));
        const auto adapter = ProviderAdapter::create(preset.protocol);
        ChatRequest r = request(preset.id, QStringLiteral("effort"));
        ModelInfo model;
        model.id = QStringLiteral("m");
        model.supportedParameters = { QStringLiteral("max_tokens"), QStringLiteral("temperature"), QStringLiteral("top_p"),
                                      QStringLiteral("stop") };
        const QList<DroppedParam> dropped = adapter->unsupported(preset, r, &model);
        QCOMPARE(keys(dropped), QStringLiteral("reasoning_effort,seed"));
        QVERIFY(dropped[1].reason.contains(QLatin1String("seed")));
        r = ProviderAdapter::withoutDropped(r, dropped);
        const QJsonObject body = QJsonDocument::fromJson(adapter->chatBody(preset, r)).object();
        QVERIFY(!body.contains(QLatin1String("seed")));
        QVERIFY(!body.contains(QLatin1String("reasoning")));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
        QVERIFY(ProviderAdapter::describe(dropped).startsWith(QLatin1String("Not sent: reasoning effort (")));

        ModelInfo unknown;
        unknown.id = QStringLiteral("m");
        QVERIFY(adapter->unsupported(preset, request(preset.id, QStringLiteral("effort")), &unknown).isEmpty());
    }

    void paramsRoundTripAsJson()
    {
        ChatParams p = request(QStringLiteral("x"), QStringLiteral("effort")).params;
        QString error;
        const ChatParams back = ChatParams::fromJson(p.toJson(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(back.toJson(), p.toJson());
        QCOMPARE(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"max_tokens":256,"reasoning_effort":"high","seed":42,"stop":["END"],"system":"Be brief.","temperature":0.7,"top_p":0.9})"));
        QVERIFY(ChatParams().toJson().isEmpty());
        // An explicit value wins; effort and budget replace each other.
        ChatParams over;
        over.reasoningBudget = 100;
        over.temperature = 0.1;
        const ChatParams merged = p.overriddenBy(over);
        QCOMPARE(*merged.temperature, 0.1);
        QVERIFY(!merged.reasoningEffort);
        QCOMPARE(*merged.reasoningBudget, 100);
        QCOMPARE(merged.systemPrompt, p.systemPrompt);
    }

    void badParamsAreOneSentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("temperature as text") << QByteArray(R"({"temperature":"hot"})") << "temperature";
        QTest::newRow("temperature too high") << QByteArray(R"({"temperature":3})") << "temperature";
        QTest::newRow("top_p zero") << QByteArray(R"({"top_p":0})") << "top_p";
        QTest::newRow("max tokens fraction") << QByteArray(R"({"max_tokens":1.5})") << "max_tokens";
        QTest::newRow("max tokens negative") << QByteArray(R"({"max_tokens":-1})") << "output tokens";
        QTest::newRow("unknown effort") << QByteArray(R"({"reasoning_effort":"extreme"})") << "reasoning_effort";
        QTest::newRow("effort and budget") << QByteArray(R"({"reasoning_effort":"low","reasoning_budget":10})") << "not both";
        QTest::newRow("stop not text") << QByteArray(R"({"stop":[1]})") << "stop";
        QTest::newRow("seed as text") << QByteArray(R"({"seed":"42"})") << "seed";
    }
    void badParamsAreOneSentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        ChatParams::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }
};

SWITCHYARD_TEST_MAIN(TestRequestBodies, QCoreApplication)
#include "test_requestbodies.moc"
