#include "TestEnv.h"
#include "money/Money.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::newRow("openrouter cost") << "0.00036531" << "0.00036531";
        QTest::newRow("zero") << "0" << "0";
        QTest::newRow("whole") << "12" << "12";
        QTest::newRow("exponent") << "3.6e-06" << "0.0000036";
        QTest::newRow("unknown price -1") << "-1" << "-1";
        QTest::newRow("long per-token price") << "0.00000008333333333333334" << "0.00000008333333333333334";
        QTest::newRow("13 decimals kept") << "0.0000123456789" << "0.0000123456789";
        QTest::newRow("rounds past the 24th decimal") << "0.0000000000000000000000005" << "0.000000000000000000000001";
        QTest::newRow("below resolution") << "0.0000000000000000000000004" << "0";
        QTest::newRow("plus sign and spaces") << " +1.5 " << "1.5";
        QTest::newRow("big exponent") << "2.5E3" << "2500";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        const auto v = Money::parseUsd(text);
        QVERIFY(v.has_value());
        QCOMPARE(Money::toDecimalString(*v), exact);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("trailing junk") << "1.2x";
        QTest::newRow("overflow") << "1e40";
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parseUsd(text).has_value());
    }

    void fromDoubleKeepsWhatTheProviderWrote()
    {
        QCOMPARE(Money::toDecimalString(*Money::fromDouble(0.00036531)), QStringLiteral("0.00036531"));
        QCOMPARE(Money::toDecimalString(*Money::fromDouble(0.0000123456789)), QStringLiteral("0.0000123456789"));
        QCOMPARE(Money::toDecimalString(*Money::fromDouble(8.333333333333334e-05)), QStringLiteral("0.00008333333333333334"));
        QCOMPARE(Money::toDecimalString(*Money::fromDouble(1e-5)), QStringLiteral("0.00001"));
        QVERIFY(!Money::fromDouble(qInf()).has_value());
    }

    void storageSplitRoundTrips()
    {
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            Money::Amount a = Money::Amount(rng->generate64()) * Money::Amount(rng->bounded(1'000'000));
            if (i % 3 == 0)
                a = -a;
            const qint64 high = Money::storageHigh(a);
            const qint64 low = Money::storageLow(a);
            QVERIFY(low >= 0 && low < 1'000'000'000'000LL);
            QVERIFY(Money::fromStorage(high, low) == a);
            QVERIFY(*Money::parseUsd(Money::toDecimalString(a)) == a);
        }
    }

    void millionSmallCostsSumExactly()
    {
        // The ledger's promise: the sum equals the sum of the parts, to the last digit,
        // also when summed as the two storage columns SQLite adds.
        const Money::Amount one = *Money::fromDouble(8.333333333333334e-05);
        Money::Amount sum = 0;
        qint64 high = 0;
        qint64 low = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            sum += one;
            high += Money::storageHigh(one);
            low += Money::storageLow(one);
        }
        QCOMPARE(Money::toDecimalString(sum), QStringLiteral("83.33333333333334"));
        QVERIFY(Money::fromStorage(high, low) == sum);
        double naive = 0;
        for (int i = 0; i < 1'000'000; ++i)
            naive += 8.333333333333334e-05;
        QVERIFY(QString::number(naive, 'g', 17) != QLatin1String("83.33333333333334")); // what we avoid
    }

    void formatsForPeople()
    {
        const QLocale c(QLocale::C);
        auto usd = [](const char* t) { return *Money::parseUsd(QString::fromLatin1(t)); };
        QCOMPARE(Money::formatUsd(0, c), QStringLiteral("$0.00"));
        QCOMPARE(Money::formatUsd(usd("1.25"), c), QStringLiteral("$1.25"));
        QCOMPARE(Money::formatUsd(usd("0.00036531"), c), QStringLiteral("$0.000365"));
        QCOMPARE(Money::formatUsd(usd("0.012"), c), QStringLiteral("$0.01"));
        QCOMPARE(Money::formatUsd(usd("0.0012"), c), QStringLiteral("$0.0012"));
        QCOMPARE(Money::formatUsd(usd("1234.56"), QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("$1,234.56"));
        QCOMPARE(Money::formatUsd(usd("1234.56"), QLocale(QLocale::German)), QStringLiteral("$1.234,56"));
    }
};

SWITCHYARD_TEST_MAIN(TestMoney, QCoreApplication)
#include "test_money.moc"
