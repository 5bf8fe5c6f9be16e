#include "TestEnv.h"
#include "chat/Attachment.h"
#include "chat/ChatParams.h"
#include "storage/AttachmentStore.h"
#include "storage/ConversationArchive.h"
#include "storage/ConversationSearch.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static void setTimes(Database* db, qint64 conversationId, qint64 created, qint64 updated)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE conversations SET created_at = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(created);
        q.addBindValue(updated);
        q.addBindValue(conversationId);
        QVERIFY(q.exec());
    }

    // A conversation with two branches, written interleaved (ids 1..6 as below):
    //   q1 -> a1 (interrupted, notice) -> q2 -> a2          (the branch in view)
    //      \-> a1b (regenerated, reasoning)
    qint64 branchedConversation(Database* db)
    {
        ConversationStore store(db);
        const qint64 c = store.create(QStringLiteral("Rust lifetimes"), QStringLiteral("openrouter"), QStringLiteral("anthropic/claude"));
        const qint64 q1 = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("Explain lifetimes"));
        const qint64 a1 = store.addChild(c, q1, QStringLiteral("assistant"), {}, QStringLiteral("anthropic/claude"), QStringLiteral("streaming"));
        store.updateMessage(a1, QStringLiteral("A lifetime is\n```rust\nfn f<'a>(x: &'a str)"), QStringLiteral("thinking"),
                            QStringLiteral("interrupted"), QStringLiteral("The connection dropped; send again."));
        const qint64 a1b = store.addChild(c, q1, QStringLiteral("assistant"), QStringLiteral("Regenerated answer about borrowing"),
                                          QStringLiteral("openai/gpt"));
        store.updateMessage(a1b, QStringLiteral("Regenerated answer about borrowing"), QStringLiteral("I should be brief"),
                            QStringLiteral("complete"));
        const qint64 q2 = store.addChild(c, a1, QStringLiteral("user"), QStringLiteral("And `'static`?"));
        const qint64 a2 = store.addChild(c, q2, QStringLiteral("assistant"), QStringLiteral("It lives for the whole program.\n\n```\nlet s: &'static str = \"hi\";\n```\n"),
                                         QStringLiteral("anthropic/claude"));
        store.setCurrentLeaf(c, a2);
        setTimes(db, c, 1700000000123, 1700000999456);
        return c;
    }

    // Ids made positions, so exports of two databases compare.
    static QJsonObject normalized(const QString& json)
    {
        QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        QHash<qint64, int> ordinal;
        QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        for (const QJsonValue& m : std::as_const(messages))
            ordinal.insert(m.toObject().value(QStringLiteral("id")).toInteger(), int(ordinal.size()) + 1);
        const auto map = [&](const QJsonValue& v) { return v.isNull() ? QJsonValue() : QJsonValue(ordinal.value(v.toInteger(), -1)); };
        QJsonArray out;
        for (const QJsonValue& v : std::as_const(messages)) {
            QJsonObject m = v.toObject();
            m.insert(QStringLiteral("id"), map(m.value(QStringLiteral("id"))));
            m.insert(QStringLiteral("parent"), map(m.value(QStringLiteral("parent"))));
            out.append(m);
        }
        o.insert(QStringLiteral("messages"), out);
        o.insert(QStringLiteral("current_leaf"), map(o.value(QStringLiteral("current_leaf"))));
        return o;
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

    void markdownShowsTheBranchInView()
    {
        auto db = freshDatabase();
        const qint64 c = branchedConversation(db.get());
        const ConversationArchive archive(db.get());
        const QString md = archive.toMarkdown(c);
        QCOMPARE(archive.failure(), ConversationArchive::Failure::None);
        QVERIFY2(md.startsWith(QStringLiteral("# Rust lifetimes\n\n*openrouter · anthropic/claude · ")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("\n## User\n\nExplain lifetimes\n")));
        QVERIFY(md.contains(QStringLiteral("\n## Assistant · anthropic/claude\n\nA lifetime is\n")));
        // The interrupted answer's open fence is closed before its notice and the next heading.
        QVERIFY2(md.contains(QStringLiteral("fn f<'a>(x: &'a str)\n```\n\n> **Notice:** The connection dropped; send again.\n")),
                 qPrintable(md));
        // A complete fence is kept as it was.
        QVERIFY(md.contains(QStringLiteral("It lives for the whole program.\n\n```\nlet s: &'static str = \"hi\";\n```\n")));
        QVERIFY(!md.contains(QStringLiteral("Regenerated"))); // another branch
        QVERIFY(md.indexOf(QStringLiteral("Explain")) < md.indexOf(QStringLiteral("'static`?")));
        QCOMPARE(md.count(QStringLiteral("\n## ")), 4);

        QVERIFY(archive.toMarkdown(c + 100).isEmpty());
        QCOMPARE(archive.failure(), ConversationArchive::Failure::NotFound);
        QVERIFY(!archive.error().isEmpty());
        QVERIFY(archive.toJson(c + 100).isEmpty());
        QCOMPARE(archive.failure(), ConversationArchive::Failure::NotFound);
    }

    void jsonRoundTripLosesNothing()
    {
        auto source = freshDatabase();
        const qint64 c = branchedConversation(source.get());
        const QString first = ConversationArchive(source.get()).toJson(c);
        const QJsonObject doc = QJsonDocument::fromJson(first.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("switchyard-conversation"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("messages")).toArray().size(), 5);
        QCOMPARE(doc.value(QStringLiteral("created_at")).toInteger(), 1700000000123);
        QVERIFY(first.startsWith(QStringLiteral("{\n  \"format\": \"switchyard-conversation\"")));

        auto target = freshDatabase();
        // Something already there: the imported ids differ from the exported ones.
        ConversationStore(target.get()).addMessage(ConversationStore(target.get()).create(QStringLiteral("x"), {}, {}),
                                                   QStringLiteral("user"), QStringLiteral("x"));
        ConversationArchive archive(target.get());
        ImportSummary summary;
        QVERIFY2(archive.importArchive(first.toUtf8(), &summary), qPrintable(archive.error()));
        QCOMPARE(summary.conversationIds.size(), 1);
        QCOMPARE(summary.messages, 5);
        QCOMPARE(summary.format, QStringLiteral("switchyard"));
        const QString second = archive.toJson(summary.conversationIds.first());
        QVERIFY(second != first); // other ids
        QCOMPARE(normalized(second), normalized(first));

        // The tree the GUI walks: the same branch in view, siblings, and leaves by newest id.
        ConversationStore store(target.get());
        const qint64 id = summary.conversationIds.first();
        const QList<StoredMessage> branch = store.branch(id);
        QCOMPARE(branch.size(), 4);
        QCOMPARE(branch.last().content, QStringLiteral("It lives for the whole program.\n\n```\nlet s: &'static str = \"hi\";\n```\n"));
        QCOMPARE(branch.at(1).state, QStringLiteral("interrupted"));
        QCOMPARE(branch.at(1).notice, QStringLiteral("The connection dropped; send again."));
        QCOMPARE(branch.at(1).reasoning, QStringLiteral("thinking"));
        QCOMPARE(store.siblings(branch.at(1).id).size(), 2);
        for (const StoredMessage& m : store.messages(id))
            QVERIFY(m.parentId < m.id);
        QCOMPARE(store.newestLeafUnder(branch.first().id), branch.last().id);
        QCOMPARE(store.find(id).updatedAt, 1700000999456);
        QCOMPARE(ConversationArchive(target.get()).toMarkdown(id), ConversationArchive(source.get()).toMarkdown(c));

        // A list of them, and the {"conversations": [...]} form, import too.
        ImportSummary twice;
        QVERIFY(archive.importArchive(QByteArray("[" + first.toUtf8() + ',' + second.toUtf8() + ']'), &twice));
        QCOMPARE(twice.conversationIds.size(), 2);
        QVERIFY(archive.importArchive(QByteArray("{\"conversations\": [" + first.toUtf8() + "]}"), &twice));
        QCOMPARE(twice.messages, 5);
    }

    // A chat's files and settings go out with it and come back: the same bytes (stored once
    // again in the other file), the same names and order, the same parameters; Markdown names
    // the files.
    void filesAndSettingsTravel()
    {
        auto source = freshDatabase();
        ConversationStore store(source.get());
        const qint64 c = store.create(QStringLiteral("with files"), QStringLiteral("openrouter"), QStringLiteral("m"));
        ChatParams params;
        params.systemPrompt = QStringLiteral("Be brief.");
        params.temperature = 0.25;
        QVERIFY(store.setSettings(c, params));
        const qint64 q = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("What are these?"));
        store.addChild(c, q, QStringLiteral("assistant"), QStringLiteral("A picture and notes."));
        QString error;
        const auto png = Attachment::fromBytes(QStringLiteral("dot.png"), QByteArray("\x89PNG\r\n\x1a\nIMG", 11), &error);
        const auto notes = Attachment::fromBytes(QStringLiteral("notes.txt"), "Remember the milk.\n", &error);
        QVERIFY(png && notes);
        QVERIFY(AttachmentStore(source.get()).attach(q, { *png, *notes }));

        const QString json = ConversationArchive(source.get()).toJson(c);
        QVERIFY(ConversationArchive(source.get()).toMarkdown(c).contains(QLatin1String("*Files: dot.png, notes.txt*")));
        auto target = freshDatabase();
        ConversationArchive archive(target.get());
        ImportSummary summary;
        QVERIFY2(archive.importArchive(json.toUtf8(), &summary), qPrintable(archive.error()));
        const qint64 id = summary.conversationIds.first();
        ConversationStore imported(target.get());
        QCOMPARE(imported.settings(id).systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(imported.settings(id).temperature.value_or(-1), 0.25);
        const QList<StoredMessage> path = imported.turnsTo(imported.currentLeaf(id));
        QCOMPARE(path.first().attachments.size(), 2);
        QCOMPARE(path.first().attachments.at(0).data, png->data);
        QCOMPARE(path.first().attachments.at(1).filename, QStringLiteral("notes.txt"));
        QCOMPARE(count(target.get(), QStringLiteral("blobs")), 2);
        // Exported again, it is the same text but for the ids.
        QCOMPARE(normalized(archive.toJson(id)), normalized(json));
        // Imported twice: the blobs are shared.
        QVERIFY(archive.importArchive(json.toUtf8(), &summary));
        QCOMPARE(count(target.get(), QStringLiteral("blobs")), 2);
    }

    void importPutsParentsBeforeChildren()
    {
        // Written with a child's id below its parent's: imported, ids grow down the tree.
        const QByteArray json = R"({"format": "switchyard-conversation", "version": 1, "title": "Out of order",
            "messages": [
              {"id": 9, "parent": null, "role": "user", "content": "first"},
              {"id": 3, "parent": 9, "role": "assistant", "content": "answer"},
              {"id": 5, "parent": 3, "role": "user", "content": "follow-up"},
              {"id": 4, "parent": 9, "role": "assistant", "content": "other answer"}
            ]})";
        auto db = freshDatabase();
        ConversationArchive archive(db.get());
        ImportSummary summary;
        QVERIFY2(archive.importArchive(json, &summary), qPrintable(archive.error()));
        ConversationStore store(db.get());
        const qint64 id = summary.conversationIds.first();
        const QList<StoredMessage> all = store.messages(id);
        QCOMPARE(all.size(), 4);
        for (const StoredMessage& m : all)
            QVERIFY(m.parentId < m.id);
        QCOMPARE(all.at(0).content, QStringLiteral("first"));
        QCOMPARE(all.at(1).content, QStringLiteral("answer")); // id 3 before 4 before 5
        QCOMPARE(all.at(2).content, QStringLiteral("other answer"));
        QCOMPARE(all.at(3).content, QStringLiteral("follow-up"));
        // No current_leaf in the file: the newest message, a leaf.
        QCOMPARE(store.branch(id).last().content, QStringLiteral("follow-up"));
    }

    void chatGptExportImports()
    {
        auto db = freshDatabase();
        ConversationArchive archive(db.get());
        ImportSummary summary;
        QVERIFY2(archive.importArchive(TestEnv::fixture(QStringLiteral("chatgpt-export-small.json")), &summary),
                 qPrintable(archive.error()));
        QCOMPARE(summary.format, QStringLiteral("chatgpt"));
        QCOMPARE(summary.conversationIds.size(), 2);
        QCOMPARE(summary.messages, 7);

        ConversationStore store(db.get());
        const qint64 trip = summary.conversationIds.at(0);
        const ConversationInfo info = store.find(trip);
        QCOMPARE(info.title, QStringLiteral("Planning a trip to Lisbon"));
        QCOMPARE(info.provider, QStringLiteral("openai"));
        QCOMPARE(info.model, QStringLiteral("gpt-4o"));
        QCOMPARE(info.createdAt, 1700000000000);
        QCOMPARE(info.updatedAt, 1700000050500);
        const QList<StoredMessage> all = store.messages(trip);
        QCOMPARE(all.size(), 5); // no system prompt, no tool call, no tool output
        QStringList contents;
        for (const StoredMessage& m : all) {
            contents.append(m.content.left(12));
            QVERIFY(m.parentId < m.id);
            QVERIFY(m.role == QLatin1String("user") || m.role == QLatin1String("assistant"));
        }
        QCOMPARE(contents, QStringList({ QStringLiteral("Where should"), QStringLiteral("Try Alfama a"), QStringLiteral("And for food"),
                                         QStringLiteral("Pastéis de n"), QStringLiteral("Visit the LX") }));
        QCOMPARE(all.at(0).parentId, 0); // the system prompt's child is a root now
        QCOMPARE(all.at(0).createdAt, 1700000000125);
        QCOMPARE(all.at(3).parentId, all.at(2).id); // the answer after the tool hangs from the question
        QCOMPARE(all.at(4).parentId, all.at(0).id); // the regenerated answer: a branch
        QCOMPARE(all.at(4).model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(store.siblings(all.at(1).id).size(), 2);
        // current_node was the answer after the tool.
        const QList<StoredMessage> branch = store.branch(trip);
        QCOMPARE(branch.size(), 4);
        QVERIFY(branch.last().content.contains(QStringLiteral("```python\nprint(\"nata\")\n```")));

        const qint64 cat = summary.conversationIds.at(1);
        QCOMPARE(store.find(cat).title, QStringLiteral("Untitled ChatGPT conversation"));
        const QList<StoredMessage> catBranch = store.branch(cat);
        QCOMPARE(catBranch.size(), 2); // current_node was empty: its nearest kept ancestor is in view
        QCOMPARE(catBranch.at(0).content, QStringLiteral("What animal is this?")); // the image left out
        QCOMPARE(catBranch.at(1).content, QStringLiteral("A cat."));

        // Searchable at once.
        QCOMPARE(ConversationSearch(db.get()).search(QStringLiteral("manteigaria")).size(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ok = R"({"format": "switchyard-conversation", "version": 1, "title": "fine", "messages": [
            {"id": 1, "parent": null, "role": "user", "content": "hello"}]})";
        QTest::newRow("not-json") << QByteArray("hello, world");
        QTest::newRow("truncated") << ok.left(ok.size() - 3);
        QTest::newRow("invalid-utf8") << QByteArray("[{\"format\": \"switchyard-conversation\", \"title\": \"\xff\xfe\"}]");
        QTest::newRow("wrong-shape") << QByteArray(R"({"hello": "world"})");
        QTest::newRow("empty-array") << QByteArray("[]");
        QTest::newRow("array-of-numbers") << QByteArray("[1, 2, 3]");
        QTest::newRow("wrong-marker") << QByteArray(R"({"format": "something-else", "version": 1, "title": "t", "messages": []})");
        QTest::newRow("newer-version") << QByteArray(R"({"format": "switchyard-conversation", "version": 3, "title": "t", "messages": []})");
        QTest::newRow("file-not-base64") << QByteArray(R"({"format": "switchyard-conversation", "version": 2, "title": "t",
            "messages": [{"id": 1, "role": "user", "content": "x", "files": [{"name": "a.png", "data": "not base64!"}]}]})");
        QTest::newRow("file-not-a-file") << QByteArray(R"({"format": "switchyard-conversation", "version": 2, "title": "t",
            "messages": [{"id": 1, "role": "user", "content": "x", "files": [{"name": "a.bin", "data": "f0VMRgIBAQA="}]}]})");
        QTest::newRow("bad-settings") << QByteArray(R"({"format": "switchyard-conversation", "version": 2, "title": "t",
            "settings": {"temperature": "hot"}, "messages": [{"id": 1, "role": "user", "content": "x"}]})");
        QTest::newRow("no-messages") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t"})");
        QTest::newRow("bad-role") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t",
            "messages": [{"id": 1, "role": "tool", "content": "x"}]})");
        QTest::newRow("missing-parent") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t",
            "messages": [{"id": 1, "parent": 7, "role": "user", "content": "x"}]})");
        QTest::newRow("duplicate-id") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t",
            "messages": [{"id": 1, "role": "user", "content": "x"}, {"id": 1, "role": "user", "content": "y"}]})");
        QTest::newRow("cycle") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t",
            "messages": [{"id": 1, "parent": null, "role": "user", "content": "root"},
                         {"id": 2, "parent": 3, "role": "user", "content": "x"}, {"id": 3, "parent": 2, "role": "assistant", "content": "y"}]})");
        QTest::newRow("bad-leaf") << QByteArray(R"({"format": "switchyard-conversation", "version": 1, "title": "t", "current_leaf": 5,
            "messages": [{"id": 1, "role": "user", "content": "x"}]})");
        QTest::newRow("second-bad") << QByteArray("[" + ok + R"(, {"format": "switchyard-conversation", "version": 1, "title": "t",
            "messages": [{"id": 1, "role": "user"}]}])");
        QTest::newRow("chatgpt-missing-parts") << QByteArray(R"([{"title": "t", "mapping": {
            "r": {"id": "r", "message": null, "parent": null, "children": ["u"]},
            "u": {"id": "u", "message": {"author": {"role": "user"}, "content": {"content_type": "text"}}, "parent": "r", "children": []}}}])");
        QTest::newRow("chatgpt-cycle") << QByteArray(R"([{"title": "t", "mapping": {
            "u": {"id": "u", "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["a"]}}, "parent": "x", "children": []},
            "x": {"id": "x", "message": null, "parent": "y", "children": []},
            "y": {"id": "y", "message": null, "parent": "x", "children": []}}}])");
        QTest::newRow("chatgpt-kept-cycle") << QByteArray(R"([{"title": "t", "mapping": {
            "u": {"id": "u", "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["a"]}}, "parent": "v", "children": []},
            "v": {"id": "v", "message": {"author": {"role": "assistant"}, "content": {"content_type": "text", "parts": ["b"]}}, "parent": "u", "children": []}}}])");
        QTest::newRow("chatgpt-missing-node") << QByteArray(R"([{"title": "t", "mapping": {
            "u": {"id": "u", "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["a"]}}, "parent": "gone", "children": []}}}])");
        QTest::newRow("chatgpt-mapping-not-object") << QByteArray(R"([{"title": "t", "mapping": []}])");
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        auto db = freshDatabase();
        const qint64 c = branchedConversation(db.get());
        const QString before = ConversationArchive(db.get()).toJson(c);
        ConversationArchive archive(db.get());
        ImportSummary summary;
        QVERIFY(!archive.importArchive(bytes, &summary));
        QCOMPARE(archive.failure(), ConversationArchive::Failure::BadInput);
        QVERIFY(!archive.error().isEmpty());
        QVERIFY2(!archive.error().contains(u'\n'), qPrintable(archive.error()));
        QVERIFY2(archive.error().endsWith(u'.'), qPrintable(archive.error()));
        QVERIFY(summary.conversationIds.isEmpty());
        QCOMPARE(count(db.get(), QStringLiteral("conversations")), 1);
        QCOMPARE(count(db.get(), QStringLiteral("messages")), 5);
        QCOMPARE(ConversationArchive(db.get()).toJson(c), before);
    }
};

SWITCHYARD_TEST_MAIN(TestArchive, QCoreApplication)
#include "test_archive.moc"
