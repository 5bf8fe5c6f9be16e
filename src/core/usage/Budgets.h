#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AppSettings;
class Database;
class PriceBook;
struct ChatMessage;
struct ChatRequest;
struct ModelPrice;
struct ProviderPreset;

struct Budget {
    enum class Period { Day, Week, Month };
    // Spend: a limit on what a period costs. CreditFloor: warn when the OpenRouter credit
    // left (as last fetched) falls below limit; provider names the OpenRouter preset.
    enum class Kind { Spend, CreditFloor };
    QString id;
    Period period = Period::Month;
    QString provider; // empty: every provider
    QString model;    // empty: every model
    Money::Amount limit = 0;
    int warnPercent = 80;
    bool hardStop = false;
    Kind kind = Kind::Spend; // last, so that {id, period, …} initialisers stay as they were

    QString periodLabel() const; // "Daily", "Weekly", "Monthly"
    QString scopeLabel() const;  // the model, else the provider, else "everything"
    QString describe() const;    // "Monthly budget for openrouter: $20.00"
};

struct BudgetStatus {
    Budget budget;
    Money::Amount spent = 0;
    QDateTime periodStart;
    std::optional<Money::Amount> creditLeft; // CreditFloor: as last fetched; none: never fetched
    enum class State { Ok, Warning, Exceeded } state = State::Ok;
    double fraction() const;
    // The one sentence a warning says: "… is at 85%: $17.00 spent." or, for a credit floor,
    // "OpenRouter credit left is $3.20, below $5.00."
    QString alertText() const;
};

// Spending limits and where the spend stands against them, from the rollups.
class Budgets final {
    Q_DECLARE_TR_FUNCTIONS(Budgets)

public:
    Budgets(Database* db, AppSettings* settings);

    QList<Budget> list() const;
    void save(const QList<Budget>& budgets);
    // One budget at a time, as Settings edits them; each saves the list at once.
    Budget add(Budget budget);                // returns it with its new id
    bool update(const Budget& budget);        // the budget with the same id; false when there is none
    bool remove(const QString& id);           // false when there is none

    QList<BudgetStatus> status(const QDateTime& now = QDateTime::currentDateTime()) const;

    // Before sending: whether this request (at its estimated cost) would cross a
    // budget's warning threshold or, with a hard stop, its limit.
    struct Check {
        bool warn = false;
        bool blocked = false;
        QString sentence; // one sentence for the user when warn or blocked
        std::optional<Money::Amount> estimate; // the estimate the check was made at
    };
    Check check(const QString& provider, const QString& model, std::optional<Money::Amount> estimate,
                const QDateTime& now = QDateTime::currentDateTime()) const;
    // The whole pre-send decision for a request: its prompt's estimated cost (zero on a
    // local provider, none when the model has no known price) and the check at that cost.
    Check check(const ChatRequest& request, const ProviderPreset& preset, const PriceBook& prices,
                const QDateTime& now = QDateTime::currentDateTime()) const;

    static QDateTime periodStart(Budget::Period period, const QDateTime& now);
    // The prompt's cost before it is sent: about four characters a token, priced at
    // the model's input price. None when the model has no known price.
    // extraTokens: what else goes in (attachments, approximate).
    static std::optional<Money::Amount> estimate(const QList<ChatMessage>& messages, const ModelPrice& price,
                                                 qint64 extraTokens = 0);
    // The same for a prompt of this many characters, framing included (promptChars).
    static std::optional<Money::Amount> estimateChars(qint64 chars, const ModelPrice& price, qint64 extraTokens = 0);
    // The characters a message counts for in an estimate: its text and a few tokens of framing.
    static qint64 promptChars(const QString& content) { return content.size() + 4; }

private:
    Database* m_db;
    AppSettings* m_settings;
};
