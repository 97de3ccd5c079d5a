#include "model/sqlite_support.h"

#include "model/tr.h"

namespace corridor::model {
namespace {

struct Phrase {
    ErrorCode code;
    const char* text; // English; translated (context ModelText) when the message is made
    bool showSql; // the statement text helps only when the SQL itself is at fault
};

Phrase phraseFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "another program is writing the file; try again when it has finished"), false};
    case SQLITE_FULL:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "disk full: the changes were not saved"), false};
    case SQLITE_READONLY:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "the file is read-only"), false};
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "cannot open the file"), false};
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "permission denied"), false};
    case SQLITE_IOERR:
    case SQLITE_PROTOCOL:
        return {ErrorCode::Io, QT_TRANSLATE_NOOP("ModelText", "the file could not be read or written"), false};
    case SQLITE_CORRUPT:
        return {ErrorCode::Format, QT_TRANSLATE_NOOP("ModelText", "the file is corrupt"), false};
    case SQLITE_NOTADB:
        return {ErrorCode::Format, QT_TRANSLATE_NOOP("ModelText", "not a database, or a corrupt one"), false};
    case SQLITE_INTERRUPT:
        //: The operation on the project file was cancelled (by the user).
        return {ErrorCode::Cancelled, QT_TRANSLATE_NOOP("ModelText", "cancelled"), false};
    case SQLITE_ERROR:
        return {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("ModelText", "SQL error"), true};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("ModelText", "constraint failed"), true};
    case SQLITE_MISMATCH:
        return {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("ModelText", "data type mismatch"), true};
    case SQLITE_RANGE:
        return {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("ModelText", "parameter index out of range"), true};
    case SQLITE_TOOBIG:
        return {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("ModelText", "value too big"), true};
    case SQLITE_SCHEMA:
        return {ErrorCode::Internal, QT_TRANSLATE_NOOP("ModelText", "the database schema changed"), true};
    case SQLITE_NOMEM:
        return {ErrorCode::Internal, QT_TRANSLATE_NOOP("ModelText", "out of memory"), false};
    default:
        return {ErrorCode::Internal, QT_TRANSLATE_NOOP("ModelText", "SQLite failed"), true};
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
    const QString what = ModelText::tr(p.text);
    const QString sqlite = QString::fromUtf8(words);
    if (p.showSql && sql && *sql) {
        QString text = QString::fromUtf8(sql).simplified();
        if (text.size() > 200)
            text = text.left(200) + QStringLiteral("…");
        //: %1: what went wrong (e.g. "constraint failed"); %2: SQLite's own words (English); %3: the SQL
        //: statement at fault.
        return Error{p.code, ModelText::tr("%1 (%2) in: %3").arg(what, sqlite, text), path};
    }
    //: %1: what went wrong (e.g. "disk full: the changes were not saved"); %2: SQLite's own words (English).
    return Error{p.code, ModelText::tr("%1 (%2)").arg(what, sqlite), path};
}

Status execRaw(sqlite3* db, const char* sql, const QString& path)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, path, sql);
    return Ok{};
}

} // namespace corridor::model
