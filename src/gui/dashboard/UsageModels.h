#pragma once

#include "usage/UsageQuery.h"

#include <QAbstractTableModel>
#include <QHash>

// The per-model (or per-provider) table for the current range.
class UsageTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableModel)

public:
    enum Column { Key, Requests, PromptTokens, CompletionTokens, Cost, AverageCost, Ttft, TokensPerSecond, ErrorRate, ColumnCount };
    enum Roles { SortRole = Qt::UserRole, KeyRole };

    explicit UsageTableModel(QObject* parent = nullptr);
    void setGroups(const QList<UsageGroup>& groups, const QString& keyTitle);
    // Names to show instead of keys (conversation titles); keys stay in KeyRole.
    void setTitles(const QHash<QString, QString>& titles);
    void setSpeeds(const QHash<QString, UsageSpeed>& speeds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UsageGroup> m_groups;
    QString m_keyTitle;
    QHash<QString, QString> m_titles;
    QHash<QString, UsageSpeed> m_speeds;
};

// One row per request, newest first, fetched a page at a time as the view scrolls.
class LedgerLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerLogModel)

public:
    enum Column { Time, Provider, ModelAsked, ModelServed, Upstream, Tokens, Cost, Ttft, Duration, Status, ColumnCount };
    static constexpr int kPageSize = 500;

    explicit LedgerLogModel(const UsageQuery* query, QObject* parent = nullptr);
    void setFilter(const UsageFilter& filter);
    const LedgerEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const UsageQuery* m_query;
    UsageFilter m_filter;
    QList<LedgerEntry> m_rows;
    bool m_atEnd = false;
};
