#pragma once

#include "UsageQuery.h"

#include <QString>

// The ledger's figures as CSV and JSON, the same from the CLI and the Usage page.
// Money is printed as exact decimals (JSON numbers, not rounded doubles).
namespace UsageExport {

QString groupsJson(const QList<UsageGroup>& groups, const QString& byName);
QString groupsCsv(const QList<UsageGroup>& groups, const QString& byName);
QString logJson(const QList<LedgerEntry>& entries);
QString logCsv(const QList<LedgerEntry>& entries);

// One log row as the CSV and the CLI's table show it.
QStringList logColumns();
QStringList logRow(const LedgerEntry& entry);
QString isoTime(qint64 msSinceEpoch);

} // namespace UsageExport
