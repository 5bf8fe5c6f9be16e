#include "ImagePrep.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace {

// Qt's PNG reader leaves libpng's default error handler in place, which prints "libpng
// error: …" on stderr for a PNG cut short, beside the CLI's answer. A PNG's size is read
// from its header here instead; one without a whole header is not an image to scale.
constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";

bool isPng(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArray::fromRawData(kPngSignature, 8));
}

quint32 bigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16)
        | (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

// The image's size from its header, without decoding; invalid when it cannot be told.
QSize headerSize(const QByteArray& bytes)
{
    if (isPng(bytes)) {
        if (bytes.size() < 24 || bytes.mid(12, 4) != "IHDR")
            return {};
        const quint32 w = bigEndian32(bytes, 16);
        const quint32 h = bigEndian32(bytes, 20);
        if (w == 0 || h == 0 || w > 0x7fffffff || h > 0x7fffffff)
            return {};
        return QSize(int(w), int(h));
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer);
    return reader.size();
}

} // namespace

namespace ImagePrep {

bool tooManyPixels(const QByteArray& bytes)
{
    const QSize size = headerSize(bytes);
    return size.isValid() && qint64(size.width()) * size.height() > qint64(kMaxMegapixels) * 1000000;
}

QByteArray scaled(const QByteArray& bytes, int maxSide, QString* filename)
{
    const QSize size = headerSize(bytes);
    if (!size.isValid() || qMax(size.width(), size.height()) <= maxSide)
        return bytes;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
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
