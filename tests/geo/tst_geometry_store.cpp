#include "geo/geometry_store.h"

#include <QTest>

#include <cmath>

using namespace corridor::geo;

class TestGeometryStore : public QObject {
    Q_OBJECT
private slots:
    void emptyStore();
    void mixedFeatures();
    void nonFiniteLeftOutOfEnvelope();
};

void TestGeometryStore::emptyStore()
{
    GeometryStore s;
    s.finish();
    QCOMPARE(s.featureCount(), std::size_t(0));
    QCOMPARE(s.pointCount(), std::size_t(0));
    QVERIFY(s.extent().isNull());
}

void TestGeometryStore::mixedFeatures()
{
    GeometryStore s;
    // 0: a point
    s.beginFeature();
    s.beginPart(PartKind::Point);
    s.beginRing();
    s.addPoint(1, 2);
    // 1: no geometry
    s.beginFeature();
    // 2: polygon with a hole + a second polygon (multipolygon)
    s.beginFeature();
    s.beginPart(PartKind::Polygon);
    s.beginRing();
    for (auto [x, y] : {std::pair{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}})
        s.addPoint(x, y);
    s.beginRing();
    for (auto [x, y] : {std::pair{2, 2}, {4, 2}, {4, 4}, {2, 2}})
        s.addPoint(x, y);
    s.beginPart(PartKind::Polygon);
    s.beginRing();
    for (auto [x, y] : {std::pair{20, 20}, {21, 20}, {21, 21}, {20, 20}})
        s.addPoint(x, y);
    // 3: a line
    s.beginFeature();
    s.beginPart(PartKind::Line);
    s.beginRing();
    s.addPoint(-5, -5);
    s.addPoint(-4, -3);
    s.finish();

    QCOMPARE(s.featureCount(), std::size_t(4));
    QCOMPARE(s.partCount(), std::size_t(4));
    QCOMPARE(s.ringCount(), std::size_t(5));
    QCOMPARE(s.pointCount(), std::size_t(1 + 5 + 4 + 4 + 2));
    QCOMPARE(s.featureType(0), GeometryType::Point);
    QCOMPARE(s.featureType(1), GeometryType::None);
    QCOMPARE(s.featureType(2), GeometryType::Polygon);
    QCOMPARE(s.featureType(3), GeometryType::Line);
    QCOMPARE(s.featurePartEnd(2) - s.featurePartBegin(2), 2u);
    const auto p0 = s.featurePartBegin(2);
    QCOMPARE(s.partRingEnd(p0) - s.partRingBegin(p0), 2u);
    QCOMPARE(s.ringSize(s.partRingBegin(p0) + 1), std::size_t(4));
    QCOMPARE(s.ringCoords(s.partRingBegin(p0) + 1)[0], 2.0);
    QCOMPARE(s.featureEnvelope(2), Envelope(0, 0, 21, 21));
    QVERIFY(s.featureEnvelope(1).isNull());
    QCOMPARE(s.featureEnvelope(3), Envelope(-5, -5, -4, -3));
    QCOMPARE(s.extent(), Envelope(-5, -5, 21, 21));
}

void TestGeometryStore::nonFiniteLeftOutOfEnvelope()
{
    GeometryStore s;
    s.beginFeature();
    s.beginPart(PartKind::Line);
    s.beginRing();
    s.addPoint(1, 1);
    s.addPoint(std::nan(""), 3);
    s.addPoint(2, 5);
    s.finish();
    QCOMPARE(s.featureEnvelope(0), Envelope(1, 1, 2, 5));
}

QTEST_GUILESS_MAIN(TestGeometryStore)
#include "tst_geometry_store.moc"
