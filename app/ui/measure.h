#pragma once
// Geodesic measurement of a polyline or polygon given in lon/lat (WGS 84): segment lengths, total
// length, area and perimeter on the ellipsoid (PROJ's geodesic routines) — never planar distances in a
// projected CRS. Pure functions, any thread.

#include "geo/types.h"

#include <vector>

namespace corridor::ui {

struct Measurement {
    std::vector<double> segmentM; // one per segment, in order (for an area: the closing edge last)
    double lengthM = 0.0;         // polyline length (area mode: perimeter)
    double areaM2 = 0.0;          // area mode only
};

/// Measures `points` as a polyline, or as a closed ring when `area` is true (the closing edge is added;
/// fewer than 3 points give area 0).
Measurement measureGeodesic(const std::vector<geo::GeoPoint>& points, bool area);

} // namespace corridor::ui
