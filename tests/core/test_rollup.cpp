#include "TestEnv.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/UsageQuery.h"
#include "storage/UsageRollup.h"
#include "usage/UsageTotals.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <limits>

namespace {

struct Expected {
    qint64 requests = 0;
    qint64 failed = 0;
    qint64 prompt = 0;
    qint64 completion = 0;
    Money::Amount cost = 0;
    qint64 unknown = 0;
};

// A generated ledger around both 2026 DST changes in Europe/Berlin (29 March, 25 October),
// with the oracle computed in C++ from Qt's own local dates.
struct Generated {
    QMap<QString, Expected> byModel;
    QMap<QString, Expected> byDay;
    QMap<QPair<QString, QString>, Expected> byDayModel;
    QList<LedgerEntry> rows;
};

void add(Expected& e, const LedgerEntry& r)
{
    ++e.requests;
    e.failed += r.status != QLatin1String("done");
    e.prompt += r.promptTokens.value_or(0);
    e.completion += r.completionTokens.value_or(0);
    e.cost += r.cost.value_or(0);
    e.unknown += r.cost ? 0 : 1;
}

Generated generate(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList models { QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("claude-sonnet-4-5"),
                               QStringLiteral("gemini-2.5-flash"), QStringLiteral("llama3.2") };
    const QStringList providers { QStringLiteral("openrouter"), QStringLiteral("anthropic"), QStringLiteral("gemini"),
                                  QStringLiteral("ollama") };
    // Hours around the changes: the nights of 28/29 March and 24/25 October, and ordinary days.
    const QList<QDateTime> anchors { QDateTime(QDate(2026, 3, 28), QTime(20, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2026, 10, 24), QTime(20, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()) };
    Generated g;
    for (int i = 0; i < count; ++i) {
        LedgerEntry e;
        const QDateTime base = anchors[int(rng.bounded(int(anchors.size())))];
        e.startedAtMs = base.toMSecsSinceEpoch() + qint64(rng.bounded(36 * 3600)) * 1000;
        const int m = int(rng.bounded(int(models.size())));
        e.provider = providers[m];
        e.modelRequested = models[m];
        e.modelServed = rng.bounded(8) == 0 ? QString() : models[m];
        e.promptTokens = rng.bounded(4000);
        e.completionTokens = rng.bounded(1500);
        e.status = rng.bounded(15) == 0 ? QStringLiteral("error") : QStringLiteral("done");
        if (e.provider == QLatin1String("ollama")) {
            e.cost = Money::Amount(0);
            e.costSource = QStringLiteral("local");
        } else if (rng.bounded(6) != 0) {
            e.cost = *Money::fromDouble(rng.bounded(1.0) / 997.0); // long decimals on purpose
            e.costSource = e.provider == QLatin1String("openrouter") ? QStringLiteral("reported") : QStringLiteral("computed");
        }
        g.rows.append(e);
        const QString model = e.modelServed.isEmpty() ? e.modelRequested : e.modelServed;
        const QString day = QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toLocalTime().date().toString(Qt::ISODate);
        add(g.byModel[model], e);
        add(g.byDay[day], e);
        add(g.byDayModel[{ day, model }], e);
    }
    return g;
}

void compare(const UsageGroup& got, const Expected& want)
{
    QCOMPARE(got.requests, want.requests);
    QCOMPARE(got.failedRequests, want.failed);
    QCOMPARE(got.promptTokens, want.prompt);
    QCOMPARE(got.completionTokens, want.completion);
    QCOMPARE(Money::toDecimalString(got.cost), Money::toDecimalString(want.cost));
    QCOMPARE(got.unknownCostRequests, want.unknown);
}

} // namespace

class TestRollup : public QObject {
    Q_OBJECT

private:
    int m_counter = 0;
    QString freshPath() { return TestEnv::root() + QStringLiteral("/rollup-%1.sqlite").arg(++m_counter); }

    void fill(Database& db, const Generated& g)
    {
        UsageLedger ledger(&db);
        QSqlDatabase c = db.connection();
        c.transaction();
        for (const LedgerEntry& e : g.rows)
            QVERIFY(ledger.insert(e) > 0);
        QVERIFY(c.commit());
    }

    void checkAll(Database& db, const Generated& g)
    {
        const UsageQuery query(&db);
        const QList<UsageGroup> byModel = query.aggregate(UsageGroupBy::Model, {});
        QCOMPARE(byModel.size(), g.byModel.size());
        for (const UsageGroup& grp : byModel)
            compare(grp, g.byModel.value(grp.key));
        const QList<UsageGroup> byDay = query.aggregate(UsageGroupBy::Day, {});
        QCOMPARE(byDay.size(), g.byDay.size());
        for (const UsageGroup& grp : byDay)
            compare(grp, g.byDay.value(grp.key));
        const QList<UsageCell> cells = query.breakdown(UsageGroupBy::Day, UsageGroupBy::Model, {});
        QCOMPARE(cells.size(), g.byDayModel.size());
        for (const UsageCell& c : cells)
            compare(c.values, g.byDayModel.value({ c.bucket, c.series }));
    }

private Q_SLOTS:
    void localDaysFollowTheZone()
    {
        QCOMPARE(UsageRollup::currentZone(), QStringLiteral("Europe/Berlin"));
        // 29 March 2026, 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST: both the 29th.
        // 24 October, 22:30 UTC is 00:30 CEST on the 25th.
        QCOMPARE(QDateTime(QDate(2026, 10, 24), QTime(22, 30), QTimeZone::utc()).toLocalTime().date(), QDate(2026, 10, 25));
    }

    void rollupsMatchBruteForceAcrossDst()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        const Generated g = generate(4000, 7);
        fill(db, g);
        QVERIFY(g.byDay.contains(QStringLiteral("2026-03-29")));
        QVERIFY(g.byDay.contains(QStringLiteral("2026-10-25")));
        checkAll(db, g);
    }

    void rangesOnDayBoundariesAndInside()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        const Generated g = generate(3000, 11);
        fill(db, g);
        const UsageQuery query(&db);
        // A day-aligned range (read from rollups) and one cutting a day (read from the ledger).
        const QList<UsageFilter> filters {
            UsageFilter::range(QDate(2026, 3, 29).startOfDay(), QDate(2026, 3, 30).startOfDay()),
            // 02:30 on the 29th does not exist
            UsageFilter::range(QDateTime(QDate(2026, 3, 29), QTime(3, 30)), QDateTime(QDate(2026, 10, 25), QTime(1, 30))),
        };
        for (const UsageFilter& f : filters) {
            QVERIFY(f.since.isValid() && f.until.isValid());
            Expected want;
            for (const LedgerEntry& e : g.rows) {
                if (e.startedAtMs >= f.since.toMSecsSinceEpoch() && e.startedAtMs < f.until.toMSecsSinceEpoch())
                    add(want, e);
            }
            compare(UsageTotals::sum(query.aggregate(UsageGroupBy::Provider, f)), want);
            QVERIFY(want.requests > 0);
        }
    }

    void deletingConversationsLeavesRollupsAlone()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        Generated g = generate(500, 3);
        ConversationStore store(&db);
        const qint64 c = store.create(QStringLiteral("t"), {}, {});
        for (LedgerEntry& e : g.rows)
            e.conversationId = c;
        fill(db, g);
        QVERIFY(store.remove(c));
        checkAll(db, g);
    }

    void rebuiltForAnOlderLedgerAndAnotherZone()
    {
        const QString path = freshPath();
        const Generated g = generate(1500, 5);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            fill(db, g);
            // A ledger from before the rollups existed: no rollup rows, no zone note.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_rollup")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta")));
        }
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            checkAll(db, g);
            // Rollups made in another zone are remade on open.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE usage_rollup SET requests = requests + 1000")));
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'Pacific/Auckland' WHERE key = 'rollup_time_zone'")));
        }
        Database db;
        QVERIFY(db.open(path, nullptr));
        checkAll(db, g);
    }

    void providerAndModelFiltersOnBothPaths()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        const Generated g = generate(1200, 17);
        fill(db, g);
        const UsageQuery query(&db);
        for (const UsageFilter& range : { UsageFilter {}, UsageFilter::range(QDateTime(QDate(2026, 3, 29), QTime(4, 0)), {}) }) {
            UsageFilter f = range;
            f.provider = QStringLiteral("anthropic");
            qint64 want = 0;
            for (const LedgerEntry& e : g.rows) {
                if (e.provider == f.provider && (!f.since.isValid() || e.startedAtMs >= f.since.toMSecsSinceEpoch()))
                    ++want;
            }
            qint64 got = 0;
            for (const UsageGroup& grp : query.aggregate(UsageGroupBy::Model, f))
                got += grp.requests;
            QCOMPARE(got, want);
            qint64 logged = 0;
            qint64 beforeTime = std::numeric_limits<qint64>::max();
            qint64 beforeId = std::numeric_limits<qint64>::max();
            for (QList<LedgerEntry> page = query.logPage(f, 100, beforeTime, beforeId); !page.isEmpty();
                 page = query.logPage(f, 100, beforeTime, beforeId)) {
                for (const LedgerEntry& e : page)
                    QCOMPARE(e.provider, f.provider);
                logged += page.size();
                beforeTime = page.last().startedAtMs;
                beforeId = page.last().id;
            }
            QCOMPARE(logged, want); // keyset pages cover every row exactly once
        }
    }

    void weeksAndMonths()
    {
        Database db;
        QVERIFY(db.open(freshPath(), nullptr));
        const Generated g = generate(800, 13);
        fill(db, g);
        const UsageQuery query(&db);
        QMap<QString, qint64> weeks;
        QMap<QString, qint64> months;
        for (const LedgerEntry& e : g.rows) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toLocalTime().date();
            weeks[d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate)] += 1; // Monday
            months[d.toString(QStringLiteral("yyyy-MM"))] += 1;
        }
        for (const UsageGroup& grp : query.aggregate(UsageGroupBy::Week, {}))
            QCOMPARE(grp.requests, weeks.value(grp.key));
        for (const UsageGroup& grp : query.aggregate(UsageGroupBy::Month, {}))
            QCOMPARE(grp.requests, months.value(grp.key));
        QCOMPARE(query.aggregate(UsageGroupBy::Week, {}).size(), weeks.size());
    }
};

int main(int argc, char** argv)
{
    // Local days are this zone's, for SQLite (libc) and Qt alike; set before either reads it.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    TestEnv::init();
    QCoreApplication app(argc, argv);
    TestRollup tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "test_rollup.moc"
