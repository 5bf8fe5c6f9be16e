#include "TestEnv.h"
#include "storage/ConversationSearch.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

// Search, export and import of conversations, on real SQLite files.
class TestArchive : public QObject {
    Q_OBJECT

private:
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = std::make_unique<Database>();
        QString error;
        const QString path = TestEnv::root() + QStringLiteral("/archive-%1.sqlite").arg(++m_counter);
        [&] { QVERIFY2(db->open(path, &error), qPrintable(error)); }();
        return db;
    }

    static qint64 count(Database* db, const QString& table)
    {
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void searchFindsTitlesAndMessages()
    {
        auto db = freshDatabase();
        ConversationStore store(db.get());
        const qint64 trip = store.create(QStringLiteral("Trip to Lisbon"), QStringLiteral("openrouter"), QStringLiteral("m"));
        store.addMessage(trip, QStringLiteral("user"), QStringLiteral("Where to eat?"));
        const qint64 other = store.create(QStringLiteral("Cooking"), QStringLiteral("openrouter"), QStringLiteral("m"));
        const qint64 hit = store.addMessage(other, QStringLiteral("user"),
                                            QStringLiteral("A long message first, with some words, then the recipe from Lisbon that "
                                                           "my grandmother wrote down many years ago, and more after it."));
        const ConversationSearch search(db.get());
        const QList<SearchHit> hits = search.search(QStringLiteral("lisbon"));
        QVERIFY2(search.error().isEmpty(), qPrintable(search.error()));
        QCOMPARE(hits.size(), 2);
        const SearchHit& title = hits.at(0).messageId == 0 ? hits.at(0) : hits.at(1);
        const SearchHit& message = hits.at(0).messageId == 0 ? hits.at(1) : hits.at(0);
        QCOMPARE(title.conversationId, trip);
        QCOMPARE(title.snippet, QStringLiteral("Trip to \uE000Lisbon\uE001"));
        QVERIFY(title.role.isEmpty());
        QCOMPARE(message.conversationId, other);
        QCOMPARE(message.messageId, hit);
        QCOMPARE(message.role, QStringLiteral("user"));
        QCOMPARE(message.title, QStringLiteral("Cooking"));
        QVERIFY2(message.snippet.contains(QStringLiteral("\uE000Lisbon\uE001")), qPrintable(message.snippet));
        QVERIFY(message.snippet.contains(QChar(0x2026))); // cut to a few words

        QList<SnippetRange> ranges;
        const QString plain = ConversationSearch::plainSnippet(title.snippet, &ranges);
        QCOMPARE(plain, QStringLiteral("Trip to Lisbon"));
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(plain.mid(ranges.at(0).start, ranges.at(0).length), QStringLiteral("Lisbon"));

        // The last word is a prefix; every word must be there.
        QCOMPARE(search.search(QStringLiteral("lisb")).size(), 2);
        QCOMPARE(search.search(QStringLiteral("grandmother lisb")).size(), 1);
        QCOMPARE(search.search(QStringLiteral("lisbon nowhere")).size(), 0);
        QCOMPARE(search.search(QStringLiteral("lisbon"), 1).size(), 1);

        // One hit per conversation: its best, with its snippet.
        store.addMessage(trip, QStringLiteral("assistant"), QStringLiteral("Lisbon has trams."));
        store.addMessage(trip, QStringLiteral("user"), QStringLiteral("More about Lisbon, Lisbon, Lisbon."));
        QCOMPARE(search.search(QStringLiteral("lisbon")).size(), 4);
        const QList<SearchHit> best = search.bestPerConversation(QStringLiteral("lisbon"));
        QVERIFY2(search.error().isEmpty(), qPrintable(search.error()));
        QCOMPARE(best.size(), 2);
        // The same best hit as the full search's first for each conversation.
        const QList<SearchHit> every = search.search(QStringLiteral("lisbon"));
        QCOMPARE(best.at(0).conversationId, every.at(0).conversationId);
        QCOMPARE(best.at(0).messageId, every.at(0).messageId);
        QCOMPARE(best.at(0).snippet, every.at(0).snippet);
        QCOMPARE(best.at(0).conversationId, trip);
        QCOMPARE(best.at(0).snippet.count(QStringLiteral("\uE000Lisbon\uE001")), 3); // every match marked
        QCOMPARE(best.at(1).conversationId, other);
        QCOMPARE(best.at(1).messageId, hit);
        QCOMPARE(best.at(1).role, QStringLiteral("user"));
        QVERIFY(best.at(1).snippet.contains(QStringLiteral("\uE000Lisbon\uE001")));
        QCOMPARE(search.bestPerConversation(QStringLiteral("lisbon"), 1).size(), 1);
        QVERIFY(search.bestPerConversation(QStringLiteral("\"*")).isEmpty());
    }

    void searchShowsTheTextsOwnMarksAsReplacement()
    {
        auto db = freshDatabase();
        ConversationStore store(db.get());
        const qint64 c = store.create(QStringLiteral("Marks"), {}, {});
        store.addMessage(c, QStringLiteral("user"), QStringLiteral("odd \uE001 text \uE000 before the needle here"));
        const QList<SearchHit> hits = ConversationSearch(db.get()).search(QStringLiteral("needle"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).snippet.count(QChar(0xE000)), 1);
        QCOMPARE(hits.at(0).snippet.count(QChar(0xE001)), 1);
        QVERIFY(hits.at(0).snippet.contains(QStringLiteral("\uE000needle\uE001")));
        QCOMPARE(hits.at(0).snippet.count(QChar(QChar::ReplacementCharacter)), 2);
    }

    void hostileQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("punctuationOnly");
        QTest::newRow("quote") << QStringLiteral("\"") << true;
        QTest::newRow("star") << QStringLiteral("*") << true;
        QTest::newRow("near-open") << QStringLiteral("NEAR(") << false;
        QTest::newRow("dangling-or") << QStringLiteral("a OR") << false;
        QTest::newRow("bare-or") << QStringLiteral("OR") << false;
        QTest::newRow("quotes") << QStringLiteral("\"\"\"\"") << true;
        QTest::newRow("parens") << QStringLiteral(")( ) (") << true;
        QTest::newRow("column-filter") << QStringLiteral("content:lisbon") << false;
        QTest::newRow("caret-minus-plus") << QStringLiteral("^ - + : {") << true;
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --") << false;
        QTest::newRow("unbalanced-phrase") << QStringLiteral("\"lisbon") << false;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral("   \t ") << true;
    }

    void hostileQueriesNeverFail()
    {
        QFETCH(QString, query);
        QFETCH(bool, punctuationOnly);
        auto db = freshDatabase();
        ConversationStore store(db.get());
        const qint64 c = store.create(QStringLiteral("a OR near Lisbon"), {}, {});
        store.addMessage(c, QStringLiteral("user"), QStringLiteral("content: near (a) or Lisbon \"quoted\" * stars; drop table"));
        const ConversationSearch search(db.get());
        const QList<SearchHit> hits = search.search(query);
        QVERIFY2(search.error().isEmpty(), qPrintable(search.error()));
        QCOMPARE(ConversationSearch::matchExpression(query).isEmpty(), punctuationOnly);
        if (punctuationOnly)
            QVERIFY(hits.isEmpty());
        QCOMPARE(count(db.get(), QStringLiteral("messages")), 1);
    }
};

SWITCHYARD_TEST_MAIN(TestArchive, QCoreApplication)
#include "test_archive.moc"
