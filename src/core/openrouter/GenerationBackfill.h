#pragma once

#include "money/Money.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <optional>

class AppContext;
class Database;
class HttpStream;
class QTimer;
struct ProviderPreset;

// What GET /generation?id= says a request cost and used (PROTOCOLS A.9).
struct GenerationStats {
    bool ok = false; // the body was {"data":{…}}
    std::optional<Money::Amount> cost; // total_cost, exact as sent
    std::optional<qint64> promptTokens; // native_tokens_prompt
    std::optional<qint64> completionTokens; // native_tokens_completion
    std::optional<qint64> reasoningTokens; // native_tokens_reasoning
    std::optional<qint64> cachedTokens; // native_tokens_cached
};

// A request that ended without a reported cost but with a generation id (stopped by the
// user, cut by the network) is looked up later at {base_url}/generation?id=, where the
// provider keeps its final figures. The lookups wait in generation_lookups; each attempt
// that finds nothing yet (404: the stats lag) is retried with back-off until the lookup
// is given up a few hours after the request. A found cost goes into the ledger row as
// 'reported' with the native token counts, in one UPDATE the rollup trigger follows.
class GenerationBackfill final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationBackfill)

public:
    static constexpr qint64 kFirstDelayMs = 3000;
    static constexpr qint64 kGiveUpAfterMs = 6LL * 3600 * 1000;
    static constexpr int kSettleBudgetMs = 2000;
    static constexpr int kBatch = 20; // lookups started at once

    // The wait after the attempts-th attempt found nothing: 10 s, 30 s, 2 min, 10 min, 30 min, 1 h, 1 h, …
    static qint64 retryDelayMs(int attempts);
    // Whether this provider keeps generation stats to look up (OpenRouter's preset).
    static bool providerHasLookup(const ProviderPreset& preset);
    // Queues the lookup of a finished ledger row, due kFirstDelayMs after nowMs.
    static bool enqueue(Database* db, qint64 ledgerId, const QString& generationId, const QString& provider,
        const QString& baseUrl, qint64 nowMs);
    static GenerationStats parse(const QByteArray& body);
    // Writes the stats into the ledger row (one UPDATE) and drops its lookup.
    static bool apply(Database* db, qint64 ledgerId, const GenerationStats& stats);
    // How many lookups wait, due or not.
    static int pendingCount(Database* db);
    // Whether any lookup is due at nowMs: one indexed SELECT.
    static bool anyDue(Database* db, qint64 nowMs);

    explicit GenerationBackfill(AppContext* context, QObject* parent = nullptr);
    ~GenerationBackfill() override;

    // Gives up what is past its deadline and starts the due lookups not already running.
    // The number started.
    int runDue(qint64 nowMs);
    int inFlight() const { return int(m_running.size()); }
    // Stops what is running; those lookups stay due for the next run.
    void cancelAll();
    // The lookups still running count an attempt and are due again after the first back-off.
    void postponeRunning();
    // The window: looks for due lookups every intervalMs, in the background.
    void startBackground(int intervalMs = 5000);

    // A start of the program: settles the lookups that are due, spending at most budgetMs
    // in a local event loop. Nothing due costs one indexed SELECT.
    static void settleDue(AppContext* context, int budgetMs = kSettleBudgetMs);

Q_SIGNALS:
    void rowUpdated(qint64 ledgerId);
    void idle(); // nothing running any more

private:
    struct Lookup {
        qint64 ledgerId = 0;
        QString generationId;
        QString provider;
        QString baseUrl;
        int attempts = 0;
        qint64 giveUpAt = 0;
    };
    void start(const Lookup& lookup);
    void request(const Lookup& lookup, const ProviderPreset& preset, const QString& key);
    void retryLater(const Lookup& lookup, const QString& why);
    void settle(qint64 ledgerId);

    AppContext* m_context;
    QSet<qint64> m_running;
    QHash<qint64, QPointer<HttpStream>> m_streams;
    QTimer* m_timer = nullptr;
};
