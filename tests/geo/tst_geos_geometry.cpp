#include "geo/geos_geometry.h"

#include <QTest>

#include <cmath>
#include <initializer_list>
#include <thread>
#include <utility>
#include <vector>

using namespace corridor::geo;

namespace {

using Ring = std::vector<std::pair<double, double>>;

void addRing(GeometryStore& s, const Ring& ring)
{
    s.beginRing();
    for (auto [x, y] : ring)
        s.addPoint(x, y);
}
void addPoint(GeometryStore& s, double x, double y)
{
    s.beginPart(PartKind::Point);
    addRing(s, {{x, y}});
}
void addLine(GeometryStore& s, const Ring& pts)
{
    s.beginPart(PartKind::Line);
    addRing(s, pts);
}
void addPolygon(GeometryStore& s, std::initializer_list<Ring> rings)
{
    s.beginPart(PartKind::Polygon);
    for (const auto& r : rings)
        addRing(s, r);
}

const Ring kSquare10{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
const Ring kHole{{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}};
const Ring kBowTie{{0, 0}, {2, 2}, {2, 0}, {0, 2}, {0, 0}};

// Feature indices in the fixture built by fixture().
enum Fixture { FPoint, FMultiPoint, FLine, FMultiLine, FPolygonHole, FMultiPolygon, FMixed, FEmpty, FCount };

GeometryStore fixture()
{
    GeometryStore s;
    s.beginFeature(); // FPoint
    addPoint(s, 1.5, -2.25);
    s.beginFeature(); // FMultiPoint
    addPoint(s, 1, 2);
    addPoint(s, 3, 4);
    addPoint(s, -5, 6);
    s.beginFeature(); // FLine
    addLine(s, {{0, 0}, {1, 1}, {2, 0.5}});
    s.beginFeature(); // FMultiLine
    addLine(s, {{0, 0}, {1, 1}});
    addLine(s, {{5, 5}, {6, 7}, {8, 9}});
    s.beginFeature(); // FPolygonHole
    addPolygon(s, {kSquare10, kHole});
    s.beginFeature(); // FMultiPolygon
    addPolygon(s, {kSquare10});
    addPolygon(s, {{{20, 20}, {21, 20}, {21, 21}, {20, 20}}});
    s.beginFeature(); // FMixed
    addPoint(s, 7, 8);
    addLine(s, {{0, 0}, {3, 0}});
    addPolygon(s, {{{0, 0}, {1, 0}, {0, 1}, {0, 0}}});
    s.beginFeature(); // FEmpty
    s.finish();
    return s;
}

/// Parts of feature f as (kind, rings of coordinates): what a round trip must preserve.
using Dump = std::vector<std::pair<int, std::vector<std::vector<double>>>>;
Dump dump(const GeometryStore& s, std::size_t f)
{
    Dump d;
    for (auto p = s.featurePartBegin(f); p < s.featurePartEnd(f); ++p) {
        std::vector<std::vector<double>> rings;
        for (auto r = s.partRingBegin(p); r < s.partRingEnd(p); ++r) {
            const auto c = s.ringCoords(r);
            rings.emplace_back(c.begin(), c.end());
        }
        d.emplace_back(static_cast<int>(s.partKind(p)), std::move(rings));
    }
    return d;
}

double ringArea(std::span<const double> c) // shoelace, absolute
{
    double a = 0;
    for (std::size_t i = 0; i + 3 < c.size(); i += 2)
        a += c[i] * c[i + 3] - c[i + 2] * c[i + 1];
    return std::abs(a) / 2;
}

/// Area of feature f's polygons (exterior minus holes), computed here from the store's coordinates.
double polygonArea(const GeometryStore& s, std::size_t f)
{
    double a = 0;
    for (auto p = s.featurePartBegin(f); p < s.featurePartEnd(f); ++p) {
        if (s.partKind(p) != PartKind::Polygon)
            continue;
        for (auto r = s.partRingBegin(p); r < s.partRingEnd(p); ++r)
            a += (r == s.partRingBegin(p) ? 1 : -1) * ringArea(s.ringCoords(r));
    }
    return a;
}

/// Converts a GEOS geometry back into a one-feature store.
GeometryStore toStore(const GEOSGeom_t* g)
{
    GeometryStore s;
    const Status st = appendGeos(s, g);
    if (!st)
        qWarning("appendGeos: %s", qPrintable(st.error().toString()));
    s.finish();
    return s;
}

} // namespace

class TestGeosGeometry : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void featureOutOfRange();
    void wktRoundTrip_data();
    void wktRoundTrip();
    void wktParseError();
    void appendFromWkt();
    void validPolygon();
    void bowTieInvalid();
    void ringNotClosed_data();
    void ringNotClosed();
    void threePointRing();
    void lineWithOnePoint();
    void nanCoordinate();
    void makeValidBowTie();
    void simplifyKeepsValidity();
    void intersectionAndDistance();
    void concurrentThreads();
};

void TestGeosGeometry::roundTrip_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<QString>("wkt"); // as GEOS 3.11 writes it (trim, precision 6)
    QTest::newRow("point") << int(FPoint) << "POINT (1.5 -2.25)";
    QTest::newRow("multipoint") << int(FMultiPoint) << "MULTIPOINT (1 2, 3 4, -5 6)";
    QTest::newRow("line") << int(FLine) << "LINESTRING (0 0, 1 1, 2 0.5)";
    QTest::newRow("multiline") << int(FMultiLine) << "MULTILINESTRING ((0 0, 1 1), (5 5, 6 7, 8 9))";
    QTest::newRow("polygon with hole") << int(FPolygonHole)
                                       << "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))";
    QTest::newRow("multipolygon") << int(FMultiPolygon)
                                  << "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 20, 21 20, 21 21, 20 20)))";
    QTest::newRow("mixed") << int(FMixed)
                           << "GEOMETRYCOLLECTION (POINT (7 8), LINESTRING (0 0, 3 0), POLYGON ((0 0, 1 0, 0 1, 0 0)))";
    QTest::newRow("empty") << int(FEmpty) << "GEOMETRYCOLLECTION EMPTY";
}

void TestGeosGeometry::roundTrip()
{
    QFETCH(int, feature);
    QFETCH(QString, wkt);
    const GeometryStore s = fixture();
    QCOMPARE(s.featureCount(), std::size_t(FCount));
    const auto f = static_cast<std::size_t>(feature);

    auto g = toGeos(s, f);
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().toString()));
    QCOMPARE(g->toWkt(), wkt);
    QCOMPARE(g->isEmpty(), feature == FEmpty);

    GeometryStore back;
    back.beginFeature(); // a feature before, to check appendGeos appends rather than overwrites
    addPoint(back, 99, 99);
    QVERIFY(appendGeos(back, g->get()).ok());
    back.finish();
    QCOMPARE(back.featureCount(), std::size_t(2));
    QCOMPARE(back.featureType(1), s.featureType(f));
    QCOMPARE(dump(back, 1), dump(s, f));
    QCOMPARE(back.featureEnvelope(1), s.featureEnvelope(f));
    QCOMPARE(dump(back, 0), (Dump{{int(PartKind::Point), {{99.0, 99.0}}}}));
}

void TestGeosGeometry::featureOutOfRange()
{
    const GeometryStore s = fixture();
    auto g = toGeos(s, FCount);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::InvalidArgument);
}

void TestGeosGeometry::wktRoundTrip_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("out");
    QTest::newRow("polygon hole") << "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))" << 6
                                  << "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))";
    QTest::newRow("trim zeros") << "LINESTRING (1.500000 2.000, 3 4)" << 6 << "LINESTRING (1.5 2, 3 4)";
    QTest::newRow("rounding") << "POINT (1.23456789 -0.98765)" << 3 << "POINT (1.235 -0.988)";
    QTest::newRow("empty") << "POLYGON EMPTY" << 6 << "POLYGON EMPTY";
    QTest::newRow("collection") << "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))" << 6
                                << "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))";
}

void TestGeosGeometry::wktRoundTrip()
{
    QFETCH(QString, in);
    QFETCH(int, precision);
    QFETCH(QString, out);
    auto g = GeosGeometry::fromWkt(in);
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().toString()));
    QCOMPARE(g->toWkt(precision), out);
    auto again = GeosGeometry::fromWkt(g->toWkt(precision));
    QVERIFY(again.ok());
    QCOMPARE(again->toWkt(precision), out);
}

void TestGeosGeometry::wktParseError()
{
    auto g = GeosGeometry::fromWkt(QStringLiteral("POLYGON ((0 0, 1 1"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::Format);
    QVERIFY(!g.error().message.isEmpty());
    QCOMPARE(g.error().message, geosLastError()); // GEOS's own words
    QVERIFY(GeosGeometry().toWkt().isEmpty());
    QVERIFY(GeosGeometry().isEmpty());
}

void TestGeosGeometry::appendFromWkt()
{
    auto g = GeosGeometry::fromWkt(QStringLiteral(
        "GEOMETRYCOLLECTION (MULTIPOINT ((1 2), (3 4)), POINT EMPTY, "
        "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 0)), EMPTY), LINESTRING Z (0 0 5, 1 1 6))"));
    QVERIFY(g.ok());
    const GeometryStore s = toStore(g->get());
    QCOMPARE(s.featureCount(), std::size_t(1));
    QCOMPARE(s.featureType(0), GeometryType::Mixed);
    const Dump expected{
        {int(PartKind::Point), {{1, 2}}},
        {int(PartKind::Point), {{3, 4}}},
        {int(PartKind::Polygon), {{0, 0, 4, 0, 4, 4, 0, 0}}},
        {int(PartKind::Line), {{0, 0, 1, 1}}}, // Z dropped: the store is 2D
    };
    QCOMPARE(dump(s, 0), expected);

    // A null geometry is a feature with no parts.
    GeometryStore n;
    QVERIFY(appendGeos(n, nullptr).ok());
    n.finish();
    QCOMPARE(n.featureCount(), std::size_t(1));
    QCOMPARE(n.featureType(0), GeometryType::None);
}

void TestGeosGeometry::validPolygon()
{
    const GeometryStore s = fixture();
    for (int f : {FPoint, FLine, FPolygonHole, FMultiPolygon, FEmpty}) {
        const Validity v = checkValidity(s, std::size_t(f));
        QVERIFY2(v.valid, qPrintable(QStringLiteral("feature %1: %2").arg(f).arg(v.reason)));
        QVERIFY(v.reason.isEmpty());
        QVERIFY(!v.hasLocation);
    }
}

void TestGeosGeometry::bowTieInvalid()
{
    GeometryStore s;
    s.beginFeature();
    addPolygon(s, {kBowTie});
    s.finish();
    const Validity v = checkValidity(s, 0);
    QVERIFY(!v.valid);
    QVERIFY2(v.reason.startsWith(QLatin1String("Self-intersection")), qPrintable(v.reason));
    QVERIFY(v.hasLocation);
    // The edges (0,0)-(2,2) and (2,0)-(0,2) cross at (1,1).
    QVERIFY2(std::hypot(v.location.x - 1.0, v.location.y - 1.0) < 1e-9,
        qPrintable(QStringLiteral("%1 %2").arg(v.location.x).arg(v.location.y)));
    QVERIFY2(v.reason.contains(QLatin1String("[1 1]")), qPrintable(v.reason));

    // Same through the GEOS-geometry overload.
    auto g = toGeos(s, 0);
    QVERIFY(g.ok());
    const Validity v2 = checkValidity(g->get());
    QCOMPARE(v2.valid, false);
    QCOMPARE(v2.reason, v.reason);

    const Validity none = checkValidity(static_cast<const GEOSGeom_t*>(nullptr));
    QVERIFY(!none.valid);
    QVERIFY(!none.reason.isEmpty());
}

void TestGeosGeometry::ringNotClosed_data()
{
    QTest::addColumn<QVariantList>("xy");
    QTest::addColumn<bool>("hole");
    QTest::addColumn<QString>("geosSays");
    QTest::newRow("not closed") << QVariantList{0, 0, 1, 0, 1, 1, 0, 1} << false << "closed";
    QTest::newRow("2 points") << QVariantList{0, 0, 0, 0} << false << "LinearRing";
    QTest::newRow("1 point") << QVariantList{0, 0} << false << "point array"; // LineString's check fires first
    QTest::newRow("hole not closed") << QVariantList{2, 2, 2, 4, 4, 4, 4, 2} << true << "closed";
}

void TestGeosGeometry::ringNotClosed()
{
    QFETCH(QVariantList, xy);
    QFETCH(bool, hole);
    QFETCH(QString, geosSays);
    GeometryStore s;
    s.beginFeature();
    addPoint(s, 0, 0);
    s.beginFeature();
    s.beginPart(PartKind::Polygon);
    if (hole)
        addRing(s, kSquare10);
    s.beginRing();
    for (int i = 0; i + 1 < xy.size(); i += 2)
        s.addPoint(xy[i].toDouble(), xy[i + 1].toDouble());
    s.finish();

    auto g = toGeos(s, 1);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::Geometry);
    QVERIFY2(g.error().message.contains(geosSays), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(QLatin1String("feature 1")), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(geosLastError()), qPrintable(geosLastError()));

    const Validity v = checkValidity(s, 1);
    QVERIFY(!v.valid);
    QVERIFY(v.reason.contains(geosSays));

    // The context is still usable afterwards.
    QVERIFY(toGeos(s, 0).ok());
}

void TestGeosGeometry::threePointRing()
{
    // GEOS 3.11 constructs a closed 3-point ring (only 1-2 points or an open ring are refused) and
    // leaves it to the validity check.
    GeometryStore s;
    s.beginFeature();
    addPolygon(s, {{{0, 0}, {1, 0}, {0, 0}}});
    s.finish();
    auto g = toGeos(s, 0);
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().toString()));
    const Validity v = checkValidity(g->get());
    QVERIFY(!v.valid);
    QVERIFY2(v.reason.startsWith(QLatin1String("Too few points")), qPrintable(v.reason));
    QVERIFY(v.hasLocation);
    QCOMPARE(v.location, (MapPoint{0, 0}));
}

void TestGeosGeometry::lineWithOnePoint()
{
    GeometryStore s;
    s.beginFeature();
    addLine(s, {{1, 1}});
    s.finish();
    auto g = toGeos(s, 0);
    QVERIFY(!g.ok());
    QVERIFY(!g.error().message.isEmpty());
}

void TestGeosGeometry::nanCoordinate()
{
    GeometryStore s;
    s.beginFeature();
    addLine(s, {{0, 0}, {1, 1}});
    s.beginFeature();
    addPolygon(s, {{{0, 0}, {1, 0}, {std::nan(""), 1}, {0, 0}}});
    s.beginFeature();
    addPoint(s, std::numeric_limits<double>::infinity(), 2);
    s.finish();

    auto g = toGeos(s, 1);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::Geometry);
    QVERIFY2(g.error().message.contains(QLatin1String("feature 1")), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(QLatin1String("Non-finite")), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(QLatin1String("vertex 2")), qPrintable(g.error().message));

    const Validity v = checkValidity(s, 1);
    QVERIFY(!v.valid);
    QVERIFY2(v.reason.contains(QLatin1String("Non-finite")) && v.reason.contains(QLatin1String("feature 1")),
        qPrintable(v.reason));

    auto inf = toGeos(s, 2);
    QVERIFY(!inf.ok());
    QVERIFY2(inf.error().message.contains(QLatin1String("feature 2")), qPrintable(inf.error().message));
    QVERIFY(toGeos(s, 0).ok());

    // NaN reaching GEOS another way (WKT) is still reported invalid by GEOS itself.
    auto w = GeosGeometry::fromWkt(QStringLiteral("LINESTRING (0 0, NaN 1)"));
    QVERIFY(w.ok());
    const Validity vw = checkValidity(w->get());
    QVERIFY(!vw.valid);
    QVERIFY2(vw.reason.startsWith(QLatin1String("Invalid Coordinate")), qPrintable(vw.reason));
}

void TestGeosGeometry::makeValidBowTie()
{
    GeometryStore s;
    s.beginFeature();
    addPolygon(s, {kBowTie});
    s.finish();
    auto g = toGeos(s, 0);
    QVERIFY(g.ok());
    auto fixed = makeValid(g->get());
    QVERIFY2(fixed.ok(), fixed.ok() ? "" : qPrintable(fixed.error().toString()));
    QVERIFY(checkValidity(fixed->get()).valid);

    const GeometryStore out = toStore(fixed->get());
    QCOMPARE(out.featureType(0), GeometryType::Polygon);
    // Two triangles, (0,0)-(1,1)-(0,2) and (2,0)-(1,1)-(2,2): base 2, height 1, area 1 each.
    QCOMPARE(out.featurePartEnd(0) - out.featurePartBegin(0), 2u);
    for (auto p = out.featurePartBegin(0); p < out.featurePartEnd(0); ++p) {
        QCOMPARE(out.partRingEnd(p) - out.partRingBegin(p), 1u);
        QCOMPARE(ringArea(out.ringCoords(out.partRingBegin(p))), 1.0);
    }
    QCOMPARE(polygonArea(out, 0), 2.0);
    QCOMPARE(out.featureEnvelope(0), Envelope(0, 0, 2, 2));

    QVERIFY(!makeValid(nullptr).ok());
}

void TestGeosGeometry::simplifyKeepsValidity()
{
    // A 100 x 100 square with 100 slightly wobbling vertices per side, and a hole 0.5 from the left side.
    Ring outer;
    auto wobble = [](int i) { return (i % 2 ? 0.01 : -0.01); };
    for (int i = 0; i < 100; ++i) outer.push_back({i, wobble(i)});
    for (int i = 0; i < 100; ++i) outer.push_back({100 + wobble(i), i});
    for (int i = 0; i < 100; ++i) outer.push_back({100 - i, 100 + wobble(i)});
    for (int i = 0; i < 100; ++i) outer.push_back({wobble(i), 100 - i});
    outer.push_back(outer.front());
    const Ring hole{{0.5, 10}, {0.5, 20}, {5, 20}, {5, 10}, {0.5, 10}};
    GeometryStore s;
    s.beginFeature();
    addPolygon(s, {outer, hole});
    s.finish();
    const std::size_t before = s.pointCount();
    QCOMPARE(before, std::size_t(401 + 5));

    auto g = toGeos(s, 0);
    QVERIFY(g.ok());
    QVERIFY(checkValidity(g->get()).valid);
    auto simple = simplifyPreserveTopology(g->get(), 1.0);
    QVERIFY(simple.ok());
    QVERIFY(checkValidity(simple->get()).valid);
    const GeometryStore out = toStore(simple->get());
    // The wobble (0.02) is under the tolerance: the exterior collapses to its 4 corners + closure; the
    // hole (larger than the tolerance) survives.
    QCOMPARE(out.ringCount(), std::size_t(2));
    QCOMPARE(out.ringSize(0), std::size_t(5));
    QCOMPARE(out.ringSize(1), std::size_t(5));
    QVERIFY(out.pointCount() < before);
    QVERIFY(std::abs(polygonArea(out, 0) - (100.0 * 100.0 - 4.5 * 10.0)) < 1.0);

    QVERIFY(!simplifyPreserveTopology(g->get(), -1).ok());
    QVERIFY(!simplifyPreserveTopology(g->get(), std::nan("")).ok());
}

void TestGeosGeometry::intersectionAndDistance()
{
    auto a = GeosGeometry::fromWkt(QStringLiteral("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"));
    auto b = GeosGeometry::fromWkt(QStringLiteral("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))"));
    auto p = GeosGeometry::fromWkt(QStringLiteral("POINT (5 6)"));
    QVERIFY(a.ok() && b.ok() && p.ok());
    auto i = intersection(a->get(), b->get());
    QVERIFY(i.ok());
    const GeometryStore s = toStore(i->get());
    QCOMPARE(s.featureType(0), GeometryType::Polygon);
    QCOMPARE(polygonArea(s, 0), 1.0);
    QCOMPARE(s.featureEnvelope(0), Envelope(1, 1, 2, 2));

    auto d = distance(a->get(), p->get()); // nearest corner (2,2) to (5,6): 3-4-5
    QVERIFY(d.ok());
    QCOMPARE(*d, 5.0);
    auto d0 = distance(a->get(), b->get());
    QVERIFY(d0.ok());
    QCOMPARE(*d0, 0.0);
    QVERIFY(!distance(nullptr, p->get()).ok());
    QVERIFY(!intersection(a->get(), nullptr).ok());
}

void TestGeosGeometry::concurrentThreads()
{
    // A shared read-only store of many features: valid squares, bow-ties and unclosed rings.
    GeometryStore s;
    for (int i = 0; i < 300; ++i) {
        const double o = i * 3.0;
        s.beginFeature();
        switch (i % 3) {
        case 0: addPolygon(s, {{{o, 0}, {o + 2, 0}, {o + 2, 2}, {o, 2}, {o, 0}}}); break;
        case 1: addPolygon(s, {{{o, 0}, {o + 2, 2}, {o + 2, 0}, {o, 2}, {o, 0}}}); break;
        case 2: addPolygon(s, {{{o, 0}, {o + 2, 0}, {o + 2, 2}}}); break;
        }
    }
    s.finish();

    struct Answer {
        QString wkt;
        bool valid = false;
        QString reason;
        QString error;
        bool operator==(const Answer&) const = default;
    };
    auto work = [&s](int rounds) {
        std::vector<Answer> answers;
        for (int round = 0; round < rounds; ++round) {
            answers.clear();
            for (std::size_t f = 0; f < s.featureCount(); ++f) {
                Answer a;
                auto g = toGeos(s, f);
                if (g.ok()) {
                    a.wkt = g->toWkt();
                    auto parsed = GeosGeometry::fromWkt(a.wkt); // WKT I/O from several threads too
                    if (!parsed.ok() || parsed->toWkt() != a.wkt)
                        a.error = QStringLiteral("WKT round trip failed");
                    const Validity v = checkValidity(g->get());
                    a.valid = v.valid;
                    a.reason = v.reason;
                    if (!v.valid) {
                        auto fixed = makeValid(g->get());
                        a.wkt += fixed.ok() ? fixed->toWkt() : QStringLiteral("makeValid failed");
                    }
                } else {
                    a.error = g.error().message;
                }
                answers.push_back(std::move(a));
            }
        }
        return answers;
    };

    const std::vector<Answer> expected = work(1);
    QCOMPARE(expected.size(), std::size_t(300));
    QVERIFY(expected[0].valid);
    QVERIFY(!expected[1].valid && expected[1].reason.startsWith(QLatin1String("Self-intersection")));
    QVERIFY(!expected[2].error.isEmpty());

    std::vector<std::vector<Answer>> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&results, &work, t] { results[t] = work(5); });
    for (auto& th : threads)
        th.join();
    for (int t = 0; t < 4; ++t) {
        QCOMPARE(results[t].size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(results[t][i] == expected[i], qPrintable(QStringLiteral("thread %1, feature %2").arg(t).arg(i)));
    }

    // The last error is per thread: a failure on another thread leaves this thread's message alone.
    auto bad = GeosGeometry::fromWkt(QStringLiteral("NOT WKT"));
    QVERIFY(!bad.ok());
    const QString mine = geosLastError();
    QVERIFY(!mine.isEmpty());
    QString theirs;
    std::thread other([&theirs] {
        GeometryStore u;
        u.beginFeature();
        addPolygon(u, {{{0, 0}, {1, 0}, {1, 1}}});
        u.finish();
        (void)toGeos(u, 0);
        theirs = geosLastError();
    });
    other.join();
    QVERIFY(theirs.contains(QLatin1String("closed")));
    QCOMPARE(geosLastError(), mine);
}

QTEST_GUILESS_MAIN(TestGeosGeometry)
#include "tst_geos_geometry.moc"
