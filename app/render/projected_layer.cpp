#include "app/render/projected_layer.h"

#include "geo/crs_transform.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <thread>

namespace corridor::render {

geo::Result<std::shared_ptr<const ProjectedLayer>> ProjectedLayer::create(geo::LayerDataPtr source, const geo::Crs& mapCrs)
{
    auto tr = geo::CrsTransform::get(source->crs, mapCrs);
    if (!tr)
        return tr.error();
    auto p = std::shared_ptr<ProjectedLayer>(new ProjectedLayer());
    p->m_crs = mapCrs;
    if ((*tr)->isIdentity()) {
        // Same CRS: share the source's geometry (kept alive by m_source) instead of copying it.
        p->m_geom = &source->geometry;
        p->m_source = std::move(source);
        return std::shared_ptr<const ProjectedLayer>(std::move(p));
    }
    p->m_geometry = source->geometry;
    if (!(*tr)->isIdentity() && source->crs.authId() == QLatin1String("EPSG:4326") && mapCrs.authId() == QLatin1String("EPSG:3857")) {
        // Web Mercator from WGS 84 has a closed form (EPSG method 1024, "Popular Visualisation Pseudo
        // Mercator", spherical formulas on the WGS 84 semi-major axis) — what PROJ computes, at a
        // fraction of the cost for millions of points. Poles do not project (NaN, like PROJ).
        constexpr double a = 6378137.0;
        constexpr double d2r = std::numbers::pi / 180.0;
        std::vector<double>& xy = p->m_geometry.coords();
        const auto mercator = [](double* c, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i) {
                const double lon = c[2 * i], lat = c[2 * i + 1];
                if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lat) >= 90.0) {
                    c[2 * i] = c[2 * i + 1] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                c[2 * i] = a * lon * d2r;
                c[2 * i + 1] = a * std::log(std::tan(std::numbers::pi / 4 + lat * d2r / 2));
            }
        };
        const std::size_t points = xy.size() / 2;
        const unsigned threads = workerThreads(points);
        const std::size_t chunk = (points + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (unsigned t = 1; t < threads; ++t) {
            const std::size_t b = t * chunk, e = std::min(points, b + chunk);
            if (b < e)
                workers.emplace_back(mercator, xy.data() + 2 * b, e - b);
        }
        mercator(xy.data(), std::min(points, chunk));
        for (auto& w : workers)
            w.join();
        p->m_geometry.recomputeEnvelopes();
    } else if (!(*tr)->isIdentity()) {
        std::vector<double>& xy = p->m_geometry.coords();
        const std::size_t points = xy.size() / 2;
        const unsigned threads = workerThreads(points);
        if (threads == 1) {
            (*tr)->transformInPlace(xy);
        } else {
            // Big layers: chunks on several threads, each with its own PROJ context and transform
            // (CrsTransform::get is per thread). A failure to create one leaves its chunk NaN.
            std::vector<std::thread> workers;
            const std::size_t chunk = (points + threads - 1) / threads;
            const geo::Crs from = source->crs;
            for (unsigned t = 0; t < threads; ++t) {
                const std::size_t b = t * chunk, e = std::min(points, b + chunk);
                if (b >= e)
                    break;
                double* data = xy.data() + 2 * b;
                workers.emplace_back([data, n = e - b, from, mapCrs] {
                    auto local = geo::CrsTransform::get(from, mapCrs);
                    if (local)
                        (*local)->transformInPlace(data, n);
                    else
                        std::fill(data, data + 2 * n, std::numeric_limits<double>::quiet_NaN());
                });
            }
            for (auto& w : workers)
                w.join();
        }
        p->m_geometry.recomputeEnvelopes();
    }
    p->m_source = std::move(source);
    return std::shared_ptr<const ProjectedLayer>(std::move(p));
}

const geo::SpatialIndex& ProjectedLayer::spatialIndex() const
{
    std::call_once(m_indexOnce, [this] {
        std::vector<geo::Envelope> envs(m_geom->featureCount());
        for (std::size_t i = 0; i < envs.size(); ++i)
            envs[i] = m_geom->featureEnvelope(i);
        m_index = std::make_unique<geo::SpatialIndex>(envs);
    });
    return *m_index;
}

} // namespace corridor::render

namespace corridor::render {

namespace {

/// Douglas–Peucker on a run of points (interleaved x,y), marking the kept ones. Iterative (explicit
/// stack) so huge rings cannot overflow the call stack.
void douglasPeucker(const double* xy, std::size_t n, double tol2, std::vector<char>& keep)
{
    keep.assign(n, 0);
    if (n == 0)
        return;
    keep[0] = keep[n - 1] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1)
            continue;
        const double ax = xy[2 * a], ay = xy[2 * a + 1];
        const double dx = xy[2 * b] - ax, dy = xy[2 * b + 1] - ay;
        const double len2 = dx * dx + dy * dy;
        double best = -1;
        std::size_t bi = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double px = xy[2 * i] - ax, py = xy[2 * i + 1] - ay;
            double d2;
            if (len2 > 0) {
                const double cr = px * dy - py * dx;
                d2 = cr * cr / len2;
            } else {
                d2 = px * px + py * py;
            }
            if (d2 > best) {
                best = d2;
                bi = i;
            }
        }
        if (best > tol2) {
            keep[bi] = 1;
            stack.emplace_back(a, bi);
            stack.emplace_back(bi, b);
        }
    }
}

/// Features [begin, end) of `g` simplified with tolerance `tol` into `out` (not finished), same
/// feature/part/ring structure. First a radial-distance pass (O(n), removes the bulk of sub-tolerance
/// vertices), then Douglas–Peucker on what is left. Polygon rings keep at least 4 points unless the whole
/// ring is smaller than the tolerance.
void simplifyFeatures(const geo::GeometryStore& g, double tol, std::size_t begin, std::size_t end, geo::GeometryStore& out)
{
    std::vector<double> run;
    std::vector<char> keep;
    const double tol2 = tol * tol;
    for (std::size_t f = begin; f < end; ++f) {
        out.beginFeature();
        for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p) {
            const geo::PartKind kind = g.partKind(p);
            out.beginPart(kind);
            for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r) {
                out.beginRing();
                const auto c = g.ringCoords(r);
                const std::size_t n = c.size() / 2;
                if (kind == geo::PartKind::Point || n <= 4) {
                    for (std::size_t i = 0; i < n; ++i)
                        out.addPoint(c[2 * i], c[2 * i + 1]);
                    continue;
                }
                run.clear();
                double lx = c[0], ly = c[1];
                run.push_back(lx);
                run.push_back(ly);
                for (std::size_t i = 1; i + 1 < n; ++i) {
                    const double x = c[2 * i], y = c[2 * i + 1];
                    if (!std::isfinite(x) || !std::isfinite(y)) {
                        run.push_back(x); // keep NaN breaks
                        run.push_back(y);
                        continue;
                    }
                    if ((x - lx) * (x - lx) + (y - ly) * (y - ly) < tol2)
                        continue;
                    run.push_back(x);
                    run.push_back(y);
                    lx = x;
                    ly = y;
                }
                run.push_back(c[2 * (n - 1)]);
                run.push_back(c[2 * (n - 1) + 1]);
                const std::size_t m = run.size() / 2;
                douglasPeucker(run.data(), m, tol2, keep);
                std::size_t kept = 0;
                for (char k : keep)
                    kept += k ? 1 : 0;
                if (kind == geo::PartKind::Polygon && kept < 4 && m >= 4) {
                    // Keep a small but valid ring: the extreme points of the run.
                    for (std::size_t i = 0; i < m; i += std::max<std::size_t>(1, m / 3))
                        keep[i] = 1;
                }
                for (std::size_t i = 0; i < m; ++i)
                    if (keep[i] || !std::isfinite(run[2 * i]))
                        out.addPoint(run[2 * i], run[2 * i + 1]);
            }
        }
    }
}

} // namespace

unsigned ProjectedLayer::workerThreads(std::size_t points)
{
    return points < 400000 ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

std::unique_ptr<geo::GeometryStore> ProjectedLayer::simplified(const geo::GeometryStore& g, double tol, unsigned threads)
{
    auto out = std::make_unique<geo::GeometryStore>();
    const std::size_t features = g.featureCount();
    threads = std::clamp<unsigned>(threads, 1u, static_cast<unsigned>(std::max<std::size_t>(1, features)));
    if (threads == 1) {
        out->reserve(features, g.pointCount() / 8);
        simplifyFeatures(g, tol, 0, features, *out);
        out->finish();
        return out;
    }
    // Ranges of whole features with about the same number of points, simplified in parallel, then
    // concatenated in order (feature ids, the spatial index and attributes still apply).
    std::vector<std::size_t> cut{0};
    const std::size_t perThread = g.pointCount() / threads + 1;
    std::size_t seen = 0; // points of the features before f
    for (std::size_t f = 0; f < features && cut.size() < threads; ++f) {
        for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p)
            for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
                seen += g.ringSize(r);
        if (seen >= perThread * cut.size() && f + 1 < features)
            cut.push_back(f + 1);
    }
    cut.push_back(features);
    std::vector<geo::GeometryStore> parts(cut.size() - 1);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < parts.size(); ++t)
        workers.emplace_back([&, t] { simplifyFeatures(g, tol, cut[t], cut[t + 1], parts[t]); parts[t].finish(); });
    simplifyFeatures(g, tol, cut[0], cut[1], parts[0]);
    parts[0].finish();
    for (auto& w : workers)
        w.join();
    std::size_t points = 0;
    for (const auto& part : parts)
        points += part.pointCount();
    out->reserve(features, points);
    for (const geo::GeometryStore& part : parts) {
        for (std::size_t f = 0; f < part.featureCount(); ++f) {
            out->beginFeature();
            for (auto p = part.featurePartBegin(f); p < part.featurePartEnd(f); ++p) {
                out->beginPart(part.partKind(p));
                for (auto r = part.partRingBegin(p); r < part.partRingEnd(p); ++r) {
                    out->beginRing();
                    const auto c = part.ringCoords(r);
                    std::copy(c.begin(), c.end(), out->appendCoords(c.size() / 2));
                }
            }
            out->expandFeatureEnvelope(part.featureEnvelope(f));
        }
    }
    out->finish();
    return out;
}

const geo::GeometryStore& ProjectedLayer::geometryForScale(double mapUnitsPerPixel) const
{
    if (m_geom->pointCount() < kLodMinPoints || !(mapUnitsPerPixel > 0) || !std::isfinite(mapUnitsPerPixel))
        return *m_geom;
    // The band's tolerance: the power of two nearest to one pixel (0.71 to 1.41 px): what Douglas–Peucker
    // removes at that tolerance is detail below a pixel.
    const int band = static_cast<int>(std::lround(std::log2(mapUnitsPerPixel)));
    // Below ~1/10000 of the layer's extent per pixel, a simplified copy would keep almost every vertex.
    const double extent = std::max(m_geom->extent().width(), m_geom->extent().height());
    if (std::ldexp(1.0, band) < extent * 1e-5)
        return *m_geom;
    std::lock_guard lock(m_lodMutex);
    auto& slot = m_lod[band];
    if (!slot)
        slot = simplified(*m_geom, std::ldexp(1.0, band), workerThreads(m_geom->pointCount()));
    return *slot;
}

} // namespace corridor::render
