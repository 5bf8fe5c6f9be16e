#pragma once

#include <QtGlobal>

class Database;
struct LedgerEntry;

// Writes the one row each request leaves behind.
class UsageLedger final {
public:
    explicit UsageLedger(Database* db);
    // The new row's id, or 0 when it could not be written.
    qint64 insert(const LedgerEntry& entry);

private:
    Database* m_db;
};
