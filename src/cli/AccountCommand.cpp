#include "Cli.h"
#include "CliIo.h"
#include "chat/ChatOutcome.h"
#include "money/Money.h"
#include "openrouter/OpenRouterAccount.h"
#include "session/AppContext.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>
#include <QUrl>

namespace {

QString jsonAmount(const std::optional<Money::Amount>& a)
{
    return a ? Money::toDecimalString(*a) : QStringLiteral("null");
}

QString shown(const std::optional<Money::Amount>& a, const QString& none)
{
    return a ? Money::formatUsd(*a, QLocale()) : none;
}

QString json(const OpenRouterSnapshot& s)
{
    const auto field = [](const char* name, const QString& value) {
        return QStringLiteral("\"%1\":%2").arg(QLatin1String(name), value);
    };
    const QString label
        = s.key.label.isEmpty() ? QStringLiteral("null") : TextFormat::jsonString(s.key.label);
    const QStringList fields {
        field("label", label),
        field("limit_usd", jsonAmount(s.key.limit)),
        field("limit_remaining_usd", jsonAmount(s.key.limitRemaining)),
        field("usage_day_usd", jsonAmount(s.key.usageDaily)),
        field("usage_week_usd", jsonAmount(s.key.usageWeekly)),
        field("usage_month_usd", jsonAmount(s.key.usageMonthly)),
        field("credits_total_usd", jsonAmount(s.credits.total)),
        field("credits_used_usd", jsonAmount(s.credits.used)),
        field("ledger_day_usd", Money::toDecimalString(s.ledger.day)),
        field("ledger_week_usd", Money::toDecimalString(s.ledger.week)),
        field("ledger_month_usd", Money::toDecimalString(s.ledger.month)),
    };
    return u'{' + fields.join(u',') + QStringLiteral("}\n");
}

QString table(const OpenRouterSnapshot& s)
{
    const QLocale locale;
    const QString unknown = CliText::tr("unknown");
    const QString unlimited = CliText::tr("unlimited");
    QString out;
    out += CliText::tr("Key: %1").arg(s.key.label.isEmpty() ? unknown : s.key.label) + u'\n';
    out += CliText::tr("Limit: %1, remaining %2")
               .arg(shown(s.key.limit, unlimited),
                   shown(s.key.limitRemaining, s.key.limit ? unknown : unlimited))
        + u'\n';
    if (s.key.isFreeTier && *s.key.isFreeTier)
        out += CliText::tr("Free tier: no credits bought yet.") + u'\n';
    out += CliText::tr("Credits: %1 bought, %2 used, %3 left")
               .arg(shown(s.credits.total, unknown), shown(s.credits.used, unknown),
                   shown(s.credits.left(), unknown))
        + QStringLiteral("\n\n");
    const auto diff = [&](const std::optional<Money::Amount>& key, Money::Amount ledger) -> QString {
        return key ? Money::formatUsd(*key - ledger, locale) : unknown;
    };
    out += CliIo::table({ { CliText::tr("period (UTC)"), false }, { CliText::tr("OpenRouter"), true },
                            { CliText::tr("ledger"), true }, { CliText::tr("difference"), true } },
        { { CliText::tr("today"), shown(s.key.usageDaily, unknown), Money::formatUsd(s.ledger.day, locale),
              diff(s.key.usageDaily, s.ledger.day) },
            { CliText::tr("this week"), shown(s.key.usageWeekly, unknown),
                Money::formatUsd(s.ledger.week, locale), diff(s.key.usageWeekly, s.ledger.week) },
            { CliText::tr("this month"), shown(s.key.usageMonthly, unknown),
                Money::formatUsd(s.ledger.month, locale), diff(s.key.usageMonthly, s.ledger.month) } });
    for (const QString& reason : OpenRouterAccount::differenceReasons(s))
        out += reason + u'\n';
    return out;
}

} // namespace

int Cli::account(AppContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("The OpenRouter key's usage and the account's credits, beside the ledger."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("base-url"), CliText::tr("Use this base URL for this call."),
            QStringLiteral("URL") },
        { QStringLiteral("format"), CliText::tr("table or json (default: table)."), QStringLiteral("FORMAT"),
            QStringLiteral("table") },
    });
    if (!parser.parse(QStringList { QStringLiteral("switchyard account") } + args)) {
        CliIo::err(
            CliText::tr("switchyard account: %1; see `switchyard account --help`.").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return Ok;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        CliIo::err(CliText::tr("switchyard account: --format takes table or json."));
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliIo::err(CliText::tr("switchyard account: unexpected \"%1\"; see `switchyard account --help`.")
                       .arg(parser.positionalArguments().constFirst()));
        return Usage;
    }
    const QString baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QUrl url(baseUrl);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!url.isValid() || !web || url.host().isEmpty()) {
            CliIo::err(
                CliText::tr("switchyard account: --base-url needs a URL like https://openrouter.ai/api/v1."));
            return Usage;
        }
    }
    OpenRouterAccount account(&context);
    OpenRouterSnapshot snapshot;
    QEventLoop loop;
    QObject::connect(&account, &OpenRouterAccount::finished, &loop, [&](const OpenRouterSnapshot& s) {
        snapshot = s;
        loop.quit();
    });
    account.fetch(baseUrl);
    if (account.busy())
        loop.exec();
    if (!snapshot.error.isEmpty()) {
        CliIo::err(snapshot.error);
        const int code = exitCodeFor(ErrorKind(snapshot.errorKind));
        return code == 0 ? ProviderProblem : code;
    }
    if (!snapshot.creditsProblem.isEmpty()) // the credits stay null; the key's facts stand
        CliIo::err(CliText::tr("Credits unknown: %1").arg(snapshot.creditsProblem));
    CliIo::out(format == QLatin1String("json") ? json(snapshot) : table(snapshot));
    return Ok;
}
