#pragma once
// Private to model/: SQLite handle ownership and the translation of SQLite result codes into Errors.
// Include only from .cpp files; it pulls in sqlite3.h.

#include "model/database.h"
#include "model/error.h"

#include <sqlite3.h>

#include <QString>

#include <cstdint>
#include <memory>

namespace corridor::model {

namespace detail {
struct CloseDatabase {
    // close_v2, not close: it defers the close while Statements are alive instead of failing.
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
} // namespace detail
using OwnedSqlite = std::unique_ptr<sqlite3, detail::CloseDatabase>;

struct Database::Shared {
    OwnedSqlite db;
    QString path;
    Database::Mode mode = Database::Mode::ReadWrite;
    // Incremented by every Transaction::begin(). A Transaction rolls back only while the connection's
    // current transaction is still the one it began: after SQLite rolled a transaction back on its own
    // (SQLITE_FULL, some I/O errors) the same connection may already run a newer one.
    std::uint64_t transactionSerial = 0;
};

/// The Error for result code `rc` from a call on `db` (may be null): a plain phrase chosen from the
/// primary code, SQLite's own message, and — for errors in the SQL itself — the statement text.
/// `path` becomes the context.
Error sqliteError(sqlite3* db, int rc, const QString& path, const char* sql = nullptr);

/// sqlite3_exec on a raw handle, errors translated.
Status execRaw(sqlite3* db, const char* sql, const QString& path);

} // namespace corridor::model
