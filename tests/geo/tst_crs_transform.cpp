#include "tests/common/test_support.h"
#include "geo/crs_transform.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

using namespace corridor::geo;

Q_DECLARE_METATYPE(corridor::geo::Envelope)
Q_DECLARE_METATYPE(corridor::geo::MapPoint)


namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::shared_ptr<CrsTransform> transformTo(int epsg)
{
    const auto target = Crs::fromEpsg(epsg);
    if (!target)
        return nullptr;
    auto t = CrsTransform::get(Crs::wgs84(), *target);
    return t ? *t : nullptr;
}

// A lon/lat grid over the corridor (Azerbaijan to Serbia and around).
std::vector<double> corridorGrid(double lon0, double lon1, double lat0, double lat1, int n)
{
    std::vector<double> xy;
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < n; ++i) {
            xy.push_back(lon0 + (lon1 - lon0) * i / (n - 1));
            xy.push_back(lat0 + (lat1 - lat0) * j / (n - 1));
        }
    }
    return xy;
}

} // namespace

class TestCrsTransform : public QObject {
    Q_OBJECT
private slots:
    void laeaFalseOrigin();
    void independentReference_data();
    void independentReference();
    void roundTrip_data();
    void roundTrip();
    void lonLatOrder();
    void outOfDomainBecomesNaN();
    void identityLeavesDataUntouched();
    void cachedPerThread();
    void creationErrors();
    void envelopeEnclosesEdges_data();
    void envelopeEnclosesEdges();
    void envelopeEdgeCases();
    void sameResultsFromFourThreads();
};

void TestCrsTransform::laeaFalseOrigin()
{
    // EPSG:3035 is LAEA centred on 52°N 10°E with false easting 4321000 m and false northing 3210000 m
    // (EPSG dataset, method 9820): the centre maps exactly onto the false origin.
    const auto t = transformTo(3035);
    QVERIFY(t);
    QVERIFY(!t->isIdentity());
    const MapPoint p = t->transform(10.0, 52.0);
    VERIFY_NEAR(p.x, 4321000.0, 1e-6);
    VERIFY_NEAR(p.y, 3210000.0, 1e-6);
    const MapPoint back = t->transform(4321000.0, 3210000.0, true);
    VERIFY_NEAR(back.x, 10.0, 1e-12);
    VERIFY_NEAR(back.y, 52.0, 1e-12);
}

void TestCrsTransform::independentReference_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // Computed independently with /usr/bin/python3 and pyproj 3.4.1 (Debian 12 python3-pyproj):
    //   Transformer.from_crs("EPSG:4326", "EPSG:<epsg>", always_xy=True).transform(lon, lat)
    // printed with "%.4f". Baku 40.4093 N 49.8671 E, Belgrade 44.7866 N 20.4489 E.
    QTest::newRow("Baku 3035") << 3035 << 49.8671 << 40.4093 << 7544181.0773 << 2805333.8790;
    QTest::newRow("Belgrade 3035") << 3035 << 20.4489 << 44.7866 << 5146367.8689 << 2466210.1651;
    QTest::newRow("Belgrade 32634") << 32634 << 20.4489 << 44.7866 << 456403.9555 << 4959392.5142;
    QTest::newRow("Baku 3857") << 3857 << 49.8671 << 40.4093 << 5551180.1793 << 4925600.1285;
}

void TestCrsTransform::independentReference()
{
    QFETCH(int, epsg);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const auto t = transformTo(epsg);
    QVERIFY(t);
    const MapPoint p = t->transform(lon, lat);
    VERIFY_NEAR(p.x, x, 0.01);
    VERIFY_NEAR(p.y, y, 0.01);
}

void TestCrsTransform::roundTrip_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<double>("lon0");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("toleranceDeg");
    QTest::newRow("3857") << 3857 << 10.0 << 60.0 << 1e-9;
    QTest::newRow("32634 (zone ±9°)") << 32634 << 12.0 << 30.0 << 1e-9; // UTM is only meant for its zone
    // PROJ 9.1's LAEA inverse gets latitude back from the authalic latitude by a truncated series: the
    // round trip is only good to ~1.3e-8° (≈1.4 mm) at lat 28 (1.5e-9° at lat 60), on the central
    // meridian too. pyproj 3.4.1 on PROJ 9.1.1 shows the same: max |Δ| = 1.2672e-08° over this grid.
    QTest::newRow("3035 corridor") << 3035 << 10.0 << 60.0 << 2e-8;
}

void TestCrsTransform::roundTrip()
{
    QFETCH(int, epsg);
    QFETCH(double, lon0);
    QFETCH(double, lon1);
    QFETCH(double, toleranceDeg);
    const auto t = transformTo(epsg);
    QVERIFY(t);
    const std::vector<double> lonLat = corridorGrid(lon0, lon1, 28.0, 60.0, 41);
    std::vector<double> xy = lonLat;
    QCOMPARE(t->transformInPlace(xy), std::size_t(0));
    // Projected coordinates in metres, nothing like the input.
    QVERIFY(std::abs(xy[0] - lonLat[0]) > 1000.0);
    QCOMPARE(t->transformInPlace(xy, true), std::size_t(0));
    for (std::size_t i = 0; i < xy.size(); ++i)
        VERIFY_NEAR(xy[i], lonLat[i], toleranceDeg);
}

void TestCrsTransform::lonLatOrder()
{
    // EPSG:4326 is lat/lon by definition; after normalisation x is longitude on both sides.
    const auto merc = transformTo(3857);
    QVERIFY(merc);
    const MapPoint east = merc->transform(30.0, 0.0);
    VERIFY_NEAR(east.x, 6378137.0 * 30.0 * M_PI / 180.0, 1e-6); // spherical Mercator: x = R·λ
    VERIFY_NEAR(east.y, 0.0, 1e-6);

    // 4326 → a lon/lat PROJ string CRS (equivalent, but no auth id: a real PROJ transform).
    const auto lonlat = Crs::fromUserInput(QStringLiteral("+proj=longlat +datum=WGS84"));
    QVERIFY(lonlat.ok());
    auto t = CrsTransform::get(Crs::wgs84(), *lonlat);
    QVERIFY(t.ok());
    const MapPoint p = (*t)->transform(20.5, 44.8);
    VERIFY_NEAR(p.x, 20.5, 1e-12);
    VERIFY_NEAR(p.y, 44.8, 1e-12);

    // 4326 → 4258 (ETRS89; lat/lon in EPSG as well): still lon, lat.
    const auto etrs = Crs::fromEpsg(4258);
    QVERIFY(etrs.ok());
    auto t2 = CrsTransform::get(Crs::wgs84(), *etrs);
    QVERIFY(t2.ok());
    const MapPoint q = (*t2)->transform(20.5, 44.8);
    VERIFY_NEAR(q.x, 20.5, 1e-5);
    VERIFY_NEAR(q.y, 44.8, 1e-5);
}

void TestCrsTransform::outOfDomainBecomesNaN()
{
    const auto t = transformTo(3857);
    QVERIFY(t);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> xy{
        10.0, 52.0, //  good
        10.0, 89.9, //  good: far north but valid in Web Mercator
        10.0, 91.0, //  latitude beyond the pole: PROJ fails (HUGE_VAL)
        kNaN, 40.0, //  NaN in: PROJ itself would return a finite y here
        10.0, kNaN, //
        inf,  0.0,  //
        20.0, -45.0 // good, after the bad ones
    };
    const std::vector<double> input = xy;
    QCOMPARE(t->transformInPlace(xy), std::size_t(4));
    for (std::size_t i : {2u, 3u, 4u, 5u}) {
        QVERIFY2(std::isnan(xy[2 * i]) && std::isnan(xy[2 * i + 1]), qPrintable(QString::number(i)));
    }
    for (std::size_t i : {0u, 1u, 6u}) {
        const MapPoint single = t->transform(input[2 * i], input[2 * i + 1]);
        QVERIFY(std::isfinite(single.x) && std::isfinite(single.y));
        QCOMPARE(xy[2 * i], single.x);
        QCOMPARE(xy[2 * i + 1], single.y);
    }
    QVERIFY(xy[3] > 3.0e7); // lat 89.9 is a long way north

    const MapPoint bad = t->transform(0.0, 91.0);
    QVERIFY(std::isnan(bad.x) && std::isnan(bad.y));
    // HUGE_VAL (PROJ's own failure value) in is a failure out.
    const MapPoint huge = t->transform(HUGE_VAL, 0.0, true);
    QVERIFY(std::isnan(huge.x) && std::isnan(huge.y));
}

void TestCrsTransform::identityLeavesDataUntouched()
{
    auto t = CrsTransform::get(Crs::wgs84(), Crs::wgs84());
    QVERIFY(t.ok());
    QVERIFY((*t)->isIdentity());

    // Different definitions of the same CRS are an identity too.
    const auto wkt4326 = Crs::fromWkt(Crs::wgs84().wkt());
    QVERIFY(wkt4326.ok());
    auto t2 = CrsTransform::get(*wkt4326, Crs::wgs84());
    QVERIFY(t2.ok());
    QVERIFY((*t2)->isIdentity());

    std::vector<double> xy = corridorGrid(-200.0, 400.0, -95.0, 95.0, 13); // even nonsense is left alone
    xy.push_back(0.1 + 0.2);
    xy.push_back(-0.0);
    const std::vector<double> before = xy;
    QCOMPARE((*t)->transformInPlace(xy), std::size_t(0));
    QCOMPARE((*t)->transformInPlace(xy, true), std::size_t(0));
    QVERIFY(std::memcmp(xy.data(), before.data(), xy.size() * sizeof(double)) == 0);

    std::vector<double> withNaN{1.0, kNaN, 3.0, 4.0};
    QCOMPARE((*t)->transformInPlace(withNaN), std::size_t(1));
    QVERIFY(std::isnan(withNaN[0]) && std::isnan(withNaN[1]));
    QCOMPARE(withNaN[2], 3.0);
    QCOMPARE(withNaN[3], 4.0);

    const Envelope box(10, 28, 60, 60);
    QCOMPARE((*t)->transformEnvelope(box), box);
}

void TestCrsTransform::cachedPerThread()
{
    auto a = CrsTransform::get(Crs::wgs84(), Crs::etrs89Laea());
    auto b = CrsTransform::get(Crs::wgs84(), Crs::etrs89Laea());
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->get(), b->get());
    QCOMPARE((*a)->source().authId(), QStringLiteral("EPSG:4326"));
    QCOMPARE((*a)->target().authId(), QStringLiteral("EPSG:3035"));

    auto reverse = CrsTransform::get(Crs::etrs89Laea(), Crs::wgs84());
    QVERIFY(reverse.ok());
    QVERIFY(reverse->get() != a->get());

    const CrsTransform* other = nullptr;
    std::thread([&other] {
        auto t = CrsTransform::get(Crs::wgs84(), Crs::etrs89Laea());
        other = t ? t->get() : nullptr;
    }).join();
    QVERIFY(other != nullptr);
    QVERIFY(other != a->get());
}

void TestCrsTransform::creationErrors()
{
    auto invalid = CrsTransform::get(Crs(), Crs::wgs84());
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, ErrorCode::Crs);

    // No operation exists between a geographic CRS and a local engineering one.
    const auto local = Crs::fromWkt(QStringLiteral(
        R"(ENGCRS["site grid",EDATUM["site"],CS[Cartesian,2],AXIS["x",east,LENGTHUNIT["metre",1]],)"
        R"(AXIS["y",north,LENGTHUNIT["metre",1]]])"));
    QVERIFY2(local.ok(), local.ok() ? "" : qPrintable(local.error().toString()));
    // An earlier failure in this thread leaves PROJ's context errno set ("Unknown error (code 4096)")
    // and a message behind; neither may leak into the next error.
    QVERIFY(!Crs::fromUserInput(QStringLiteral("garbage")).ok());
    auto none = CrsTransform::get(Crs::wgs84(), *local);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::Crs);
    // PROJ 9.1 says nothing at all here (no log line, errno 0), so the message is ours.
    QVERIFY2(none.error().message.contains(QLatin1String("no coordinate operation")), qPrintable(none.error().message));
    QVERIFY2(none.error().context.contains(QLatin1String("EPSG:4326")), qPrintable(none.error().context));
    QVERIFY2(none.error().context.contains(QLatin1String("site grid")), qPrintable(none.error().context));
}

void TestCrsTransform::envelopeEnclosesEdges_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<Envelope>("box");
    QTest::addColumn<bool>("bulges"); // an extreme lies inside an edge, not at a corner
    QTest::addColumn<MapPoint>("extremePoint"); // lon/lat where min y is reached, if known (else 0, 0)
    // The corridor, lon 10..60, lat 28..60. In LAEA its extremes happen to be corners.
    QTest::newRow("corridor 3035") << 3035 << Envelope(10.0, 28.0, 60.0, 60.0) << false << MapPoint{10.0, 28.0};
    // Straddling LAEA's central meridian (10 E): the lat-40 edge sags lowest at lon 10, between samples.
    QTest::newRow("wide 3035") << 3035 << Envelope(-33.0, 40.0, 50.0, 70.0) << true << MapPoint{10.0, 40.0};
    // The corridor in UTM 34N, far outside the zone: the lat-28 edge is lowest on the central meridian
    // 21 E, but samples far east are nearly as low (two local minima).
    QTest::newRow("corridor 32634") << 32634 << Envelope(10.0, 28.0, 60.0, 60.0) << true << MapPoint{21.0, 28.0};
}

void TestCrsTransform::envelopeEnclosesEdges()
{
    QFETCH(int, epsg);
    QFETCH(Envelope, box);
    QFETCH(bool, bulges);
    QFETCH(MapPoint, extremePoint);
    const auto t = transformTo(epsg);
    QVERIFY(t);
    const Envelope env = t->transformEnvelope(box);
    QVERIFY(!env.isNull());

    // Every point of every edge (5001 per edge here vs. 21 + refinement inside) must be inside.
    constexpr int n = 5001;
    std::vector<double> edges;
    for (int i = 0; i < n; ++i) {
        const double f = double(i) / (n - 1);
        const double lon = box.minX + f * (box.maxX - box.minX);
        const double lat = box.minY + f * (box.maxY - box.minY);
        edges.insert(edges.end(), {lon, box.minY, lon, box.maxY, box.minX, lat, box.maxX, lat});
    }
    QCOMPARE(t->transformInPlace(edges), std::size_t(0));
    Envelope dense;
    for (std::size_t i = 0; i < edges.size(); i += 2) {
        QVERIFY2(env.contains(edges[i], edges[i + 1]),
                 qPrintable(QStringLiteral("edge point %1, %2 outside").arg(edges[i], 0, 'f', 6).arg(edges[i + 1], 0, 'f', 6)));
        dense.expand(edges[i], edges[i + 1]);
    }
    // ... and it is not padded: 5001 samples per edge can miss a bulge's tip by a few cm, no more.
    QVERIFY(env.contains(dense));
    QVERIFY(dense.minX - env.minX < 0.05 && dense.minY - env.minY < 0.05);
    QVERIFY(env.maxX - dense.maxX < 0.05 && env.maxY - dense.maxY < 0.05);
    if (extremePoint.x != 0.0) {
        // A known extreme (by symmetry, or the sample lands on it): the envelope reaches it to < 1 µm.
        const MapPoint p = t->transform(extremePoint.x, extremePoint.y);
        QVERIFY2(std::abs(env.minY - p.y) < 1e-6, qPrintable(QString::number(env.minY - p.y)));
    }

    // Where an edge bulges, the corners alone would not do (by more than a kilometre).
    Envelope corners;
    for (const MapPoint& c : {t->transform(box.minX, box.minY), t->transform(box.maxX, box.minY),
                              t->transform(box.maxX, box.maxY), t->transform(box.minX, box.maxY)})
        corners.expand(c.x, c.y);
    QVERIFY(env.contains(corners));
    const double excess = std::max({corners.minX - env.minX, corners.minY - env.minY, env.maxX - corners.maxX,
                                    env.maxY - corners.maxY});
    if (bulges)
        QVERIFY2(excess > 1000.0, qPrintable(QString::number(excess)));
    else
        QVERIFY(excess < 1e-6); // only the rounding pad

    // And back: the inverse envelope of the projected box encloses the lon/lat box.
    const Envelope back = t->transformEnvelope(env, true);
    QVERIFY(back.contains(box));
}

void TestCrsTransform::envelopeEdgeCases()
{
    const auto t = transformTo(3857);
    QVERIFY(t);
    QVERIFY(t->transformEnvelope(Envelope()).isNull());
    // Entirely beyond the pole: nothing transforms.
    QVERIFY(t->transformEnvelope(Envelope(0, 91, 10, 95)).isNull());
    // Half of it beyond the pole: the valid half still counts.
    const Envelope half = t->transformEnvelope(Envelope(0, 80, 10, 95));
    QVERIFY(!half.isNull());
    VERIFY_NEAR(half.minX, 0.0, 1e-6);
    VERIFY_NEAR(half.maxX, 6378137.0 * 10.0 * M_PI / 180.0, 1e-6);
    // A degenerate (point) envelope is a point.
    const Envelope point = t->transformEnvelope(Envelope(30, 0, 30, 0));
    VERIFY_NEAR(point.minX, point.maxX, 1e-7); // a few ulps of rounding pad
    VERIFY_NEAR(point.minY, 0.0, 1e-6);
}

void TestCrsTransform::sameResultsFromFourThreads()
{
    const std::vector<double> input = corridorGrid(10.0, 60.0, 28.0, 60.0, 300);
    std::vector<double> reference = input;
    const auto t = transformTo(3035);
    QVERIFY(t);
    QCOMPARE(t->transformInPlace(reference), std::size_t(0));

    constexpr int kThreads = 4;
    std::vector<std::vector<double>> results(kThreads, input);
    std::vector<std::size_t> failed(kThreads, 999);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            // Each thread gets (and caches) its own transform in its own PROJ context.
            for (int round = 0; round < 3; ++round) {
                auto mine = CrsTransform::get(Crs::wgs84(), Crs::etrs89Laea());
                if (!mine)
                    return;
                results[i] = input;
                failed[i] = (*mine)->transformInPlace(results[i]);
            }
        });
    }
    for (auto& th : threads)
        th.join();
    for (int i = 0; i < kThreads; ++i) {
        QCOMPARE(failed[i], std::size_t(0));
        QVERIFY2(std::memcmp(results[i].data(), reference.data(), reference.size() * sizeof(double)) == 0,
                 qPrintable(QStringLiteral("thread %1 differs").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestCrsTransform)
#include "tst_crs_transform.moc"
