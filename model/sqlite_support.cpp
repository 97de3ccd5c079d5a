#include "model/sqlite_support.h"

namespace corridor::model {
namespace {

struct Phrase {
    ErrorCode code;
    const char* text;
    bool showSql; // the statement text helps only when the SQL itself is at fault
};

Phrase phraseFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Io, "another program is writing the file; try again when it has finished", false};
    case SQLITE_FULL:
        return {ErrorCode::Io, "disk full: the changes were not saved", false};
    case SQLITE_READONLY:
        return {ErrorCode::Io, "the file is read-only", false};
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io, "cannot open the file", false};
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {ErrorCode::Io, "permission denied", false};
    case SQLITE_IOERR:
    case SQLITE_PROTOCOL:
        return {ErrorCode::Io, "the file could not be read or written", false};
    case SQLITE_CORRUPT:
        return {ErrorCode::Format, "the file is corrupt", false};
    case SQLITE_NOTADB:
        return {ErrorCode::Format, "not a database, or a corrupt one", false};
    case SQLITE_INTERRUPT:
        return {ErrorCode::Cancelled, "cancelled", false};
    case SQLITE_ERROR:
        return {ErrorCode::InvalidArgument, "SQL error", true};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::InvalidArgument, "constraint failed", true};
    case SQLITE_MISMATCH:
        return {ErrorCode::InvalidArgument, "data type mismatch", true};
    case SQLITE_RANGE:
        return {ErrorCode::InvalidArgument, "parameter index out of range", true};
    case SQLITE_TOOBIG:
        return {ErrorCode::InvalidArgument, "value too big", true};
    case SQLITE_SCHEMA:
        return {ErrorCode::Internal, "the database schema changed", true};
    case SQLITE_NOMEM:
        return {ErrorCode::Internal, "out of memory", false};
    default:
        return {ErrorCode::Internal, "SQLite failed", true};
    }
}

} // namespace

Error sqliteError(sqlite3* db, int rc, const QString& path, const char* sql)
{
    const Phrase p = phraseFor(rc);
    // sqlite3_errmsg describes the connection's most recent failure; use it only when that failure is
    // the one we are reporting, otherwise SQLite's generic text for the code.
    const bool sameFailure = db && (sqlite3_extended_errcode(db) & 0xff) == (rc & 0xff);
    const char* words = sameFailure ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    QString message = QString::fromLatin1(p.text) + QStringLiteral(" (") + QString::fromUtf8(words) + QLatin1Char(')');
    if (p.showSql && sql && *sql) {
        QString text = QString::fromUtf8(sql).simplified();
        if (text.size() > 200)
            text = text.left(200) + QStringLiteral("…");
        message += QStringLiteral(" in: ") + text;
    }
    return Error{p.code, message, path};
}

Status execRaw(sqlite3* db, const char* sql, const QString& path)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, path, sql);
    return Ok{};
}

} // namespace corridor::model
