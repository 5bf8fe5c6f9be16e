#include "TestEnv.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatParams.h"
#include "gui/chat/ConversationSettingsPanel.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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
