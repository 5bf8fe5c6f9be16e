#include "MarkdownDocument.h"

#include "CodeHighlighter.h"
#include "gui/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

MarkdownDocument::Style MarkdownDocument::Style::forPalette(const QFont& font, const QPalette& palette)
{
    const bool dark = Theme::isDark(palette);
    Style style;
    style.font = font;
    style.text = palette.color(QPalette::Text);
    style.link = palette.color(QPalette::Link);
    style.muted = palette.color(QPalette::PlaceholderText);
    style.dark = dark;
    style.codeBackground = dark ? QColor(0x16, 0x1b, 0x22) : QColor(0xf6, 0xf8, 0xfa);
    style.codeBorder = dark ? QColor(0x30, 0x36, 0x3d) : QColor(0xd0, 0xd7, 0xde);
    return style;
}

namespace {
constexpr qsizetype kKeepStreamedAbove = 16 * 1024; // characters
constexpr qsizetype kLongestHeldChunk = 4096;        // characters

// A fence opens with three or more backticks or tildes, indented at most three spaces.
bool fenceLine(const QString& line, QChar* marker, int* length, QString* info)
{
    int i = 0;
    while (i < line.size() && i < 4 && line.at(i) == u' ')
        ++i;
    if (i > 3 || i >= line.size() || (line.at(i) != u'`' && line.at(i) != u'~'))
        return false;
    const QChar c = line.at(i);
    int n = 0;
    while (i + n < line.size() && line.at(i + n) == c)
        ++n;
    if (n < 3)
        return false;
    const QString rest = line.mid(i + n).trimmed();
    if (c == u'`' && rest.contains(u'`'))
        return false;
    *marker = c;
    *length = n;
    *info = rest.section(u' ', 0, 0);
    return true;
}
// "- ", "* ", "+ ", "1. ", "1) " after at most three spaces.
bool listItemLine(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    line = line.mid(i);
    if (line.size() >= 2 && (line.at(0) == u'-' || line.at(0) == u'*' || line.at(0) == u'+') && line.at(1).isSpace())
        return true;
    qsizetype d = 0;
    while (d < line.size() && d < 9 && line.at(d).isDigit())
        ++d;
    return d > 0 && d + 1 < line.size() && (line.at(d) == u'.' || line.at(d) == u')') && line.at(d + 1).isSpace();
}

bool indented(QStringView line)
{
    return !line.isEmpty() && (line.at(0) == u' ' || line.at(0) == u'\t') && !line.trimmed().isEmpty();
}

// "[label]: destination": a link reference definition, which links text anywhere in the
// document, so a text that has one is never rendered in pieces.
bool hasReferenceDefinition(const QString& markdown)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]\\n]+\\]:\\s*\\S"),
                                               QRegularExpression::MultilineOption);
    return markdown.contains(definition);
}
// Whether the text may be cut at the blank line that ends at `at`: only when the next line
// with text has arrived and starts a block of its own. An indented line continues a list
// item or an indented code block, and a list item after a list continues that (loose)
// list, whose numbering and spacing the whole list decides; there, and before the next
// line is known, the chunk goes on.
bool safeToSplit(const QString& markdown, qsizetype at, bool inList)
{
    while (at < markdown.size()) {
        const qsizetype eol = markdown.indexOf(u'\n', at);
        const QStringView line = QStringView(markdown).mid(at, eol < 0 ? -1 : eol - at);
        if (!line.trimmed().isEmpty()) {
            // A line still arriving decides once it cannot become a list item any more.
            static const QRegularExpression markerSoFar(QStringLiteral("^ {0,3}([-*+]|[0-9]{1,9}[.)]?)$"));
            if (eol < 0 && inList && markerSoFar.match(line.toString()).hasMatch())
                return false;
            return !indented(line) && !(inList && listItemLine(line));
        }
        if (eol < 0)
            return false;
        at = eol + 1;
    }
    return false;
}
} // namespace

QList<MarkdownDocument::Chunk> MarkdownDocument::chunks(const QString& markdown, bool splitParagraphs)
{
    QList<Chunk> out;
    Chunk current;
    QChar fence;
    int fenceLength = 0;
    bool inCode = false;
    bool inList = false; // the chunk so far has a list item or an indented line
    qsizetype pos = 0;
    auto flush = [&](qsizetype end) {
        current.sourceEnd = end;
        if (current.code || !current.text.trimmed().isEmpty())
            out.append(current);
        else if (!out.isEmpty())
            out.last().sourceEnd = end;
        current = Chunk();
    };
    while (pos < markdown.size()) {
        qsizetype eol = markdown.indexOf(u'\n', pos);
        const bool lastLine = eol < 0;
        if (lastLine)
            eol = markdown.size();
        const QString line = markdown.mid(pos, eol - pos);
        const qsizetype next = lastLine ? eol : eol + 1;
        QChar marker;
        int length = 0;
        QString info;
        if (inCode) {
            const bool closes = fenceLine(line, &marker, &length, &info) && marker == fence && length >= fenceLength
                && info.isEmpty();
            if (closes) {
                inCode = false;
                if (current.text.endsWith(u'\n'))
                    current.text.chop(1); // the line break before the closing fence
                flush(next);
            } else {
                current.text += line;
                if (!lastLine)
                    current.text += u'\n';
            }
        } else if (fenceLine(line, &marker, &length, &info)) {
            flush(pos);
            inCode = true;
            fence = marker;
            fenceLength = length;
            current.code = true;
            current.language = info;
        } else {
            current.text += line;
            if (!lastLine)
                current.text += u'\n';
            const bool blank = line.trimmed().isEmpty();
            if (!blank && (listItemLine(line) || indented(line)))
                inList = true;
            // A list that goes on and on is cut anyway: the streaming tail must stay short.
            if (splitParagraphs && blank && !lastLine
                && (safeToSplit(markdown, next, inList) || current.text.size() > kLongestHeldChunk)) {
                flush(next);
                inList = false;
            }
        }
        pos = next;
    }
    if (inCode) {
        current.closed = false;
        if (current.text.endsWith(u'\n'))
            current.text.chop(1);
    }
    flush(markdown.size());
    return out;
}

MarkdownDocument::MarkdownDocument(const Style& style)
    : m_style(style)
    , m_doc(std::make_unique<QTextDocument>())
{
    m_doc->setDefaultFont(style.font);
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    m_doc->setDefaultStyleSheet(QStringLiteral("a { color: %1; }").arg(style.link.name()));
}

MarkdownDocument::~MarkdownDocument() = default;

void MarkdownDocument::setMarkdown(const QString& markdown, bool streaming)
{
    if (markdown == m_source && streaming == m_streaming)
        return;
    if (!streaming) {
        if (m_streaming && markdown.startsWith(QStringView(m_source).left(m_committedSource))
            && (markdown.size() > kKeepStreamedAbove || !hasReferenceDefinition(markdown))) {
            // A stream ended: render its last tail and keep the rest rather than lay the whole
            // answer out again in one frame. The pieces were cut only where a block ends
            // (safeToSplit), so they render as the whole would; only a reference link, which
            // reaches across the text, needs the whole, and gets it unless the text is long.
            update(markdown);
            m_streaming = false;
            return;
        }
        m_streaming = false;
        m_source = markdown;
        rebuild();
        return;
    }
    if (!m_streaming || !markdown.startsWith(QStringView(m_source).left(m_committedSource))) {
        // Not a continuation of what is shown: start again.
        m_streaming = true;
        m_source.clear();
        rebuild();
    }
    update(markdown);
}

void MarkdownDocument::update(const QString& markdown)
{
    m_source = markdown;
    // Drop the tail, render what is new; chunks before the last are final.
    QTextCursor cursor(m_doc.get());
    cursor.setPosition(m_committedPosition);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_code = m_code.mid(0, m_committedCode);
    const QList<Chunk> parts = chunks(markdown.mid(m_committedSource), true);
    qsizetype consumed = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        appendChunk(parts.at(i));
        if (i + 1 < parts.size()) {
            consumed = parts.at(i).sourceEnd;
            m_committedPosition = m_doc->characterCount() - 1;
            m_committedCode = int(m_code.size());
        }
    }
    m_committedSource += consumed;
}

void MarkdownDocument::rebuild()
{
    m_doc->clear();
    m_code.clear();
    m_committedSource = 0;
    m_committedPosition = 0;
    m_committedCode = 0;
    const QList<Chunk> parts = chunks(m_source, false);
    for (const Chunk& c : parts)
        appendChunk(c);
}

void MarkdownDocument::appendChunk(const Chunk& chunk)
{
    // A code block still arriving is shown plain: colouring it again ten times a second
    // would cost more than a frame for a long block. It is coloured once, when it closes.
    if (chunk.code)
        appendCode(chunk.text, chunk.language, chunk.closed || !m_streaming);
    else
        appendMarkdown(chunk.text);
}

void MarkdownDocument::appendMarkdown(const QString& markdown)
{
    QTextDocument part;
    part.setDefaultFont(m_style.font);
    part.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Inline code on a tint; tables with ruled cells and a bold header row.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBlock block = part.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (format.fontFixedPitch() || format.fontFamilies().toStringList().contains(fixed.family())) {
                QTextCursor c(&part);
                c.setPosition(fragment.position());
                c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                QTextCharFormat tint;
                tint.setBackground(m_style.codeBackground);
                tint.setFontFamilies({ fixed.family() });
                c.mergeCharFormat(tint);
            }
        }
    }
    const QList<QTextFrame*> frames = part.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderBrush(m_style.codeBorder);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setCellSpacing(0);
            format.setCellPadding(4);
            format.setBorderCollapse(true);
            format.setHeaderRowCount(1);
            table->setFormat(format);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            for (int col = 0; col < table->columns(); ++col) {
                QTextTableCell cell = table->cellAt(0, col);
                QTextCursor c = cell.firstCursorPosition();
                c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                c.mergeCharFormat(bold);
            }
        }
    }
    QTextCursor cursor(m_doc->rootFrame()->lastCursorPosition());
    const bool separate = !m_doc->isEmpty();
    if (separate)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&part));
    // A part that starts with a list or a table keeps the new block empty in front of it,
    // an empty line the whole text rendered at once does not have: merge it away.
    const QTextBlock opened = m_doc->findBlock(start);
    if (separate && opened.length() == 1 && !opened.textList() && opened.next().isValid()) {
        QTextCursor merge(m_doc.get());
        merge.setPosition(start);
        merge.deletePreviousChar();
    }
}

void MarkdownDocument::appendCode(const QString& code, const QString& language, bool highlight)
{
    const int index = int(m_code.size());
    m_code.append(code);
    QTextCursor cursor(m_doc->rootFrame()->lastCursorPosition());
    if (!m_doc->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextFrameFormat frame;
    frame.setBorder(1);
    frame.setBorderBrush(m_style.codeBorder);
    frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frame.setBackground(m_style.codeBackground);
    frame.setPadding(8);
    frame.setTopMargin(4);
    frame.setBottomMargin(4);
    frame.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertFrame(frame);

    QFont small = m_style.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QTextCharFormat label;
    label.setFont(small);
    label.setForeground(m_style.muted);
    cursor.insertText(CodeHighlighter::displayName(language), label);
    cursor.insertText(QStringLiteral("    "), label);
    QTextCharFormat link = label;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("copy:%1").arg(index));
    link.setForeground(m_style.link);
    cursor.insertText(QObject::tr("Copy"), link);

    QTextBlockFormat codeBlock;
    codeBlock.setTopMargin(4);
    codeBlock.setNonBreakableLines(false);
    QTextCharFormat plain;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    plain.setFontFamilies({ fixed.family() });
    plain.setFontFixedPitch(true);
    plain.setFontPointSize(m_style.font.pointSizeF() * 0.95);
    plain.setForeground(m_style.text);
    cursor.insertBlock(codeBlock, plain);
    const int start = cursor.position();
    cursor.insertHtml(QStringLiteral("<pre>%1</pre>").arg(highlight ? CodeHighlighter::toHtml(code, language, m_style.dark) : code.toHtmlEscaped()));
    // Monospace throughout, wrapped to the width: a long line is not cut off.
    QTextCursor all(m_doc.get());
    all.setPosition(start);
    all.setPosition(cursor.position(), QTextCursor::KeepAnchor);
    QTextCharFormat font;
    font.setFontFamilies({ fixed.family() });
    font.setFontFixedPitch(true);
    font.setFontPointSize(m_style.font.pointSizeF() * 0.95);
    all.mergeCharFormat(font);
    QTextBlockFormat wrap;
    wrap.setNonBreakableLines(false);
    wrap.setTopMargin(0);
    wrap.setBottomMargin(0);
    all.mergeBlockFormat(wrap);
}
