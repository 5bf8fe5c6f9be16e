// The next message's files: the tray above the prompt, the Attach button and menu item,
// drops on the window and on the prompt, and images pasted into the prompt.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ChatView.h"
#include "chat/AttachmentTray.h"
#include "chat/MessageListModel.h"
#include "chat/PromptEdit.h"
#include "dashboard/UsageView.h"

#include "config/AppSettings.h"
#include "media/ImagePrep.h"
#include "storage/ConversationStore.h"
#include "session/AppContext.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>


void MainWindow::setupAttachments()
{
    m_tray = new AttachmentTray(m_ui->chatPanel);
    m_tray->setScaleImages(m_context->settings()->scaleImages());
    for (int i = 0; i < m_ui->chatLayout->count(); ++i) {
        if (m_ui->chatLayout->itemAt(i)->layout() == m_ui->inputRow) {
            m_ui->chatLayout->insertWidget(i, m_tray);
            break;
        }
    }
    connect(m_ui->promptEdit, &PromptEdit::filesDropped, m_tray, &AttachmentTray::addFiles);
    connect(m_ui->promptEdit, &PromptEdit::imagePasted, m_tray, [this](const QImage& image) { m_tray->addImage(image); });
    connect(m_tray, &AttachmentTray::changed, m_estimateTimer, qOverload<>(&QTimer::start));
    // A refusal was about the provider or model then in use; another one is judged afresh at Send.
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, m_tray, [this] { m_tray->setNotice({}); });

    auto* attachAction = new QAction(tr("&Attach Files…"), this);
    attachAction->setObjectName(QStringLiteral("actionAttachFiles"));
    attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(attachAction, &QAction::triggered, this, &MainWindow::attachFiles);
    m_ui->menuFile->insertAction(m_ui->menuFile->actions().value(1), attachAction);
    addAction(attachAction);

    auto* scale = new QAction(tr("Scale Large Images Down"), this);
    scale->setObjectName(QStringLiteral("actionScaleImages"));
    scale->setCheckable(true);
    scale->setChecked(m_context->settings()->scaleImages());
    scale->setToolTip(tr("Images with a longer side over %1 px are scaled down before they are sent.").arg(ImagePrep::kMaxSide));
    connect(scale, &QAction::toggled, this, [this](bool on) {
        m_context->settings()->setScaleImages(on);
        m_tray->setScaleImages(on);
    });

    auto* button = new QToolButton(m_ui->chatPanel);
    button->setObjectName(QStringLiteral("attachButton"));
    button->setText(tr("Attach…"));
    button->setToolTip(tr("Attach images, PDFs or text files (%1); you can also drop or paste them into the prompt.")
                           .arg(attachAction->shortcut().toString(QKeySequence::NativeText)));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(button);
    menu->addAction(attachAction);
    menu->addAction(scale);
    button->setMenu(menu);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(button, &QToolButton::clicked, this, &MainWindow::attachFiles);
    m_ui->inputButtons->insertWidget(0, button);
    setAcceptDrops(true);

    // A file in a message: saved where the user says (nothing is opened from here).
    connect(m_ui->chatView, &ChatView::attachmentRequested, this, [this](qint64 messageId, int index) {
        const int row = m_messages->rowOfId(messageId);
        if (row < 0 || index < 0 || index >= m_messages->messageAt(row).attachments.size())
            return;
        const Attachment file = m_messages->messageAt(row).attachments.at(index);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"), file.filename);
        if (path.isEmpty())
            return;
        const QByteArray bytes = m_messages->fileData(file.hash);
        QSaveFile out(path);
        if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            QMessageBox::warning(this, tr("Save Attachment"),
                                 tr("%1 could not be saved to %2; choose another folder and try again.")
                                     .arg(file.filename, QDir::toNativeSeparators(path)));
        else
            statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
}

void MainWindow::attachFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files"), QString(),
        tr("Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.xml *.yaml *.yml *.log "
           "*.c *.cc *.cpp *.h *.hpp *.py *.js *.ts *.java *.go *.rs *.rb *.sh *.sql *.html *.css);;All files (*)"));
    if (!paths.isEmpty())
        m_tray->addFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!PromptEdit::localFiles(event->mimeData()).isEmpty() && m_ui->pages->currentWidget() != m_usage)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = PromptEdit::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_tray->addFiles(paths);
    m_ui->promptEdit->setFocus();
}
