#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatParams.h"
#include "config/AppSettings.h"
#include "gui/ChatView.h"
#include "gui/MainWindow.h"
#include "gui/ModelPickerDialog.h"
#include "gui/chat/ConversationSettingsPanel.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>

Q_DECLARE_METATYPE(ChatParams)

namespace {
ChatParams full()
{
    ChatParams p;
    p.systemPrompt = QStringLiteral("You are terse.\nAnswer in French.");
    p.temperature = 0.7;
    p.topP = 0.9;
    p.maxTokens = 1200;
    p.reasoningEffort = ReasoningEffort::Medium;
    p.stop = QStringList { QStringLiteral("###"), QStringLiteral("END") };
    p.seed = 9007199254740993LL; // beyond a double's exact integers
    return p;
}

// Equal field by field, "not set" included (toJson leaves unset fields out).
bool same(const ChatParams& a, const ChatParams& b)
{
    return a.toJson() == b.toJson() && a.systemPrompt == b.systemPrompt && a.stop == b.stop;
}
} // namespace

using TestEnv::child;

// The conversation settings panel: exact round trips, edits, "not sent" lines, problems.
class TestConversationPanel : public QObject {
    Q_OBJECT

private:
    static ProviderPreset provider(const char* id)
    {
        return ProviderRegistry().find(QString::fromLatin1(id)); // the bundled providers
    }

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<ChatParams>("params");
        QTest::newRow("nothing set") << ChatParams();
        QTest::newRow("every field") << full();
        ChatParams zero;
        zero.temperature = 0.0; // zero is a value, not "not set"
        zero.seed = 0;
        QTest::newRow("zeros are values") << zero;
        ChatParams budget;
        budget.reasoningBudget = 16000;
        budget.topP = 0.1 + 0.2; // 0.30000000000000004 survives
        QTest::newRow("budget and an inexact double") << budget;
        ChatParams wrong;
        wrong.temperature = 3.5;
        wrong.maxTokens = -4;
        QTest::newRow("out of range kept as given") << wrong;
    }

    void roundTrips()
    {
        QFETCH(ChatParams, params);
        ConversationSettingsPanel panel;
        QSignalSpy changed(&panel, &ConversationSettingsPanel::paramsChanged);
        panel.setParams(full());
        panel.setParams(params);
        QVERIFY(same(panel.params(), params));
        QCOMPARE(changed.size(), 0); // only user edits are announced
        if (!params.temperature)
            QVERIFY(child<QLineEdit>(&panel, "temperatureEdit")->text().isEmpty());
    }

    void showsWhatItHolds()
    {
        ConversationSettingsPanel panel;
        panel.setParams(full());
        QCOMPARE(child<QLineEdit>(&panel, "temperatureEdit")->text(), QStringLiteral("0.7"));
        QCOMPARE(child<QComboBox>(&panel, "reasoningCombo")->currentText(), QStringLiteral("Medium effort"));
        QVERIFY(child<QLineEdit>(&panel, "reasoningBudgetEdit")->isHidden());
        QCOMPARE(child<QPlainTextEdit>(&panel, "stopEdit")->toPlainText(), QStringLiteral("###\nEND"));
        QCOMPARE(child<QLineEdit>(&panel, "seedEdit")->text(), QStringLiteral("9007199254740993"));
        QCOMPARE(child<QLineEdit>(&panel, "temperatureEdit")->placeholderText(), QStringLiteral("Default"));
        QVERIFY(!child<QLineEdit>(&panel, "temperatureEdit")->toolTip().isEmpty());
        QCOMPARE(child<QLabel>(&panel, "temperatureLabel")->buddy(), child<QLineEdit>(&panel, "temperatureEdit"));
    }

    void editsAreAnnounced()
    {
        ConversationSettingsPanel panel;
        panel.setParams(full());
        panel.show();
        QSignalSpy changed(&panel, &ConversationSettingsPanel::paramsChanged);
        auto* temperature = child<QLineEdit>(&panel, "temperatureEdit");
        temperature->selectAll();
        QTest::keyClicks(temperature, QStringLiteral("1.25"));
        QCOMPARE(*panel.params().temperature, 1.25); // current at once
        QTRY_VERIFY(changed.size() >= 1);            // announced after the typing pause
        QCOMPARE(*changed.last().at(0).value<ChatParams>().temperature, 1.25);

        // Emptying a field makes it "not set", never 0.
        temperature->clear();
        QVERIFY(!panel.params().temperature.has_value());
        QTRY_VERIFY(!changed.last().at(0).value<ChatParams>().temperature.has_value());

        // The reasoning choice is announced at once; a budget replaces the effort.
        changed.clear();
        auto* reasoning = child<QComboBox>(&panel, "reasoningCombo");
        reasoning->setCurrentIndex(reasoning->findText(QStringLiteral("Budget in tokens")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!panel.params().reasoningEffort.has_value());
        QVERIFY(!child<QLineEdit>(&panel, "reasoningBudgetEdit")->isHidden());
        QVERIFY(!panel.problem().isEmpty()); // a budget needs its number
        QTest::keyClicks(child<QLineEdit>(&panel, "reasoningBudgetEdit"), QStringLiteral("4000"));
        QCOMPARE(*panel.params().reasoningBudget, 4000);
        QVERIFY(panel.problem().isEmpty());

        auto* stop = child<QPlainTextEdit>(&panel, "stopEdit");
        stop->clear();
        QTest::keyClicks(stop, QStringLiteral("STOP"));
        QCOMPARE(panel.params().stop, QStringList { QStringLiteral("STOP") });
        auto* system = child<QPlainTextEdit>(&panel, "systemPromptEdit");
        system->clear();
        QVERIFY(panel.params().systemPrompt.isEmpty());
        QTRY_VERIFY(changed.last().at(0).value<ChatParams>().systemPrompt.isEmpty());
    }

    void notSentLinesFollowTheTarget()
    {
        ConversationSettingsPanel panel;
        panel.show();
        ChatParams p;
        p.seed = 42;
        p.temperature = 0.5;
        panel.setParams(p);
        auto* seedNote = child<QLabel>(&panel, "seedNote");
        QVERIFY(seedNote->isHidden()); // no target, nothing to say

        const ProviderPreset anthropic = provider("anthropic");
        QVERIFY(anthropic.isValid());
        panel.setTarget(anthropic, QStringLiteral("claude-sonnet-4-5"), nullptr);
        QVERIFY(seedNote->isVisible());
        QVERIFY2(seedNote->text().startsWith(QStringLiteral("Not sent: ")), qPrintable(seedNote->text()));
        QVERIFY(seedNote->text().contains(QStringLiteral("Anthropic")));
        QVERIFY(child<QLabel>(&panel, "temperatureNote")->isHidden());

        const ProviderPreset openrouter = provider("openrouter");
        panel.setTarget(openrouter, QStringLiteral("openai/gpt-4o-mini"), nullptr);
        QVERIFY(seedNote->isHidden());

        // A model whose catalog entry lists its parameters: what it leaves out is said too.
        ModelInfo entry;
        entry.provider = openrouter.id;
        entry.id = QStringLiteral("some/model");
        entry.supportedParameters = QStringList { QStringLiteral("temperature") };
        panel.setTarget(openrouter, entry.id, &entry);
        QVERIFY(seedNote->isVisible());
        QVERIFY(seedNote->text().contains(QStringLiteral("some/model")));

        // The line follows edits: clearing the seed clears it.
        child<QLineEdit>(&panel, "seedEdit")->clear();
        QVERIFY(seedNote->isHidden());
        panel.clearTarget();
        QTest::keyClicks(child<QLineEdit>(&panel, "seedEdit"), QStringLiteral("7"));
        QVERIFY(seedNote->isHidden());
    }

    void problemsAreShownInline()
    {
        ConversationSettingsPanel panel;
        panel.show();
        auto* temperature = child<QLineEdit>(&panel, "temperatureEdit");
        auto* note = child<QLabel>(&panel, "temperatureNote");
        QTest::keyClicks(temperature, QStringLiteral("3"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("The temperature must be a number from 0 to 2, such as 0.7."));
        QCOMPARE(panel.problem(), note->text());
        temperature->clear();
        QTest::keyClicks(temperature, QStringLiteral("warm"));
        QCOMPARE(note->text(), QStringLiteral("The temperature must be a number from 0 to 2, such as 0.7."));
        QVERIFY(!panel.params().temperature.has_value());
        temperature->clear();
        QVERIFY(note->isHidden());
        QVERIFY(panel.problem().isEmpty());

        QTest::keyClicks(child<QLineEdit>(&panel, "seedEdit"), QStringLiteral("4.5"));
        QCOMPARE(child<QLabel>(&panel, "seedNote")->text(), QStringLiteral("The seed must be a whole number, such as 42."));

        // Effort and budget both given (a hand-written preset): said next to reasoning.
        ChatParams both;
        both.reasoningEffort = ReasoningEffort::Low;
        both.reasoningBudget = 2000;
        panel.setParams(both);
        QCOMPARE(child<QLabel>(&panel, "reasoningNote")->text(), both.validate());
        QCOMPARE(panel.problem(), both.validate());
    }

    // Fallbacks and routing shown as stored, edited field by field, and read back exactly.
    void routingFieldsRoundTripAndEdit()
    {
        ChatParams p;
        p.fallbackModels = { QStringLiteral("a/one"), QStringLiteral("b/two") };
        p.routing.order = { QStringLiteral("anthropic"), QStringLiteral("openai") };
        p.routing.sort = Routing::Sort::Latency;
        p.routing.zdr = true;
        p.routing.maxPricePrompt = QStringLiteral("0.50");
        p.routing.quantizations = { QStringLiteral("int8"), QStringLiteral("fp8") };
        ConversationSettingsPanel panel;
        panel.show();
        panel.setParams(p);
        QCOMPARE(panel.params().routing, p.routing);
        auto* list = child<QListWidget>(&panel, "fallbackList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("b/two"));
        QCOMPARE(child<QLineEdit>(&panel, "providerOrderEdit")->text(), QStringLiteral("anthropic, openai"));
        QCOMPARE(child<QComboBox>(&panel, "sortCombo")->currentText(), QStringLiteral("Latency"));
        QVERIFY(child<QCheckBox>(&panel, "zdrCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&panel, "noFallbacksCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&panel, "maxPricePromptEdit")->text(), QStringLiteral("0.50"));
        QVERIFY(child<QCheckBox>(&panel, "quantizationCheck_fp8")->isChecked());
        QVERIFY(!child<QCheckBox>(&panel, "quantizationCheck_bf16")->isChecked());

        QSignalSpy changed(&panel, &ConversationSettingsPanel::paramsChanged);
        // Up, down, remove and add through the chooser, each announced at once.
        list->setCurrentRow(1);
        QTest::mouseClick(child<QToolButton>(&panel, "fallbackUpButton"), Qt::LeftButton);
        QCOMPARE(panel.params().fallbackModels, (QStringList { QStringLiteral("b/two"), QStringLiteral("a/one") }));
        QCOMPARE(changed.size(), 1);
        QTest::mouseClick(child<QToolButton>(&panel, "fallbackDownButton"), Qt::LeftButton);
        QCOMPARE(panel.params().fallbackModels, p.fallbackModels);
        panel.setModelChooser([] { return QStringLiteral("c/three"); });
        QTest::mouseClick(child<QPushButton>(&panel, "fallbackAddButton"), Qt::LeftButton);
        QCOMPARE(panel.params().fallbackModels.constLast(), QStringLiteral("c/three"));
        QCOMPARE(list->currentRow(), 2);
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&panel, "fallbackRemoveButton"), Qt::LeftButton);
        QCOMPARE(panel.params().fallbackModels, (QStringList { QStringLiteral("b/two"), QStringLiteral("c/three") }));
        QVERIFY(!child<QToolButton>(&panel, "fallbackUpButton")->isEnabled()); // the first can go no higher
        panel.setModelChooser([] { return QString(); }); // the picker cancelled: nothing added
        QTest::mouseClick(child<QPushButton>(&panel, "fallbackAddButton"), Qt::LeftButton);
        QCOMPARE(panel.params().fallbackModels.size(), 2);

        // Every routing control changes its one field.
        changed.clear();
        auto* ignore = child<QLineEdit>(&panel, "providerIgnoreEdit");
        QTest::keyClicks(ignore, QStringLiteral("together ,novita"));
        QCOMPARE(panel.params().routing.ignore, (QStringList { QStringLiteral("together"), QStringLiteral("novita") }));
        QTRY_VERIFY(!changed.isEmpty()); // typing announced after the pause
        QTest::keyClicks(child<QLineEdit>(&panel, "providerOnlyEdit"), QStringLiteral("anthropic"));
        QCOMPARE(panel.params().routing.only, QStringList { QStringLiteral("anthropic") });
        auto* sort = child<QComboBox>(&panel, "sortCombo");
        sort->setCurrentIndex(sort->findText(QStringLiteral("Price")));
        QCOMPARE(panel.params().routing.sort, std::optional<Routing::Sort>(Routing::Sort::Price));
        child<QCheckBox>(&panel, "noFallbacksCheck")->click();
        QCOMPARE(panel.params().routing.allowFallbacks, std::optional<bool>(false));
        child<QCheckBox>(&panel, "denyDataCollectionCheck")->click();
        QVERIFY(panel.params().routing.denyDataCollection);
        child<QCheckBox>(&panel, "zdrCheck")->click();
        QVERIFY(!panel.params().routing.zdr);
        child<QCheckBox>(&panel, "quantizationCheck_bf16")->click();
        child<QCheckBox>(&panel, "quantizationCheck_int8")->click();
        QCOMPARE(panel.params().routing.quantizations, (QStringList { QStringLiteral("fp8"), QStringLiteral("bf16") }));
        auto* out = child<QLineEdit>(&panel, "maxPriceCompletionEdit");
        QTest::keyClicks(out, QStringLiteral("2.00"));
        QCOMPARE(panel.params().routing.maxPriceCompletion, QStringLiteral("2.00"));
        QCOMPARE(QJsonDocument(panel.params().routing.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"allow_fallbacks":false,"data_collection":"deny","ignore":["together","novita"],)"
                            R"("max_price":{"completion":2,"prompt":0.5},"only":["anthropic"],"order":["anthropic","openai"],)"
                            R"("quantizations":["fp8","bf16"],"sort":"price"})"));
        QVERIFY(panel.problem().isEmpty());

        // A wrong value is said under the section and keeps the chat from sending.
        auto* note = child<QLabel>(&panel, "routingNote");
        QVERIFY(note->isHidden());
        out->clear();
        QTest::keyClicks(out, QStringLiteral("cheap"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("\"cheap\"")), qPrintable(note->text()));
        QCOMPARE(panel.problem(), note->text());
        out->clear();
        QTest::keyClicks(child<QLineEdit>(&panel, "providerOrderEdit"), QStringLiteral(", Mistral"));
        QVERIFY2(panel.problem().contains(QLatin1String("\"Mistral\"")), qPrintable(panel.problem()));
    }

    // A provider that takes neither: both sections off, with the reason; a stored value is
    // said as not sent. OpenRouter: on again.
    void routingOffWhereNotTaken()
    {
        ConversationSettingsPanel panel;
        panel.show();
        ChatParams p;
        p.fallbackModels = { QStringLiteral("a/one") };
        panel.setParams(p);
        panel.setTarget(provider("deepseek"), QStringLiteral("deepseek-chat"), nullptr);
        QVERIFY(!child<QLineEdit>(&panel, "providerOrderEdit")->isEnabled());
        QVERIFY(!child<QCheckBox>(&panel, "zdrCheck")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "fallbackAddButton")->isEnabled());
        QCOMPARE(child<QLabel>(&panel, "routingNote")->text(), QStringLiteral("DeepSeek takes no provider routing preferences."));
        QCOMPARE(child<QLabel>(&panel, "fallbackNote")->text(), QStringLiteral("Not sent: DeepSeek takes one model, not a fallback list."));
        // The list can still be emptied.
        child<QListWidget>(&panel, "fallbackList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&panel, "fallbackRemoveButton"), Qt::LeftButton);
        QVERIFY(panel.params().fallbackModels.isEmpty());
        QCOMPARE(child<QLabel>(&panel, "fallbackNote")->text(), QStringLiteral("DeepSeek takes one model, not a fallback list."));

        panel.setTarget(provider("openrouter"), QStringLiteral("openai/gpt-4o-mini"), nullptr);
        QVERIFY(child<QLineEdit>(&panel, "providerOrderEdit")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "fallbackAddButton")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "routingNote")->isHidden());
        QVERIFY(child<QLabel>(&panel, "fallbackNote")->isHidden());
    }

    // The real window: fallbacks added through the model picker and routing typed into the
    // panel go out in the next request as the mock receives it; the ledger row keeps them and
    // the footer says a fallback answered.
    void windowSendsWhatThePanelShows()
    {
        MockProvider mock;
        QVERIFY(mock.listen());
        AppContext context;
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        context.settings()->setBaseUrlOverride(QStringLiteral("openrouter"), mock.baseUrl());
        context.keys()->setMemoryFallback(true); // never a keyring: the key is in memory
        bool stored = false;
        context.keys()->write(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-routing00000000000000000000000000000000000000000000000000"),
                              [&](KeyStore::Status, const QString&) { stored = true; });
        QTRY_VERIFY(stored);
        QList<ModelInfo> listed;
        for (const char* id : { "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "meta-llama/llama-3.3-8b-instruct:free" }) {
            ModelInfo m;
            m.provider = QStringLiteral("openrouter");
            m.id = QString::fromLatin1(id);
            m.name = m.id;
            listed.append(m);
        }
        QVERIFY(CatalogStore(context.database()).replace(QStringLiteral("openrouter"), mock.baseUrl(), listed));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* providers = child<QComboBox>(&window, "providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("openrouter")));
        child<QComboBox>(&window, "modelCombo")->setCurrentText(QStringLiteral("openai/gpt-4o-mini"));
        child<QAction>(&window, "actionChatSettings")->setChecked(true);
        auto* panel = child<ConversationSettingsPanel>(&window, "chatSettingsPanel");

        // Add… opens the model picker; the model chosen there joins the list.
        const auto pick = [&](const QString& search) {
            QTimer::singleShot(0, &window, [search] {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (auto* picker = qobject_cast<ModelPickerDialog*>(w); picker && picker->isVisible()) {
                        QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("searchEdit")), search);
                        QTest::keyClick(picker->findChild<QLineEdit*>(QStringLiteral("searchEdit")), Qt::Key_Return);
                    }
                }
            });
            QTest::mouseClick(child<QPushButton>(panel, "fallbackAddButton"), Qt::LeftButton);
        };
        pick(QStringLiteral("openrouter sonnet"));
        pick(QStringLiteral("openrouter 8b"));
        QTest::mouseClick(child<QToolButton>(panel, "fallbackUpButton"), Qt::LeftButton);
        QCOMPARE(panel->params().fallbackModels,
                 (QStringList { QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"), QStringLiteral("anthropic/claude-sonnet-4.5") }));
        QTest::keyClicks(child<QLineEdit>(panel, "providerOrderEdit"), QStringLiteral("anthropic, deepinfra"));
        auto* sort = child<QComboBox>(panel, "sortCombo");
        sort->setCurrentIndex(sort->findText(QStringLiteral("Throughput")));
        child<QCheckBox>(panel, "denyDataCollectionCheck")->click();
        child<QCheckBox>(panel, "quantizationCheck_fp8")->click();
        QTest::keyClicks(child<QLineEdit>(panel, "maxPricePromptEdit"), QStringLiteral("0.5"));
        QTest::keyClicks(child<QLineEdit>(panel, "maxPriceCompletionEdit"), QStringLiteral("1.5")); // sent before the typing pause ends

        mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        child<QPlainTextEdit>(&window, "promptEdit")->setPlainText(QStringLiteral("Hello"));
        window.send();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runner()->isRunning(), 20000);
        QCOMPARE(mock.requests().size(), 1);
        const QByteArray routing = R"("models":["openai/gpt-4o-mini","meta-llama/llama-3.3-8b-instruct:free","anthropic/claude-sonnet-4.5"],)"
                                   R"("provider":{"data_collection":"deny","max_price":{"completion":1.5,"prompt":0.5},)"
                                   R"("order":["anthropic","deepinfra"],"quantizations":["fp8"],"sort":"throughput"})";
        QCOMPARE(mock.requests().constLast().body,
                 R"({"messages":[{"content":"Hello","role":"user"}],"model":"openai/gpt-4o-mini",)" + routing
                     + R"(,"stream":true,"usage":{"include":true}})");
        // Kept with the chat, in the ledger, and said under the answer.
        const ChatParams kept = ConversationStore(context.database()).settings(window.currentConversationId());
        QCOMPARE(kept.routing, panel->params().routing);
        QCOMPARE(kept.fallbackModels, panel->params().fallbackModels);
        QSqlQuery q(context.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT routing, model_requested, model_served FROM usage_ledger ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromUtf8("{" + routing + "}"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"));
        const QString footer = child<ChatView>(&window, "chatView")->footerText(1);
        QVERIFY2(footer.startsWith(QLatin1String("answered by meta-llama/llama-3.3-8b-instruct:free (fallback)")), qPrintable(footer));

        // Another provider: the sections go off with the reason, and nothing of them is sent.
        providers->setCurrentIndex(providers->findData(QStringLiteral("deepseek")));
        QVERIFY(!child<QLineEdit>(panel, "providerOrderEdit")->isEnabled());
        QVERIFY2(child<QLabel>(panel, "routingNote")->text().startsWith(QLatin1String("Not sent: DeepSeek")),
                 qPrintable(child<QLabel>(panel, "routingNote")->text()));
    }

    void resetAndSaveAsPreset()
    {
        ConversationSettingsPanel panel;
        ChatParams defaults;
        defaults.systemPrompt = QStringLiteral("Be brief.");
        panel.setDefaults(defaults);
        panel.setParams(full());
        QSignalSpy changed(&panel, &ConversationSettingsPanel::paramsChanged);
        QSignalSpy save(&panel, &ConversationSettingsPanel::saveAsPresetRequested);
        QTest::mouseClick(child<QPushButton>(&panel, "saveAsPresetButton"), Qt::LeftButton);
        QCOMPARE(save.size(), 1);
        QVERIFY(same(save.first().at(0).value<ChatParams>(), full()));
        QTest::mouseClick(child<QPushButton>(&panel, "resetButton"), Qt::LeftButton);
        QVERIFY(same(panel.params(), defaults));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(child<QPlainTextEdit>(&panel, "systemPromptEdit")->toPlainText(), QStringLiteral("Be brief."));
    }
};

SWITCHYARD_TEST_MAIN(TestConversationPanel, QApplication)
#include "test_conversationpanel.moc"
