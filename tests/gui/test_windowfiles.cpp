// Files in the window: dropped on the window or the prompt, pasted into the prompt, picked;
// scaled when large; sent with the question in the provider's shape; shown in the message;
// refused in one sentence with the draft kept when the model takes no images. And the
// chat's own settings: a preset chosen with Ctrl+N, edited in the side panel, sent.
#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "chat/ChatParams.h"
#include "config/AppSettings.h"
#include "gui/ChatView.h"
#include "gui/MainWindow.h"
#include "gui/chat/AttachmentTray.h"
#include "gui/chat/MessageListModel.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QTimer>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace {
QString writeImage(const QString& name, int w, int h, const char* format)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    const QString path = TestEnv::root() + u'/' + name;
    return image.save(path, format) ? path : QString();
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = TestEnv::root() + u'/' + name;
    return TestEnv::writeFile(path, bytes) ? path : QString();
}

int count(Database* db, const QString& table)
{
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestWindowFiles : public QObject {
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
    AttachmentTray* tray() { return find<AttachmentTray>("attachmentTray"); }

    void useModel(const QString& model)
    {
        auto* providers = find<QComboBox>("providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("openrouter")));
        find<QComboBox>("modelCombo")->setCurrentText(model);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->settings()->setBaseUrlOverride(QStringLiteral("openrouter"), m_mock.baseUrl());
        m_context->keys()->setMemoryFallback(true); // never a keyring: the key is in memory
        bool stored = false;
        m_context->keys()->write(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-files0000000000000000000000000000000000000000000000000000"),
                                 [&](KeyStore::Status, const QString&) { stored = true; });
        QTRY_VERIFY(stored);
        ModelInfo textOnly;
        textOnly.provider = QStringLiteral("openrouter");
        textOnly.id = QStringLiteral("text/only");
        textOnly.inputModalities = { QStringLiteral("text") };
        ModelInfo seeing = textOnly;
        seeing.id = QStringLiteral("vision/model");
        seeing.inputModalities = { QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("file") };
        seeing.promptPrice = QStringLiteral("0.000001");
        seeing.completionPrice = QStringLiteral("0.000002");
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("openrouter"), m_mock.baseUrl(), { textOnly, seeing }));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // An image over 2048 px is scaled before it is kept; a small one is kept byte for byte.
    void largeImagesAreScaled()
    {
        const QString big = writeImage(QStringLiteral("wide.jpg"), 4000, 1000, "jpeg");
        QVERIFY(!big.isEmpty());
        AttachmentTray local;
        QCOMPARE(local.addFiles({ big }), 1);
        QByteArray sent = local.attachments().first().data;
        QBuffer buffer(&sent);
        QImageReader reader(&buffer);
        QCOMPARE(reader.size(), QSize(2048, 512));
        QCOMPARE(local.attachments().first().mime, QStringLiteral("image/jpeg"));
        local.clear();
        local.setScaleImages(false);
        QCOMPARE(local.addFiles({ big }), 1);
        QFile original(big);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(local.attachments().first().data, original.readAll());
        // What is neither image, PDF nor text: one sentence, nothing kept.
        local.clear();
        QCOMPARE(local.addFiles({ writeFile(QStringLiteral("tool.bin"), QByteArray("\x7f" "ELF\x00\x01\x02", 7)) }), 0);
        QVERIFY(local.isEmpty());
        QVERIFY(!local.notice().isEmpty());
    }

    // Dropped on the window, dropped on the prompt, pasted into the prompt: all land in the tray.
    void dropAndPaste()
    {
        const QString png = writeImage(QStringLiteral("dot.png"), 40, 30, "png");
        const QString notes = writeFile(QStringLiteral("notes.txt"), "Remember the milk.\n");
        QMimeData files;
        files.setUrls({ QUrl::fromLocalFile(png) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(tray()->attachments().size(), 1);

        auto* prompt = find<QPlainTextEdit>("promptEdit");
        QMimeData text;
        text.setUrls({ QUrl::fromLocalFile(notes) });
        QDragEnterEvent enterPrompt(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(prompt->viewport(), &enterPrompt);
        QDragMoveEvent move(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(prompt->viewport(), &move);
        QDropEvent dropPrompt(QPointF(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(prompt->viewport(), &dropPrompt);
        QCOMPARE(tray()->attachments().size(), 2);
        QVERIFY2(prompt->toPlainText().isEmpty(), qPrintable(prompt->toPlainText())); // not pasted as a path

        QImage shot(64, 48, QImage::Format_RGB32);
        shot.fill(Qt::red);
        QApplication::clipboard()->setImage(shot);
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(tray()->attachments().size(), 3);
        QCOMPARE(tray()->attachments().at(2).mime, QStringLiteral("image/png"));
        QCOMPARE(tray()->findChildren<QWidget*>(QStringLiteral("attachmentChip")).size(), 3);
        // One removed with its ✕.
        QTest::mouseClick(tray()->findChildren<QWidget*>(QStringLiteral("removeAttachment")).at(2), Qt::LeftButton);
        QTRY_COMPARE(tray()->attachments().size(), 2);
    }

    // A model that takes text only: one sentence, nothing sent, nothing stored, the draft kept.
    void refusedWhenTheModelTakesNoImages()
    {
        useModel(QStringLiteral("text/only"));
        auto* prompt = find<QPlainTextEdit>("promptEdit");
        prompt->setPlainText(QStringLiteral("What is in the picture?"));
        const int messages = count(m_context->database(), QStringLiteral("messages"));
        m_window->send();
        QVERIFY(!m_window->runner()->isRunning());
        QCOMPARE(m_mock.requests().size(), 0);
        QCOMPARE(count(m_context->database(), QStringLiteral("messages")), messages);
        QVERIFY2(tray()->notice().contains(QLatin1String("text/only")), qPrintable(tray()->notice()));
        QCOMPARE(tray()->attachments().size(), 2);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("What is in the picture?"));
    }

    // To a model that sees them: the image and the text file go in OpenRouter's shape, are
    // stored once, show in the message, and the estimate says files count approximately.
    void sentStoredAndShown()
    {
        useModel(QStringLiteral("vision/model"));
        auto* estimate = find<QLabel>("costEstimate");
        QTRY_VERIFY2(estimate->text().contains(QLatin1String("files approximate")), qPrintable(estimate->text()));
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        m_window->send();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        QCOMPARE(m_mock.requests().size(), 1);
        const QJsonArray messages = QJsonDocument::fromJson(m_mock.requests().first().body).object().value(QLatin1String("messages")).toArray();
        const QJsonArray parts = messages.last().toObject().value(QLatin1String("content")).toArray();
        QStringList types;
        for (const QJsonValue& p : parts)
            types.append(p.toObject().value(QLatin1String("type")).toString());
        QVERIFY2(types.contains(QLatin1String("image_url")), qPrintable(types.join(u',')));
        QVERIFY(m_mock.requests().first().body.contains("data:image/png;base64,"));
        QVERIFY(m_mock.requests().first().body.contains("Remember the milk."));
        QVERIFY(m_mock.requests().first().body.contains("What is in the picture?"));
        QVERIFY(tray()->isEmpty());
        QVERIFY(find<QPlainTextEdit>("promptEdit")->toPlainText().isEmpty());
        QCOMPARE(count(m_context->database(), QStringLiteral("blobs")), 2);

        auto* view = find<ChatView>("chatView");
        MessageListModel* model = m_window->messages();
        const int question = model->rowCount() - 2;
        QCOMPARE(model->messageAt(question).attachments.size(), 2);
        QVERIFY(!view->targetRect(question, QStringLiteral("file:0")).isNull());
        QVERIFY(!view->targetRect(question, QStringLiteral("file:1")).isNull());
        QVERIFY(!model->thumbnail(model->messageAt(question).attachments.first().hash, QSize(200, 150)).isNull());

        // Editing the question brings its files back into the tray; what the user was writing
        // before comes back when the edit ends.
        auto* prompt = find<QPlainTextEdit>("promptEdit");
        prompt->setPlainText(QStringLiteral("a draft"));
        QVERIFY(tray()->addBytes(QStringLiteral("draft.txt"), "half a thought"));
        m_window->editMessage(model->messageAt(question).id);
        QCOMPARE(tray()->attachments().size(), 2);
        QCOMPARE(tray()->attachments().first().hash, model->messageAt(question).attachments.first().hash);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("What is in the picture?"));
        m_window->cancelEdit();
        QCOMPARE(prompt->toPlainText(), QStringLiteral("a draft"));
        QCOMPARE(tray()->attachments().size(), 1);
        QCOMPARE(tray()->attachments().first().filename, QStringLiteral("draft.txt"));
        tray()->clear();

        // The chat now holds an image: a model that takes none is refused before anything is
        // stored, even with no file in the draft.
        useModel(QStringLiteral("text/only"));
        prompt->setPlainText(QStringLiteral("And now?"));
        const int stored = count(m_context->database(), QStringLiteral("messages"));
        const int requests = int(m_mock.requests().size());
        m_window->send();
        QVERIFY(!m_window->runner()->isRunning());
        QCOMPARE(count(m_context->database(), QStringLiteral("messages")), stored);
        QCOMPARE(int(m_mock.requests().size()), requests);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("And now?"));
        QVERIFY2(tray()->notice().contains(QLatin1String("text/only")), qPrintable(tray()->notice()));
        useModel(QStringLiteral("vision/model"));
        QVERIFY(tray()->notice().isEmpty()); // another model: the refusal no longer applies
        prompt->clear();
    }

    // Ctrl+N offers the presets; the chosen one's system prompt goes with every request of
    // the chat, an edit in the side panel is kept with the chat and sent, and a value that
    // is not a number stops Send with the panel's sentence.
    void presetAndPanelGoWithTheRequests()
    {
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* picker = qobject_cast<QDialog*>(w); picker && picker->objectName() == QLatin1String("presetPicker")) {
                    QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("code rev"));
                    picker->accept();
                }
            }
        });
        find<QAction>("actionNewConversation")->trigger(); // Ctrl+N
        QCOMPARE(m_window->currentConversationId(), qint64(0));
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("chatSettingsPanel"))); // made when first shown
        find<QAction>("actionChatSettings")->setChecked(true);
        auto* systemPrompt = find<QPlainTextEdit>("systemPromptEdit");
        QVERIFY2(systemPrompt->toPlainText().startsWith(QLatin1String("You are a meticulous senior code reviewer")),
                 qPrintable(systemPrompt->toPlainText()));
        useModel(QStringLiteral("vision/model"));

        auto* temperature = find<QLineEdit>("temperatureEdit");
        temperature->clear();
        QTest::keyClicks(temperature, QStringLiteral("0.3"));
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        find<QPlainTextEdit>("promptEdit")->setPlainText(QStringLiteral("int main() { return 0; }"));
        const int before = int(m_mock.requests().size());
        m_window->send();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 20000);
        QCOMPARE(int(m_mock.requests().size()), before + 1);
        const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().last().body).object();
        const QJsonObject first = body.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QVERIFY(first.value(QLatin1String("content")).toString().startsWith(QLatin1String("You are a meticulous")));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        const ChatParams stored = ConversationStore(m_context->database()).settings(m_window->currentConversationId());
        QCOMPARE(stored.temperature.value_or(-1), 0.3);
        QVERIFY(stored.systemPrompt.startsWith(QLatin1String("You are a meticulous")));

        // Not a number: one sentence, nothing sent, the prompt kept.
        temperature->clear();
        QTest::keyClicks(temperature, QStringLiteral("warm"));
        find<QPlainTextEdit>("promptEdit")->setPlainText(QStringLiteral("Again"));
        m_window->send();
        QVERIFY(!m_window->runner()->isRunning());
        QCOMPARE(int(m_mock.requests().size()), before + 1);
        QCOMPARE(find<QPlainTextEdit>("promptEdit")->toPlainText(), QStringLiteral("Again"));
        temperature->clear();
    }
};

SWITCHYARD_TEST_MAIN(TestWindowFiles, QApplication)
#include "test_windowfiles.moc"
