#pragma once

#include <QPlainTextEdit>

class QImage;
class QMimeData;

// The prompt box: text as usual; files dropped on it or pasted into it (file manager
// copies, screenshots on the clipboard) are handed on as attachments instead of being
// inserted as paths or lost.
class PromptEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit PromptEdit(QWidget* parent = nullptr);

    // The local files a drop or a paste carries (URLs of other kinds left out).
    static QStringList localFiles(const QMimeData* source);

Q_SIGNALS:
    void filesDropped(const QStringList& paths);
    void imagePasted(const QImage& image);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
};
