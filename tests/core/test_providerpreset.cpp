#include "TestEnv.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"

#include <QJsonDocument>
#include <QTest>

namespace {
ProviderPreset parse(const char* json)
{
    return ProviderPreset::fromJson(QJsonDocument::fromJson(json).object());
}
} // namespace

// What code used to decide by a provider's id is now a field of its preset.
class TestProviderPreset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreReadFromJson()
    {
        const ProviderPreset p = parse(R"({"id": "my-catalog", "fallbackList": true, "priceCatalog": true, "modelListNeedsKey": false})");
        QVERIFY(p.supportsFallbackList);
        QVERIFY(p.isPriceCatalog);
        QVERIFY(!p.modelListNeedsKey);
    }

    void customPresetsGetDefaults()
    {
        const ProviderPreset p = parse("{\"id\": \"custom-vllm\", \"baseUrl\": \"http://localhost:8000/v1\"}"); // not raw: moc takes // in a raw string for a comment
        QVERIFY(!p.supportsFallbackList);
        QVERIFY(!p.isPriceCatalog);
        QVERIFY(p.modelListNeedsKey);
        QVERIFY(p.needsKey);

        const ProviderPreset made = ProviderRegistry::makeCustom(QStringLiteral("My vLLM"), QStringLiteral("http://localhost:8000/v1"),
                                                                 QStringLiteral("openai"), false);
        QVERIFY(!made.isPriceCatalog);
        QVERIFY(made.modelListNeedsKey);
        QCOMPARE(QJsonDocument(made.extraBody).toJson(QJsonDocument::Compact), QByteArray(R"({"stream_options":{"include_usage":true}})"));
        QVERIFY(ProviderRegistry::makeCustom(QStringLiteral("Proxy"), QStringLiteral("http://localhost:9000"), QStringLiteral("anthropic"), true)
                    .extraBody.isEmpty());
    }

    void toJsonKeepsTheNewFieldsAndOnlyWhenSet()
    {
        const ProviderPreset p = parse(R"({"id": "my-catalog", "priceCatalog": true, "modelListNeedsKey": false})");
        const ProviderPreset again = ProviderPreset::fromJson(p.toJson());
        QVERIFY(again.isPriceCatalog);
        QVERIFY(!again.modelListNeedsKey);
        // A custom provider saved before these fields existed is saved the same way still.
        const QJsonObject plain = parse(R"({"id": "custom-x"})").toJson();
        QVERIFY(!plain.contains(QLatin1String("priceCatalog")));
        QVERIFY(!plain.contains(QLatin1String("modelListNeedsKey")));
    }

    void bundledPresetsSayWhatCodeUsedToKnow()
    {
        const ProviderRegistry registry;
        QCOMPARE(registry.priceCatalog().id, QStringLiteral("openrouter"));
        const ProviderPreset openRouter = registry.find(QStringLiteral("openrouter"));
        QVERIFY(openRouter.isPriceCatalog);
        QVERIFY(!openRouter.modelListNeedsKey);
        QVERIFY(openRouter.supportsFallbackList);
        for (const ProviderPreset& p : registry.providers()) {
            if (p.id == openRouter.id)
                continue;
            QVERIFY2(!p.isPriceCatalog && p.modelListNeedsKey && !p.supportsFallbackList, qPrintable(p.id));
        }
    }

    void priceCatalogFollowsTheField()
    {
        const ProviderRegistry registry(R"({"providers": [{"id": "openrouter"}, {"id": "mine", "priceCatalog": true}]})");
        QCOMPARE(registry.priceCatalog().id, QStringLiteral("mine"));
        QVERIFY(!ProviderRegistry(R"({"providers": [{"id": "openrouter"}]})").priceCatalog().isValid());
    }

    void canListModels_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("haveKey");
        QTest::addColumn<bool>("can");
        QTest::newRow("key needed, none") << QByteArray(R"({"id": "a"})") << false << false;
        QTest::newRow("key needed, at hand") << QByteArray(R"({"id": "a"})") << true << true;
        QTest::newRow("no key needed") << QByteArray(R"({"id": "a", "needsKey": false})") << false << true;
        QTest::newRow("public list, no key") << QByteArray(R"({"id": "a", "modelListNeedsKey": false})") << false << true;
        QTest::newRow("an id alone decides nothing") << QByteArray(R"({"id": "openrouter"})") << false << false;
    }
    void canListModels()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, haveKey);
        QFETCH(bool, can);
        QCOMPARE(parse(json.constData()).canListModels(haveKey), can);
    }
};

SWITCHYARD_TEST_MAIN(TestProviderPreset, QCoreApplication)
#include "test_providerpreset.moc"
