#include "MockProvider.h"
#include "TestEnv.h"
#include "config/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/chat/MessageListModel.h"
#include "gui/compare/CompareColumn.h"
#include "gui/compare/CompareView.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/CompareRun.h"
#include "storage/ConversationStore.h"
#include "usage/Budgets.h"
#include "usage/UsageQuery.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

// The compare window of the real main window on the offscreen platform, against the mock:
// columns added and removed, two models answering side by side, a failure and a Stop in one
// column, and "Continue with this one" making the chat's next turn.
class TestCompareView : public QObject {
    Q_OBJECT

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    MockProvider m_mock;

    static QByteArray modelIs(const char* model) { return QByteArray("\"model\":\"") + model + '"'; }

    template <typename T>
    static T* in(const QObject* parent, const char* name)
    {
        return TestEnv::child<T>(parent, name);
    }

    CompareView* openView()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionCompare"))->trigger();
        CompareView* view = m_window->compareView();
        if (!view || !view->isVisible())
            qFatal("the compare view did not open");
        return view;
    }

    static void typeModel(CompareColumn* column, const QString& model)
    {
        auto* combo = in<QComboBox>(column, "compareModel");
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Delete);
        QTest::keyClicks(combo->lineEdit(), model);
    }

    static void typePrompt(CompareView* view, const QString& text)
    {
        auto* prompt = in<QPlainTextEdit>(view, "comparePrompt");
        prompt->clear();
        QTest::keyClicks(prompt, text);
    }

    static bool finished(CompareColumn* column) { return in<QPushButton>(column, "compareContinue")->isEnabled(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        QVERIFY(m_mock.listen());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->settings()->setBaseUrlOverride(QStringLiteral("openrouter"), m_mock.baseUrl());
        m_context->keys()->setMemoryFallback(true); // never a keychain here
        bool done = false;
        m_context->keys()->write(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-compareview"),
                                 [&](KeyStore::Status, const QString&) { done = true; });
        QTRY_VERIFY(done);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
    }

    void cleanup() { QCOMPARE(m_mock.pendingRouted(), 0); }

    void addAndRemoveColumns()
    {
        CompareView* view = openView();
        QCOMPARE(view->columnCount(), 2);
        auto* add = in<QPushButton>(view, "compareAddButton");
        QVERIFY(!in<QToolButton>(view->column(0), "compareRemove")->isEnabled()); // two is the least
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(view->columnCount(), 6);
        QVERIFY(!add->isEnabled()); // six is the most
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(view->columnCount(), 6);
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(in<QToolButton>(view->column(1), "compareRemove"), Qt::LeftButton);
        QCOMPARE(view->columnCount(), 2);
        QVERIFY(add->isEnabled());
        QVERIFY(!in<QToolButton>(view->column(1), "compareRemove")->isEnabled());
        QCOMPARE(view->column(1)->objectName(), QStringLiteral("compareColumn2"));
    }

    // Two models stream side by side (one slowly), both finish with their figures, and the
    // second answer continues a new chat, then the first continues that chat.
    void twoColumnsFinishAndContinue()
    {
        m_mock.enqueueFor(modelIs("a/one"), MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        MockResponse slow = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse")), 300);
        slow.pieceDelayMs = 250;
        m_mock.enqueueFor(modelIs("b/two"), slow);
        m_window->newConversation();
        QCOMPARE(m_window->currentConversationId(), 0);

        CompareView* view = openView();
        QCOMPARE(view->columnCount(), 2);
        in<QComboBox>(view->column(0), "compareProvider")->setCurrentIndex(
            in<QComboBox>(view->column(0), "compareProvider")->findData(QStringLiteral("openrouter")));
        in<QComboBox>(view->column(1), "compareProvider")->setCurrentIndex(
            in<QComboBox>(view->column(1), "compareProvider")->findData(QStringLiteral("openrouter")));
        typeModel(view->column(0), QStringLiteral("a/one"));
        typeModel(view->column(1), QStringLiteral("b/two"));
        typePrompt(view, QStringLiteral("Who won?"));
        QTest::mouseClick(in<QPushButton>(view, "compareSendButton"), Qt::LeftButton);
        QVERIFY(!in<QPushButton>(view, "compareSendButton")->isEnabled());
        QVERIFY(in<QPushButton>(view, "compareStopAllButton")->isEnabled());
        QVERIFY(!in<QComboBox>(view->column(0), "compareModel")->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(finished(view->column(0)) && finished(view->column(1)), 20000);
        QVERIFY(!view->run()->isRunning());
        QVERIFY(in<QPushButton>(view, "compareSendButton")->isEnabled());
        QVERIFY(!in<QPushButton>(view, "compareStopAllButton")->isEnabled());
        QCOMPARE(view->column(0)->answerText(), QStringLiteral("Real Madrid, 14 times."));
        QCOMPARE(view->column(1)->answerText(), QStringLiteral("Hello"));
        const QString figures = in<QLabel>(view->column(0), "compareFigures")->text();
        QVERIFY2(figures.contains(QLatin1String("ms to first token")) && figures.contains(QStringLiteral("33 in · 8 out"))
                     && figures.contains(QLatin1String("reported")) && figures.contains(QLatin1String("done")),
                 qPrintable(figures));
        QVERIFY(!in<QLabel>(view->column(0), "compareNotice")->isVisible());

        // Each its own ledger row, in one group.
        const QString group = view->run()->groupId();
        int rows = 0;
        for (const LedgerEntry& e : UsageQuery(m_context->database()).log(UsageFilter()))
            rows += e.compareGroup == group ? 1 : 0;
        QCOMPARE(rows, 2);

        QTest::mouseClick(in<QPushButton>(view->column(1), "compareContinue"), Qt::LeftButton);
        const qint64 chat = m_window->currentConversationId();
        QVERIFY(chat > 0);
        ConversationStore store(m_context->database());
        QList<StoredMessage> branch = store.branch(chat);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).role, QStringLiteral("user"));
        QCOMPARE(branch.at(0).content, QStringLiteral("Who won?"));
        QCOMPARE(branch.at(1).role, QStringLiteral("assistant"));
        QCOMPARE(branch.at(1).content, QStringLiteral("Hello"));
        QCOMPARE(branch.at(1).model, QStringLiteral("b/two"));
        QCOMPARE(m_window->messages()->rowCount(), 2);
        // The chat goes on with that model.
        QCOMPARE(in<QComboBox>(m_window.get(), "modelCombo")->currentText(), QStringLiteral("b/two"));

        QTest::mouseClick(in<QPushButton>(view->column(0), "compareContinue"), Qt::LeftButton);
        QCOMPARE(m_window->currentConversationId(), chat);
        branch = store.branch(chat);
        QCOMPARE(branch.size(), 4);
        QCOMPARE(branch.at(3).content, QStringLiteral("Real Madrid, 14 times."));
        const StoredMessage kept = store.messagesByIds({ branch.at(3).id }).constFirst();
        QVERIFY(kept.request);
        QCOMPARE(kept.request->ledgerId, view->run()->outcome(0).ledgerId);
        QCOMPARE(kept.request->costSource, QStringLiteral("reported"));
        QCOMPARE(m_window->messages()->rowCount(), 4);
        QCOMPARE(in<QComboBox>(m_window.get(), "modelCombo")->currentText(), QStringLiteral("a/one"));
    }

    // One column refused, one stopped by its own Stop: each says so, neither offers Continue.
    void failureAndStopInOneColumn()
    {
        m_mock.enqueueFor(modelIs("c/broke"), MockResponse::json(402, TestEnv::fixture(QStringLiteral("openrouter-error-402.json"))));
        MockResponse stalled = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse")));
        stalled.stallAfter = 0;
        m_mock.enqueueFor(modelIs("d/hangs"), stalled);
        CompareView* view = openView();
        typeModel(view->column(0), QStringLiteral("c/broke"));
        typeModel(view->column(1), QStringLiteral("d/hangs"));
        typePrompt(view, QStringLiteral("Anything?"));
        const qsizetype sent = m_mock.requests().size();
        QTest::mouseClick(in<QPushButton>(view, "compareSendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(view->column(0), "compareNotice")->isVisible(), 20000);
        QVERIFY(in<QLabel>(view->column(0), "compareNotice")->text().contains(QLatin1String("credits")));
        QVERIFY(in<QLabel>(view->column(0), "compareFigures")->text().contains(QLatin1String("cost unknown")));
        QVERIFY(!finished(view->column(0)));
        QVERIFY(view->run()->isRunning(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_mock.requests().size(), sent + 2, 20000);
        auto* stop = in<QPushButton>(view->column(1), "compareStop");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->run()->isRunning(), 20000);
        QVERIFY(in<QLabel>(view->column(1), "compareFigures")->text().contains(QLatin1String("stopped")));
        QVERIFY(!finished(view->column(1)));
        QVERIFY(in<QLabel>(view, "compareStatus")->text().contains(QLatin1String("did not answer")));
    }

    // A hard-stop budget that is used up blocks the comparison until "Send Anyway" is not
    // pressed: nothing is sent. (The earlier tests spent more than the limit today.)
    void usedUpBudgetBlocks()
    {
        Budgets budgets(m_context->database(), m_context->settings());
        Budget limit;
        limit.period = Budget::Period::Day;
        limit.provider = QStringLiteral("openrouter");
        limit.limit = Money::fromPico(1000000); // $0.000001
        limit.hardStop = true;
        const Budget added = budgets.add(limit);
        CompareView* view = openView();
        typeModel(view->column(0), QStringLiteral("a/one"));
        typeModel(view->column(1), QStringLiteral("b/two"));
        typePrompt(view, QStringLiteral("Again?"));
        const qsizetype sent = m_mock.requests().size();
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == QLatin1String("budgetBlockedBox")) {
                    asked = true;
                    box->button(QMessageBox::Cancel)->click();
                }
            }
        });
        QTest::mouseClick(in<QPushButton>(view, "compareSendButton"), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(!view->run()->isRunning());
        QTest::qWait(0);
        QCOMPARE(m_mock.requests().size(), sent);
        QVERIFY(budgets.remove(added.id));
    }
};

SWITCHYARD_TEST_MAIN(TestCompareView, QApplication)
#include "test_compareview.moc"
