#include "TestEnv.h"
#include "chat/ChatParams.h"
#include "config/AppSettings.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

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
};

SWITCHYARD_TEST_MAIN(TestConversationSettings, QCoreApplication)
#include "test_conversationsettings.moc"
