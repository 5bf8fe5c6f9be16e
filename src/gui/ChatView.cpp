#include "ChatView.h"

#include "Theme.h"

#include <QFrame>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kFlushIntervalMs = 50;
}

ChatView::ChatView(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_emptyState(new QLabel(m_content))
    , m_flushTimer(new QTimer(this))
{
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setText(tr("<h3>Ask any model</h3><p>Pick a model above, type a question below and press "
                             "Ctrl+Enter. Keys live in your system keychain (File → Settings); every request "
                             "and what it cost is kept in your local ledger.</p>"));
    m_layout->addWidget(m_emptyState, 1);
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    m_layout->addStretch(1);
    m_layout->setSpacing(10);
    updateEmptyState();
    setWidget(m_content);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &ChatView::flushPending);
}

void ChatView::clear()
{
    m_flushTimer->stop();
    m_pending.clear();
    for (const Bubble& b : std::as_const(m_bubbles))
        b.body->parentWidget()->deleteLater();
    m_bubbles.clear();
    updateEmptyState();
}

void ChatView::updateEmptyState()
{
    m_emptyState->setVisible(m_bubbles.isEmpty());
}

void ChatView::addMessage(const QString& role, const QString& content, bool complete, const QString& notice)
{
    flushPending();
    const bool user = role == QLatin1String("user");
    auto* frame = new QFrame(m_content);
    frame->setObjectName(QStringLiteral("messageBubble"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(user ? QPalette::AlternateBase : QPalette::Base);
    frame->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(frame);
    auto* who = new QLabel(user ? tr("You") : tr("Assistant"), frame);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    who->setForegroundRole(QPalette::PlaceholderText);
    auto* body = new QLabel(frame);
    body->setObjectName(QStringLiteral("messageBody"));
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    body->setOpenExternalLinks(true);
    auto* noticeLabel = new QLabel(frame);
    noticeLabel->setObjectName(QStringLiteral("messageNotice"));
    noticeLabel->setWordWrap(true);
    noticeLabel->setVisible(false);
    connect(noticeLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("switchyard:settings"))
            Q_EMIT settingsRequested();
    });
    layout->addWidget(who);
    layout->addWidget(body);
    layout->addWidget(noticeLabel);
    m_layout->insertWidget(m_layout->count() - 1, frame);

    Bubble bubble { body, noticeLabel, content };
    // User text is shown as typed; a finished reply as Markdown.
    body->setTextFormat(user || !complete ? Qt::PlainText : Qt::MarkdownText);
    body->setText(content);
    setNotice(bubble, notice, false);
    m_bubbles.append(bubble);
    updateEmptyState();
    scrollToEnd();
}

void ChatView::appendToLast(const QString& text)
{
    if (m_bubbles.isEmpty())
        return;
    m_pending += text;
    if (!m_flushTimer->isActive())
        m_flushTimer->start(kFlushIntervalMs);
}

void ChatView::flushPending()
{
    if (m_pending.isEmpty() || m_bubbles.isEmpty())
        return;
    Bubble& b = m_bubbles.last();
    b.text += m_pending;
    m_pending.clear();
    b.body->setTextFormat(Qt::PlainText);
    b.body->setText(b.text);
    scrollToEnd();
}

void ChatView::finishLast(const QString& content, bool complete, const QString& notice, bool offerSettings)
{
    m_flushTimer->stop();
    m_pending.clear();
    if (m_bubbles.isEmpty())
        return;
    Bubble& b = m_bubbles.last();
    b.text = content;
    b.body->setTextFormat(Qt::MarkdownText);
    b.body->setText(content);
    b.body->setVisible(!content.isEmpty() || complete);
    setNotice(b, notice, offerSettings);
    scrollToEnd();
}

void ChatView::setNotice(Bubble& bubble, const QString& notice, bool offerSettings)
{
    if (notice.isEmpty()) {
        bubble.notice->setVisible(false);
        return;
    }
    QString html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Theme::warning(palette()).name(), notice.toHtmlEscaped());
    if (offerSettings)
        html += QStringLiteral(" <a href=\"switchyard:settings\">%1</a>").arg(tr("Open Settings").toHtmlEscaped());
    bubble.notice->setTextFormat(Qt::RichText);
    bubble.notice->setText(html);
    bubble.notice->setVisible(true);
}

void ChatView::scrollToEnd()
{
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

int ChatView::messageCount() const
{
    return int(m_bubbles.size());
}

QString ChatView::messageText(int index) const
{
    if (index < 0 || index >= m_bubbles.size())
        return {};
    const Bubble& b = m_bubbles.at(index);
    return index == m_bubbles.size() - 1 ? b.text + m_pending : b.text;
}

QString ChatView::noticeText(int index) const
{
    if (index < 0 || index >= m_bubbles.size() || !m_bubbles.at(index).notice->isVisible())
        return {};
    return m_bubbles.at(index).notice->text();
}
