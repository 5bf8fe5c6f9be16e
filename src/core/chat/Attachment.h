#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A file sent with a message: an image, a PDF or a text file. The bytes are what is sent
// (an image already prepared by the caller, e.g. scaled down by the GUI); stored once per
// content in the blobs table, keyed by hash.
struct Attachment {
    Q_DECLARE_TR_FUNCTIONS(Attachment)

public:
    enum class Kind { Image, Pdf, Text };

    Kind kind = Kind::Text;
    QString mime;     // image/png, image/jpeg, image/webp, image/gif, application/pdf, text/plain
    QString filename; // as the user named it, without folders
    QByteArray data;  // empty when read without data (AttachmentStore::forMessages(ids, false))
    QString hash;     // SHA-256 of data, lowercase hex
    qint64 size = 0;  // bytes of data, known also when data was not read
    int pages = 0;    // a PDF's pages when counted and the bytes then dropped (0: not counted)

    // What the bytes are, found from their first bytes: PNG, JPEG, WebP, GIF, PDF, or text
    // (valid UTF-8 without NUL bytes). Anything else, or nothing, is refused: std::nullopt
    // and one sentence in error.
    static std::optional<Attachment> fromBytes(const QString& filename, const QByteArray& data, QString* error);
    // Reads the file, then fromBytes. A missing, unreadable or huge file is one sentence.
    static std::optional<Attachment> fromFile(const QString& path, QString* error);

    QString text() const; // a text file's content
    QString base64() const;
    QString dataUrl() const; // data:<mime>;base64,<…>
    // "[File: notes.txt]" and the text: how a text file travels where a wire has no text
    // document of its own.
    QString labelledText() const;

    static QString kindName(Kind kind); // "image", "pdf", "text"
    static std::optional<Kind> kindFromName(const QString& name);
    static QString hashOf(const QByteArray& data);

    // Larger files are refused before they are read: no provider takes them.
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
};
