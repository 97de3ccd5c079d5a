#include "app/ui/map_canvas.h"

#include "app/ui/map_tool.h"
#include "geo/crs_transform.h"
#include "geo/geodesic.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace corridor::ui {

namespace {
constexpr double kWheelStep = 1.25;  // zoom factor per wheel notch
constexpr double kKeyZoom = 1.5;     // zoom factor per +/− key
constexpr double kDragThresholdPx = 4.0;
constexpr std::size_t kMaxHighlighted = 20000; // beyond this the highlight would cost a frame

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Map"));
    setCursor(Qt::OpenHandCursor);
    // Two threads: a cancelled job may still be winding down while its successor starts.
    m_pool.setMaxThreadCount(2);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MapCanvas::startRender);
    m_hoverTimer.setSingleShot(true);
    m_hoverTimer.setInterval(450);
    connect(&m_hoverTimer, &QTimer::timeout, this, [this] { emit hoverRested(m_hoverPos); });
}

MapCanvas::~MapCanvas()
{
    // Never block on a worker: cancel it; the job owns its snapshot, its result goes nowhere.
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone(); // jobs reference nothing of ours, but the pool itself must outlive them
}

void MapCanvas::setLayers(std::vector<render::RenderLayer> layers)
{
    m_layers = std::move(layers);
    m_frameComplete = false;
    scheduleRender(0);
}

void MapCanvas::setCrs(const geo::Crs& crs, const geo::Envelope& extent)
{
    m_crs = crs;
    m_image = QImage(); // drawn in the old CRS: cannot be shifted into the new one
    m_history.clear();
    m_historyIndex = -1;
    if (size().isEmpty() || !isVisible()) {
        m_pendingExtent = extent;
        m_viewport = render::Viewport(m_crs, extent, size().isEmpty() ? QSize(900, 600) : size());
    } else {
        m_viewport = render::Viewport(m_crs, extent, size());
    }
    recordHistory();
    m_frameComplete = false;
    emit extentChanged();
    emit historyChanged();
    scheduleRender(0);
}

void MapCanvas::setExtent(const geo::Envelope& extent)
{
    if (extent.isNull())
        return;
    if (size().isEmpty()) {
        m_pendingExtent = extent;
    }
    setViewport(render::Viewport(m_crs, extent, size().isEmpty() ? QSize(900, 600) : size()), 0);
}

geo::Envelope MapCanvas::fullExtent() const
{
    geo::Envelope e;
    for (const auto& l : m_layers)
        if (l.layer && l.style.visible && l.layer->source().geometryType != geo::GeometryType::Polygon)
            e.expand(l.layer->extent());
    if (e.isNull())
        for (const auto& l : m_layers)
            if (l.layer)
                e.expand(l.layer->extent());
    return e.buffered(0.06 * std::max(e.width(), e.height()));
}

void MapCanvas::zoomToEnvelope(const geo::Envelope& extent, double marginFraction)
{
    if (extent.isNull())
        return;
    // A point (or a tiny feature) gets a view about 60 km wide in metric CRSs (0.6° in degrees).
    const double minSize = m_crs.isGeographic() ? 0.6 : 60000.0;
    geo::Envelope e = extent;
    if (e.width() < minSize && e.height() < minSize) {
        const double cx = e.centerX(), cy = e.centerY();
        e = geo::Envelope(cx - minSize / 2, cy - minSize / 2, cx + minSize / 2, cy + minSize / 2);
    }
    setExtent(e.buffered(marginFraction * std::max(e.width(), e.height())));
}

void MapCanvas::zoomIn() { zoomByFactor(kKeyZoom); }
void MapCanvas::zoomOut() { zoomByFactor(1.0 / kKeyZoom); }

void MapCanvas::zoomByFactor(double factor, std::optional<QPointF> anchorPx)
{
    if (!m_viewport.isValid())
        return;
    const QPointF anchor = anchorPx.value_or(QPointF(width() / 2.0, height() / 2.0));
    setViewport(m_viewport.zoomedAt(anchor, factor), m_interactionDelayMs);
}

void MapCanvas::panBy(QPointF deltaPx)
{
    if (m_viewport.isValid())
        setViewport(m_viewport.panned(deltaPx), m_interactionDelayMs);
}

void MapCanvas::zoomToFullExtent()
{
    const geo::Envelope e = fullExtent();
    if (!e.isNull())
        setExtent(e);
}

void MapCanvas::previousView()
{
    if (canGoBack())
        applyHistory(m_historyIndex - 1);
}

void MapCanvas::nextView()
{
    if (canGoForward())
        applyHistory(m_historyIndex + 1);
}

void MapCanvas::applyHistory(int index)
{
    m_historyIndex = index;
    m_navigatingHistory = true;
    setViewport(render::Viewport(m_crs, m_history[static_cast<std::size_t>(index)], size()), 0);
    m_navigatingHistory = false;
    emit historyChanged();
}

void MapCanvas::recordHistory()
{
    if (m_navigatingHistory || !m_viewport.isValid())
        return;
    const geo::Envelope& e = m_viewport.extent();
    if (m_historyIndex >= 0) {
        const geo::Envelope& cur = m_history[static_cast<std::size_t>(m_historyIndex)];
        const double tol = 0.5 * m_viewport.mapUnitsPerPixel();
        if (std::abs(cur.minX - e.minX) < tol && std::abs(cur.maxY - e.maxY) < tol && std::abs(cur.width() - e.width()) < tol)
            return;
    }
    m_history.resize(static_cast<std::size_t>(m_historyIndex + 1));
    m_history.push_back(e);
    if (m_history.size() > 100)
        m_history.erase(m_history.begin());
    m_historyIndex = static_cast<int>(m_history.size()) - 1;
    emit historyChanged();
}

double MapCanvas::scaleDenominator() const
{
    if (!m_viewport.isValid())
        return 0.0;
    auto tr = geo::CrsTransform::get(m_crs, geo::Crs::wgs84());
    if (!tr)
        return 0.0;
    const QPointF c(width() / 2.0, height() / 2.0);
    const geo::MapPoint a = m_viewport.toMap(c - QPointF(50, 0));
    const geo::MapPoint b = m_viewport.toMap(c + QPointF(50, 0));
    const geo::MapPoint ga = (*tr)->transform(a.x, a.y);
    const geo::MapPoint gb = (*tr)->transform(b.x, b.y);
    const double m = geo::geodesic::distanceM({ga.x, ga.y}, {gb.x, gb.y});
    if (!std::isfinite(m) || m <= 0)
        return 0.0;
    const double metresPerPixel = m / 100.0;
    const double screenMetresPerPixel = 0.0254 / std::max(1, logicalDpiX());
    return metresPerPixel / screenMetresPerPixel;
}

void MapCanvas::setFlowOverlay(render::FlowOverlayPtr flows)
{
    if (flows == m_flows)
        return;
    m_flows = std::move(flows);
    refresh();
}

const render::FlowLine* MapCanvas::flowLineAt(QPointF px, double tolerancePx) const
{
    if (!m_flows || !m_viewport.isValid())
        return nullptr;
    const render::FlowLine* best = nullptr;
    double bestDistance = 0.0;
    for (const render::FlowLine& line : m_flows->lines) {
        if (std::abs(line.flow) <= m_flows->style.minFlow && !line.outage)
            continue; // not drawn
        const double halfWidth = render::flowWidthPx(m_flows->style, line.commodity, line.flow) / 2.0;
        for (std::size_t i = 0; i + 1 < line.path.size(); ++i) {
            const QPointF a = m_viewport.toPixel(line.path[i].x(), line.path[i].y());
            const QPointF b = m_viewport.toPixel(line.path[i + 1].x(), line.path[i + 1].y());
            const double d = distanceToSegment(px, a, b) - halfWidth;
            if (d <= tolerancePx && (!best || d < bestDistance)) {
                best = &line;
                bestDistance = d;
            }
        }
    }
    return best;
}

void MapCanvas::setHighlights(std::vector<Highlight> highlights)
{
    m_highlights = std::move(highlights);
    update();
}

void MapCanvas::setMapTool(MapTool* tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivated();
    m_tool = tool;
    if (m_tool)
        m_tool->activated();
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::OpenHandCursor));
    update();
}

void MapCanvas::setBackground(const QColor& c)
{
    m_background = c;
    refresh();
}

void MapCanvas::refresh()
{
    m_frameComplete = false;
    scheduleRender(0);
}

void MapCanvas::setViewport(const render::Viewport& vp, int delayMs)
{
    if (!vp.isValid())
        return;
    m_viewport = vp;
    m_frameComplete = false;
    update();
    emit extentChanged();
    scheduleRender(delayMs);
    if (delayMs == 0)
        recordHistory();
}

void MapCanvas::scheduleRender(int delayMs)
{
    // A newer view makes any running job stale: stop it now rather than when it would finish.
    if (m_cancel)
        m_cancel->store(true);
    m_timer.start(delayMs);
}

void MapCanvas::startRender()
{
    // Hidden (not shown yet): the first show brings a resize, which renders at the real size.
    if (!m_viewport.isValid() || size().isEmpty() || !isVisible())
        return;
    recordHistory();
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    render::RenderSnapshot snap;
    snap.viewport = m_viewport;
    snap.layers = m_layers;
    snap.background = m_background;
    snap.flows = m_flows;
    snap.generation = ++m_generation;
    const qreal dpr = devicePixelRatioF();
    auto* watcher = new QFutureWatcher<RenderResult>(this);
    connect(watcher, &QFutureWatcher<RenderResult>::finished, this, [this, watcher] { renderFinished(watcher); });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(&m_pool, [snap = std::move(snap), dpr, cancel] { return runRenderJob(snap, dpr, cancel); }));
}

void MapCanvas::renderFinished(QFutureWatcher<RenderResult>* watcher)
{
    --m_running;
    watcher->deleteLater();
    RenderResult r = watcher->result();
    if (r.generation != m_generation)
        return; // stale: a newer job is on its way
    if (!r.error.isEmpty()) {
        emit renderFailed(r.error);
        return;
    }
    if (r.image.isNull())
        return; // cancelled
    m_image = std::move(r.image);
    m_imageViewport = r.viewport;
    r.image = QImage();
    m_lastResult = std::move(r);
    m_frameComplete = !m_timer.isActive();
    update();
    if (m_frameComplete)
        emit frameRendered(m_generation);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QElapsedTimer t;
    t.start();
    QPainter p(this);
    if (m_image.isNull() || !m_imageViewport.isValid() || !m_viewport.isValid()) {
        p.fillRect(rect(), m_background);
    } else {
        const geo::Envelope& e = m_imageViewport.extent();
        const QRectF target(m_viewport.toPixel(e.minX, e.maxY), m_viewport.toPixel(e.maxX, e.minY));
        if (!target.contains(QRectF(rect())))
            p.fillRect(rect(), m_background);
        // Same scale: a plain blit (fast); otherwise a scaled preview until the new frame arrives.
        const bool sameScale = std::abs(m_imageViewport.mapUnitsPerPixel() - m_viewport.mapUnitsPerPixel())
            <= 1e-9 * m_viewport.mapUnitsPerPixel();
        if (sameScale)
            p.drawImage(QPointF(std::round(target.left()), std::round(target.top())), m_image);
        else
            p.drawImage(target, m_image);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    paintHighlights(p);
    paintFlowLegend(p);
    if (m_tool)
        m_tool->paint(p);
    if (hasFocus()) {
        QPen focusPen(palette().color(QPalette::Highlight), 2);
        p.setPen(focusPen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    m_lastPaintMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    ++m_paintCount;
}

void MapCanvas::paintHighlights(QPainter& p) const
{
    if (m_highlights.empty() || !m_viewport.isValid())
        return;
    const QPen halo(QColor(255, 221, 0, 220), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen core(QColor(214, 20, 90), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QBrush fill(QColor(255, 221, 0, 80));
    const geo::Envelope view = m_viewport.extent().buffered(m_viewport.mapUnitsPerPixel() * 10);
    std::size_t drawn = 0;
    for (const Highlight& h : m_highlights) {
        if (!h.layer)
            continue;
        const geo::GeometryStore& g = h.layer->geometry();
        for (std::uint32_t f : h.rows) {
            if (f >= g.featureCount() || !view.intersects(g.featureEnvelope(f)))
                continue;
            if (++drawn > kMaxHighlighted)
                return;
            for (auto part = g.featurePartBegin(f); part < g.featurePartEnd(f); ++part) {
                const geo::PartKind kind = g.partKind(part);
                QPainterPath path;
                for (auto r = g.partRingBegin(part); r < g.partRingEnd(part); ++r) {
                    const auto c = g.ringCoords(r);
                    if (kind == geo::PartKind::Point) {
                        if (c.size() >= 2 && std::isfinite(c[0]) && std::isfinite(c[1])) {
                            const QPointF px = m_viewport.toPixel(c[0], c[1]);
                            path.addEllipse(px, 7, 7);
                        }
                        continue;
                    }
                    bool first = true;
                    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
                        if (!std::isfinite(c[i]) || !std::isfinite(c[i + 1])) {
                            first = true;
                            continue;
                        }
                        const QPointF px = m_viewport.toPixel(c[i], c[i + 1]);
                        if (first)
                            path.moveTo(px);
                        else
                            path.lineTo(px);
                        first = false;
                    }
                    if (kind == geo::PartKind::Polygon)
                        path.closeSubpath();
                }
                const bool filled = kind != geo::PartKind::Line;
                p.setBrush(Qt::NoBrush);
                p.setPen(halo);
                p.drawPath(path);
                p.setPen(core);
                p.setBrush(filled ? fill : QBrush(Qt::NoBrush));
                p.drawPath(path);
            }
        }
    }
}

void MapCanvas::paintFlowLegend(QPainter& p) const
{
    // Drawn once per overlay (and language, and device pixel ratio) into a pixmap: a pan repaints the
    // canvas at every mouse move, and text layout is the costly part of this box.
    const qreal dpr = devicePixelRatioF();
    if (m_flowLegendFor != m_flows || m_flowLegend.devicePixelRatio() != dpr)
        m_flowLegend = renderFlowLegend(dpr);
    m_flowLegendFor = m_flows;
    if (!m_flowLegend.isNull())
        p.drawPixmap(QPointF(8, height() - 8 - m_flowLegend.height() / dpr), m_flowLegend);
}

QPixmap MapCanvas::renderFlowLegend(qreal dpr) const
{
    if (!m_flows || m_flows->isEmpty())
        return {};
    const render::FlowStyle& st = m_flows->style;
    struct Sample {
        QString commodity;
        double flow;
    };
    std::vector<Sample> samples;
    for (const char* c : {"gas", "power"}) {
        const QString commodity = QString::fromLatin1(c);
        const auto it = st.maxFlow.find(commodity);
        const bool present = std::any_of(m_flows->lines.begin(), m_flows->lines.end(),
                                         [&](const render::FlowLine& l) { return l.commodity == commodity && std::abs(l.flow) > st.minFlow; });
        if (it == st.maxFlow.end() || it->second <= 0 || !present)
            continue;
        for (double f : {1.0, 0.5, 0.1})
            samples.push_back({commodity, f * it->second});
    }
    if (samples.empty())
        return {};
    QFont font = this->font();
    font.setPixelSize(11);
    const QFontMetricsF fm(font);
    const double rowH = std::max(fm.height(), st.maxWidthPx) + 4;
    const QString title = st.difference ? tr("Δ flow (blue more, red less)") : tr("Flow (colour: utilisation)");
    double textW = fm.horizontalAdvance(title);
    std::vector<QString> labels;
    for (const Sample& s : samples) {
        labels.push_back(model::formatQuantity(s.commodity, s.flow, st.gasUnit));
        textW = std::max(textW, 44 + fm.horizontalAdvance(labels.back()));
    }
    const double rampRowH = st.difference ? 0.0 : fm.height() + 10;
    const QRectF box(0.5, 0.5, textW + 16, fm.height() + 6 + rowH * samples.size() + rampRowH + 6);
    QPixmap pixmap((box.size() + QSizeF(1, 1)).toSize() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QColor(0x20, 0x20, 0x20));
    double y = box.top() + 4;
    p.drawText(QPointF(box.left() + 8, y + fm.ascent()), title);
    y += fm.height() + 4;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        render::FlowLine probe;
        probe.commodity = samples[i].commodity;
        probe.flow = samples[i].flow;
        probe.utilisation = 0.5;
        const double w = render::flowWidthPx(st, samples[i].commodity, samples[i].flow);
        p.setPen(QPen(render::flowColour(st, probe), w, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(box.left() + 8, y + rowH / 2), QPointF(box.left() + 38, y + rowH / 2));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QRectF(box.left() + 44, y, textW, rowH), Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
        y += rowH;
    }
    if (!st.difference) {
        // Utilisation ramp: the renderer's colours at 0, 50, 90 and 100 %.
        const double w = (box.width() - 16) / 4.0;
        int k = 0;
        for (double u : {0.0, 0.5, 0.9, 1.0}) {
            render::FlowLine probe;
            probe.flow = 1.0;
            probe.utilisation = u;
            p.fillRect(QRectF(box.left() + 8 + k * w, y + 2, w, 5), render::flowColour(st, probe));
            ++k;
        }
        p.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF under(box.left() + 8, y + 7, box.width() - 16, fm.height());
        p.drawText(under, Qt::AlignLeft | Qt::AlignVCenter, tr("0 %"));
        p.drawText(under, Qt::AlignHCenter | Qt::AlignVCenter, tr("utilisation"));
        p.drawText(under, Qt::AlignRight | Qt::AlignVCenter, tr("100 %"));
    }
    p.end();
    return pixmap;
}

void MapCanvas::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_flowLegendFor.reset(); // its texts
        update();
    }
    QWidget::changeEvent(event);
}

void MapCanvas::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_image.isNull())
        scheduleRender(0);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (size().isEmpty())
        return;
    if (m_pendingExtent) {
        const geo::Envelope e = *m_pendingExtent;
        m_pendingExtent.reset();
        m_viewport = render::Viewport(m_crs, e, size());
        m_history.clear();
        m_historyIndex = -1;
        recordHistory();
        emit extentChanged();
        scheduleRender(0);
        return;
    }
    if (!m_viewport.isValid())
        return;
    m_viewport = m_viewport.resized(size());
    m_frameComplete = false;
    emit extentChanged();
    // A window being resized sends a burst of these: render once it settles.
    scheduleRender(m_image.isNull() ? 0 : 60);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    zoomByFactor(std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressButton = event->button();
        m_pressPos = event->position();
        m_pressViewport = m_viewport;
        m_hoverTimer.stop();
    } else if (event->button() == Qt::RightButton && m_tool) {
        m_tool->rightClicked(event->position());
    }
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    emit cursorMoved(pos);
    if (m_pressed) {
        const QPointF d = pos - m_pressPos;
        if (!m_dragging && (std::abs(d.x()) + std::abs(d.y()) >= kDragThresholdPx || m_pressButton == Qt::MiddleButton)) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging && m_pressViewport.isValid()) {
            m_viewport = m_pressViewport.panned(d);
            m_frameComplete = false;
            update();
            emit extentChanged();
            // Render when the hand rests; the shifted image covers the meantime.
            scheduleRender(m_interactionDelayMs * 2);
        }
        return;
    }
    if (m_tool)
        m_tool->hovered(pos);
    m_hoverPos = pos;
    m_hoverTimer.start();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != m_pressButton)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::OpenHandCursor));
        scheduleRender(0);
        recordHistory();
        return;
    }
    if (m_pressButton == Qt::LeftButton && m_tool)
        m_tool->clicked(event->position(), event->modifiers());
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_tool)
        m_tool->doubleClicked(event->position());
    else if (event->button() == Qt::LeftButton)
        zoomByFactor(2.0, event->position());
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (m_tool && m_tool->keyPressed(event))
        return;
    const double step = 0.25;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(QPointF(width() * step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-width() * step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, height() * step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -height() * step));
        break;
    case Qt::Key_Home:
        zoomToFullExtent();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent* event)
{
    m_hoverTimer.stop();
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

void MapCanvas::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MapCanvas::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& u : event->mimeData()->urls())
        if (u.isLocalFile())
            paths << u.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

bool MapCanvas::event(QEvent* event)
{
    // Arrow keys and +/− belong to the map when it has focus (not to focus navigation).
    if (event->type() == QEvent::ShortcutOverride) {
        auto* ke = static_cast<QKeyEvent*>(event);
        switch (ke->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Plus:
        case Qt::Key_Minus:
        case Qt::Key_Equal:
        case Qt::Key_Home:
            if (ke->modifiers() == Qt::NoModifier || ke->modifiers() == Qt::KeypadModifier) {
                event->accept();
                return true;
            }
            break;
        case Qt::Key_Escape:
        case Qt::Key_Space:
        case Qt::Key_Backspace:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_tool) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::event(event);
}

} // namespace corridor::ui
