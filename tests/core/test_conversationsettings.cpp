#include "TestEnv.h"
#include "chat/ChatParams.h"
#include "config/AppSettings.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/PresetStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// A conversation's settings and the defaults for new ones, on real SQLite files and the
// real QSettings of a throwaway profile.
class TestConversationSettings : public QObject {
    Q_OBJECT

    int m_counter = 0;

    QString freshPath() { return TestEnv::root() + QStringLiteral("/settings-%1.sqlite").arg(++m_counter); }

    static std::unique_ptr<Database> open(const QString& path)
    {
        auto db = std::make_unique<Database>();
        QString error;
        [&] { QVERIFY2(db->open(path, &error), qPrintable(error)); }();
        return db;
    }

    static ChatParams sample()
    {
        ChatParams p;
        p.systemPrompt = QStringLiteral("You review C++ code.");
        p.temperature = 0.2;
        p.maxTokens = 2000;
        p.reasoningEffort = ReasoningEffort::Medium;
        p.stop = { QStringLiteral("###") };
        return p;
    }

private Q_SLOTS:
    void storedWithTheConversation()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto db = open(path);
            ConversationStore store(db.get());
            id = store.create(QStringLiteral("t"), QStringLiteral("openrouter"), QStringLiteral("m"));
            QVERIFY(store.settings(id).isEmpty());
            QVERIFY(store.setSettings(id, sample()));
        }
        auto db = open(path); // read back from the file, not from memory
        ConversationStore store(db.get());
        QCOMPARE(store.settings(id).toJson(), sample().toJson());
        QVERIFY(!store.setSettings(id + 100, sample())); // no such conversation
        QVERIFY(store.setSettings(id, ChatParams()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT settings IS NULL FROM conversations WHERE id = %1").arg(id)) && q.next());
        QVERIFY(q.value(0).toBool()); // none of its own: NULL, not "{}"
    }

    // A damaged value loses only what cannot be read.
    void unreadableSettingsKeepTheRest()
    {
        auto db = open(freshPath());
        ConversationStore store(db.get());
        const qint64 id = store.create(QStringLiteral("t"), {}, {});
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE conversations SET settings = ? WHERE id = ?"));
        q.addBindValue(QByteArray(R"({"system":"Hi","temperature":"warm"})"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        const ChatParams p = store.settings(id);
        QCOMPARE(p.systemPrompt, QStringLiteral("Hi"));
        QVERIFY(!p.temperature);
    }

    // Fallback models and routing are stored with the chat's settings, in the same JSON,
    // exactly as given (a price keeps its text), and read back from the file.
    void routingStoredWithTheConversation()
    {
        ChatParams p = sample();
        p.fallbackModels = { QStringLiteral("anthropic/claude-sonnet-4.5"), QStringLiteral("openai/gpt-4o-mini") };
        p.routing.order = { QStringLiteral("anthropic"), QStringLiteral("openai") };
        p.routing.ignore = { QStringLiteral("together") };
        p.routing.sort = Routing::Sort::Latency;
        p.routing.allowFallbacks = false;
        p.routing.denyDataCollection = true;
        p.routing.zdr = true;
        p.routing.maxPricePrompt = QStringLiteral("0.50");
        p.routing.maxPriceCompletion = QStringLiteral("2");
        p.routing.quantizations = { QStringLiteral("fp8"), QStringLiteral("bf16") };
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto db = open(path);
            ConversationStore store(db.get());
            id = store.create(QStringLiteral("t"), QStringLiteral("openrouter"), QStringLiteral("m"));
            QVERIFY(store.setSettings(id, p));
        }
        auto db = open(path);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT settings FROM conversations WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral(R"({"fallback_models":["anthropic/claude-sonnet-4.5","openai/gpt-4o-mini"],"max_tokens":2000,)"
                                R"("reasoning_effort":"medium","routing":{"allow_fallbacks":false,"data_collection":"deny",)"
                                R"("ignore":["together"],"max_price":{"completion":"2","prompt":"0.50"},"order":["anthropic","openai"],)"
                                R"("quantizations":["fp8","bf16"],"sort":"latency","zdr":true},"stop":["###"],)"
                                R"("system":"You review C++ code.","temperature":0.2})"));
        const ChatParams back = ConversationStore(db.get()).settings(id);
        QCOMPARE(back.routing, p.routing);
        QCOMPARE(back.fallbackModels, p.fallbackModels);
        QCOMPARE(back.toJson(), p.toJson());
        // Routing alone is a setting of its own: not "none".
        ChatParams only;
        only.routing.zdr = true;
        QVERIFY(!only.isEmpty());
        QVERIFY(ConversationStore(db.get()).setSettings(id, only));
        QCOMPARE(ConversationStore(db.get()).settings(id).routing, only.routing);
    }

    // New chats start with the routing set in Settings > New Chats.
    void routingDefaultsForNewChats()
    {
        ChatParams defaults;
        defaults.routing.denyDataCollection = true;
        defaults.routing.sort = Routing::Sort::Price;
        defaults.fallbackModels = { QStringLiteral("openai/gpt-4o-mini") };
        {
            AppSettings settings;
            settings.setDefaultChatParams(defaults);
            settings.sync();
        }
        AppSettings settings;
        QCOMPARE(settings.defaultChatParams().routing, defaults.routing);
        QCOMPARE(settings.defaultChatParams().fallbackModels, defaults.fallbackModels);
        settings.setDefaultChatParams(ChatParams());
        QVERIFY(settings.defaultChatParams().routing.isEmpty());
    }

    void defaultsForNewConversations()
    {
        {
            AppSettings settings;
            QVERIFY(settings.defaultChatParams().isEmpty());
            settings.setDefaultChatParams(sample());
            settings.sync();
        }
        AppSettings settings;
        QCOMPARE(settings.defaultChatParams().toJson(), sample().toJson());
        settings.setDefaultChatParams(ChatParams());
        QVERIFY(settings.defaultChatParams().isEmpty());
    }

    void bundledPresets()
    {
        const QList<Preset> bundled = PresetStore::bundled();
        QVERIFY(bundled.size() >= 5);
        for (const Preset& p : bundled) {
            QVERIFY(p.bundled);
            QVERIFY2(!p.params.systemPrompt.isEmpty(), qPrintable(p.name));
            QCOMPARE(p.params.validate(), QString());
        }
        auto db = open(freshPath());
        const PresetStore store(db.get());
        const Preset reasoner = store.find(QStringLiteral("Careful reasoner"));
        QCOMPARE(reasoner.name, QStringLiteral("Careful reasoner"));
        QCOMPARE(*reasoner.params.reasoningEffort, ReasoningEffort::High);
        QVERIFY(store.find(QStringLiteral("careful reasoner")).name.isEmpty()); // names are exact
    }

    // A user preset of a bundled one's name takes its place; removing it brings it back.
    void userPresetOverridesBundled()
    {
        const QString path = freshPath();
        {
            auto db = open(path);
            PresetStore store(db.get());
            Preset mine;
            mine.name = QStringLiteral("Translator");
            mine.provider = QStringLiteral("anthropic");
            mine.model = QStringLiteral("claude-haiku-4-5");
            mine.params.systemPrompt = QStringLiteral("Translate into French.");
            QString error;
            QVERIFY2(store.save(mine, &error), qPrintable(error));
            Preset bad;
            bad.name = QStringLiteral("Hot");
            bad.params.temperature = 5;
            QVERIFY(!store.save(bad, &error));
            QVERIFY(error.contains(QLatin1String("temperature")));
        }
        auto db = open(path);
        PresetStore store(db.get());
        const QStringList names = store.names();
        QCOMPARE(names.count(QStringLiteral("Translator")), 1);
        QVERIFY(!names.contains(QStringLiteral("Hot")));
        Preset t = store.find(QStringLiteral("Translator"));
        QVERIFY(!t.bundled);
        QCOMPARE(t.params.systemPrompt, QStringLiteral("Translate into French."));
        QCOMPARE(t.provider, QStringLiteral("anthropic"));
        QVERIFY(store.remove(QStringLiteral("Translator")));
        t = store.find(QStringLiteral("Translator"));
        QVERIFY(t.bundled);
        QVERIFY(!store.remove(QStringLiteral("Translator"))); // a bundled one cannot be removed
    }

    void exportThenImport()
    {
        auto from = open(freshPath());
        PresetStore source(from.get());
        Preset p;
        p.name = QStringLiteral("Reviewer (strict)");
        p.model = QStringLiteral("openai/gpt-4o-mini");
        p.params = sample();
        QString error;
        QVERIFY(source.save(p, &error));
        const QByteArray file = source.exportJson();
        QVERIFY(file.contains("\"switchyard_presets\": 1"));
        QVERIFY(!file.contains("General assistant")); // the user's own only

        auto to = open(freshPath());
        PresetStore target(to.get());
        int imported = 0;
        QVERIFY2(target.importJson(file, &error, &imported), qPrintable(error));
        QCOMPARE(imported, 1);
        const Preset back = target.find(p.name);
        QCOMPARE(back.model, p.model);
        QCOMPARE(back.params.toJson(), p.params.toJson());
    }

    // A bad file is one sentence and imports nothing, not even its good presets.
    void badImportIsAllOrNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("broken JSON") << QByteArray("{\"presets\": [") << "broken";
        QTest::newRow("no presets list") << QByteArray("{\"name\": \"x\"}") << "presets";
        QTest::newRow("empty") << QByteArray("{\"presets\": []}") << "no presets";
        QTest::newRow("nameless") << QByteArray(R"({"presets":[{"name":"Good"},{"params":{}}]})") << "no name";
        QTest::newRow("bad parameter after a good one")
            << QByteArray(R"({"presets":[{"name":"Good"},{"name":"Bad","params":{"top_p":7}}]})") << "Bad";
        QTest::newRow("twice the same name") << QByteArray(R"([{"name":"Good"},{"name":"Good"}])") << "two presets";
        QTest::newRow("not an object") << QByteArray(R"([{"name":"Good"}, 3])") << "object";
        QTest::newRow("newer format") << QByteArray(R"({"switchyard_presets":2,"presets":[{"name":"Good"}]})") << "newer";
    }
    void badImportIsAllOrNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto db = open(freshPath());
        PresetStore store(db.get());
        QString error;
        int imported = -1;
        QVERIFY(!store.importJson(json, &error, &imported));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
        QCOMPARE(imported, 0);
        QVERIFY(store.find(QStringLiteral("Good")).name.isEmpty());
    }
};

SWITCHYARD_TEST_MAIN(TestConversationSettings, QCoreApplication)
#include "test_conversationsettings.moc"
