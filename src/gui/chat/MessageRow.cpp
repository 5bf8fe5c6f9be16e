#include "MessageRow.h"

#include "MarkdownDocument.h"
#include "gui/Theme.h"

#include "money/Money.h"
#include "storage/ConversationStore.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace {
// "1.2 MB · PDF": the second line of a file's chip.
QString fileDetail(const Attachment& file)
{
    return QLocale().formattedDataSize(file.size, 1, QLocale::DataSizeTraditionalFormat) + QStringLiteral(" · ")
        + file.mime;
}

constexpr int kMargin = 8;   // between the view's edge and a bubble
constexpr int kPadding = 10; // inside a bubble
constexpr int kSpacing = 10; // between bubbles

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

QFont smallFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    return small;
}

std::unique_ptr<QTextDocument> plainDocument(const QFont& font)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    return doc;
}

// Draws a document at `at`, only the part between top and bottom (row coordinates).
void drawDocument(QPainter* p, QTextDocument* doc, const QRect& at, const QPalette& palette, int top, int bottom)
{
    p->save();
    p->translate(at.topLeft());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = palette;
    ctx.clip = QRectF(0, qMax(0, top - at.top()), at.width(), bottom - qMax(top, at.top()) + 1);
    doc->documentLayout()->draw(p, ctx);
    p->restore();
}
} // namespace

MessageRow::MessageRow() = default;
MessageRow::~MessageRow() = default;

void MessageRow::dropDocuments()
{
    m_body.reset();
    m_reasoning.reset();
    m_reasoningText.clear();
    m_notice.reset();
}

QString MessageRow::buttonLabel(const QString& name)
{
    if (name == QLatin1String("copy"))
        return tr("Copy");
    if (name == QLatin1String("edit"))
        return tr("Edit");
    if (name == QLatin1String("regenerate"))
        return tr("Regenerate");
    if (name == QLatin1String("continue"))
        return tr("Continue");
    return tr("Delete");
}

bool MessageRow::needsThumbnails(const StoredMessage& m) const
{
    return m_thumbs.size() != m.attachments.size();
}

int MessageRow::estimateHeight(const StoredMessage& m, const QFont& font, int width)
{
    const QFontMetrics fm(font);
    const int inner = qMax(100, width - 2 * kMargin - 2 * kPadding);
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
    const int files = m.attachments.isEmpty() ? 0 : MessageRow::kThumbHeight + 8;
    return 2 * kPadding + header + files + lines * fm.lineSpacing() + fences * 14 + footer + kSpacing;
}

QString MessageRow::footerText(const StoredMessage& m)
{
    if (isUser(m) || !m.request)
        return {};
    const MessageRequest& q = *m.request;
    const QLocale locale;
    QStringList parts;
    // Another model than the one asked for: a fallback of the request's list, or one the
    // provider chose (openrouter/auto). A dated version of the same model is the same.
    const auto same = [](const QString& served, const QString& asked) {
        const QString base = asked.section(u':', 0, 0); // a variant (:free) may be served without its suffix
        return served == asked || served == base
            || (served.startsWith(base + u'-') && served.size() > base.size() + 1 && served.at(base.size() + 1).isDigit());
    };
    if (!q.modelServed.isEmpty() && !q.modelRequested.isEmpty() && !same(q.modelServed, q.modelRequested)) {
        const bool fallback = std::any_of(q.fallbackModels.cbegin(), q.fallbackModels.cend(),
                                          [&](const QString& f) { return same(q.modelServed, f); });
        parts << (fallback ? tr("answered by %1 (fallback)") : tr("answered by %1")).arg(q.modelServed);
    }
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
    return parts.join(QStringLiteral(" · "));
}

void MessageRow::render(const StoredMessage& m, const State& state, const QFont& font, const QPalette& palette)
{
    if (!m_body) {
        m_body = std::make_unique<MarkdownDocument>(MarkdownDocument::Style::forPalette(font, palette));
    }
    if (isUser(m))
        m_body->document()->setPlainText(m.content); // a question is shown as typed
    else
        m_body->setMarkdown(m.content, state.streaming);

    if (m.reasoning.isEmpty()) {
        m_reasoning.reset();
        m_reasoningText.clear();
    } else if (m_reasoningText != m.reasoning) {
        if (!m_reasoning) {
            QFont small = font;
            small.setPointSizeF(small.pointSizeF() * 0.92);
            m_reasoning = plainDocument(small);
        }
        if (!m_reasoningText.isEmpty() && m.reasoning.startsWith(m_reasoningText)) {
            // Streamed reasoning only grows: append the new part.
            QTextCursor end(m_reasoning.get());
            end.movePosition(QTextCursor::End);
            end.insertText(m.reasoning.mid(m_reasoningText.size()));
        } else {
            m_reasoning->setPlainText(m.reasoning);
        }
        m_reasoningText = m.reasoning;
    }

    if (m.notice.isEmpty()) {
        m_notice.reset();
    } else {
        if (!m_notice)
            m_notice = plainDocument(font);
        QString html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(Theme::warning(palette).name(), m.notice.toHtmlEscaped());
        if (state.offerSettings)
            html += QStringLiteral(" <a href=\"switchyard:settings\">%1</a>").arg(tr("Open Settings").toHtmlEscaped());
        m_notice->setHtml(html);
    }

    m_header = isUser(m) ? tr("You")
        : m.request && !m.request->modelServed.isEmpty() ? m.request->modelServed
        : m.model.isEmpty()                               ? tr("Assistant")
                                                          : m.model;
    m_footer = state.streaming ? QString() : footerText(m);
    m_versions = m.versionCount > 1 ? QStringLiteral("%1/%2").arg(m.versionIndex).arg(m.versionCount) : QString();
}

void MessageRow::layout(const StoredMessage& m, quint32 contentRevision, const State& state, int atWidth, const QFont& font,
                        const QPalette& palette)
{
    if (contentRevision != revision || !hasDocuments())
        render(m, state, font, palette);
    revision = contentRevision;

    const QFontMetrics fm(font);
    const QFontMetrics sfm(smallFont(font));
    const int bubbleWidth = atWidth - 2 * kMargin;
    const int left = kMargin + kPadding;
    const int inner = bubbleWidth - 2 * kPadding;
    int y = kPadding;
    m_headerRect = QRect(left, y, inner, fm.height());
    // The hover toolbar, right-aligned on the header line.
    QStringList names { QStringLiteral("copy") };
    if (isUser(m)) {
        names << QStringLiteral("edit");
    } else {
        names << QStringLiteral("regenerate");
        if (m.state == QLatin1String("interrupted") && !state.streaming)
            names << QStringLiteral("continue");
    }
    names << QStringLiteral("delete");
    m_buttons.clear();
    int x = m_headerRect.right();
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        const int w = sfm.horizontalAdvance(buttonLabel(names.at(i))) + 12;
        m_buttons.prepend({ names.at(i), QRect(x - w + 1, y - 2, w, fm.height() + 4) });
        x -= w + 4;
    }
    y += fm.height() + 6;

    // Attached files under the header: an image's thumbnail, a chip for any other file,
    // wrapped to the bubble's width.
    m_fileRects.clear();
    if (!m.attachments.isEmpty()) {
        int x = left;
        int lineHeight = 0;
        for (qsizetype i = 0; i < m.attachments.size(); ++i) {
            const QImage thumb = m_thumbs.value(i);
            const Attachment& file = m.attachments.at(i);
            const QSize size = !thumb.isNull()
                ? thumb.size() / thumb.devicePixelRatio()
                : QSize(qMin(inner, 40 + qMax(sfm.horizontalAdvance(file.filename), sfm.horizontalAdvance(fileDetail(file)))),
                        2 * sfm.height() + 10);
            if (x > left && x + size.width() > left + inner) {
                x = left;
                y += lineHeight + 6;
                lineHeight = 0;
            }
            m_fileRects.append(QRect(QPoint(x, y), size));
            x += size.width() + 6;
            lineHeight = qMax(lineHeight, size.height());
        }
        y += lineHeight + 8;
    }

    m_thinkingRect = QRect();
    m_reasoningRect = QRect();
    if (m_reasoning) {
        m_thinkingRect = QRect(left, y, inner, sfm.height() + 4);
        y += m_thinkingRect.height() + 2;
        if (state.reasoningOpen) {
            setWidth(m_reasoning.get(), inner - 14);
            const int h = qCeil(m_reasoning->size().height());
            m_reasoningRect = QRect(left + 14, y, inner - 14, h);
            y += h + 8;
        }
    }
    setWidth(m_body->document(), inner);
    const int bodyHeight = m.content.isEmpty() && !isUser(m) ? (state.streaming ? fm.height() : 0)
                                                             : qCeil(m_body->document()->size().height());
    m_bodyRect = QRect(left, y, inner, bodyHeight);
    y += bodyHeight;
    m_noticeRect = QRect();
    if (m_notice) {
        y += 6;
        setWidth(m_notice.get(), inner);
        const int h = qCeil(m_notice->size().height());
        m_noticeRect = QRect(left, y, inner, h);
        y += h;
    }
    m_footerRect = QRect();
    m_prevRect = QRect();
    m_nextRect = QRect();
    if (!m_footer.isEmpty() || !m_versions.isEmpty()) {
        y += 6;
        int fx = left;
        if (!m_versions.isEmpty()) {
            const int arrow = sfm.horizontalAdvance(QStringLiteral("‹")) + 10;
            m_prevRect = QRect(fx, y, arrow, sfm.height() + 2);
            fx += arrow + sfm.horizontalAdvance(m_versions) + 4;
            m_nextRect = QRect(fx, y, arrow, sfm.height() + 2);
            fx += arrow + 8;
        }
        if (!m_footer.isEmpty())
            m_footerRect = QRect(fx, y, left + inner - fx, sfm.height() + 2);
        y += sfm.height() + 2;
    }
    y += kPadding;
    m_bubble = QRect(kMargin, 0, bubbleWidth, y);
    height = y + kSpacing;
    width = atWidth;
}

void MessageRow::paint(QPainter* p, const StoredMessage& m, const State& state, const Look& look, const QFont& font,
                       const QPalette& palette) const
{
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const QFont small = smallFont(font);
    QPainterPath path;
    path.addRoundedRect(QRectF(m_bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p->fillPath(path, palette.color(isUser(m) ? QPalette::AlternateBase : QPalette::Base));
    p->setPen(QPen(palette.color(look.flash ? QPalette::Highlight : QPalette::Mid), look.flash ? 2 : 1));
    p->drawPath(path);

    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(muted);
    p->drawText(m_headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(m_header, Qt::ElideRight, m_headerRect.width() / 2));
    if (look.hovered) {
        p->setFont(small);
        for (const auto& [name, rect] : m_buttons) {
            const bool hot = look.hotTarget == name;
            QPainterPath pill;
            pill.addRoundedRect(QRectF(rect), 4, 4);
            p->fillPath(pill, palette.color(hot ? QPalette::Highlight : QPalette::Button));
            p->setPen(palette.color(hot ? QPalette::HighlightedText : QPalette::ButtonText));
            p->drawText(rect, Qt::AlignCenter, buttonLabel(name));
        }
    }

    for (qsizetype i = 0; i < m_fileRects.size() && i < m.attachments.size(); ++i) {
        const QRect& rect = m_fileRects.at(i);
        const bool hot = look.hotTarget == QStringLiteral("file:%1").arg(i);
        const QImage thumb = m_thumbs.value(i);
        QPainterPath frame;
        frame.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (!thumb.isNull()) {
            p->save();
            p->setClipPath(frame);
            p->drawImage(rect, thumb);
            p->restore();
        } else {
            const Attachment& file = m.attachments.at(i);
            p->fillPath(frame, palette.color(QPalette::Button));
            QFont bold = small;
            bold.setBold(true);
            p->setFont(bold);
            p->setPen(palette.color(QPalette::ButtonText));
            const QRect kind(rect.left() + 4, rect.top(), 30, rect.height());
            p->drawText(kind, Qt::AlignCenter, file.kind == Attachment::Kind::Pdf ? tr("PDF") : tr("TXT"));
            p->setFont(small);
            const QRect text = rect.adjusted(36, 4, -4, -4);
            const QFontMetrics sfm(small);
            p->drawText(QRect(text.left(), text.top(), text.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        sfm.elidedText(file.filename, Qt::ElideMiddle, text.width()));
            p->setPen(muted);
            p->drawText(QRect(text.left(), text.top() + sfm.height() + 2, text.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fileDetail(file));
        }
        p->setPen(QPen(palette.color(hot ? QPalette::Highlight : QPalette::Mid), hot ? 2 : 1));
        p->drawPath(frame);
    }

    if (!m_thinkingRect.isNull()) {
        p->setFont(small);
        p->setPen(muted);
        const bool open = !m_reasoningRect.isNull();
        p->drawText(m_thinkingRect, Qt::AlignLeft | Qt::AlignVCenter,
                    (open ? QStringLiteral("▾ ") : QStringLiteral("▸ "))
                        + (state.streaming && m.content.isEmpty() ? tr("Thinking…") : tr("Thinking")));
        if (open) {
            p->setPen(QPen(muted, 2));
            p->drawLine(m_reasoningRect.left() - 8, m_reasoningRect.top(), m_reasoningRect.left() - 8, m_reasoningRect.bottom());
            QPalette thinking = palette;
            thinking.setColor(QPalette::Text, muted);
            drawDocument(p, m_reasoning.get(), m_reasoningRect, thinking, look.visibleTop, look.visibleBottom);
        }
    }

    if (m_bodyRect.height() > 0) {
        if (m.content.isEmpty() && state.streaming) {
            p->setPen(muted);
            p->setFont(font);
            p->drawText(m_bodyRect, Qt::AlignLeft | Qt::AlignVCenter, tr("…"));
        } else {
            drawDocument(p, m_body->document(), m_bodyRect, palette, look.visibleTop, look.visibleBottom); // only what shows
        }
    }
    if (!m_noticeRect.isNull())
        drawDocument(p, m_notice.get(), m_noticeRect, palette, look.visibleTop, look.visibleBottom);

    p->setFont(small);
    if (!m_prevRect.isNull()) {
        p->setPen(look.hotTarget == QLatin1String("prev") ? palette.color(QPalette::Link) : muted);
        p->drawText(m_prevRect, Qt::AlignCenter, QStringLiteral("‹"));
        p->setPen(muted);
        p->drawText(QRect(m_prevRect.right(), m_prevRect.top(), m_nextRect.left() - m_prevRect.right(), m_prevRect.height()),
                    Qt::AlignCenter, m_versions);
        p->setPen(look.hotTarget == QLatin1String("next") ? palette.color(QPalette::Link) : muted);
        p->drawText(m_nextRect, Qt::AlignCenter, QStringLiteral("›"));
    }
    if (!m_footerRect.isNull()) {
        QFont f = small;
        f.setUnderline(look.hotTarget == QLatin1String("footer"));
        p->setFont(f);
        p->setPen(muted);
        p->drawText(m_footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(f).elidedText(m_footer, Qt::ElideRight, m_footerRect.width()));
    }
}

QString MessageRow::hitTarget(const QPoint& local) const
{
    for (const auto& [name, rect] : m_buttons) {
        if (rect.contains(local))
            return name;
    }
    for (qsizetype i = 0; i < m_fileRects.size(); ++i) {
        if (m_fileRects.at(i).contains(local))
            return QStringLiteral("file:%1").arg(i);
    }
    if (m_prevRect.contains(local))
        return QStringLiteral("prev");
    if (m_nextRect.contains(local))
        return QStringLiteral("next");
    if (m_footerRect.contains(local))
        return QStringLiteral("footer");
    if (m_thinkingRect.contains(local))
        return QStringLiteral("thinking");
    auto anchorIn = [&](QTextDocument* doc, const QRect& rect) -> QString {
        if (!doc || !rect.contains(local))
            return {};
        return doc->documentLayout()->anchorAt(QPointF(local - rect.topLeft()));
    };
    QString anchor = anchorIn(m_body ? m_body->document() : nullptr, m_bodyRect);
    if (anchor.isEmpty())
        anchor = anchorIn(m_notice.get(), m_noticeRect);
    if (anchor.startsWith(QLatin1String("copy:")))
        return QStringLiteral("code:") + anchor.mid(5);
    if (!anchor.isEmpty())
        return QStringLiteral("link:") + anchor;
    return {};
}

QRect MessageRow::targetRect(const QString& target) const
{
    for (const auto& [name, rect] : m_buttons) {
        if (name == target)
            return rect;
    }
    if (target.startsWith(QLatin1String("file:")))
        return m_fileRects.value(target.mid(5).toInt());
    if (target == QLatin1String("prev"))
        return m_prevRect;
    if (target == QLatin1String("next"))
        return m_nextRect;
    if (target == QLatin1String("footer"))
        return m_footerRect;
    if (target == QLatin1String("thinking"))
        return m_thinkingRect;
    if (target.startsWith(QLatin1String("code:")) && m_body) {
        // The Copy link of that block: the first point of the body whose anchor it is.
        const QString href = QStringLiteral("copy:") + target.mid(5);
        for (int y = 0; y < m_bodyRect.height(); y += 3) {
            for (int x = 0; x < m_bodyRect.width(); x += 6) {
                if (m_body->document()->documentLayout()->anchorAt(QPointF(x, y)) == href)
                    return QRect(m_bodyRect.left() + x, m_bodyRect.top() + y, 4, 3);
            }
        }
    }
    return {};
}
