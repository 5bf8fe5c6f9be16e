// Shared by the chat drivers (bench_chat_scroll, bench_chat_stream): the window as the
// app builds it, on a given database, shown on the current platform (bench/chat.sh runs
// them on Xvfb with xcb). Only objectNames, QAbstractScrollArea and MainWindow's public
// slots are used, so the drivers outlive a rewrite of the chat view.
#pragma once

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace chatbench {

struct Stats {
    size_t count = 0;
    double median = 0, p99 = 0, max = 0, mean = 0;
};

// Nearest-rank percentiles of values in ms.
inline Stats stats(std::vector<double> v)
{
    Stats s;
    s.count = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto rank = [&](double p) {
        const double r = std::ceil(p * double(v.size()));
        return v[std::min(v.size() - 1, size_t(std::max(1.0, r)) - 1)];
    };
    s.median = rank(0.5);
    s.p99 = rank(0.99);
    s.max = v.back();
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

// Runs the event loop for ms milliseconds, sleeping while it has nothing to do (a loop
// of processEvents() would spin and be counted as the window's CPU).
inline void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Pumps until the chat view's scroll range has stayed the same, and the event loop has
// answered within 50 ms every time, for quietMs (the view has laid out what it loads at
// start), or timeoutMs passes. Returns the ms waited.
inline qint64 settle(QAbstractScrollArea* view, int quietMs, int timeoutMs)
{
    QElapsedTimer total, quiet, turn;
    total.start();
    quiet.start();
    QTimer tick; // wakes the loop while nothing else happens
    tick.start(10);
    int lastMax = -1;
    while (total.elapsed() < timeoutMs && quiet.elapsed() < quietMs) {
        turn.start();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const int max = view->verticalScrollBar()->maximum();
        if (max != lastMax || turn.elapsed() > 50) {
            lastMax = max;
            quiet.restart();
        }
    }
    return total.elapsed();
}

} // namespace chatbench
