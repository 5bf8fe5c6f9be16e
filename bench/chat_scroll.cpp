// Scrolls the chat view from the bottom to the top of a long conversation one page at a
// time and times each frame: the scroll bar's setValue, a synchronous repaint of the
// viewport, then processEvents so that a view which loads older rows lazily does so
// inside the frame it belongs to. A view that grows its range while scrolling up is
// followed until the value is the minimum and the range stays the same for 200 ms.
//   bench_chat_scroll DB_PATH
// Prints: open_ms (window constructed and shown until its scroll range settles),
// frames, median_ms, p99_ms, max_ms, mean_ms, range_px (the last maximum), page_px and
// viewport_px (a banner shown at start makes the viewport shorter), grew (times the range
// grew during the scroll). Run on a real platform (bench/chat.sh: Xvfb, xcb).
#include "chat_common.h"

#include "gui/MainWindow.h"
#include "session/AppContext.h"
#include "secrets/KeyStore.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QScrollBar>

#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chat_scroll DB_PATH\n");
        return 2;
    }
    QElapsedTimer open;
    open.start();
    AppContext context;
    QString error;
    if (!context.open(&error, QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "bench_chat_scroll: %s\n", qPrintable(error));
        return 1;
    }
    context.keys()->setMemoryFallback(true); // no keychain: nothing is sent here
    MainWindow window(&context);
    window.resize(1100, 720);
    window.show();
    auto* view = window.findChild<QAbstractScrollArea*>(QStringLiteral("chatView"));
    if (!view) {
        std::fprintf(stderr, "bench_chat_scroll: no QAbstractScrollArea named chatView\n");
        return 1;
    }
    QScrollBar* bar = view->verticalScrollBar();
    chatbench::settle(view, 500, 120000);
    const qint64 openMs = open.elapsed();
    bar->setValue(bar->maximum()); // start at the bottom, where the window opens
    chatbench::settle(view, 300, 30000);

    std::vector<double> frames;
    int grew = 0;
    QElapsedTimer frame;
    for (int guard = 0; guard < 1000000; ++guard) {
        const int maxBefore = bar->maximum();
        if (bar->value() == bar->minimum() && guard > 0) {
            // At the top: give a lazy view time to load older rows (it may do so from a timer).
            chatbench::pump(200);
            if (bar->maximum() == maxBefore && bar->value() == bar->minimum())
                break;
        }
        frame.start();
        bar->setValue(qMax(bar->minimum(), bar->value() - bar->pageStep()));
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
        if (bar->maximum() > maxBefore)
            ++grew;
    }
    const chatbench::Stats s = chatbench::stats(frames);
    std::printf("open_ms %lld frames %zu median_ms %.2f p99_ms %.2f max_ms %.2f mean_ms %.2f range_px %d page_px %d viewport_px %d grew %d\n",
                static_cast<long long>(openMs), s.count, s.median, s.p99, s.max, s.mean, bar->maximum(), bar->pageStep(),
                view->viewport()->height(), grew);
    return 0;
}
