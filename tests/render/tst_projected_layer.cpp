// ProjectedLayer's level of detail: the simplified copy keeps every feature, part and ring (ids still
// match the spatial index and attributes), removes sub-tolerance detail, never moves a kept vertex, and
// is the same whether built on one thread or several.

#include "app/render/projected_layer.h"
#include "geo/geometry_store.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace corridor;

namespace {

// Wiggly rings of very different sizes (a world of islands and continents), an empty feature, a line
// and a multi-part feature: ~`points` vertices in all.
geo::GeometryStore wigglyWorld(std::size_t points)
{
    geo::GeometryStore g;
    std::size_t made = 0;
    for (int f = 0; made < points; ++f) {
        g.beginFeature();
        if (f == 7)
            continue; // no geometry at all
        const int parts = f % 5 == 0 ? 3 : 1;
        for (int part = 0; part < parts; ++part) {
            const bool line = f % 11 == 3;
            g.beginPart(line ? geo::PartKind::Line : geo::PartKind::Polygon);
            g.beginRing();
            const int n = 5 + (f * 7919 + part * 104729) % 4000; // 5 .. 4004 vertices
            const double cx = (f % 100) * 10.0, cy = (f / 100) * 10.0 + part * 3.0, radius = 0.05 + (n % 97) * 0.04;
            for (int i = 0; i < n; ++i) {
                const double a = 2 * std::numbers::pi * i / n;
                const double r = radius * (1.0 + 0.02 * std::sin(37.0 * a) + 0.001 * std::sin(997.0 * a));
                g.addPoint(cx + r * std::cos(a), cy + r * std::sin(a));
            }
            if (!line)
                g.addPoint(cx + radius, cy); // closed ring: the first point (angle 0) again
            made += static_cast<std::size_t>(n) + 1;
        }
    }
    g.finish();
    return g;
}

} // namespace

class TestProjectedLayer : public QObject {
    Q_OBJECT
private slots:
    void keepsStructureAndRemovesDetail()
    {
        const geo::GeometryStore g = wigglyWorld(300000);
        const double tol = 0.01;
        const auto s = render::ProjectedLayer::simplified(g, tol, 1);
        QCOMPARE(s->featureCount(), g.featureCount());
        QCOMPARE(s->partCount(), g.partCount());
        QCOMPARE(s->ringCount(), g.ringCount());
        QVERIFY2(s->pointCount() < g.pointCount() / 3, qPrintable(QStringLiteral("%1 of %2").arg(s->pointCount()).arg(g.pointCount())));
        for (std::size_t f = 0; f < g.featureCount(); ++f) {
            QCOMPARE(s->featurePartEnd(f) - s->featurePartBegin(f), g.featurePartEnd(f) - g.featurePartBegin(f));
            // Kept vertices are original ones; the envelope can only shrink, and by less than the tolerance.
            const geo::Envelope& a = g.featureEnvelope(f);
            const geo::Envelope& b = s->featureEnvelope(f);
            if (a.isNull())
                continue;
            QVERIFY(b.minX >= a.minX - 1e-12 && b.maxX <= a.maxX + 1e-12);
            QVERIFY(b.minX - a.minX <= tol * 1.5 && a.maxX - b.maxX <= tol * 1.5);
        }
        for (std::size_t r = 0; r < s->ringCount(); ++r) {
            const auto c = s->ringCoords(r);
            const auto o = g.ringCoords(r);
            // Ends are kept.
            QVERIFY(c.size() >= 4);
            QCOMPARE(c[0], o[0]);
            QCOMPARE(c[c.size() - 1], o[o.size() - 1]);
        }
    }

    void parallelEqualsSequential()
    {
        const geo::GeometryStore g = wigglyWorld(900000);
        QCOMPARE(render::ProjectedLayer::workerThreads(399999), 1u); // small layers: no thread start-up cost
        QVERIFY(render::ProjectedLayer::workerThreads(g.pointCount()) >= 1 && render::ProjectedLayer::workerThreads(g.pointCount()) <= 8);
        for (double tol : {0.002, 0.05}) {
            const auto one = render::ProjectedLayer::simplified(g, tol, 1);
            for (unsigned threads : {2u, 3u, 8u}) {
                const auto many = render::ProjectedLayer::simplified(g, tol, threads);
                QCOMPARE(many->featureCount(), one->featureCount());
                QCOMPARE(many->ringCount(), one->ringCount());
                QVERIFY(many->coords() == one->coords());
                for (std::size_t f = 0; f < one->featureCount(); ++f) {
                    QCOMPARE(many->featurePartBegin(f), one->featurePartBegin(f));
                    QCOMPARE(many->featureEnvelope(f).minX, one->featureEnvelope(f).minX);
                    QCOMPARE(many->featureEnvelope(f).maxY, one->featureEnvelope(f).maxY);
                }
                for (std::size_t r = 0; r < one->ringCount(); ++r)
                    QCOMPARE(many->ringPointBegin(r), one->ringPointBegin(r));
                QCOMPARE(many->extent().minX, one->extent().minX);
                QCOMPARE(many->extent().maxY, one->extent().maxY);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectedLayer)
#include "tst_projected_layer.moc"
