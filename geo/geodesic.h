#pragma once
// Geodesic computations on the WGS 84 ellipsoid with PROJ's geodesic routines (Karney's algorithms,
// geodesic.h). Stateless and thread-safe. Distances in metres, azimuths in degrees clockwise from north.

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

/// The geodesic from a to b as a polyline whose segments are at most `maxSegmentM` long; starts at a
/// and ends exactly at b. Longitudes are unwrapped (continuous, may exceed ±180) so the line never
/// jumps across the antimeridian.
std::vector<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSegmentM);
/// Every segment of a polyline densified as above.
std::vector<GeoPoint> densifyLine(std::span<const GeoPoint> line, double maxSegmentM);

/// Sum of geodesic segment lengths of a polyline.
double lineLengthM(std::span<const GeoPoint> line);
/// Same, for interleaved lon,lat coordinates.
double lineLengthM(std::span<const double> lonLat);

/// Area (m², positive) and perimeter (m) of a ring given as lon/lat points (closed or not).
struct PolygonMeasure {
    double areaM2 = 0.0;
    double perimeterM = 0.0;
};
PolygonMeasure ringMeasure(std::span<const GeoPoint> ring);

} // namespace corridor::geo::geodesic
