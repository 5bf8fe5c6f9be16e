#include "TestEnv.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"

#include <QJsonObject>
#include <QTest>

namespace {
const QByteArray kBundled =
    "{\"providers\": ["
    "    {\"id\": \"openrouter\", \"name\": \"OpenRouter\", \"protocol\": \"openai\", \"baseUrl\": \"https://openrouter.ai/api/v1\"}"
    "]}";

// What AppContext does at start: the bundled presets, then the user's own.
ProviderRegistry loaded(const AppSettings& settings)
{
    ProviderRegistry registry(kBundled);
    for (const QJsonObject& o : settings.customProviders())
        registry.addCustom(ProviderPreset::fromJson(o));
    return registry;
}
} // namespace

// Custom providers are saved by core: what Settings adds or removes is what the next start loads.
class TestCustomProviders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void savedAsTheyAreNow()
    {
        AppSettings settings;
        ProviderRegistry registry(kBundled);
        const ProviderPreset vllm = ProviderRegistry::makeCustom(QStringLiteral("My vLLM"), QStringLiteral(" http://127.0.0.1:8000/v1 "),
                                                                 QStringLiteral("openai"), true);
        const ProviderPreset lab = ProviderRegistry::makeCustom(QStringLiteral("Lab Ollama"), QStringLiteral("http://lab:11434"),
                                                                QStringLiteral("ollama"), false);
        QCOMPARE(vllm.id, QStringLiteral("custom-my-vllm"));
        QVERIFY(registry.addCustom(vllm));
        QVERIFY(registry.addCustom(lab));
        QCOMPARE(registry.customProviders().size(), 2);
        QCOMPARE(registry.customProviders().at(1).id, lab.id);
        settings.saveCustomProviders(registry);
        QCOMPARE(settings.customProviders().size(), 2);

        AppSettings fresh; // another process reads what was synced
        ProviderRegistry next = loaded(fresh);
        QVERIFY(next.isCustom(vllm.id));
        QVERIFY(next.isCustom(lab.id));
        QVERIFY(!next.isCustom(QStringLiteral("openrouter")));
        const ProviderPreset back = next.find(vllm.id);
        QCOMPARE(back.name, QStringLiteral("My vLLM"));
        QCOMPARE(back.baseUrl, QStringLiteral("http://127.0.0.1:8000/v1"));
        QCOMPARE(back.protocol, QStringLiteral("openai"));
        QVERIFY(back.needsKey);
        QVERIFY(back.extraBody.contains(QLatin1String("stream_options"))); // usage arrives in the stream
        QVERIFY(!next.find(lab.id).needsKey);

        registry.removeCustom(vllm.id);
        settings.saveCustomProviders(registry);
        next = loaded(AppSettings());
        QVERIFY(!next.find(vllm.id).isValid());
        QVERIFY(next.isCustom(lab.id));
        QCOMPARE(next.providers().size(), 2); // openrouter and the lab

        registry.removeCustom(lab.id);
        settings.saveCustomProviders(registry);
        QVERIFY(AppSettings().customProviders().isEmpty());
    }

    void bundledPresetsAreNeverSavedOrReplaced()
    {
        AppSettings settings;
        ProviderRegistry registry(kBundled);
        ProviderPreset fake = ProviderRegistry::makeCustom(QStringLiteral("x"), QStringLiteral("http://x"), QStringLiteral("openai"), true);
        fake.id = QStringLiteral("openrouter");
        QVERIFY(!registry.addCustom(fake));
        QCOMPARE(registry.find(QStringLiteral("openrouter")).baseUrl, QStringLiteral("https://openrouter.ai/api/v1"));
        settings.saveCustomProviders(registry);
        QVERIFY(settings.customProviders().isEmpty());
    }
};

SWITCHYARD_TEST_MAIN(TestCustomProviders, QCoreApplication)
#include "test_customproviders.moc"
