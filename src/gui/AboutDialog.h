#pragma once

#include <QDialog>

class QLabel;

// Help > About Switchyard: the version, the Qt it was built with and the Qt it runs on, and
// the licences of Switchyard (GPL-3.0-or-later) and of what it links.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The dialog's text, as rich text.
    static QString text();

private:
    QLabel* m_text;
};
