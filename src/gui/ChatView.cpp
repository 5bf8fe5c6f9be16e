#include "ChatView.h"

#include "Theme.h"
#include "chat/MarkdownDocument.h"
#include "chat/MessageListModel.h"

#include "money/Money.h"
#include "storage/ConversationStore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int kMargin = 8;     // between the view's edge and a bubble
constexpr int kPadding = 10;   // inside a bubble
constexpr int kSpacing = 10;   // between bubbles
constexpr int kStreamRenderMs = 100; // a streaming answer is laid out at most ten times a second
constexpr int kKeptDocuments = 120;  // rows holding rendered documents beyond those on screen

// QTextDocument::setTextWidth lays the whole document out again even when the width is
// the same: a streaming answer of 20,000 tokens would pay that ten times a second.
void setWidth(QTextDocument* doc, int width)
{
    if (!qFuzzyCompare(doc->textWidth(), qreal(width)))
        doc->setTextWidth(width);
}

bool isUser(const StoredMessage& m)
{
    return m.role == QLatin1String("user");
}
} // namespace

// One row's cached rendering: documents and geometry in row coordinates at `width`.
struct ChatViewRow {
    qint64 id = 0;
    quint32 revision = 0;
    int width = 0; // the width `height` was measured at; 0: an estimate
    int height = 0;
    std::unique_ptr<MarkdownDocument> body;
    std::unique_ptr<QTextDocument> reasoning;
    std::unique_ptr<QTextDocument> notice;
    bool streamed = false; // body was built while streaming
    QString header;
    QString footer;
    QString versions; // "2/3"
    QString reasoningText; // what the reasoning document holds
    QRect bubble, headerRect, thinkingRect, reasoningRect, bodyRect, noticeRect, footerRect, prevRect, nextRect;
    QList<QPair<QString, QRect>> buttons;
    bool hasDocuments() const { return bool(body); }
    void dropDocuments()
    {
        body.reset();
        reasoning.reset();
        reasoningText.clear();
        notice.reset();
    }
};

ChatView::ChatView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_streamTimer(new QTimer(this))
    , m_flashTimer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    m_streamTimer->setSingleShot(true);
    m_streamTimer->setInterval(kStreamRenderMs);
    connect(m_streamTimer, &QTimer::timeout, this, &ChatView::flushStreaming);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(1600);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashId = 0;
        viewport()->update();
    });
}

ChatView::~ChatView() = default;

void ChatView::setModel(MessageListModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ChatView::onReset);
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChatView::onReset);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& a, const QModelIndex& b) { onDataChanged(a.row(), b.row()); });
    }
    onReset();
}

void ChatView::onReset()
{
    m_rows.clear();
    m_rendered = 0;
    const int n = m_model ? m_model->rowCount() : 0;
    m_rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        auto r = std::make_shared<ChatViewRow>();
        r->id = m_model->messageAt(i).id;
        m_rows.append(r);
    }
    m_hoverRow = -1;
    m_followBottom = true;
    m_anchorRow = 0;
    m_anchorOffset = 0;
    scrollToBottom();
}

void ChatView::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int i = first; i <= last; ++i) {
        auto r = std::make_shared<ChatViewRow>();
        r->id = m_model->messageAt(i).id;
        m_rows.insert(i, r);
    }
    // What is on screen stays where it is: the anchor moves with its row.
    if (first <= m_anchorRow && !(m_rows.size() == count))
        m_anchorRow += count;
    if (m_hoverRow >= first)
        m_hoverRow += count;
    if (m_followBottom)
        scrollToBottom();
    else
        updateScrollBar();
    viewport()->update();
}

void ChatView::onDataChanged(int first, int last)
{
    bool streaming = false;
    for (int i = qMax(0, first); i <= last && i < m_rows.size(); ++i) {
        if (m_rows.at(i)->id == m_streamingId) {
            streaming = true;
            continue;
        }
        m_rows.at(i)->width = 0; // laid out again when next shown
    }
    if (streaming && !m_streamTimer->isActive())
        m_streamTimer->start();
    if (first != last || !streaming) {
        updateScrollBar();
        viewport()->update();
    }
}

void ChatView::flushStreaming()
{
    const int index = m_model ? m_model->rowOfId(m_streamingId) : -1;
    if (index < 0)
        return;
    m_rows.at(index)->width = 0;
    layoutRow(index);
    if (m_followBottom)
        scrollToBottom();
    else
        updateScrollBar();
    viewport()->update();
}

void ChatView::setStreamingMessage(qint64 messageId)
{
    const qint64 previous = m_streamingId;
    m_streamingId = messageId;
    m_streamTimer->stop();
    if (previous) {
        const int index = m_model ? m_model->rowOfId(previous) : -1;
        if (index >= 0) {
            m_rows.at(index)->width = 0;
            updateScrollBar();
            if (m_followBottom)
                scrollToBottom();
            viewport()->update();
        }
    }
}

void ChatView::setNoticeLink(qint64 messageId, bool offerSettings)
{
    m_settingsNoticeId = offerSettings ? messageId : (m_settingsNoticeId == messageId ? 0 : m_settingsNoticeId);
    const int index = m_model ? m_model->rowOfId(messageId) : -1;
    if (index >= 0) {
        m_rows.at(index)->width = 0;
        viewport()->update();
    }
}

ChatViewRow& ChatView::row(int index)
{
    return *m_rows.at(index);
}

int ChatView::contentWidth() const
{
    return qMax(200, viewport()->width());
}

int ChatView::estimateHeight(int index) const
{
    const StoredMessage& m = m_model->messageAt(index);
    const QFontMetrics fm(font());
    const int inner = qMax(100, contentWidth() - 2 * kMargin - 2 * kPadding);
    const int perLine = qMax(20, inner / qMax(1, fm.averageCharWidth()));
    int lines = 0;
    int fences = 0;
    qsizetype start = 0;
    const QString& text = m.content;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype len = end - start;
        lines += 1 + int(len / perLine);
        if (len >= 3 && (text.at(start) == u'`' || text.at(start) == u'~'))
            ++fences;
        start = end + 1;
    }
    const int header = fm.height() + 6;
    const int footer = isUser(m) ? 0 : fm.height() + 6;
    return 2 * kPadding + header + lines * fm.lineSpacing() + fences * 14 + footer + kSpacing;
}

int ChatView::rowHeight(int index)
{
    ChatViewRow& r = row(index);
    if (r.width == contentWidth())
        return r.height;
    if (r.height == 0 || r.width != 0)
        r.height = estimateHeight(index); // never measured, or measured at another width
    return r.height;
}

void ChatView::layoutRow(int index)
{
    ChatViewRow& r = row(index);
    const StoredMessage& m = m_model->messageAt(index);
    const quint32 revision = m_model->data(m_model->index(index), MessageListModel::RevisionRole).toUInt();
    const bool streaming = m.id == m_streamingId;
    const int width = contentWidth();
    if (r.width == width && r.revision == revision && r.hasDocuments())
        return;
    const bool contentChanged = r.revision != revision || !r.hasDocuments();
    r.revision = revision;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;

    if (contentChanged) {
        if (!r.hasDocuments())
            ++m_rendered;
        if (!r.body || (r.streamed && !streaming && r.body->document()->isEmpty())) {
            MarkdownDocument::Style style;
            style.font = font();
            style.text = pal.color(QPalette::Text);
            style.link = pal.color(QPalette::Link);
            style.muted = pal.color(QPalette::PlaceholderText);
            style.dark = dark;
            style.codeBackground = dark ? QColor(0x16, 0x1b, 0x22) : QColor(0xf6, 0xf8, 0xfa);
            style.codeBorder = dark ? QColor(0x30, 0x36, 0x3d) : QColor(0xd0, 0xd7, 0xde);
            r.body = std::make_unique<MarkdownDocument>(style);
        }
        if (isUser(m)) {
            // A question is shown as typed.
            r.body->document()->setPlainText(m.content);
        } else {
            r.body->setMarkdown(m.content, streaming);
        }
        r.streamed = streaming;
        if (!m.reasoning.isEmpty()) {
            if (!r.reasoning) {
                r.reasoning = std::make_unique<QTextDocument>();
                r.reasoning->setDocumentMargin(0);
                QFont small = font();
                small.setPointSizeF(small.pointSizeF() * 0.92);
                r.reasoning->setDefaultFont(small);
            }
            if (r.reasoningText != m.reasoning) {
                if (m.reasoning.startsWith(r.reasoningText) && !r.reasoningText.isEmpty()) {
                    // Streamed reasoning only grows: append the new part.
                    QTextCursor end(r.reasoning.get());
                    end.movePosition(QTextCursor::End);
                    end.insertText(m.reasoning.mid(r.reasoningText.size()));
                } else {
                    r.reasoning->setPlainText(m.reasoning);
                }
                r.reasoningText = m.reasoning;
            }
        } else {
            r.reasoning.reset();
            r.reasoningText.clear();
        }
        if (!m.notice.isEmpty()) {
            if (!r.notice) {
                r.notice = std::make_unique<QTextDocument>();
                r.notice->setDocumentMargin(0);
                r.notice->setDefaultFont(font());
            }
            QString html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                               .arg(Theme::warning(pal).name(), m.notice.toHtmlEscaped());
            if (m_settingsNoticeId == m.id)
                html += QStringLiteral(" <a href=\"switchyard:settings\">%1</a>").arg(tr("Open Settings").toHtmlEscaped());
            r.notice->setHtml(html);
        } else {
            r.notice.reset();
        }
        // Header and footer.
        r.header = isUser(m) ? tr("You") : (m.request && !m.request->modelServed.isEmpty() ? m.request->modelServed
                                                                                           : (m.model.isEmpty() ? tr("Assistant") : m.model));
        r.footer.clear();
        if (!isUser(m) && m.request && !streaming) {
            const MessageRequest& q = *m.request;
            const QLocale locale;
            QStringList parts;
            if (!q.upstreamProvider.isEmpty())
                parts << tr("via %1").arg(q.upstreamProvider);
            if (q.promptTokens || q.completionTokens)
                parts << tr("%1 in · %2 out")
                             .arg(q.promptTokens ? locale.toString(*q.promptTokens) : QStringLiteral("?"),
                                  q.completionTokens ? locale.toString(*q.completionTokens) : QStringLiteral("?"));
            if (q.cost) {
                const QString source = q.costSource == QLatin1String("reported") ? tr("reported")
                    : q.costSource == QLatin1String("computed")                  ? tr("computed")
                    : q.costSource == QLatin1String("local")                     ? tr("local")
                                                                                 : q.costSource;
                parts << tr("%1 %2").arg(Money::formatUsd(*q.cost, locale), source);
            } else {
                parts << tr("cost unknown");
            }
            if (q.ttftMs >= 0)
                parts << tr("%1 ms to first token").arg(locale.toString(q.ttftMs));
            const qint64 generating = q.durationMs - qMax<qint64>(0, q.ttftMs);
            if (q.completionTokens && *q.completionTokens > 0 && generating > 0)
                parts << tr("%1 tokens/s").arg(locale.toString(double(*q.completionTokens) * 1000.0 / double(generating), 'f', 1));
            r.footer = parts.join(QStringLiteral(" · "));
        }
        const int versions = m_model->data(m_model->index(index), MessageListModel::SiblingCountRole).toInt();
        r.versions = versions > 1
            ? QStringLiteral("%1/%2").arg(m_model->data(m_model->index(index), MessageListModel::SiblingIndexRole).toInt()).arg(versions)
            : QString();
    }

    // Geometry.
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics sfm(small);
    const int bubbleWidth = width - 2 * kMargin;
    const int inner = bubbleWidth - 2 * kPadding;
    int y = kPadding;
    r.headerRect = QRect(kMargin + kPadding, y, inner, fm.height());
    // The hover toolbar, right-aligned on the header line.
    r.buttons.clear();
    QStringList names { QStringLiteral("copy") };
    if (isUser(m))
        names << QStringLiteral("edit");
    else {
        names << QStringLiteral("regenerate");
        if (m.state == QLatin1String("interrupted") && !streaming)
            names << QStringLiteral("continue");
    }
    names << QStringLiteral("delete");
    int x = r.headerRect.right();
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        const QString label = names.at(i) == QLatin1String("copy") ? tr("Copy")
            : names.at(i) == QLatin1String("edit")                 ? tr("Edit")
            : names.at(i) == QLatin1String("regenerate")           ? tr("Regenerate")
            : names.at(i) == QLatin1String("continue")             ? tr("Continue")
                                                                   : tr("Delete");
        const int w = sfm.horizontalAdvance(label) + 12;
        r.buttons.prepend({ names.at(i), QRect(x - w + 1, y - 2, w, fm.height() + 4) });
        x -= w + 4;
    }
    y += fm.height() + 6;
    r.thinkingRect = QRect();
    r.reasoningRect = QRect();
    if (r.reasoning) {
        r.thinkingRect = QRect(kMargin + kPadding, y, inner, sfm.height() + 4);
        y += r.thinkingRect.height() + 2;
        const bool open = m_reasoningOpen.contains(m.id) || (streaming && m.content.isEmpty() && !m_reasoningClosed.contains(m.id));
        if (open) {
            setWidth(r.reasoning.get(), inner - 14);
            const int h = qCeil(r.reasoning->size().height());
            r.reasoningRect = QRect(kMargin + kPadding + 14, y, inner - 14, h);
            y += h + 8;
        }
    }
    setWidth(r.body->document(), inner);
    const int bodyHeight = m.content.isEmpty() && !isUser(m) ? (streaming ? fm.height() : 0) : qCeil(r.body->document()->size().height());
    r.bodyRect = QRect(kMargin + kPadding, y, inner, bodyHeight);
    y += bodyHeight;
    r.noticeRect = QRect();
    if (r.notice) {
        y += 6;
        setWidth(r.notice.get(), inner);
        const int h = qCeil(r.notice->size().height());
        r.noticeRect = QRect(kMargin + kPadding, y, inner, h);
        y += h;
    }
    r.footerRect = QRect();
    r.prevRect = QRect();
    r.nextRect = QRect();
    if (!r.footer.isEmpty() || !r.versions.isEmpty()) {
        y += 6;
        int fx = kMargin + kPadding;
        if (!r.versions.isEmpty()) {
            const int arrow = sfm.horizontalAdvance(QStringLiteral("‹")) + 10;
            r.prevRect = QRect(fx, y, arrow, sfm.height() + 2);
            fx += arrow + sfm.horizontalAdvance(r.versions) + 4;
            r.nextRect = QRect(fx, y, arrow, sfm.height() + 2);
            fx += arrow + 8;
        }
        if (!r.footer.isEmpty())
            r.footerRect = QRect(fx, y, kMargin + kPadding + inner - fx, sfm.height() + 2);
        y += sfm.height() + 2;
    }
    y += kPadding;
    r.bubble = QRect(kMargin, 0, bubbleWidth, y);
    const int height = y + kSpacing;

    // Keep what is on screen in place when a row above it changes height.
    if (index < m_anchorRow && r.height != height && !m_followBottom)
        m_anchorOffset += 0; // rows above the anchor do not move the anchor; the scroll bar is recomputed
    r.height = height;
    r.width = width;
}

void ChatView::updateScrollBar()
{
    if (!m_model)
        return;
    qint64 total = 0;
    qint64 top = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i == m_anchorRow)
            top = total;
        total += rowHeight(i);
    }
    const int page = viewport()->height();
    const int maximum = int(qMin<qint64>(INT_MAX / 2, qMax<qint64>(0, total - page)));
    m_settingScroll = true;
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(QFontMetrics(font()).lineSpacing() * 3);
    verticalScrollBar()->setValue(int(qMin<qint64>(maximum, top + m_anchorOffset)));
    m_settingScroll = false;
}

void ChatView::scrollToBottom()
{
    m_followBottom = true;
    if (!m_model || m_rows.isEmpty()) {
        m_anchorRow = 0;
        m_anchorOffset = 0;
        updateScrollBar();
        viewport()->update();
        return;
    }
    // Lay out the rows that will show, from the last one up.
    const int page = viewport()->height();
    int used = 0;
    int i = int(m_rows.size()) - 1;
    for (; i >= 0; --i) {
        layoutRow(i);
        used += row(i).height;
        if (used >= page)
            break;
    }
    if (i < 0) {
        m_anchorRow = 0;
        m_anchorOffset = 0;
    } else {
        m_anchorRow = i;
        m_anchorOffset = used - page;
    }
    updateScrollBar();
    viewport()->update();
}

void ChatView::applyScrollValue(int value)
{
    int acc = 0;
    int i = 0;
    for (; i < m_rows.size(); ++i) {
        const int h = rowHeight(i);
        if (acc + h > value)
            break;
        acc += h;
    }
    m_anchorRow = qMin(i, qMax(0, int(m_rows.size()) - 1));
    m_anchorOffset = qMax(0, value - acc);
}

void ChatView::scrollContentsBy(int, int)
{
    if (m_settingScroll)
        return;
    const int value = verticalScrollBar()->value();
    applyScrollValue(value);
    m_followBottom = value >= verticalScrollBar()->maximum();
    if (m_followBottom)
        scrollToBottom();
    fetchOlderIfNeeded();
    viewport()->update();
}

void ChatView::fetchOlderIfNeeded()
{
    if (!m_model || !m_model->canFetchMore({}))
        return;
    if (verticalScrollBar()->value() > viewport()->height())
        return;
    // After this event: fetching inserts rows and moves the anchor with them.
    QTimer::singleShot(0, this, [this] {
        if (m_model && m_model->canFetchMore({}) && verticalScrollBar()->value() <= viewport()->height())
            m_model->fetchMore({});
    });
}

void ChatView::ensureAnchorValid()
{
    if (m_rows.isEmpty()) {
        m_anchorRow = 0;
        m_anchorOffset = 0;
        return;
    }
    m_anchorRow = qBound(0, m_anchorRow, int(m_rows.size()) - 1);
    layoutRow(m_anchorRow);
    while (m_anchorOffset >= row(m_anchorRow).height && m_anchorRow + 1 < m_rows.size()) {
        m_anchorOffset -= row(m_anchorRow).height;
        ++m_anchorRow;
        layoutRow(m_anchorRow);
    }
    while (m_anchorOffset < 0 && m_anchorRow > 0) {
        --m_anchorRow;
        layoutRow(m_anchorRow);
        m_anchorOffset += row(m_anchorRow).height;
    }
    m_anchorOffset = qMax(0, m_anchorOffset);
}

void ChatView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_width != contentWidth()) {
        m_width = contentWidth();
        // Heights measured at the old width become estimates again.
    }
    if (m_followBottom)
        scrollToBottom();
    else
        updateScrollBar();
}

void ChatView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    m_lastPainted = 0;
    if (!m_model || m_rows.isEmpty()) {
        const QRect box = viewport()->rect().adjusted(40, 0, -40, 0);
        QTextDocument empty;
        empty.setDefaultFont(font());
        empty.setHtml(tr("<h3 align=\"center\">Ask any model</h3><p align=\"center\">Pick a model above, type a question below and press "
                         "Ctrl+Enter. Keys live in your system keychain (File → Settings); every request "
                         "and what it cost is kept in your local ledger.</p>"));
        empty.setTextWidth(box.width());
        p.save();
        p.translate(box.left(), qMax(0.0, (box.height() - empty.size().height()) / 2));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, pal.color(QPalette::PlaceholderText));
        empty.documentLayout()->draw(&p, ctx);
        p.restore();
        return;
    }
    ensureAnchorValid();
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    int y = -m_anchorOffset;
    const int bottom = viewport()->height();
    for (int i = m_anchorRow; i < m_rows.size() && y < bottom; ++i) {
        layoutRow(i);
        ChatViewRow& r = row(i);
        const StoredMessage& m = m_model->messageAt(i);
        ++m_lastPainted;
        p.save();
        p.translate(0, y);
        const bool user = isUser(m);
        QPainterPath path;
        path.addRoundedRect(QRectF(r.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        p.fillPath(path, pal.color(user ? QPalette::AlternateBase : QPalette::Base));
        QColor border = pal.color(QPalette::Mid);
        if (m.id == m_flashId)
            border = pal.color(QPalette::Highlight);
        p.setPen(QPen(border, m.id == m_flashId ? 2 : 1));
        p.drawPath(path);
        // Header.
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(muted);
        p.drawText(r.headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(r.header, Qt::ElideRight, r.headerRect.width() / 2));
        if (i == m_hoverRow) {
            p.setFont(small);
            for (const auto& b : std::as_const(r.buttons)) {
                const bool hot = m_hoverTarget == b.first;
                QPainterPath pill;
                pill.addRoundedRect(QRectF(b.second), 4, 4);
                p.fillPath(pill, pal.color(hot ? QPalette::Highlight : QPalette::Button));
                p.setPen(pal.color(hot ? QPalette::HighlightedText : QPalette::ButtonText));
                QString label = b.first == QLatin1String("copy") ? tr("Copy")
                    : b.first == QLatin1String("edit")          ? tr("Edit")
                    : b.first == QLatin1String("regenerate")    ? tr("Regenerate")
                    : b.first == QLatin1String("continue")      ? tr("Continue")
                                                                : tr("Delete");
                p.drawText(b.second, Qt::AlignCenter, label);
            }
        }
        // Thinking.
        if (!r.thinkingRect.isNull()) {
            p.setFont(small);
            p.setPen(muted);
            const bool open = !r.reasoningRect.isNull();
            const QString label = (open ? QStringLiteral("▾ ") : QStringLiteral("▸ "))
                + (m.id == m_streamingId && m.content.isEmpty() ? tr("Thinking…") : tr("Thinking"));
            p.drawText(r.thinkingRect, Qt::AlignLeft | Qt::AlignVCenter, label);
            if (open) {
                p.save();
                p.setPen(QPen(muted, 2));
                p.drawLine(r.reasoningRect.left() - 8, r.reasoningRect.top(), r.reasoningRect.left() - 8, r.reasoningRect.bottom());
                p.translate(r.reasoningRect.topLeft());
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.palette.setColor(QPalette::Text, muted);
                ctx.clip = QRectF(0, qMax(0, -y - r.reasoningRect.top()), r.reasoningRect.width(), bottom);
                r.reasoning->documentLayout()->draw(&p, ctx);
                p.restore();
            }
        }
        // Body: only the part on screen is drawn.
        if (r.bodyRect.height() > 0) {
            p.save();
            p.translate(r.bodyRect.topLeft());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette = pal;
            const int visibleTop = qMax(0, -y - r.bodyRect.top());
            ctx.clip = QRectF(0, visibleTop, r.bodyRect.width(), bottom - (y + r.bodyRect.top()) - 0 + 1);
            if (m.content.isEmpty() && m.id == m_streamingId) {
                p.setPen(muted);
                p.drawText(QRect(0, 0, r.bodyRect.width(), r.bodyRect.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("…"));
            } else {
                r.body->document()->documentLayout()->draw(&p, ctx);
            }
            p.restore();
        }
        if (!r.noticeRect.isNull()) {
            p.save();
            p.translate(r.noticeRect.topLeft());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette = pal;
            r.notice->documentLayout()->draw(&p, ctx);
            p.restore();
        }
        // Versions and footer.
        p.setFont(small);
        if (!r.prevRect.isNull()) {
            p.setPen(m_hoverRow == i && m_hoverTarget == QLatin1String("prev") ? pal.color(QPalette::Link) : muted);
            p.drawText(r.prevRect, Qt::AlignCenter, QStringLiteral("‹"));
            p.setPen(muted);
            p.drawText(QRect(r.prevRect.right(), r.prevRect.top(), r.nextRect.left() - r.prevRect.right(), r.prevRect.height()),
                       Qt::AlignCenter, r.versions);
            p.setPen(m_hoverRow == i && m_hoverTarget == QLatin1String("next") ? pal.color(QPalette::Link) : muted);
            p.drawText(r.nextRect, Qt::AlignCenter, QStringLiteral("›"));
        }
        if (!r.footerRect.isNull()) {
            QFont f = small;
            f.setUnderline(m_hoverRow == i && m_hoverTarget == QLatin1String("footer"));
            p.setFont(f);
            p.setPen(muted);
            p.drawText(r.footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(f).elidedText(r.footer, Qt::ElideRight, r.footerRect.width()));
        }
        p.restore();
        y += r.height;
    }
    // Documents of rows far from the screen are dropped; their heights stay.
    if (m_rendered > kKeptDocuments) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (qAbs(i - m_anchorRow) > kKeptDocuments / 2 && m_rows.at(i)->hasDocuments() && m_rows.at(i)->id != m_streamingId) {
                m_rows.at(i)->dropDocuments();
                --m_rendered;
            }
        }
    }
}

int ChatView::rowAt(int y, int* rowTop)
{
    if (!m_model || m_rows.isEmpty())
        return -1;
    ensureAnchorValid();
    int top = -m_anchorOffset;
    for (int i = m_anchorRow; i < m_rows.size(); ++i) {
        layoutRow(i);
        const int h = row(i).height;
        if (y < top + h) {
            if (rowTop)
                *rowTop = top;
            return y >= top ? i : -1;
        }
        top += h;
        if (top > viewport()->height())
            break;
    }
    return -1;
}

QString ChatView::hitTarget(int index, const QPoint& local)
{
    ChatViewRow& r = row(index);
    for (const auto& b : std::as_const(r.buttons)) {
        if (b.second.contains(local))
            return b.first;
    }
    if (r.prevRect.contains(local))
        return QStringLiteral("prev");
    if (r.nextRect.contains(local))
        return QStringLiteral("next");
    if (r.footerRect.contains(local))
        return QStringLiteral("footer");
    if (r.thinkingRect.contains(local))
        return QStringLiteral("thinking");
    auto anchorIn = [&](QTextDocument* doc, const QRect& rect) -> QString {
        if (!doc || !rect.contains(local))
            return {};
        return doc->documentLayout()->anchorAt(QPointF(local - rect.topLeft()));
    };
    QString anchor = anchorIn(r.body ? r.body->document() : nullptr, r.bodyRect);
    if (anchor.isEmpty())
        anchor = anchorIn(r.notice.get(), r.noticeRect);
    if (anchor.startsWith(QLatin1String("copy:")))
        return QStringLiteral("code:") + anchor.mid(5);
    if (!anchor.isEmpty())
        return QStringLiteral("link:") + anchor;
    return {};
}

QRect ChatView::targetRect(int index, const QString& target)
{
    int top = 0;
    if (index < 0 || index >= m_rows.size())
        return {};
    // Bring the row on screen first.
    int probe = -1;
    for (int y = 0; y < viewport()->height(); y += 4) {
        probe = rowAt(y, &top);
        if (probe == index)
            break;
    }
    if (probe != index)
        return {};
    ChatViewRow& r = row(index);
    QRect rect;
    for (const auto& b : std::as_const(r.buttons)) {
        if (b.first == target)
            rect = b.second;
    }
    if (target == QLatin1String("prev"))
        rect = r.prevRect;
    else if (target == QLatin1String("next"))
        rect = r.nextRect;
    else if (target == QLatin1String("footer"))
        rect = r.footerRect;
    else if (target == QLatin1String("thinking"))
        rect = r.thinkingRect;
    else if (target.startsWith(QLatin1String("code:")) && r.body) {
        // Find the Copy link of that block by walking the body's lines.
        for (int yy = 0; yy < r.bodyRect.height() && rect.isNull(); yy += 3) {
            for (int xx = 0; xx < r.bodyRect.width(); xx += 6) {
                if (r.body->document()->documentLayout()->anchorAt(QPointF(xx, yy)) == QStringLiteral("copy:") + target.mid(5)) {
                    rect = QRect(r.bodyRect.left() + xx, r.bodyRect.top() + yy, 4, 3);
                    break;
                }
            }
        }
    }
    return rect.isNull() ? QRect() : rect.translated(0, top);
}

void ChatView::mouseMoveEvent(QMouseEvent* event)
{
    int top = 0;
    const int index = rowAt(event->position().toPoint().y(), &top);
    const QString target = index >= 0 ? hitTarget(index, event->position().toPoint() - QPoint(0, top)) : QString();
    if (index != m_hoverRow || target != m_hoverTarget) {
        m_hoverRow = index;
        m_hoverTarget = target;
        viewport()->setCursor(target.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        if (target.startsWith(QLatin1String("link:")))
            QToolTip::showText(event->globalPosition().toPoint(), target.mid(5).toHtmlEscaped(), viewport());
        else if (target == QLatin1String("footer"))
            QToolTip::showText(event->globalPosition().toPoint(),
                               row(index).footer.toHtmlEscaped() + QStringLiteral("<br>")
                                   + tr("Click to show this request in the usage log.").toHtmlEscaped(),
                               viewport());
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ChatView::leaveEvent(QEvent* event)
{
    m_hoverRow = -1;
    m_hoverTarget.clear();
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

void ChatView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    int top = 0;
    const int index = rowAt(event->position().toPoint().y(), &top);
    if (index < 0)
        return;
    const QString target = hitTarget(index, event->position().toPoint() - QPoint(0, top));
    if (!target.isEmpty())
        activate(index, target);
}

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
        const bool open = !row(index).reasoningRect.isNull();
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

qint64 ChatView::lastMessageId(const QString& role) const
{
    if (!m_model)
        return 0;
    for (int i = m_model->rowCount() - 1; i >= 0; --i) {
        if (m_model->messageAt(i).role == role)
            return m_model->messageAt(i).id;
    }
    return 0;
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

void ChatView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_PageDown:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            while (m_model && m_model->canFetchMore({}))
                m_model->fetchMore({});
            m_followBottom = false;
            m_anchorRow = 0;
            m_anchorOffset = 0;
            updateScrollBar();
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            scrollToBottom();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        clearRenderCache();
}

bool ChatView::viewportEvent(QEvent* event)
{
    return QAbstractScrollArea::viewportEvent(event);
}

void ChatView::clearRenderCache()
{
    for (auto& r : m_rows) {
        r->dropDocuments();
        r->width = 0;
    }
    m_rendered = 0;
    if (m_followBottom)
        scrollToBottom();
    else
        updateScrollBar();
    viewport()->update();
}

bool ChatView::scrollToMessage(qint64 messageId)
{
    if (!m_model)
        return false;
    int index = m_model->rowOfId(messageId);
    while (index < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        index = m_model->rowOfId(messageId);
    }
    if (index < 0)
        return false;
    m_followBottom = false;
    m_anchorRow = index;
    m_anchorOffset = 0;
    m_flashId = messageId;
    m_flashTimer->start();
    updateScrollBar();
    viewport()->update();
    return true;
}

int ChatView::messageCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

QString ChatView::messageText(int index) const
{
    if (!m_model || index < 0 || index >= m_model->rowCount())
        return {};
    return m_model->messageAt(index).content;
}

QString ChatView::noticeText(int index) const
{
    if (!m_model || index < 0 || index >= m_model->rowCount())
        return {};
    const StoredMessage& m = m_model->messageAt(index);
    if (m.notice.isEmpty())
        return {};
    QString text = m.notice.toHtmlEscaped();
    if (m_settingsNoticeId == m.id)
        text += QStringLiteral(" <a href=\"switchyard:settings\">%1</a>").arg(tr("Open Settings").toHtmlEscaped());
    return text;
}

QString ChatView::footerText(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const_cast<ChatView*>(this)->layoutRow(index);
    return m_rows.at(index)->footer;
}
