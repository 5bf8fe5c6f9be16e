#include "TestEnv.h"
#include "config/AppSettings.h"
#include "gui/chat/ConversationSettingsPanel.h"
#include "gui/chat/PresetItemDelegate.h"
#include "gui/chat/PresetPickerDialog.h"
#include "gui/settings/PresetDialog.h"
#include "gui/settings/PresetsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "session/AppContext.h"
#include "storage/PresetStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using TestEnv::child;

// Presets in the window: the picker a new chat starts from, Settings > Presets and the
// new-chat defaults, on a real database.
class TestPresetWidgets : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;

    PresetStore store() const { return PresetStore(m_context->database()); }

    // Fills the preset form the next call opens and presses Save.
    void fillNextPresetForm(std::function<void(PresetDialog*)> fill)
    {
        QTimer::singleShot(0, this, [fill] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* form = qobject_cast<PresetDialog*>(w);
                if (form && form->isVisible()) {
                    fill(form);
                    QTest::mouseClick(child<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
                    if (form->isVisible())
                        form->reject(); // refused: the test sees nothing saved
                }
            }
        });
    }

    static int rowNamed(QListWidget* list, const QString& name)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
    }

    void pickerListsFiltersAndChooses()
    {
        PresetPickerDialog picker(m_context.get());
        auto* list = child<QListWidget>(&picker, "presetList");
        const int bundled = PresetStore::bundled().size();
        QVERIFY(bundled >= 5);
        QCOMPARE(picker.visibleRows(), bundled + 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Blank chat"));
        QVERIFY(!picker.chosen().has_value()); // Blank chat highlighted first
        const int reviewer = rowNamed(list, QStringLiteral("Code reviewer"));
        QVERIFY(reviewer > 0);
        // Its second line: where it goes and the first line of its prompt.
        QVERIFY(list->item(reviewer)->data(PresetItemDelegate::DescriptionRole).toString().startsWith(QStringLiteral("the chat's provider and model — You are a meticulous")));

        QTest::keyClicks(child<QLineEdit>(&picker, "searchEdit"), QStringLiteral("translat"));
        QCOMPARE(picker.visibleRows(), 1);
        QCOMPARE(picker.chosen()->name, QStringLiteral("Translator"));
        QCOMPARE(*picker.chosen()->params.temperature, 0.3);
        QTest::keyClick(child<QLineEdit>(&picker, "searchEdit"), Qt::Key_Return);
        QCOMPARE(picker.result(), int(QDialog::Accepted));

        child<QLineEdit>(&picker, "searchEdit")->clear();
        QCOMPARE(picker.visibleRows(), bundled + 1);
        QVERIFY(!picker.chosen().has_value()); // back to Blank chat
        QTest::keyClick(child<QLineEdit>(&picker, "searchEdit"), Qt::Key_Down); // arrows move the list
        QVERIFY(picker.chosen().has_value());
        QTest::keyClicks(child<QLineEdit>(&picker, "searchEdit"), QStringLiteral("zzzz nothing"));
        QCOMPARE(picker.visibleRows(), 0);
        QVERIFY(!child<QDialogButtonBox>(&picker, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>(&picker, "emptyLabel")->isVisibleTo(&picker));
    }

    void pageAddsEditsDuplicatesAndRemoves()
    {
        PresetsPage page(m_context.get());
        auto* list = child<QListWidget>(&page, "presetList");
        const int before = list->count();

        fillNextPresetForm([](PresetDialog* form) {
            QTest::keyClicks(child<QLineEdit>(form, "nameEdit"), QStringLiteral("Pirate"));
            auto* provider = child<QComboBox>(form, "presetProviderCombo");
            provider->setCurrentIndex(provider->findData(QStringLiteral("anthropic")));
            QTest::keyClicks(child<QLineEdit>(form, "presetModelEdit"), QStringLiteral("claude-haiku-4-5"));
            QTest::keyClicks(child<QPlainTextEdit>(form, "systemPromptEdit"), QStringLiteral("Talk like a pirate."));
            QTest::keyClicks(child<QLineEdit>(form, "temperatureEdit"), QStringLiteral("1.1"));
            QTest::keyClicks(child<QLineEdit>(form, "seedEdit"), QStringLiteral("5"));
            // Anthropic takes no seed: the form says so before saving.
            QVERIFY(child<QLabel>(form, "seedNote")->text().startsWith(QStringLiteral("Not sent: ")));
        });
        QTest::mouseClick(child<QPushButton>(&page, "addPresetButton"), Qt::LeftButton);
        Preset saved = store().find(QStringLiteral("Pirate"));
        QCOMPARE(saved.provider, QStringLiteral("anthropic"));
        QCOMPARE(saved.model, QStringLiteral("claude-haiku-4-5"));
        QCOMPARE(saved.params.systemPrompt, QStringLiteral("Talk like a pirate."));
        QCOMPARE(*saved.params.temperature, 1.1);
        QCOMPARE(*saved.params.seed, qint64(5));
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Pirate"));

        // A taken name or a wrong value is one sentence in the form, and nothing is saved.
        fillNextPresetForm([](PresetDialog* form) {
            QTest::keyClicks(child<QLineEdit>(form, "nameEdit"), QStringLiteral("Translator"));
            QTest::mouseClick(child<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
            QCOMPARE(child<QLabel>(form, "errorLabel")->text(), QStringLiteral("A preset named \"Translator\" exists already; choose another name."));
            child<QLineEdit>(form, "nameEdit")->setText(QStringLiteral("Hot"));
            QTest::keyClicks(child<QLineEdit>(form, "topPEdit"), QStringLiteral("7"));
        });
        QTest::mouseClick(child<QPushButton>(&page, "addPresetButton"), Qt::LeftButton);
        QVERIFY(store().find(QStringLiteral("Hot")).name.isEmpty());
        QCOMPARE(list->count(), before + 1);

        // Edit: rename and change the temperature; the old name is gone.
        list->setCurrentRow(rowNamed(list, QStringLiteral("Pirate")));
        fillNextPresetForm([](PresetDialog* form) {
            QCOMPARE(child<QLineEdit>(form, "temperatureEdit")->text(), QStringLiteral("1.1"));
            child<QLineEdit>(form, "nameEdit")->setText(QStringLiteral("Calm pirate"));
            auto* temperature = child<QLineEdit>(form, "temperatureEdit");
            temperature->clear();
            QTest::keyClicks(temperature, QStringLiteral("0.2"));
        });
        QTest::mouseClick(child<QPushButton>(&page, "editPresetButton"), Qt::LeftButton);
        QVERIFY(store().find(QStringLiteral("Pirate")).name.isEmpty());
        QCOMPARE(*store().find(QStringLiteral("Calm pirate")).params.temperature, 0.2);
        QCOMPARE(store().find(QStringLiteral("Calm pirate")).params.systemPrompt, QStringLiteral("Talk like a pirate."));

        // Duplicate, then remove the copy.
        QTest::mouseClick(child<QPushButton>(&page, "duplicatePresetButton"), Qt::LeftButton);
        QCOMPARE(store().find(QStringLiteral("Calm pirate (copy)")).model, QStringLiteral("claude-haiku-4-5"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Calm pirate (copy)"));
        QTest::mouseClick(child<QPushButton>(&page, "removePresetButton"), Qt::LeftButton);
        QVERIFY(store().find(QStringLiteral("Calm pirate (copy)")).name.isEmpty());
        QCOMPARE(page.statusText(), QStringLiteral("Removed \"Calm pirate (copy)\"."));

        // A bundled preset cannot be removed; editing it keeps the user's copy in its place,
        // and removing that copy brings the bundled one back.
        list->setCurrentRow(rowNamed(list, QStringLiteral("Translator (bundled)")));
        QVERIFY(!child<QPushButton>(&page, "removePresetButton")->isEnabled());
        fillNextPresetForm([](PresetDialog* form) {
            auto* temperature = child<QLineEdit>(form, "temperatureEdit");
            temperature->clear();
            QTest::keyClicks(temperature, QStringLiteral("0.9"));
        });
        QTest::mouseClick(child<QPushButton>(&page, "editPresetButton"), Qt::LeftButton);
        QCOMPARE(*store().find(QStringLiteral("Translator")).params.temperature, 0.9);
        QVERIFY(!store().find(QStringLiteral("Translator")).bundled);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Translator (your copy of a bundled preset)"));
        QVERIFY(child<QPushButton>(&page, "removePresetButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&page, "removePresetButton"), Qt::LeftButton);
        QVERIFY(store().find(QStringLiteral("Translator")).bundled);
        QCOMPARE(*store().find(QStringLiteral("Translator")).params.temperature, 0.3);
    }

    void exportImportRoundTripsThroughAFile()
    {
        PresetsPage page(m_context.get());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("presets.json"));
        const Preset mine = store().find(QStringLiteral("Calm pirate"));
        QVERIFY(!mine.name.isEmpty());
        QVERIFY(page.exportTo(path));
        QCOMPARE(page.statusText(), QStringLiteral("Exported 1 preset(s) to %1.").arg(path));

        QVERIFY(store().remove(mine.name));
        QVERIFY(page.importFrom(path));
        QCOMPARE(page.statusText(), QStringLiteral("Imported 1 preset(s) from %1.").arg(path));
        const Preset back = store().find(mine.name);
        QCOMPARE(back.toJson(), mine.toJson());
        QVERIFY(rowNamed(child<QListWidget>(&page, "presetList"), mine.name) >= 0);
    }

    void badImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("broken JSON") << QByteArray("{\"presets\": [") << QStringLiteral("This is not a presets file: the JSON is broken at character 13.");
        QTest::newRow("second preset bad")
            << QByteArray(R"({"presets": [{"name": "Good one"}, {"name": "Bad", "params": {"temperature": 9}}]})")
            << QStringLiteral("The preset \"Bad\": The temperature must be a number from 0 to 2, such as 0.7.");
    }

    void badImportChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sentence);
        PresetsPage page(m_context.get());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(TestEnv::writeFile(path, bytes));
        const QStringList before = store().names();
        QVERIFY(!page.importFrom(path));
        QCOMPARE(page.statusText(), sentence);
        QCOMPARE(store().names(), before);
        QVERIFY(store().find(QStringLiteral("Good one")).name.isEmpty());
        QVERIFY(!page.importFrom(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(page.statusText().startsWith(QStringLiteral("Could not read ")));
    }

    void settingsEditNewChatDefaults()
    {
        {
            SettingsDialog dialog(m_context.get());
            dialog.showSection(SettingsDialog::Section::Presets);
            QVERIFY(child<QWidget>(&dialog, "presetList")->isVisibleTo(&dialog));
            dialog.showSection(SettingsDialog::Section::NewChats);
            auto* panel = child<ConversationSettingsPanel>(&dialog, "newChatDefaultsPanel");
            QVERIFY(panel->isVisibleTo(&dialog));
            QTest::keyClicks(child<QPlainTextEdit>(panel, "systemPromptEdit"), QStringLiteral("Answer in British English."));
            QTest::keyClicks(child<QLineEdit>(panel, "maxTokensEdit"), QStringLiteral("0"));
            dialog.reject(); // a wrong value keeps the dialog open, with the sentence beside it
            QVERIFY(!child<QLabel>(panel, "maxTokensNote")->text().isEmpty());
            QVERIFY(m_context->settings()->defaultChatParams().systemPrompt.isEmpty());
            child<QLineEdit>(panel, "maxTokensEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(panel, "maxTokensEdit"), QStringLiteral("800"));
            dialog.reject();
        }
        const ChatParams defaults = m_context->settings()->defaultChatParams();
        QCOMPARE(defaults.systemPrompt, QStringLiteral("Answer in British English."));
        QCOMPARE(*defaults.maxTokens, 800);
        QVERIFY(!defaults.temperature.has_value());
        SettingsDialog again(m_context.get());
        QCOMPARE(child<ConversationSettingsPanel>(&again, "newChatDefaultsPanel")->params().toJson(), defaults.toJson());
    }
};

SWITCHYARD_TEST_MAIN(TestPresetWidgets, QApplication)
#include "test_presetwidgets.moc"
