#pragma once

#include <QtGlobal>

#include <functional>

class QTimer;

// SIGINT (Ctrl+C), SIGTERM (logout, shutdown) and SIGHUP (the terminal closed) all stop a
// request the same way while one of these lives: what arrived is kept and the ledger row is
// completed. A signal that arrived calls stop on the event loop's thread within 100 ms.
// SIGPIPE is ignored, so a closed pipe cannot kill the process before its ledger rows are
// written.
class StopSignals final {
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(std::function<void()> stop);
    ~StopSignals();

private:
    QTimer* m_poll;
    void (*m_previous[3])(int) = {};
};
