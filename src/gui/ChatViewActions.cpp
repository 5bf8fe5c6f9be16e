// What a message offers: the targets of a row (toolbar, versions, footer, Thinking, links,
// code blocks), the context menu and copying. Part of ChatView; scrolling, layout and
// painting are in ChatView.cpp.
#include "ChatView.h"

#include "chat/MarkdownDocument.h"
#include "chat/MessageListModel.h"

#include "storage/ConversationStore.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace {
bool isUser(const StoredMessage& m)
{
    return m.role == QLatin1String("user");
}
} // namespace

void ChatView::activate(int index, const QString& target)
{
    const StoredMessage& m = m_model->messageAt(index);
    const qint64 id = m.id;
    if (target == QLatin1String("copy"))
        copyMessage(id, true);
    else if (target == QLatin1String("edit"))
        Q_EMIT actionRequested(Action::Edit, id);
    else if (target == QLatin1String("regenerate"))
        Q_EMIT actionRequested(Action::Regenerate, id);
    else if (target == QLatin1String("continue"))
        Q_EMIT actionRequested(Action::Continue, id);
    else if (target == QLatin1String("delete"))
        Q_EMIT actionRequested(Action::Delete, id);
    else if (target == QLatin1String("prev"))
        Q_EMIT actionRequested(Action::PreviousVersion, id);
    else if (target == QLatin1String("next"))
        Q_EMIT actionRequested(Action::NextVersion, id);
    else if (target == QLatin1String("footer"))
        Q_EMIT actionRequested(Action::OpenRequest, id);
    else if (target == QLatin1String("thinking")) {
        const bool open = row(index).reasoningShown();
        if (open) {
            m_reasoningOpen.remove(id);
            m_reasoningClosed.insert(id);
        } else {
            m_reasoningOpen.insert(id);
            m_reasoningClosed.remove(id);
        }
        row(index).width = 0;
        updateScrollBar();
        viewport()->update();
    } else if (target.startsWith(QLatin1String("code:"))) {
        copyCodeBlock(id, target.mid(5).toInt());
    } else if (target.startsWith(QLatin1String("file:"))) {
        Q_EMIT attachmentRequested(id, target.mid(5).toInt());
    } else if (target.startsWith(QLatin1String("link:"))) {
        const QUrl url(target.mid(5));
        if (url.toString() == QLatin1String("switchyard:settings"))
            Q_EMIT settingsRequested();
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
                 || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT statusMessage(tr("Only web and mail links open from a message; %1 was not opened.").arg(url.toDisplayString()));
    }
}

void ChatView::copyMessage(qint64 messageId, bool asMarkdown)
{
    const int index = m_model ? m_model->rowOfId(messageId) : -1;
    if (index < 0)
        return;
    const QString content = m_model->messageAt(index).content;
    QString text = content;
    if (!asMarkdown && !isUser(m_model->messageAt(index))) {
        QTextDocument plain;
        plain.setMarkdown(content, QTextDocument::MarkdownDialectGitHub);
        text = plain.toPlainText();
    }
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(asMarkdown ? tr("Copied the message as Markdown.") : tr("Copied the message as plain text."));
}

bool ChatView::copyCodeBlock(qint64 messageId, int block)
{
    const int index = m_model ? m_model->rowOfId(messageId) : -1;
    if (index < 0)
        return false;
    const QList<MarkdownDocument::Chunk> chunks = MarkdownDocument::chunks(m_model->messageAt(index).content, false);
    int n = 0;
    for (const auto& c : chunks) {
        if (!c.code)
            continue;
        if (n++ == block) {
            QGuiApplication::clipboard()->setText(c.text);
            Q_EMIT statusMessage(tr("Copied the code block."));
            return true;
        }
    }
    return false;
}

QMenu* ChatView::menuFor(int index)
{
    const StoredMessage& m = m_model->messageAt(index);
    const qint64 id = m.id;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy as Markdown"), this, [this, id] { copyMessage(id, true); });
    menu->addAction(tr("Copy as Plain Text"), this, [this, id] { copyMessage(id, false); });
    const QList<MarkdownDocument::Chunk> chunks = MarkdownDocument::chunks(m.content, false);
    int code = 0;
    for (const auto& c : chunks) {
        if (!c.code)
            continue;
        const int n = code++;
        menu->addAction(tr("Copy Code Block %1%2").arg(n + 1).arg(c.language.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.language)),
                        this, [this, id, n] { copyCodeBlock(id, n); });
    }
    menu->addAction(tr("Select Text…"), this, [this, id] {
        const int i = m_model->rowOfId(id);
        if (i < 0)
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Message Text"));
        auto* layout = new QVBoxLayout(&dialog);
        auto* browser = new QTextBrowser(&dialog);
        browser->setOpenLinks(false);
        if (isUser(m_model->messageAt(i)))
            browser->setPlainText(m_model->messageAt(i).content);
        else
            browser->setMarkdown(m_model->messageAt(i).content);
        layout->addWidget(browser);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(640, 480);
        dialog.exec();
    });
    menu->addSeparator();
    const bool streaming = id == m_streamingId;
    if (isUser(m)) {
        menu->addAction(tr("Edit and Resend"), this, [this, id] { Q_EMIT actionRequested(Action::Edit, id); })->setEnabled(!streaming);
    } else {
        menu->addAction(tr("Regenerate"), this, [this, id] { Q_EMIT actionRequested(Action::Regenerate, id); })->setEnabled(!streaming);
        menu->addAction(tr("Regenerate with Another Model…"), this, [this, id] { Q_EMIT actionRequested(Action::RegenerateWith, id); })
            ->setEnabled(!streaming);
        if (m.state == QLatin1String("interrupted"))
            menu->addAction(tr("Continue the Answer"), this, [this, id] { Q_EMIT actionRequested(Action::Continue, id); })->setEnabled(!streaming);
        if (m.request)
            menu->addAction(tr("Show Request in Usage Log"), this, [this, id] { Q_EMIT actionRequested(Action::OpenRequest, id); });
    }
    const int versions = m_model->data(m_model->index(index), MessageListModel::SiblingCountRole).toInt();
    if (versions > 1) {
        menu->addSeparator();
        menu->addAction(tr("Previous Version"), this, [this, id] { Q_EMIT actionRequested(Action::PreviousVersion, id); });
        menu->addAction(tr("Next Version"), this, [this, id] { Q_EMIT actionRequested(Action::NextVersion, id); });
    }
    menu->addSeparator();
    menu->addAction(tr("Delete"), this, [this, id] { Q_EMIT actionRequested(Action::Delete, id); })->setEnabled(!streaming);
    return menu;
}

void ChatView::contextMenuEvent(QContextMenuEvent* event)
{
    int top = 0;
    const int index = rowAt(event->pos().y(), &top);
    if (index < 0)
        return;
    menuFor(index)->popup(event->globalPos());
}
