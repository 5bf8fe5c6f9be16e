#pragma once

#include "storage/LedgerEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class Database;
class QSqlQuery;

enum class UsageGroupBy { Model, Provider, Day, Week, Month, Conversation };

struct UsageFilter {
    QDateTime since; // inclusive; invalid = from the start
    QDateTime until; // exclusive; invalid = up to now
    QString provider; // empty = every provider
    QString model;    // the model that served (else the one asked for); empty = every model
    QString status;   // done, error, cancelled, timeout, truncated; empty = every status (ledger only)
    QString compareGroup; // the requests of one compare run; empty = every request (ledger only)

    static UsageFilter range(const QDateTime& since, const QDateTime& until)
    {
        UsageFilter f;
        f.since = since;
        f.until = until;
        return f;
    }
};

struct UsageGroup {
    QString key;
    qint64 requests = 0;
    qint64 failedRequests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 cachedTokens = 0;
    Money::Amount cost = 0;          // sum of known costs, exact
    qint64 unknownCostRequests = 0;  // rows whose cost nobody knows
    QString costSource;              // reported | computed | local | unknown, or "mixed"
};

// One cell of a two-way breakdown: a time bucket (day/week/month) x a series (model,
// provider), as the dashboard's stacked chart draws it.
struct UsageCell {
    QString bucket;
    QString series;
    UsageGroup values;
};

// Typical speed of a group's requests: medians need the rows, so they are taken over
// the newest requests of the range (sampleSize of them at most).
struct UsageSpeed {
    std::optional<qint64> medianTtftMs;
    std::optional<double> medianTokensPerSecond; // completion tokens over (duration - first token)
    qint64 sampleSize = 0;
};

// Aggregations over the ledger for the dashboard and the CLI alike; no SQL elsewhere.
class UsageQuery final {
public:
    explicit UsageQuery(Database* db);

    QList<UsageGroup> aggregate(UsageGroupBy by, const UsageFilter& filter) const;
    // bucket: Day, Week or Month; series: Model, Provider or Conversation. Ordered by bucket.
    QList<UsageCell> breakdown(UsageGroupBy bucket, UsageGroupBy series, const UsageFilter& filter) const;
    static constexpr int kSpeedSample = 5000;
    QHash<QString, UsageSpeed> speeds(UsageGroupBy by, const UsageFilter& filter, int sample = kSpeedSample) const;
    QList<LedgerEntry> log(const UsageFilter& filter, int limit = -1) const; // newest first
    // The next page of the log after the row (beforeStartedAt, beforeId), newest first:
    // keyset paging, so the millionth row costs what the first does.
    QList<LedgerEntry> logPage(const UsageFilter& filter, int limit, qint64 beforeStartedAt, qint64 beforeId) const;
    LedgerEntry entry(qint64 id) const;
    qint64 count() const;

    static bool parseGroupBy(const QString& text, UsageGroupBy* out);
    static QString groupByName(UsageGroupBy by);

    // The sentence for the first read that failed (a damaged file, a total that overflowed):
    // empty when every answer so far is the whole truth. Never "no requests" instead.
    QString error() const { return m_error; }
    void clearError() const { m_error.clear(); } // a long-lived query, before a new round of reads

private:
    bool read(QSqlQuery& q, const QString& sql, const QVariantList& binds) const;
    void noteFailure(const QSqlQuery& q) const;

    // Day-aligned ranges read the rollups; anything else (a range cutting a day,
    // grouping by conversation, a status or compare run filter) reads the ledger itself.
    QList<UsageGroup> aggregateRollup(UsageGroupBy by, const UsageFilter& filter, const QString& sinceDay,
                                      const QString& untilDay) const;
    QList<UsageGroup> aggregateLedger(UsageGroupBy by, const UsageFilter& filter) const;

    Database* m_db;
    mutable QString m_error;
};
