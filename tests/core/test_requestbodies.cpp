#include "TestEnv.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(Routing)

namespace {
// Every preference OpenRouter takes, each set.
Routing everyPreference()
{
    Routing r;
    r.order = { QStringLiteral("anthropic"), QStringLiteral("google-ai-studio") };
    r.only = { QStringLiteral("anthropic"), QStringLiteral("google-ai-studio"), QStringLiteral("deepinfra/turbo") };
    r.ignore = { QStringLiteral("together") };
    r.sort = Routing::Sort::Throughput;
    r.allowFallbacks = false;
    r.denyDataCollection = true;
    r.zdr = true;
    r.maxPricePrompt = QStringLiteral("1");
    r.maxPriceCompletion = QStringLiteral("2.5");
    r.quantizations = { QStringLiteral("int8"), QStringLiteral("fp8") };
    return r;
}
} // namespace

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

    // The exact `provider` and `models` objects OpenRouter is sent for each setting: the
    // whole body compared, so nothing else changes with them.
    void routingBodies_data()
    {
        QTest::addColumn<QStringList>("fallbacks");
        QTest::addColumn<Routing>("routing");
        QTest::addColumn<QByteArray>("added"); // the body's fields between "model" and "stream"
        const auto with = [](auto set) {
            Routing r;
            set(r);
            return r;
        };
        QTest::newRow("nothing") << QStringList() << Routing() << QByteArray();
        QTest::newRow("fallback models")
            << QStringList { QStringLiteral("anthropic/claude-sonnet-4.5"), QStringLiteral("openai/gpt-4o-mini") } << Routing()
            << QByteArray(R"(,"models":["m","anthropic/claude-sonnet-4.5","openai/gpt-4o-mini"])");
        QTest::newRow("order") << QStringList() << with([](Routing& r) { r.order = { QStringLiteral("anthropic"), QStringLiteral("openai") }; })
                               << QByteArray(R"(,"provider":{"order":["anthropic","openai"]})");
        QTest::newRow("only") << QStringList() << with([](Routing& r) { r.only = { QStringLiteral("deepinfra") }; })
                              << QByteArray(R"(,"provider":{"only":["deepinfra"]})");
        QTest::newRow("ignore") << QStringList() << with([](Routing& r) { r.ignore = { QStringLiteral("together"), QStringLiteral("novita") }; })
                                << QByteArray(R"(,"provider":{"ignore":["together","novita"]})");
        QTest::newRow("sort price") << QStringList() << with([](Routing& r) { r.sort = Routing::Sort::Price; })
                                    << QByteArray(R"(,"provider":{"sort":"price"})");
        QTest::newRow("sort throughput") << QStringList() << with([](Routing& r) { r.sort = Routing::Sort::Throughput; })
                                         << QByteArray(R"(,"provider":{"sort":"throughput"})");
        QTest::newRow("sort latency") << QStringList() << with([](Routing& r) { r.sort = Routing::Sort::Latency; })
                                      << QByteArray(R"(,"provider":{"sort":"latency"})");
        QTest::newRow("no backup providers") << QStringList() << with([](Routing& r) { r.allowFallbacks = false; })
                                             << QByteArray(R"(,"provider":{"allow_fallbacks":false})");
        QTest::newRow("backup providers said explicitly") << QStringList() << with([](Routing& r) { r.allowFallbacks = true; })
                                                          << QByteArray(R"(,"provider":{"allow_fallbacks":true})");
        QTest::newRow("deny data collection") << QStringList() << with([](Routing& r) { r.denyDataCollection = true; })
                                              << QByteArray(R"(,"provider":{"data_collection":"deny"})");
        QTest::newRow("zero data retention") << QStringList() << with([](Routing& r) { r.zdr = true; })
                                             << QByteArray(R"(,"provider":{"zdr":true})");
        QTest::newRow("max price in and out") << QStringList() << with([](Routing& r) {
            r.maxPricePrompt = QStringLiteral("1");
            r.maxPriceCompletion = QStringLiteral("2");
        }) << QByteArray(R"(,"provider":{"max_price":{"completion":2,"prompt":1}})");
        QTest::newRow("max price decimals as written") << QStringList() << with([](Routing& r) {
            r.maxPricePrompt = QStringLiteral("0.10");
            r.maxPriceCompletion = QStringLiteral("0.000001");
        }) << QByteArray(R"(,"provider":{"max_price":{"completion":1e-06,"prompt":0.1}})");
        QTest::newRow("max price in only") << QStringList() << with([](Routing& r) { r.maxPricePrompt = QStringLiteral("0.5"); })
                                           << QByteArray(R"(,"provider":{"max_price":{"prompt":0.5}})");
        QTest::newRow("quantizations") << QStringList()
                                       << with([](Routing& r) { r.quantizations = { QStringLiteral("int8"), QStringLiteral("fp8") }; })
                                       << QByteArray(R"(,"provider":{"quantizations":["int8","fp8"]})");
        QTest::newRow("everything") << QStringList { QStringLiteral("openai/gpt-4o-mini") } << everyPreference()
                                    << QByteArray(R"(,"models":["m","openai/gpt-4o-mini"],"provider":{"allow_fallbacks":false,)"
                                                  R"("data_collection":"deny","ignore":["together"],"max_price":{"completion":2.5,"prompt":1},)"
                                                  R"("only":["anthropic","google-ai-studio","deepinfra/turbo"],)"
                                                  R"("order":["anthropic","google-ai-studio"],"quantizations":["int8","fp8"],)"
                                                  R"("sort":"throughput","zdr":true})");
    }
    void routingBodies()
    {
        QFETCH(QStringList, fallbacks);
        QFETCH(Routing, routing);
        QFETCH(QByteArray, added);
        const ProviderPreset preset = m_registry.find(QStringLiteral("openrouter"));
        const auto adapter = ProviderAdapter::create(preset.protocol);
        ChatRequest r;
        r.providerId = preset.id;
        r.models = QStringList { QStringLiteral("m") } + fallbacks;
        r.messages = { { QStringLiteral("user"), QStringLiteral("Hi") } };
        r.params.fallbackModels = fallbacks;
        r.params.routing = routing;
        QCOMPARE(r.params.validate(), QString());
        QCOMPARE(adapter->chatBody(preset, r),
                 R"({"messages":[{"content":"Hi","role":"user"}],"model":"m")" + added + R"(,"stream":true,"usage":{"include":true}})");
        QVERIFY(adapter->unsupported(preset, r, nullptr).isEmpty());
        // The ledger keeps exactly what went: {"models": [...], "provider": {...}} or nothing.
        const QString record = adapter->routingRecord(preset, r);
        QCOMPARE(record.isEmpty(), added.isEmpty());
        if (!added.isEmpty())
            QCOMPARE(record.toUtf8(), "{" + added.mid(1) + "}");
    }

    // Other providers take neither: both are left out and said, each in one sentence.
    void routingElsewhereIsNotSent_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("deepseek") << "deepseek"
                                  << QByteArray(R"({"messages":[{"content":"Hi","role":"user"}],"model":"m","stream":true,"stream_options":{"include_usage":true}})");
        QTest::newRow("openai") << "openai"
                                << QByteArray(R"({"messages":[{"content":"Hi","role":"user"}],"model":"m","stream":true,"stream_options":{"include_usage":true}})");
        QTest::newRow("anthropic") << "anthropic"
                                   << QByteArray(R"({"max_tokens":8192,"messages":[{"content":"Hi","role":"user"}],"model":"m","stream":true})");
        QTest::newRow("gemini") << "gemini" << QByteArray(R"({"contents":[{"parts":[{"text":"Hi"}],"role":"user"}]})");
        QTest::newRow("ollama") << "ollama" << QByteArray(R"({"messages":[{"content":"Hi","role":"user"}],"model":"m","stream":true})");
    }
    void routingElsewhereIsNotSent()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        const ProviderPreset preset = m_registry.find(provider);
        QVERIFY(preset.isValid());
        const auto adapter = ProviderAdapter::create(preset.protocol);
        ChatRequest r;
        r.providerId = provider;
        r.models = { QStringLiteral("m"), QStringLiteral("n") };
        r.messages = { { QStringLiteral("user"), QStringLiteral("Hi") } };
        r.params.fallbackModels = { QStringLiteral("n") };
        r.params.routing = everyPreference();
        QCOMPARE(adapter->chatBody(preset, r), body);
        QCOMPARE(adapter->routingRecord(preset, r), QString());
        const QList<DroppedParam> dropped = adapter->unsupported(preset, r, nullptr);
        QCOMPARE(keys(dropped), QStringLiteral("fallback_models,routing"));
        QCOMPARE(ProviderAdapter::describe(dropped),
                 QStringLiteral("Not sent: fallback models (%1 takes one model, not a fallback list); provider routing (%1 takes "
                                "no provider routing preferences).")
                     .arg(preset.name));
        const ChatRequest kept = ProviderAdapter::withoutDropped(r, dropped);
        QCOMPARE(kept.models, QStringList { QStringLiteral("m") });
        QVERIFY(kept.params.routing.isEmpty());
        QVERIFY(kept.params.fallbackModels.isEmpty());
        QCOMPARE(adapter->chatBody(preset, kept), body);
    }

    // Stored, a price keeps the user's text; sent, it is a number. Both forms read back.
    void routingJsonForms()
    {
        Routing r = everyPreference();
        r.maxPricePrompt = QStringLiteral("0.50");
        QCOMPARE(QJsonDocument(r.toStoredJson()).toJson(QJsonDocument::Compact).contains(R"("max_price":{"completion":"2.5","prompt":"0.50"})"), true);
        QCOMPARE(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).contains(R"("max_price":{"completion":2.5,"prompt":0.5})"), true);
        QString error;
        QCOMPARE(Routing::fromJson(r.toStoredJson(), &error), r);
        QCOMPARE(error, QString());
        Routing fromWire = Routing::fromJson(r.toJson(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(fromWire.maxPricePrompt, QStringLiteral("0.5"));
        fromWire.maxPricePrompt = r.maxPricePrompt;
        QCOMPARE(fromWire, r);
        QVERIFY(Routing().toJson().isEmpty());
        QVERIFY(Routing::fromJson(QJsonObject { { QStringLiteral("data_collection"), QStringLiteral("allow") } }).isEmpty());

        // In a chat's settings, beside the parameters.
        ChatParams p;
        p.temperature = 0.5;
        p.fallbackModels = { QStringLiteral("a/b") };
        p.routing.sort = Routing::Sort::Price;
        p.routing.maxPriceCompletion = QStringLiteral("3.00");
        QCOMPARE(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"fallback_models":["a/b"],"routing":{"max_price":{"completion":"3.00"},"sort":"price"},"temperature":0.5})"));
        const ChatParams back = ChatParams::fromJson(p.toJson(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(back.routing, p.routing);
        QCOMPARE(back.fallbackModels, p.fallbackModels);

        // Flags over a preset: each routing field given wins, the rest stays.
        ChatParams over;
        over.routing.sort = Routing::Sort::Latency;
        over.routing.zdr = true;
        const ChatParams merged = p.overriddenBy(over);
        QCOMPARE(merged.routing.sort, std::optional<Routing::Sort>(Routing::Sort::Latency));
        QVERIFY(merged.routing.zdr);
        QCOMPARE(merged.routing.maxPriceCompletion, QStringLiteral("3.00"));
        QCOMPARE(merged.fallbackModels, p.fallbackModels);
    }

    void badRoutingIsOneSentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("sort unknown") << QByteArray(R"({"routing":{"sort":"cheapest"}})") << "price, throughput or latency";
        QTest::newRow("order not a list") << QByteArray(R"({"routing":{"order":"anthropic"}})") << "order";
        QTest::newRow("slug with capitals") << QByteArray(R"({"routing":{"only":["Anthropic"]}})") << "\"Anthropic\"";
        QTest::newRow("slug with a space") << QByteArray(R"({"routing":{"ignore":["deep infra"]}})") << "\"deep infra\"";
        QTest::newRow("allowed and ignored") << QByteArray(R"({"routing":{"only":["openai"],"ignore":["openai"]}})") << "both";
        QTest::newRow("quantization unknown") << QByteArray(R"({"routing":{"quantizations":["int3"]}})") << "\"int3\"";
        QTest::newRow("price negative") << QByteArray(R"({"routing":{"max_price":{"prompt":"-1"}}})") << "input price";
        QTest::newRow("price not a number") << QByteArray(R"({"routing":{"max_price":{"completion":"cheap"}}})") << "\"cheap\"";
        QTest::newRow("price past a double") << QByteArray(R"({"routing":{"max_price":{"prompt":"0.12345678901234567891"}}})") << "digits";
        QTest::newRow("zdr as text") << QByteArray(R"({"routing":{"zdr":"yes"}})") << "zdr";
        QTest::newRow("data collection unknown") << QByteArray(R"({"routing":{"data_collection":"maybe"}})") << "allow or deny";
        QTest::newRow("routing not an object") << QByteArray(R"({"routing":["price"]})") << "routing";
        QTest::newRow("fallbacks not a list") << QByteArray(R"({"fallback_models":"a/b"})") << "fallback_models";
        QTest::newRow("fallback with a space") << QByteArray(R"({"fallback_models":["gpt 4"]})") << "\"gpt 4\"";
    }
    void badRoutingIsOneSentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        ChatParams::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.endsWith(u'.') && error.count(QLatin1String(". ")) == 0, qPrintable(error));
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
