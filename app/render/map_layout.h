#pragma once
// MapLayout: a briefing page — the map frame plus title, subtitle/date, legend (only what the map shows),
// geodesic scale bar, north arrow (true north at the map centre), attribution line and an optional inset
// locator map. Drawn with the same renderMap() onto any QPainter; units are logical pixels (1/96 inch),
// the caller scales the painter to the device (PNG at any DPI) or uses a 96 dpi device (PDF, SVG).
//
// Thread affinity: none; a pure function of its inputs like renderMap().

#include "app/render/map_renderer.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace corridor::render {

struct LayoutSpec {
    QString title;
    QString subtitle;
    QString attribution;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool inset = false;
    double marginPx = 37.8; // 10 mm
    QString fontFamily = QStringLiteral("DejaVu Sans");
};

/// What a layout drew (for tests and the CLI).
struct LayoutResult {
    RenderStats map;
    QRectF mapFrame;
    QString scaleLabel;            // e.g. "200 km"
    double scaleBarKm = 0.0;
    double northAngleDeg = 0.0;    // clockwise from "up" on the page
    QStringList legendEntries;     // texts in the legend, in order
    /// Legend entries left out because the legend did not fit its area even with tighter rows, smaller
    /// type and more columns (0 normally; the CLI warns otherwise).
    int legendEntriesOmitted = 0;
};

class MapLayout {
public:
    /// The map frame (logical px) on a page of `pagePx` for `spec`: what the caller sizes the map
    /// viewport to.
    static QRectF mapFrame(const LayoutSpec& spec, QSizeF pagePx);

    /// Draws the page. `map.viewport.sizePx()` should equal mapFrame(...).size() (rounded);
    /// `inset` (optional) is drawn as the locator in the corner of the map frame, with the main map's
    /// extent outlined.
    static LayoutResult render(const LayoutSpec& spec, const RenderSnapshot& map, const RenderSnapshot* inset,
                               QPainter& painter, QSizeF pagePx);

    /// Ground distance along the horizontal through the map centre, metres per pixel (geodesic, WGS 84).
    static double metresPerPixelAtCentre(const Viewport& vp);
    /// Direction of true north at the map centre, degrees clockwise from straight up.
    static double northAngleAtCentre(const Viewport& vp);
    /// A round number of kilometres (1, 2, 2.5, 5 × 10^n) not longer than `maxKm`.
    static double roundKm(double maxKm);
};

} // namespace corridor::render
