#include "ImagePrep.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace ImagePrep {

bool tooManyPixels(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    return size.isValid() && qint64(size.width()) * size.height() > qint64(kMaxMegapixels) * 1000000;
}

QByteArray scaled(const QByteArray& bytes, int maxSide, QString* filename)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (!size.isValid() || qMax(size.width(), size.height()) <= maxSide)
        return bytes;
    reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return bytes;
    // JPEG stays JPEG; what Qt cannot write (or a GIF, whose frames would be lost anyway)
    // becomes PNG.
    const bool jpeg = format == "jpeg" || format == "jpg";
    const bool keep = !jpeg && format != "gif" && QImageWriter::supportedImageFormats().contains(format);
    const QByteArray out = jpeg ? QByteArray("jpeg") : keep ? format : QByteArray("png");
    QByteArray result;
    QBuffer sink(&result);
    sink.open(QIODevice::WriteOnly);
    if (!image.save(&sink, out.constData(), jpeg ? 90 : -1))
        return bytes;
    if (filename && !jpeg && !keep)
        *filename = QFileInfo(*filename).completeBaseName() + QStringLiteral(".png");
    return result;
}

std::optional<Attachment> prepare(std::optional<Attachment> file, bool scale, QString* error)
{
    if (!file || file->kind != Attachment::Kind::Image)
        return file;
    if (tooManyPixels(file->data)) {
        if (error) {
            *error = QCoreApplication::translate("ImagePrep",
                                                 "%1 is larger than %2 megapixels; scale it down first, then attach it.")
                         .arg(file->filename)
                         .arg(kMaxMegapixels);
        }
        return std::nullopt;
    }
    if (!scale)
        return file;
    QString name = file->filename;
    const QByteArray bytes = scaled(file->data, kMaxSide, &name);
    return bytes == file->data ? file : Attachment::fromBytes(name, bytes, error);
}

} // namespace ImagePrep
