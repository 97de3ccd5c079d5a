#pragma once
// ProjectedLayer: a layer's geometry transformed once into a map CRS (bulk PROJ call), with its own
// spatial index in map units. Immutable and shareable across threads; a new one is made when the map
// CRS changes. The source LayerData is kept for attributes.

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/geometry_store.h"
#include "geo/layer_data.h"
#include "geo/spatial_index.h"

#include <map>
#include <memory>
#include <mutex>

namespace corridor::render {

class ProjectedLayer {
public:
    /// Transforms `source` into `mapCrs`. Points that cannot be transformed become NaN and are skipped
    /// when drawing; a transform that cannot be created is an error.
    static geo::Result<std::shared_ptr<const ProjectedLayer>> create(geo::LayerDataPtr source, const geo::Crs& mapCrs);

    const geo::LayerData& source() const { return *m_source; }
    const geo::LayerDataPtr& sourcePtr() const { return m_source; }
    const geo::Crs& crs() const { return m_crs; }
    const geo::GeometryStore& geometry() const { return *m_geom; }
    const geo::Envelope& extent() const { return m_geom->extent(); }
    const geo::SpatialIndex& spatialIndex() const;

    /// Level of detail: the geometry to draw at `mapUnitsPerPixel`. Small layers, and scales where
    /// simplification would gain little, get the full geometry. Otherwise a simplified copy for the scale
    /// band (tolerance = the power of two in map units nearest to one pixel) is built once per band and
    /// cached; thread-safe. The copy keeps every feature, part and ring (same ids, so the spatial index
    /// and attributes still apply); rings that shrink below a pixel keep only their end points.
    const geo::GeometryStore& geometryForScale(double mapUnitsPerPixel) const;
    /// Layers with fewer points than this are always drawn at full detail.
    static constexpr std::size_t kLodMinPoints = 20000;

    /// The level-of-detail copy of `g` at tolerance `tol` (map units): same features, parts and rings;
    /// radial-distance pass, then Douglas–Peucker per ring. With `threads` > 1, ranges of whole features
    /// are simplified in parallel and concatenated in order — the same result as one thread.
    static std::unique_ptr<geo::GeometryStore> simplified(const geo::GeometryStore& g, double tol, unsigned threads = 1);
    /// Threads used to project or simplify a layer of `points` points (1 below 400,000; else the cores,
    /// at most 8).
    static unsigned workerThreads(std::size_t points);

private:
    ProjectedLayer() = default;
    geo::LayerDataPtr m_source;
    geo::Crs m_crs;
    geo::GeometryStore m_geometry; // the transformed copy (empty when the map CRS is the source CRS)
    const geo::GeometryStore* m_geom = &m_geometry; // what is drawn: m_geometry or the source's own store
    mutable std::unique_ptr<geo::SpatialIndex> m_index;
    mutable std::once_flag m_indexOnce;
    mutable std::mutex m_lodMutex;
    mutable std::map<int, std::unique_ptr<geo::GeometryStore>> m_lod; // by log2(tolerance)
};

using ProjectedLayerPtr = std::shared_ptr<const ProjectedLayer>;

} // namespace corridor::render
