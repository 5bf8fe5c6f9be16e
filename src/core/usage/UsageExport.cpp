#include "UsageExport.h"

#include "money/Money.h"
#include "util/TextFormat.h"

#include <QDateTime>
#include <QStringList>

namespace UsageExport {

namespace {
QString optText(const std::optional<qint64>& v, const QString& none)
{
    return v ? QString::number(*v) : none;
}
} // namespace

QString isoTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

QString groupsJson(const QList<UsageGroup>& groups, const QString& byName)
{
    QStringList objects;
        for (const UsageGroup& g : groups) {
            // Concatenated, not arg()-chained: a key may itself contain "%1".
            const QString n = QStringLiteral(",\"");
            objects.append(u'{' + TextFormat::jsonString(byName) + u':' + TextFormat::jsonString(g.key)
                           + n + QStringLiteral("requests\":") + QString::number(g.requests)
                           + n + QStringLiteral("failed_requests\":") + QString::number(g.failedRequests)
                           + n + QStringLiteral("prompt_tokens\":") + QString::number(g.promptTokens)
                           + n + QStringLiteral("completion_tokens\":") + QString::number(g.completionTokens)
                           + n + QStringLiteral("reasoning_tokens\":") + QString::number(g.reasoningTokens)
                           + n + QStringLiteral("cached_tokens\":") + QString::number(g.cachedTokens)
                           + n + QStringLiteral("cost_usd\":") + Money::toDecimalString(g.cost)
                           + n + QStringLiteral("unknown_cost_requests\":") + QString::number(g.unknownCostRequests)
                           + n + QStringLiteral("cost_source\":") + TextFormat::jsonString(g.costSource) + u'}');
        }
    return u'[' + objects.join(QStringLiteral(",\n")) + QStringLiteral("]\n");
}

QString groupsCsv(const QList<UsageGroup>& groups, const QString& byName)
{
        QString text = byName + QStringLiteral(",requests,failed_requests,prompt_tokens,completion_tokens,"
                                               "reasoning_tokens,cached_tokens,cost_usd,unknown_cost_requests,cost_source\n");
        for (const UsageGroup& g : groups) {
            text += QStringList { TextFormat::csvField(g.key), QString::number(g.requests), QString::number(g.failedRequests),
                                  QString::number(g.promptTokens), QString::number(g.completionTokens),
                                  QString::number(g.reasoningTokens), QString::number(g.cachedTokens),
                                  Money::toDecimalString(g.cost), QString::number(g.unknownCostRequests), g.costSource }
                        .join(u',')
                + u'\n';
        }
    return text;
}

QString logJson(const QList<LedgerEntry>& entries)
{
        QStringList objects;
        for (const LedgerEntry& e : entries) {
            using TextFormat::jsonString;
            const QString null = QStringLiteral("null");
            QStringList f;
            f << QStringLiteral("\"id\":") + QString::number(e.id)
              << QStringLiteral("\"time\":") + jsonString(isoTime(e.startedAtMs))
              << QStringLiteral("\"provider\":") + jsonString(e.provider)
              << QStringLiteral("\"model_requested\":") + jsonString(e.modelRequested)
              << QStringLiteral("\"model\":") + (e.modelServed.isEmpty() ? null : jsonString(e.modelServed))
              << QStringLiteral("\"upstream_provider\":") + (e.upstreamProvider.isEmpty() ? null : jsonString(e.upstreamProvider))
              << QStringLiteral("\"prompt_tokens\":") + optText(e.promptTokens, null)
              << QStringLiteral("\"completion_tokens\":") + optText(e.completionTokens, null)
              << QStringLiteral("\"reasoning_tokens\":") + optText(e.reasoningTokens, null)
              << QStringLiteral("\"cached_tokens\":") + optText(e.cachedTokens, null)
              << QStringLiteral("\"cache_write_tokens\":") + optText(e.cacheWriteTokens, null)
              << QStringLiteral("\"cost_usd\":") + (e.cost ? Money::toDecimalString(*e.cost) : null)
              << QStringLiteral("\"cost_source\":") + jsonString(e.costSource)
              << QStringLiteral("\"ttft_ms\":") + optText(e.ttftMs, null)
              << QStringLiteral("\"duration_ms\":") + QString::number(e.durationMs)
              << QStringLiteral("\"status\":") + jsonString(e.status)
              << QStringLiteral("\"error_kind\":") + (e.errorKind.isEmpty() ? null : jsonString(e.errorKind))
              << QStringLiteral("\"http_status\":") + (e.httpStatus ? QString::number(e.httpStatus) : null)
              << QStringLiteral("\"generation_id\":") + (e.generationId.isEmpty() ? null : jsonString(e.generationId))
              << QStringLiteral("\"conversation_id\":") + (e.conversationId ? QString::number(e.conversationId) : null)
              << QStringLiteral("\"compare_group\":") + (e.compareGroup.isEmpty() ? null : jsonString(e.compareGroup));
            objects.append(u'{' + f.join(u',') + u'}');
        }
    return u'[' + objects.join(QStringLiteral(",\n")) + QStringLiteral("]\n");
}

QStringList logColumns()
{
    return { QStringLiteral("time"), QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("upstream"),
             QStringLiteral("prompt"), QStringLiteral("completion"), QStringLiteral("cost_usd"), QStringLiteral("cost_source"),
             QStringLiteral("ttft_ms"), QStringLiteral("duration_ms"), QStringLiteral("status"), QStringLiteral("error_kind") };
}

QStringList logRow(const LedgerEntry& e)
{
    return { isoTime(e.startedAtMs), e.provider, e.modelServed.isEmpty() ? e.modelRequested : e.modelServed,
             e.upstreamProvider, optText(e.promptTokens, {}), optText(e.completionTokens, {}),
             e.cost ? Money::toDecimalString(*e.cost) : QString(), e.costSource,
             optText(e.ttftMs, {}), QString::number(e.durationMs), e.status, e.errorKind };
}

QString logCsv(const QList<LedgerEntry>& entries)
{
    QString text = logColumns().join(u',') + u'\n';
    for (const LedgerEntry& e : entries) {
        QStringList cells;
        for (const QString& c : logRow(e))
            cells.append(TextFormat::csvField(c));
        text += cells.join(u',') + u'\n';
    }
    return text;
}

} // namespace UsageExport
