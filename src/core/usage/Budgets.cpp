#include "Budgets.h"

#include "UsageQuery.h"
#include "catalog/ModelPrice.h"
#include "catalog/PriceBook.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "openrouter/OpenRouterAccount.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderPreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace {
const char* periodName(Budget::Period p)
{
    switch (p) {
    case Budget::Period::Day: return "day";
    case Budget::Period::Week: return "week";
    case Budget::Period::Month: return "month";
    }
    return "month";
}
} // namespace

QString Budget::periodLabel() const
{
    if (kind == Kind::CreditFloor)
        return Budgets::tr("Credit");
    switch (period) {
    case Period::Day: return Budgets::tr("Daily");
    case Period::Week: return Budgets::tr("Weekly");
    case Period::Month: return Budgets::tr("Monthly");
    }
    return Budgets::tr("Monthly");
}

QString Budget::scopeLabel() const
{
    if (kind == Kind::CreditFloor)
        return Budgets::tr("OpenRouter credit left");
    if (!model.isEmpty())
        return model;
    if (!provider.isEmpty())
        return provider;
    return Budgets::tr("everything");
}

QString Budget::describe() const
{
    if (kind == Kind::CreditFloor)
        return Budgets::tr("Warning when OpenRouter credit left falls below %1").arg(Money::formatUsd(limit, QLocale()));
    return Budgets::tr("%1 budget for %2: %3").arg(periodLabel(), scopeLabel(), Money::formatUsd(limit, QLocale()));
}

QString BudgetStatus::alertText() const
{
    const QLocale locale;
    if (budget.kind == Budget::Kind::CreditFloor) {
        return Budgets::tr("OpenRouter credit left is %1, below %2; buy credits at openrouter.ai/settings/credits.")
            .arg(Money::formatUsd(creditLeft.value_or(0), locale), Money::formatUsd(budget.limit, locale));
    }
    if (state == State::Exceeded)
        return Budgets::tr("%1 is used up: %2 spent.").arg(budget.describe(), Money::formatUsd(spent, locale));
    return Budgets::tr("%1 is at %2%: %3 spent.")
        .arg(budget.describe(), locale.toString(100.0 * fraction(), 'f', 0), Money::formatUsd(spent, locale));
}

double BudgetStatus::fraction() const
{
    if (budget.kind == Budget::Kind::CreditFloor) {
        // How far the credit left has come down to the floor: 1 at the floor.
        if (!creditLeft || *creditLeft <= 0)
            return creditLeft ? 1.0 : 0.0;
        return qMin(1.0, Money::toDecimalString(budget.limit).toDouble() / Money::toDecimalString(*creditLeft).toDouble());
    }
    if (budget.limit <= 0)
        return spent > 0 ? 1.0 : 0.0;
    return Money::toDecimalString(spent).toDouble() / Money::toDecimalString(budget.limit).toDouble();
}

Budgets::Budgets(Database* db, AppSettings* settings)
    : m_db(db)
    , m_settings(settings)
{
}

QList<Budget> Budgets::list() const
{
    QList<Budget> out;
    for (const QJsonObject& o : m_settings->budgets()) {
        Budget b;
        b.id = o.value(QLatin1String("id")).toString();
        b.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("creditFloor") ? Budget::Kind::CreditFloor
                                                                                          : Budget::Kind::Spend;
        const QString period = o.value(QLatin1String("period")).toString();
        b.period = period == QLatin1String("day") ? Budget::Period::Day
            : period == QLatin1String("week")    ? Budget::Period::Week
                                                  : Budget::Period::Month;
        b.provider = o.value(QLatin1String("provider")).toString();
        b.model = o.value(QLatin1String("model")).toString();
        b.limit = Money::parseUsd(o.value(QLatin1String("limit")).toString()).value_or(0);
        b.warnPercent = qBound(1, o.value(QLatin1String("warnPercent")).toInt(80), 100);
        b.hardStop = o.value(QLatin1String("hardStop")).toBool();
        out.append(b);
    }
    return out;
}

void Budgets::save(const QList<Budget>& budgets)
{
    QList<QJsonObject> out;
    for (Budget b : budgets) {
        if (b.id.isEmpty())
            b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject o { { QLatin1String("id"), b.id },
                                 { QLatin1String("period"), QLatin1String(periodName(b.period)) },
                                 { QLatin1String("provider"), b.provider },
                                 { QLatin1String("model"), b.model },
                                 { QLatin1String("limit"), Money::toDecimalString(b.limit) },
                                 { QLatin1String("warnPercent"), b.warnPercent },
                                 { QLatin1String("hardStop"), b.hardStop } };
        if (b.kind == Budget::Kind::CreditFloor)
            o.insert(QLatin1String("kind"), QLatin1String("creditFloor"));
        out.append(o);
    }
    m_settings->setBudgets(out);
}

Budget Budgets::add(Budget budget)
{
    budget.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<Budget> all = list();
    all.append(budget);
    save(all);
    return budget;
}

bool Budgets::update(const Budget& budget)
{
    QList<Budget> all = list();
    for (Budget& b : all) {
        if (b.id == budget.id) {
            b = budget;
            save(all);
            return true;
        }
    }
    return false;
}

bool Budgets::remove(const QString& id)
{
    QList<Budget> all = list();
    if (!all.removeIf([&id](const Budget& b) { return b.id == id; }))
        return false;
    save(all);
    return true;
}

QDateTime Budgets::periodStart(Budget::Period period, const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    switch (period) {
    case Budget::Period::Day: return today.startOfDay();
    case Budget::Period::Week: return today.addDays(1 - today.dayOfWeek()).startOfDay(); // Monday
    case Budget::Period::Month: return QDate(today.year(), today.month(), 1).startOfDay();
    }
    return today.startOfDay();
}

QList<BudgetStatus> Budgets::status(const QDateTime& now) const
{
    QList<BudgetStatus> out;
    const UsageQuery query(m_db);
    for (const Budget& b : list()) {
        BudgetStatus s;
        s.budget = b;
        if (b.kind == Budget::Kind::CreditFloor) {
            // The credit left as last fetched (the Usage page, `switchyard account`); unknown is no warning.
            s.creditLeft = OpenRouterAccount::lastCreditsLeft();
            s.state = s.creditLeft && *s.creditLeft < b.limit ? BudgetStatus::State::Warning : BudgetStatus::State::Ok;
            out.append(s);
            continue;
        }
        s.periodStart = periodStart(b.period, now);
        UsageFilter f = UsageFilter::range(s.periodStart, now.toLocalTime().date().addDays(1).startOfDay());
        f.provider = b.provider;
        f.model = b.model;
        for (const UsageGroup& g : query.aggregate(UsageGroupBy::Provider, f))
            s.spent += g.cost;
        const double used = s.fraction();
        s.state = used >= 1.0 ? BudgetStatus::State::Exceeded
            : used * 100.0 >= b.warnPercent ? BudgetStatus::State::Warning
                                            : BudgetStatus::State::Ok;
        out.append(s);
    }
    return out;
}

Budgets::Check Budgets::check(const QString& provider, const QString& model, std::optional<Money::Amount> estimate,
                              const QDateTime& now) const
{
    Check c;
    c.estimate = estimate;
    const QLocale locale;
    for (const BudgetStatus& s : status(now)) {
        const Budget& b = s.budget;
        if ((!b.provider.isEmpty() && b.provider != provider) || (!b.model.isEmpty() && b.model != model))
            continue;
        if (b.kind == Budget::Kind::CreditFloor) {
            if (s.state != BudgetStatus::State::Ok && !c.warn) {
                c.warn = true;
                c.sentence = s.alertText();
            }
            continue;
        }
        const Money::Amount after = s.spent + estimate.value_or(0);
        const bool over = after >= b.limit;
        const bool nearing = Money::toDecimalString(after).toDouble() * 100.0
            >= Money::toDecimalString(b.limit).toDouble() * b.warnPercent;
        if (over && b.hardStop) {
            c.blocked = true;
            c.warn = true;
            c.sentence = tr("%1 is reached (%2 spent so far); sending is blocked until the period ends, raise the limit "
                            "in Settings, or send this one request anyway.")
                             .arg(b.describe(), Money::formatUsd(s.spent, locale));
            return c;
        }
        if (nearing && !c.warn) {
            c.warn = true;
            c.sentence = tr("%1: %2 spent so far, and this request would bring it to about %3.")
                             .arg(b.describe(), Money::formatUsd(s.spent, locale), Money::formatUsd(after, locale));
        }
    }
    return c;
}

Budgets::Check Budgets::check(const ChatRequest& request, const ProviderPreset& preset, const PriceBook& prices,
                              const QDateTime& now) const
{
    const QString model = request.primaryModel();
    // The system prompt counts like one more message; files by AttachmentPolicy's figures.
    const qint64 systemTokens = request.params.systemPrompt.isEmpty() ? 0 : (request.params.systemPrompt.size() + 4 + 3) / 4;
    const qint64 fileTokens = AttachmentPolicy::estimatedTokens(preset, request);
    const auto cost = preset.local ? std::optional<Money::Amount>(0)
                                   : estimate(request.messages, prices.find(preset, model), systemTokens + fileTokens);
    return check(preset.id, model, cost, now);
}

std::optional<Money::Amount> Budgets::estimate(const QList<ChatMessage>& messages, const ModelPrice& price,
                                               qint64 extraTokens)
{
    qint64 chars = 0;
    for (const ChatMessage& m : messages)
        chars += promptChars(m.content);
    return estimateChars(chars, price, extraTokens);
}

std::optional<Money::Amount> Budgets::estimateChars(qint64 chars, const ModelPrice& price, qint64 extraTokens)
{
    if (!price.prompt || *price.prompt < 0)
        return std::nullopt;
    const qint64 tokens = (chars + 3) / 4 + extraTokens;
    return Money::Amount(tokens) * *price.prompt;
}
