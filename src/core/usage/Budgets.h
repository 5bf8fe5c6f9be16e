#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AppSettings;
class Database;
struct ChatMessage;
struct ModelPrice;

struct Budget {
    enum class Period { Day, Week, Month };
    QString id;
    Period period = Period::Month;
    QString provider; // empty: every provider
    QString model;    // empty: every model
    Money::Amount limit = 0;
    int warnPercent = 80;
    bool hardStop = false;

    QString describe() const; // "Monthly budget for openrouter: $20.00"
};

struct BudgetStatus {
    Budget budget;
    Money::Amount spent = 0;
    QDateTime periodStart;
    enum class State { Ok, Warning, Exceeded } state = State::Ok;
    double fraction() const;
};

// Spending limits and where the spend stands against them, from the rollups.
class Budgets final {
public:
    Budgets(Database* db, AppSettings* settings);

    QList<Budget> list() const;
    void save(const QList<Budget>& budgets);

    QList<BudgetStatus> status(const QDateTime& now = QDateTime::currentDateTime()) const;

    // Before sending: whether this request (at its estimated cost) would cross a
    // budget's warning threshold or, with a hard stop, its limit.
    struct Check {
        bool warn = false;
        bool blocked = false;
        QString sentence; // one sentence for the user when warn or blocked
    };
    Check check(const QString& provider, const QString& model, std::optional<Money::Amount> estimate,
                const QDateTime& now = QDateTime::currentDateTime()) const;

    static QDateTime periodStart(Budget::Period period, const QDateTime& now);
    // The prompt's cost before it is sent: about four characters a token, priced at
    // the model's input price. None when the model has no known price.
    static std::optional<Money::Amount> estimate(const QList<ChatMessage>& messages, const ModelPrice& price);

private:
    Database* m_db;
    AppSettings* m_settings;
};
