#include "UsageModels.h"

#include "money/Money.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

UsageTableModel::UsageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UsageTableModel::setGroups(const QList<UsageGroup>& groups, const QString& keyTitle)
{
    beginResetModel();
    m_groups = groups;
    m_keyTitle = keyTitle;
    m_titles.clear();
    endResetModel();
}

void UsageTableModel::setSpeeds(const QHash<QString, UsageSpeed>& speeds)
{
    m_speeds = speeds;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, Ttft), index(int(m_groups.size()) - 1, TokensPerSecond), { Qt::DisplayRole, SortRole });
}

void UsageTableModel::setTitles(const QHash<QString, QString>& titles)
{
    m_titles = titles;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, Key), index(int(m_groups.size()) - 1, Key), { Qt::DisplayRole });
}

int UsageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int UsageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageGroup& g = m_groups.at(index.row());
    const QLocale locale;
    const qint64 known = g.requests - g.unknownCostRequests;
    if (role == KeyRole)
        return g.key;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Key: return g.key;
        case Requests: return g.requests;
        case PromptTokens: return g.promptTokens;
        case CompletionTokens: return g.completionTokens;
        case Cost: return Money::toDecimalString(g.cost).toDouble();
        case AverageCost: return known ? Money::toDecimalString(g.cost / known).toDouble() : -1.0;
        case ErrorRate: return g.requests ? double(g.failedRequests) / double(g.requests) : 0.0;
        case Ttft: return qlonglong(m_speeds.value(g.key).medianTtftMs.value_or(-1));
        case TokensPerSecond: return m_speeds.value(g.key).medianTokensPerSecond.value_or(-1.0);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Ttft || index.column() == TokensPerSecond))
        return tr("Median over the newest %n request(s) of this range.", nullptr, int(m_speeds.value(g.key).sampleSize));
    if (role == Qt::ToolTipRole && (index.column() == Cost || index.column() == AverageCost)) {
        QString tip = tr("Exactly $%1").arg(Money::toDecimalString(index.column() == Cost ? g.cost : (known ? g.cost / known : 0)));
        if (g.unknownCostRequests)
            tip += u'\n' + tr("%n request(s) with no known price are not in this sum.", nullptr, int(g.unknownCostRequests));
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key: return m_titles.value(g.key, g.key.isEmpty() ? tr("(none)") : g.key);
    case Requests: return locale.toString(g.requests);
    case PromptTokens: return locale.toString(g.promptTokens);
    case CompletionTokens: return locale.toString(g.completionTokens);
    case Cost:
        if (known == 0)
            return tr("unknown");
        return g.unknownCostRequests ? Money::formatUsd(g.cost, locale) + QStringLiteral(" +?") : Money::formatUsd(g.cost, locale);
    case AverageCost: return known ? Money::formatUsd(g.cost / known, locale) : tr("unknown");
    case ErrorRate: return g.requests ? locale.toString(100.0 * double(g.failedRequests) / double(g.requests), 'f', 1) + u'%' : QString();
    case Ttft: {
        const auto ms = m_speeds.value(g.key).medianTtftMs;
        return ms ? tr("%1 ms").arg(locale.toString(*ms)) : QString();
    }
    case TokensPerSecond: {
        const auto rate = m_speeds.value(g.key).medianTokensPerSecond;
        return rate ? locale.toString(*rate, 'f', 1) : QString();
    }
    default: return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return m_keyTitle;
    case Requests: return tr("Requests");
    case PromptTokens: return tr("Tokens in");
    case CompletionTokens: return tr("Tokens out");
    case Cost: return tr("Cost");
    case AverageCost: return tr("Avg / request");
    case ErrorRate: return tr("Errors");
    case Ttft: return tr("First token");
    case TokensPerSecond: return tr("Tokens/s");
    default: return {};
    }
}

LedgerLogModel::LedgerLogModel(const UsageQuery* query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
{
}

void LedgerLogModel::setFilter(const UsageFilter& filter)
{
    // The first page comes with the reset, so a view never fetches in the middle of it.
    beginResetModel();
    m_filter = filter;
    m_rows = m_query->logPage(m_filter, kPageSize, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
    m_atEnd = m_rows.size() < kPageSize;
    endResetModel();
}

int LedgerLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LedgerLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LedgerLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 beforeTime = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.constLast().startedAtMs;
    const qint64 beforeId = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.constLast().id;
    const QList<LedgerEntry> page = m_query->logPage(m_filter, kPageSize, beforeTime, beforeId);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant LedgerLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry& e = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Tokens && index.column() <= Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Cost)
        return e.cost ? tr("Exactly $%1 (%2)").arg(Money::toDecimalString(*e.cost), e.costSource) : tr("No price is known for this model.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return locale.toString(QDateTime::fromMSecsSinceEpoch(e.startedAtMs), QLocale::ShortFormat);
    case Provider: return e.provider;
    case ModelAsked: return e.modelRequested;
    case ModelServed: return e.modelServed;
    case Upstream: return e.upstreamProvider;
    case Tokens:
        return QStringLiteral("%1 / %2").arg(e.promptTokens ? locale.toString(*e.promptTokens) : QStringLiteral("?"),
                                            e.completionTokens ? locale.toString(*e.completionTokens) : QStringLiteral("?"));
    case Cost: return e.cost ? Money::formatUsd(*e.cost, locale) + u' ' + e.costSource.left(1) : tr("unknown");
    case Ttft: return e.ttftMs ? QStringLiteral("%1 ms").arg(locale.toString(*e.ttftMs)) : QString();
    case Duration: return QStringLiteral("%1 s").arg(locale.toString(double(e.durationMs) / 1000.0, 'f', 1));
    case Status: return e.errorKind.isEmpty() ? e.status : e.status + QStringLiteral(" (") + e.errorKind + u')';
    default: return {};
    }
}

QVariant LedgerLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Provider: return tr("Provider");
    case ModelAsked: return tr("Model asked");
    case ModelServed: return tr("Model served");
    case Upstream: return tr("Upstream");
    case Tokens: return tr("Tokens in / out");
    case Cost: return tr("Cost");
    case Ttft: return tr("First token");
    case Duration: return tr("Duration");
    case Status: return tr("Status");
    default: return {};
    }
}
