#pragma once
// GEOS bridge: conversion between GeometryStore features and GEOS geometries, validity checks with a
// reason, and the few operations the app needs. Uses the thread-safe _r API with one GEOS context per
// thread (created on first use, destroyed at thread exit). A GeosGeometry must be used and destroyed on
// the thread that created it.

#include "geo/error.h"
#include "geo/geometry_store.h"

#include <QString>

#include <memory>

struct GEOSGeom_t;
struct GEOSContextHandle_HS;

namespace corridor::geo {

/// The calling thread's GEOS context (with notice/error handlers that record the last message).
GEOSContextHandle_HS* geosContext();
/// GEOS's last error message on this thread (empty if none).
QString geosLastError();

/// Owns one GEOSGeometry of the current thread's context.
class GeosGeometry {
public:
    GeosGeometry() = default;
    explicit GeosGeometry(GEOSGeom_t* g) : m_g(g) {}
    ~GeosGeometry();
    GeosGeometry(GeosGeometry&& o) noexcept : m_g(o.m_g) { o.m_g = nullptr; }
    GeosGeometry& operator=(GeosGeometry&& o) noexcept;
    GeosGeometry(const GeosGeometry&) = delete;
    GeosGeometry& operator=(const GeosGeometry&) = delete;

    GEOSGeom_t* get() const { return m_g; }
    GEOSGeom_t* release() { auto* g = m_g; m_g = nullptr; return g; }
    explicit operator bool() const { return m_g != nullptr; }

    static Result<GeosGeometry> fromWkt(const QString& wkt);
    QString toWkt(int precision = 6) const;
    bool isEmpty() const;

private:
    GEOSGeom_t* m_g = nullptr;
};

/// Feature `f` of `store` as a GEOS geometry: Point/LineString/Polygon for one part, Multi* for several
/// parts of one kind, GeometryCollection for mixed parts, an empty GeometryCollection for none.
/// Fails (ErrorCode::Geometry) on NaN/infinite coordinates or rings GEOS rejects (e.g. unclosed).
Result<GeosGeometry> toGeos(const GeometryStore& store, std::size_t f);

/// Appends `g` to `store` as one new feature (beginFeature + parts). Curves are not expected (GEOS has
/// none). Does not call store.finish().
Status appendGeos(GeometryStore& store, const GEOSGeom_t* g);

struct Validity {
    bool valid = true;
    QString reason;       // GEOS's reason, e.g. "Self-intersection[21.5 43.2]"; empty when valid
    MapPoint location{};  // where the problem is, when GEOS reports one
    bool hasLocation = false;
};
/// Validity per the OGC Simple Features rules, with GEOS's reason and location.
Validity checkValidity(const GEOSGeom_t* g);
/// Convenience: validity of feature `f`; NaN coordinates make it invalid with a clear reason.
Validity checkValidity(const GeometryStore& store, std::size_t f);

/// GEOS MakeValid.
Result<GeosGeometry> makeValid(const GEOSGeom_t* g);
/// Topology-preserving simplification with the given tolerance (in the geometry's units).
Result<GeosGeometry> simplifyPreserveTopology(const GEOSGeom_t* g, double tolerance);
/// Intersection of two geometries.
Result<GeosGeometry> intersection(const GEOSGeom_t* a, const GEOSGeom_t* b);
/// Planar distance between two geometries (in their units).
Result<double> distance(const GEOSGeom_t* a, const GEOSGeom_t* b);

} // namespace corridor::geo
