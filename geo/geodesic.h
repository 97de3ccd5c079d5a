#pragma once
// Geodesic computations on the WGS 84 ellipsoid with PROJ's geodesic routines (Karney's algorithms,
// geodesic.h). Stateless and thread-safe. Distances in metres, azimuths in degrees clockwise from north,
// normalised to [0, 360).
//
// Invalid input: a NaN/infinite coordinate gives NaN results (distance, azimuths, direct point, ring
// measure) and an empty vector from densify()/densifyLine(), never a polyline with NaN in it. Latitudes
// beyond ±90° are not corrected and give NaN from PROJ.

#include "geo/types.h"

#include <span>
#include <vector>

namespace corridor::geo::geodesic {

struct Inverse {
    double distanceM = 0.0;
    double azimuth1Deg = 0.0; // at the first point
    double azimuth2Deg = 0.0; // at the second point (forward direction)
};

/// Shortest path between two points (inverse geodesic problem).
Inverse inverse(GeoPoint a, GeoPoint b);
double distanceM(GeoPoint a, GeoPoint b);

/// The point reached from `start` going `distanceM` along azimuth `azimuthDeg` (direct problem).
GeoPoint direct(GeoPoint start, double azimuthDeg, double distanceM);

/// The geodesic from a to b as a polyline whose segments are at most `maxSegmentM` long (n =
/// ceil(length / maxSegmentM) equal segments, every point on the geodesic); starts exactly at a and ends
/// at b. Longitudes are unwrapped (continuous, may exceed ±180) so the line never jumps across the
/// antimeridian: the last point is b exactly, except that its longitude is shifted by 360° when the
/// geodesic crosses the antimeridian (170 → -170 ends at 190).
/// Returns just [a, b] when maxSegmentM is <= 0 or not finite, when the points coincide or are closer
/// than maxSegmentM; an empty vector for NaN input. At most 1,000,000 segments (memory guard).
std::vector<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSegmentM);
/// Every segment of a polyline densified as above; longitudes stay continuous along the whole line.
/// Empty for an empty line or any NaN point; a single point comes back as is.
std::vector<GeoPoint> densifyLine(std::span<const GeoPoint> line, double maxSegmentM);

/// Sum of geodesic segment lengths of a polyline (NaN if a point is NaN).
double lineLengthM(std::span<const GeoPoint> line);
/// Same, for interleaved lon,lat coordinates (a trailing odd value is ignored).
double lineLengthM(std::span<const double> lonLat);

/// Area (m², positive whatever the orientation) and perimeter (m) of a ring given as lon/lat points
/// (closed or not). Edges are geodesics. Rings enclosing more than half the earth are not supported.
struct PolygonMeasure {
    double areaM2 = 0.0;
    double perimeterM = 0.0;
};
PolygonMeasure ringMeasure(std::span<const GeoPoint> ring);

} // namespace corridor::geo::geodesic
