#include "app/render/viewport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace corridor;
using corridor::render::Viewport;

Q_DECLARE_METATYPE(corridor::geo::Envelope)

namespace {

// Map units are degrees or metres here: 1e-9 relative is far below a pixel and far above rounding.
bool near(double a, double b, double scale = 1.0) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(scale)); }

QString str(const geo::Envelope& e)
{
    return QStringLiteral("(%1, %2 : %3, %4)").arg(e.minX, 0, 'g', 17).arg(e.minY, 0, 'g', 17).arg(e.maxX, 0, 'g', 17).arg(e.maxY, 0, 'g', 17);
}

#define VERIFY_NEAR(a, b, scale)                                                                                      \
    QVERIFY2(near((a), (b), (scale)), qPrintable(QStringLiteral("%1 = %2, expected %3 (%4)")                          \
                                                     .arg(QStringLiteral(#a)).arg((a), 0, 'g', 17).arg((b), 0, 'g', 17) \
                                                     .arg(QStringLiteral(#b))))

Viewport sample()
{
    // 400 x 300 px on a 4:3 extent in LAEA metres: no enlargement, 2500 m per pixel.
    return Viewport(geo::Crs::etrs89Laea(), geo::Envelope(4.0e6, 2.0e6, 5.0e6, 2.75e6), QSize(400, 300));
}

} // namespace

class TestViewport : public QObject {
    Q_OBJECT
private slots:
    void aspectFitting_data();
    void aspectFitting();
    void keepsCrs();
    void roundTrip_data();
    void roundTrip();
    void corners();
    void zoomedAt_data();
    void zoomedAt();
    void zoomedAtIgnoresBadFactor();
    void panned_data();
    void panned();
    void resized_data();
    void resized();
    void invalid_data();
    void invalid();
    void defaultIsInvalid();
    void resizedToEmptyIsInvalid();
};

void TestViewport::aspectFitting_data()
{
    QTest::addColumn<geo::Envelope>("extent");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<geo::Envelope>("expected");
    QTest::addColumn<double>("unitsPerPixel");

    // 2:1 extent on 4:1 pixels: width grows from 100 to 200, centred on x = 50.
    QTest::newRow("wider pixels") << geo::Envelope(0, 0, 100, 50) << QSize(400, 100) << geo::Envelope(-50, 0, 150, 50) << 0.5;
    // 2:1 extent on 1:1 pixels: height grows from 50 to 100, centred on y = 25.
    QTest::newRow("taller pixels") << geo::Envelope(0, 0, 100, 50) << QSize(200, 200) << geo::Envelope(0, -25, 100, 75) << 0.5;
    QTest::newRow("same aspect") << geo::Envelope(10, 20, 30, 30) << QSize(400, 200) << geo::Envelope(10, 20, 30, 30) << 0.05;
    // A square lon/lat box on an 800x500 canvas, off the origin and with negative coordinates.
    QTest::newRow("lon/lat, negative") << geo::Envelope(-20, -10, 0, 10) << QSize(800, 500) << geo::Envelope(-26, -10, 6, 10) << 0.04;
    // A tall LAEA box on a wide canvas.
    QTest::newRow("laea metres") << geo::Envelope(4.0e6, 1.0e6, 4.5e6, 3.0e6) << QSize(1000, 500)
                                 << geo::Envelope(2.25e6, 1.0e6, 6.25e6, 3.0e6) << 4000.0;
}

void TestViewport::aspectFitting()
{
    QFETCH(geo::Envelope, extent);
    QFETCH(QSize, size);
    QFETCH(geo::Envelope, expected);
    QFETCH(double, unitsPerPixel);

    const Viewport vp(geo::Crs::wgs84(), extent, size);
    QVERIFY(vp.isValid());
    QCOMPARE(vp.sizePx(), size);
    const geo::Envelope& e = vp.extent();
    const double scale = std::max(expected.width(), expected.height());
    QVERIFY2(near(e.minX, expected.minX, scale) && near(e.minY, expected.minY, scale) && near(e.maxX, expected.maxX, scale)
                 && near(e.maxY, expected.maxY, scale),
             qPrintable(str(e) + QStringLiteral(" != ") + str(expected)));
    VERIFY_NEAR(vp.mapUnitsPerPixel(), unitsPerPixel, unitsPerPixel);
    // Centred on the requested extent, containing it, with square pixels.
    VERIFY_NEAR(e.centerX(), extent.centerX(), scale);
    VERIFY_NEAR(e.centerY(), extent.centerY(), scale);
    const double tol = 1e-9 * scale;
    QVERIFY(e.minX <= extent.minX + tol && e.minY <= extent.minY + tol && e.maxX >= extent.maxX - tol
            && e.maxY >= extent.maxY - tol);
    VERIFY_NEAR(e.width() / size.width(), e.height() / size.height(), vp.mapUnitsPerPixel());
    // Exactly one axis was enlarged: the other one still spans the requested extent.
    QVERIFY(near(e.width(), extent.width(), scale) || near(e.height(), extent.height(), scale));
}

void TestViewport::keepsCrs()
{
    const Viewport vp = sample();
    QVERIFY(vp.crs().isSame(geo::Crs::etrs89Laea()));
    QVERIFY(vp.zoomedAt(QPointF(10, 10), 2).crs().isSame(geo::Crs::etrs89Laea()));
    QVERIFY(vp.panned(QPointF(10, 10)).crs().isSame(geo::Crs::etrs89Laea()));
    QVERIFY(vp.resized(QSize(10, 10)).crs().isSame(geo::Crs::etrs89Laea()));
}

void TestViewport::roundTrip_data()
{
    QTest::addColumn<QPointF>("px");
    QTest::newRow("origin") << QPointF(0, 0);
    QTest::newRow("centre") << QPointF(200, 150);
    QTest::newRow("fractional") << QPointF(123.25, 77.75);
    QTest::newRow("bottom right") << QPointF(400, 300);
    QTest::newRow("outside") << QPointF(-350.5, 1200.125);
}

void TestViewport::roundTrip()
{
    QFETCH(QPointF, px);
    const Viewport vp = sample();
    const geo::MapPoint m = vp.toMap(px);
    const QPointF back = vp.toPixel(m.x, m.y);
    VERIFY_NEAR(back.x(), px.x(), 1000.0);
    VERIFY_NEAR(back.y(), px.y(), 1000.0);
    // And map -> pixel -> map.
    const QPointF p2 = vp.toPixel(4.321e6, 2.123e6);
    const geo::MapPoint m2 = vp.toMap(p2);
    VERIFY_NEAR(m2.x, 4.321e6, 5e6);
    VERIFY_NEAR(m2.y, 2.123e6, 5e6);
    // y grows up in map units and down in pixels.
    QVERIFY(vp.toMap(QPointF(0, 0)).y > vp.toMap(QPointF(0, 10)).y);
    QVERIFY(vp.toMap(QPointF(0, 0)).x < vp.toMap(QPointF(10, 0)).x);
}

void TestViewport::corners()
{
    for (const Viewport& vp : {sample(), sample().zoomedAt(QPointF(37, 210), 3.5), sample().panned(QPointF(-13, 44)),
                               sample().resized(QSize(640, 480)),
                               Viewport(geo::Crs::wgs84(), geo::Envelope(-10, 28, 60, 60), QSize(800, 500))}) {
        const geo::Envelope& e = vp.extent();
        const double w = vp.sizePx().width(), h = vp.sizePx().height();
        const QPointF tl = vp.toPixel(e.minX, e.maxY);
        const QPointF br = vp.toPixel(e.maxX, e.minY);
        VERIFY_NEAR(tl.x(), 0.0, w);
        VERIFY_NEAR(tl.y(), 0.0, h);
        VERIFY_NEAR(br.x(), w, w);
        VERIFY_NEAR(br.y(), h, h);
        const geo::MapPoint m0 = vp.toMap(QPointF(0, 0));
        const geo::MapPoint m1 = vp.toMap(QPointF(w, h));
        const double scale = std::max({std::abs(e.minX), std::abs(e.maxX), std::abs(e.minY), std::abs(e.maxY)});
        VERIFY_NEAR(m0.x, e.minX, scale);
        VERIFY_NEAR(m0.y, e.maxY, scale);
        VERIFY_NEAR(m1.x, e.maxX, scale);
        VERIFY_NEAR(m1.y, e.minY, scale);
        // The extent matches the pixel size at the stated scale.
        VERIFY_NEAR(e.width(), w * vp.mapUnitsPerPixel(), scale);
        VERIFY_NEAR(e.height(), h * vp.mapUnitsPerPixel(), scale);
    }
}

void TestViewport::zoomedAt_data()
{
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("factor");
    QTest::newRow("in at centre") << QPointF(200, 150) << 2.0;
    QTest::newRow("in at corner") << QPointF(0, 0) << 4.0;
    QTest::newRow("in off-centre") << QPointF(310.5, 20.25) << 1.25;
    QTest::newRow("out off-centre") << QPointF(50, 260) << 0.5;
    QTest::newRow("out far") << QPointF(399, 299) << 0.01;
    QTest::newRow("anchor outside") << QPointF(-100, 500) << 3.0;
}

void TestViewport::zoomedAt()
{
    QFETCH(QPointF, anchor);
    QFETCH(double, factor);
    const Viewport vp = sample();
    const Viewport z = vp.zoomedAt(anchor, factor);
    QVERIFY(z.isValid());
    QCOMPARE(z.sizePx(), vp.sizePx());
    VERIFY_NEAR(z.mapUnitsPerPixel(), vp.mapUnitsPerPixel() / factor, vp.mapUnitsPerPixel() / factor);
    // The map point under the anchor pixel stays under it.
    const geo::MapPoint before = vp.toMap(anchor), after = z.toMap(anchor);
    VERIFY_NEAR(after.x, before.x, 5e6);
    VERIFY_NEAR(after.y, before.y, 5e6);
    const QPointF px = z.toPixel(before.x, before.y);
    VERIFY_NEAR(px.x(), anchor.x(), 1000.0);
    VERIFY_NEAR(px.y(), anchor.y(), 1000.0);
    // Distances on screen scale by the factor.
    const QPointF a = z.toPixel(4.2e6, 2.2e6), b = z.toPixel(4.3e6, 2.2e6);
    VERIFY_NEAR(b.x() - a.x(), factor * 1.0e5 / vp.mapUnitsPerPixel(), factor * 40);
    // Zooming back restores the original view.
    const Viewport back = z.zoomedAt(anchor, 1.0 / factor);
    VERIFY_NEAR(back.mapUnitsPerPixel(), vp.mapUnitsPerPixel(), vp.mapUnitsPerPixel());
    VERIFY_NEAR(back.extent().minX, vp.extent().minX, 5e6);
    VERIFY_NEAR(back.extent().maxY, vp.extent().maxY, 5e6);
}

void TestViewport::zoomedAtIgnoresBadFactor()
{
    const Viewport vp = sample();
    for (double f : {0.0, -2.0}) {
        const Viewport z = vp.zoomedAt(QPointF(10, 10), f);
        QVERIFY(z.isValid());
        QCOMPARE(z.extent(), vp.extent());
        QCOMPARE(z.mapUnitsPerPixel(), vp.mapUnitsPerPixel());
    }
}

void TestViewport::panned_data()
{
    QTest::addColumn<QPointF>("delta");
    QTest::newRow("right") << QPointF(10, 0);
    QTest::newRow("up") << QPointF(0, -25);
    QTest::newRow("diagonal") << QPointF(-33.5, 12.25);
    QTest::newRow("none") << QPointF(0, 0);
    QTest::newRow("far") << QPointF(4000, -3000);
}

void TestViewport::panned()
{
    QFETCH(QPointF, delta);
    const Viewport vp = sample();
    const Viewport p = vp.panned(delta);
    QVERIFY(p.isValid());
    QCOMPARE(p.sizePx(), vp.sizePx());
    QCOMPARE(p.mapUnitsPerPixel(), vp.mapUnitsPerPixel());
    // Content shifts by the delta: the map point that was at q is now at q + delta.
    for (const QPointF q : {QPointF(0, 0), QPointF(123, 45), QPointF(400, 300)}) {
        const geo::MapPoint m = vp.toMap(q);
        const QPointF now = p.toPixel(m.x, m.y);
        VERIFY_NEAR(now.x(), q.x() + delta.x(), 1000.0);
        VERIFY_NEAR(now.y(), q.y() + delta.y(), 1000.0);
    }
    VERIFY_NEAR(p.extent().width(), vp.extent().width(), 5e6);
    VERIFY_NEAR(p.extent().height(), vp.extent().height(), 5e6);
}

void TestViewport::resized_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("bigger") << QSize(800, 600);
    QTest::newRow("smaller") << QSize(100, 50);
    QTest::newRow("other aspect") << QSize(1000, 200);
    QTest::newRow("same") << QSize(400, 300);
    QTest::newRow("one pixel") << QSize(1, 1);
}

void TestViewport::resized()
{
    QFETCH(QSize, size);
    const Viewport vp = sample();
    const Viewport r = vp.resized(size);
    QVERIFY(r.isValid());
    QCOMPARE(r.sizePx(), size);
    QCOMPARE(r.mapUnitsPerPixel(), vp.mapUnitsPerPixel());
    VERIFY_NEAR(r.extent().centerX(), vp.extent().centerX(), 5e6);
    VERIFY_NEAR(r.extent().centerY(), vp.extent().centerY(), 5e6);
    VERIFY_NEAR(r.extent().width(), size.width() * vp.mapUnitsPerPixel(), 5e6);
    VERIFY_NEAR(r.extent().height(), size.height() * vp.mapUnitsPerPixel(), 5e6);
    // The centre pixel shows the same map point.
    const geo::MapPoint c = r.toMap(QPointF(size.width() / 2.0, size.height() / 2.0));
    VERIFY_NEAR(c.x, vp.extent().centerX(), 5e6);
    VERIFY_NEAR(c.y, vp.extent().centerY(), 5e6);
}

void TestViewport::invalid_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<geo::Envelope>("extent");
    QTest::addColumn<QSize>("size");
    QTest::newRow("null extent") << geo::Envelope() << QSize(400, 300);
    QTest::newRow("inverted extent") << geo::Envelope(10, 10, 0, 0) << QSize(400, 300);
    QTest::newRow("NaN extent") << geo::Envelope(nan, 0, 10, 10) << QSize(400, 300);
    QTest::newRow("zero width") << geo::Envelope(0, 0, 10, 10) << QSize(0, 300);
    QTest::newRow("zero height") << geo::Envelope(0, 0, 10, 10) << QSize(400, 0);
    QTest::newRow("negative size") << geo::Envelope(0, 0, 10, 10) << QSize(-400, 300);
    QTest::newRow("default size") << geo::Envelope(0, 0, 10, 10) << QSize();
    QTest::newRow("both") << geo::Envelope() << QSize();
}

void TestViewport::invalid()
{
    QFETCH(geo::Envelope, extent);
    QFETCH(QSize, size);
    const Viewport vp(geo::Crs::wgs84(), extent, size);
    QVERIFY(!vp.isValid());
    // Derived viewports of an invalid one stay invalid (and do not crash).
    QVERIFY(!vp.zoomedAt(QPointF(1, 1), 2).isValid());
    QVERIFY(!vp.panned(QPointF(5, 5)).isValid());
}

void TestViewport::defaultIsInvalid()
{
    const Viewport vp;
    QVERIFY(!vp.isValid());
    QVERIFY(!vp.crs().isValid());
    QCOMPARE(vp.mapUnitsPerPixel(), 0.0);
}

void TestViewport::resizedToEmptyIsInvalid()
{
    QVERIFY(!sample().resized(QSize(0, 300)).isValid());
    QVERIFY(!sample().resized(QSize(400, 0)).isValid());
    QVERIFY(!sample().resized(QSize()).isValid());
}

QTEST_GUILESS_MAIN(TestViewport)
#include "tst_viewport.moc"
