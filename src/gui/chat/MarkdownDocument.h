#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

#include <memory>

class QPalette;

class QTextDocument;

// A message's Markdown as a QTextDocument: GitHub's dialect (tables, task lists,
// strikethrough, autolinks), fenced code in a framed block with its language, syntax
// colours and a "copy:N" link, inline code on a tinted background.
//
// The text is cut into chunks: fenced code blocks and, while an answer streams, the
// paragraphs between blank lines. Every chunk but the last is final once the text
// grows past it, so setMarkdown() on a longer text renders only the tail again.
class MarkdownDocument final {
public:
    struct Style {
        QFont font;
        QColor text;
        QColor link;
        QColor muted;       // the language label
        QColor codeBackground;
        QColor codeBorder;
        bool dark = false;

        // The chat's colours for this font and palette, light or dark (code blocks framed alike
        // in the chat and the compare columns).
        static Style forPalette(const QFont& font, const QPalette& palette);
    };

    explicit MarkdownDocument(const Style& style);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument&) = delete;
    MarkdownDocument& operator=(const MarkdownDocument&) = delete;

    // streaming: split at blank lines too, so a growing answer re-renders only its tail.
    void setMarkdown(const QString& markdown, bool streaming);
    QTextDocument* document() const { return m_doc.get(); }
    // The code of each fenced block, in order: what "copy:N" copies.
    const QStringList& codeBlocks() const { return m_code; }

    struct Chunk {
        bool code = false;
        QString text;      // Markdown, or the code without its fences
        QString language;
        bool closed = true; // a code block whose closing fence has arrived
        qsizetype sourceEnd = 0; // where the chunk ends in the Markdown
    };
    static QList<Chunk> chunks(const QString& markdown, bool splitParagraphs);

private:
    void rebuild();
    void update(const QString& markdown); // the tail after the committed chunks
    void appendChunk(const Chunk& chunk);
    void appendMarkdown(const QString& markdown);
    void appendCode(const QString& code, const QString& language, bool highlight);

    Style m_style;
    std::unique_ptr<QTextDocument> m_doc;
    QString m_source;
    QStringList m_code;
    qsizetype m_committedSource = 0; // Markdown rendered in final chunks
    int m_committedPosition = 0;     // where the tail starts in the document
    int m_committedCode = 0;
    bool m_streaming = false;
};
