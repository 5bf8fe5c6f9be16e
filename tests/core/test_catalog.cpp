#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "catalog/ModelCatalog.h"
#include "catalog/ModelInfo.h"
#include "catalog/PricedModel.h"
#include "config/AppSettings.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "storage/Database.h"

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
