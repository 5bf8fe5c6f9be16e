#include "MockProvider.h"
#include "TestEnv.h"
#include "gui/dashboard/OpenRouterPanel.h"
#include "gui/dashboard/UsageModels.h"
#include "gui/dashboard/UsageView.h"
#include "gui/settings/BudgetDialog.h"
#include "gui/settings/ProviderListModel.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "storage/LedgerEntry.h"
#include "storage/UsageLedger.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// The Usage page's OpenRouter panel against the loopback mock, the compare run filter and
// a request's routing in its detail, on real widgets.
class TestOpenRouterPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<AppContext> m_context;
    MockProvider m_mock;

    qint64 addRow(const QString& group, const QString& routing = {})
    {
        LedgerEntry e;
        e.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        e.provider = QStringLiteral("openrouter");
        e.modelRequested = QStringLiteral("openai/gpt-4o-mini");
        e.cost = *Money::parseUsd(QStringLiteral("0.5"));
        e.costSource = QStringLiteral("reported");
        e.status = QStringLiteral("done");
        e.compareGroup = group;
        e.routing = routing;
        return UsageLedger(m_context->database()).insert(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->keys()->setMemoryFallback(true);
    }

    void cleanup()
    {
        QCOMPARE(m_mock.pendingResponses(), 0);
        QCOMPARE(m_mock.pendingAccountResponses(), 0);
    }

    void noKeyIsOneSentence()
    {
        OpenRouterPanel panel(m_context.get());
        panel.setBaseUrl(m_mock.baseUrl());
        QSignalSpy fetched(&panel, &OpenRouterPanel::fetched);
        panel.refresh(true);
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().first().toBool(), false);
        QVERIFY(panel.shownText().contains(QLatin1String("OpenRouter")));
        QVERIFY(m_mock.requests().isEmpty());
    }

    void panelShowsKeyCreditsAndLedgerWithoutBlocking()
    {
        bool done = false;
        m_context->keys()->write(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-panel"), [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
        addRow({});
        m_mock.enqueueAccount("key", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-key.json"))));
        m_mock.enqueueAccount("credits", MockResponse::json(200, TestEnv::fixture(QStringLiteral("openrouter-credits.json"))));
        OpenRouterPanel panel(m_context.get());
        panel.setBaseUrl(m_mock.baseUrl());
        QSignalSpy fetched(&panel, &OpenRouterPanel::fetched);
        panel.refresh(true);
        QVERIFY(panel.isFetching()); // the window goes on while the answers come
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.first().first().toBool(), true);
        const QString text = panel.shownText();
        QVERIFY2(text.contains(QLatin1String("sk-or-v1-au7...890")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("$74.50")));  // limit remaining
        QVERIFY(text.contains(QLatin1String("$8.00")));   // credits left
        QVERIFY(text.contains(QLatin1String("$25.50")));  // OpenRouter's month
        QVERIFY(text.contains(QLatin1String("+$25.00"))); // the difference to the ledger's $0.50
        QVERIFY(text.contains(QLatin1String("other apps")));
        panel.refresh(); // fresh: no second fetch
        QVERIFY(!panel.isFetching());
    }

    void usageViewFiltersACompareRunAndShowsRouting()
    {
        addRow(QStringLiteral("cmp-1"));
        const qint64 routed = addRow(QStringLiteral("cmp-1"), QStringLiteral(
            R"({"models":["anthropic/claude-sonnet-4.5","openai/gpt-4o"],"provider":{"order":["anthropic","openai"],"sort":"price","allow_fallbacks":false}})"));
        UsageView view(m_context.get());
        auto* log = view.findChild<QTableView*>(QStringLiteral("logTable"));
        QVERIFY(log);
        view.refresh();
        const int all = log->model()->rowCount();
        QCOMPARE(all, 3);
        view.showCompareGroup(QStringLiteral("cmp-1"));
        QCOMPARE(log->model()->rowCount(), 2);
        QCOMPARE(view.currentFilter().compareGroup, QStringLiteral("cmp-1"));
        QVERIFY(!TestEnv::child<QLabel>(&view, "compareChip")->isHidden());
        QVERIFY(view.showRequest(routed, QDateTime::currentMSecsSinceEpoch()));
        const QString detail = TestEnv::child<QLabel>(&view, "logDetail")->text();
        QVERIFY2(detail.contains(QStringLiteral("anthropic/claude-sonnet-4.5 → openai/gpt-4o")), qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("order anthropic, openai")));
        QVERIFY(detail.contains(QLatin1String("sort price")));
        TestEnv::child<QToolButton>(&view, "compareClear")->click();
        QCOMPARE(log->model()->rowCount(), all);
        QVERIFY(TestEnv::child<QLabel>(&view, "compareChip")->isHidden());
    }

    void budgetDialogMakesACreditFloor()
    {
        const ProviderRegistry registry;
        ProviderListModel providers(&registry);
        BudgetDialog dialog(&providers);
        dialog.setCreditProvider(QStringLiteral("openrouter"));
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(Budget::Kind::CreditFloor)));
        QVERIFY(TestEnv::child<QComboBox>(&dialog, "budgetPeriodCombo")->isHidden());
        TestEnv::child<QLineEdit>(&dialog, "budgetLimitEdit")->setText(QStringLiteral("5"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.budget().kind, Budget::Kind::CreditFloor);
        QCOMPARE(dialog.budget().provider, QStringLiteral("openrouter"));
        QCOMPARE(Money::toDecimalString(dialog.budget().limit), QStringLiteral("5"));
    }
};

SWITCHYARD_TEST_MAIN(TestOpenRouterPanel, QApplication)
#include "test_openrouterpanel.moc"
