#include "tests/common/test_support.h"
#include "geo/geodesic.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace corridor::geo;
namespace gd = corridor::geo::geodesic;


namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double dms(double d, double m, double s)
{
    const double v = std::abs(d) + m / 60.0 + s / 3600.0;
    return d < 0 ? -v : v;
}

// Airports of the corridor's ends: Heydar Aliyev (GYD) and Belgrade Nikola Tesla (BEG).
constexpr GeoPoint kBaku{50.0467, 40.4675};
constexpr GeoPoint kBelgrade{20.3069, 44.8194};

} // namespace

class TestGeodesic : public QObject {
    Q_OBJECT
private slots:
    void geographicLibJfkToLhr();
    void geographicLibDirect();
    void vincentyFlindersPeakBuninyong();
    void bakuBelgrade();
    void azimuthRange();
    void directInverseRoundTrip_data();
    void directInverseRoundTrip();
    void densify_data();
    void densify();
    void densifyAcrossAntimeridian();
    void densifyGuards();
    void densifyLine();
    void lineLength();
    void ringMeasure();
    void ringMeasureDegenerate();
};

void TestGeodesic::geographicLibJfkToLhr()
{
    // GeographicLib's example (examples/example-Geodesic-small.cpp): JFK (40.6, -73.8) to LHR (51.6, -0.5)
    // prints "5551.76 km". Azimuths and the metre digits from pyproj 3.4.1 (PROJ 9.1.1), checked
    // against that: Geod(ellps="WGS84").inv(-73.8, 40.6, -0.5, 51.6) = (51.19888284557983,
    // -72.17822326448574 [back azimuth; forward = +180], 5551759.4003186785).
    // (With 40.64 N 73.78 W → 51.47 N 0.45 W the distance is 5555.41 km, not 5551.76 km.)
    const gd::Inverse r = gd::inverse({-73.8, 40.6}, {-0.5, 51.6});
    VERIFY_NEAR(r.distanceM / 1000.0, 5551.76, 0.005);
    VERIFY_NEAR(r.distanceM, 5551759.4003, 0.001);
    VERIFY_NEAR(r.azimuth1Deg, 51.198883, 1e-6);
    VERIFY_NEAR(r.azimuth2Deg, 107.821777, 1e-6);
    VERIFY_NEAR(gd::distanceM({-73.8, 40.6}, {-0.5, 51.6}), r.distanceM, 0.0);
}

void TestGeodesic::geographicLibDirect()
{
    // GeographicLib's example-Geodesic.cpp: from JFK, azimuth 51°, 5500 km → prints "51.8846 -1.14117".
    const GeoPoint p = gd::direct({-73.8, 40.6}, 51.0, 5.5e6);
    VERIFY_NEAR(p.lat, 51.8846, 0.00005);
    VERIFY_NEAR(p.lon, -1.14117, 0.000005);
}

void TestGeodesic::vincentyFlindersPeakBuninyong()
{
    // T. Vincenty (1975), Survey Review 23(176), and Geoscience Australia's worked example: Flinders
    // Peak (37°57'03.72030" S, 144°25'29.52440" E) to Buninyong (37°39'10.15610" S, 143°55'35.38390" E):
    // 54 972.271 m, azimuth 306°52'05.37", reverse azimuth 127°10'25.07".
    const GeoPoint flinders{dms(144, 25, 29.52440), dms(-37, 57, 3.72030)};
    const GeoPoint buninyong{dms(143, 55, 35.38390), dms(-37, 39, 10.15610)};
    const gd::Inverse r = gd::inverse(flinders, buninyong);
    VERIFY_NEAR(r.distanceM, 54972.271, 0.001);
    VERIFY_NEAR(r.azimuth1Deg, dms(306, 52, 5.37), 0.01 / 3600.0);
    // Our azimuth2 is the forward azimuth at Buninyong, i.e. the reverse azimuth + 180°.
    VERIFY_NEAR(r.azimuth2Deg, dms(127, 10, 25.07) + 180.0, 0.01 / 3600.0);

    // The direct problem from the same data lands on Buninyong.
    const GeoPoint p = gd::direct(flinders, dms(306, 52, 5.37), 54972.271);
    VERIFY_NEAR(p.lat, buninyong.lat, 0.0001 / 3600.0);
    VERIFY_NEAR(p.lon, buninyong.lon, 0.0001 / 3600.0);
}

void TestGeodesic::bakuBelgrade()
{
    // GYD 40.4675 N 50.0467 E → BEG 44.8194 N 20.3069 E. pyproj 3.4.1:
    // Geod(ellps="WGS84").inv(50.0467, 40.4675, 20.3069, 44.8194) = (-68.83383619698077 [= 291.166°],
    // 90.7572923986859 [back], 2471898.302676683).
    const gd::Inverse r = gd::inverse(kBaku, kBelgrade);
    VERIFY_NEAR(r.distanceM / 1000.0, 2471.9, 0.1);
    VERIFY_NEAR(r.distanceM, 2471898.3027, 0.001);
    VERIFY_NEAR(r.azimuth1Deg, 291.2, 0.05);
    VERIFY_NEAR(r.azimuth1Deg, 360.0 - 68.83383619698077, 1e-8);
    VERIFY_NEAR(r.azimuth2Deg, 90.7572923986859 - 180.0 + 360.0, 1e-8);
    // Symmetric distance.
    VERIFY_NEAR(gd::distanceM(kBelgrade, kBaku), r.distanceM, 1e-6);
}

void TestGeodesic::azimuthRange()
{
    // Due west is 270, not -90; due north 0, not 360 or -0.
    const gd::Inverse west = gd::inverse({10, 0}, {9, 0});
    VERIFY_NEAR(west.azimuth1Deg, 270.0, 1e-9);
    const gd::Inverse north = gd::inverse({10, 0}, {10, 1});
    QCOMPARE(north.azimuth1Deg, 0.0);
    QVERIFY(!std::signbit(north.azimuth1Deg));
    for (double az : {west.azimuth1Deg, west.azimuth2Deg, north.azimuth1Deg, north.azimuth2Deg})
        QVERIFY(az >= 0.0 && az < 360.0);
}

void TestGeodesic::directInverseRoundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("azimuth");
    QTest::addColumn<double>("distance");
    QTest::newRow("Baku west") << 50.0467 << 40.4675 << 291.2 << 2.4e6;
    QTest::newRow("short") << 20.0 << 44.0 << 45.0 << 1.5;
    QTest::newRow("southern, long") << -58.4 << -34.6 << 120.0 << 1.2e7;
    QTest::newRow("across antimeridian") << 175.0 << 10.0 << 80.0 << 1.0e6;
    QTest::newRow("near pole") << 0.0 << 89.0 << 10.0 << 5.0e5;
}

void TestGeodesic::directInverseRoundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, azimuth);
    QFETCH(double, distance);
    const GeoPoint start{lon, lat};
    const GeoPoint end = gd::direct(start, azimuth, distance);
    QVERIFY(std::isfinite(end.lon) && std::isfinite(end.lat));
    QVERIFY(end.lon >= -180.0 && end.lon <= 180.0);
    const gd::Inverse back = gd::inverse(start, end);
    VERIFY_NEAR(back.distanceM, distance, 1e-6);
    // The end point is rounded to a double (~1e-9 m); over a short line that turns the azimuth by up to
    // ~1e-8 m / distance radians.
    const double azimuthTolerance = std::max(1e-9, 1e-8 / distance * 180.0 / M_PI);
    VERIFY_NEAR(back.azimuth1Deg, azimuth, azimuthTolerance);
}

void TestGeodesic::densify_data()
{
    QTest::addColumn<double>("lon0");
    QTest::addColumn<double>("lat0");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("maxSegmentM");
    QTest::addColumn<bool>("wraps");
    QTest::newRow("GYD-BEG 50 km") << kBaku.lon << kBaku.lat << kBelgrade.lon << kBelgrade.lat << 50000.0 << false;
    QTest::newRow("GYD-BEG 7 km") << kBaku.lon << kBaku.lat << kBelgrade.lon << kBelgrade.lat << 7000.0 << false;
    // 1° of equator is a·π/180 = 111319.49079327357 m.
    QTest::newRow("quarter degrees") << 0.0 << 0.0 << 1.0 << 0.0 << 111319.49079327357 / 4.0 << false;
    // Buenos Aires → Sydney goes west, across the antimeridian.
    QTest::newRow("long, southern") << -58.4 << -34.6 << 151.2 << -33.9 << 250000.0 << true;
}

void TestGeodesic::densify()
{
    QFETCH(double, lon0);
    QFETCH(double, lat0);
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, maxSegmentM);
    QFETCH(bool, wraps);
    const GeoPoint a{lon0, lat0};
    const GeoPoint b{lon1, lat1};
    const double total = gd::distanceM(a, b);
    const std::vector<GeoPoint> line = gd::densify(a, b, maxSegmentM);

    QCOMPARE(line.size(), std::size_t(std::ceil(total / maxSegmentM)) + 1);
    QCOMPARE(line.front(), a);
    QCOMPARE(line.back().lat, b.lat);
    if (wraps) // the same meridian as b, continued past ±180
        QCOMPARE(std::abs(line.back().lon - b.lon), 360.0);
    else
        QCOMPARE(line.back(), b);
    const double expectedSegment = total / double(line.size() - 1);
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double seg = gd::distanceM(line[i - 1], line[i]);
        QVERIFY2(seg <= maxSegmentM + 1e-6, qPrintable(QStringLiteral("segment %1: %2 m").arg(i).arg(seg)));
        VERIFY_NEAR(seg, expectedSegment, 1e-6); // equally spaced
        QVERIFY(std::abs(line[i].lon - line[i - 1].lon) < 180.0);
    }
    // On the geodesic: a→p→b is no longer than a→b.
    for (const GeoPoint& p : line)
        VERIFY_NEAR(gd::distanceM(a, p) + gd::distanceM(p, b), total, 1e-3);
}

void TestGeodesic::densifyAcrossAntimeridian()
{
    const GeoPoint a{170.0, 10.0};
    const GeoPoint b{-170.0, 20.0};
    const std::vector<GeoPoint> line = gd::densify(a, b, 100000.0);
    QVERIFY(line.size() > 20);
    QCOMPARE(line.front(), a);
    // Same point as b, longitude continued past 180.
    QCOMPARE(line.back().lat, 20.0);
    QCOMPARE(line.back().lon, 190.0);
    const double total = gd::distanceM(a, b);
    for (std::size_t i = 1; i < line.size(); ++i) {
        QVERIFY2(std::abs(line[i].lon - line[i - 1].lon) < 2.0, qPrintable(QString::number(line[i].lon)));
        QVERIFY(line[i].lon > line[i - 1].lon); // heading east all the way
        QVERIFY(gd::distanceM(line[i - 1], line[i]) <= 100000.0 + 1e-6);
    }
    for (const GeoPoint& p : line)
        VERIFY_NEAR(gd::distanceM(a, p) + gd::distanceM(p, b), total, 1e-3);

    // Westward the other way: 190 is the same as -170, and -170 → 170 goes down through -180.
    const std::vector<GeoPoint> west = gd::densify(b, a, 100000.0);
    QCOMPARE(west.front(), b);
    QCOMPARE(west.back().lon, -190.0);
    for (std::size_t i = 1; i < west.size(); ++i)
        QVERIFY(std::abs(west[i].lon - west[i - 1].lon) < 2.0);
}

void TestGeodesic::densifyGuards()
{
    const GeoPoint a{20.0, 44.0};
    const GeoPoint b{21.0, 45.0};
    const std::vector<GeoPoint> ab{a, b};
    for (double bad : {0.0, -1.0, kNaN, std::numeric_limits<double>::infinity()})
        QCOMPARE(gd::densify(a, b, bad), ab);
    QCOMPARE(gd::densify(a, b, 1e9), ab); // already short enough
    QCOMPARE(gd::densify(a, a, 10.0), (std::vector<GeoPoint>{a, a}));
    QVERIFY(gd::densify({kNaN, 1.0}, b, 10.0).empty());
    QVERIFY(gd::densify(a, {1.0, kNaN}, 10.0).empty());
    QVERIFY(std::isnan(gd::distanceM({kNaN, 1.0}, b)));
    const gd::Inverse nanInverse = gd::inverse(a, {kNaN, kNaN});
    QVERIFY(std::isnan(nanInverse.distanceM) && std::isnan(nanInverse.azimuth1Deg));
    const GeoPoint nanDirect = gd::direct(a, kNaN, 10.0);
    QVERIFY(std::isnan(nanDirect.lon) && std::isnan(nanDirect.lat));
}

void TestGeodesic::densifyLine()
{
    // Belgrade → Baku → across the Pacific antimeridian → back: continuous throughout.
    const std::vector<GeoPoint> line{kBelgrade, kBaku, {175.0, 50.0}, {-175.0, 52.0}, {-170.0, 50.0}};
    const std::vector<GeoPoint> dense = gd::densifyLine(line, 200000.0);
    QVERIFY(dense.size() > line.size());
    QCOMPARE(dense.front(), kBelgrade);
    QCOMPARE(dense.back().lat, 50.0);
    QCOMPARE(dense.back().lon, 190.0);
    for (std::size_t i = 1; i < dense.size(); ++i) {
        QVERIFY2(std::abs(dense[i].lon - dense[i - 1].lon) < 180.0, qPrintable(QString::number(i)));
        QVERIFY(gd::distanceM(dense[i - 1], dense[i]) <= 200000.0 + 1e-6);
    }
    // Each input vertex appears (once), the length is unchanged.
    VERIFY_NEAR(gd::lineLengthM(dense), gd::lineLengthM(line), 1e-3);
    QCOMPARE(std::count(dense.begin(), dense.end(), kBaku), 1);
    QCOMPARE(std::count(dense.begin(), dense.end(), GeoPoint{185.0, 52.0}), 1);

    QVERIFY(gd::densifyLine({}, 1000.0).empty());
    const std::vector<GeoPoint> single{kBaku};
    QCOMPARE(gd::densifyLine(single, 1000.0), single);
    const std::vector<GeoPoint> withNaN{kBaku, {kNaN, 0.0}, kBelgrade};
    QVERIFY(gd::densifyLine(withNaN, 1000.0).empty());
}

void TestGeodesic::lineLength()
{
    const std::vector<GeoPoint> line{kBaku, {44.8, 41.7} /* Tbilisi */, {28.9, 41.0} /* Istanbul */, kBelgrade};
    double expected = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        expected += gd::distanceM(line[i - 1], line[i]);
    QVERIFY(expected > gd::distanceM(kBaku, kBelgrade)); // a detour is longer
    VERIFY_NEAR(gd::lineLengthM(line), expected, 1e-6);

    std::vector<double> lonLat;
    for (const GeoPoint& p : line)
        lonLat.insert(lonLat.end(), {p.lon, p.lat});
    VERIFY_NEAR(gd::lineLengthM(std::span<const double>(lonLat)), expected, 1e-6);
    lonLat.push_back(99.0); // a dangling value is ignored
    VERIFY_NEAR(gd::lineLengthM(std::span<const double>(lonLat)), expected, 1e-6);

    QCOMPARE(gd::lineLengthM(std::span<const GeoPoint>()), 0.0);
    const std::vector<GeoPoint> one{kBaku};
    QCOMPARE(gd::lineLengthM(one), 0.0);
    const std::vector<GeoPoint> withNaN{kBaku, {kNaN, 1.0}};
    QVERIFY(std::isnan(gd::lineLengthM(withNaN)));
}

void TestGeodesic::ringMeasure()
{
    // pyproj 3.4.1 (PROJ 9.1.1): Geod(ellps="WGS84").polygon_area_perimeter(lons, lats) gives
    //   [0,1,1,0] x [0,0,1,1]     → 12308778361.469452 m², 443770.91724830196 m
    //   [10,11,11,10] x [50,50,51,51] → 7892061583.206543 m², 364369.7208799893 m
    const std::vector<GeoPoint> equator{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    gd::PolygonMeasure m = gd::ringMeasure(equator);
    VERIFY_NEAR(m.areaM2, 12308778361.469452, 0.01);
    VERIFY_NEAR(m.perimeterM, 443770.91724830196, 1e-6);
    VERIFY_NEAR(m.areaM2 / 1e6, 12308.778, 0.001);

    // Closed ring, clockwise: same answer.
    const std::vector<GeoPoint> closedClockwise{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    m = gd::ringMeasure(closedClockwise);
    VERIFY_NEAR(m.areaM2, 12308778361.469452, 0.01);
    VERIFY_NEAR(m.perimeterM, 443770.91724830196, 1e-6);

    const std::vector<GeoPoint> at50{{10, 50}, {11, 50}, {11, 51}, {10, 51}, {10, 50}};
    m = gd::ringMeasure(at50);
    VERIFY_NEAR(m.areaM2, 7892061583.206543, 0.01);
    VERIFY_NEAR(m.perimeterM, 364369.7208799893, 1e-6);
}

void TestGeodesic::ringMeasureDegenerate()
{
    gd::PolygonMeasure m = gd::ringMeasure({});
    QCOMPARE(m.areaM2, 0.0);
    QCOMPARE(m.perimeterM, 0.0);
    const std::vector<GeoPoint> segment{kBaku, kBelgrade};
    m = gd::ringMeasure(segment);
    QCOMPARE(m.areaM2, 0.0);
    VERIFY_NEAR(m.perimeterM, 2.0 * gd::distanceM(kBaku, kBelgrade), 1e-6);
    const std::vector<GeoPoint> withNaN{{0, 0}, {1, 0}, {kNaN, 1}};
    m = gd::ringMeasure(withNaN);
    QVERIFY(std::isnan(m.areaM2) && std::isnan(m.perimeterM));
}

QTEST_GUILESS_MAIN(TestGeodesic)
#include "tst_geodesic.moc"
