#include "cli/Cli.h"
#include "gui/MainWindow.h"
#include "session/AppContext.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char** argv)
{
    // A subcommand runs headless: no window, no display needed.
    if (Cli::wantsCli(argc, argv))
        return Cli::run(argc, argv);

    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"), QStringLiteral(":/switchyard/i18n")))
        QApplication::installTranslator(&translator);

    AppContext context;
    QString error;
    if (!context.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchyard cannot start"), error);
        return 1;
    }
    MainWindow window(&context);
    window.show();
    return QApplication::exec();
}
