#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>
#include <QRect>
#include <QString>

#include <memory>

class MarkdownDocument;
class QFont;
class QPainter;
class QPalette;
class QTextDocument;
struct StoredMessage;

// One message as the chat view draws it: its rendered documents (Markdown body, Thinking,
// notice), header and footer text, and its geometry at one width, in row coordinates.
// ChatView owns one per loaded message, decides when to lay it out and where to paint it.
class MessageRow final {
    Q_DECLARE_TR_FUNCTIONS(MessageRow)
    Q_DISABLE_COPY_MOVE(MessageRow)

public:
    // What the view knows of the row beyond the stored message.
    struct State {
        bool streaming = false;
        bool reasoningOpen = false;
        bool offerSettings = false; // a link to Settings after the notice
    };
    // How it looks right now.
    struct Look {
        bool hovered = false;
        QString hotTarget; // the hit target under the mouse
        bool flash = false;
        int visibleTop = 0;    // the part of the row on screen, in row coordinates
        int visibleBottom = 0;
    };

    MessageRow();
    ~MessageRow();

    qint64 id = 0;
    quint32 revision = 0; // of the content the documents hold
    int width = 0;        // the width `height` was measured at; 0: an estimate
    int height = 0;

    // Renders what changed since `revision` and lays the row out at `width`.
    void layout(const StoredMessage& m, quint32 revision, const State& state, int width, const QFont& font,
                const QPalette& palette);
    void paint(QPainter* p, const StoredMessage& m, const State& state, const Look& look, const QFont& font,
               const QPalette& palette) const;
    // "copy", "edit", "regenerate", "continue", "delete", "prev", "next", "footer", "thinking",
    // "code:N" (a code block's Copy), "link:URL", "file:N" (an attached file); empty: nothing there.
    QString hitTarget(const QPoint& local) const;
    QRect targetRect(const QString& target) const;
    const QString& footer() const { return m_footer; }
    bool reasoningShown() const { return !m_reasoningRect.isNull(); }
    bool hasDocuments() const { return bool(m_body); }
    void dropDocuments();

    // Thumbnails of the message's files, in order (a null image for a file that is not an
    // image, or cannot be read); the view sets them before layout() when needsThumbnails().
    static constexpr int kThumbWidth = 200;
    static constexpr int kThumbHeight = 150;
    bool needsThumbnails(const StoredMessage& m) const;
    void setThumbnails(const QList<QImage>& thumbnails) { m_thumbs = thumbnails; }

    // A height from the text alone, for rows never laid out.
    static int estimateHeight(const StoredMessage& m, const QFont& font, int width);
    static QString footerText(const StoredMessage& m);

private:
    static QString buttonLabel(const QString& name);
    void render(const StoredMessage& m, const State& state, const QFont& font, const QPalette& palette);

    std::unique_ptr<MarkdownDocument> m_body;
    std::unique_ptr<QTextDocument> m_reasoning;
    std::unique_ptr<QTextDocument> m_notice;
    QString m_reasoningText; // what m_reasoning holds
    QString m_header;
    QString m_footer;
    QString m_versions; // "2/3"
    QRect m_bubble, m_headerRect, m_thinkingRect, m_reasoningRect, m_bodyRect, m_noticeRect, m_footerRect, m_prevRect,
        m_nextRect;
    QList<QPair<QString, QRect>> m_buttons;
    QList<QImage> m_thumbs;
    QList<QRect> m_fileRects; // one per attachment: "file:N"
};
