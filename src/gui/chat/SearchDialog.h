#pragma once

#include <QDialog>

class Database;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

// Ctrl+F: titles and message text through the FTS5 indexes, results as typed, each with
// its snippet and the matches in bold. Choosing one says which conversation and message.
class SearchDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)

public:
    enum Roles { ConversationRole = Qt::UserRole + 1, MessageRole, SnippetHtmlRole };

    explicit SearchDialog(Database* db, QWidget* parent = nullptr);

    void search(const QString& text);
    int resultCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void hitChosen(qint64 conversationId, qint64 messageId);

private:
    void choose(const QModelIndex& index);

    Database* m_db;
    QLineEdit* m_edit;
    QListView* m_list;
    QStandardItemModel* m_results;
    QTimer* m_typing;
};
