#include "tests/common/test_support.h"
#include "model/gpkg_tables.h"
#include "model/database.h"
#include "model/statement.h"
#include "model/transaction.h"

#include "geo/gpkg_writer.h"
#include "geo/layer_data.h"
#include "geo/vector_dataset.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace corridor::model;
namespace geo = corridor::geo;

namespace {

QString describe(const Status& st)
{
    return st ? QString() : st.error().toString();
}

/// A one-point layer, enough for GDAL to write a complete GeoPackage (gpkg_contents, srs table, ...).
geo::LayerDataPtr nodesLayer()
{
    auto l = std::make_shared<geo::LayerData>();
    l->name = QStringLiteral("nodes");
    l->crs = geo::Crs::wgs84();
    l->geometryType = geo::GeometryType::Point;
    l->columns.emplace_back(geo::Field{QStringLiteral("name"), geo::FieldType::String});
    l->geometry.beginFeature();
    l->geometry.beginPart(geo::PartKind::Point);
    l->geometry.beginRing();
    l->geometry.addPoint(21.90, 43.32); // Niš
    l->geometry.finish();
    l->fids = {1};
    l->columns[0].appendString(QStringLiteral("Ниш"));
    l->finalise();
    return l;
}

/// Writes a fresh GeoPackage through the project's own writer; empty string on failure.
QString makeGeoPackage(const QTemporaryDir& dir, const QString& name = QStringLiteral("project.gpkg"))
{
    const QString path = dir.filePath(name);
    const auto st = geo::writeGeoPackage(path, {nodesLayer()});
    if (!st) {
        qWarning("writeGeoPackage failed: %s", qPrintable(st.error().toString()));
        return {};
    }
    return path;
}

Database openOrFail(const QString& path, Database::Mode mode = Database::Mode::ReadWrite)
{
    auto db = Database::open(path, mode);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    return std::move(*db);
}

qint64 contentsRows(Database& db, const QString& table)
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE table_name = ?1"));
    if (!st || !st->bind(1, table))
        return -1;
    const auto row = st->step();
    return row && *row ? st->columnInt64(0) : -1;
}

const QString kScenarioColumns = QStringLiteral(
    "name TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, capacity_bcm DOUBLE, baseline BOOLEAN, notes TEXT(500)");

} // namespace

class TestGpkgTables : public QObject {
    Q_OBJECT
private slots:
    void recognisesGeoPackage();
    void createdTableIsRegisteredAndReadable();
    void gdalListsTableAndValidatorAccepts();
    void customPrimaryKey();
    void uncommittedCreationLeavesNothing();
    void failureInsideCallersTransactionKeepsItsOtherWork();
    void worksWithoutCallersTransaction();
    void refusesNonGeoPackage();
    void refusesBadNamesAndTypes();
};

void TestGpkgTables::recognisesGeoPackage()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path, Database::Mode::ReadOnly);
    QVERIFY(isGeoPackage(db));
}

void TestGpkgTables::createdTableIsRegisteredAndReadable()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path);
    {
        auto t = Transaction::begin(db);
        QVERIFY(t);
        const Status st = createAttributeTable(db, QStringLiteral("scenarios"), kScenarioColumns,
                                               QStringLiteral("Model scenarios (capacities by year)"));
        QVERIFY2(st, qPrintable(describe(st)));
        auto ins = db.prepare(QStringLiteral("INSERT INTO scenarios (name, year, capacity_bcm, baseline) VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY(ins);
        QVERIFY(ins->bind(1, QStringLiteral("Bakı–Niš baseline")) && ins->bind(2, 2026) && ins->bind(3, 31.0) && ins->bind(4, true));
        QVERIFY(ins->run());
        QCOMPARE(db.lastInsertRowId(), 1);
        QVERIFY(ins->bind(1, QStringLiteral("Ниш expansion")) && ins->bind(2, 2032) && ins->bind(3, 40.5) && ins->bind(4, false));
        QVERIFY(ins->run());
        QVERIFY(t->commit());
    }

    auto row = db.prepare(QStringLiteral(
        "SELECT data_type, identifier, description, last_change, srs_id, min_x FROM gpkg_contents WHERE table_name = 'scenarios'"));
    QVERIFY(row && *row->step());
    QCOMPARE(row->columnText(0), QStringLiteral("attributes"));
    QCOMPARE(row->columnText(1), QStringLiteral("scenarios"));
    QCOMPARE(row->columnText(2), QStringLiteral("Model scenarios (capacities by year)"));
    const QString lastChange = row->columnText(3);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")).match(lastChange).hasMatch(),
             qPrintable(lastChange));
    const QDateTime when = QDateTime::fromString(lastChange, Qt::ISODateWithMs);
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QVERIFY(row->isNull(4));
    QVERIFY(row->isNull(5));
    QVERIFY(!*row->step());

    auto info = db.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info('scenarios') ORDER BY cid"));
    QVERIFY(info && *info->step());
    QCOMPARE(info->columnText(0), QStringLiteral("id"));
    QCOMPARE(info->columnText(1), QStringLiteral("INTEGER"));
    QCOMPARE(info->columnInt64(2), 1);
    auto autoinc = db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'scenarios'"));
    QVERIFY(autoinc && *autoinc->step());
    QVERIFY2(autoinc->columnText(0).contains(QStringLiteral("PRIMARY KEY AUTOINCREMENT")), qPrintable(autoinc->columnText(0)));
    QVERIFY(db.checkIntegrity());
}

void TestGpkgTables::gdalListsTableAndValidatorAccepts()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    {
        Database db = openOrFail(path);
        auto t = Transaction::begin(db);
        QVERIFY(t);
        QVERIFY(createAttributeTable(db, QStringLiteral("scenarios"), kScenarioColumns, QStringLiteral("Scenarios")));
        QVERIFY(createAttributeTable(db, QStringLiteral("bookmarks"), QStringLiteral("title TEXT, lon DOUBLE, lat DOUBLE, scale REAL"),
                                     QString()));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scenarios (name, year, capacity_bcm) VALUES ('Bakı 2026', 2026, 31.0), ('Ниш 2032', 2032, 40.0)")));
        QVERIFY(t->commit());
    } // closed before GDAL and the validator read the file

    {
        auto ds = geo::VectorDataset::open(path);
        QVERIFY2(ds, qPrintable(ds ? QString() : ds.error().toString()));
        const QStringList layers = (*ds)->layerNames();
        QVERIFY2(layers.contains(QStringLiteral("scenarios")), qPrintable(layers.join(u',')));
        QVERIFY(layers.contains(QStringLiteral("bookmarks")));
        QVERIFY(layers.contains(QStringLiteral("nodes")));
        auto scenarios = (*ds)->readLayer(QStringLiteral("scenarios"));
        QVERIFY2(scenarios, qPrintable(scenarios ? QString() : scenarios.error().toString()));
        QCOMPARE((*scenarios)->geometryType, geo::GeometryType::None);
        QCOMPARE((*scenarios)->featureCount(), std::size_t(2));
        QCOMPARE((*scenarios)->attribute(1, QStringLiteral("name")).toString(), QStringLiteral("Ниш 2032"));
        QCOMPARE((*scenarios)->attribute(0, QStringLiteral("year")).toLongLong(), 2026);
    } // GDAL's handle closed before the validator runs

    const QString problems = corridor::test::geoPackageProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestGpkgTables::customPrimaryKey()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path);
    const Status st = createAttributeTable(db, QStringLiteral("model_links"),
                                           QStringLiteral("from_node INTEGER NOT NULL, to_node INTEGER NOT NULL, UNIQUE (from_node, to_node)"),
                                           QStringLiteral("Links"), QStringLiteral("link_id"));
    QVERIFY2(st, qPrintable(describe(st)));
    auto info = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info('model_links') WHERE pk = 1"));
    QVERIFY(info && *info->step());
    QCOMPARE(info->columnText(0), QStringLiteral("link_id"));
    QCOMPARE(info->columnText(1), QStringLiteral("INTEGER"));
    QVERIFY(!*info->step());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO model_links (from_node, to_node) VALUES (1, 2)")));
    const Status dup = db.exec(QStringLiteral("INSERT INTO model_links (from_node, to_node) VALUES (1, 2)"));
    QVERIFY(!dup);
    QVERIFY(dup.error().message.contains(QStringLiteral("UNIQUE constraint failed")));
}

void TestGpkgTables::uncommittedCreationLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path);
    {
        auto t = Transaction::begin(db);
        QVERIFY(t);
        QVERIFY(createAttributeTable(db, QStringLiteral("styles"), QStringLiteral("layer TEXT, qml TEXT"), QStringLiteral("Styles")));
        QVERIFY(db.tableExists(QStringLiteral("styles")));
        QCOMPARE(contentsRows(db, QStringLiteral("styles")), 1);
    } // not committed
    QVERIFY(!db.tableExists(QStringLiteral("styles")));
    QCOMPARE(contentsRows(db, QStringLiteral("styles")), 0);
}

void TestGpkgTables::failureInsideCallersTransactionKeepsItsOtherWork()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path);
    auto t = Transaction::begin(db);
    QVERIFY(t);
    QVERIFY(createAttributeTable(db, QStringLiteral("scenarios"), kScenarioColumns, QStringLiteral("Scenarios")));

    // Fails after CREATE TABLE ran (its column type is checked afterwards): nothing of it may remain.
    const Status badType = createAttributeTable(db, QStringLiteral("results"), QStringLiteral("flow NUMERIC"), QString());
    QVERIFY(!badType);
    QCOMPARE(badType.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(badType.error().message.contains(QStringLiteral("NUMERIC")), qPrintable(describe(badType)));
    QVERIFY(!db.tableExists(QStringLiteral("results")));

    const Status syntax = createAttributeTable(db, QStringLiteral("results"), QStringLiteral("flow DOUBLE,"), QString());
    QVERIFY(!syntax);
    QVERIFY2(syntax.error().message.contains(QStringLiteral("syntax error")), qPrintable(describe(syntax)));
    QCOMPARE(contentsRows(db, QStringLiteral("results")), 0);

    QVERIFY(t->isActive());
    QVERIFY(t->commit());
    QVERIFY(db.tableExists(QStringLiteral("scenarios")));
    QCOMPARE(contentsRows(db, QStringLiteral("scenarios")), 1);
    QVERIFY(!db.tableExists(QStringLiteral("results")));
}

void TestGpkgTables::worksWithoutCallersTransaction()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    {
        Database db = openOrFail(path);
        QVERIFY(createAttributeTable(db, QStringLiteral("metadata"), QStringLiteral("key TEXT NOT NULL UNIQUE, value TEXT"),
                                     QStringLiteral("Project metadata")));
        QVERIFY(!db.inTransaction());
    }
    Database db = openOrFail(path, Database::Mode::ReadOnly);
    QVERIFY(db.tableExists(QStringLiteral("metadata")));
    QCOMPARE(contentsRows(db, QStringLiteral("metadata")), 1);
}

void TestGpkgTables::refusesNonGeoPackage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    Database db = openOrFail(path, Database::Mode::Create);
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE things (a)")));
    QVERIFY(!isGeoPackage(db));
    const Status st = createAttributeTable(db, QStringLiteral("scenarios"), kScenarioColumns, QString());
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::Format);
    QCOMPARE(st.error().context, path);
    QVERIFY2(st.error().message.contains(QStringLiteral("not a GeoPackage")), qPrintable(describe(st)));
    QVERIFY(!db.tableExists(QStringLiteral("scenarios")));

    // A gpkg_contents table alone does not make a GeoPackage; nor does the application id alone.
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)")));
    QVERIFY(!isGeoPackage(db));
    QVERIFY(!createAttributeTable(db, QStringLiteral("scenarios"), kScenarioColumns, QString()));
    QVERIFY(db.exec(QStringLiteral("DROP TABLE gpkg_contents; PRAGMA application_id = 1196444487")));
    QVERIFY(!isGeoPackage(db));
}

void TestGpkgTables::refusesBadNamesAndTypes()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    QVERIFY(!path.isEmpty());
    Database db = openOrFail(path);
    for (const char* name : {"gpkg_scenarios", "RTREE_x", "sqlite_stat9", "", "  "}) {
        const Status st = createAttributeTable(db, QString::fromLatin1(name), QStringLiteral("a TEXT"), QString());
        QVERIFY2(!st, name);
        QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
    }
    const Status existing = createAttributeTable(db, QStringLiteral("NODES"), QStringLiteral("a TEXT"), QString());
    QVERIFY(!existing);
    QCOMPARE(existing.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(existing.error().message.contains(QStringLiteral("already exists")), qPrintable(describe(existing)));
    // GDAL's validator compares type names case-sensitively. SQLite itself reports INTEGER, TEXT,
    // REAL, BLOB in upper case however they were written; any other name must be upper case already.
    const Status mixedCase = createAttributeTable(db, QStringLiteral("t"), QStringLiteral("a text, b Double"), QString());
    QVERIFY(!mixedCase);
    QVERIFY2(mixedCase.error().message.contains(QStringLiteral("'Double'")), qPrintable(describe(mixedCase)));
    QVERIFY(!db.tableExists(QStringLiteral("t")));
    const Status noType = createAttributeTable(db, QStringLiteral("t"), QStringLiteral("a"), QString());
    QVERIFY(!noType);
    QVERIFY(!db.tableExists(QStringLiteral("t")));
    const Status noKey = createAttributeTable(db, QStringLiteral("t"), QStringLiteral("a TEXT"), QString(), QString());
    QVERIFY(!noKey);
    QVERIFY(!db.inTransaction());
    // A name that needs quoting is fine.
    const Status quoted = createAttributeTable(db, QStringLiteral("flows \"N-1\""), QStringLiteral("flow_bcm DOUBLE"), QString());
    QVERIFY2(quoted, qPrintable(describe(quoted)));
    QVERIFY(db.tableExists(QStringLiteral("flows \"N-1\"")));
}

QTEST_GUILESS_MAIN(TestGpkgTables)
#include "tst_gpkg_tables.moc"
