#include "model/gpkg_tables.h"

#include "model/statement.h"
#include "model/tr.h"

#include <QStringList>

#include <array>
#include <cstdint>

namespace corridor::model {
namespace {

// application_id values from the GeoPackage spec: 'GPKG' since 1.2, 'GP10' and 'GP11' before.
constexpr std::array<std::int64_t, 3> kGeoPackageIds{0x47504B47, 0x47503130, 0x47503131};

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// The data types GeoPackage readers accept in user tables (the spec's "GeoPackage Data Types",
/// Requirement 5), spelt as GDAL's validate_gpkg compares them: upper case, exactly.
bool isGeoPackageType(const QString& type)
{
    static const QStringList types{
        QStringLiteral("BOOLEAN"), QStringLiteral("TINYINT"), QStringLiteral("SMALLINT"), QStringLiteral("MEDIUMINT"),
        QStringLiteral("INT"),     QStringLiteral("INTEGER"), QStringLiteral("FLOAT"),    QStringLiteral("DOUBLE"),
        QStringLiteral("REAL"),    QStringLiteral("TEXT"),    QStringLiteral("BLOB"),     QStringLiteral("DATE"),
        QStringLiteral("DATETIME")};
    return types.contains(type) || type.startsWith(QLatin1String("TEXT(")) || type.startsWith(QLatin1String("BLOB("));
}

/// A SAVEPOINT that rolls back unless released: makes a group of statements all-or-nothing both inside
/// the caller's transaction (nested) and outside one (it then acts as BEGIN ... COMMIT).
class Savepoint {
public:
    explicit Savepoint(Database& db) : m_db(db) {}
    ~Savepoint()
    {
        // Best effort: after SQLITE_FULL SQLite may already have rolled back the whole transaction,
        // and then both statements fail harmlessly with "no such savepoint".
        if (m_open)
            (void)m_db.exec(QStringLiteral("ROLLBACK TO corridor_gpkg_table; RELEASE corridor_gpkg_table"));
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    Status open()
    {
        Status st = m_db.exec(QStringLiteral("SAVEPOINT corridor_gpkg_table"));
        m_open = st.ok();
        return st;
    }
    Status release()
    {
        Status st = m_db.exec(QStringLiteral("RELEASE corridor_gpkg_table"));
        if (st)
            m_open = false;
        return st;
    }

private:
    Database& m_db;
    bool m_open = false;
};

Status checkColumnTypes(Database& db, const QString& table)
{
    auto info = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?1)"));
    if (!info)
        return info.error();
    if (Status st = info->bind(1, table); !st)
        return st;
    for (;;) {
        const Result<bool> row = info->step();
        if (!row)
            return row.error();
        if (!*row)
            return Ok{};
        const QString type = info->columnText(1);
        //: %1: a table name; %2: a column name; %3: the column's SQL type. Keep the type names
        //: (INTEGER, DOUBLE, ...) as they are: they are SQL.
        if (!isGeoPackageType(type))
            return Error{ErrorCode::InvalidArgument,
                         ModelText::tr("table %1: column %2 has type '%3', which is not a GeoPackage data type "
                                       "(use INTEGER, DOUBLE, REAL, TEXT, BLOB, BOOLEAN, DATE, DATETIME, ... in upper case)")
                             .arg(table, info->columnText(0), type),
                         db.path()};
    }
}

} // namespace

bool isGeoPackage(Database& db)
{
    auto st = db.prepare(QStringLiteral("PRAGMA application_id"));
    if (!st)
        return false;
    const Result<bool> row = st->step();
    if (!row || !*row)
        return false;
    // PRAGMA application_id reports the header's 32-bit big-endian field as a signed integer.
    const auto id = static_cast<std::int64_t>(static_cast<std::uint32_t>(st->columnInt64(0)));
    st->reset();
    bool known = false;
    for (std::int64_t k : kGeoPackageIds)
        known = known || id == k;
    return known && db.tableExists(QStringLiteral("gpkg_contents"));
}

Status createAttributeTable(Database& db, const QString& table, const QString& columnsSql, const QString& description,
                            const QString& primaryKey)
{
    if (table.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, ModelText::tr("an attribute table needs a name"), db.path()};
    for (const char* reserved : {"gpkg_", "rtree_", "sqlite_"}) {
        //: %1: the table name asked for; %2: a reserved prefix (gpkg_, rtree_ or sqlite_).
        if (table.startsWith(QLatin1String(reserved), Qt::CaseInsensitive))
            return Error{ErrorCode::InvalidArgument,
                         ModelText::tr("the table name %1 is reserved (names starting with %2 belong to GeoPackage/SQLite)")
                             .arg(table, QLatin1String(reserved)),
                         db.path()};
    }
    if (primaryKey.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, ModelText::tr("table %1 needs a primary key column name").arg(table), db.path()};
    //: Keep 'GPKG' and gpkg_contents as they are (identifiers). %1: a table name.
    if (!isGeoPackage(db))
        return Error{ErrorCode::Format,
                     ModelText::tr("not a GeoPackage (no 'GPKG' application id or no gpkg_contents table): cannot add table %1")
                         .arg(table),
                     db.path()};
    if (db.tableExists(table))
        return Error{ErrorCode::InvalidArgument, ModelText::tr("a table called %1 already exists").arg(table), db.path()};

    Savepoint savepoint(db);
    if (Status st = savepoint.open(); !st)
        return st;

    QString create = QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT").arg(quoted(table), quoted(primaryKey));
    if (!columnsSql.trimmed().isEmpty())
        create += QStringLiteral(", ") + columnsSql;
    create += QLatin1Char(')');
    if (Status st = db.exec(create); !st)
        return st;
    if (Status st = checkColumnTypes(db, table); !st)
        return st;

    // The spec's own default expression for gpkg_contents.last_change: UTC with milliseconds.
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
        "VALUES (?1, 'attributes', ?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    if (!insert)
        return insert.error();
    if (Status st = insert->bind(1, table); !st)
        return st;
    if (Status st = insert->bind(2, description); !st)
        return st;
    if (Status st = insert->run(); !st)
        return st;
    return savepoint.release();
}

} // namespace corridor::model
