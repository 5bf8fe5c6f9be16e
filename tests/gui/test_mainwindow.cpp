#include "MockProvider.h"
#include "TestEnv.h"
#include "config/AppSettings.h"
#include "gui/ChatView.h"
#include "gui/ConversationListModel.h"
#include "gui/chat/MessageListModel.h"
#include "gui/chat/SearchDialog.h"
#include "gui/MainWindow.h"
#include "gui/settings/BudgetDialog.h"
#include "gui/settings/BudgetTableModel.h"
#include "gui/settings/CustomProviderDialog.h"
#include "gui/settings/ProviderListModel.h"
#include "gui/ModelPickerDialog.h"
#include "gui/ModelTableModel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/Theme.h"
#include "usage/Budgets.h"
#include "gui/dashboard/UsageModels.h"
#include "gui/dashboard/UsageView.h"
#include "catalog/CatalogStore.h"
#include "catalog/PriceBook.h"
#include "chat/TokenUsage.h"
#include "providers/ProviderRegistry.h"
#include "money/Money.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "usage/UsageQuery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QComboBox>
#include <QBarSet>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QChart>
#include <QGroupBox>
#include <QJsonDocument>
#include <QTableView>
#include <QToolButton>
#include <QLoggingCategory>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

namespace {
const QString kCanary = QStringLiteral("sk-or-v1-canary0000gui000000000000000000000000000000000000000000000");
QByteArray g_logs;
QtMessageHandler g_previous = nullptr;
void captureLogs(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logs += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    g_previous(type, context, message);
}
} // namespace

// The real main window on the offscreen platform, driven as a user would.
class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    MockProvider m_mock;

    template <typename T>
    T* find(const char* name)
    {
        return TestEnv::child<T>(m_window.get(), name);
    }

    // Settings > Providers shows one provider at a time: pick it in the list.
    static void selectProvider(SettingsDialog* dialog, const QString& id)
    {
        auto* list = dialog->findChild<QListView*>(QStringLiteral("providerList"));
        QVERIFY(list);
        const QModelIndexList found = list->model()->match(list->model()->index(0, 0), ProviderListModel::IdRole, id, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(id));
        list->setCurrentIndex(found.first());
        QCOMPARE(dialog->findChild<QGroupBox*>(QStringLiteral("providerBox"))->title(), found.first().data().toString());
    }

    // Fills the budget form that the next click opens, then presses OK.
    void fillNextBudgetForm(const QString& provider, int period, const QString& limit, bool hardStop)
    {
        QTimer::singleShot(0, this, [=] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* form = qobject_cast<BudgetDialog*>(w);
                if (!form || !form->isVisible())
                    continue;
                auto* scope = form->findChild<QComboBox*>(QStringLiteral("budgetScopeCombo"));
                scope->setCurrentIndex(scope->findData(provider));
                form->findChild<QComboBox*>(QStringLiteral("budgetPeriodCombo"))->setCurrentIndex(period);
                auto* edit = form->findChild<QLineEdit*>(QStringLiteral("budgetLimitEdit"));
                edit->clear();
                QTest::keyClicks(edit, limit);
                form->findChild<QCheckBox*>(QStringLiteral("budgetHardStopCheck"))->setChecked(hardStop);
                QTest::mouseClick(form->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
            }
        });
    }

    void sendPrompt(const QString& text)
    {
        auto* prompt = find<QPlainTextEdit>("promptEdit");
        prompt->setFocus();
        QTest::keyClicks(prompt, text);
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(captureLogs);
        QLoggingCategory::setFilterRules(QStringLiteral("switchyard.*.debug=true"));
        QVERIFY(m_mock.listen());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->settings()->setBaseUrlOverride(QStringLiteral("openrouter"), m_mock.baseUrl());
        // Its own keychain entry, so the CLI test's keys never meet this one.
        m_context->keys()->setServiceName(QStringLiteral("switchyard-gui-test"));
        if (!TestEnv::privateKeyringAvailable())
            m_context->keys()->setMemoryFallback(true); // never the user's keyring
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        new QAbstractItemModelTester(find<QListView>("conversationList")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void saveKeyThroughSettings()
    {
        if (!TestEnv::privateKeyringAvailable())
            QTRY_VERIFY(m_context->keys()->memoryFallback());
        auto* dialog = new SettingsDialog(m_context.get(), m_window.get());
        dialog->show();
        selectProvider(dialog, QStringLiteral("anthropic"));
        selectProvider(dialog, QStringLiteral("openrouter"));
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, kCanary);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveKeyButton")), Qt::LeftButton);
        QVERIFY(edit->text().isEmpty()); // the key does not linger in the widget
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("keyStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("keychain")) || status->text().contains(QLatin1String("memory")), 20000);
        dialog->close();
        delete dialog;
    }

    void unwritableLedgerShowsABannerAndIsRetried()
    {
        QSqlQuery q(m_context->database()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON"))); // every write fails as read-only
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        const qint64 before = UsageQuery(m_context->database()).count();
        find<QComboBox>("modelCombo")->setCurrentText(QStringLiteral("deepseek/deepseek-chat"));
        sendPrompt(QStringLiteral("Is this recorded?"));
        auto* banner = find<QLabel>("storageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY2(banner->text().contains(QLatin1String("read-only")), qPrintable(banner->text()));
        QCOMPARE(m_context->unsavedCount(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
        m_window->retryUnsavedRows(); // what the banner's timer does every 15 s
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_context->unsavedCount(), 0);
        QCOMPARE(UsageQuery(m_context->database()).count(), before + 1);
        m_window->newConversation(); // the next test starts on an empty chat
    }

    void chatStreamsIntoTheWindow()
    {
        MockResponse r = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse")), 40);
        r.pieceDelayMs = 20;
        m_mock.enqueue(r);
        const qint64 before = UsageQuery(m_context->database()).count();
        auto* modelCombo = find<QComboBox>("modelCombo");
        modelCombo->setCurrentText(QStringLiteral("deepseek/deepseek-chat"));
        sendPrompt(QStringLiteral("Why is the sky blue?"));
        auto* view = find<ChatView>("chatView");
        QCOMPARE(view->messageCount(), 2);
        QCOMPARE(view->messageText(0), QStringLiteral("Why is the sky blue?"));
        QVERIFY(find<QPushButton>("stopButton")->isEnabled());
        QVERIFY(!find<QPushButton>("sendButton")->isEnabled());
        // Streamed: part of the answer shows before the whole has arrived.
        QTRY_VERIFY(view->messageText(1).startsWith(QLatin1String("Le ciel")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        const QString answer = QString::fromUtf8("Le ciel est bleu à cause de la diffusion Rayleigh — 空が青いのは散乱のため 🌍🔭.");
        QCOMPARE(view->messageText(1), answer);
        QVERIFY(find<QPushButton>("sendButton")->isEnabled());
        QCOMPARE(find<QPlainTextEdit>("promptEdit")->toPlainText(), QString());

        // The status bar shows what served, tokens and the charged cost.
        QCOMPARE(find<QLabel>("statusModel")->text(), QStringLiteral("deepseek/deepseek-chat"));
        QVERIFY(find<QLabel>("statusTokens")->text().contains(QLatin1String("17")));
        QVERIFY(find<QLabel>("statusTokens")->text().contains(QLatin1String("31")));
        QCOMPARE(find<QLabel>("statusCost")->text(), Money::formatUsd(*Money::parseUsd(QStringLiteral("0.0000123456789")), QLocale()));

        // One ledger row, and the conversation was saved.
        const UsageQuery query(m_context->database());
        QCOMPARE(query.count(), before + 1);
        const LedgerEntry row = query.log({}, 1).first();
        QCOMPARE(row.status, QStringLiteral("done"));
        QCOMPARE(Money::toDecimalString(*row.cost), QStringLiteral("0.0000123456789"));
        QCOMPARE(row.conversationId, m_window->currentConversationId());
        const QList<StoredMessage> saved = ConversationStore(m_context->database()).messages(m_window->currentConversationId());
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[1].content, answer);
        QCOMPARE(find<QListView>("conversationList")->model()->rowCount(), 1);

        // The request carried the key from the Settings dialog.
        QCOMPARE(m_mock.requests().constLast().header("Authorization"), "Bearer " + kCanary.toUtf8());
    }

    void escStopsAndKeepsThePartialAnswer()
    {
        const QByteArray bytes = TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse"));
        MockResponse stall = MockResponse::sse(bytes, 64);
        stall.stallAfter = bytes.indexOf("Rayleigh") + 40;
        m_mock.enqueue(stall);
        sendPrompt(QStringLiteral("And at sunset?"));
        auto* view = find<ChatView>("chatView");
        QTRY_VERIFY(view->messageText(3).startsWith(QLatin1String("Le ciel")));
        QTest::keyClick(find<QPlainTextEdit>("promptEdit"), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->runner()->isRunning());
        QCOMPARE(view->messageText(3), QString::fromUtf8("Le ciel est bleu à cause de la diffusion "));
        QVERIFY(view->noticeText(3).contains(QLatin1String("Stopped")));
        QCOMPARE(UsageQuery(m_context->database()).log({}, 1).first().status, QStringLiteral("cancelled"));
    }

    // What each message offers, through the real window: the footer, Copy, Continue,
    // Regenerate and Edit making versions, the ‹ › switcher, the footer's link to the
    // log, Delete. Each request sends the path from the root to the message.
    void messageActionsMakeVersions()
    {
        auto* view = find<ChatView>("chatView");
        QCOMPARE(view->messageCount(), 4);
        const QString firstAnswer = view->messageText(1);
        const QString messagesJson = QStringLiteral("messages");
        auto sentRoles = [this] {
            const QJsonArray sent = QJsonDocument::fromJson(m_mock.requests().constLast().body).object().value(QStringLiteral("messages")).toArray();
            QStringList out;
            for (const auto& m : sent)
                out << m.toObject().value(QStringLiteral("role")).toString() + u':' + m.toObject().value(QStringLiteral("content")).toString();
            return out;
        };
        auto click = [view](int row, const char* target) {
            const QRect rect = view->targetRect(row, QLatin1String(target));
            QVERIFY2(!rect.isNull(), target);
            QTest::mouseMove(view->viewport(), rect.center());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        };

        // The footer under the first answer: what served, where, tokens, cost and its source.
        const QString footer = view->footerText(1);
        QVERIFY2(footer.contains(QLatin1String("via Fireworks")), qPrintable(footer));
        QVERIFY2(footer.contains(QString::fromUtf8("17 in · 31 out")), qPrintable(footer));
        QVERIFY2(footer.contains(Money::formatUsd(*Money::parseUsd(QStringLiteral("0.0000123456789")), QLocale()) + QStringLiteral(" reported")),
                 qPrintable(footer));
        QVERIFY2(footer.contains(QLatin1String("ms to first token")), qPrintable(footer));

        // Copy puts the Markdown of that message on the clipboard.
        QGuiApplication::clipboard()->clear();
        click(1, "copy");
        QCOMPARE(QGuiApplication::clipboard()->text(), firstAnswer);

        // Continue the stopped answer: the new text follows the kept text in the same message.
        const QString partial = view->messageText(3);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        click(3, "continue");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        QCOMPARE(view->messageText(3), partial + QStringLiteral("Hello"));
        QStringList roles = sentRoles();
        QCOMPARE(roles.size(), 5);
        QCOMPARE(roles.at(3), QStringLiteral("assistant:") + partial);
        QVERIFY(roles.at(4).startsWith(QLatin1String("user:Continue")));

        // Regenerate the first answer: a second version beside it, the branch now ends there.
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        click(1, "regenerate");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        QCOMPARE(sentRoles(), QStringList { QStringLiteral("user:Why is the sky blue?") });
        QCOMPARE(view->messageCount(), 2);
        QCOMPARE(view->messageText(1), QStringLiteral("Hello"));
        QCOMPARE(m_window->messages()->index(1).data(MessageListModel::SiblingCountRole).toInt(), 2);
        QCOMPARE(m_window->messages()->index(1).data(MessageListModel::SiblingIndexRole).toInt(), 2);

        // ‹ brings back the first version and the branch that followed it.
        click(1, "prev");
        QCOMPARE(view->messageCount(), 4);
        QCOMPARE(view->messageText(1), firstAnswer);
        QCOMPARE(view->messageText(3), partial + QStringLiteral("Hello"));

        // Up in the empty prompt edits the last question; sending makes a new version of it.
        auto* prompt = find<QPlainTextEdit>("promptEdit");
        prompt->clear();
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_Up);
        QCOMPARE(m_window->editingMessageId(), view->model()->index(2).data(MessageListModel::IdRole).toLongLong());
        QCOMPARE(prompt->toPlainText(), QStringLiteral("And at sunset?"));
        QVERIFY(find<QLabel>("editBanner")->isVisible());
        prompt->clear();
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        sendPrompt(QStringLiteral("And at noon?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        QCOMPARE(sentRoles(), (QStringList { QStringLiteral("user:Why is the sky blue?"), QStringLiteral("assistant:") + firstAnswer,
                                             QStringLiteral("user:And at noon?") }));
        QCOMPARE(view->messageCount(), 4);
        QCOMPARE(view->messageText(2), QStringLiteral("And at noon?"));
        QCOMPARE(m_window->messages()->index(2).data(MessageListModel::SiblingCountRole).toInt(), 2);
        QVERIFY(!find<QLabel>("editBanner")->isVisible());
        QCOMPARE(m_window->editingMessageId(), qint64(0));
        // Nothing was lost: every version is in the store.
        QCOMPARE(ConversationStore(m_context->database()).messages(m_window->currentConversationId()).size(), 7);

        // The footer opens that request in the usage log, selected.
        const qint64 ledgerId = UsageQuery(m_context->database()).log({}, 1).first().id;
        click(3, "footer");
        QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(), static_cast<QWidget*>(m_window->usageView()));
        auto* log = m_window->usageView()->findChild<QTableView*>(QStringLiteral("logTable"));
        QVERIFY(log->currentIndex().isValid());
        QVERIFY(log->currentIndex().data().isValid());
        QCOMPARE(UsageQuery(m_context->database()).log({}, 1).first().id, ledgerId);
        m_window->showChat();

        // Delete the last answer (after a confirmation).
        // The box is looked for until it shows (a mouse move may run a zero timer early).
        auto* accept = new QTimer(this);
        accept->setInterval(20);
        connect(accept, &QTimer::timeout, this, [accept] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("deleteMessageBox") && w->isVisible()) {
                    accept->stop();
                    accept->deleteLater();
                    static_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click();
                }
            }
        });
        accept->start();
        click(3, "delete");
        QCOMPARE(view->messageCount(), 3);
        QCOMPARE(ConversationStore(m_context->database()).messages(m_window->currentConversationId()).size(), 6);
    }

    void rejectedKeyShowsANoticeWithSettingsLink()
    {
        m_mock.enqueue(MockResponse::json(401, R"({"error":{"code":401,"message":"User not found."}})"));
        sendPrompt(QStringLiteral("Hello?"));
        QTRY_VERIFY(!m_window->runner()->isRunning());
        auto* view = find<ChatView>("chatView");
        const QString notice = view->noticeText(view->messageCount() - 1);
        QVERIFY2(notice.contains(QLatin1String("rejected the API key")), qPrintable(notice));
        QVERIFY(notice.contains(QLatin1String("switchyard:settings")));
    }

    void newRenameDeleteConversations()
    {
        auto* list = find<QListView>("conversationList");
        const qint64 first = m_window->currentConversationId();
        // New chat asks what the chat starts with; "Blank chat" is first and highlighted.
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* picker = qobject_cast<QDialog*>(w); picker && picker->objectName() == QLatin1String("presetPicker"))
                    picker->accept();
            }
        });
        QTest::mouseClick(find<QPushButton>("newButton"), Qt::LeftButton);
        QCOMPARE(find<ChatView>("chatView")->messageCount(), 0);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        sendPrompt(QStringLiteral("Second chat"));
        QTRY_VERIFY(!m_window->runner()->isRunning());
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(m_window->currentConversationId() != first);

        ConversationStore store(m_context->database());
        const qint64 second = m_window->currentConversationId();
        QVERIFY(store.rename(second, QStringLiteral("Renamed")));
        const qint64 ledgerRows = UsageQuery(m_context->database()).count();
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w))
                    box->button(QMessageBox::Yes)->click();
            }
        });
        QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(UsageQuery(m_context->database()).count(), ledgerRows); // ledger rows stay
        QCOMPARE(m_window->currentConversationId(), first);
    }

    void modelPickerSearchesEveryProvider()
    {
        ModelInfo sonnet;
        sonnet.provider = QStringLiteral("openrouter");
        sonnet.id = QStringLiteral("anthropic/claude-sonnet-4.5");
        sonnet.name = QStringLiteral("Anthropic: Claude Sonnet 4.5");
        sonnet.contextLength = 200000;
        sonnet.promptPrice = QStringLiteral("0.000003");
        sonnet.completionPrice = QStringLiteral("0.000015");
        ModelInfo nano = sonnet;
        nano.id = QStringLiteral("openai/gpt-4.1-nano");
        nano.name = QStringLiteral("OpenAI: GPT-4.1 Nano");
        nano.promptPrice = QStringLiteral("0.0000001");
        nano.completionPrice = QStringLiteral("0.0000004");
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("openrouter"), m_mock.baseUrl(), { sonnet, nano }));
        ModelInfo haiku;
        haiku.provider = QStringLiteral("anthropic");
        haiku.id = QStringLiteral("claude-haiku-4-5-20251001");
        haiku.name = QStringLiteral("Claude Haiku 4.5");
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("anthropic"), QStringLiteral("https://api.anthropic.com/v1"), { haiku }));

        ModelPickerDialog picker(m_context.get(), m_window.get());
        picker.show();
        auto* table = picker.findChild<QTableView*>(QStringLiteral("modelTable"));
        new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &picker);
        QVERIFY(picker.visibleRows() >= 3);
        auto* search = picker.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("claude 4.5"));
        QCOMPARE(picker.visibleRows(), 2); // sonnet by its id, haiku by its display name
        search->clear();
        QTest::keyClicks(search, QStringLiteral("haiku"));
        QCOMPARE(picker.visibleRows(), 1);
        QCOMPARE(picker.selectedProvider(), QStringLiteral("anthropic"));
        // The bundled price book prices a direct-provider model the catalog left unpriced.
        const QModelIndex row = table->model()->index(0, ModelTableModel::PromptPrice);
        QCOMPARE(row.data().toString(), QStringLiteral("$1"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("openrouter nano"));
        QCOMPARE(picker.visibleRows(), 1);
        QCOMPARE(table->model()->index(0, ModelTableModel::Context).data().toString(), QLocale().toString(200000));
        QCOMPARE(table->model()->index(0, ModelTableModel::CompletionPrice).data().toString(), QStringLiteral("$0.4"));
        QCOMPARE(picker.selectedModel(), QStringLiteral("openai/gpt-4.1-nano"));
    }

    void pickerChoiceSetsProviderAndModel()
    {
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* picker = qobject_cast<ModelPickerDialog*>(w)) {
                    QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("haiku"));
                    QTest::keyClick(picker->findChild<QLineEdit*>(QStringLiteral("searchEdit")), Qt::Key_Return);
                }
            }
        });
        QTest::mouseClick(find<QToolButton>("pickModelButton"), Qt::LeftButton);
        QCOMPARE(find<QComboBox>("providerCombo")->currentData().toString(), QStringLiteral("anthropic"));
        QCOMPARE(find<QComboBox>("modelCombo")->currentText(), QStringLiteral("claude-haiku-4-5-20251001"));
        // Back to OpenRouter for the tests after this one.
        find<QComboBox>("providerCombo")->setCurrentIndex(find<QComboBox>("providerCombo")->findData(QStringLiteral("openrouter")));
    }

    void customProviderBehavesLikeAPreset()
    {
        SettingsDialog dialog(m_context.get(), m_window.get());
        QTimer::singleShot(0, this, [this] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* form = qobject_cast<CustomProviderDialog*>(w)) {
                    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("My vLLM"));
                    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit")), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_mock.port()));
                    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("keyEdit")), QStringLiteral("vllm-secret-key"));
                    form->accept();
                }
            }
        });
        dialog.startAddingProvider();
        QVERIFY(m_context->providers()->isCustom(QStringLiteral("custom-my-vllm")));
        // The new provider is in the list and shown, and it can be removed (a bundled one cannot).
        auto* list = dialog.findChild<QListView*>(QStringLiteral("providerList"));
        QCOMPARE(list->currentIndex().data(ProviderListModel::IdRole).toString(), QStringLiteral("custom-my-vllm"));
        QCOMPARE(dialog.findChild<QGroupBox*>(QStringLiteral("providerBox"))->title(), QStringLiteral("My vLLM"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("removeProviderButton"))->isEnabled());
        selectProvider(&dialog, QStringLiteral("openrouter"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("removeProviderButton"))->isEnabled());
        QCOMPARE(m_context->settings()->customProviders().size(), 1);
        QVERIFY(!QString::fromUtf8(QJsonDocument(m_context->settings()->customProviders().first()).toJson()).contains(QLatin1String("vllm-secret-key")));
        dialog.close();

        // It chats like any preset: the OpenAI protocol, its key from the keychain, a ledger row.
        m_window->refreshProviders();
        auto* providers = find<QComboBox>("providerCombo");
        QTRY_VERIFY(providers->findData(QStringLiteral("custom-my-vllm")) >= 0);
        providers->setCurrentIndex(providers->findData(QStringLiteral("custom-my-vllm")));
        find<QComboBox>("modelCombo")->setCurrentText(QStringLiteral("my-model"));
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openai-stream-include-usage.sse"))));
        sendPrompt(QStringLiteral("Hello custom"));
        QTRY_VERIFY(!m_window->runner()->isRunning());
        QCOMPARE(m_mock.requests().constLast().path, QByteArray("/v1/chat/completions"));
        QCOMPARE(m_mock.requests().constLast().header("Authorization"), QByteArray("Bearer vllm-secret-key"));
        const LedgerEntry row = UsageQuery(m_context->database()).log({}, 1).first();
        QCOMPARE(row.provider, QStringLiteral("custom-my-vllm"));
        QCOMPARE(row.costSource, QStringLiteral("unknown")); // nobody has priced my-model: unknown, never zero
        providers->setCurrentIndex(providers->findData(QStringLiteral("openrouter")));
    }

    void priceOverrideFromSettings()
    {
        SettingsDialog dialog(m_context.get(), m_window.get());
        auto* provider = dialog.findChild<QComboBox*>(QStringLiteral("priceProviderCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("custom-my-vllm")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("priceModelEdit")), QStringLiteral("my-model"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("priceInEdit")), QStringLiteral("1.5"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("priceOutEdit")), QStringLiteral("2"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("savePriceButton")), Qt::LeftButton);
        const ModelPrice price = m_context->prices()->find(m_context->providers()->find(QStringLiteral("custom-my-vllm")), QStringLiteral("my-model"));
        QCOMPARE(price.source, QStringLiteral("override"));
        TokenUsage u;
        u.promptTokens = 14;
        u.completionTokens = 3;
        QCOMPARE(Money::toDecimalString(*price.costOf(u)), QStringLiteral("0.000027")); // 14*1.5 + 3*2 = 27 µ$
    }

    void usagePageAgreesWithTheLedger()
    {
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier);
        if (!m_window->usageView()->isVisible())
            m_window->showUsage(); // offscreen windows may not take shortcuts
        UsageView* view = m_window->usageView();
        QTRY_VERIFY(view->isVisible());
        auto* stack = view->findChild<QStackedWidget*>(QStringLiteral("usageStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contentSplitter"));

        // The truth, brute force from the ledger for the same range.
        const UsageFilter range = view->currentFilter();
        Money::Amount spend = 0;
        qint64 requests = 0;
        qint64 unknown = 0;
        for (const LedgerEntry& e : UsageQuery(m_context->database()).log(range)) {
            ++requests;
            spend += e.cost.value_or(0);
            unknown += e.cost ? 0 : 1;
        }
        QVERIFY(requests >= 5);
        const QString headline = view->findChild<QLabel*>(QStringLiteral("headline"))->text();
        QVERIFY2(headline.contains(Money::formatUsd(spend, QLocale())), qPrintable(headline));
        QVERIFY(headline.contains(QLocale().toString(requests) + QStringLiteral(" requests")));
        QCOMPARE(headline.contains(QLatin1String("unknown, not zero")), unknown > 0);

        // The stacked chart's values add up to the spend; one bar set per series.
        auto* bars = qobject_cast<QStackedBarSeries*>(view->spendChart()->series().value(0));
        QVERIFY(bars);
        double charted = 0;
        for (QBarSet* set : bars->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                charted += set->at(i);
        }
        QVERIFY(qAbs(charted - Money::toDecimalString(spend).toDouble()) < 1e-9);
        auto* pie = qobject_cast<QPieSeries*>(view->shareChart()->series().value(0));
        QVERIFY(pie && pie->count() >= 1);

        // The table's requests add up; a row opens the log filtered to it.
        auto* table = view->findChild<QTableView*>(QStringLiteral("modelTable"));
        new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
        qint64 tableRequests = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            tableRequests += table->model()->index(r, UsageTableModel::Requests).data(UsageTableModel::SortRole).toLongLong();
        QCOMPARE(tableRequests, requests);
        const QString firstKey = table->model()->index(0, 0).data(UsageTableModel::KeyRole).toString();
        const qint64 firstCount = table->model()->index(0, UsageTableModel::Requests).data(UsageTableModel::SortRole).toLongLong();
        emit table->activated(table->model()->index(0, 0));
        auto* log = view->findChild<QTableView*>(QStringLiteral("logTable"));
        new QAbstractItemModelTester(log->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
        QCOMPARE(qint64(log->model()->rowCount()), firstCount);
        log->selectRow(0);
        const QString detail = view->findChild<QLabel*>(QStringLiteral("logDetail"))->text();
        QVERIFY2(detail.contains(firstKey.isEmpty() ? QStringLiteral("#") : firstKey), qPrintable(detail));

        // Exports of the current range, parsed back and compared with the ledger.
        const QString csvPath = TestEnv::root() + QStringLiteral("/requests.csv");
        const QString jsonPath = TestEnv::root() + QStringLiteral("/usage.json");
        QString error;
        emit view->findChild<QPushButton*>(QStringLiteral("clearFilterButton"))->clicked(); // all models again
        QVERIFY2(view->exportTo(csvPath, UsageView::ExportWhat::Requests, UsageView::ExportFormat::Csv, &error), qPrintable(error));
        QVERIFY2(view->exportTo(jsonPath, UsageView::ExportWhat::Table, UsageView::ExportFormat::Json, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,provider,model,upstream,prompt,completion,cost_usd,cost_source,ttft_ms,duration_ms,status,error_kind"));
        QCOMPARE(qint64(lines.size() - 1), requests);
        Money::Amount csvSpend = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray cost = lines.at(i).split(',').value(6);
            if (!cost.isEmpty())
                csvSpend += *Money::parseUsd(QString::fromLatin1(cost));
        }
        QCOMPARE(Money::toDecimalString(csvSpend), Money::toDecimalString(spend));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = json.readAll();
        qint64 jsonRequests = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(jsonBytes).array())
            jsonRequests += v.toObject().value(QLatin1String("requests")).toInt();
        QCOMPARE(jsonRequests, requests);
        QVERIFY(!view->exportTo(TestEnv::root() + QStringLiteral("/no/such/dir/x.csv"), UsageView::ExportWhat::Table,
                                UsageView::ExportFormat::Csv, &error));
        QVERIFY(error.contains(QLatin1String("choose another place")));

        // Only the failed requests, then grouped by conversation (titles, not ids).
        auto* status = view->findChild<QComboBox*>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(QStringLiteral("error")));
        QVERIFY(log->model()->rowCount() >= 1); // the 401 earlier
        for (int r = 0; r < log->model()->rowCount(); ++r)
            QVERIFY(log->model()->index(r, LedgerLogModel::Status).data().toString().startsWith(QLatin1String("error")));
        status->setCurrentIndex(0);
        auto* group = view->findChild<QComboBox*>(QStringLiteral("groupCombo"));
        group->setCurrentIndex(group->findData(int(UsageGroupBy::Conversation)));
        QStringList titles;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            titles.append(table->model()->index(r, 0).data().toString());
        QVERIFY2(titles.contains(QStringLiteral("Why is the sky blue?")), qPrintable(titles.join(u'|')));
        // The chat deleted earlier keeps its spend, under a name that says so.
        QVERIFY2(std::any_of(titles.cbegin(), titles.cend(), [](const QString& t) { return t.startsWith(QLatin1String("deleted chat #")); }),
                 qPrintable(titles.join(u'|')));
        group->setCurrentIndex(group->findData(int(UsageGroupBy::Model)));

        // A custom range of one day, today: the same requests as the preset.
        auto* rangeCombo = view->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        rangeCombo->setCurrentIndex(rangeCombo->findData(QStringLiteral("custom")));
        view->findChild<QDateEdit*>(QStringLiteral("sinceEdit"))->setDate(QDate::currentDate());
        view->findChild<QDateEdit*>(QStringLiteral("untilEdit"))->setDate(QDate::currentDate());
        QCOMPARE(view->currentFilter().since, QDate::currentDate().startOfDay());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("headline"))->text().contains(QLocale().toString(requests) + QStringLiteral(" requests")));
        rangeCombo->setCurrentIndex(rangeCombo->findData(QStringLiteral("30d")));

        // A range with nothing in it says how data gets there instead of drawing empty axes.
        auto* range2 = view->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        range2->setCurrentIndex(range2->findData(QStringLiteral("lastmonth")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        range2->setCurrentIndex(range2->findData(QStringLiteral("30d")));
        m_window->showChat();
    }

    void hardStopBudgetBlocksWithAOneClickOverride()
    {
        // A daily hard-stop budget for OpenRouter of one micro-dollar: already used up.
        SettingsDialog dialog(m_context.get(), m_window.get());
        dialog.showSection(SettingsDialog::Section::Budgets);
        fillNextBudgetForm(QStringLiteral("openrouter"), 0 /* daily */, QStringLiteral("0.000001"), true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addBudgetButton")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("budgetStatus"))->text().contains(QLatin1String("Daily budget for openrouter")));
        QCOMPARE(dialog.findChild<QTableView*>(QStringLiteral("budgetTable"))->model()->rowCount(), 1);
        dialog.close();

        // The estimate beside Send knows the model's price and turns red.
        auto* providers = find<QComboBox>("providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("openrouter")));
        find<QComboBox>("modelCombo")->setCurrentText(QStringLiteral("openai/gpt-4.1-nano"));
        auto* prompt = find<QPlainTextEdit>("promptEdit");
        QTest::keyClicks(prompt, QStringLiteral("Over budget?"));
        auto* estimate = m_window->findChild<QLabel*>(QStringLiteral("costEstimate"));
        QTRY_VERIFY(estimate->text().startsWith(QStringLiteral("≈ $")));
        QVERIFY(estimate->styleSheet().contains(Theme::warning(estimate->palette()).name()));

        // Sending asks once; Cancel sends nothing.
        const int before = int(m_mock.requests().size());
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == QLatin1String("budgetBlockedBox"))
                    box->button(QMessageBox::Cancel)->click();
            }
        });
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(int(m_mock.requests().size()), before);
        QVERIFY(!m_window->runner()->isRunning());

        // "Send Anyway" sends this one request.
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-usage-cost.sse"))));
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == QLatin1String("budgetBlockedBox"))
                    box->findChild<QPushButton*>(QStringLiteral("sendAnywayButton"))->click();
            }
        });
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->runner()->isRunning());
        QCOMPARE(int(m_mock.requests().size()), before + 1);
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("budgetBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("used up")), qPrintable(banner->text()));
        Budgets(m_context->database(), m_context->settings()).save({});
    }

    void budgetsAreAddedEditedAndRemovedInSettings()
    {
        Budgets(m_context->database(), m_context->settings()).save({});
        SettingsDialog dialog(m_context.get(), m_window.get());
        dialog.showSection(SettingsDialog::Section::Budgets);
        dialog.show();
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("budgetTable"));
        QVERIFY(table->isVisible());
        new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, table);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("budgetStatus"));
        auto* edit = dialog.findChild<QPushButton*>(QStringLiteral("editBudgetButton"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeBudgetButton"));
        QVERIFY(status->text().contains(QLatin1String("No budgets yet")));
        QVERIFY(!edit->isEnabled() && !remove->isEnabled());

        // A limit that is not an amount keeps the form open; Cancel adds nothing.
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* form = qobject_cast<BudgetDialog*>(w); form && form->isVisible()) {
                    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("budgetLimitEdit")), QStringLiteral("lots"));
                    form->accept();
                    QVERIFY(form->isVisible());
                    QVERIFY(form->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QLatin1String("US dollars")));
                    form->reject();
                }
            }
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addBudgetButton")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);

        fillNextBudgetForm(QString(), 2 /* monthly */, QStringLiteral("20"), false);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addBudgetButton")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(edit->isEnabled() && remove->isEnabled()); // the new budget is selected
        QCOMPARE(table->model()->index(0, BudgetTableModel::Limit).data().toString(), QStringLiteral("$20.00"));

        // Edit: the form opens with the budget's fields; the change keeps its id.
        const QString id = Budgets(m_context->database(), m_context->settings()).list().first().id;
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* form = qobject_cast<BudgetDialog*>(w); form && form->isVisible()) {
                    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("budgetLimitEdit"))->text(), QStringLiteral("20"));
                    QCOMPARE(form->findChild<QComboBox*>(QStringLiteral("budgetPeriodCombo"))->currentIndex(), 2);
                }
            }
        });
        fillNextBudgetForm(QStringLiteral("anthropic"), 1 /* weekly */, QStringLiteral("7.5"), true);
        QTest::mouseClick(edit, Qt::LeftButton);
        QList<Budget> all = Budgets(m_context->database(), m_context->settings()).list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, id);
        QCOMPARE(all.first().period, Budget::Period::Week);
        QCOMPARE(all.first().provider, QStringLiteral("anthropic"));
        QCOMPARE(Money::toDecimalString(all.first().limit), QStringLiteral("7.5"));
        QVERIFY(all.first().hardStop);
        QCOMPARE(table->model()->index(0, BudgetTableModel::Scope).data().toString(), QStringLiteral("anthropic"));
        QVERIFY(status->text().contains(QLatin1String("Weekly budget for anthropic")));

        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(Budgets(m_context->database(), m_context->settings()).list().isEmpty());
        QVERIFY(!edit->isEnabled() && !remove->isEnabled());
        dialog.close();
    }

    void settingsKeepsBaseUrlsPerProviderUntilClosed()
    {
        const QString mock = m_context->settings()->baseUrlOverride(QStringLiteral("openrouter"));
        SettingsDialog dialog(m_context.get(), m_window.get());
        dialog.show();
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
        selectProvider(&dialog, QStringLiteral("openrouter"));
        QCOMPARE(url->text(), mock);
        selectProvider(&dialog, QStringLiteral("anthropic"));
        QVERIFY(url->text().isEmpty());
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9/proxy"));
        selectProvider(&dialog, QStringLiteral("openrouter"));
        QCOMPARE(url->text(), mock);
        selectProvider(&dialog, QStringLiteral("anthropic"));
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:9/proxy")); // kept while the dialog is open
        QVERIFY(m_context->settings()->baseUrlOverride(QStringLiteral("anthropic")).isEmpty());
        dialog.accept();
        QCOMPARE(m_context->settings()->baseUrlOverride(QStringLiteral("anthropic")), QStringLiteral("http://127.0.0.1:9/proxy"));
        QCOMPARE(m_context->settings()->baseUrlOverride(QStringLiteral("openrouter")), mock);
        m_context->settings()->setBaseUrlOverride(QStringLiteral("anthropic"), QString());
    }

    // Reasoning shows as a Thinking block, folded once the answer is there and opened by a
    // click; each conversation brings back the model it was last used with.
    void thinkingAndTheConversationsModel()
    {
        m_window->showChat();
        const qint64 earlier = m_window->currentConversationId();
        QVERIFY(earlier > 0);
        const QString earlierModel = find<QComboBox>("modelCombo")->currentText();
        m_window->newConversation();
        find<QComboBox>("modelCombo")->setCurrentText(QStringLiteral("deepseek/deepseek-r1"));
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-reasoning.sse"))));
        sendPrompt(QStringLiteral("Think first"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        const qint64 thinking = m_window->currentConversationId();
        auto* view = find<ChatView>("chatView");
        QCOMPARE(view->messageCount(), 2);
        QVERIFY(m_window->messages()->index(1).data(MessageListModel::ReasoningRole).toString().startsWith(QLatin1String("Let me think.")));
        QVERIFY(!view->messageText(1).isEmpty());
        const QRect toggle = view->targetRect(1, QStringLiteral("thinking"));
        QVERIFY(!toggle.isNull());
        const int footerFolded = view->targetRect(1, QStringLiteral("footer")).top();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, toggle.center());
        view->viewport()->repaint();
        QVERIFY2(view->targetRect(1, QStringLiteral("footer")).top() > footerFolded, "the Thinking block did not open");

        // Back to the earlier chat: its model; back again: this one's.
        auto* list = find<QListView>("conversationList");
        auto* conversations = static_cast<ConversationListModel*>(list->model());
        list->setCurrentIndex(conversations->indexForId(earlier));
        QCOMPARE(m_window->currentConversationId(), earlier);
        QCOMPARE(find<QComboBox>("modelCombo")->currentText(), ConversationStore(m_context->database()).find(earlier).model);
        QVERIFY(!earlierModel.isEmpty());
        list->setCurrentIndex(conversations->indexForId(thinking));
        QCOMPARE(find<QComboBox>("modelCombo")->currentText(), QStringLiteral("deepseek/deepseek-r1"));
        QCOMPARE(ConversationStore(m_context->database()).find(thinking).provider, QStringLiteral("openrouter"));
    }

    // File > Export Chat writes Markdown or JSON by the file's type; Import Chats reads the
    // JSON back as a new conversation with every branch, and opens it.
    void exportAndImportThroughTheWindow()
    {
        m_window->showChat();
        const qint64 source = m_window->currentConversationId();
        QVERIFY(source > 0);
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionExport")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionImport")));
        const QString md = TestEnv::root() + QStringLiteral("/export.md");
        const QString json = TestEnv::root() + QStringLiteral("/export.json");
        QString error;
        QVERIFY2(m_window->exportConversation(md, &error), qPrintable(error));
        QVERIFY2(m_window->exportConversation(json, &error), qPrintable(error));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(mdFile.readAll()).contains(QLatin1String("Think first")));
        const int before = find<QListView>("conversationList")->model()->rowCount();
        QVERIFY2(m_window->importConversations(json, &error), qPrintable(error));
        QCOMPARE(find<QListView>("conversationList")->model()->rowCount(), before + 1);
        const qint64 imported = m_window->currentConversationId();
        QVERIFY(imported != source);
        ConversationStore store(m_context->database());
        QCOMPARE(store.messages(imported).size(), store.messages(source).size());
        QCOMPARE(store.branch(imported).size(), store.branch(source).size());
        QCOMPARE(find<ChatView>("chatView")->messageText(1), store.branch(source).at(1).content);
        // A file that is not an export: one sentence, nothing added.
        const QString bad = TestEnv::root() + QStringLiteral("/not-an-export.json");
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"hello\": 1}");
        badFile.close();
        QVERIFY(!m_window->importConversations(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(find<QListView>("conversationList")->model()->rowCount(), before + 1);
    }

    // Ctrl+F finds a question that is on a branch not in view, and choosing it opens
    // its conversation on that branch, scrolled to it.
    void searchOpensTheHitOnItsBranch()
    {
        m_window->showChat();
        m_window->newConversation();
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionSearch"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Find));
        action->trigger();
        auto* dialog = m_window->findChild<SearchDialog*>(QStringLiteral("searchDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClicks(edit, QStringLiteral("suns"));
        QTRY_VERIFY(dialog->resultCount() > 0);
        auto* results = dialog->findChild<QListView*>(QStringLiteral("searchResults"));
        QVERIFY(results->currentIndex().data(Qt::DisplayRole).toString().contains(QLatin1String("sunset")));
        const qint64 message = results->currentIndex().data(SearchDialog::MessageRole).toLongLong();
        QVERIFY(message > 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        auto* view = find<ChatView>("chatView");
        const int row = m_window->messages()->rowOfId(message);
        QVERIFY(row >= 0);
        QCOMPARE(view->messageText(row), QStringLiteral("And at sunset?"));
        QVERIFY(!view->targetRect(row, QStringLiteral("copy")).isNull()); // on screen
        // Nothing matches: said, not an empty list.
        m_window->openSearch();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("\"*("));
        dialog->search(edit->text());
        QCOMPARE(dialog->resultCount(), 0);
        dialog->close();
    }

    void canaryNowhere()
    {
        QVERIFY(g_logs.contains("switchyard.net")); // debug logging was on
        QVERIFY2(!g_logs.contains(kCanary.toUtf8()), "the key reached a log line");
        m_context->settings()->sync();
        QCOMPARE(TestEnv::filesContaining(TestEnv::root(), kCanary.toUtf8()), QStringList());
        if (TestEnv::privateKeyringAvailable())
            QCOMPARE(TestEnv::filesContaining(qEnvironmentVariable("HOME"), kCanary.toUtf8()), QStringList());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (TestEnv::privateKeyringAvailable()) {
            bool done = false;
            m_context->keys()->remove(QStringLiteral("openrouter"), [&](KeyStore::Status, const QString&) { done = true; });
            QTRY_VERIFY(done);
        }
    }
};

SWITCHYARD_TEST_MAIN(TestMainWindow, QApplication)
#include "test_mainwindow.moc"
