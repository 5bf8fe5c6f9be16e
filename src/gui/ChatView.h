#pragma once

#include "chat/MessageRow.h"

#include <QAbstractScrollArea>
#include <QSet>

#include <memory>

class MessageListModel;
class QMenu;
class QTimer;
struct StoredMessage;

// The conversation, drawn by hand over a MessageListModel: only the rows on screen are
// laid out and painted. Each row's rendered documents and height are cached per width;
// rows never shown have an estimated height. The position is kept as "this row, this
// many pixels down", so heights that change above the screen never move what is shown.
// The view follows the bottom only while the user is there. A streaming answer is laid
// out again at most ten times a second, and only its tail.
class ChatView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    enum class Action {
        Edit,
        Regenerate,
        RegenerateWith,
        Delete,
        Continue,
        PreviousVersion,
        NextVersion,
        OpenRequest,
    };
    Q_ENUM(Action)

    explicit ChatView(QWidget* parent = nullptr);
    ~ChatView() override;

    void setModel(MessageListModel* model);
    MessageListModel* model() const { return m_model; }
    // The answer being streamed: it shows live, its Thinking block open until text comes.
    void setStreamingMessage(qint64 messageId);
    // A sentence under a message that is not (yet) in the store, e.g. a link to Settings.
    void setNoticeLink(qint64 messageId, bool offerSettings);

    int messageCount() const;
    QString messageText(int row) const;
    QString noticeText(int row) const;
    QString footerText(int row) const;
    bool isFollowingBottom() const { return m_followBottom; }

    void scrollToBottom();
    // Loads older pages as needed, brings the message to the top and marks it briefly.
    bool scrollToMessage(qint64 messageId);
    // What a click or shortcut copies; also used by the tests.
    void copyMessage(qint64 messageId, bool asMarkdown);
    bool copyCodeBlock(qint64 messageId, int block);
    qint64 lastMessageId(const QString& role) const;
    // Rows painted in the last paint (for the tests of "only what is visible").
    int lastPaintedRows() const { return m_lastPainted; }
    // The rectangle of a hit target of a row, in viewport coordinates ("copy", "edit",
    // "regenerate", "delete", "continue", "prev", "next", "footer", "thinking", "code:N", "file:N").
    QRect targetRect(int row, const QString& target);
    void clearRenderCache();

Q_SIGNALS:
    void settingsRequested();
    void actionRequested(ChatView::Action action, qint64 messageId);
    void statusMessage(const QString& text);
    // An attached file was clicked: index is its place among the message's attachments.
    void attachmentRequested(qint64 messageId, int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    MessageRow& row(int index);
    void layoutRow(int index);
    MessageRow::State stateOf(const StoredMessage& m) const;
    int rowHeight(int index);
    void updateScrollBar();
    void ensureAnchorValid();
    int contentWidth() const;
    int rowAt(int y, int* rowTop);
    int rowTop(int index); // in the viewport; INT_MIN: not on screen
    void activate(int index, const QString& target); // ChatViewActions.cpp, with the menu and copying
    void fetchOlderIfNeeded();
    void flushStreaming();
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last);
    void onReset();
    void applyScrollValue(int value);
    QMenu* menuFor(int index);

    MessageListModel* m_model = nullptr;
    QList<std::shared_ptr<MessageRow>> m_rows;
    int m_anchorRow = 0;
    int m_anchorOffset = 0; // pixels of the anchor row above the viewport's top
    bool m_followBottom = true;
    bool m_settingScroll = false;
    int m_hoverRow = -1;
    QString m_hoverTarget;
    qint64 m_streamingId = 0;
    qint64 m_flashId = 0;
    qint64 m_settingsNoticeId = 0;
    QSet<qint64> m_reasoningOpen;
    QSet<qint64> m_reasoningClosed;
    QTimer* m_streamTimer;
    QTimer* m_flashTimer;
    int m_lastPainted = 0;
    int m_rendered = 0; // rows holding documents, bounded
};
