#pragma once
// Database: one SQLite connection to a file (normally the project GeoPackage).
//
// Ownership: owns the sqlite3 handle and closes it in its destructor (sqlite3_close_v2: if Statements
// prepared on it are still alive, SQLite keeps the connection as a "zombie" until the last one is
// finalised, so destruction order between a Database and its Statements is safe). A Transaction refers
// to its Database and must not outlive it. Move-only; moving keeps Transactions and Statements valid.
//
// Thread affinity: the connection is opened with SQLITE_OPEN_NOMUTEX (SQLite's "multi-thread" mode):
// SQLite does not serialise calls on it, so a Database and everything prepared from it are used by one
// thread at a time. Give each worker thread its own Database on the same file; SQLite's file locks
// arbitrate between connections (and between programs).
//
// Errors: every failure comes back as an Error whose context is the file path and whose message pairs a
// plain phrase ("another program is writing the file", "disk full", ...) with sqlite3_errmsg's words.

#include "model/error.h"
#include "model/statement.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>

struct sqlite3;

namespace corridor::model {

class Database {
public:
    enum class Mode {
        ReadOnly,  // the file must exist; nothing is ever written
        ReadWrite, // the file must exist and be writable
        Create,    // read-write, creating an empty database when the file does not exist
    };

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout{2000};

    /// Opens `path` (a file name, never a URI). Extended result codes and foreign keys are on. The file
    /// header and schema are read before returning, so a file that is not a database, or is corrupt in
    /// its header, fails here (ErrorCode::Format) rather than at the first query. A ReadWrite/Create
    /// open that SQLite could only open read-only fails with ErrorCode::Io.
    static Result<Database> open(const QString& path, Mode mode = Mode::ReadWrite,
                                 std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const;
    Mode mode() const;

    /// Runs one or more SQL statements that return no rows of interest (DDL, PRAGMA settings).
    Status exec(const QString& sql);
    /// Compiles exactly one SQL statement; more than one is an error (use exec() for scripts).
    Result<Statement> prepare(const QString& sql);

    /// True when a table (not a view) called `name` exists in the main schema (ASCII case-insensitive,
    /// like SQLite's own identifiers). False as well when the schema cannot be read.
    bool tableExists(const QString& name);
    /// The rowid of the most recent successful INSERT on this connection.
    std::int64_t lastInsertRowId() const;
    /// Rows changed by the most recent INSERT/UPDATE/DELETE on this connection.
    std::int64_t changes() const;
    /// True while a transaction is open (BEGIN ... not yet COMMIT/ROLLBACK) on this connection.
    bool inTransaction() const;

    /// PRAGMA quick_check: Ok, or ErrorCode::Format with SQLite's first findings.
    Status checkIntegrity();

    /// Changes the lock wait of this connection (see kDefaultBusyTimeout).
    void setBusyTimeout(std::chrono::milliseconds timeout);

    /// The raw handle, for model/ internals that need an SQLite call not wrapped here. Do not close it.
    sqlite3* handle() const;

private:
    friend class Transaction;
    // Kept on the heap so that a Transaction can point at it while the Database object itself moves
    // (into a Result, a member, ...). Defined in sqlite_support.h.
    struct Shared;
    struct SharedDeleter {
        void operator()(Shared* s) const noexcept;
    };
    explicit Database(std::unique_ptr<Shared, SharedDeleter> shared);
    std::unique_ptr<Shared, SharedDeleter> m_d;
};

} // namespace corridor::model
