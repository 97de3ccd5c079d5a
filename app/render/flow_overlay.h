#pragma once
// FlowOverlay: the solved network drawn over the map — one line per link carrying flow, width ∝ |flow|
// (per commodity, comparable within gas and within power), an arrow head in the flow direction, colour by
// utilisation (or, in difference mode, by the sign of Δflow), and a label such as "3.1 bcm/yr".
// Links bound to a map feature (model::Link::featureId = the "id" attribute of a gas_pipelines /
// power_links feature) follow that feature's geometry, oriented from → to; other links follow the
// geodesic between their end nodes' positions.
//
// Built once per solve (GUI: on the GUI thread or a worker; CLI: before the export), in map units of the
// map CRS; immutable and shared with render jobs through RenderSnapshot::flows (read-only). Drawn by
// renderMap() above the line layers and below the point layers; its labels go through the same label
// engine (no overlaps). MapLayout's legend shows the flow widths when an overlay is present.

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/layer_data.h"
#include "model/flow_solver.h"
#include "model/network.h"
#include "model/units.h"

#include <QColor>
#include <QPointF>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace corridor::render {

struct FlowLine {
    QString linkId;
    QString name;             // link name (details, tooltips)
    QString commodity;        // "gas", "power" or empty
    std::vector<QPointF> path; // map units, ordered from → to (the link's direction, not the flow's)
    double flow = 0.0;        // signed model units: positive from → to; in difference mode, Δflow
    double utilisation = 0.0; // |flow| / capacity (0 when capacity is 0)
    bool outage = false;      // out of service: drawn thin, dashed, grey
    bool bottleneck = false;  // on the minimum cut: emphasised
    QString label;            // e.g. "3.1 bcm/yr" (units of the caller's choice); empty = no label
};

struct FlowStyle {
    double maxWidthPx = 14.0; // width of the largest flow of a commodity (`maxFlow`)
    double minWidthPx = 1.2;  // width of any non-zero flow
    std::map<QString, double> maxFlow; // per commodity: flow (model units) drawn at maxWidthPx
    model::GasUnit gasUnit = model::GasUnit::BcmPerYear; // unit of labels and legend
    bool difference = false;  // Δflow mode: blue = more flow, red = less; width ∝ |Δflow|
    bool labels = true;
    bool arrows = true;
    double minFlow = 1e-9;    // |flow| at or below this is not drawn (but outages are)
    /// Difference mode, optional: the scenarios compared (Δ = scenarioName − referenceName), named in
    /// the legend.
    QString scenarioName;
    QString referenceName;
};

struct FlowOverlay {
    std::vector<FlowLine> lines;
    FlowStyle style;
    bool isEmpty() const { return lines.empty(); }
};
using FlowOverlayPtr = std::shared_ptr<const FlowOverlay>;

/// Builds the overlay for `result` solved on `network`: each link's geometry from the feature of
/// `featureLayers` whose "id" attribute equals link.featureId (multi-part lines: the parts chained in
/// the order nearest to the end nodes), else the densified geodesic between the end nodes' positions;
/// projected to `mapCrs`. Links with neither are left out (listed in the returned overlay's absence).
/// When both end nodes lie on the feature (within 5 % of its length) and away from its ends, only the
/// stretch between them is drawn: two links sharing one pipeline (TANAP east and west of Eskişehir) do
/// not overlap. Every link is in the overlay, zero flows included (the renderer skips |flow| ≤ minFlow
/// unless out of service); labels are left empty for those and for outages.
/// style.maxFlow is filled with each commodity's capacity maximum (so widths do not jump between
/// scenarios) unless the caller set it. Labels use formatQuantity() in style.gasUnit.
geo::Result<FlowOverlay> buildFlowOverlay(const model::Network& network, const model::FlowResult& result,
                                          const std::vector<geo::LayerDataPtr>& featureLayers,
                                          const geo::Crs& mapCrs, FlowStyle style = {});

/// The difference `after − before` over the same network (scenario comparison): flow = Δflow,
/// utilisation of `after`, labels "+1.2 bcm/yr" / "−0.4 bcm/yr"; links with |Δ| ≤ minFlow are dropped
/// unless out of service in `after` (drawn as outages).
geo::Result<FlowOverlay> buildFlowDifference(const model::Network& network, const model::FlowResult& before,
                                             const model::FlowResult& after,
                                             const std::vector<geo::LayerDataPtr>& featureLayers,
                                             const geo::Crs& mapCrs, FlowStyle style = {});

/// Line width for a flow of `flow` (model units) of `commodity` under `style`.
double flowWidthPx(const FlowStyle& style, const QString& commodity, double flow);
/// Colour for a utilisation (0 green → 0.5 yellow → 0.9 orange → ≥1 dark red) or, in difference mode, by sign.
QColor flowColour(const FlowStyle& style, const FlowLine& line);

} // namespace corridor::render
