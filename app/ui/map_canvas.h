#pragma once
// MapCanvas: the map widget. Renders in a worker thread into an image (one render job at a time per
// generation; stale jobs are cancelled through their flag and their results dropped) and, while the
// user pans or zooms, paints the last complete image shifted/scaled; a short single-shot timer folds a
// burst of input into one new render (STYLE.md §3). Navigation: wheel zoom anchored at the cursor, drag
// pan (left button with any tool, middle button always), keyboard (+/−, arrows, Home), previous/next
// view. Overlays (selection highlight, the active tool's drawing) are painted on top each frame.
//
// Thread affinity: GUI thread. Only immutable snapshots (shared pointers to read-only layer data) and
// the cancel flag are shared with workers.

#include "app/render/flow_overlay.h"
#include "app/render/map_renderer.h"
#include "app/ui/render_job.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QPixmap>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace corridor::ui {

class MapTool;

/// Features drawn highlighted above the map (selection, identify results).
struct Highlight {
    render::ProjectedLayerPtr layer;
    std::vector<std::uint32_t> rows;
};

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /// The layers to draw, bottom first. Re-renders at once (no history entry).
    void setLayers(std::vector<render::RenderLayer> layers);
    const std::vector<render::RenderLayer>& layers() const { return m_layers; }

    const geo::Crs& crs() const { return m_crs; }
    /// Switches the map CRS; `extent` (in the new CRS) is shown. Layers must be re-projected by the
    /// caller (setLayers) — the cached image of the old CRS is dropped.
    void setCrs(const geo::Crs& crs, const geo::Envelope& extent);

    const render::Viewport& viewport() const { return m_viewport; }
    /// Shows at least `extent` (map units), recording the previous view in the history.
    void setExtent(const geo::Envelope& extent);
    /// The overview of the layers (every non-area layer, falling back to all layers), with a margin.
    geo::Envelope fullExtent() const;
    /// Zooms to `extent` with a margin; a point-sized extent gets a sensible minimum size.
    void zoomToEnvelope(const geo::Envelope& extent, double marginFraction = 0.08);

    void zoomIn();
    void zoomOut();
    void zoomByFactor(double factor, std::optional<QPointF> anchorPx = std::nullopt);
    void panBy(QPointF deltaPx);
    void zoomToFullExtent();
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < static_cast<int>(m_history.size()); }
    void previousView();
    void nextView();

    /// Map scale denominator (1 : n) at the centre of the view, measured on the ellipsoid for the
    /// logical DPI of the screen; 0 when unknown.
    double scaleDenominator() const;

    /// The model's flows drawn over the line layers (null = none); re-renders at once. A small legend of
    /// the flow widths and utilisation colours is painted in the corner while an overlay is shown.
    void setFlowOverlay(render::FlowOverlayPtr flows);
    const render::FlowOverlayPtr& flowOverlay() const { return m_flows; }
    /// The flow line under a widget pixel (within `tolerancePx` of its drawn width), topmost first.
    const render::FlowLine* flowLineAt(QPointF px, double tolerancePx = 5.0) const;

    void setHighlights(std::vector<Highlight> highlights);
    const std::vector<Highlight>& highlights() const { return m_highlights; }

    /// The tool receiving clicks (not owned; null = pan only).
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }

    QColor background() const { return m_background; }
    void setBackground(const QColor& c);

    /// Starts a render at once (after the current event), e.g. after a style change.
    void refresh();

    // --- state for tests, benchmarks and the status bar --------------------------------------------
    bool isRendering() const { return m_running > 0 || m_timer.isActive(); }
    /// True when the image on screen was rendered for exactly the current viewport and layers.
    bool isFrameComplete() const { return m_frameComplete; }
    const QImage& lastImage() const { return m_image; }
    std::uint64_t generation() const { return m_generation; }
    const RenderResult& lastResult() const { return m_lastResult; }
    /// Duration of the last paintEvent, in milliseconds.
    double lastPaintMs() const { return m_lastPaintMs; }
    /// Number of paintEvents so far.
    std::uint64_t paintCount() const { return m_paintCount; }
    /// The debounce delay for interactive input (ms).
    void setInteractionDelay(int ms) { m_interactionDelayMs = ms; }

    /// Map point under a widget pixel.
    geo::MapPoint toMap(QPointF px) const { return m_viewport.toMap(px); }
    QPointF toPixel(const geo::MapPoint& p) const { return m_viewport.toPixel(p.x, p.y); }

    QSize sizeHint() const override { return {900, 600}; }

signals:
    /// The viewport changed (any navigation or resize).
    void extentChanged();
    /// A complete frame for the current viewport is on screen.
    void frameRendered(quint64 generation);
    void renderFailed(const QString& message);
    /// The cursor moved over the map (`px` in widget pixels).
    void cursorMoved(QPointF px);
    void cursorLeft();
    /// The mouse rested on the map for a moment (for tooltips).
    void hoverRested(QPointF px);
    /// Files were dropped onto the map.
    void filesDropped(const QStringList& paths);
    void historyChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setViewport(const render::Viewport& vp, int delayMs);
    void scheduleRender(int delayMs);
    void startRender();
    void renderFinished(QFutureWatcher<RenderResult>* watcher);
    void recordHistory();
    void applyHistory(int index);
    void paintHighlights(QPainter& p) const;
    void paintFlowLegend(QPainter& p) const;
    QPixmap renderFlowLegend(qreal devicePixelRatio) const;

    geo::Crs m_crs;
    render::Viewport m_viewport;
    std::optional<geo::Envelope> m_pendingExtent; // shown once the widget has a size
    std::vector<render::RenderLayer> m_layers;
    std::vector<Highlight> m_highlights;
    render::FlowOverlayPtr m_flows;
    mutable QPixmap m_flowLegend;                         // paintFlowLegend()'s cache
    mutable render::FlowOverlayPtr m_flowLegendFor;      // the overlay it shows (held: no address reuse)
    QColor m_background = QColor(0xd6, 0xe6, 0xf2);

    // Rendering
    QThreadPool m_pool;
    QTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::uint64_t m_generation = 0;
    int m_running = 0;
    QImage m_image;
    render::Viewport m_imageViewport;
    bool m_frameComplete = false;
    RenderResult m_lastResult;
    double m_lastPaintMs = 0.0;
    std::uint64_t m_paintCount = 0;
    int m_interactionDelayMs = 120;

    // Interaction
    MapTool* m_tool = nullptr;
    bool m_pressed = false;
    bool m_dragging = false;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    QPointF m_pressPos;
    render::Viewport m_pressViewport;
    QTimer m_hoverTimer;
    QPointF m_hoverPos;

    // History of views (extents in the current CRS)
    std::vector<geo::Envelope> m_history;
    int m_historyIndex = -1;
    bool m_navigatingHistory = false;
};

} // namespace corridor::ui
