#include "UsageView.h"
#include "ui_UsageView.h"

#include "OpenRouterPanel.h"
#include "UsageModels.h"
#include "gui/Theme.h"

#include "money/Money.h"
#include "session/AppContext.h"
#include "storage/ConversationStore.h"
#include "usage/UsageExport.h"
#include "usage/UsageQuery.h"
#include "usage/UsageRange.h"
#include "usage/UsageTotals.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

namespace {

enum class Metric { Spend, Tokens, Requests };

double valueOf(const UsageGroup& g, Metric m)
{
    switch (m) {
    case Metric::Spend: return Money::toDecimalString(g.cost).toDouble();
    case Metric::Tokens: return double(g.promptTokens + g.completionTokens);
    case Metric::Requests: return double(g.requests);
    }
    return 0;
}

QString valueText(double v, Metric m)
{
    const QLocale locale;
    if (m == Metric::Spend)
        return Money::formatUsd(*Money::parseUsd(QString::number(v, 'g', 17)), locale);
    return locale.toString(qlonglong(v));
}

// A request's OpenRouter routing ({"models": [...], "provider": {...}}) for people:
// "Routing: models a → b · provider: order anthropic, openai; sort price; allow_fallbacks no".
QString routingText(const QString& json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto valueText = [](const QJsonValue& v) -> QString {
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue& item : v.toArray())
                items.append(item.isString() ? item.toString() : item.toVariant().toString());
            return items.join(QStringLiteral(", "));
        }
        if (v.isBool())
            return v.toBool() ? UsageView::tr("yes") : UsageView::tr("no");
        if (v.isObject()) {
            QStringList parts;
            const QJsonObject inner = v.toObject();
            for (auto it = inner.begin(); it != inner.end(); ++it)
                parts.append(it.key() + u' ' + (it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', QLocale::FloatingPointShortest) : it.value().toString()));
            return parts.join(QStringLiteral(", "));
        }
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        return v.toString();
    };
    QStringList parts;
    const QJsonArray models = o.value(QLatin1String("models")).toArray();
    if (!models.isEmpty()) {
        QStringList names;
        for (const QJsonValue& m : models)
            names.append(m.toString());
        parts.append(UsageView::tr("models %1").arg(names.join(QStringLiteral(" → "))));
    }
    const QJsonObject provider = o.value(QLatin1String("provider")).toObject();
    if (!provider.isEmpty()) {
        QStringList prefs;
        for (auto it = provider.begin(); it != provider.end(); ++it)
            prefs.append(it.key() + u' ' + valueText(it.value()));
        parts.append(UsageView::tr("provider: %1").arg(prefs.join(QStringLiteral("; "))));
    }
    if (parts.isEmpty())
        return {};
    return UsageView::tr("Routing: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

UsageView::UsageView(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::UsageView)
    , m_context(context)
    , m_query(std::make_unique<UsageQuery>(context->database()))
    , m_table(new UsageTableModel(this))
    , m_log(new LedgerLogModel(m_query.get(), this))
    , m_openRouter(new OpenRouterPanel(context, this))
    , m_compareChip(new QLabel(this))
    , m_compareClear(new QToolButton(this))
{
    m_ui->setupUi(this);
    // OpenRouter's account figures under the headline, above the charts.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->usageStack), m_openRouter);
    // The compare run filter, as a clearable chip beside the status filter.
    m_compareChip->setObjectName(QStringLiteral("compareChip"));
    m_compareClear->setObjectName(QStringLiteral("compareClear"));
    m_compareClear->setText(QStringLiteral("✕"));
    m_compareClear->setToolTip(tr("Show every request, not only this compare run"));
    m_compareClear->setAutoRaise(true);
    m_ui->logFilterRow->insertWidget(1, m_compareChip);
    m_ui->logFilterRow->insertWidget(2, m_compareClear);
    m_compareChip->setVisible(false);
    m_compareClear->setVisible(false);
    connect(m_compareClear, &QToolButton::clicked, this, [this] { showCompareGroup({}); });
    m_ui->logTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->logTable, &QWidget::customContextMenuRequested, this, &UsageView::showLogMenu);
    const std::pair<QString, QString> ranges[] = {
        { tr("Today"), QStringLiteral("today") },         { tr("Last 7 days"), QStringLiteral("7d") },
        { tr("Last 30 days"), QStringLiteral("30d") },    { tr("This month"), QStringLiteral("month") },
        { tr("Last month"), QStringLiteral("lastmonth") }, { tr("Last 90 days"), QStringLiteral("90d") },
        { tr("This year"), QStringLiteral("year") },      { tr("All time"), QStringLiteral("all") },
    };
    for (const auto& [label, id] : ranges)
        m_ui->rangeCombo->addItem(label, id);
    m_ui->rangeCombo->addItem(tr("Custom…"), QStringLiteral("custom"));
    m_ui->rangeCombo->setCurrentIndex(2);
    m_ui->sinceEdit->setDate(QDate::currentDate().addDays(-6));
    m_ui->untilEdit->setDate(QDate::currentDate());
    m_ui->sinceEdit->setVisible(false);
    m_ui->untilEdit->setVisible(false);
    const std::pair<QString, QString> statuses[] = {
        { tr("Every status"), QString() }, { tr("Done"), QStringLiteral("done") }, { tr("Errors"), QStringLiteral("error") },
        { tr("Stopped"), QStringLiteral("cancelled") }, { tr("Timed out"), QStringLiteral("timeout") },
        { tr("Cut short"), QStringLiteral("truncated") },
    };
    for (const auto& [label, id] : statuses)
        m_ui->statusCombo->addItem(label, id);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] { showLogFor(m_logKey); });
    for (QDateEdit* edit : { m_ui->sinceEdit, m_ui->untilEdit })
        connect(edit, &QDateEdit::dateChanged, this, &UsageView::refresh);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_ui->rangeCombo->currentData().toString() == QLatin1String("custom");
        m_ui->sinceEdit->setVisible(custom);
        m_ui->untilEdit->setVisible(custom);
    });
    m_ui->groupCombo->addItem(tr("Model"), int(UsageGroupBy::Model));
    m_ui->groupCombo->addItem(tr("Provider"), int(UsageGroupBy::Provider));
    m_ui->groupCombo->addItem(tr("Conversation"), int(UsageGroupBy::Conversation));
    m_ui->metricCombo->addItem(tr("Spend"), int(Metric::Spend));
    m_ui->metricCombo->addItem(tr("Tokens"), int(Metric::Tokens));
    m_ui->metricCombo->addItem(tr("Requests"), int(Metric::Requests));

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_table);
    sorted->setSortRole(UsageTableModel::SortRole);
    m_ui->modelTable->setModel(sorted);
    m_ui->modelTable->sortByColumn(UsageTableModel::Cost, Qt::DescendingOrder);
    m_ui->logTable->setModel(m_log);
    m_ui->logFilter->setVisible(false);
    m_ui->clearFilterButton->setVisible(false);
    m_ui->spendChart->setRenderHint(QPainter::Antialiasing);
    m_ui->shareChart->setRenderHint(QPainter::Antialiasing);
    m_ui->contentSplitter->setStretchFactor(1, 1);

    for (QComboBox* combo : { m_ui->rangeCombo, m_ui->groupCombo, m_ui->metricCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &UsageView::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UsageView::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_openRouter, [this] { m_openRouter->refresh(true); });
    auto* exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Requests as CSV…"), this, [this] { exportWithDialog(ExportWhat::Requests, ExportFormat::Csv); });
    exportMenu->addAction(tr("Requests as JSON…"), this, [this] { exportWithDialog(ExportWhat::Requests, ExportFormat::Json); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Table as CSV…"), this, [this] { exportWithDialog(ExportWhat::Table, ExportFormat::Csv); });
    exportMenu->addAction(tr("Table as JSON…"), this, [this] { exportWithDialog(ExportWhat::Table, ExportFormat::Json); });
    m_ui->exportButton->setMenu(exportMenu);
    connect(m_ui->modelTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString key = index.data(UsageTableModel::KeyRole).toString();
        // A conversation's row opens the conversation; a model's or provider's, its requests.
        if (UsageGroupBy(m_ui->groupCombo->currentData().toInt()) == UsageGroupBy::Conversation) {
            if (key.toLongLong() > 0)
                Q_EMIT openConversation(key.toLongLong());
            return;
        }
        showLogFor(key);
    });
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, [this] { showLogFor({}); });
    connect(m_ui->logTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetail(current.row()); });
    connect(m_ui->logDetail, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("conversation:")))
            Q_EMIT openConversation(link.mid(13).toLongLong());
    });
}

UsageView::~UsageView() = default;

QChart* UsageView::spendChart() const
{
    return m_ui->spendChart->chart();
}

QChart* UsageView::shareChart() const
{
    return m_ui->shareChart->chart();
}

UsageFilter UsageView::currentFilter() const
{
    UsageFilter f = m_ui->rangeCombo->currentData().toString() == QLatin1String("custom")
        ? UsageRange::days(m_ui->sinceEdit->date(), m_ui->untilEdit->date())
        : UsageRange::preset(m_ui->rangeCombo->currentData().toString());
    f.compareGroup = m_compareGroup;
    return f;
}

void UsageView::showCompareGroup(const QString& group)
{
    m_compareGroup = group;
    m_compareChip->setText(group.isEmpty() ? QString() : tr("Compare run %1").arg(group));
    m_compareChip->setVisible(!group.isEmpty());
    m_compareClear->setVisible(!group.isEmpty());
    if (!group.isEmpty())
        m_ui->tables->setCurrentWidget(m_ui->logTab);
    refresh();
}

void UsageView::showLogMenu(const QPoint& pos)
{
    const QModelIndex index = m_ui->logTable->indexAt(pos);
    if (!index.isValid())
        return;
    const QString group = m_log->entry(index.row()).compareGroup;
    QMenu menu(this);
    QAction* only = menu.addAction(tr("Show This Compare Run"));
    only->setEnabled(!group.isEmpty() && group != m_compareGroup);
    QAction* all = menu.addAction(tr("Show Every Request"));
    all->setEnabled(!m_compareGroup.isEmpty());
    QAction* chosen = menu.exec(m_ui->logTable->viewport()->mapToGlobal(pos));
    if (chosen == only)
        showCompareGroup(group);
    else if (chosen == all)
        showCompareGroup({});
}

bool UsageView::exportTo(const QString& path, ExportWhat what, ExportFormat format, QString* error) const
{
    UsageFilter filter = currentFilter();
    const auto by = UsageGroupBy(m_ui->groupCombo->currentData().toInt());
    if (what == ExportWhat::Requests && !m_logKey.isEmpty())
        (by == UsageGroupBy::Provider ? filter.provider : filter.model) = m_logKey;
    QString text;
    if (what == ExportWhat::Requests) {
        const QList<LedgerEntry> entries = m_query->log(filter);
        text = format == ExportFormat::Csv ? UsageExport::logCsv(entries) : UsageExport::logJson(entries);
    } else {
        const QList<UsageGroup> groups = m_query->aggregate(by, filter);
        const QString name = UsageQuery::groupByName(by);
        text = format == ExportFormat::Csv ? UsageExport::groupsCsv(groups, name) : UsageExport::groupsJson(groups, name);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1 (%2); choose another place.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void UsageView::exportWithDialog(ExportWhat what, ExportFormat format)
{
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    const QString name = (what == ExportWhat::Requests ? QStringLiteral("switchyard-requests-") : QStringLiteral("switchyard-usage-"))
        + m_ui->rangeCombo->currentData().toString() + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir::home().filePath(name),
                                                      format == ExportFormat::Csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, what, format, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

void UsageView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsageView::refresh()
{
    if (isVisible())
        m_openRouter->refresh(); // fetched again only when the last answer is a few minutes old
    const UsageFilter filter = currentFilter();
    const auto by = UsageGroupBy(m_ui->groupCombo->currentData().toInt());
    m_query->clearError();
    const QList<UsageGroup> groups = m_query->aggregate(by, filter);
    const UsageGroup total = UsageTotals::sum(groups);
    if (m_emptyText.isEmpty())
        m_emptyText = m_ui->emptyState->text();
    if (!m_query->error().isEmpty()) {
        // A failed read is said; an empty page would claim there were no requests.
        m_ui->headline->clear();
        m_ui->emptyState->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                      .arg(tr("The usage could not be read").toHtmlEscaped(), m_query->error().toHtmlEscaped()));
        m_ui->usageStack->setCurrentWidget(m_ui->emptyState);
        return;
    }
    m_ui->emptyState->setText(m_emptyText);
    if (total.requests == 0) {
        m_ui->headline->clear();
        m_ui->usageStack->setCurrentWidget(m_ui->emptyState);
        return;
    }
    m_ui->usageStack->setCurrentWidget(m_ui->contentSplitter);
    const QLocale locale;
    const qint64 priced = total.requests - total.unknownCostRequests;
    QString headline = tr("<b style=\"font-size:large\">%1</b> spent · %2 requests · %3 tokens in · %4 tokens out · "
                          "%5 per request · %6% failed")
                           .arg(Money::formatUsd(total.cost, locale), locale.toString(total.requests),
                                locale.toString(total.promptTokens), locale.toString(total.completionTokens),
                                priced ? Money::formatUsd(total.cost / priced, locale) : tr("unknown"),
                                locale.toString(100.0 * double(total.failedRequests) / double(total.requests), 'f', 1));
    if (total.unknownCostRequests) {
        headline += QStringLiteral("<br><span style=\"color:%1\">").arg(Theme::warning(palette()).name())
            + tr("%n request(s) have no known price and are not in the spend: their cost is unknown, not zero.", nullptr,
                 int(total.unknownCostRequests))
            + QStringLiteral("</span>");
    }
    m_ui->headline->setText(headline);
    m_table->setGroups(groups, m_ui->groupCombo->currentText());
    m_table->setSpeeds(m_query->speeds(by, filter));
    if (by == UsageGroupBy::Conversation) {
        // Conversations by title; the ledger keeps the rows of deleted ones.
        const ConversationStore store(m_context->database());
        m_conversationTitles.clear();
        for (const UsageGroup& g : groups) {
            const qint64 id = g.key.toLongLong();
            const QString title = id > 0 ? store.find(id).title : QString();
            m_conversationTitles.insert(g.key, id <= 0 ? tr("outside a chat (command line)")
                                                : title.isEmpty() ? tr("deleted chat #%1").arg(id) : title);
        }
        m_table->setTitles(m_conversationTitles);
    } else {
        m_conversationTitles.clear();
    }
    m_ui->modelTable->resizeColumnsToContents();
    fillSpendChart(filter);
    fillShareChart(filter);
    showLogFor(m_logKey);
}

void UsageView::fillSpendChart(const UsageFilter& filter)
{
    const auto series = UsageGroupBy(m_ui->groupCombo->currentData().toInt());
    const auto metric = Metric(m_ui->metricCombo->currentData().toInt());
    const qint64 days = filter.since.isValid() ? filter.since.daysTo(filter.until) : 10000;
    const UsageGroupBy bucket = days <= 45 ? UsageGroupBy::Day : days <= 200 ? UsageGroupBy::Week : UsageGroupBy::Month;
    const QList<UsageCell> cells = m_query->breakdown(bucket, series, filter);

    // The named series are the largest by the metric; the rest add up to "Other".
    QMap<QString, double> totals;
    QStringList buckets;
    for (const UsageCell& c : cells) {
        totals[c.series] += valueOf(c.values, metric);
        if (buckets.isEmpty() || buckets.constLast() != c.bucket)
            buckets.append(c.bucket);
    }
    QStringList named = totals.keys();
    std::sort(named.begin(), named.end(), [&totals](const QString& a, const QString& b) { return totals[a] > totals[b]; });
    const bool other = named.size() > kNamedSeries;
    named = named.mid(0, kNamedSeries);
    QMap<QString, QVector<double>> values;
    for (const QString& s : std::as_const(named))
        values[s] = QVector<double>(buckets.size(), 0.0);
    if (other)
        values[tr("Other")] = QVector<double>(buckets.size(), 0.0);
    for (const UsageCell& c : cells) {
        const QString key = named.contains(c.series) ? c.series : tr("Other");
        values[key][buckets.indexOf(c.bucket)] += valueOf(c.values, metric);
    }

    auto* chart = new QChart;
    chart->setTitle(m_ui->metricCombo->currentText() + u' ' + tr("per %1").arg(bucket == UsageGroupBy::Day ? tr("day") : bucket == UsageGroupBy::Week ? tr("week") : tr("month")));
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto* bars = new QStackedBarSeries(chart);
    QStringList order = named;
    if (other)
        order.append(tr("Other"));
    double peak = 0;
    QVector<double> stack(buckets.size(), 0.0);
    for (const QString& name : std::as_const(order)) {
        auto* set = new QBarSet(seriesName(name));
        for (int i = 0; i < buckets.size(); ++i) {
            set->append(values[name][i]);
            stack[i] += values[name][i];
        }
        connect(set, &QBarSet::hovered, this, [set, metric, buckets](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3").arg(buckets.value(index), set->label(), valueText(set->at(index), metric)));
        });
        bars->append(set);
    }
    for (double v : std::as_const(stack))
        peak = qMax(peak, v);
    chart->addSeries(bars);
    // Short labels: "10-24" for days and weeks, "Oct 2026" for months.
    QStringList labels;
    for (const QString& b : std::as_const(buckets)) {
        if (bucket == UsageGroupBy::Month)
            labels.append(QLocale().toString(QDate::fromString(b + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yyyy")));
        else
            labels.append(b.mid(5));
    }
    auto* x = new QBarCategoryAxis(chart);
    x->append(labels);
    x->setTruncateLabels(false);
    if (labels.size() > 12)
        x->setLabelsAngle(-90); // upright labels fit one per bar instead of eliding to "…"
    auto* y = new QValueAxis(chart);
    y->setRange(0, peak > 0 ? peak * 1.1 : 1);
    y->setLabelFormat(metric == Metric::Spend ? QStringLiteral("$%.2g") : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_ui->spendChart->chart();
    m_ui->spendChart->setChart(chart);
    delete old;
}

QString UsageView::seriesName(const QString& key) const
{
    if (key.isEmpty())
        return tr("(none)");
    return m_conversationTitles.value(key, key);
}

void UsageView::fillShareChart(const UsageFilter& filter)
{
    // The share by the other dimension: by provider when grouping by model, and back.
    const auto by = UsageGroupBy(m_ui->groupCombo->currentData().toInt()) == UsageGroupBy::Provider ? UsageGroupBy::Model
                                                                                                       : UsageGroupBy::Provider;
    const QList<UsageGroup> groups = m_query->aggregate(by, filter);
    auto* chart = new QChart;
    chart->setTitle(by == UsageGroupBy::Provider ? tr("Spend by provider") : tr("Spend by model"));
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto* pie = new QPieSeries(chart);
    pie->setHoleSize(0.45);
    const Money::Amount sum = UsageTotals::sum(groups).cost;
    const QLocale locale;
    for (const UsageGroup& g : groups) {
        if (g.cost <= 0)
            continue;
        const double share = sum > 0 ? 100.0 * Money::toDecimalString(g.cost).toDouble() / Money::toDecimalString(sum).toDouble() : 0;
        auto* slice = pie->append(QStringLiteral("%1: %2 (%3%)").arg(g.key, Money::formatUsd(g.cost, locale), locale.toString(share, 'f', 1)),
                                  Money::toDecimalString(g.cost).toDouble());
        slice->setProperty("exact", Money::toDecimalString(g.cost));
    }
    connect(pie, &QPieSeries::hovered, this, [](QPieSlice* slice, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), slice->label() + QStringLiteral("\n$") + slice->property("exact").toString());
    });
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart* old = m_ui->shareChart->chart();
    m_ui->shareChart->setChart(chart);
    delete old;
}

void UsageView::showLogFor(const QString& key)
{
    UsageFilter filter = currentFilter();
    filter.status = m_ui->statusCombo->currentData().toString();
    const bool byModel = UsageGroupBy(m_ui->groupCombo->currentData().toInt()) != UsageGroupBy::Provider;
    if (!key.isEmpty()) {
        (byModel ? filter.model : filter.provider) = key;
        m_ui->tables->setCurrentWidget(m_ui->logTab);
    }
    m_logKey = key;
    m_ui->logFilter->setText(key.isEmpty() ? QString() : tr("Requests to %1").arg(key));
    m_ui->logFilter->setVisible(!key.isEmpty());
    m_ui->clearFilterButton->setVisible(!key.isEmpty());
    m_log->setFilter(filter);
    m_ui->logDetail->clear();
}

void UsageView::showDetail(int row)
{
    if (row < 0 || row >= m_log->rowCount()) {
        m_ui->logDetail->clear();
        return;
    }
    const LedgerEntry& e = m_log->entry(row);
    auto opt = [](const std::optional<qint64>& v) { return v ? QString::number(*v) : QStringLiteral("—"); };
    QString text = tr("<b>#%1</b> %2 · %3 asked <b>%4</b>, served by <b>%5</b> via %6 · generation %7<br>"
                      "tokens: %8 in (%9 cached, %10 cache writes), %11 out (%12 reasoning) · cost %13 (%14) · "
                      "first token %15 ms · %16 ms · %17%18")
                       .arg(QString::number(e.id), QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toString(Qt::ISODate), e.provider,
                            e.modelRequested, e.modelServed.isEmpty() ? QStringLiteral("—") : e.modelServed,
                            e.upstreamProvider.isEmpty() ? QStringLiteral("—") : e.upstreamProvider,
                            e.generationId.isEmpty() ? QStringLiteral("—") : e.generationId)
                       .arg(opt(e.promptTokens), opt(e.cachedTokens), opt(e.cacheWriteTokens), opt(e.completionTokens),
                            opt(e.reasoningTokens), e.cost ? QStringLiteral("$") + Money::toDecimalString(*e.cost) : tr("unknown"),
                            e.costSource, opt(e.ttftMs))
                       .arg(QString::number(e.durationMs), e.status,
                            e.errorKind.isEmpty() ? QString() : QStringLiteral(" (%1, HTTP %2)").arg(e.errorKind).arg(e.httpStatus));
    if (e.conversationId)
        text += QStringLiteral(" · <a href=\"conversation:%1\">%2</a>").arg(e.conversationId).arg(tr("Open the conversation"));
    const QString routing = routingText(e.routing);
    if (!routing.isEmpty())
        text += QStringLiteral("<br>") + routing.toHtmlEscaped();
    if (!e.compareGroup.isEmpty())
        text += QStringLiteral("<br>") + tr("Compare run %1").arg(e.compareGroup.toHtmlEscaped());
    m_ui->logDetail->setText(text);
}

bool UsageView::showRequest(qint64 ledgerId, qint64 startedAtMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(startedAtMs);
    const UsageFilter range = currentFilter();
    if ((range.since.isValid() && at < range.since) || (range.until.isValid() && at >= range.until)) {
        m_ui->sinceEdit->setDate(at.date());
        m_ui->untilEdit->setDate(at.date());
        m_ui->rangeCombo->setCurrentIndex(m_ui->rangeCombo->findData(QStringLiteral("custom")));
    }
    if (m_ui->statusCombo->currentIndex() != 0)
        m_ui->statusCombo->setCurrentIndex(0);
    showLogFor({});
    m_ui->tables->setCurrentWidget(m_ui->logTab);
    for (;;) {
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->entry(row).id == ledgerId) {
                const QModelIndex index = m_log->index(row, 0);
                m_ui->logTable->setCurrentIndex(index);
                m_ui->logTable->scrollTo(index, QAbstractItemView::PositionAtCenter);
                showDetail(row);
                return true;
            }
        }
        if (!m_log->canFetchMore({}))
            return false;
        m_log->fetchMore({});
    }
}
