#include "OpenRouterPanel.h"

#include "gui/Theme.h"
#include "money/Money.h"
#include "openrouter/OpenRouterAccount.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QString money(const std::optional<Money::Amount>& a, const QString& none)
{
    return a ? Money::formatUsd(*a, QLocale()) : none;
}

} // namespace

OpenRouterPanel::OpenRouterPanel(AppContext* context, QWidget* parent)
    : QGroupBox(tr("OpenRouter account"), parent)
    , m_context(context)
    , m_account(new OpenRouterAccount(context, this))
    , m_body(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("openRouterPanel"));
    m_body->setObjectName(QStringLiteral("openRouterBody"));
    m_refresh->setObjectName(QStringLiteral("openRouterRefresh"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setText(tr("Not fetched yet."));
    auto* row = new QHBoxLayout(this);
    row->addWidget(m_body, 1);
    row->addWidget(m_refresh, 0, Qt::AlignTop);
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(true); });
    connect(m_account, &OpenRouterAccount::finished, this, &OpenRouterPanel::showSnapshot);
}

OpenRouterPanel::~OpenRouterPanel() = default;

bool OpenRouterPanel::isFetching() const
{
    return m_account->busy();
}

QString OpenRouterPanel::shownText() const
{
    QTextDocument doc;
    doc.setHtml(m_body->text());
    return doc.toPlainText();
}

void OpenRouterPanel::refresh(bool force)
{
    if (m_account->busy())
        return;
    if (!force && m_lastFetchMs && QDateTime::currentMSecsSinceEpoch() - m_lastFetchMs < kFreshForMs)
        return;
    m_refresh->setEnabled(false);
    m_account->fetch(m_baseUrl);
}

void OpenRouterPanel::showSnapshot(const OpenRouterSnapshot& s)
{
    m_refresh->setEnabled(true);
    m_lastFetchMs = QDateTime::currentMSecsSinceEpoch();
    if (!s.error.isEmpty()) {
        m_body->setText(s.error.toHtmlEscaped());
        Q_EMIT fetched(false);
        return;
    }
    const QLocale locale;
    const QString unknown = tr("unknown");
    const QString unlimited = tr("no limit");
    QString html;
    QStringList facts;
    facts << tr("Key <b>%1</b>").arg((s.key.label.isEmpty() ? unknown : s.key.label).toHtmlEscaped());
    if (s.key.limit) {
        QString limit
            = tr("limit %1, %2 left").arg(money(s.key.limit, unknown), money(s.key.limitRemaining, unknown));
        if (!s.key.limitReset.isEmpty())
            limit += u' ' + tr("(resets %1)").arg(s.key.limitReset.toHtmlEscaped());
        facts << limit;
    } else {
        facts << unlimited;
    }
    if (s.creditsProblem.isEmpty()) {
        facts << tr("credits %1 bought, %2 used, <b>%3 left</b>")
                     .arg(money(s.credits.total, unknown), money(s.credits.used, unknown),
                         money(s.credits.left(), unknown));
    } else {
        facts << tr("credits unknown: %1").arg(s.creditsProblem.toHtmlEscaped());
    }
    if (s.key.isFreeTier && *s.key.isFreeTier)
        facts << tr("free tier (no credits bought yet)");
    html += facts.join(QStringLiteral(" · "));

    const auto cell = [](const QString& text, bool head = false) {
        return QStringLiteral("<%1 align=\"right\" style=\"padding: 1px 10px\">%2</%1>")
            .arg(head ? QStringLiteral("th") : QStringLiteral("td"), text);
    };
    const auto diff = [&](const std::optional<Money::Amount>& key, Money::Amount ledger) -> QString {
        if (!key)
            return unknown;
        const Money::Amount d = *key - ledger;
        return (d > 0 ? QStringLiteral("+") : QString()) + Money::formatUsd(d, locale);
    };
    html += QStringLiteral("<table cellspacing=\"0\"><tr>") + cell(tr("UTC"), true) + cell(tr("Today"), true)
        + cell(tr("This week"), true) + cell(tr("This month"), true) + QStringLiteral("</tr><tr>")
        + cell(tr("OpenRouter says")) + cell(money(s.key.usageDaily, unknown))
        + cell(money(s.key.usageWeekly, unknown)) + cell(money(s.key.usageMonthly, unknown))
        + QStringLiteral("</tr><tr>") + cell(tr("Ledger recorded"))
        + cell(Money::formatUsd(s.ledger.day, locale)) + cell(Money::formatUsd(s.ledger.week, locale))
        + cell(Money::formatUsd(s.ledger.month, locale)) + QStringLiteral("</tr><tr>")
        + cell(tr("Difference")) + cell(diff(s.key.usageDaily, s.ledger.day))
        + cell(diff(s.key.usageWeekly, s.ledger.week)) + cell(diff(s.key.usageMonthly, s.ledger.month))
        + QStringLiteral("</tr></table>");
    const QStringList reasons = OpenRouterAccount::differenceReasons(s);
    if (!reasons.isEmpty()) {
        html += QStringLiteral("<span style=\"color:%1\">").arg(Theme::warning(palette()).name())
            + reasons.join(u' ').toHtmlEscaped() + QStringLiteral("</span>");
    }
    m_body->setText(html);
    Q_EMIT fetched(true);
}
