#pragma once
// The one renderer behind the canvas, the CLI export and the tests: draws an immutable RenderSnapshot
// onto any QPainter (QImage, PDF, SVG). Pure function of its input; safe to run in a worker thread
// (each call uses only the snapshot and the painter it is given).

#include "app/render/layer_style.h"
#include "app/render/projected_layer.h"
#include "app/render/viewport.h"

#include <QColor>

#include <atomic>
#include <cstdint>
#include <vector>

class QPainter;

namespace corridor::render {

struct RenderLayer {
    ProjectedLayerPtr layer;
    LayerStyle style;
};

/// Everything one frame needs, by value or read-only shared pointer.
struct RenderSnapshot {
    Viewport viewport;
    std::vector<RenderLayer> layers; // drawn in order (first = bottom)
    QColor background = QColor(0xd6, 0xe6, 0xf2); // sea
    std::uint64_t generation = 0;
};

struct RenderStats {
    std::size_t featuresConsidered = 0; // after culling
    std::size_t featuresDrawn = 0;
    std::size_t pointsDrawn = 0;
    double cullMs = 0.0;
    double drawMs = 0.0;
    bool cancelled = false;
};

/// Draws `snapshot` onto `painter`, whose device is `snapshot.viewport.sizePx()` (logical) pixels.
/// Stops early (stats.cancelled) when `cancel` becomes true.
RenderStats renderMap(const RenderSnapshot& snapshot, QPainter& painter, const std::atomic_bool* cancel = nullptr);

} // namespace corridor::render
