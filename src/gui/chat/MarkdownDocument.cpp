#include "MarkdownDocument.h"

#include "CodeHighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

namespace {
constexpr qsizetype kKeepStreamedAbove = 16 * 1024; // characters

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
} // namespace

QList<MarkdownDocument::Chunk> MarkdownDocument::chunks(const QString& markdown, bool splitParagraphs)
{
    QList<Chunk> out;
    Chunk current;
    QChar fence;
    int fenceLength = 0;
    bool inCode = false;
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
            if (splitParagraphs && line.trimmed().isEmpty() && !lastLine)
                flush(next);
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
        if (m_streaming && markdown.size() > kKeepStreamedAbove
            && markdown.startsWith(QStringView(m_source).left(m_committedSource))) {
            // A long stream ended: render its last tail and keep the rest rather than lay the
            // whole answer out again. A shorter one is rendered whole once, so what spans a
            // blank line (a loose list's numbers, a reference link) comes out right.
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
    if (!m_doc->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment(&part));
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
