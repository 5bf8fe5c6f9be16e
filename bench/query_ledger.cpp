// Times the dashboard's queries on a ledger: "last 30 days" and "all time", by
// model x day (the stacked chart) and by model (the table), median of RUNS runs,
// in process. Prints "name seconds" lines.   bench_query_ledger PATH [RUNS]
#include "storage/Database.h"
#include "usage/UsageQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    Database db;
    QString error;
    if (argc < 2 || !db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "usage: bench_query_ledger PATH [RUNS] %s\n", qPrintable(error));
        return 2;
    }
    const UsageQuery query(&db);
    const QDate today(2026, 11, 22);
    const UsageFilter last30 = UsageFilter::range(today.addDays(-29).startOfDay(), today.addDays(1).startOfDay());
    const UsageFilter all {};
    struct Case {
        const char* name;
        std::function<qsizetype()> run;
    };
    const Case cases[] = {
        { "last30_model_x_day", [&] { return query.breakdown(UsageGroupBy::Day, UsageGroupBy::Model, last30).size(); } },
        { "all_model_x_day", [&] { return query.breakdown(UsageGroupBy::Day, UsageGroupBy::Model, all).size(); } },
        { "last30_by_model", [&] { return query.aggregate(UsageGroupBy::Model, last30).size(); } },
        { "all_by_model", [&] { return query.aggregate(UsageGroupBy::Model, all).size(); } },
    };
    for (const Case& c : cases) {
        std::vector<double> times;
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            rows = c.run();
            times.push_back(double(t.nsecsElapsed()) / 1e9);
        }
        if (rows == 0) {
            std::fprintf(stderr, "%s returned nothing: is this a generated ledger?\n", c.name);
            return 1;
        }
        std::sort(times.begin(), times.end());
        std::printf("%s %.6f %lld\n", c.name, times[times.size() / 2], static_cast<long long>(rows));
    }
    return 0;
}
