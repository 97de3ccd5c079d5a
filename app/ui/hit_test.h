#pragma once
// Hit testing in map pixels: which features of a projected layer are under a cursor (identify,
// tooltips, selection) and where to snap (measure). Uses the layer's spatial index, then exact
// geometry: points and lines within a pixel tolerance, polygons containing the cursor.
// Reads only immutable layer data: any thread.

#include "app/render/projected_layer.h"
#include "app/render/viewport.h"

#include <QPointF>

#include <optional>
#include <vector>

namespace corridor::ui {

struct FeatureHit {
    std::uint32_t row = 0;
    double distancePx = 0.0; // 0 inside a polygon
};

/// Features under `px`, nearest first (at most `maxHits`).
std::vector<FeatureHit> hitTest(const render::ProjectedLayer& layer, const render::Viewport& vp, QPointF px,
                                double tolerancePx = 6.0, std::size_t maxHits = 64);

/// The nearest point-feature position within `tolerancePx` of `px` (map CRS), if any.
std::optional<geo::MapPoint> snapToPoint(const render::ProjectedLayer& layer, const render::Viewport& vp, QPointF px,
                                         double tolerancePx = 10.0);

} // namespace corridor::ui
