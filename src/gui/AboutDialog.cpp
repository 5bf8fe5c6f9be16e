#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(text(), this))
{
    setWindowTitle(tr("About Switchyard"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(440);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/switchyard/icons/switchyard.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text()
{
    // QT_VERSION_STR: the Qt headers it was compiled against; qVersion(): the libraries loaded.
    const QString qt = tr("Built with Qt %1, running on Qt %2.")
                           .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    return QStringLiteral("<h2>") + tr("Switchyard %1").arg(QStringLiteral(SWITCHYARD_VERSION))
        + QStringLiteral("</h2><p>")
        + tr("Every large language model behind one native window. Keys stay in your system keychain; "
             "every request is in your local ledger.")
        + QStringLiteral("</p><p>") + qt + QStringLiteral("</p><p>")
        + tr("Switchyard is free software: you can redistribute it and modify it under the terms of the "
             "GNU General Public License, version 3 or (at your option) any later version "
             "(GPL-3.0-or-later). It comes with no warranty. "
             "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">Read the licence</a>.")
        + QStringLiteral("</p><p>") + tr("It is built on:") + QStringLiteral("</p><ul><li>")
        + tr("Qt: LGPL-3.0 or GPL-3.0; Qt Charts: GPL-3.0") + QStringLiteral("</li><li>")
        + tr("QtKeychain: BSD-3-Clause") + QStringLiteral("</li><li>") + tr("SQLite: public domain")
        + QStringLiteral("</li><li>") + tr("GNU Source-highlight: GPL-3.0-or-later")
        + QStringLiteral("</li></ul>");
}
