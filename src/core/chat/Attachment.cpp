#include "Attachment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {
struct Magic {
    QByteArrayView prefix;
    const char* mime;
    Attachment::Kind kind;
};

const Magic kMagic[] = {
    { "\x89PNG\r\n\x1a\n", "image/png", Attachment::Kind::Image },
    { "\xff\xd8\xff", "image/jpeg", Attachment::Kind::Image },
    { "GIF87a", "image/gif", Attachment::Kind::Image },
    { "GIF89a", "image/gif", Attachment::Kind::Image },
    { "%PDF-", "application/pdf", Attachment::Kind::Pdf },
};

bool isWebP(const QByteArray& data)
{
    return data.size() >= 12 && data.startsWith("RIFF") && QByteArrayView(data).sliced(8, 4) == "WEBP";
}

bool isUtf8Text(const QByteArray& data)
{
    if (data.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    return !decoder.hasError();
}
} // namespace

std::optional<Attachment> Attachment::fromBytes(const QString& filename, const QByteArray& data, QString* error)
{
    error->clear();
    const QString name = QFileInfo(filename).fileName();
    if (data.isEmpty()) {
        *error = tr("%1 is empty; there is nothing to attach.").arg(name);
        return std::nullopt;
    }
    Attachment a;
    a.filename = name;
    a.data = data;
    a.size = data.size();
    a.hash = hashOf(data);
    for (const Magic& m : kMagic) {
        if (data.startsWith(m.prefix)) {
            a.kind = m.kind;
            a.mime = QLatin1String(m.mime);
            return a;
        }
    }
    if (isWebP(data)) {
        a.kind = Kind::Image;
        a.mime = QStringLiteral("image/webp");
        return a;
    }
    if (isUtf8Text(data)) {
        a.kind = Kind::Text;
        a.mime = QStringLiteral("text/plain");
        return a;
    }
    *error = tr("%1 is not an image (PNG, JPEG, WebP, GIF), a PDF or a UTF-8 text file, so it cannot be attached.").arg(name);
    return std::nullopt;
}

std::optional<Attachment> Attachment::fromFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist; check the path.").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = tr("%1 is a folder; attach the files in it one by one.").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxFileBytes) {
        *error = tr("%1 is %2 MB; no provider takes a file over %3 MB.")
                     .arg(path)
                     .arg(info.size() / (1024 * 1024))
                     .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2); check its permissions.").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray data = f.read(kMaxFileBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        *error = tr("%1 cannot be read (%2).").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromBytes(path, data, error);
}

QString Attachment::text() const
{
    return QString::fromUtf8(data);
}

QString Attachment::base64() const
{
    return QString::fromLatin1(data.toBase64());
}

QString Attachment::dataUrl() const
{
    return QStringLiteral("data:") + mime + QStringLiteral(";base64,") + base64();
}

QString Attachment::labelledText() const
{
    return QStringLiteral("[File: ") + filename + QStringLiteral("]\n") + text();
}

QString Attachment::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Image: return QStringLiteral("image");
    case Kind::Pdf: return QStringLiteral("pdf");
    case Kind::Text: return QStringLiteral("text");
    }
    return {};
}

std::optional<Attachment::Kind> Attachment::kindFromName(const QString& name)
{
    for (Kind k : { Kind::Image, Kind::Pdf, Kind::Text }) {
        if (name == kindName(k))
            return k;
    }
    return std::nullopt;
}

QString Attachment::hashOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
