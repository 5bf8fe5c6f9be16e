#pragma once

#include <QScrollArea>

class QLabel;
class QTimer;
class QVBoxLayout;

// The conversation as bubbles: a streamed reply shows as plain text while it
// arrives (repaints throttled) and as Markdown once complete. A failed or
// stopped reply keeps its text and carries a notice underneath.
class ChatView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget* parent = nullptr);

    void clear();
    void addMessage(const QString& role, const QString& content, bool complete, const QString& notice = {});
    void appendToLast(const QString& text);
    void finishLast(const QString& content, bool complete, const QString& notice, bool offerSettings);

    int messageCount() const;
    QString messageText(int index) const;
    QString noticeText(int index) const;

Q_SIGNALS:
    void settingsRequested();

private:
    struct Bubble {
        QLabel* body;
        QLabel* notice;
        QString text;
    };
    void flushPending();
    void setNotice(Bubble& bubble, const QString& notice, bool offerSettings);
    void scrollToEnd();
    void updateEmptyState();

    QWidget* m_content;
    QVBoxLayout* m_layout;
    QLabel* m_emptyState;
    QList<Bubble> m_bubbles;
    QString m_pending;
    QTimer* m_flushTimer;
};
