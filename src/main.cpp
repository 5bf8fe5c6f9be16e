#include "cli/Cli.h"
#include "gui/MainWindow.h"
#include "gui/Theme.h"
#include "config/AppSettings.h"
#include "openrouter/GenerationBackfill.h"
#include "session/AppContext.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

int main(int argc, char** argv)
{
    // A subcommand runs headless: no window, no display needed.
    if (Cli::wantsCli(argc, argv))
        return Cli::run(argc, argv);

    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));
    // Matches the installed desktop entry, so Wayland compositors pair the window with it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.switchyard.Switchyard"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"), QStringLiteral(":/switchyard/i18n")))
        QApplication::installTranslator(&translator);

    AppContext context;
    QString error;
    while (!context.open(&error)) {
        const QString title = QApplication::translate("main", "Switchyard cannot start");
        const Database::Failure failure = context.database()->failure();
        if (failure != Database::Failure::Corrupt && failure != Database::Failure::NotADatabase) {
            QMessageBox::critical(nullptr, title, error);
            return 1;
        }
        // A damaged file is never overwritten; the user may set it aside and begin anew.
        QMessageBox box(QMessageBox::Critical, title, error, QMessageBox::Close);
        QPushButton* fresh = box.addButton(QApplication::translate("main", "Move Aside and Start Fresh"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != fresh)
            return 1;
        if (Database::moveAside(context.database()->path(), &error).isEmpty()) {
            QMessageBox::critical(nullptr, title, error);
            return 1;
        }
    }
    // Requests that ended without a reported cost: the window looks them up in the background,
    // so its first paint waits for none of them (the CLI settles the due ones first).
    GenerationBackfill backfill(&context);
    backfill.startBackground();
    Theme::apply(context.settings()->theme());
    MainWindow window(&context);
    window.show();
    return QApplication::exec();
}
