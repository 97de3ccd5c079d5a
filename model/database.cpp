#include "model/database.h"

#include "model/sqlite_support.h"
#include "model/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace corridor::model {
namespace {

int openFlags(Database::Mode mode)
{
    // NOMUTEX: each connection is confined to one thread (documented in database.h), so SQLite's
    // per-connection mutex would only cost time. EXRESCODE: extended codes from the open itself.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Database::Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Database::Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Database::Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    return flags;
}

/// SQLite says only "unable to open database file"; name the likelier cause when we can see it.
Error openError(sqlite3* db, int rc, const QString& path, Database::Mode mode)
{
    Error e = sqliteError(db, rc, path);
    if ((rc & 0xff) != SQLITE_CANTOPEN)
        return e;
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        //: %1: a folder path; %2: SQLite's own words (English), e.g. "unable to open database file".
        e.message = ModelText::tr("cannot open the file: the folder %1 does not exist (%2)")
                        .arg(QDir::toNativeSeparators(folder.path()), QString::fromUtf8(sqlite3_errstr(rc)));
    else if (mode != Database::Mode::Create && !info.exists())
        //: %1: SQLite's own words (English), e.g. "unable to open database file".
        e.message = ModelText::tr("cannot open the file: it does not exist (%1)").arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return e;
}

} // namespace

void Database::SharedDeleter::operator()(Shared* s) const noexcept
{
    delete s;
}

Database::Database(std::unique_ptr<Shared, SharedDeleter> shared) : m_d(std::move(shared)) {}
Database::~Database() = default;
Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept = default;

Result<Database> Database::open(const QString& path, Mode mode, std::chrono::milliseconds busyTimeout)
{
    if (path.isEmpty())
        return Error{ErrorCode::InvalidArgument, ModelText::tr("no database file name given"), {}};

    sqlite3* raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &raw, openFlags(mode), nullptr);
    // SQLite hands out a handle even when the open fails (to carry the message); it must be closed.
    OwnedSqlite db(raw);
    if (rc != SQLITE_OK)
        return openError(db.get(), rc, path, mode);

    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, static_cast<int>(busyTimeout.count()));

    // foreign_keys is per connection and off by default. Reading sqlite_master makes SQLite parse the
    // header and schema now: sqlite3_open_v2 is lazy, and a random or damaged file would otherwise only
    // be reported by the first query, far from the open that the user asked for.
    if (Status st = execRaw(raw, "PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_master;", path); !st)
        return st.error();

    // SQLITE_OPEN_READWRITE silently falls back to read-only when the OS refuses write access; a
    // caller who asked to write should hear that now, not at the first save.
    if (mode != Mode::ReadOnly && sqlite3_db_readonly(raw, "main") == 1)
        return Error{ErrorCode::Io, ModelText::tr("the file is read-only (opened for writing, but the system allows only reading)"), path};

    std::unique_ptr<Shared, SharedDeleter> shared(new Shared{std::move(db), path, mode, 0});
    return Database(std::move(shared));
}

const QString& Database::path() const
{
    return m_d->path;
}

Database::Mode Database::mode() const
{
    return m_d->mode;
}

sqlite3* Database::handle() const
{
    return m_d->db.get();
}

Status Database::exec(const QString& sql)
{
    return execRaw(handle(), sql.toUtf8().constData(), m_d->path);
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(handle(), utf8.constData(), int(utf8.size()), 0, &raw, &tail);
    if (rc != SQLITE_OK)
        return sqliteError(handle(), rc, m_d->path, utf8.constData());
    Statement statement(raw, m_d->path);
    //: A programming error, rarely seen by users. %1: the SQL text given.
    if (!raw)
        return Error{ErrorCode::InvalidArgument, ModelText::tr("no SQL statement to prepare in: %1").arg(sql.simplified()), m_d->path};

    // Only the first statement is compiled; silently ignoring the rest would drop work. A trailing
    // comment or ';' compiles to nothing and is fine.
    if (tail && *tail) {
        sqlite3_stmt* next = nullptr;
        rc = sqlite3_prepare_v3(handle(), tail, -1, 0, &next, nullptr);
        sqlite3_finalize(next);
        //: A programming error, rarely seen by users: prepare() and exec() are names of functions of the
        //: program, keep them. %1: the SQL text given.
        if (rc != SQLITE_OK || next)
            return Error{ErrorCode::InvalidArgument,
                         ModelText::tr("more than one SQL statement given to prepare(); use exec() for scripts, in: %1")
                             .arg(sql.simplified().left(200)),
                         m_d->path};
    }
    return statement;
}

bool Database::tableExists(const QString& name)
{
    auto st = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1 COLLATE NOCASE"));
    if (!st || !st->bind(1, name))
        return false;
    const Result<bool> row = st->step();
    return row && *row;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(handle());
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(handle());
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(handle()) == 0;
}

Status Database::checkIntegrity()
{
    // quick_check: O(N) like integrity_check but skips index-content verification — minutes become
    // seconds on a large GeoPackage, and it still finds damaged pages and broken b-trees.
    auto st = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!st)
        return st.error();
    QStringList findings;
    for (;;) {
        const Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString line = st->columnText(0);
        if (line != QLatin1String("ok") && findings.size() < 10)
            findings << line;
    }
    if (findings.isEmpty())
        return Ok{};
    //: %1: SQLite's findings (English), separated by semicolons.
    return Error{ErrorCode::Format, ModelText::tr("the file is corrupt (integrity check: %1)").arg(findings.join(QStringLiteral("; "))), m_d->path};
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    sqlite3_busy_timeout(handle(), static_cast<int>(timeout.count()));
}

} // namespace corridor::model
