#include "TestEnv.h"
#include "usage/UsageRange.h"

#include <QTest>

// The Usage page's range presets: local-day boundaries, the end exclusive.
class TestUsageRange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("until");
        const QDate wed(2026, 11, 18);
        QTest::newRow("today") << QStringLiteral("today") << wed << wed << QDate(2026, 11, 19);
        QTest::newRow("7d-includes-today") << QStringLiteral("7d") << wed << QDate(2026, 11, 12) << QDate(2026, 11, 19);
        QTest::newRow("30d") << QStringLiteral("30d") << wed << QDate(2026, 10, 20) << QDate(2026, 11, 19);
        QTest::newRow("90d") << QStringLiteral("90d") << wed << QDate(2026, 8, 21) << QDate(2026, 11, 19);
        QTest::newRow("month-whole") << QStringLiteral("month") << wed << QDate(2026, 11, 1) << QDate(2026, 12, 1);
        QTest::newRow("month-december-crosses-year") << QStringLiteral("month") << QDate(2026, 12, 31) << QDate(2026, 12, 1)
                                                     << QDate(2027, 1, 1);
        QTest::newRow("lastmonth") << QStringLiteral("lastmonth") << wed << QDate(2026, 10, 1) << QDate(2026, 11, 1);
        QTest::newRow("lastmonth-in-january") << QStringLiteral("lastmonth") << QDate(2027, 1, 5) << QDate(2026, 12, 1)
                                              << QDate(2027, 1, 1);
        QTest::newRow("year") << QStringLiteral("year") << wed << QDate(2026, 1, 1) << QDate(2027, 1, 1);
        QTest::newRow("7d-over-leap-day") << QStringLiteral("7d") << QDate(2028, 3, 2) << QDate(2028, 2, 25) << QDate(2028, 3, 3);
    }

    void presets()
    {
        QFETCH(QString, id);
        QFETCH(QDate, today);
        QFETCH(QDate, since);
        QFETCH(QDate, until);
        const UsageFilter f = UsageRange::preset(id, today);
        QCOMPARE(f.since, since.startOfDay());
        QCOMPARE(f.until, until.startOfDay());
        QVERIFY(f.provider.isEmpty() && f.model.isEmpty() && f.status.isEmpty());
    }

    void allTimeAndUnknownAreOpen()
    {
        for (const QString& id : { QStringLiteral("all"), QStringLiteral("custom"), QStringLiteral("nonsense") }) {
            const UsageFilter f = UsageRange::preset(id, QDate(2026, 11, 18));
            QVERIFY2(!f.since.isValid() && !f.until.isValid(), qPrintable(id));
        }
    }

    void everyPresetIsKnown()
    {
        const QStringList ids = UsageRange::presetIds();
        QCOMPARE(ids.size(), 8);
        QVERIFY(ids.contains(QStringLiteral("all")));
        for (const QString& id : ids) {
            if (id != QLatin1String("all"))
                QVERIFY2(UsageRange::preset(id, QDate(2026, 11, 18)).since.isValid(), qPrintable(id));
        }
    }

    void daysInEitherOrder()
    {
        const UsageFilter f = UsageRange::days(QDate(2026, 11, 20), QDate(2026, 11, 2));
        QCOMPARE(f.since, QDate(2026, 11, 2).startOfDay());
        QCOMPARE(f.until, QDate(2026, 11, 21).startOfDay()); // the last day is included
        QCOMPARE(UsageRange::days(QDate(2026, 11, 2), QDate(2026, 11, 20)).until, f.until);
        const UsageFilter one = UsageRange::days(QDate(2026, 11, 2), QDate(2026, 11, 2));
        QCOMPARE(one.since.daysTo(one.until), 1);
    }
};

SWITCHYARD_TEST_MAIN(TestUsageRange, QCoreApplication)
#include "test_usagerange.moc"
