#include "TestEnv.h"
#include "money/Money.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QString freshPath()
    {
        return TestEnv::root() + QStringLiteral("/db-%1.sqlite").arg(++m_counter);
    }
    int m_counter = 0;

private Q_SLOTS:
    void migratesFromEmpty()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table : { "conversations", "messages", "messages_fts", "usage_ledger" }) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
        }
    }

    void reopenIsIdempotent()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            ConversationStore(&db).create(QStringLiteral("kept"), {}, {});
        }
        Database db;
        QVERIFY(db.open(path, nullptr));
        QCOMPARE(ConversationStore(&db).list().size(), 1);
    }

    // With checkpoints deferred, writes stay in the write-ahead log until checkpoint()
    // copies them into the file from a connection of its own; a reader sees them either way
    // and cannot write.
    void deferredCheckpointsAndReaders()
    {
        const QString path = freshPath();
        Database db;
        QVERIFY(db.open(path, nullptr));
        db.deferCheckpoints();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), 16384);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))); // start from an empty log
        q.finish(); // an unfinished statement would hold a snapshot the checkpoint cannot pass
        ConversationStore store(&db);
        const qint64 c = store.create(QStringLiteral("in the log"), {}, {});
        for (int i = 0; i < 200; ++i)
            store.addMessage(c, QStringLiteral("user"), QString(2000, QChar(u'a' + i % 26)));
        // The rows are in the log, not yet in the file; the checkpoint puts them there.
        const qint64 fileBefore = QFileInfo(path).size();
        QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > 100 * 1024, "the log holds the writes");
        QVERIFY(Database::checkpoint(path));
        QVERIFY2(QFileInfo(path).size() > fileBefore + 300 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
        Database reader;
        QString error;
        QVERIFY2(reader.openReader(path, &error), qPrintable(error));
        QCOMPARE(ConversationStore(&reader).messages(c).size(), 200);
        QSqlQuery w(reader.connection());
        QVERIFY(!w.exec(QStringLiteral("DELETE FROM messages")));
        QCOMPARE(store.messages(c).size(), 200);
        QVERIFY(!reader.openReader(path + QStringLiteral(".missing"), &error));
    }

    void refusesNewerFile()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer Switchyard")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("999")));
        QVERIFY(!db.isOpen());
    }

    void splitKeepsTriggersWhole()
    {
        const QStringList s = Database::splitStatements(QStringLiteral(
            "-- comment; with a semicolon\nCREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (2);\nEND;\nCREATE INDEX i ON a(x);\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s[1].startsWith(QLatin1String("CREATE TRIGGER")) && s[1].endsWith(QLatin1String("END;")));
    }

    void conversationsAndSearch()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        ConversationStore store(&db);
        const qint64 c = store.create(QStringLiteral("Sky"), QStringLiteral("openrouter"), QStringLiteral("m"));
        QVERIFY(c > 0);
        store.addMessage(c, QStringLiteral("user"), QStringLiteral("Why is the sky blue?"));
        const qint64 a = store.addMessage(c, QStringLiteral("assistant"), {}, QStringLiteral("m"), QStringLiteral("streaming"));
        QVERIFY(store.updateMessage(a, QStringLiteral("Rayleigh scattering"), QStringLiteral("think"), QStringLiteral("interrupted"),
                                    QStringLiteral("lost")));
        const StoredMessage m = store.message(a);
        QCOMPARE(m.content, QStringLiteral("Rayleigh scattering"));
        QCOMPARE(m.state, QStringLiteral("interrupted"));
        QCOMPARE(m.notice, QStringLiteral("lost"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'rayleigh'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), a);
        QVERIFY(store.rename(c, QStringLiteral("Colours")));
        QCOMPARE(store.find(c).title, QStringLiteral("Colours"));

        // A streaming answer is indexed once it stops streaming, with its final text; the
        // index agrees with the table after every step (FTS5's own integrity check).
        auto hits = [&](const char* word) {
            QSqlQuery h(db.connection());
            h.exec(QStringLiteral("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH '%1'").arg(QLatin1String(word)));
            return h.next() ? h.value(0).toInt() : -1;
        };
        auto indexAgrees = [&] {
            QSqlQuery check(db.connection());
            return check.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 0)"));
        };
        const qint64 s = store.addMessage(c, QStringLiteral("assistant"), {}, QStringLiteral("m"), QStringLiteral("streaming"));
        QVERIFY(store.updateMessage(s, QStringLiteral("zebra stripes"), {}, QStringLiteral("streaming")));
        QCOMPARE(hits("zebra"), 0);
        QVERIFY(store.updateMessage(s, QStringLiteral("zebra stripes scatter"), {}, QStringLiteral("complete")));
        QCOMPARE(hits("zebra"), 1);
        QCOMPARE(hits("scatter"), 1);
        QVERIFY(indexAgrees());
        QVERIFY(store.updateMessage(s, QStringLiteral("zebra stripes scatter"), {}, QStringLiteral("streaming"))); // continued
        QCOMPARE(hits("zebra"), 0);
        QVERIFY(store.updateMessage(s, QStringLiteral("okapi"), {}, QStringLiteral("interrupted")));
        QCOMPARE(hits("zebra"), 0);
        QCOMPARE(hits("okapi"), 1);
        QVERIFY(indexAgrees());
        QVERIFY(store.removeMessage(s));
        QCOMPARE(hits("okapi"), 0);
        QVERIFY(indexAgrees());
    }

    // A database the previous release wrote: each conversation becomes one branch, nothing
    // lost, answers linked to the requests that wrote them, the ledger untouched.
    void treeMigrationKeepsEverything()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(TestEnv::fixturePath(QStringLiteral("schema4-conversations.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        ConversationStore store(&db);
        const QList<ConversationInfo> list = store.list();
        QCOMPARE(list.size(), 2);
        // With their requests (the view's read) and without (what a request sends).
        const QList<StoredMessage> first = store.messagesByIds(store.pathTo(store.currentLeaf(1)));
        QCOMPARE(first.size(), 4);
        QCOMPARE(store.branch(1).size(), 4);
        QCOMPARE(store.branch(1).at(3).content, first.at(3).content);
        QCOMPARE(store.currentLeaf(1), qint64(4));
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).id, qint64(i + 1));
            QCOMPARE(first.at(i).parentId, qint64(i)); // 0 for the first
        }
        QCOMPARE(first.at(3).content, QStringLiteral("At sunset light crosses more air, so"));
        QCOMPARE(first.at(3).state, QStringLiteral("interrupted"));
        QVERIFY(first.at(3).notice.startsWith(QStringLiteral("The connection to OpenRouter was reset")));
        QVERIFY(!first.at(0).request);
        QVERIFY(first.at(1).request);
        QCOMPARE(first.at(1).request->ledgerId, qint64(2));
        QCOMPARE(first.at(1).request->upstreamProvider, QStringLiteral("DeepInfra"));
        QCOMPARE(Money::toDecimalString(*first.at(1).request->cost), QStringLiteral("0.00000036531"));
        QCOMPARE(first.at(3).request->ledgerId, qint64(3));
        QVERIFY(!first.at(3).request->cost); // unknown stays unknown
        const QList<StoredMessage> second = store.messagesByIds(store.pathTo(store.currentLeaf(2)));
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).content, QString::fromUtf8("Écris un haïku sur la pluie 🌧"));
        QCOMPARE(second.at(1).reasoning, QStringLiteral("The user wants a haiku."));
        QCOMPARE(second.at(1).request->ledgerId, qint64(4));
        QCOMPARE(second.at(1).request->modelServed, QStringLiteral("claude-sonnet-4-5-20250929"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(cost_pico) FROM usage_ledger")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toLongLong(), qint64(31200 + 365310 + 1044000));
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(requests) FROM usage_rollup")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        // Titles are searchable after the migration.
        QVERIFY(q.exec(QString::fromUtf8("SELECT rowid FROM conversations_fts WHERE conversations_fts MATCH 'haïku'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(2));
    }

    // Edits and regenerations are siblings; switching shows the newest leaf of a branch;
    // removing a message keeps what was below it.
    void messageTree()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        ConversationStore store(&db);
        const qint64 c = store.create(QStringLiteral("tree"), QStringLiteral("openrouter"), QStringLiteral("m"));
        const qint64 q1 = store.addMessage(c, QStringLiteral("user"), QStringLiteral("q1"));
        const qint64 a1 = store.addMessage(c, QStringLiteral("assistant"), QStringLiteral("a1"));
        const qint64 a1b = store.addChild(c, q1, QStringLiteral("assistant"), QStringLiteral("a1, again"));
        QCOMPARE(store.currentLeaf(c), a1b);
        QCOMPARE(store.siblings(a1), (QList<qint64> { a1, a1b }));
        QCOMPARE(store.siblings(q1), QList<qint64> { q1 });
        const qint64 q2 = store.addMessage(c, QStringLiteral("user"), QStringLiteral("q2"));
        QCOMPARE(store.pathTo(q2), (QList<qint64> { q1, a1b, q2 }));
        // A second root (the first question edited).
        const qint64 q1b = store.addChild(c, 0, QStringLiteral("user"), QStringLiteral("q1 edited"));
        QCOMPARE(store.siblings(q1), (QList<qint64> { q1, q1b }));
        QCOMPARE(store.pathTo(q1b), QList<qint64> { q1b });
        QCOMPARE(store.newestLeafUnder(q1), q2);
        QCOMPARE(store.newestLeafUnder(a1), a1);
        QVERIFY(store.setCurrentLeaf(c, store.newestLeafUnder(q1)));
        QCOMPARE(store.branch(c).size(), 3);
        QCOMPARE(store.messages(c).size(), 5); // every branch kept
        // Removing the middle of the branch: q2 now follows q1.
        QVERIFY(store.removeMessage(a1b));
        QCOMPARE(store.pathTo(q2), (QList<qint64> { q1, q2 }));
        QCOMPARE(store.siblings(q2), (QList<qint64> { a1, q2 }));
        // Removing the leaf in view shows the other version under its parent, not a
        // branch that ends at the question.
        QVERIFY(store.removeMessage(q2));
        QCOMPARE(store.currentLeaf(c), a1);
        QVERIFY(store.removeMessage(a1));
        QCOMPARE(store.currentLeaf(c), q1);
        QCOMPARE(store.addMessage(c, QStringLiteral("assistant"), QStringLiteral("a1 again")) > 0, true);
        QVERIFY(!store.removeMessage(q2));
        QCOMPARE(store.messages(c).size(), 3); // q1, q1b and the new answer
    }

    void deletingConversationKeepsLedgerRows()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        ConversationStore store(&db);
        const qint64 c = store.create(QStringLiteral("t"), {}, {});
        store.addMessage(c, QStringLiteral("user"), QStringLiteral("hi"));
        LedgerEntry e;
        e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        e.provider = QStringLiteral("openrouter");
        e.modelRequested = QStringLiteral("m");
        e.status = QStringLiteral("done");
        e.cost = Money::Amount(5);
        e.costSource = QStringLiteral("reported");
        e.conversationId = c;
        QVERIFY(UsageLedger(&db).insert(e) > 0);
        QVERIFY(store.remove(c));
        QCOMPARE(store.messages(c).size(), 0);
        const UsageQuery query(&db);
        QCOMPARE(query.count(), qint64(1));
        QCOMPARE(query.log({}).constFirst().conversationId, c);
    }

    // Migration 008: a request keeps the routing it asked for, where it went and its compare run.
    void routingBaseUrlAndCompareGroupRoundTrip()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        UsageLedger ledger(&db);
        LedgerEntry e;
        e.startedAtMs = 1700000000000;
        e.provider = QStringLiteral("openrouter");
        e.modelRequested = QStringLiteral("a/b");
        e.routing = QStringLiteral(R"({"models":["a/b","c/d"],"provider":{"sort":"price"}})");
        e.baseUrl = QStringLiteral("http://127.0.0.1:9/api/v1");
        e.compareGroup = QStringLiteral("cmp-1");
        const qint64 id = ledger.begin(e);
        QVERIFY(id > 0);
        LedgerEntry plain = e;
        plain.routing.clear();
        plain.compareGroup.clear();
        plain.status = QStringLiteral("done");
        const qint64 other = ledger.insert(plain);
        QVERIFY(other > 0);
        e.status = QStringLiteral("done");
        QVERIFY(ledger.finish(id, e));
        const UsageQuery query(&db);
        const LedgerEntry got = query.entry(id);
        QCOMPARE(got.routing, e.routing);
        QCOMPARE(got.baseUrl, e.baseUrl);
        QCOMPARE(got.compareGroup, e.compareGroup);
        const LedgerEntry none = query.entry(other);
        QVERIFY(none.routing.isEmpty());
        QVERIFY(none.compareGroup.isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM generation_lookups")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM usage_ledger WHERE routing IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void speedsAreMediansOfTheNewestRequests()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        UsageLedger ledger(&db);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 100000;
        // ttft 100..500 ms; 100 tokens generated over (duration - ttft) = 1000, 2000, ... 5000 ms.
        for (int i = 1; i <= 5; ++i) {
            LedgerEntry e;
            e.startedAtMs = t0 + i;
            e.provider = QStringLiteral("p");
            e.modelRequested = QStringLiteral("m");
            e.status = QStringLiteral("done");
            e.ttftMs = i * 100;
            e.durationMs = i * 100 + i * 1000;
            e.completionTokens = 100;
            QVERIFY(ledger.insert(e) > 0);
        }
        const UsageQuery query(&db);
        UsageSpeed s = query.speeds(UsageGroupBy::Model, {}).value(QStringLiteral("m"));
        QCOMPARE(s.sampleSize, qint64(5));
        QCOMPARE(s.medianTtftMs.value_or(-1), qint64(300));
        QCOMPARE(s.medianTokensPerSecond.value_or(-1), 100.0 / 3.0);
        // Only the newest two: ttft 400 and 500, upper median 500.
        s = query.speeds(UsageGroupBy::Model, {}, 2).value(QStringLiteral("m"));
        QCOMPARE(s.sampleSize, qint64(2));
        QCOMPARE(s.medianTtftMs.value_or(-1), qint64(500));
    }

    void aggregatesMatchBruteForce()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        UsageLedger ledger(&db);
        auto* rng = QRandomGenerator::global();
        const QStringList models { QStringLiteral("a/x"), QStringLiteral("b/y"), QStringLiteral("c/z") };
        const QStringList providers { QStringLiteral("openrouter"), QStringLiteral("openai") };
        QMap<QString, Money::Amount> costByModel, requestsByModel, promptByModel, unknownByModel;
        QMap<QString, Money::Amount> costByDay;
        const qint64 base = QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toMSecsSinceEpoch();
        QSqlDatabase conn = db.connection();
        conn.transaction();
        for (int i = 0; i < 3000; ++i) {
            LedgerEntry e;
            e.startedAtMs = base + qint64(rng->bounded(60 * 24)) * 3600'000 + rng->bounded(3600'000);
            e.provider = providers[rng->bounded(int(providers.size()))];
            e.modelRequested = models[rng->bounded(int(models.size()))];
            e.modelServed = rng->bounded(10) == 0 ? QString() : e.modelRequested;
            e.promptTokens = rng->bounded(5000);
            e.completionTokens = rng->bounded(2000);
            e.status = rng->bounded(20) == 0 ? QStringLiteral("error") : QStringLiteral("done");
            if (rng->bounded(8) != 0) {
                // Long decimals on purpose: per-token prices times tokens.
                e.cost = *Money::fromDouble(rng->bounded(1.0) / 1000.0);
                e.costSource = QStringLiteral("reported");
            }
            QVERIFY(ledger.insert(e) > 0);
            const QString model = e.modelServed.isEmpty() ? e.modelRequested : e.modelServed;
            costByModel[model] += e.cost.value_or(0);
            requestsByModel[model] += 1;
            promptByModel[model] += *e.promptTokens;
            unknownByModel[model] += e.cost ? 0 : 1;
            costByDay[QDateTime::fromMSecsSinceEpoch(e.startedAtMs).date().toString(Qt::ISODate)] += e.cost.value_or(0);
        }
        conn.commit();
        const UsageQuery query(&db);
        const QList<UsageGroup> byModel = query.aggregate(UsageGroupBy::Model, {});
        QCOMPARE(byModel.size(), costByModel.size());
        for (const UsageGroup& g : byModel) {
            QVERIFY(g.cost == costByModel.value(g.key));
            QCOMPARE(g.requests, requestsByModel.value(g.key));
            QCOMPARE(g.promptTokens, promptByModel.value(g.key));
            QCOMPARE(g.unknownCostRequests, unknownByModel.value(g.key));
        }
        const QList<UsageGroup> byDay = query.aggregate(UsageGroupBy::Day, {});
        QCOMPARE(byDay.size(), costByDay.size());
        for (const UsageGroup& g : byDay)
            QVERIFY(g.cost == costByDay.value(g.key));

        UsageFilter march;
        march.since = QDate(2026, 3, 10).startOfDay();
        march.until = QDate(2026, 3, 12).startOfDay();
        Money::Amount expected = 0;
        for (auto it = costByDay.begin(); it != costByDay.end(); ++it) {
            if (it.key() >= QLatin1String("2026-03-10") && it.key() < QLatin1String("2026-03-12"))
                expected += it.value();
        }
        Money::Amount got = 0;
        for (const UsageGroup& g : query.aggregate(UsageGroupBy::Provider, march))
            got += g.cost;
        QCOMPARE(Money::toDecimalString(got), Money::toDecimalString(expected));
    }
};

SWITCHYARD_TEST_MAIN(TestDatabase, QCoreApplication)
#include "test_database.moc"
