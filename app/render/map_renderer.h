#pragma once
// The one renderer behind the canvas, the CLI export and the tests: draws an immutable RenderSnapshot
// onto any QPainter (QImage, PDF, SVG). Pure function of its input; safe to run in a worker thread
// (each call uses only the snapshot and the painter it is given).
//
// A frame: background (sea), polygon layers, the optional graticule, line layers (casing first), the flow
// overlay (if any), point layers (icons), then labels placed by the LabelEngine (priorities, no overlaps,
// never cut at the edge).

#include "app/render/flow_overlay.h"
#include "app/render/layer_style.h"
#include "app/render/projected_layer.h"
#include "app/render/viewport.h"

#include <QColor>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <atomic>
#include <cstdint>
#include <vector>

class QPainter;

namespace corridor::render {

struct RenderLayer {
    ProjectedLayerPtr layer;
    LayerStyle style;
};

struct GraticuleStyle {
    bool enabled = false;
    double stepDeg = 0.0; // 0 = chosen from the scale (1, 2, 5, 10, 15, 30 degrees)
    QColor color = QColor(0x5d, 0x7f, 0x9e, 110);
    bool labels = true;
};

/// Everything one frame needs, by value or read-only shared pointer.
struct RenderSnapshot {
    Viewport viewport;
    std::vector<RenderLayer> layers; // drawn in order (first = bottom)
    QColor background = QColor(0xd6, 0xe6, 0xf2); // sea
    std::uint64_t generation = 0;
    bool labels = true;
    GraticuleStyle graticule;
    /// Device pixels per viewport pixel (e.g. 3.125 for a 300 dpi export of a 96 dpi layout); used to
    /// keep detail that would be visible on the device.
    double pixelRatio = 1.0;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    /// Areas (viewport pixels) that labels must keep clear of: layout items drawn over the map (legend,
    /// scale bar, north arrow, inset).
    std::vector<QRectF> labelObstacles;
    /// The solved network drawn over the line layers and under the point layers (null = none).
    FlowOverlayPtr flows;
};

/// What a frame drew of one layer: for the legend (only what is visible is listed).
struct LayerUsage {
    bool drawn = false;
    bool othersDrawn = false;               // features drawn with the base symbol
    std::vector<bool> categoriesDrawn;      // per category / graduated class
};

struct RenderStats {
    std::size_t featuresConsidered = 0; // after culling
    std::size_t featuresDrawn = 0;
    std::size_t pointsDrawn = 0;
    std::size_t labelsPlaced = 0;
    double cullMs = 0.0;
    double transformMs = 0.0; // map units -> pixels, level-of-detail selection
    double drawMs = 0.0;
    double labelMs = 0.0;
    bool cancelled = false;
    std::vector<LayerUsage> layers; // parallel to snapshot.layers
    std::vector<QString> labels;    // the labels placed
    std::vector<QPolygonF> labelBoxes; // their outlines in pixels (rotated rectangles), parallel to `labels`
    // The flow overlay, as far as it was drawn (for the legend: only what the map shows).
    std::size_t flowLinesDrawn = 0;          // links drawn with a flow (outages not counted)
    std::vector<QString> flowCommodities;    // commodities of those links, sorted, each once
    bool flowBottlenecksDrawn = false;
    bool flowOutagesDrawn = false;
};

/// Text (labels, graticule degrees) needs a QGuiApplication (the offscreen platform is enough); without
/// one the frame is drawn without text.
/// Draws `snapshot` onto `painter`, whose device is `snapshot.viewport.sizePx()` (logical) pixels
/// (the painter may carry a scale, e.g. for print). Stops early (stats.cancelled) when `cancel` becomes true.
RenderStats renderMap(const RenderSnapshot& snapshot, QPainter& painter, const std::atomic_bool* cancel = nullptr);

/// The QFont used for labels and layout text: the given family (DejaVu Sans by default, a Debian build
/// dependency), pixel size, no hinting, no font merging, so output does not depend on the machine.
QFont renderFont(const QString& family, double pixelSize, bool bold = false, bool italic = false);

} // namespace corridor::render
