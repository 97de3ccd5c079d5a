#include "geo/geodesic.h"

#include <geodesic.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corridor::geo::geodesic {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// WGS 84 ellipsoid: a = 6378137 m, 1/f = 298.257223563 (NIMA TR8350.2). geod_init only fills
// coefficient tables; geod_* functions only read the struct, so one shared instance is thread-safe.
const geod_geodesic& wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}

bool finite(GeoPoint p)
{
    return std::isfinite(p.lon) && std::isfinite(p.lat);
}

// geod_* return azimuths in [-180, 180]; we promise [0, 360).
double normalizeAzimuth(double az)
{
    double r = std::fmod(az, 360.0);
    if (r < 0.0)
        r += 360.0;
    if (r >= 360.0) // -1e-17 + 360 rounds to 360
        r -= 360.0;
    return r + 0.0; // no -0
}

// Beyond this a caller's maxSegmentM is meaningless (20 m along half the globe); keep memory bounded.
constexpr double kMaxSegments = 1'000'000.0;

} // namespace

Inverse inverse(GeoPoint a, GeoPoint b)
{
    if (!finite(a) || !finite(b))
        return {kNaN, kNaN, kNaN};
    double s12 = 0.0;
    double azi1 = 0.0;
    double azi2 = 0.0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2);
    return {s12, normalizeAzimuth(azi1), normalizeAzimuth(azi2)};
}

double distanceM(GeoPoint a, GeoPoint b)
{
    if (!finite(a) || !finite(b))
        return kNaN;
    double s12 = 0.0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

GeoPoint direct(GeoPoint start, double azimuthDeg, double distanceM)
{
    if (!finite(start) || !std::isfinite(azimuthDeg) || !std::isfinite(distanceM))
        return {kNaN, kNaN};
    double lat2 = 0.0;
    double lon2 = 0.0;
    geod_direct(&wgs84(), start.lat, start.lon, azimuthDeg, distanceM, &lat2, &lon2, nullptr);
    return {lon2, lat2};
}

std::vector<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSegmentM)
{
    if (!finite(a) || !finite(b))
        return {};

    const geod_geodesic& g = wgs84();
    geod_geodesicline line{};
    geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon, GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
    const double length = line.s13;

    // The unrolled end longitude is continuous with a.lon; b.lon shifted by whole turns to match it keeps
    // b's own digits (170 → -170 ends at 190, exactly -170 + 360).
    double lonEndUnrolled = b.lon;
    geod_genposition(&line, GEOD_LONG_UNROLL, length, nullptr, &lonEndUnrolled, nullptr, nullptr, nullptr, nullptr,
                     nullptr, nullptr);
    const double turns = std::round((lonEndUnrolled - b.lon) / 360.0);
    const GeoPoint end{turns == 0.0 ? b.lon : b.lon + 360.0 * turns, b.lat};

    if (!(maxSegmentM > 0.0) || !std::isfinite(maxSegmentM) || !(length > maxSegmentM))
        return {a, end};

    const double segments = std::min(std::ceil(length / maxSegmentM), kMaxSegments);
    const auto n = static_cast<std::size_t>(segments);
    std::vector<GeoPoint> out;
    out.reserve(n + 1);
    out.push_back(a);
    for (std::size_t i = 1; i < n; ++i) {
        // Distance from i * length / n rather than accumulating a step, so rounding does not drift.
        const double s = length * static_cast<double>(i) / static_cast<double>(n);
        double lat = 0.0;
        double lon = 0.0;
        geod_genposition(&line, GEOD_LONG_UNROLL, s, &lat, &lon, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
        out.push_back({lon, lat});
    }
    out.push_back(end);
    return out;
}

std::vector<GeoPoint> densifyLine(std::span<const GeoPoint> line, double maxSegmentM)
{
    if (line.empty())
        return {};
    if (!finite(line.front()))
        return {};
    std::vector<GeoPoint> out{line.front()};
    for (std::size_t i = 1; i < line.size(); ++i) {
        // Start from the previous *output* point, so a shift across the antimeridian carries on.
        const std::vector<GeoPoint> part = densify(out.back(), line[i], maxSegmentM);
        if (part.empty())
            return {};
        out.insert(out.end(), part.begin() + 1, part.end());
    }
    return out;
}

double lineLengthM(std::span<const GeoPoint> line)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distanceM(line[i - 1], line[i]);
    return total;
}

double lineLengthM(std::span<const double> lonLat)
{
    double total = 0.0;
    for (std::size_t i = 2; i + 1 < lonLat.size(); i += 2)
        total += distanceM({lonLat[i - 2], lonLat[i - 1]}, {lonLat[i], lonLat[i + 1]});
    return total;
}

PolygonMeasure ringMeasure(std::span<const GeoPoint> ring)
{
    std::size_t n = ring.size();
    if (n >= 2 && ring.front() == ring.back())
        --n; // geod_polygon closes the ring itself
    const geod_geodesic& g = wgs84();
    geod_polygon polygon{};
    geod_polygon_init(&polygon, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!finite(ring[i]))
            return {kNaN, kNaN};
        geod_polygon_addpoint(&g, &polygon, ring[i].lat, ring[i].lon);
    }
    double area = 0.0;
    double perimeter = 0.0;
    // sign = 1: a clockwise ring gives a negative area; with sign = 0 it would be "the rest of the
    // earth" (≈ 5.1e14 m² minus the ring), which is never what a caller means.
    geod_polygon_compute(&g, &polygon, 0, 1, &area, &perimeter);
    return {std::abs(area), perimeter};
}

} // namespace corridor::geo::geodesic
