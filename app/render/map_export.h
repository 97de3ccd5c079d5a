#pragma once
// Map export: a MapLayout page written to PDF (vector, text as text, fonts embedded), SVG (vector) or
// PNG (any DPI). Used by `corridor-atlas export` and by the UI's export dialog; runs in any thread that
// may use Qt Gui paint devices (QImage, QPdfWriter, QSvgGenerator need no GUI thread).

#include "app/render/map_layout.h"
#include "geo/error.h"

#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>

namespace corridor::render {

enum class ExportFormat { Pdf, Svg, Png };

/// The format for a file name's suffix (.pdf, .svg, .png), nullopt for anything else.
std::optional<ExportFormat> exportFormatFor(const QString& path);

/// Layout units per inch: layout pixels are 1/96 inch (PDF and SVG pages are 96 dpi devices).
inline constexpr double kLayoutDpi = 96.0;
/// Below this many pixels per side, a pixel-size page is the bare map (no room for a layout).
inline constexpr int kMinLayoutPx = 320;

struct PageSetup {
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool landscape = true;
    /// When valid: a page of exactly this many pixels (PNG) / pixels at 96 dpi (PDF, SVG), instead of paper.
    QSize pixels;
    int dpi = 300; // PNG only (with paper sizes)

    /// The page in layout units (logical pixels, 1/96 inch).
    QSizeF layoutSize() const;
    /// The PNG size in pixels.
    QSize imageSize() const;
};

struct ExportRequest {
    std::vector<RenderLayer> layers;
    geo::Crs crs;
    geo::Envelope extent; // map units of `crs`; enlarged to the frame's aspect ratio
    QColor background = QColor(0xd6, 0xe6, 0xf2);
    GraticuleStyle graticule;
    LayoutSpec layout;
    PageSetup page;
    QString outPath;
    /// Layers of the inset locator (usually just the countries); empty = no inset.
    std::vector<RenderLayer> insetLayers;
    /// The solved network drawn on the map (not on the inset), with its legend section; null = none.
    FlowOverlayPtr flows;
};

struct ExportResult {
    LayoutResult layout;
    QSize imageSize; // PNG: pixels; PDF/SVG: page in 1/96 inch
};

/// The attribution line of a briefing page: where the base map and the corridor data come from, and
/// the map CRS.
QString briefingAttribution(const geo::Crs& mapCrs);

/// A pixel page smaller than kMinLayoutPx on a side gets the map alone: `spec` loses title, legend,
/// scale bar, north arrow, inset and margins. Other pages keep `spec` as it is.
void fitLayoutToPage(LayoutSpec& spec, const PageSetup& page);

/// What one page draws: the map snapshot sized to the layout's map frame and, when the layout asks for
/// it, the inset locator (countries only, thin lines, no labels, around the map's extent).
struct PageSnapshots {
    QSizeF page;   // layout units (1/96 inch)
    QRectF frame;  // the map frame on the page
    RenderSnapshot map;
    RenderSnapshot inset;
    bool withInset = false;
};

/// The snapshots of `request`'s page, with `pixelRatio` device pixels per layout pixel (keeps detail
/// that is visible on the device). Shared by exportLayout() and the export dialog's preview, so the
/// preview is the page. InvalidArgument for an empty extent, a missing CRS or a page too small for a map.
geo::Result<PageSnapshots> pageSnapshots(const ExportRequest& request, double pixelRatio);

/// Draws and writes atomically (a failed export leaves any previous file untouched).
geo::Result<ExportResult> exportLayout(const ExportRequest& request);

/// Registers the DejaVu fonts shipped with Debian (fonts-dejavu-core) with the application font
/// database once, so output never depends on whatever else is installed. Safe to call repeatedly.
void ensureRenderFonts();

} // namespace corridor::render
