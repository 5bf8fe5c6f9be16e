#pragma once

class Database;
class QString;

// The per local day x provider x model aggregates behind every dashboard range.
// A trigger keeps them in step with each ledger insert; these functions rebuild
// them from the ledger, which stays the truth.
namespace UsageRollup {

// Rebuilds when the rollup was made in another time zone (local days moved) or
// never. Called on every open; a no-op in the usual case.
bool ensureCurrent(Database* db);
bool rebuild(Database* db);
// The zone local days are computed in (SQLite's 'localtime' follows the same TZ).
QString currentZone();

} // namespace UsageRollup
