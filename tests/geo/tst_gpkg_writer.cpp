#include "tests/common/test_support.h"
#include "geo/gpkg_writer.h"
#include "geo/vector_dataset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace corridor::geo;

namespace {

/// A layer with every geometry kind, every field type and nulls.
std::shared_ptr<LayerData> sampleLayer(const QString& name = QStringLiteral("sample"))
{
    auto l = std::make_shared<LayerData>();
    l->name = name;
    l->crs = Crs::wgs84();
    l->geometryType = GeometryType::Polygon;
    l->columns.emplace_back(Field{QStringLiteral("name"), FieldType::String});
    l->columns.emplace_back(Field{QStringLiteral("capacity"), FieldType::Real});
    l->columns.emplace_back(Field{QStringLiteral("year"), FieldType::Integer});
    l->columns.emplace_back(Field{QStringLiteral("opened"), FieldType::Date});
    l->columns.emplace_back(Field{QStringLiteral("updated"), FieldType::DateTime});
    l->columns.emplace_back(Field{QStringLiteral("operating"), FieldType::Boolean});
    auto& g = l->geometry;
    // 1: polygon with a hole
    g.beginFeature();
    g.beginPart(PartKind::Polygon);
    g.beginRing();
    for (auto [x, y] : {std::pair{20.0, 44.0}, {21.0, 44.0}, {21.0, 45.0}, {20.0, 45.0}, {20.0, 44.0}})
        g.addPoint(x, y);
    g.beginRing();
    for (auto [x, y] : {std::pair{20.2, 44.2}, {20.4, 44.2}, {20.4, 44.4}, {20.2, 44.2}})
        g.addPoint(x, y);
    // 2: two polygons
    g.beginFeature();
    for (double x0 : {10.0, 12.0}) {
        g.beginPart(PartKind::Polygon);
        g.beginRing();
        for (auto [x, y] : {std::pair{x0, 40.0}, {x0 + 1, 40.0}, {x0 + 1, 41.0}, {x0, 40.0}})
            g.addPoint(x, y);
    }
    // 3: no geometry
    g.beginFeature();
    g.finish();
    l->fids = {7, 8, 9};
    const QDateTime t(QDate(2026, 2, 15), QTime(10, 30, 15, 250), QTimeZone::utc());
    l->columns[0].appendString(QStringLiteral("Ниш / Niš"));
    l->columns[0].appendString(QStringLiteral("two"));
    l->columns[0].appendNull();
    l->columns[1].appendReal(1.8);
    l->columns[1].appendNull();
    l->columns[1].appendReal(-0.25);
    l->columns[2].appendInt(2023);
    l->columns[2].appendInt(-1);
    l->columns[2].appendNull();
    l->columns[3].appendInt(QDate(2023, 12, 10).toJulianDay());
    l->columns[3].appendNull();
    l->columns[3].appendInt(QDate(1999, 1, 1).toJulianDay());
    l->columns[4].appendInt(t.toMSecsSinceEpoch());
    l->columns[4].appendNull();
    l->columns[4].appendNull();
    l->columns[5].appendInt(1);
    l->columns[5].appendInt(0);
    l->columns[5].appendNull();
    l->finalise();
    return l;
}

std::shared_ptr<LayerData> tableLayer()
{
    auto t = std::make_shared<LayerData>();
    t->name = QStringLiteral("sources");
    t->geometryType = GeometryType::None;
    t->columns.emplace_back(Field{QStringLiteral("id"), FieldType::String});
    for (const char* id : {"S01", "S02"}) {
        t->fids.push_back(std::int64_t(t->fids.size() + 1));
        t->columns[0].appendString(QString::fromLatin1(id));
        t->geometry.beginFeature();
    }
    t->geometry.finish();
    t->finalise();
    return t;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestGpkgWriter : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void validGeoPackage();
    void deterministic();
    void refusesNonFiniteCoordinates();
    void failureLeavesTargetUntouched();
    void unwritablePaths();
};

void TestGpkgWriter::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rt.gpkg"));
    const auto src = sampleLayer();
    const auto st = writeGeoPackage(path, {src, tableLayer()});
    QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));

    auto ds = VectorDataset::open(path);
    QVERIFY(ds);
    QCOMPARE((*ds)->layerNames(), (QStringList{QStringLiteral("sample"), QStringLiteral("sources")}));
    auto back = (*ds)->readLayer(QStringLiteral("sample"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    const LayerData& l = **back;
    QCOMPARE(l.fids, src->fids);
    QVERIFY(l.crs.isSame(Crs::wgs84()));
    QCOMPARE(l.geometry.coords(), src->geometry.coords());
    QCOMPARE(l.geometry.ringCount(), src->geometry.ringCount());
    for (std::size_t f = 0; f < 3; ++f) {
        QCOMPARE(l.geometry.featureType(f), src->geometry.featureType(f));
        QCOMPARE(l.geometry.featurePartEnd(f) - l.geometry.featurePartBegin(f),
                 src->geometry.featurePartEnd(f) - src->geometry.featurePartBegin(f));
    }
    QCOMPARE(l.columns.size(), src->columns.size());
    for (std::size_t c = 0; c < src->columns.size(); ++c) {
        QCOMPARE(l.columns[c].field().name, src->columns[c].field().name);
        QCOMPARE(l.columns[c].field().type, src->columns[c].field().type);
        for (std::size_t r = 0; r < 3; ++r)
            QCOMPARE(l.columns[c].value(r), src->columns[c].value(r));
    }
    auto table = (*ds)->readLayer(QStringLiteral("sources"));
    QVERIFY(table);
    QCOMPARE((*table)->geometryType, GeometryType::None);
    QCOMPARE((*table)->attribute(1, QStringLiteral("id")).toString(), QStringLiteral("S02"));
}

void TestGpkgWriter::validGeoPackage()
{
    // GDAL's own GeoPackage validator (python3-gdal) must find nothing to complain about.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("valid.gpkg"));
    QVERIFY(writeGeoPackage(path, {sampleLayer(), tableLayer()}, {QStringLiteral("2026-02-15T00:00:00.000Z"), {}}));
    const QString problems = corridor::test::geoPackageProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestGpkgWriter::deterministic()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.gpkg")), b = dir.filePath(QStringLiteral("b.gpkg"));
    const GpkgWriteOptions o{QStringLiteral("2026-02-15T00:00:00.000Z"), {}};
    QVERIFY(writeGeoPackage(a, {sampleLayer(), tableLayer()}, o));
    QTest::qWait(1100); // a different wall-clock second must not change the bytes
    QVERIFY(writeGeoPackage(b, {sampleLayer(), tableLayer()}, o));
    QCOMPARE(fileHash(a), fileHash(b));
}

void TestGpkgWriter::refusesNonFiniteCoordinates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nan.gpkg"));
    auto l = sampleLayer();
    l->geometry.coords()[3] = std::nan("");
    const auto st = writeGeoPackage(path, {l});
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::Geometry);
    QVERIFY(st.error().message.contains(QStringLiteral("feature 7")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no temp file left
}

void TestGpkgWriter::failureLeavesTargetUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.gpkg"));
    QVERIFY(writeGeoPackage(path, {sampleLayer()}));
    const QByteArray before = fileHash(path);
    // The second layer has the same name as the first: GDAL refuses it half-way through the write.
    const auto st = writeGeoPackage(path, {tableLayer(), sampleLayer(), sampleLayer()});
    QVERIFY(!st);
    QVERIFY(st.error().toString().contains(path));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("project.gpkg")});
    auto still = readLayerFromFile(path);
    QVERIFY(still);
    QCOMPARE((*still)->featureCount(), std::size_t(3));
}

void TestGpkgWriter::unwritablePaths()
{
    const auto noDir = writeGeoPackage(QStringLiteral("/nonexistent-dir-corridor/x.gpkg"), {sampleLayer()});
    QVERIFY(!noDir);
    QCOMPARE(noDir.error().code, ErrorCode::Io);
    // /proc refuses new files even to root.
    const auto proc = writeGeoPackage(QStringLiteral("/proc/corridor-test.gpkg"), {sampleLayer()});
    QVERIFY(!proc);
    QCOMPARE(proc.error().code, ErrorCode::Io);
    QVERIFY(proc.error().toString().contains(QStringLiteral("/proc/corridor-test.gpkg")));
}

QTEST_GUILESS_MAIN(TestGpkgWriter)
#include "tst_gpkg_writer.moc"
