#include "TestEnv.h"
#include "catalog/PriceBook.h"
#include "chat/TokenUsage.h"
#include "config/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {
QString usd(const std::optional<Money::Amount>& a)
{
    return a ? Money::toDecimalString(*a) : QStringLiteral("unknown");
}
} // namespace
Q_DECLARE_METATYPE(TokenUsage)
namespace {
TokenUsage tokens(qint64 prompt, qint64 completion, qint64 cached = 0, qint64 written = 0)
{
    TokenUsage u;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.cachedTokens = cached;
    u.cacheWriteTokens = written;
    return u;
}
} // namespace

class TestPriceBook : public QObject {
    Q_OBJECT

private:
    ProviderRegistry m_registry;
    Database m_db;
    AppSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(TestEnv::root() + QStringLiteral("/prices.sqlite"), &error), qPrintable(error));
    }

    void candidateIds()
    {
        QCOMPARE(PriceBook::candidateIds(QStringLiteral("claude-sonnet-4-5-20250929")),
                 (QStringList { QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("claude-sonnet-4-5"),
                                QStringLiteral("claude-sonnet-4.5") }));
        QCOMPARE(PriceBook::candidateIds(QStringLiteral("gpt-4o-2024-05-13")).value(1), QStringLiteral("gpt-4o"));
        QCOMPARE(PriceBook::candidateIds(QStringLiteral("gemini-2.5-flash")).size(), 1);
    }

    void costArithmetic_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<TokenUsage>("usage");
        QTest::addColumn<QString>("cost");
        // gpt-4o-mini: 0.15 in, 0.60 out, 0.075 cached, per million.
        QTest::newRow("openai plain") << "openai" << "gpt-4o-mini" << tokens(1000, 500) << "0.00045";
        QTest::newRow("openai cached part of prompt") << "openai" << "gpt-4o-mini-2024-07-18" << tokens(1000, 500, 400)
                                                      << "0.00042"; // 600*0.15 + 400*0.075 + 500*0.6 = 90+30+300 µ$
        // Sonnet 4.5: 3 in, 15 out, 0.30 read, 3.75 write.
        QTest::newRow("anthropic cache read and write") << "anthropic" << "claude-sonnet-4-5-20250929" << tokens(3210, 42, 3000, 200)
                                                        << "0.00231"; // 10*3 + 3000*0.3 + 200*3.75 + 42*15 = 30+900+750+630 = 2310 µ$
        // Gemini 2.5 Flash: 0.30 in, 2.50 out; thoughts are in completion already.
        QTest::newRow("gemini thoughts billed as output") << "gemini" << "gemini-2.5-flash" << tokens(29, 59) << "0.0001562";
        QTest::newRow("deepseek") << "deepseek" << "deepseek-chat" << tokens(4, 11) << "0.00001318";
        QTest::newRow("unknown model stays unknown") << "openai" << "gpt-nonexistent" << tokens(10, 10) << "unknown";
    }
    void costArithmetic()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(TokenUsage, usage);
        QFETCH(QString, cost);
        PriceBook book(&m_db, &m_settings);
        QCOMPARE(usd(book.find(m_registry.find(provider), model).costOf(usage)), cost);
    }

    void unknownTokensMeanUnknownCost()
    {
        PriceBook book(&m_db, &m_settings);
        TokenUsage u;
        u.promptTokens = 10;
        QVERIFY(!book.find(m_registry.find(QStringLiteral("openai")), QStringLiteral("gpt-4o-mini")).costOf(u));
    }

    void catalogBeatsBundledAndOverrideBeatsBoth()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO model_catalog(provider, id, prompt_price, completion_price) "
                                      "VALUES ('openrouter', 'anthropic/claude-sonnet-4.5', '0.000001', '0.000002')")));
        PriceBook book(&m_db, &m_settings);
        const ProviderPreset anthropic = m_registry.find(QStringLiteral("anthropic"));
        ModelPrice p = book.find(anthropic, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(p.source, QStringLiteral("openrouter"));
        QCOMPARE(usd(p.costOf(tokens(1000, 1000))), QStringLiteral("0.003"));

        m_settings.setPriceOverride(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), { QStringLiteral("2"), QStringLiteral("4") });
        p = book.find(anthropic, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(p.source, QStringLiteral("override"));
        QCOMPARE(usd(p.costOf(tokens(1000, 1000))), QStringLiteral("0.006"));
        m_settings.setPriceOverride(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), {});
        QCOMPARE(book.find(anthropic, QStringLiteral("claude-sonnet-4-5")).source, QStringLiteral("openrouter"));
    }

    void openRouterUnknownPriceIsUnknown()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO model_catalog(provider, id, prompt_price, completion_price) "
                                      "VALUES ('openrouter', 'openrouter/auto', '-1', '-1')")));
        PriceBook book(&m_db, &m_settings);
        QVERIFY(!book.find(m_registry.find(QStringLiteral("openrouter")), QStringLiteral("openrouter/auto")).isKnown());
    }

    // The catalog is whichever preset says "priceCatalog", not an id.
    void aPresetMarkedAsPriceCatalogIsPricedFromItsOwnList()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO model_catalog(provider, id, prompt_price, completion_price) "
                                      "VALUES ('custom-catalog', 'vendor/model-x', '0.000001', '0.000004')")));
        PriceBook book(&m_db, &m_settings);
        const QJsonObject preset { { QLatin1String("id"), QStringLiteral("custom-catalog") }, { QLatin1String("priceCatalog"), true } };
        const ModelPrice p = book.find(ProviderPreset::fromJson(preset), QStringLiteral("vendor/model-x"));
        QCOMPARE(p.source, QStringLiteral("custom-catalog"));
        QCOMPARE(usd(p.costOf(tokens(1000, 1000))), QStringLiteral("0.005"));

        QJsonObject unmarked = preset;
        unmarked.remove(QLatin1String("priceCatalog"));
        QVERIFY(!book.find(ProviderPreset::fromJson(unmarked), QStringLiteral("vendor/model-x")).isKnown());
    }

    void theIdOpenRouterAloneIsNoPriceCatalog()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO model_catalog(provider, id, prompt_price, completion_price) "
                                      "VALUES ('openrouter', 'vendor/model-y', '0.000001', '0.000004')")));
        PriceBook book(&m_db, &m_settings);
        QVERIFY(book.find(m_registry.find(QStringLiteral("openrouter")), QStringLiteral("vendor/model-y")).isKnown());
        const ProviderPreset unmarked = ProviderPreset::fromJson({ { QLatin1String("id"), QStringLiteral("openrouter") } });
        QVERIFY(!book.find(unmarked, QStringLiteral("vendor/model-y")).isKnown());
    }

    void absurdPricesAreNotBelieved()
    {
        QVERIFY(!ModelPrice::fromPerToken(QStringLiteral("1e30")));
        QVERIFY(!ModelPrice::fromPerMillion(QStringLiteral("-5000000000")));
        QVERIFY(ModelPrice::fromPerToken(QStringLiteral("-1"))); // OpenRouter's "unknown" marker is read, then not used
        QVERIFY(ModelPrice::fromPerToken(QStringLiteral("0.5")));
    }

    void longDecimalPricesSumExactly()
    {
        // 0.00000008333333333333334 per token, a million one-token requests.
        ModelPrice p;
        p.prompt = ModelPrice::fromPerToken(QStringLiteral("0.00000008333333333333334"));
        p.completion = Money::Amount(0);
        Money::Amount sum = 0;
        for (int i = 0; i < 1'000'000; ++i)
            sum += *p.costOf(tokens(1, 0));
        QCOMPARE(Money::toDecimalString(sum), QStringLiteral("0.08333333333333334"));
    }
};

SWITCHYARD_TEST_MAIN(TestPriceBook, QCoreApplication)
#include "test_pricebook.moc"
