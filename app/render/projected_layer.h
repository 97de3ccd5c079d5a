#pragma once
// ProjectedLayer: a layer's geometry transformed once into a map CRS (bulk PROJ call), with its own
// spatial index in map units. Immutable and shareable across threads; a new one is made when the map
// CRS changes. The source LayerData is kept for attributes.

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/geometry_store.h"
#include "geo/layer_data.h"
#include "geo/spatial_index.h"

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
    const geo::GeometryStore& geometry() const { return m_geometry; }
    const geo::Envelope& extent() const { return m_geometry.extent(); }
    const geo::SpatialIndex& spatialIndex() const;

private:
    ProjectedLayer() = default;
    geo::LayerDataPtr m_source;
    geo::Crs m_crs;
    geo::GeometryStore m_geometry;
    mutable std::unique_ptr<geo::SpatialIndex> m_index;
    mutable std::once_flag m_indexOnce;
};

using ProjectedLayerPtr = std::shared_ptr<const ProjectedLayer>;

} // namespace corridor::render
