#pragma once

#include <QScopedPointer>
#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class UsageView;
}
class AppContext;
class LedgerLogModel;
class OpenRouterPanel;
class QLabel;
class QToolButton;
class QChart;
class UsageQuery;
class UsageTableModel;
struct UsageFilter;

// "Where did my money go?": headline figures, spend over time stacked by model or
// provider, the share by provider or model, a per-model table and the request log,
// for a range of local days, optionally one compare run. Everything comes from UsageQuery
// (no SQL here). Above it, OpenRouter's own account figures beside the ledger's.
class UsageView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageView)

public:
    explicit UsageView(AppContext* context, QWidget* parent = nullptr);
    ~UsageView() override;

    static constexpr int kNamedSeries = 6; // the rest is "Other"

    QChart* spendChart() const;
    OpenRouterPanel* openRouterPanel() const { return m_openRouter; }
    QString compareGroup() const { return m_compareGroup; }
    QChart* shareChart() const;
    UsageFilter currentFilter() const;

    enum class ExportWhat { Requests, Table };
    enum class ExportFormat { Csv, Json };
    // Writes the current range and filter; one sentence in error when it cannot.
    bool exportTo(const QString& path, ExportWhat what, ExportFormat format, QString* error) const;

public Q_SLOTS:
    void refresh();
    // The request log with this ledger row selected (the range widened to its day if needed).
    bool showRequest(qint64 ledgerId, qint64 startedAtMs);
    // Narrows the page (totals, charts, log) to the requests of one compare run; empty: all.
    void showCompareGroup(const QString& group);

Q_SIGNALS:
    void openConversation(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillSpendChart(const UsageFilter& filter);
    void fillShareChart(const UsageFilter& filter);
    void showLogFor(const QString& key);
    void showDetail(int row);
    void showLogMenu(const QPoint& pos);
    void exportWithDialog(ExportWhat what, ExportFormat format);
    QString seriesName(const QString& key) const; // a conversation's title for its id
    QHash<QString, QString> m_conversationTitles;
    QString m_logKey; // the model or provider the log is narrowed to; empty: all of them

    const QScopedPointer<Ui::UsageView> m_ui;
    AppContext* m_context;
    std::unique_ptr<UsageQuery> m_query;
    UsageTableModel* m_table;
    LedgerLogModel* m_log;
    OpenRouterPanel* m_openRouter;
    QLabel* m_compareChip;
    QToolButton* m_compareClear;
    QString m_compareGroup; // the compare run the page is narrowed to; empty: none
    QString m_emptyText; // the empty state as the form has it, restored after a failed read
};
