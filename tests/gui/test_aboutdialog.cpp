// Help > About Switchyard opens the About dialog: the version, the Qt it was built with and
// runs on, and the licences of Switchyard and of what it links.
#include "TestEnv.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesVersionQtAndLicences()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = TestEnv::child<QLabel>(&dialog, "aboutText")->text();
        QVERIFY2(text.contains(QStringLiteral("Switchyard " SWITCHYARD_VERSION)), qPrintable(text));
        // The Qt it was compiled against and the one it runs on (the same here, both named).
        QVERIFY(text.contains(QStringLiteral("Built with Qt " QT_VERSION_STR)));
        QVERIFY(text.contains(QStringLiteral("running on Qt ") + QString::fromLatin1(qVersion())));
        for (const char* licence : { "GPL-3.0-or-later", "Qt: LGPL-3.0 or GPL-3.0", "Qt Charts: GPL-3.0",
                 "QtKeychain: BSD-3-Clause", "SQLite: public domain", "GNU Source-highlight: GPL-3.0" })
            QVERIFY2(text.contains(QLatin1String(licence)), licence);
        QVERIFY(TestEnv::child<QPushButton>(&dialog, "aboutQtButton")->isVisible());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About Switchyard"));
    }

    // The menu item opens the dialog over the window, without blocking it; closing frees it.
    void helpMenuOpensIt()
    {
        AppContext context;
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        context.keys()->setMemoryFallback(true);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<AboutDialog*>());
        TestEnv::child<QAction>(&window, "actionAbout")->trigger();
        QPointer<AboutDialog> about = window.findChild<AboutDialog*>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->isModal());
        QCOMPARE(TestEnv::child<QLabel>(about.data(), "aboutText")->text(), AboutDialog::text());
        about->close();
        QTRY_VERIFY(about.isNull());
    }
};

SWITCHYARD_TEST_MAIN(TestAboutDialog, QApplication)
#include "test_aboutdialog.moc"
