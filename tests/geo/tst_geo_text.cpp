// geo's messages go through the translators installed in the application (context "GeoText"): a
// stand-in translator marks every text it is asked for, and real failures come back marked, with the
// words of GDAL / PROJ / GEOS and the file names left as they are.

#include "tests/common/marking_translator.h"

#include "geo/crs.h"
#include "geo/geos_geometry.h"
#include "geo/vector_dataset.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <vector>

using namespace corridor::geo;

namespace {

QString data(const char* name) { return QStringLiteral(TEST_DATA_DIR "/") + QString::fromLatin1(name); }

} // namespace

class TestGeoText : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void missingFileIsTranslated();
    void layerContextAndMessageAreTranslated();
    void crsErrorIsTranslated();
    void pluralCountReachesTheTranslator();
    void geosWordsStayAsTheyAre();
    void englishWithoutTranslator();

private:
    corridor::test::MarkingTranslator* m_translator = nullptr;
};

void TestGeoText::init()
{
    m_translator = new corridor::test::MarkingTranslator(QStringLiteral("GeoText"));
    QVERIFY(QCoreApplication::installTranslator(m_translator));
}

void TestGeoText::cleanup()
{
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    m_translator = nullptr;
}

void TestGeoText::missingFileIsTranslated()
{
    const QString path = QStringLiteral("/nonexistent-corridor-dir/roads.gpkg");
    auto ds = VectorDataset::open(path);
    QVERIFY(!ds);
    QCOMPARE(ds.error().code, ErrorCode::Io);
    QCOMPARE(ds.error().message, QStringLiteral("«file not found»"));
    QCOMPARE(ds.error().context, path); // the path is not a text to translate
    QVERIFY(m_translator->asked(QStringLiteral("file not found")));
}

void TestGeoText::layerContextAndMessageAreTranslated()
{
    // A shapefile without .prj whose coordinates are projected metres: the CRS cannot be guessed.
    auto layer = readLayerFromFile(data("laea_noprj.shp"));
    QVERIFY(!layer);
    QCOMPARE(layer.error().code, ErrorCode::Crs);
    QCOMPARE(layer.error().message,
             QStringLiteral("«the layer has no CRS and its coordinates are not longitude/latitude, so its CRS cannot "
                            "be guessed; assign one»"));
    QCOMPARE(layer.error().context, QStringLiteral("«%1 (layer laea_noprj)»").arg(data("laea_noprj.shp")));
}

void TestGeoText::crsErrorIsTranslated()
{
    auto crs = Crs::fromUserInput(QStringLiteral("   "));
    QVERIFY(!crs);
    QCOMPARE(crs.error().message, QStringLiteral("«empty CRS definition»"));

    // PROJ's own reason stays in PROJ's words; our sentence around the object PROJ made is translated.
    auto ellipsoid = Crs::fromWkt(QStringLiteral(R"(ELLIPSOID["GRS 1980",6378137,298.257222101])"));
    QVERIFY(!ellipsoid);
    QVERIFY2(ellipsoid.error().message.startsWith(QStringLiteral("«not a coordinate reference system (PROJ made a '")),
             qPrintable(ellipsoid.error().message));
}

void TestGeoText::pluralCountReachesTheTranslator()
{
    GeometryStore s;
    s.beginFeature();
    s.beginPart(PartKind::Point);
    s.beginRing();
    s.addPoint(1, 2);
    s.finish();
    auto g = toGeos(s, 3);
    QVERIFY(!g);
    QCOMPARE(g.error().message, QStringLiteral("«feature 3 out of range (1 feature(s))»"));
    QVERIFY(m_translator->asked(QStringLiteral("feature %1 out of range (%n feature(s))"), 1));
}

void TestGeoText::geosWordsStayAsTheyAre()
{
    // A two-point polygon ring: GEOS refuses it in its own words, which we wrap as "feature %1: %2".
    GeometryStore s;
    s.beginFeature();
    s.beginPart(PartKind::Polygon);
    s.beginRing();
    s.addPoint(0, 0);
    s.addPoint(1, 1);
    s.finish();
    auto g = toGeos(s, 0);
    QVERIFY(!g);
    const QString geos = geosLastError();
    QVERIFY(!geos.isEmpty());
    QCOMPARE(g.error().message, QStringLiteral("«feature 0: %1»").arg(geos));
}

void TestGeoText::englishWithoutTranslator()
{
    cleanup();
    auto ds = VectorDataset::open(QStringLiteral("/nonexistent-corridor-dir/roads.gpkg"));
    QVERIFY(!ds);
    QCOMPARE(ds.error().message, QStringLiteral("file not found"));
    init(); // for cleanup()
}

QTEST_GUILESS_MAIN(TestGeoText)
#include "tst_geo_text.moc"
