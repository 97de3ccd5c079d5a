#include "geo/wkb_reader.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>

using namespace corridor::geo;

namespace {

/// Builds WKB by hand, in either byte order, so the tests don't depend on a WKB writer under test.
class Wkb {
public:
    explicit Wkb(bool bigEndian = false) : m_big(bigEndian) {}
    Wkb& header(std::uint32_t type)
    {
        m_b.append(char(m_big ? 0 : 1));
        return u32(type);
    }
    Wkb& u32(std::uint32_t v)
    {
        if (m_big)
            v = __builtin_bswap32(v);
        append(&v, 4);
        return *this;
    }
    Wkb& f64(double d)
    {
        std::uint64_t v = std::bit_cast<std::uint64_t>(d);
        if (m_big)
            v = __builtin_bswap64(v);
        append(&v, 8);
        return *this;
    }
    Wkb& pts(std::initializer_list<double> xy)
    {
        for (double d : xy)
            f64(d);
        return *this;
    }
    std::vector<std::uint8_t> bytes() const { return {m_b.begin(), m_b.end()}; }

private:
    // QByteArray rather than std::vector: GCC 12 raises false -Wstringop-overflow on small
    // vector appends.
    void append(const void* p, std::size_t n) { m_b.append(static_cast<const char*>(p), qsizetype(n)); }
    bool m_big;
    QByteArray m_b;
};

WkbStatus read(GeometryStore& s, const Wkb& w)
{
    s.beginFeature();
    const auto b = w.bytes();
    return appendWkb(s, b.data(), b.size());
}

} // namespace

class TestWkbReader : public QObject {
    Q_OBJECT
private slots:
    void pointBothByteOrders();
    void lineStringZ_iso();
    void polygonWithHole25D();
    void multiPolygonAndCollection();
    void emptyGeometries();
    void nonFinite();
    void unsupportedCurve();
    void truncatedAtEveryLengthNeverAppends();
    void absurdCountsAreMalformed();
};

void TestWkbReader::pointBothByteOrders()
{
    for (bool big : {false, true}) {
        GeometryStore s;
        Wkb w(big);
        w.header(1).pts({21.9, 43.32});
        QCOMPARE(read(s, w), WkbStatus::Ok);
        s.finish();
        QCOMPARE(s.featureType(0), GeometryType::Point);
        QCOMPARE(s.point(0).x, 21.9);
        QCOMPARE(s.point(0).y, 43.32);
    }
}

void TestWkbReader::lineStringZ_iso()
{
    GeometryStore s;
    Wkb w;
    w.header(1002).u32(3).pts({0, 0, 100, 1, 1, 200, 2, 0, 300}); // ISO LineString Z
    QCOMPARE(read(s, w), WkbStatus::Ok);
    s.finish();
    QCOMPARE(s.featureType(0), GeometryType::Line);
    QCOMPARE(s.coords(), (std::vector<double>{0, 0, 1, 1, 2, 0})); // Z dropped
    GeometryStore m;
    Wkb wm;
    wm.header(3002).u32(2).pts({5, 6, 1, 2, 7, 8, 3, 4}); // ISO LineString ZM
    QCOMPARE(read(m, wm), WkbStatus::Ok);
    m.finish();
    QCOMPARE(m.coords(), (std::vector<double>{5, 6, 7, 8}));
}

void TestWkbReader::polygonWithHole25D()
{
    GeometryStore s;
    Wkb w(true);
    w.header(0x80000003u).u32(2) // 2.5D polygon (GDAL's high-bit Z flag), big endian
        .u32(4).pts({0, 0, 9, 10, 0, 9, 0, 10, 9, 0, 0, 9})
        .u32(4).pts({1, 1, 9, 2, 1, 9, 1, 2, 9, 1, 1, 9});
    QCOMPARE(read(s, w), WkbStatus::Ok);
    s.finish();
    QCOMPARE(s.featureType(0), GeometryType::Polygon);
    QCOMPARE(s.partCount(), std::size_t(1));
    QCOMPARE(s.ringCount(), std::size_t(2));
    QCOMPARE(s.ringSize(1), std::size_t(4));
    QCOMPARE(s.ringCoords(1)[2], 2.0);
    QCOMPARE(s.featureEnvelope(0), Envelope(0, 0, 10, 10));
}

void TestWkbReader::multiPolygonAndCollection()
{
    GeometryStore s;
    Wkb mp;
    mp.header(6).u32(2);
    mp.header(3).u32(1).u32(4).pts({0, 0, 1, 0, 0, 1, 0, 0});
    mp.header(3).u32(1).u32(4).pts({5, 5, 6, 5, 5, 6, 5, 5});
    QCOMPARE(read(s, mp), WkbStatus::Ok);
    Wkb gc;
    gc.header(7).u32(3);
    gc.header(1).pts({1, 2});
    gc.header(2).u32(2).pts({3, 4, 5, 6});
    gc.header(7).u32(1); // nested collection
    gc.header(4).u32(1);
    gc.header(1).pts({7, 8});
    QCOMPARE(read(s, gc), WkbStatus::Ok);
    s.finish();
    QCOMPARE(s.featureType(0), GeometryType::Polygon);
    QCOMPARE(s.featurePartEnd(0) - s.featurePartBegin(0), 2u);
    QCOMPARE(s.featureType(1), GeometryType::Mixed);
    QCOMPARE(s.featurePartEnd(1) - s.featurePartBegin(1), 3u);
    QCOMPARE(s.point(s.pointCount() - 1).x, 7.0);
}

void TestWkbReader::emptyGeometries()
{
    GeometryStore s;
    Wkb emptyPoint;
    emptyPoint.header(1).pts({std::nan(""), std::nan("")});
    QCOMPARE(read(s, emptyPoint), WkbStatus::Ok);
    Wkb emptyPoly;
    emptyPoly.header(3).u32(0);
    QCOMPARE(read(s, emptyPoly), WkbStatus::Ok);
    Wkb emptyLine;
    emptyLine.header(2).u32(0);
    QCOMPARE(read(s, emptyLine), WkbStatus::Ok);
    s.finish();
    for (std::size_t f = 0; f < 3; ++f)
        QCOMPARE(s.featureType(f), GeometryType::None);
}

void TestWkbReader::nonFinite()
{
    GeometryStore s;
    Wkb w;
    w.header(2).u32(3).pts({0, 0, std::nan(""), 1, 2, 2});
    QCOMPARE(read(s, w), WkbStatus::NonFinite);
    Wkb inf;
    inf.header(1).pts({HUGE_VAL, 1});
    QCOMPARE(read(s, inf), WkbStatus::NonFinite);
    s.finish();
    QCOMPARE(s.pointCount(), std::size_t(0)); // nothing appended
}

void TestWkbReader::unsupportedCurve()
{
    GeometryStore s;
    Wkb w;
    w.header(8).u32(3).pts({0, 0, 1, 1, 2, 0}); // CircularString
    QCOMPARE(read(s, w), WkbStatus::Unsupported);
    Wkb nested;
    nested.header(7).u32(2);
    nested.header(1).pts({1, 1});
    nested.header(10).u32(0); // CurvePolygon inside a collection
    QCOMPARE(read(s, nested), WkbStatus::Unsupported);
    s.finish();
    QCOMPARE(s.pointCount(), std::size_t(0));
}

void TestWkbReader::truncatedAtEveryLengthNeverAppends()
{
    Wkb w;
    w.header(6).u32(2);
    w.header(3).u32(2).u32(4).pts({0, 0, 1, 0, 0, 1, 0, 0}).u32(4).pts({.1, .1, .2, .1, .1, .2, .1, .1});
    w.header(3).u32(1).u32(4).pts({5, 5, 6, 5, 5, 6, 5, 5});
    const auto b = w.bytes();
    for (std::size_t n = 0; n < b.size(); ++n) {
        GeometryStore s;
        s.beginFeature();
        QCOMPARE(appendWkb(s, b.data(), n), WkbStatus::Malformed);
        s.finish();
        QCOMPARE(s.pointCount(), std::size_t(0));
        QCOMPARE(s.partCount(), std::size_t(0));
    }
    GeometryStore s;
    s.beginFeature();
    QCOMPARE(appendWkb(s, b.data(), b.size()), WkbStatus::Ok);
}

void TestWkbReader::absurdCountsAreMalformed()
{
    GeometryStore s;
    Wkb w;
    w.header(2).u32(0xffffffffu).pts({0, 0});
    QCOMPARE(read(s, w), WkbStatus::Malformed);
    Wkb gc;
    gc.header(7).u32(1000000);
    QCOMPARE(read(s, gc), WkbStatus::Malformed);
    Wkb order;
    order.header(1).pts({0, 0});
    auto bytes = order.bytes();
    bytes[0] = 7; // neither 0 nor 1
    s.beginFeature();
    QCOMPARE(appendWkb(s, bytes.data(), bytes.size()), WkbStatus::Malformed);
    // Deep nesting is refused rather than recursing without bound.
    Wkb deep;
    for (int i = 0; i < 100; ++i)
        deep.header(7).u32(1);
    deep.header(1).pts({0, 0});
    QCOMPARE(read(s, deep), WkbStatus::Malformed);
}

QTEST_GUILESS_MAIN(TestWkbReader)
#include "tst_wkb_reader.moc"
