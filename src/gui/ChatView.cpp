#include "ChatView.h"

#include "chat/MessageListModel.h"
#include "chat/MessageRow.h"

#include "storage/ConversationStore.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

namespace {
constexpr int kStreamRenderMs = 100; // a streaming answer is laid out at most ten times a second
constexpr int kKeptDocuments = 120;  // rows holding rendered documents beyond those on screen
} // namespace

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
    m_streamTimer->setObjectName(QStringLiteral("chatViewStreamTimer")); // named for bench traces
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
        auto r = std::make_shared<MessageRow>();
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
        auto r = std::make_shared<MessageRow>();
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

MessageRow& ChatView::row(int index)
{
    return *m_rows.at(index);
}

int ChatView::contentWidth() const
{
    return qMax(200, viewport()->width());
}

int ChatView::rowHeight(int index)
{
    MessageRow& r = row(index);
    if (r.width == contentWidth())
        return r.height;
    if (r.height == 0 || r.width != 0) // never measured, or measured at another width
        r.height = MessageRow::estimateHeight(m_model->messageAt(index), font(), contentWidth());
    return r.height;
}

MessageRow::State ChatView::stateOf(const StoredMessage& m) const
{
    MessageRow::State state;
    state.streaming = m.id == m_streamingId;
    state.reasoningOpen = m_reasoningOpen.contains(m.id)
        || (state.streaming && m.content.isEmpty() && !m_reasoningClosed.contains(m.id));
    state.offerSettings = m.id == m_settingsNoticeId;
    return state;
}

void ChatView::layoutRow(int index)
{
    MessageRow& r = row(index);
    const StoredMessage& m = m_model->messageAt(index);
    const quint32 revision = m_model->data(m_model->index(index), MessageListModel::RevisionRole).toUInt();
    if (r.width == contentWidth() && r.revision == revision && r.hasDocuments())
        return;
    if (!r.hasDocuments())
        ++m_rendered;
    if (r.needsThumbnails(m)) {
        QList<QImage> thumbnails;
        const qreal dpr = devicePixelRatioF();
        const QSize box(qRound(MessageRow::kThumbWidth * dpr), qRound(MessageRow::kThumbHeight * dpr));
        for (const Attachment& file : m.attachments) {
            QImage thumb = file.kind == Attachment::Kind::Image ? m_model->thumbnail(file.hash, box) : QImage();
            thumb.setDevicePixelRatio(dpr);
            thumbnails.append(thumb);
        }
        r.setThumbnails(thumbnails);
    }
    r.layout(m, revision, stateOf(m), contentWidth(), font(), palette());
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
    QAbstractScrollArea::resizeEvent(event); // rows measured at another width are estimates again
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
    int y = -m_anchorOffset;
    const int bottom = viewport()->height();
    for (int i = m_anchorRow; i < m_rows.size() && y < bottom; ++i) {
        layoutRow(i);
        const StoredMessage& m = m_model->messageAt(i);
        MessageRow::Look look;
        look.hovered = i == m_hoverRow;
        look.hotTarget = look.hovered ? m_hoverTarget : QString();
        look.flash = m.id == m_flashId;
        look.visibleTop = -y;
        look.visibleBottom = bottom - y;
        ++m_lastPainted;
        p.save();
        p.translate(0, y);
        row(i).paint(&p, m, stateOf(m), look, font(), pal);
        p.restore();
        y += row(i).height;
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
    for (int i = m_anchorRow; i < m_rows.size() && top <= viewport()->height(); ++i) {
        layoutRow(i);
        const int h = row(i).height;
        if (y < top + h) {
            if (rowTop)
                *rowTop = top;
            return y >= top ? i : -1;
        }
        top += h;
    }
    return -1;
}

int ChatView::rowTop(int index)
{
    if (!m_model || index < m_anchorRow || index >= m_rows.size())
        return INT_MIN;
    ensureAnchorValid();
    int top = -m_anchorOffset;
    for (int i = m_anchorRow; i < index && top <= viewport()->height(); ++i) {
        layoutRow(i);
        top += row(i).height;
    }
    if (top > viewport()->height())
        return INT_MIN;
    layoutRow(index);
    return top;
}

QRect ChatView::targetRect(int index, const QString& target)
{
    const int top = rowTop(index);
    if (top == INT_MIN)
        return {};
    const QRect rect = row(index).targetRect(target);
    return rect.isNull() ? QRect() : rect.translated(0, top);
}

void ChatView::mouseMoveEvent(QMouseEvent* event)
{
    int top = 0;
    const int index = rowAt(event->position().toPoint().y(), &top);
    const QString target = index >= 0 ? row(index).hitTarget(event->position().toPoint() - QPoint(0, top)) : QString();
    if (index != m_hoverRow || target != m_hoverTarget) {
        m_hoverRow = index;
        m_hoverTarget = target;
        viewport()->setCursor(target.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        if (target.startsWith(QLatin1String("link:")))
            QToolTip::showText(event->globalPosition().toPoint(), target.mid(5).toHtmlEscaped(), viewport());
        else if (target == QLatin1String("footer"))
            QToolTip::showText(event->globalPosition().toPoint(),
                               row(index).footer().toHtmlEscaped() + QStringLiteral("<br>")
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
    const QString target = row(index).hitTarget(event->position().toPoint() - QPoint(0, top));
    if (!target.isEmpty())
        activate(index, target);
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
    return m_rows.at(index)->footer();
}
