#include "app/render/projected_layer.h"

#include "geo/crs_transform.h"

namespace corridor::render {

geo::Result<std::shared_ptr<const ProjectedLayer>> ProjectedLayer::create(geo::LayerDataPtr source, const geo::Crs& mapCrs)
{
    auto tr = geo::CrsTransform::get(source->crs, mapCrs);
    if (!tr)
        return tr.error();
    auto p = std::shared_ptr<ProjectedLayer>(new ProjectedLayer());
    p->m_crs = mapCrs;
    p->m_geometry = source->geometry;
    if (!(*tr)->isIdentity()) {
        (*tr)->transformInPlace(p->m_geometry.coords());
        p->m_geometry.recomputeEnvelopes();
    }
    p->m_source = std::move(source);
    return std::shared_ptr<const ProjectedLayer>(std::move(p));
}

const geo::SpatialIndex& ProjectedLayer::spatialIndex() const
{
    std::call_once(m_indexOnce, [this] {
        std::vector<geo::Envelope> envs(m_geometry.featureCount());
        for (std::size_t i = 0; i < envs.size(); ++i)
            envs[i] = m_geometry.featureEnvelope(i);
        m_index = std::make_unique<geo::SpatialIndex>(envs);
    });
    return *m_index;
}

} // namespace corridor::render
