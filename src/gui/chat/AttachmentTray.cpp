#include "AttachmentTray.h"

#include "gui/Theme.h"
#include "media/ImagePrep.h"

#include <QBuffer>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kThumbHeight = 40;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

AttachmentTray::AttachmentTray(QWidget* parent)
    : QWidget(parent)
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentTray"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(6);
    m_chipLayout->addStretch(1);
    layout->addWidget(m_chips);
    m_notice->setObjectName(QStringLiteral("attachmentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    m_chips->setVisible(false);
    setVisible(false);
}

int AttachmentTray::addFiles(const QStringList& paths)
{
    int added = 0;
    QStringList problems;
    for (const QString& path : paths) {
        QString error;
        const std::optional<Attachment> file = ImagePrep::prepare(Attachment::fromFile(path, &error), m_scaleImages, &error);
        if (!file) {
            problems.append(error);
            continue;
        }
        m_files.append(*file);
        ++added;
    }
    rebuild();
    setNotice(problems.join(u' '));
    return added;
}

bool AttachmentTray::addImage(const QImage& image, const QString& name)
{
    QImage prepared = image;
    if (m_scaleImages && qMax(image.width(), image.height()) > ImagePrep::kMaxSide)
        prepared = image.scaled(ImagePrep::kMaxSide, ImagePrep::kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer sink(&png);
    sink.open(QIODevice::WriteOnly);
    prepared.save(&sink, "png");
    const QString filename = name.isEmpty() ? tr("Pasted image %1.png").arg(m_files.size() + 1) : name;
    return addBytes(filename, png);
}

bool AttachmentTray::addBytes(const QString& name, const QByteArray& bytes)
{
    QString error;
    std::optional<Attachment> file = Attachment::fromBytes(name, bytes, &error);
    return add(std::move(file), error);
}

bool AttachmentTray::add(std::optional<Attachment> file, const QString& error)
{
    if (!file) {
        setNotice(error);
        return false;
    }
    m_files.append(*file);
    setNotice({});
    rebuild();
    return true;
}

void AttachmentTray::removeAt(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    setNotice({});
    rebuild();
}

void AttachmentTray::clear()
{
    m_files.clear();
    setNotice({});
    rebuild();
}

void AttachmentTray::setNotice(const QString& sentence)
{
    m_notice->setText(sentence);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::warning(palette()).name()));
    m_notice->setVisible(!sentence.isEmpty());
    setVisible(!m_files.isEmpty() || !sentence.isEmpty());
}

QString AttachmentTray::notice() const
{
    return m_notice->text();
}

void AttachmentTray::rebuild()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const Attachment& file = m_files.at(i);
        auto* chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("attachmentChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        auto* row = new QHBoxLayout(chip);
        row->setContentsMargins(4, 2, 2, 2);
        row->setSpacing(4);
        auto* icon = new QLabel(chip);
        if (file.kind == Attachment::Kind::Image) {
            QImage thumb;
            thumb.loadFromData(file.data);
            if (!thumb.isNull())
                icon->setPixmap(QPixmap::fromImage(thumb.scaledToHeight(kThumbHeight, Qt::SmoothTransformation)));
        }
        if (!icon->pixmap().isNull()) {
            row->addWidget(icon);
        } else {
            icon->setText(file.kind == Attachment::Kind::Pdf ? tr("PDF") : tr("Text"));
            icon->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
            row->addWidget(icon);
        }
        auto* label = new QLabel(QStringLiteral("%1\n%2").arg(file.filename, sizeText(file.size)), chip);
        label->setToolTip(file.filename);
        row->addWidget(label);
        auto* remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeAttachment"));
        remove->setText(QStringLiteral("✕"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove %1").arg(file.filename));
        remove->setAccessibleName(tr("Remove %1").arg(file.filename));
        // Queued: rebuild() deletes this button, which must not happen inside its own click.
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); }, Qt::QueuedConnection);
        row->addWidget(remove);
        m_chipLayout->insertWidget(i, chip);
    }
    m_chips->setVisible(!m_files.isEmpty());
    setVisible(!m_files.isEmpty() || !m_notice->text().isEmpty());
    Q_EMIT changed();
}
