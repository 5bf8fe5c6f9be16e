#pragma once

#include "chat/Attachment.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QImage;
class QLabel;

// The files waiting to go with the next message, above the prompt: a chip each (a
// thumbnail for an image, the name and size for any), removable one by one, and one line
// for what could not be added or sent. Images with a longer side over ImagePrep::kMaxSide are
// scaled down before they are kept (ImagePrep), unless that is turned off.
class AttachmentTray final : public QWidget {
    Q_OBJECT

public:
    explicit AttachmentTray(QWidget* parent = nullptr);

    // Reads each file; one that cannot be read or is not an image, a PDF or text is left
    // out and said in the notice. Returns how many were added.
    int addFiles(const QStringList& paths);
    bool addImage(const QImage& image, const QString& name = {});
    bool addBytes(const QString& name, const QByteArray& bytes);
    void removeAt(int index);
    void clear();

    const QList<Attachment>& attachments() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    void setScaleImages(bool scale) { m_scaleImages = scale; }
    // One sentence under the chips (a refusal, a file that could not be read); empty hides it.
    void setNotice(const QString& sentence);
    QString notice() const;

Q_SIGNALS:
    void changed();

private:
    bool add(std::optional<Attachment> file, const QString& error);
    void rebuild();

    QList<Attachment> m_files;
    QWidget* m_chips;
    QHBoxLayout* m_chipLayout;
    QLabel* m_notice;
    bool m_scaleImages = true;
};
