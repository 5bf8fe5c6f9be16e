// The real window, driven as a user would: for tests that must kill it mid-stream.
// Usage: switchyard-window-driver BASE_URL MODEL PROMPT
// Opens the profile's database, points OpenRouter at BASE_URL, types PROMPT, presses
// Send, prints "sent" on stdout, and runs until the reply ends (then prints "done").
#include "config/AppSettings.h"
#include "gui/MainWindow.h"
#include "session/AppContext.h"

#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: switchyard-window-driver BASE_URL MODEL PROMPT\n", stderr);
        return 2;
    }
    AppContext context;
    QString error;
    if (!context.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 6;
    }
    context.settings()->setBaseUrlOverride(QStringLiteral("openrouter"), args.at(1));
    MainWindow window(&context);
    window.show();
    auto* model = window.findChild<QComboBox*>(QStringLiteral("modelCombo"));
    auto* prompt = window.findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"));
    auto* send = window.findChild<QPushButton*>(QStringLiteral("sendButton"));
    if (!model || !prompt || !send) {
        std::fputs("the window has no model, prompt or send control\n", stderr);
        return 1;
    }
    model->setCurrentText(args.at(2));
    prompt->setPlainText(args.at(3));
    QTimer::singleShot(0, send, [send] {
        send->click();
        std::puts("sent");
        std::fflush(stdout);
    });
    // Send is enabled again when the reply has ended.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [send] {
        if (send->isEnabled()) {
            std::puts("done");
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(200, &poll, [&poll] { poll.start(50); });
    return QApplication::exec();
}
