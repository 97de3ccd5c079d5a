#include "geo/gpkg_writer.h"
#include "geo/vector_dataset.h"

#include <QFile>

#include <sqlite3.h>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace corridor::geo;

namespace {
QString data(const char* name) { return QStringLiteral(TEST_DATA_DIR "/") + QString::fromLatin1(name); }

/// Every coordinate of a store, for exact comparisons between read paths.
std::vector<double> coords(const LayerData& l) { return l.geometry.coords(); }
} // namespace

class TestVectorDataset : public QObject {
    Q_OBJECT
private slots:
    void readsEveryFormat_data();
    void readsEveryFormat();
    void typedAttributesAndGeometryKinds();
    void arrowAndFeatureLoopAgree_data();
    void arrowAndFeatureLoopAgree();
    void layerInfo();
    void missingCrsLonLatAssumesWgs84();
    void missingCrsProjectedIsAnError();
    void unknownCrsIsReported();
    void unparseableCrsDefinition();
    void nanCoordinatesDropGeometryWithWarning();
    void unparseableCsvGeometryKeepsRows();
    void badFiles_data();
    void badFiles();
    void truncatedGeoPackage();
    void unknownLayer();
    void cancellation();
    void progressIsReported();
};

void TestVectorDataset::readsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("nameField");
    QTest::newRow("geojson") << data("lines.geojson") << "GeoJSON" << "name";
    QTest::newRow("shapefile") << data("lines.shp") << "ESRI Shapefile" << "name";
    QTest::newRow("flatgeobuf") << data("lines.fgb") << "FlatGeobuf" << "name";
    QTest::newRow("kml") << data("lines.kml") << "" << "Name"; // KML keeps names in <name>
    QTest::newRow("csv-wkt") << data("lines_wkt.csv") << "CSV" << "name";
}

void TestVectorDataset::readsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, driver);
    QFETCH(QString, nameField);
    auto ds = VectorDataset::open(file);
    QVERIFY2(ds, qPrintable(ds ? QString() : ds.error().toString()));
    if (!driver.isEmpty())
        QCOMPARE((*ds)->driverName(), driver);
    auto layer = (*ds)->readLayer(0);
    QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
    const LayerData& l = **layer;
    QCOMPARE(l.featureCount(), std::size_t(3));
    QVERIFY(l.crs.isValid());
    QVERIFY(l.crs.isGeographic());
    // 9 + 5 + (2 + 2) vertices in the three features, whatever the format.
    QCOMPARE(l.geometry.pointCount(), std::size_t(18));
    QCOMPARE(l.geometry.featureType(0), GeometryType::Line);
    QCOMPARE(l.geometry.featurePartEnd(2) - l.geometry.featurePartBegin(2), 2u);
    QCOMPARE(l.geometry.point(0).x, 23.35);
    QCOMPARE(l.geometry.point(0).y, 42.81);
    QVERIFY(qAbs(l.extent().minX - 19.97) < 1e-9);
    QVERIFY(qAbs(l.extent().maxY - 46.27) < 1e-9);
    // The UTF-8 name survives every format (shapefile with a .cpg).
    const int nameCol = l.fieldIndex(nameField);
    QVERIFY(nameCol >= 0);
    QCOMPARE(l.columns[std::size_t(nameCol)].displayText(2), QStringLiteral("Serbia–Hungary"));
}

void TestVectorDataset::typedAttributesAndGeometryKinds()
{
    auto layer = readLayerFromFile(data("mixed_types.geojson"));
    QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
    const LayerData& l = **layer;
    QCOMPARE(l.featureCount(), std::size_t(5));
    QCOMPARE(l.fids, (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
    QCOMPARE(l.geometry.featureType(0), GeometryType::Point);
    QCOMPARE(l.geometry.featureType(1), GeometryType::Line);
    QCOMPARE(l.geometry.featureType(2), GeometryType::Polygon);
    QCOMPARE(l.geometry.featureType(3), GeometryType::Polygon);
    QCOMPARE(l.geometry.featureType(4), GeometryType::None);
    // Polygon with a hole: one part, two rings.
    const auto p = l.geometry.featurePartBegin(2);
    QCOMPARE(l.geometry.partRingEnd(p) - l.geometry.partRingBegin(p), 2u);
    QCOMPARE(l.geometry.featurePartEnd(3) - l.geometry.featurePartBegin(3), 2u);

    QCOMPARE(l.columns[std::size_t(l.fieldIndex(QStringLiteral("name")))].field().type, FieldType::String);
    QCOMPARE(l.columns[std::size_t(l.fieldIndex(QStringLiteral("capacity")))].field().type, FieldType::Real);
    QCOMPARE(l.columns[std::size_t(l.fieldIndex(QStringLiteral("year")))].field().type, FieldType::Integer);
    QCOMPARE(l.columns[std::size_t(l.fieldIndex(QStringLiteral("opened")))].field().type, FieldType::Date);
    QCOMPARE(l.attribute(0, QStringLiteral("name")).toString(), QStringLiteral("Niš"));
    QCOMPARE(l.attribute(1, QStringLiteral("capacity")).toDouble(), 2.4);
    QCOMPARE(l.attribute(0, QStringLiteral("year")).toLongLong(), 2023);
    QCOMPARE(l.attribute(0, QStringLiteral("opened")).toDate(), QDate(2023, 12, 10));
    QVERIFY(!l.attribute(2, QStringLiteral("capacity")).isValid()); // null
    QVERIFY(!l.attribute(0, QStringLiteral("note")).isValid());
    QCOMPARE(l.attribute(3, QStringLiteral("note")).toString(), QString()); // empty, not null
    QVERIFY(l.attribute(3, QStringLiteral("note")).isValid());
    QVERIFY(!l.attribute(0, QStringLiteral("no such field")).isValid());
    QCOMPARE(l.rowOfFid(4).value(), std::size_t(3));
    QVERIFY(!l.rowOfFid(99));
}

void TestVectorDataset::arrowAndFeatureLoopAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("geojson") << data("mixed_types.geojson");
    QTest::newRow("shapefile") << data("lines.shp");
    QTest::newRow("flatgeobuf") << data("lines.fgb");
}

void TestVectorDataset::arrowAndFeatureLoopAgree()
{
    QFETCH(QString, file);
    ReadOptions arrow, loop;
    loop.useArrow = false;
    auto a = readLayerFromFile(file, {}, arrow);
    auto b = readLayerFromFile(file, {}, loop);
    QVERIFY(a && b);
    QCOMPARE((*a)->fids, (*b)->fids);
    QCOMPARE(coords(**a), coords(**b));
    QCOMPARE((*a)->geometry.ringCount(), (*b)->geometry.ringCount());
    QCOMPARE((*a)->columns.size(), (*b)->columns.size());
    for (std::size_t c = 0; c < (*a)->columns.size(); ++c)
        for (std::size_t r = 0; r < (*a)->featureCount(); ++r)
            QCOMPARE((*a)->columns[c].value(r), (*b)->columns[c].value(r));
}

void TestVectorDataset::layerInfo()
{
    auto ds = VectorDataset::open(data("lines.geojson"));
    QVERIFY(ds);
    QCOMPARE((*ds)->layerNames(), QStringList{QStringLiteral("lines")});
    auto info = (*ds)->layerInfo(0);
    QVERIFY(info);
    QCOMPARE(info->featureCount, 3);
    QVERIFY(info->crs.has_value());
    QCOMPARE(info->crs->authId(), QStringLiteral("EPSG:4326"));
    QCOMPARE(info->fields.size(), std::size_t(3));
    QVERIFY(!info->extent.isNull());
    auto none = VectorDataset::open(data("laea_noprj.shp"));
    QVERIFY(none);
    auto noCrs = (*none)->layerInfo(0);
    QVERIFY(noCrs);
    QVERIFY(!noCrs->crs.has_value());
    QVERIFY(!(*ds)->layerInfo(5));
    QCOMPARE((*ds)->layerInfo(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
}

void TestVectorDataset::missingCrsLonLatAssumesWgs84()
{
    auto layer = readLayerFromFile(data("points_lonlat.csv"));
    QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
    QCOMPARE((*layer)->featureCount(), std::size_t(3));
    QVERIFY((*layer)->crs.isSame(Crs::wgs84()));
    QVERIFY(!(*layer)->warnings.isEmpty());
    QVERIFY((*layer)->warnings.first().contains(QStringLiteral("WGS 84")));
    QCOMPARE((*layer)->geometry.point(2).x, 21.90);
}

void TestVectorDataset::missingCrsProjectedIsAnError()
{
    auto layer = readLayerFromFile(data("laea_noprj.shp"));
    QVERIFY(!layer);
    QCOMPARE(layer.error().code, ErrorCode::Crs);
    QVERIFY(layer.error().context.contains(QStringLiteral("laea_noprj")));
    QVERIFY(layer.error().message.contains(QStringLiteral("no CRS")));
}

void TestVectorDataset::unknownCrsIsReported()
{
    // EPSG:999999 does not exist: GDAL falls back to WGS 84 silently, but the coordinates are
    // projected metres, so the layer must carry a warning that the declared CRS is wrong.
    auto layer = readLayerFromFile(data("unknown_epsg.geojson"));
    QVERIFY(layer);
    QVERIFY2((*layer)->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("CRS is probably wrong")),
             qPrintable((*layer)->warnings.join(QLatin1Char('\n'))));
    auto ds = VectorDataset::open(data("unknown_epsg.geojson"));
    QVERIFY(ds);
    QVERIFY((*ds)->layerInfo(0)->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("CRS is probably wrong")));
}

void TestVectorDataset::unparseableCrsDefinition()
{
    // A GeoPackage whose gpkg_spatial_ref_sys holds a definition no one can parse.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("badsrs.gpkg"));
    auto src = readLayerFromFile(data("lines.geojson"));
    QVERIFY(src);
    QVERIFY(writeGeoPackage(path, {*src}));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const char* sql =
        "INSERT INTO gpkg_spatial_ref_sys VALUES('bogus',99999,'NONE',99999,"
        "'PROJCS[\"nonsense\",GEOGCS[\"x\",DATUM[\"y\",SPHEROID[\"z\",1,0]]],PROJECTION[\"Unknown_XYZ\"]]',NULL);"
        "UPDATE gpkg_contents SET srs_id=99999; UPDATE gpkg_geometry_columns SET srs_id=99999;";
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    auto ds = VectorDataset::open(path);
    QVERIFY(ds);
    auto info = (*ds)->layerInfo(0);
    QVERIFY(info);
    QVERIFY(!info->crs);
    // GDAL's own words reach the user.
    QVERIFY2(info->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Unable to parse srs_id '99999'")),
             qPrintable(info->warnings.join(QLatin1Char('\n'))));
    // The coordinates are lon/lat, so the layer still loads, as WGS 84 with a warning.
    auto layer = (*ds)->readLayer(0);
    QVERIFY(layer);
    QVERIFY((*layer)->crs.isSame(Crs::wgs84()));
    QVERIFY((*layer)->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("assuming WGS 84")));
}

void TestVectorDataset::nanCoordinatesDropGeometryWithWarning()
{
    // GeoJSON as some tools write it, with NaN and Infinity literals (GDAL's parser accepts them).
    const QString path = data("nan_coords.geojson");
    for (bool useArrow : {true, false}) {
        ReadOptions o;
        o.useArrow = useArrow;
        auto layer = readLayerFromFile(path, {}, o);
        QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
        const LayerData& l = **layer;
        // All rows are kept (attributes are never lost); only finite geometry is loaded. GeoJSON
        // numbers features from 0, and warnings name those ids.
        QCOMPARE(l.featureCount(), std::size_t(3));
        QCOMPARE(l.attribute(0, QStringLiteral("name")).toString(), QStringLiteral("nan line"));
        QCOMPARE(l.geometry.featureType(0), GeometryType::None);
        QCOMPARE(l.geometry.featureType(1), GeometryType::Line);
        QCOMPARE(l.geometry.featureType(2), GeometryType::None);
        for (double v : l.geometry.coords())
            QVERIFY(std::isfinite(v));
        const QString warnings = l.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("feature 0: geometry has NaN")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("feature 2: geometry has NaN")), qPrintable(warnings));
    }
}

void TestVectorDataset::unparseableCsvGeometryKeepsRows()
{
    // OGR cannot parse "nan"/"inf" in WKT: those rows load without geometry, attributes intact.
    auto layer = readLayerFromFile(data("nan_coords.csv"));
    QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
    QCOMPARE((*layer)->featureCount(), std::size_t(3));
    QCOMPARE((*layer)->attribute(2, QStringLiteral("name")).toString(), QStringLiteral("infinite point"));
    QCOMPARE((*layer)->geometry.featureType(0), GeometryType::None);
    QCOMPARE((*layer)->geometry.featureType(1), GeometryType::Point);
}

void TestVectorDataset::badFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty + special name = missing file
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << QByteArray() << "missing.gpkg" << int(ErrorCode::Io);
    QTest::newRow("empty") << QByteArray("") << "empty.geojson" << int(ErrorCode::Empty);
    QTest::newRow("not gis") << QByteArray("hello, this is not a map\n") << "notes.txt" << int(ErrorCode::Format);
    QTest::newRow("binary junk") << QByteArray(4096, '\x07') << "junk.gpkg" << int(ErrorCode::Format);
    QTest::newRow("broken json") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": ") << "broken.geojson"
                                 << int(ErrorCode::Format);
}

void TestVectorDataset::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (name != QLatin1String("missing.gpkg")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto layer = readLayerFromFile(path);
    QVERIFY(!layer);
    QCOMPARE(int(layer.error().code), code);
    QVERIFY(layer.error().toString().contains(path));
    QVERIFY(!layer.error().message.isEmpty());
}

void TestVectorDataset::truncatedGeoPackage()
{
    // Write a real GeoPackage, then keep only part of its bytes: the reader must fail cleanly or load
    // fewer features with the error reported, never crash.
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.gpkg"));
    auto src = readLayerFromFile(data("mixed_types.geojson"));
    QVERIFY(src);
    QVERIFY(writeGeoPackage(good, {*src}));
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (double frac : {0.1, 0.25, 0.5, 0.75, 0.9}) {
        const QString cut = dir.filePath(QStringLiteral("cut%1.gpkg").arg(int(frac * 100)));
        QFile o(cut);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(bytes.left(qsizetype(double(bytes.size()) * frac)));
        o.close();
        auto layer = readLayerFromFile(cut);
        if (layer) // a cut beyond the data pages can still read; it must then be complete
            QCOMPARE((*layer)->featureCount(), std::size_t(5));
        else
            QVERIFY(layer.error().toString().contains(cut));
    }
}

void TestVectorDataset::unknownLayer()
{
    auto layer = readLayerFromFile(data("lines.geojson"), QStringLiteral("not_there"));
    QVERIFY(!layer);
    QCOMPARE(layer.error().code, ErrorCode::NotFound);
}

void TestVectorDataset::cancellation()
{
    for (bool useArrow : {true, false}) {
        std::atomic_bool cancel{true};
        ReadOptions o;
        o.cancel = &cancel;
        o.useArrow = useArrow;
        auto layer = readLayerFromFile(data("lines.geojson"), {}, o);
        QVERIFY(!layer);
        QCOMPARE(layer.error().code, ErrorCode::Cancelled);
    }
}

void TestVectorDataset::progressIsReported()
{
    int calls = 0;
    qint64 lastDone = -1;
    ReadOptions o;
    o.progress = [&](qint64 done, qint64) {
        ++calls;
        lastDone = done;
        return true;
    };
    auto layer = readLayerFromFile(data("lines.geojson"), {}, o);
    QVERIFY(layer);
    QVERIFY(calls >= 1);
    QCOMPARE(lastDone, 3);
    // Returning false from progress cancels.
    o.progress = [](qint64, qint64) { return false; };
    auto cancelled = readLayerFromFile(data("lines.geojson"), {}, o);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestVectorDataset)
#include "tst_vector_dataset.moc"
