#pragma once
// GeometryStore: every geometry of a layer in a few contiguous arrays, the way renderers and transforms
// like them (one proj_trans_generic call per layer, no per-feature allocation).
//
//   feature f  -> parts   [featurePart[f],  featurePart[f+1])     a point, a linestring or a polygon
//   part p     -> rings   [partRing[p],     partRing[p+1])        1 ring for points/lines; polygon: exterior first
//   ring r     -> points  [ringPoint[r],    ringPoint[r+1])       interleaved x,y in `xy`
//
// A feature with no geometry (or an empty one) has zero parts. The store is a plain value: copy it to
// transform it into another CRS, share it read-only (std::shared_ptr<const ...>) across threads.

#include "geo/types.h"

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace corridor::geo {

enum class GeometryType : std::uint8_t {
    None = 0,   // no geometry (attribute-only row, or empty)
    Point,
    Line,       // LineString / MultiLineString
    Polygon,    // Polygon / MultiPolygon
    Mixed,      // a layer holding several kinds (GeoJSON, GeometryCollection)
};

/// The kind of one part: what its rings mean.
enum class PartKind : std::uint8_t { Point = 1, Line = 2, Polygon = 3 };

const char* geometryTypeName(GeometryType t);

class GeometryStore {
public:
    GeometryStore();

    // --- building (single-threaded, append-only) ---------------------------------------------------
    /// Start a new feature; the parts added until the next beginFeature() belong to it.
    void beginFeature();
    /// Start a part of the current feature.
    void beginPart(PartKind kind);
    /// Start a ring of the current part.
    void beginRing();
    void addPoint(double x, double y)
    {
        m_xy.push_back(x);
        m_xy.push_back(y);
        if (std::isfinite(x) && std::isfinite(y))
            m_envelopes.back().expand(x, y);
    }
    /// Bulk alternative to addPoint(): grows the coordinate array by `points` and returns where to
    /// write their x,y pairs. The caller reports their envelope with expandFeatureEnvelope().
    double* appendCoords(std::size_t points)
    {
        const std::size_t at = m_xy.size();
        m_xy.resize(at + 2 * points);
        return m_xy.data() + at;
    }
    /// Grows the current feature's envelope (for coordinates written through appendCoords()).
    void expandFeatureEnvelope(const Envelope& e) { m_envelopes.back().expand(e); }
    /// Finish building: closes the offset arrays and the extent.
    void finish();
    void reserve(std::size_t features, std::size_t points);
    /// Reserve room for this many points in total (a no-op when there is room already).
    void reservePoints(std::size_t points) { m_xy.reserve(2 * points); }
    std::size_t pointCapacity() const { return m_xy.capacity() / 2; }

    /// A position in the build to return to when a geometry turns out to be unusable half-way.
    struct Mark {
        std::size_t xy, rings, parts;
        std::uint64_t ringTail;
        std::uint32_t partTail, featureTail;
        Envelope envelope;
    };
    Mark mark() const;
    /// Drops everything appended to the current feature since `m`.
    void rollback(const Mark& m);

    // --- reading -----------------------------------------------------------------------------------
    std::size_t featureCount() const { return m_featurePart.size() - 1; }
    std::size_t partCount() const { return m_partRing.size() - 1; }
    std::size_t ringCount() const { return m_ringPoint.size() - 1; }
    std::size_t pointCount() const { return m_xy.size() / 2; }

    std::uint32_t featurePartBegin(std::size_t f) const { return m_featurePart[f]; }
    std::uint32_t featurePartEnd(std::size_t f) const { return m_featurePart[f + 1]; }
    PartKind partKind(std::size_t p) const { return m_partKind[p]; }
    std::uint32_t partRingBegin(std::size_t p) const { return m_partRing[p]; }
    std::uint32_t partRingEnd(std::size_t p) const { return m_partRing[p + 1]; }
    std::uint64_t ringPointBegin(std::size_t r) const { return m_ringPoint[r]; }
    std::uint64_t ringPointEnd(std::size_t r) const { return m_ringPoint[r + 1]; }
    std::size_t ringSize(std::size_t r) const { return static_cast<std::size_t>(m_ringPoint[r + 1] - m_ringPoint[r]); }
    /// The ring's coordinates as x0,y0,x1,y1,...
    std::span<const double> ringCoords(std::size_t r) const
    {
        return {m_xy.data() + 2 * m_ringPoint[r], 2 * ringSize(r)};
    }
    MapPoint point(std::uint64_t i) const { return {m_xy[2 * i], m_xy[2 * i + 1]}; }

    /// The kind of the feature's geometry (None when it has no parts).
    GeometryType featureType(std::size_t f) const;
    const Envelope& featureEnvelope(std::size_t f) const { return m_envelopes[f]; }
    const Envelope& extent() const { return m_extent; }

    /// All coordinates, interleaved; mutable so a CRS transform can rewrite them in place (then call
    /// recomputeEnvelopes(); finish() does it when coordinates were touched this way while building).
    std::vector<double>& coords()
    {
        m_coordsTouched = true;
        return m_xy;
    }
    const std::vector<double>& coords() const { return m_xy; }
    /// Recompute envelopes after coords() were rewritten (e.g. by a transform). Non-finite points are
    /// left out of envelopes.
    void recomputeEnvelopes();

    /// Memory held by the arrays, in bytes.
    std::size_t memoryBytes() const;

private:
    std::vector<double> m_xy;
    std::vector<std::uint64_t> m_ringPoint;   // ringCount + 1
    std::vector<std::uint32_t> m_partRing;    // partCount + 1
    std::vector<PartKind> m_partKind;         // partCount
    std::vector<std::uint32_t> m_featurePart; // featureCount + 1
    std::vector<Envelope> m_envelopes;        // featureCount
    Envelope m_extent;
    bool m_coordsTouched = false;
};

} // namespace corridor::geo
