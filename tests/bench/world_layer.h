#pragma once
// The benchmarks' stress layer, shared so the render and UI benchmarks measure the same data.

#include "geo/layer_data.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

namespace corridor::bench {

/// World-scale polygons: star-shaped (so always simple) noisy circles whose radii span three orders of
/// magnitude (log-uniform 0.01°..15°), with vertex counts proportional to the perimeter; fixed seed.
inline geo::LayerDataPtr makeWorld(std::size_t targetVertices)
{
    auto layer = std::make_shared<geo::LayerData>();
    layer->name = QStringLiteral("world");
    layer->geometryType = geo::GeometryType::Polygon;
    layer->crs = geo::Crs::wgs84();
    std::mt19937_64 rng(20260215);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> radii;
    double sumR = 0;
    while (sumR < static_cast<double>(targetVertices) / 1600.0 || radii.size() < 50) {
        const double r = std::pow(10.0, -2.0 + u(rng) * std::log10(1500.0));
        radii.push_back(r);
        sumR += r;
    }
    std::int64_t fid = 1;
    for (double r : radii) {
        const std::size_t n = std::max<std::size_t>(8, static_cast<std::size_t>(r / sumR * static_cast<double>(targetVertices)));
        const double cx = -178 + r + u(rng) * (356 - 2 * r);
        const double cy = std::clamp(-80 + u(rng) * 160, -85 + r, 85 - r);
        const double k1 = 3 + std::floor(u(rng) * 9), k2 = 17 + std::floor(u(rng) * 40), ph = u(rng) * 6.28;
        layer->geometry.beginFeature();
        layer->geometry.beginPart(geo::PartKind::Polygon);
        layer->geometry.beginRing();
        double x0 = 0, y0 = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double a = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
            const double rr = r * (1 + 0.25 * std::sin(k1 * a + ph) + 0.08 * std::sin(k2 * a) + 0.03 * (u(rng) - 0.5));
            const double x = cx + rr * std::cos(a), y = cy + rr * std::sin(a);
            if (i == 0)
                x0 = x, y0 = y;
            layer->geometry.addPoint(x, y);
        }
        layer->geometry.addPoint(x0, y0); // closed exactly
        layer->fids.push_back(fid++);
    }
    layer->geometry.finish();
    layer->finalise();
    return layer;
}

} // namespace corridor::bench
