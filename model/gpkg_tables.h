#pragma once
// GeoPackage attribute tables: non-spatial tables (model nodes and links, scenarios, styles, bookmarks,
// project metadata) registered in gpkg_contents with data_type 'attributes', so that QGIS, GDAL/OGR
// and any other GeoPackage reader list them as ordinary (geometry-less) layers.
//
// Free functions over a Database; thread affinity is the Database's.

#include "model/database.h"
#include "model/error.h"

#include <QString>

namespace corridor::model {

/// True when `db` is a GeoPackage: its application_id is 'GPKG' (0x47504B47; the GeoPackage 1.0/1.1
/// ids 'GP10'/'GP11', still read by GDAL and its validator, are accepted too) and it has gpkg_contents.
bool isGeoPackage(Database& db);

/// Creates table `table` as
///     "<primaryKey>" INTEGER PRIMARY KEY AUTOINCREMENT, <columnsSql>
/// and registers it in gpkg_contents (data_type 'attributes', identifier = table name, `description`,
/// last_change = now in the GeoPackage format). The GeoPackage spec requires that INTEGER key on an
/// attribute table, so a composite natural key belongs in `columnsSql` as a UNIQUE constraint.
/// `columnsSql` is trusted SQL from our own code, e.g. "name TEXT NOT NULL, capacity_bcm DOUBLE,
/// UNIQUE (name)"; every column must use a GeoPackage data type (BOOLEAN, TINYINT, SMALLINT, MEDIUMINT,
/// INT, INTEGER, FLOAT, DOUBLE, REAL, TEXT, BLOB, DATE, DATETIME, TEXT(n), BLOB(n)) spelt in upper case
/// as GeoPackage validators expect, otherwise ErrorCode::InvalidArgument.
///
/// Runs inside the caller's Transaction when one is open (nothing is durable until it commits);
/// either way the table and its gpkg_contents row appear together or not at all (a SAVEPOINT).
/// Fails with ErrorCode::Format when `db` is not a GeoPackage, ErrorCode::InvalidArgument for a
/// reserved name (gpkg_*, rtree_*, sqlite_*) or a table that already exists.
Status createAttributeTable(Database& db, const QString& table, const QString& columnsSql,
                            const QString& description, const QString& primaryKey = QStringLiteral("id"));

} // namespace corridor::model
