#include "TestEnv.h"
#include "gui/ChatView.h"
#include "gui/chat/MarkdownDocument.h"
#include "gui/chat/MessageListModel.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QTextBlock>
#include <QTextList>
#include <QSet>
#include <QTextDocument>

namespace {
QString answer(int i)
{
    return QStringLiteral("Answer %1 with a list:\n\n- one\n- two `code`\n\n```python\nprint(%1)\n```\n\nAnd a closing line.").arg(i);
}
} // namespace

// The message model over a real SQLite file, and the hand-drawn view over it on the
// offscreen platform.
class TestChatView : public QObject {
    Q_OBJECT

private:
    Database m_db;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_long = 0;
    static constexpr int kMessages = 1000;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(TestEnv::root() + QStringLiteral("/chatview.sqlite"), &error), qPrintable(error));
        m_store = std::make_unique<ConversationStore>(&m_db);
        m_long = m_store->create(QStringLiteral("long"), QStringLiteral("openrouter"), QStringLiteral("m"));
        QSqlDatabase c = m_db.connection();
        c.transaction();
        for (int i = 0; i < kMessages / 2; ++i) {
            m_store->addMessage(m_long, QStringLiteral("user"), QStringLiteral("Question %1?").arg(i));
            m_store->addMessage(m_long, QStringLiteral("assistant"), answer(i), QStringLiteral("m"));
        }
        QVERIFY(c.commit());
    }

    // Pages of the branch, newest first; older pages prepended; the tester checks every signal.
    void modelPagesTheBranch()
    {
        MessageListModel model(m_store.get());
        model.setConversation(m_long);
        QCOMPARE(model.branchLength(), qsizetype(kMessages));
        QCOMPARE(model.rowCount(), MessageListModel::kPageSize);
        // The tester fetches a page itself when it starts (and on every reset, from inside
        // the reset's signal, so it watches from here on).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > MessageListModel::kPageSize);
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::ContentRole).toString(), answer(kMessages / 2 - 1));
        QVERIFY(model.canFetchMore({}));
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), before + MessageListModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMessages);
        QCOMPARE(model.index(0).data(MessageListModel::ContentRole).toString(), QStringLiteral("Question 0?"));
        QCOMPARE(model.index(1).data(MessageListModel::RoleRole).toString(), QStringLiteral("assistant"));
        // Streaming text changes one row and its revision.
        const qint64 last = model.index(kMessages - 1).data(MessageListModel::IdRole).toLongLong();
        const uint revision = model.index(kMessages - 1).data(MessageListModel::RevisionRole).toUInt();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendText(last, QStringLiteral(" More."));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(kMessages - 1).data(MessageListModel::RevisionRole).toUInt() != revision);
        QVERIFY(model.index(kMessages - 1).data().toString().endsWith(QLatin1String(" More.")));
        model.refreshMessage(last); // back to what the store holds
        QCOMPARE(model.index(kMessages - 1).data().toString(), answer(kMessages / 2 - 1));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload(); // keeps what was loaded
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), kMessages);
    }

    // Only the rows on screen are laid out and painted; scrolling up reads older pages
    // and keeps what is shown in place; the bottom is followed only from the bottom.
    void viewDrawsWhatShows()
    {
        MessageListModel model(m_store.get());
        ChatView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setConversation(m_long);
        view.viewport()->repaint();
        QVERIFY2(view.lastPaintedRows() > 0 && view.lastPaintedRows() < 12, qPrintable(QString::number(view.lastPaintedRows())));
        QVERIFY(view.isFollowingBottom());
        QScrollBar* bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());

        // Text arriving at the bottom is followed.
        const qint64 last = model.index(model.rowCount() - 1).data(MessageListModel::IdRole).toLongLong();
        view.setStreamingMessage(last);
        for (int i = 0; i < 30; ++i)
            model.appendText(last, QStringLiteral("\n\nMore streamed text, line %1.").arg(i));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isFollowingBottom());

        // Scrolled up, it stays where the user put it while text arrives.
        bar->setValue(bar->maximum() / 2);
        QVERIFY(!view.isFollowingBottom());
        const int held = bar->value();
        model.appendText(last, QStringLiteral("\n\nYet more."));
        QTest::qWait(150);
        QCOMPARE(bar->value(), held);
        view.setStreamingMessage(0);
        model.refreshMessage(last);

        // To the top a page at a time: older pages come in until the first question shows.
        int guard = 0;
        while ((bar->value() > 0 || model.canFetchMore({})) && guard++ < 5000) {
            bar->triggerAction(QAbstractSlider::SliderPageStepSub);
            view.viewport()->repaint();
            QCoreApplication::processEvents();
            QVERIFY(view.lastPaintedRows() < 12);
        }
        QCOMPARE(model.rowCount(), kMessages);
        QCOMPARE(view.messageText(0), QStringLiteral("Question 0?"));
        QVERIFY(!view.targetRect(0, QStringLiteral("copy")).isNull()); // the first row is on screen

        // Copy a code block through its link.
        const qint64 second = model.index(1).data(MessageListModel::IdRole).toLongLong();
        QVERIFY(view.copyCodeBlock(second, 0));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("print(0)"));
        const QRect link = view.targetRect(1, QStringLiteral("code:0"));
        QVERIFY(!link.isNull());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link.center());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("print(0)"));
        // Plain text drops the Markdown.
        view.copyMessage(second, false);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QLatin1String("```")));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("print(0)")));

        // Jumping to a message far away brings it to the top.
        QVERIFY(view.scrollToMessage(model.index(700).data(MessageListModel::IdRole).toLongLong()));
        QVERIFY(!view.targetRect(700, QStringLiteral("copy")).isNull());
    }

    // A question and its answer added at the end of the branch in view are inserted, not
    // reset; a new version elsewhere is not an extension and changes nothing.
    void appendToBranchInsertsWithoutReset()
    {
        const qint64 chat = m_store->create(QStringLiteral("short"), QStringLiteral("openrouter"), QStringLiteral("m"));
        const qint64 q1 = m_store->addChild(chat, 0, QStringLiteral("user"), QStringLiteral("One?"));
        const qint64 a1 = m_store->addChild(chat, q1, QStringLiteral("assistant"), QStringLiteral("One."));
        MessageListModel model(m_store.get());
        model.setConversation(chat);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 q2 = m_store->addChild(chat, a1, QStringLiteral("user"), QStringLiteral("Two?"));
        const qint64 a2 = m_store->addChild(chat, q2, QStringLiteral("assistant"), {}, QStringLiteral("m"), QStringLiteral("streaming"));
        QVERIFY(model.appendToBranch());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(2).data(MessageListModel::IdRole).toLongLong(), q2);
        QCOMPARE(model.index(3).data(MessageListModel::IdRole).toLongLong(), a2);
        QCOMPARE(model.branchLength(), qsizetype(4));
        QVERIFY(!model.appendToBranch()); // nothing new
        // Another answer to the first question: a branch of its own.
        m_store->addChild(chat, q1, QStringLiteral("assistant"), QStringLiteral("One, again."));
        QVERIFY(!model.appendToBranch());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.size(), 0);
    }

    // Markdown: code fences are cut out of the text (open ones too); a streamed text
    // renders to the same text, block for block, as the whole text rendered at once.
    void markdownChunksAndStreaming()
    {
        const QString text = QStringLiteral("Intro *em*.\n\n~~~js\nlet a = 1;\n\n```\nnot a fence end\n~~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                                            "- [x] done\n- [ ] ~~not~~\n\n```\nopen");
        const QList<MarkdownDocument::Chunk> chunks = MarkdownDocument::chunks(text, false);
        QCOMPARE(chunks.size(), 4);
        QVERIFY(!chunks.at(0).code);
        QVERIFY(chunks.at(1).code);
        QCOMPARE(chunks.at(1).language, QStringLiteral("js"));
        QCOMPARE(chunks.at(1).text, QStringLiteral("let a = 1;\n\n```\nnot a fence end"));
        QVERIFY(chunks.at(1).closed);
        QVERIFY(chunks.at(3).code);
        QVERIFY(!chunks.at(3).closed);
        QCOMPARE(chunks.at(3).text, QStringLiteral("open"));

        MarkdownDocument::Style style;
        style.font = QApplication::font();
        MarkdownDocument whole(style);
        whole.setMarkdown(text, false);
        MarkdownDocument streamed(style);
        for (int n = 1; n <= text.size(); n += 7)
            streamed.setMarkdown(text.left(n), true);
        streamed.setMarkdown(text, true);
        QCOMPARE(streamed.document()->toPlainText(), whole.document()->toPlainText());
        QCOMPARE(streamed.codeBlocks(), whole.codeBlocks());
        QCOMPARE(whole.codeBlocks().size(), 2);
        // The table, the task list and the strike-through came through.
        const QString html = whole.document()->toHtml();
        QVERIFY(html.contains(QLatin1String("<table")));
        QVERIFY(html.contains(QLatin1String("line-through")));
        QVERIFY(whole.document()->toPlainText().contains(QLatin1String("not a fence end")));
    }

    // While streaming, the text is cut only where a block ends: not before an indented line,
    // not inside a loose list, not before the next line has arrived. So a finished stream
    // keeps its pieces and still renders as the whole text does.
    void streamingCutsOnlyBetweenBlocks()
    {
        auto texts = [](const QList<MarkdownDocument::Chunk>& chunks) {
            QStringList out;
            for (const MarkdownDocument::Chunk& c : chunks)
                out.append(c.text);
            return out;
        };
        QCOMPARE(texts(MarkdownDocument::chunks(QStringLiteral("One.\n\nTwo.\n\nThree"), true)),
                 QStringList({ QStringLiteral("One.\n\n"), QStringLiteral("Two.\n\n"), QStringLiteral("Three") }));
        // The next line not here yet: no cut.
        QCOMPARE(texts(MarkdownDocument::chunks(QStringLiteral("One.\n\n"), true)), QStringList({ QStringLiteral("One.\n\n") }));
        QCOMPARE(texts(MarkdownDocument::chunks(QStringLiteral("- a\n\n1"), true)), QStringList({ QStringLiteral("- a\n\n1") }));
        QCOMPARE(texts(MarkdownDocument::chunks(QStringLiteral("- a\n\nTw"), true)), QStringList({ QStringLiteral("- a\n\n"), QStringLiteral("Tw") }));
        // A loose list stays whole, its item's indented paragraph too; the paragraph after it is cut off.
        const QString list = QStringLiteral("Steps:\n\n1. Open.\n\n2. Read.\n\n   More on reading.\n\n3. Close.\n\nDone.\n");
        QCOMPARE(texts(MarkdownDocument::chunks(list, true)),
                 QStringList({ QStringLiteral("Steps:\n\n"), QStringLiteral("1. Open.\n\n2. Read.\n\n   More on reading.\n\n3. Close.\n\n"),
                               QStringLiteral("Done.\n") }));

        MarkdownDocument::Style style;
        style.font = QApplication::font();
        MarkdownDocument whole(style);
        whole.setMarkdown(list, false);
        MarkdownDocument streamed(style);
        for (int n = 1; n <= list.size(); n += 3)
            streamed.setMarkdown(list.left(n), true);
        streamed.setMarkdown(list, false);
        // One list of three items, numbered from 1, in both.
        for (const MarkdownDocument* doc : { &whole, &streamed }) {
            QSet<QTextList*> lists;
            int items = 0;
            for (QTextBlock b = doc->document()->begin(); b.isValid(); b = b.next()) {
                if (b.textList()) {
                    lists.insert(b.textList());
                    ++items;
                }
            }
            QCOMPARE(lists.size(), 1);
            QCOMPARE(items, 3);
            QCOMPARE((*lists.begin())->itemText((*lists.begin())->item(2)), QStringLiteral("3."));
        }
        QCOMPARE(streamed.document()->toPlainText(), whole.document()->toPlainText());
    }
};

SWITCHYARD_TEST_MAIN(TestChatView, QApplication)
#include "test_chatview.moc"
