#include "TestEnv.h"
#include "gui/Theme.h"
#include "gui/settings/BudgetTableModel.h"
#include "gui/settings/ProviderListModel.h"
#include "providers/ProviderRegistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kBundled =
    "{\"providers\": ["
    "    {\"id\": \"openrouter\", \"name\": \"OpenRouter\", \"protocol\": \"openai\", \"baseUrl\": \"https://openrouter.ai/api/v1\"},"
    "    {\"id\": \"ollama\", \"name\": \"Ollama\", \"protocol\": \"ollama\", \"baseUrl\": \"http://localhost:11434\", \"local\": true}"
    "]}";

Money::Amount usd(const char* text)
{
    return *Money::parseUsd(QString::fromLatin1(text));
}

BudgetStatus status(const char* id, Budget::Period period, const char* provider, const char* limit, const char* spent,
                    BudgetStatus::State state, bool hardStop = false)
{
    BudgetStatus s;
    s.budget = Budget { QString::fromLatin1(id), period, QString::fromLatin1(provider), {}, usd(limit), 80, hardStop };
    s.spent = usd(spent);
    s.state = state;
    return s;
}
} // namespace

// The models behind Settings: the provider list and the budget table.
class TestSettingsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void providerListFollowsTheRegistry()
    {
        ProviderRegistry registry(kBundled);
        ProviderListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("OpenRouter"));
        QCOMPARE(model.index(1).data(ProviderListModel::IdRole).toString(), QStringLiteral("ollama"));
        QVERIFY(!model.index(0).data(ProviderListModel::CustomRole).toBool());
        QCOMPARE(model.rowOf(QStringLiteral("ollama")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(model.idAt(7).isEmpty());

        // The registry changes; the list keeps its rows until reload() says so.
        const ProviderPreset vllm = ProviderRegistry::makeCustom(QStringLiteral("My vLLM"), QStringLiteral("http://127.0.0.1:8000/v1"),
                                                                 QStringLiteral("openai"), true);
        QVERIFY(registry.addCustom(vllm));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(2), vllm.id);
        QVERIFY(model.index(2).data(ProviderListModel::CustomRole).toBool());
        QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("127.0.0.1:8000")));

        registry.removeCustom(vllm.id);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(vllm.id), -1);
    }

    void budgetTableShowsWhereEachStands()
    {
        BudgetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(BudgetTableModel::ColumnCount));
        model.setStatuses({ status("a", Budget::Period::Day, "", "5", "3", BudgetStatus::State::Ok),
                            status("b", Budget::Period::Month, "openrouter", "20", "25", BudgetStatus::State::Exceeded, true) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BudgetTableModel::Period).data().toString(), QStringLiteral("Daily"));
        QCOMPARE(model.index(0, BudgetTableModel::Scope).data().toString(), QStringLiteral("everything"));
        QCOMPARE(model.index(0, BudgetTableModel::Limit).data().toString(), QStringLiteral("$5.00"));
        QCOMPARE(model.index(0, BudgetTableModel::Spent).data().toString(), QStringLiteral("$3.00 (60%)"));
        QCOMPARE(model.index(0, BudgetTableModel::WarnAt).data().toString(), QStringLiteral("80%"));
        QCOMPARE(model.index(0, BudgetTableModel::HardStop).data().toString(), QStringLiteral("Warn only"));
        QVERIFY(!model.index(0, BudgetTableModel::Spent).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, BudgetTableModel::Scope).data().toString(), QStringLiteral("openrouter"));
        QCOMPARE(model.index(1, BudgetTableModel::Spent).data().toString(), QStringLiteral("$25.00 (125%)"));
        QCOMPARE(model.index(1, BudgetTableModel::HardStop).data().toString(), QStringLiteral("Hard stop"));
        QCOMPARE(model.index(1, 0).data(BudgetTableModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, BudgetTableModel::Spent).data(Qt::ForegroundRole).value<QColor>(),
                 Theme::warning(QGuiApplication::palette())); // over the limit: in the warning colour
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Monthly budget for openrouter: $20.00"));
        QCOMPARE(model.headerData(BudgetTableModel::Scope, Qt::Horizontal).toString(), QStringLiteral("Applies to"));

        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.budgetAt(1).limit, usd("20"));
        QVERIFY(model.budgetAt(5).id.isEmpty());
        model.setStatuses({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
    }

    void warningColourFollowsThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QCOMPARE(Theme::warning(light).name(), QStringLiteral("#b3261e"));
        QCOMPARE(Theme::onWarning(light), QColor(Qt::white));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        // On a dark window the warning is light enough to read, and text on it is dark.
        QVERIFY(Theme::warning(dark).lightness() > 128);
        QVERIFY(Theme::onWarning(dark).lightness() < 128);
        QVERIFY(Theme::warning(dark) != Theme::warning(light));
    }
};

SWITCHYARD_TEST_MAIN(TestSettingsModels, QApplication)
#include "test_settingsmodels.moc"
