#include "TestEnv.h"
#include "money/Money.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"

#include <QDateTime>
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
