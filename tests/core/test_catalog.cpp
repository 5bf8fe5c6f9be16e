#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "catalog/ModelCatalog.h"
#include "catalog/ModelInfo.h"
#include "catalog/ModelVariant.h"
#include "catalog/PricedModel.h"
#include "chat/ChatOutcome.h"
#include "chat/ChatRequest.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderPreset.h"
#include "session/ChatRunner.h"
#include "storage/AttachmentStore.h"
#include "storage/ConversationStore.h"
#include "config/AppSettings.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestCatalog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;

    ModelInfo byId(const QList<ModelInfo>& models, const QString& id)
    {
        for (const ModelInfo& m : models) {
            if (m.id == id)
                return m;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
    }

    void openRouterCatalog()
    {
        const ModelPage page = ProviderAdapter::create(QStringLiteral("openai"))->parseModels(TestEnv::fixture(QStringLiteral("openrouter-models.json")));
        QVERIFY(page.ok);
        QCOMPARE(page.models.size(), 5);
        const ModelInfo llama = byId(page.models, QStringLiteral("meta-llama/llama-3.1-8b-instruct"));
        QCOMPARE(llama.name, QStringLiteral("Meta: Llama 3.1 8B Instruct"));
        QCOMPARE(llama.contextLength.value_or(-1), qint64(131072));
        QCOMPARE(llama.promptPrice, QStringLiteral("0.00000005"));
        QCOMPARE(llama.completionPrice, QStringLiteral("0.00000008"));
        QCOMPARE(llama.cacheReadPrice, QStringLiteral("0.000000025"));
        QVERIFY(llama.supportedParameters.contains(QLatin1String("tools")));
        QCOMPARE(llama.inputModalities, QStringList { QStringLiteral("text") });
        // Entries 4-5 of the fixture keep only a subset of fields.
        const ModelInfo sonnet = byId(page.models, QStringLiteral("anthropic/claude-sonnet-4.6"));
        QVERIFY(!sonnet.id.isEmpty());
        QVERIFY(!sonnet.promptPrice.isEmpty());
    }

    void openRouterEdgeCases()
    {
        const ModelPage page = ProviderAdapter::create(QStringLiteral("openai"))->parseModels(TestEnv::fixture(QStringLiteral("openrouter-models-edge.json")));
        QVERIFY(page.ok);
        QCOMPARE(page.models.size(), 5); // the entry without an id is skipped
        QCOMPARE(byId(page.models, QStringLiteral("openrouter/auto")).promptPrice, QStringLiteral("-1"));
        const ModelInfo longDecimals = byId(page.models, QStringLiteral("vendor/long-decimals"));
        QCOMPARE(longDecimals.promptPrice, QStringLiteral("0.00000008333333333333334"));
        QCOMPARE(longDecimals.completionPrice, QStringLiteral("0.0000001234567890123456"));
        QCOMPARE(byId(page.models, QStringLiteral("vendor/numeric-prices")).promptPrice, QStringLiteral("2e-07"));
        const ModelInfo bare = byId(page.models, QStringLiteral("vendor/no-pricing"));
        QVERIFY(bare.promptPrice.isEmpty());
        QVERIFY(!bare.contextLength);
        QCOMPARE(byId(page.models, QStringLiteral("vendor/numeric-prices")).name, QStringLiteral("vendor/numeric-prices"));
    }

    // Migration 008's facts: OpenRouter's "created" and "description", exact, and kept by the store.
    void createdAndDescriptionAreParsedAndStored()
    {
        const ModelPage page = ProviderAdapter::create(QStringLiteral("openai"))->parseModels(TestEnv::fixture(QStringLiteral("openrouter-models.json")));
        const ModelInfo nano = byId(page.models, QStringLiteral("openai/gpt-4.1-nano"));
        QCOMPARE(nano.createdAt.value_or(-1), qint64(1744651369));
        QCOMPARE(nano.description,
                 QStringLiteral("For tasks that demand low latency, GPT\u20114.1 nano is the fastest and cheapest model in the GPT-4.1 "
                                "series. It delivers exceptional performance at a small size with its 1 million..."));
        QCOMPARE(nano.inputModalities, (QStringList { QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("file") }));
        const ModelInfo sonnet = byId(page.models, QStringLiteral("anthropic/claude-sonnet-4.6"));
        QCOMPARE(sonnet.createdAt.value_or(-1), qint64(1771342990));
        QVERIFY(sonnet.description.startsWith(QLatin1String("Sonnet 4.6 is Anthropic's most capable Sonnet-class model yet,")));
        QCOMPARE(byId(page.models, QStringLiteral("google/gemini-3.1-pro-preview")).createdAt.value_or(-1), qint64(1771509627));
        // The edge fixture has neither: unknown, not zero.
        const ModelPage edge = ProviderAdapter::create(QStringLiteral("openai"))->parseModels(TestEnv::fixture(QStringLiteral("openrouter-models-edge.json")));
        const ModelInfo bare = byId(edge.models, QStringLiteral("vendor/no-pricing"));
        QVERIFY(!bare.createdAt);
        QVERIFY(bare.description.isEmpty());

        CatalogStore store(m_context->database());
        QVERIFY(store.replace(QStringLiteral("depth"), QStringLiteral("http://127.0.0.1:1/api/v1"), { nano, bare }));
        const std::optional<ModelInfo> back = store.find(QStringLiteral("depth"), nano.id);
        QVERIFY(back);
        QCOMPARE(back->createdAt.value_or(-1), qint64(1744651369));
        QCOMPARE(back->description, nano.description);
        QCOMPARE(back->inputModalities, nano.inputModalities);
        QCOMPARE(back->supportedParameters, nano.supportedParameters);
        const std::optional<ModelInfo> bareBack = store.find(QStringLiteral("depth"), bare.id);
        QVERIFY(bareBack && !bareBack->createdAt && bareBack->description.isEmpty());
        QVERIFY(store.replace(QStringLiteral("depth"), QStringLiteral("http://127.0.0.1:1/api/v1"), {}));
    }

    void freeMeansBothPricesZeroOrTheFreeVariant_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("completion");
        QTest::addColumn<bool>("free");
        QTest::newRow("both zero") << "vendor/a" << "0" << "0" << true;
        QTest::newRow("zero with decimals") << "vendor/a" << "0.000" << "0" << true;
        QTest::newRow(":free id, prices unknown") << "vendor/a:free" << "" << "" << true;
        QTest::newRow("only input free") << "vendor/a" << "0" << "0.000001" << false;
        QTest::newRow("unknown prices") << "vendor/a" << "" << "" << false;
        QTest::newRow("auto router's -1") << "openrouter/auto" << "-1" << "-1" << false;
        QTest::newRow("free in the middle of the id") << "vendor/free:nitro" << "0.1" << "0.1" << false;
    }
    void freeMeansBothPricesZeroOrTheFreeVariant()
    {
        QFETCH(QString, id);
        QFETCH(QString, prompt);
        QFETCH(QString, completion);
        QFETCH(bool, free);
        ModelInfo m;
        m.provider = QStringLiteral("openrouter");
        m.id = id;
        m.promptPrice = prompt;
        m.completionPrice = completion;
        QCOMPARE(PricedModel::from(*m_context, m).isFree(), free);
    }

    void variantsReplaceEachOther()
    {
        QCOMPARE(ModelVariant::apply(QStringLiteral("openai/gpt-4.1-nano"), QStringLiteral(":nitro")), QStringLiteral("openai/gpt-4.1-nano:nitro"));
        QCOMPARE(ModelVariant::apply(QStringLiteral("meta/llama:free"), QStringLiteral(":floor")), QStringLiteral("meta/llama:floor"));
        // "As listed": the id the catalog lists, suffix and all.
        QCOMPARE(ModelVariant::apply(QStringLiteral("meta/llama:free"), QString()), QStringLiteral("meta/llama:free"));
        QCOMPARE(ModelVariant::apply(QStringLiteral("meta/llama"), QStringLiteral(":bogus")), QStringLiteral("meta/llama"));
        QCOMPARE(ModelVariant::apply(ModelVariant::autoRouter(), QStringLiteral(":online")), ModelVariant::autoRouter());
        QVERIFY(ModelVariant::appliesTo(m_context->providers()->find(QStringLiteral("openrouter"))));
        QVERIFY(!ModelVariant::appliesTo(m_context->providers()->find(QStringLiteral("anthropic"))));
    }

    // Ollama's /api/show, asked per model at list time: "vision" means images; a model
    // /api/show cannot describe stays unknown (allowed).
    void ollamaCapabilitiesComeFromApiShow()
    {
        MockProvider mock;
        QVERIFY(mock.listen());
        QByteArray tags = TestEnv::fixture(QStringLiteral("ollama-tags.json"));
        tags.replace("\"models\": [", "\"models\": [{\"name\":\"llava:7b\",\"model\":\"llava:7b\",\"details\":{}},");
        mock.enqueue(MockResponse::json(200, tags));
        mock.route("POST", "/api/show",
                   MockProvider::ollamaShow({ { QStringLiteral("llava:7b"), { QStringLiteral("completion"), QStringLiteral("vision") } },
                                              { QStringLiteral("llama3.2:latest"), { QStringLiteral("completion"), QStringLiteral("tools") } } }));
        const ProviderPreset ollama = m_context->providers()->find(QStringLiteral("ollama"));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(mock.port());
        ModelCatalog catalog(m_context.get());
        QSignalSpy finished(&catalog, &ModelCatalog::finished);
        catalog.refresh(ollama, base, {});
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(mock.requests().size(), 4); // the list, then one /api/show per model
        QStringList asked;
        for (int i = 1; i < mock.requests().size(); ++i) {
            QCOMPARE(mock.requests().at(i).method, QByteArray("POST"));
            QCOMPARE(mock.requests().at(i).path, QByteArray("/api/show"));
            asked.append(QJsonDocument::fromJson(mock.requests().at(i).body).object().value(QLatin1String("model")).toString());
        }
        asked.sort();
        QCOMPARE(asked, (QStringList { QStringLiteral("deepseek-r1:latest"), QStringLiteral("llama3.2:latest"), QStringLiteral("llava:7b") }));
        CatalogStore store(m_context->database());
        QCOMPARE(store.find(QStringLiteral("ollama"), QStringLiteral("llava:7b"))->inputModalities,
                 (QStringList { QStringLiteral("text"), QStringLiteral("image") }));
        const ModelInfo llama = *store.find(QStringLiteral("ollama"), QStringLiteral("llama3.2:latest"));
        QCOMPARE(llama.inputModalities, QStringList { QStringLiteral("text") });
        QCOMPARE(llama.description, QStringLiteral("Capabilities: completion, tools."));
        QVERIFY(store.find(QStringLiteral("ollama"), QStringLiteral("deepseek-r1:latest"))->inputModalities.isEmpty()); // 404: unknown

        // An image to the text-only model: the existing sentence, before anything is sent.
        QString error;
        const auto png = Attachment::fromBytes(QStringLiteral("dot.png"), QByteArray("\x89PNG\r\n\x1a\nIMG", 11), &error);
        QVERIFY2(png, qPrintable(error));
        ChatRequest request;
        request.providerId = ollama.id;
        request.messages = { { QStringLiteral("user"), QStringLiteral("What is this?") } };
        request.messages.first().attachments = { *png };
        const auto adapter = ProviderAdapter::create(ollama.protocol);
        const QString refusal = AttachmentPolicy::refusal(ollama, *adapter, request, &llama);
        QVERIFY2(refusal.contains(QLatin1String("llama3.2:latest")) || refusal.contains(QLatin1String("image")), qPrintable(refusal));
        const ModelInfo llava = *store.find(QStringLiteral("ollama"), QStringLiteral("llava:7b"));
        QVERIFY(AttachmentPolicy::refusal(ollama, *adapter, request, &llava).isEmpty());
        const ModelInfo unknown = *store.find(QStringLiteral("ollama"), QStringLiteral("deepseek-r1:latest"));
        QVERIFY(AttachmentPolicy::refusal(ollama, *adapter, request, &unknown).isEmpty());

        // Through the runner: refused with that sentence, nothing sent to /api/chat.
        const int before = int(mock.requests().size());
        ChatRunner runner(m_context.get());
        ConversationStore conversations(m_context->database());
        const qint64 c = conversations.create(QStringLiteral("ollama image"), {}, {});
        const qint64 q = conversations.addChild(c, 0, QStringLiteral("user"), QStringLiteral("What is this?"));
        QVERIFY(AttachmentStore(m_context->database()).attach(q, { *png }));
        ChatRequest chat;
        chat.providerId = ollama.id;
        chat.models = { QStringLiteral("llama3.2:latest") };
        chat.baseUrlOverride = base;
        chat.historyFrom = q;
        QSignalSpy done(&runner, &ChatRunner::finished);
        runner.start(chat, c, 0);
        QVERIFY(done.wait(20000));
        const ChatOutcome outcome = done.first().first().value<ChatOutcome>();
        QCOMPARE(outcome.status, RequestStatus::Error);
        QCOMPARE(outcome.message, refusal);
        QCOMPARE(int(mock.requests().size()), before);
    }

    // /api/show answers nothing readable: the list still stores, every model unknown.
    void ollamaWithoutApiShowKeepsTheList()
    {
        MockProvider mock;
        QVERIFY(mock.listen());
        mock.enqueue(MockResponse::json(200, TestEnv::fixture(QStringLiteral("ollama-tags.json"))));
        mock.setFallback(MockResponse::json(500, R"({"error":"boom"})"));
        ModelCatalog catalog(m_context.get());
        QSignalSpy finished(&catalog, &ModelCatalog::finished);
        catalog.refresh(m_context->providers()->find(QStringLiteral("ollama")), QStringLiteral("http://127.0.0.1:%1").arg(mock.port()), {});
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toBool());
        const QList<ModelInfo> models = CatalogStore(m_context->database()).models(QStringLiteral("ollama"));
        QCOMPARE(models.size(), 2);
        for (const ModelInfo& m : models)
            QVERIFY(m.inputModalities.isEmpty());
    }

    void otherProviders()
    {
        const ModelPage openai = ProviderAdapter::create(QStringLiteral("openai"))->parseModels(TestEnv::fixture(QStringLiteral("openai-models.json")));
        QCOMPARE(openai.models.size(), 3);
        const ModelPage ollama = ProviderAdapter::create(QStringLiteral("ollama"))->parseModels(TestEnv::fixture(QStringLiteral("ollama-tags.json")));
        QVERIFY(ollama.ok);
        QVERIFY(!ollama.models.isEmpty());
        QCOMPARE(ollama.models.first().promptPrice, QStringLiteral("0"));
        const ModelPage gemini = ProviderAdapter::create(QStringLiteral("gemini"))->parseModels(TestEnv::fixture(QStringLiteral("gemini-models-page1.json")));
        QCOMPARE(gemini.models.size(), 1); // the embedding model cannot generateContent
        QCOMPARE(gemini.models.first().id, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(gemini.nextCursor, QStringLiteral("page-2-token"));
        const ModelPage anthropic = ProviderAdapter::create(QStringLiteral("anthropic"))->parseModels(TestEnv::fixture(QStringLiteral("anthropic-models-page1.json")));
        QCOMPARE(anthropic.nextCursor, QStringLiteral("claude-sonnet-4-6"));
        QCOMPARE(anthropic.models.first().name, QStringLiteral("Claude Opus 4.6"));
        QVERIFY(!ProviderAdapter::create(QStringLiteral("openai"))->parseModels("<html>").ok);
    }

    // A listed model without a price takes the price book's, except on the price catalog,
    // whose own "unknown" stands: the preset's field decides, not its id.
    void pricedModelFollowsThePriceCatalogField_data()
    {
        QTest::addColumn<bool>("catalog");
        QTest::addColumn<QString>("prompt");
        QTest::newRow("ordinary provider takes the price book's") << false << "1";
        QTest::newRow("price catalog keeps its unknown") << true << "";
    }
    void pricedModelFollowsThePriceCatalogField()
    {
        QFETCH(bool, catalog);
        QFETCH(QString, prompt);
        ProviderPreset preset = ProviderRegistry::makeCustom(QStringLiteral("Priced"), QStringLiteral("http://127.0.0.1:1/v1"),
                                                             QStringLiteral("openai"), true);
        preset.isPriceCatalog = catalog;
        QVERIFY(m_context->providers()->addCustom(preset));
        m_context->settings()->setPriceOverride(preset.id, QStringLiteral("m1"), { QStringLiteral("1"), QStringLiteral("2") });
        ModelInfo m;
        m.provider = preset.id;
        m.id = QStringLiteral("m1");
        const PricedModel priced = PricedModel::from(*m_context, m);
        QCOMPARE(PricedModel::perMillion(priced.prompt), prompt);
        m_context->settings()->setPriceOverride(preset.id, QStringLiteral("m1"), {});
        m_context->providers()->removeCustom(preset.id);
    }

    void pagesThroughTheMock_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("page1");
        QTest::addColumn<QString>("page2");
        QTest::addColumn<QString>("cursorParam");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<int>("count");
        QTest::newRow("anthropic after_id") << "anthropic" << "/v1" << "anthropic-models-page1.json" << "anthropic-models-page2.json"
                                            << "after_id" << "claude-sonnet-4-6" << 3;
        QTest::newRow("gemini pageToken") << "gemini" << "/v1beta" << "gemini-models-page1.json" << "gemini-models-page2.json"
                                          << "pageToken" << "page-2-token" << 2;
    }
    void pagesThroughTheMock()
    {
        QFETCH(QString, provider);
        QFETCH(QString, prefix);
        QFETCH(QString, page1);
        QFETCH(QString, page2);
        QFETCH(QString, cursorParam);
        QFETCH(QString, cursor);
        QFETCH(int, count);
        MockProvider mock;
        QVERIFY(mock.listen());
        mock.enqueue(MockResponse::json(200, TestEnv::fixture(page1)));
        mock.enqueue(MockResponse::json(200, TestEnv::fixture(page2)));
        const ProviderPreset preset = m_context->providers()->find(provider);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(mock.port()) + prefix;
        ModelCatalog catalog(m_context.get());
        QVERIFY(catalog.isStale(provider, base));
        QSignalSpy finished(&catalog, &ModelCatalog::finished);
        catalog.refresh(preset, base, QStringLiteral("key"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(mock.requests().size(), 2);
        QCOMPARE(mock.requests().at(0).method, QByteArray("GET"));
        QVERIFY(!QUrlQuery(QString::fromLatin1(mock.requests().at(0).path.mid(mock.requests().at(0).path.indexOf('?') + 1))).hasQueryItem(cursorParam));
        const QUrlQuery second(QString::fromLatin1(mock.requests().at(1).path.mid(mock.requests().at(1).path.indexOf('?') + 1)));
        QCOMPARE(second.queryItemValue(cursorParam), cursor);
        QCOMPARE(CatalogStore(m_context->database()).models(provider).size(), count);
        QVERIFY(!catalog.isStale(provider, base));
        QVERIFY(catalog.isStale(provider, base + QStringLiteral("/other"))); // another server, another list
    }

    void rejectedKeyIsReported()
    {
        MockProvider mock;
        QVERIFY(mock.listen());
        mock.enqueue(MockResponse::json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"));
        ModelCatalog catalog(m_context.get());
        QSignalSpy finished(&catalog, &ModelCatalog::finished);
        catalog.refresh(m_context->providers()->find(QStringLiteral("anthropic")), QStringLiteral("http://127.0.0.1:%1/v1").arg(mock.port()),
                        QStringLiteral("sk-ant-secret-key"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(3).toInt(), int(ErrorKind::Auth));
        QVERIFY(finished.first().at(2).toString().contains(QLatin1String("rejected the API key")));
        QVERIFY(!finished.first().at(2).toString().contains(QLatin1String("sk-ant-secret-key")));
    }
};

SWITCHYARD_TEST_MAIN(TestCatalog, QCoreApplication)
#include "test_catalog.moc"
