#pragma once
// Transaction: an all-or-nothing write on a Database. Everything between begin() and a successful
// commit() reaches the file atomically; if commit() is never called, or fails, the destructor rolls
// back and the file keeps its last committed state (SQLite's journal also covers a crash or power loss
// in between).
//
// begin() issues BEGIN IMMEDIATE: the write lock is taken up front, so a second writer (another
// connection or another program) fails at begin() — after the busy timeout, with a clear "another
// program is writing the file" error — instead of after doing its work, at commit().
//
// Ownership: refers to (does not own) its Database, which must outlive it; moving the Database is fine.
// Move-only. Thread affinity: that of the Database. The destructor never throws.

#include "model/database.h"
#include "model/error.h"

#include <cstdint>

namespace corridor::model {

class Transaction {
public:
    /// BEGIN IMMEDIATE on `db`. Fails when another connection holds the write lock past the busy
    /// timeout (ErrorCode::Io), or when a transaction is already open on `db` (SQLite has no nesting).
    static Result<Transaction> begin(Database& db);

    /// Rolls back unless commit() succeeded; reports nothing (call rollback() to see errors).
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Makes the changes durable. On failure (e.g. SQLITE_BUSY because readers hold the file, disk
    /// full) the error is returned; if SQLite kept the transaction open, it stays active so commit()
    /// may be retried, else (SQLite already rolled it back) it is over.
    Status commit();
    /// Discards the changes now. A no-op (Ok) when SQLite already rolled the transaction back itself.
    Status rollback();
    /// True until commit() succeeds or the transaction is rolled back (by us or by SQLite, e.g. after
    /// SQLITE_FULL).
    bool isActive() const;

private:
    Transaction(Database::Shared* db, std::uint64_t serial) : m_db(db), m_serial(serial) {}
    Database::Shared* m_db = nullptr; // null when committed, rolled back or moved from
    std::uint64_t m_serial = 0;       // which BEGIN on that connection is ours (see Database::Shared)
};

} // namespace corridor::model
