#include "PromptEdit.h"

#include <QImage>
#include <QMimeData>
#include <QUrl>

QStringList PromptEdit::localFiles(const QMimeData* source)
{
    QStringList paths;
    if (!source || !source->hasUrls())
        return paths;
    for (const QUrl& url : source->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

PromptEdit::PromptEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
}

bool PromptEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasImage() || !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PromptEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    // Text wins when there is text: a spreadsheet's cells come with a picture of themselves.
    if (source->hasImage() && !(source->hasText() && !source->text().trimmed().isEmpty())) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
