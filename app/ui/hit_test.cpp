#include "app/ui/hit_test.h"

#include <algorithm>
#include <cmath>

namespace corridor::ui {

namespace {

double segmentDistance(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double cx = ax + t * dx - px, cy = ay + t * dy - py;
    return std::sqrt(cx * cx + cy * cy);
}

/// Distance (map units) from (x, y) to the ring's edges; sets `inside` toggled by even-odd crossing.
double ringDistance(std::span<const double> c, double x, double y, bool& inside)
{
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 3 < c.size(); i += 2) {
        const double ax = c[i], ay = c[i + 1], bx = c[i + 2], by = c[i + 3];
        if (!std::isfinite(ax) || !std::isfinite(ay) || !std::isfinite(bx) || !std::isfinite(by))
            continue;
        best = std::min(best, segmentDistance(x, y, ax, ay, bx, by));
        if ((ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay))
            inside = !inside;
    }
    return best;
}

} // namespace

std::vector<FeatureHit> hitTest(const render::ProjectedLayer& layer, const render::Viewport& vp, QPointF px,
                                double tolerancePx, std::size_t maxHits)
{
    std::vector<FeatureHit> hits;
    if (!vp.isValid())
        return hits;
    const double upp = vp.mapUnitsPerPixel();
    const geo::MapPoint m = vp.toMap(px);
    const double tol = tolerancePx * upp;
    const geo::Envelope box(m.x - tol, m.y - tol, m.x + tol, m.y + tol);
    const geo::GeometryStore& g = layer.geometry();
    for (std::uint32_t f : layer.spatialIndex().query(box)) {
        double best = std::numeric_limits<double>::infinity();
        for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p) {
            const geo::PartKind kind = g.partKind(p);
            if (kind == geo::PartKind::Point) {
                const auto c = g.ringCoords(g.partRingBegin(p));
                if (c.size() >= 2 && std::isfinite(c[0]) && std::isfinite(c[1]))
                    best = std::min(best, std::hypot(c[0] - m.x, c[1] - m.y));
                continue;
            }
            bool inside = false;
            double d = std::numeric_limits<double>::infinity();
            for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
                d = std::min(d, ringDistance(g.ringCoords(r), m.x, m.y, inside));
            if (kind == geo::PartKind::Polygon && inside)
                d = 0.0;
            best = std::min(best, d);
        }
        if (best <= tol)
            hits.push_back({f, best / upp});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const FeatureHit& a, const FeatureHit& b) { return a.distancePx < b.distancePx; });
    if (hits.size() > maxHits)
        hits.resize(maxHits);
    return hits;
}

std::optional<geo::MapPoint> snapToPoint(const render::ProjectedLayer& layer, const render::Viewport& vp, QPointF px,
                                         double tolerancePx)
{
    if (!vp.isValid())
        return std::nullopt;
    const double tol = tolerancePx * vp.mapUnitsPerPixel();
    const geo::MapPoint m = vp.toMap(px);
    const geo::Envelope box(m.x - tol, m.y - tol, m.x + tol, m.y + tol);
    const geo::GeometryStore& g = layer.geometry();
    std::optional<geo::MapPoint> best;
    double bestD = tol;
    for (std::uint32_t f : layer.spatialIndex().query(box)) {
        for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p) {
            if (g.partKind(p) != geo::PartKind::Point)
                continue;
            const auto c = g.ringCoords(g.partRingBegin(p));
            if (c.size() < 2)
                continue;
            const double d = std::hypot(c[0] - m.x, c[1] - m.y);
            if (d <= bestD) {
                bestD = d;
                best = geo::MapPoint{c[0], c[1]};
            }
        }
    }
    return best;
}

} // namespace corridor::ui
