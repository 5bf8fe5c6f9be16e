#include "TestEnv.h"
#include "catalog/ModelPrice.h"
#include "catalog/PriceBook.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "providers/ProviderPreset.h"
#include "storage/Database.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"
#include "usage/Budgets.h"

#include <QTest>

namespace {
Money::Amount usd(const char* text)
{
    return *Money::parseUsd(QString::fromLatin1(text));
}
} // namespace

class TestBudgets : public QObject {
    Q_OBJECT

private:
    Database m_db;
    AppSettings m_settings;
    QDateTime m_now;

    void spend(const QDateTime& when, const char* provider, const char* model, const char* cost)
    {
        LedgerEntry e;
        e.startedAtMs = when.toMSecsSinceEpoch();
        e.provider = QString::fromLatin1(provider);
        e.modelRequested = QString::fromLatin1(model);
        e.modelServed = e.modelRequested;
        e.status = QStringLiteral("done");
        e.cost = usd(cost);
        e.costSource = QStringLiteral("reported");
        QVERIFY(UsageLedger(&m_db).insert(e) > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(TestEnv::root() + QStringLiteral("/budgets.sqlite"), nullptr));
        // Wednesday 18 November 2026, 15:00 local.
        m_now = QDateTime(QDate(2026, 11, 18), QTime(15, 0));
        spend(m_now.addSecs(-3600), "openrouter", "openai/gpt-4o-mini", "3.00");         // today
        spend(m_now.addDays(-1), "anthropic", "claude-sonnet-4-5", "1.50");               // Tuesday
        spend(m_now.addDays(-3), "openrouter", "openai/gpt-4o-mini", "0.25");             // Sunday, last week
        spend(QDateTime(QDate(2026, 10, 30), QTime(12, 0)), "openrouter", "x/y", "100");  // last month
    }

    void periodStarts()
    {
        QCOMPARE(Budgets::periodStart(Budget::Period::Day, m_now), QDate(2026, 11, 18).startOfDay());
        QCOMPARE(Budgets::periodStart(Budget::Period::Week, m_now), QDate(2026, 11, 16).startOfDay()); // Monday
        QCOMPARE(Budgets::periodStart(Budget::Period::Month, m_now), QDate(2026, 11, 1).startOfDay());
    }

    void statusAgainstTheLedger()
    {
        Budgets budgets(&m_db, &m_settings);
        Budget day { {}, Budget::Period::Day, {}, {}, usd("5"), 80, false };
        Budget week { {}, Budget::Period::Week, {}, {}, usd("5"), 80, false };
        Budget month { {}, Budget::Period::Month, QStringLiteral("openrouter"), {}, usd("3.25"), 80, true };
        Budget model { {}, Budget::Period::Month, {}, QStringLiteral("claude-sonnet-4-5"), usd("10"), 80, false };
        budgets.save({ day, week, month, model });
        const QList<BudgetStatus> s = budgets.status(m_now);
        QCOMPARE(s.size(), 4);
        QVERIFY(!s[0].budget.id.isEmpty());
        QCOMPARE(Money::toDecimalString(s[0].spent), QStringLiteral("3"));
        QCOMPARE(s[0].state, BudgetStatus::State::Ok);           // 60%
        QCOMPARE(Money::toDecimalString(s[1].spent), QStringLiteral("4.5"));
        QCOMPARE(s[1].state, BudgetStatus::State::Warning);      // 90% >= 80%
        QCOMPARE(Money::toDecimalString(s[2].spent), QStringLiteral("3.25"));
        QCOMPARE(s[2].state, BudgetStatus::State::Exceeded);     // openrouter, this month, 100%
        QCOMPARE(Money::toDecimalString(s[3].spent), QStringLiteral("1.5"));
        QCOMPARE(s[3].state, BudgetStatus::State::Ok);
    }

    void checkBeforeSending()
    {
        Budgets budgets(&m_db, &m_settings);
        // The openrouter budget is used up and has a hard stop.
        Budgets::Check c = budgets.check(QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4o-mini"), usd("0.01"), m_now);
        QVERIFY(c.blocked);
        QVERIFY2(c.sentence.contains(QLatin1String("send this one request anyway")), qPrintable(c.sentence));
        // Anthropic is only under the overall budgets: the weekly one warns at 90%.
        c = budgets.check(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), usd("0.01"), m_now);
        QVERIFY(!c.blocked);
        QVERIFY(c.warn);
        QVERIFY(c.sentence.contains(QLatin1String("Weekly budget")));
        // Without budgets nothing warns.
        budgets.save({});
        c = budgets.check(QStringLiteral("openrouter"), QStringLiteral("m"), usd("1000"), m_now);
        QVERIFY(!c.warn && !c.blocked);
    }

    void addUpdateRemoveOneAtATime()
    {
        Budgets budgets(&m_db, &m_settings);
        budgets.save({});
        const Budget day = budgets.add({ {}, Budget::Period::Day, QStringLiteral("openrouter"), {}, usd("2"), 50, true });
        const Budget month = budgets.add({ {}, Budget::Period::Month, {}, QStringLiteral("x/y"), usd("9.99"), 80, false });
        QVERIFY(!day.id.isEmpty());
        QVERIFY(day.id != month.id);
        QList<Budget> all = budgets.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, day.id);
        QCOMPARE(all[0].warnPercent, 50);
        QVERIFY(all[0].hardStop);
        QCOMPARE(Money::toDecimalString(all[1].limit), QStringLiteral("9.99"));

        Budget edited = all[1];
        edited.period = Budget::Period::Week;
        edited.limit = usd("12");
        edited.hardStop = true;
        QVERIFY(budgets.update(edited));
        all = budgets.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].id, month.id); // same place, same id
        QCOMPARE(all[1].period, Budget::Period::Week);
        QCOMPARE(Money::toDecimalString(all[1].limit), QStringLiteral("12"));
        QVERIFY(all[1].hardStop);

        Budget unknown = edited;
        unknown.id = QStringLiteral("no-such-budget");
        QVERIFY(!budgets.update(unknown));
        QVERIFY(!budgets.remove(QStringLiteral("no-such-budget")));
        QCOMPARE(budgets.list().size(), 2);
        QVERIFY(budgets.remove(day.id));
        all = budgets.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, month.id);
        budgets.save({});
    }

    void labels()
    {
        Budget b { {}, Budget::Period::Week, QStringLiteral("openrouter"), {}, usd("20"), 80, false };
        QCOMPARE(b.periodLabel(), QStringLiteral("Weekly"));
        QCOMPARE(b.scopeLabel(), QStringLiteral("openrouter"));
        b.model = QStringLiteral("openai/gpt-4o-mini"); // the model is the narrower scope
        QCOMPARE(b.scopeLabel(), QStringLiteral("openai/gpt-4o-mini"));
        b = Budget { {}, Budget::Period::Day, {}, {}, usd("1.5"), 80, false };
        QCOMPARE(b.describe(), QStringLiteral("Daily budget for everything: $1.50"));
    }

    void checkOfARequestEstimatesItsPrompt()
    {
        Budgets budgets(&m_db, &m_settings);
        // Today 3.00 was spent; a daily overall hard stop at 3.0003 leaves room for 300 µ$.
        budgets.save({ Budget { {}, Budget::Period::Day, {}, {}, usd("3.0003"), 100, true } });
        ProviderPreset cloud;
        cloud.id = QStringLiteral("openrouter");
        cloud.protocol = QStringLiteral("openai");
        m_settings.setPriceOverride(cloud.id, QStringLiteral("priced/model"), { QStringLiteral("3"), QStringLiteral("15") });
        const PriceBook prices(&m_db, &m_settings);
        ChatRequest request;
        request.providerId = cloud.id;
        request.models = { QStringLiteral("priced/model") };
        request.messages = { { QStringLiteral("user"), QString(396, u'x') } }; // 100 tokens at $3/M: 0.0003

        Budgets::Check c = budgets.check(request, cloud, prices, m_now);
        QVERIFY(c.estimate);
        QCOMPARE(Money::toDecimalString(*c.estimate), QStringLiteral("0.0003"));
        QVERIFY(c.blocked); // 3.00 + 0.0003 reaches the limit

        request.messages = { { QStringLiteral("user"), QString(196, u'x') } }; // 50 tokens: 0.00015
        c = budgets.check(request, cloud, prices, m_now);
        QCOMPARE(Money::toDecimalString(*c.estimate), QStringLiteral("0.00015"));
        QVERIFY(!c.blocked);
        QVERIFY(!c.warn);

        // An unpriced model: no estimate, checked at what is spent already.
        request.models = { QStringLiteral("nobody/prices-this") };
        c = budgets.check(request, cloud, prices, m_now);
        QVERIFY(!c.estimate);
        QVERIFY(!c.blocked);

        // A local server costs nothing, whatever the model.
        ProviderPreset local = cloud;
        local.id = QStringLiteral("ollama");
        local.local = true;
        request.providerId = local.id;
        request.messages = { { QStringLiteral("user"), QString(4000, u'x') } };
        c = budgets.check(request, local, prices, m_now);
        QVERIFY(c.estimate);
        QVERIFY(*c.estimate == 0);
        QVERIFY(!c.blocked);
        m_settings.setPriceOverride(cloud.id, QStringLiteral("priced/model"), {});
        budgets.save({});
    }

    void estimateIsPromptPricedAtInput()
    {
        ModelPrice p;
        p.prompt = *ModelPrice::fromPerMillion(QStringLiteral("3"));
        p.completion = *ModelPrice::fromPerMillion(QStringLiteral("15"));
        const QList<ChatMessage> messages { { QStringLiteral("user"), QString(396, u'x') } }; // (396 + 4) / 4 = 100 tokens
        QCOMPARE(Money::toDecimalString(*Budgets::estimate(messages, p)), QStringLiteral("0.0003"));
        QVERIFY(!Budgets::estimate(messages, ModelPrice()));
    }
};

SWITCHYARD_TEST_MAIN(TestBudgets, QCoreApplication)
#include "test_budgets.moc"
