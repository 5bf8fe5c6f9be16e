// Times the Usage page on a ledger: its queries alone, then a whole refresh (queries,
// chart series, tables), so the difference is the time to render once the data is
// there. Offscreen platform; median of RUNS.   bench_usage_view PATH [RUNS]
#include "gui/dashboard/UsageView.h"
#include "session/AppContext.h"
#include "usage/UsageQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

namespace {
double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    AppContext context;
    QString error;
    if (argc < 2 || !context.open(&error, QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "usage: bench_usage_view PATH [RUNS] %s\n", qPrintable(error));
        return 2;
    }
    UsageView view(&context);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    auto* range = view.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    const UsageQuery query(context.database());
    for (const char* preset : { "30d", "all" }) {
        range->setCurrentIndex(range->findData(QString::fromLatin1(preset)));
        const UsageFilter f = view.currentFilter();
        const double data = medianMs(runs, [&] {
            query.aggregate(UsageGroupBy::Model, f);
            query.breakdown(f.since.isValid() && f.since.daysTo(f.until) <= 45 ? UsageGroupBy::Day : UsageGroupBy::Month,
                            UsageGroupBy::Model, f);
            query.aggregate(UsageGroupBy::Provider, f);
            query.speeds(UsageGroupBy::Model, f);
            UsageFilter first = f;
            query.logPage(first, 500, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
        });
        const double whole = medianMs(runs, [&] { view.refresh(); });
        std::printf("%s data_ms %.1f refresh_ms %.1f render_ms %.1f\n", preset, data, whole, whole - data);
    }
    return 0;
}
