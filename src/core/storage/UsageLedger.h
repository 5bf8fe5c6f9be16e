#pragma once

#include <QList>
#include <QString>

class Database;
struct LedgerEntry;

// Writes the one row each request leaves behind. A request is recorded from the
// moment it is sent: begin() writes it as 'pending' (with this process's id),
// finish() completes it in place, and the rollup trigger moves its share in the same
// statement. A pending row whose process is gone becomes 'interrupted' at the next
// start (recoverInterrupted). Every write failure comes back as one sentence.
class UsageLedger final {
public:
    explicit UsageLedger(Database* db);

    // The new pending row's id, or 0 (and error) when it could not be written.
    qint64 begin(const LedgerEntry& entry, QString* error = nullptr);
    // Completes the row begun as id; with id 0 (begin failed) inserts it whole.
    bool finish(qint64 id, const LedgerEntry& entry, QString* error = nullptr, qint64* newId = nullptr);
    // Records how long the request has run, so an interrupted row says roughly how long it lived.
    bool heartbeat(qint64 id, qint64 durationMs, qint64 ttftMs);
    // A whole row at once (tests, imports). The new id, or 0 and error.
    qint64 insert(const LedgerEntry& entry, QString* error = nullptr);
    // Gives a row that belongs to no conversation this one (a comparison continued in a new
    // chat). A row that has a conversation keeps it; the rollup does not read the column.
    bool adoptIntoConversation(qint64 id, qint64 conversationId);
    // Pending rows whose process no longer runs become 'interrupted'. The count.
    int recoverInterrupted();

private:
    Database* m_db;
};
