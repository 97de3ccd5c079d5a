#pragma once
// Statement: one compiled SQL statement with typed binds and typed column getters.
//
// Ownership: owns its sqlite3_stmt and finalises it in the destructor. Made by Database::prepare(); it
// may outlive its Database (the connection closes when the last statement is gone). Move-only.
//
// Thread affinity: that of the Database it came from — one thread at a time.
//
// Binds: parameters are numbered from 1 (`?`, `?NNN`) or named (`:name`, `@name`, `$name`; pass the
// name with its prefix). QString binds as UTF-8 TEXT — an empty or null QString is '' , never NULL;
// use bindNull() or an empty std::optional for NULL. QByteArray binds as a BLOB (empty = zero-length
// blob), bool as INTEGER 0/1, any integer as a 64-bit INTEGER, double as REAL; NaN is refused because
// SQLite would silently store NULL in its place.
//
// Locks: a statement stepped part-way keeps its read transaction (and so its SHARED lock on the file)
// until reset() or destruction, which stops other programs from committing. Reset or drop it early.

#include "model/error.h"

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3_stmt;

namespace corridor::model {

namespace detail {
struct FinalizeStatement {
    void operator()(sqlite3_stmt* stmt) const noexcept; // sqlite3_finalize
};
} // namespace detail

class Statement {
public:
    ~Statement();
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // --- binds (by 1-based index) --------------------------------------------------------------------
    Status bind(int index, double value);
    Status bind(int index, const QString& value);
    Status bind(int index, const QByteArray& value);
    Status bind(int index, std::nullopt_t) { return bindNull(index); }
    /// Integers of any width, and bool (stored as 0/1).
    template <std::integral I>
    Status bind(int index, I value)
    {
        static_assert(std::is_signed_v<I> || sizeof(I) < sizeof(std::int64_t),
                      "SQLite integers are signed 64-bit: convert unsigned 64-bit values explicitly");
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    template <class T>
    Status bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// A string literal would otherwise be ambiguous (QString or QByteArray?): say which.
    Status bind(int index, const char* value) = delete;
    Status bindNull(int index);

    // --- binds (by name, with its prefix: ":id") -----------------------------------------------------
    template <class T>
    Status bind(const char* name, const T& value)
    {
        const Result<int> index = parameterIndex(name);
        if (!index)
            return index.error();
        return bind(*index, value);
    }
    Status bindNull(const char* name);
    /// The 1-based index of a named parameter; ErrorCode::InvalidArgument when the SQL has no such name.
    Result<int> parameterIndex(const char* name) const;
    int parameterCount() const;
    /// Sets every parameter back to NULL.
    void clearBindings();

    // --- execution -----------------------------------------------------------------------------------
    /// Advances to the next row: true when a row is available, false when the statement is done. On an
    /// error the statement is reset (its locks released) and can be run again.
    Result<bool> step();
    /// Steps until done (for INSERT/UPDATE/DELETE/DDL), then resets so it can run again with new binds.
    Status run();
    /// Steps through every row, calling `onRow()` for each (read the columns there); stops at the first
    /// error, from SQLite or returned by `onRow`.
    template <class F>
    Status forEachRow(F&& onRow)
    {
        for (;;) {
            const Result<bool> row = step();
            if (!row)
                return row.error();
            if (!*row)
                return Ok{};
            if (Status st = onRow(); !st)
                return st;
        }
    }
    /// Rewinds to before the first row, keeping the binds. Errors of the last step() were reported there.
    void reset();

    // --- columns of the current row (0-based) ------------------------------------------------------
    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    /// The value converted the way SQLite converts (NULL → 0, text → its leading number).
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnBool(int column) const { return columnInt64(column) != 0; }
    /// UTF-8 decoded; a null QString for NULL.
    QString columnText(int column) const;
    /// The bytes; a null QByteArray for NULL.
    QByteArray columnBlob(int column) const;

    /// The SQL text the statement was prepared from.
    QString sql() const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, QString path);
    Status bindInt64(int index, std::int64_t value);
    Status checkBind(int rc, int index) const;

    std::unique_ptr<sqlite3_stmt, detail::FinalizeStatement> m_stmt;
    QString m_path; // for error context: statements may outlive their Database
};

} // namespace corridor::model
