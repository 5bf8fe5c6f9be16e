#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class AppContext;
class Database;
class HttpStream;
class ProviderAdapter;
struct ProviderPreset;

// What OpenRouter says about the key in use (GET /key), amounts exact as sent.
struct OpenRouterKeyInfo {
    bool ok = false;
    QString label;
    std::optional<Money::Amount> limit; // none: unlimited (or not said)
    std::optional<Money::Amount> limitRemaining; // none: unlimited (or not said)
    QString limitReset; // "monthly", … or empty
    std::optional<Money::Amount> usage; // all time
    std::optional<Money::Amount> usageDaily; // UTC day
    std::optional<Money::Amount> usageWeekly; // UTC week from Monday
    std::optional<Money::Amount> usageMonthly; // UTC month
    std::optional<bool> isFreeTier;
};

// The account's credits (GET /credits).
struct OpenRouterCredits {
    bool ok = false;
    std::optional<Money::Amount> total; // bought
    std::optional<Money::Amount> used;
    std::optional<Money::Amount> left() const;
};

// The ledger's OpenRouter spend over the same UTC periods as the key's usage.
struct LedgerSpend {
    Money::Amount day = 0;
    Money::Amount week = 0;
    Money::Amount month = 0;
    qint64 unknownCostRequests = 0; // this month, rows whose cost nobody knows
};

struct OpenRouterSnapshot {
    OpenRouterKeyInfo key;
    OpenRouterCredits credits;
    LedgerSpend ledger;
    qint64 fetchedAtMs = 0;
    QString error; // one sentence when the fetch failed
    int errorKind = 0; // ErrorKind
    // One sentence when the key's facts came but the credits did not (OpenRouter answers
    // /credits only for some keys): the credit fields stay unknown, the rest stands.
    QString creditsProblem;
};

// Account truth: the key's usage and the account's credits from OpenRouter, beside what
// the ledger recorded, and why they may differ.
class OpenRouterAccount final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterAccount)

public:
    explicit OpenRouterAccount(AppContext* context, QObject* parent = nullptr);
    ~OpenRouterAccount() override;

    // The preset OpenRouter's account API belongs to (invalid when there is none).
    static ProviderPreset preset(const AppContext& context);
    static OpenRouterKeyInfo parseKey(const QByteArray& body);
    static OpenRouterCredits parseCredits(const QByteArray& body);
    // UTC period starts as OpenRouter counts them: the day, the week from Monday, the month.
    static QDateTime utcDayStart(const QDateTime& now);
    static QDateTime utcWeekStart(const QDateTime& now);
    static QDateTime utcMonthStart(const QDateTime& now);
    static LedgerSpend ledgerSpend(Database* db, const QString& provider, const QDateTime& now);
    // Sentences on why the key's usage and the ledger differ (empty when they agree or one is unknown).
    static QStringList differenceReasons(const OpenRouterSnapshot& s);

    // The last credits fetched by any process, for the "credit left" budget: none when never fetched.
    static std::optional<Money::Amount> lastCreditsLeft(qint64* fetchedAtMs = nullptr);
    static void rememberCreditsLeft(std::optional<Money::Amount> left, qint64 fetchedAtMs);

    // Resolves the key and fetches /key then /credits from baseUrl (empty: the configured one).
    // Exactly one finished() follows.
    void fetch(const QString& baseUrl = {});
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void finished(const OpenRouterSnapshot& snapshot);

private:
    // failed (when given) takes the sentence instead of failing the whole fetch.
    void get(const QString& path, const std::function<void(const QByteArray&)>& done,
             const std::function<void(const QString&)>& failed = {});
    void fail(const QString& sentence, int kind);
    void done();

    AppContext* m_context;
    std::unique_ptr<ProviderPreset> m_preset;
    std::unique_ptr<ProviderAdapter> m_adapter;
    QPointer<HttpStream> m_stream;
    QString m_baseUrl;
    QString m_key;
    OpenRouterSnapshot m_snapshot;
    bool m_busy = false;
};

Q_DECLARE_METATYPE(OpenRouterSnapshot)
