#include "StopSignals.h"

#include <QTimer>

#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> g_interrupted { false };
const int kStopSignals[] = { SIGINT, SIGTERM, SIGHUP };

void onStopSignal(int)
{
    g_interrupted = true;
}
} // namespace

StopSignals::StopSignals(std::function<void()> stop)
    : m_poll(new QTimer)
{
    g_interrupted = false;
    for (int i = 0; i < 3; ++i)
        m_previous[i] = std::signal(kStopSignals[i], onStopSignal);
    std::signal(SIGPIPE, SIG_IGN);
    QObject::connect(m_poll, &QTimer::timeout, m_poll, [stop = std::move(stop)] {
        if (g_interrupted.exchange(false))
            stop();
    });
    m_poll->start(100);
}

StopSignals::~StopSignals()
{
    delete m_poll;
    for (int i = 0; i < 3; ++i)
        std::signal(kStopSignals[i], m_previous[i]);
}
