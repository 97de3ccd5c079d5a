#include "model/statement.h"

#include "model/sqlite_support.h"
#include "model/tr.h"

#include <cmath>

namespace corridor::model {

void detail::FinalizeStatement::operator()(sqlite3_stmt* stmt) const noexcept
{
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3_stmt* stmt, QString path) : m_stmt(stmt), m_path(std::move(path)) {}
Statement::~Statement() = default;
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;

Status Statement::checkBind(int rc, int index) const
{
    if (rc == SQLITE_OK)
        return Ok{};
    Error e = sqliteError(sqlite3_db_handle(m_stmt.get()), rc, m_path, sqlite3_sql(m_stmt.get()));
    //: %1: the number of an SQL statement parameter; %2: why (a message such as "value too big (...)").
    e.message = ModelText::tr("cannot bind parameter %1: %2").arg(index).arg(e.message);
    return e;
}

Status Statement::bindInt64(int index, std::int64_t value)
{
    return checkBind(sqlite3_bind_int64(m_stmt.get(), index, value), index);
}

Status Statement::bind(int index, double value)
{
    // SQLite turns a NaN REAL into NULL without a word; a lost value must be an error instead.
    //: %1: the number of an SQL statement parameter; %2: the SQL statement.
    if (std::isnan(value))
        return Error{ErrorCode::InvalidArgument,
                     ModelText::tr("cannot bind parameter %1: NaN is not a storable number in: %2")
                         .arg(index)
                         .arg(sql().simplified().left(200)),
                     m_path};
    return checkBind(sqlite3_bind_double(m_stmt.get(), index, value), index);
}

Status Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    // A null data pointer would bind NULL; "" keeps an empty QString an empty TEXT.
    const char* data = utf8.isNull() ? "" : utf8.constData();
    return checkBind(sqlite3_bind_text64(m_stmt.get(), index, data, sqlite3_uint64(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8),
                     index);
}

Status Statement::bind(int index, const QByteArray& value)
{
    // bind_blob with a null pointer binds NULL, so an empty array is bound as a zero-length blob.
    if (value.isEmpty())
        return checkBind(sqlite3_bind_zeroblob(m_stmt.get(), index, 0), index);
    return checkBind(sqlite3_bind_blob64(m_stmt.get(), index, value.constData(), sqlite3_uint64(value.size()),
                                         SQLITE_TRANSIENT),
                     index);
}

Status Statement::bindNull(int index)
{
    return checkBind(sqlite3_bind_null(m_stmt.get(), index), index);
}

Status Statement::bindNull(const char* name)
{
    const Result<int> index = parameterIndex(name);
    if (!index)
        return index.error();
    return bindNull(*index);
}

Result<int> Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt.get(), name);
    //: A programming error, rarely seen by users. %1: an SQL parameter name such as ":id"; %2: the SQL statement.
    if (index == 0)
        return Error{ErrorCode::InvalidArgument,
                     ModelText::tr("no parameter called %1 in: %2").arg(QString::fromUtf8(name), sql().simplified().left(200)),
                     m_path};
    return index;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt.get());
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt.get());
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Read the message before sqlite3_reset, which may overwrite it. Resetting releases the
    // statement's hold on its (read) transaction so a failed statement does not keep the file locked.
    Error e = sqliteError(sqlite3_db_handle(m_stmt.get()), rc, m_path, sqlite3_sql(m_stmt.get()));
    sqlite3_reset(m_stmt.get());
    return e;
}

Status Statement::run()
{
    if (Status st = forEachRow([] { return Status(Ok{}); }); !st)
        return st;
    sqlite3_reset(m_stmt.get());
    return Ok{};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

QString Statement::columnName(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

bool Statement::isNull(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::columnDouble(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::columnText(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    // column_text before column_bytes: the byte count is of the UTF-8 form that column_text produced.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::columnBlob(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    if (sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL)
        return {};
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt.get(), column));
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    // A zero-length blob comes back as a null pointer; keep it distinguishable from NULL.
    return size > 0 ? QByteArray(data, size) : QByteArray("");
}

QString Statement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_stmt.get()));
}

} // namespace corridor::model
