#include "app/render/map_renderer.h"

#include "app/render/label_engine.h"
#include "geo/crs_transform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>
#include <memory>
#include <unordered_map>

namespace corridor::render {

QFont renderFont(const QString& family, double pixelSize, bool bold, bool italic)
{
    QFont f(family);
    // Points at the 96 dpi every render device is set up with (QImage 3780 dpm, PDF/SVG resolution 96):
    // fractional sizes survive, unlike setPixelSize().
    f.setPointSizeF(pixelSize * 72.0 / 96.0);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::NoFontMerging));
    f.setKerning(true);
    // A tiny non-zero spacing turns off ligatures (Qt 6.4 has no font-feature API): "fi" must stay two
    // letters so the PDF's text can be searched and copied.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest step Qt keeps (26.6 fixed point)
    return f;
}

namespace {

class RenderText {
    Q_DECLARE_TR_FUNCTIONS(RenderText)
};

constexpr double kMinStepPx = 0.5; // drop vertices closer than this (device pixels) to the previous one

/// Icons are parsed once per thread (QSvgRenderer is a QObject: never shared between threads).
QSvgRenderer* iconRenderer(const QString& path)
{
    thread_local std::unordered_map<std::u16string, std::unique_ptr<QSvgRenderer>> cache;
    auto& slot = cache[path.toStdU16String()];
    if (!slot)
        slot = std::make_unique<QSvgRenderer>(path);
    return slot->isValid() ? slot.get() : nullptr;
}

/// Pixel geometry of the culled features of one layer: the "transform" phase of a frame.
struct PixelRing {
    std::uint32_t begin, end; // into PixelLayer::points
};
struct PixelPart {
    geo::PartKind kind;
    std::uint32_t ringBegin, ringEnd;
};
struct PixelFeature {
    std::uint32_t row;
    std::uint32_t partBegin, partEnd;
    int symbol; // index into PixelLayer::symbols
    int category;
};
struct PixelLayer {
    std::vector<QPointF> points;
    std::vector<PixelRing> rings;
    std::vector<PixelPart> parts;
    std::vector<PixelFeature> features;
    std::vector<Symbol> symbols;
};

/// Sutherland–Hodgman: clips the ring points [begin, end) of `pts` to `r` in place (the clipped ring
/// replaces them). Huge polygons mostly outside the frame (zoomed in) otherwise cost the rasteriser
/// time for every off-screen edge; the rectangle lies a few pixels outside the frame, so the new edges
/// along it (and their stroke) are never visible.
void clipRingToRect(std::vector<QPointF>& pts, std::size_t begin, const QRectF& r, std::vector<QPointF>& tmp)
{
    const auto clipEdge = [&](std::vector<QPointF>& in, std::vector<QPointF>& outPts, auto inside, auto cross) {
        outPts.clear();
        const std::size_t n = in.size();
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF& a = in[(i + n - 1) % n];
            const QPointF& b = in[i];
            const bool ia = inside(a), ib = inside(b);
            if (ib) {
                if (!ia)
                    outPts.push_back(cross(a, b));
                outPts.push_back(b);
            } else if (ia) {
                outPts.push_back(cross(a, b));
            }
        }
    };
    std::vector<QPointF> a(pts.begin() + static_cast<std::ptrdiff_t>(begin), pts.end());
    const double x0 = r.left(), x1 = r.right(), y0 = r.top(), y1 = r.bottom();
    const auto atX = [](double x) {
        return [x](const QPointF& p, const QPointF& q) { return QPointF(x, p.y() + (q.y() - p.y()) * (x - p.x()) / (q.x() - p.x())); };
    };
    const auto atY = [](double y) {
        return [y](const QPointF& p, const QPointF& q) { return QPointF(p.x() + (q.x() - p.x()) * (y - p.y()) / (q.y() - p.y()), y); };
    };
    clipEdge(a, tmp, [x0](const QPointF& p) { return p.x() >= x0; }, atX(x0));
    clipEdge(tmp, a, [x1](const QPointF& p) { return p.x() <= x1; }, atX(x1));
    clipEdge(a, tmp, [y0](const QPointF& p) { return p.y() >= y0; }, atY(y0));
    clipEdge(tmp, a, [y1](const QPointF& p) { return p.y() <= y1; }, atY(y1));
    pts.resize(begin);
    pts.insert(pts.end(), a.begin(), a.end());
}

/// Appends a ring's vertices as pixels, dropping sub-pixel steps, breaking at NaN and at jumps wider than
/// half the world (a line crossing the antimeridian in a CRS that wraps: lon/lat, Web Mercator).
/// Polygon rings (`clip` non-null) that reach outside `*clip` are clipped to it.
void ringToPixels(std::span<const double> c, const Viewport& vp, double minStep, double wrapJump, PixelLayer& out,
                  const QRectF* clip = nullptr)
{
    std::uint32_t begin = static_cast<std::uint32_t>(out.points.size());
    bool outside = false;
    thread_local std::vector<QPointF> tmp;
    const auto flush = [&] {
        if (clip && outside && out.points.size() - begin > 2)
            clipRingToRect(out.points, begin, *clip, tmp);
        outside = false;
        const auto end = static_cast<std::uint32_t>(out.points.size());
        if (end - begin > 1)
            out.rings.push_back({begin, end});
        else
            out.points.resize(begin);
        begin = static_cast<std::uint32_t>(out.points.size());
    };
    double lastX = std::nan(""), lastMapX = std::nan("");
    double lastY = 0;
    const std::size_t n = c.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = c[2 * i], y = c[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y)) {
            flush();
            lastX = lastMapX = std::nan("");
            continue;
        }
        if (wrapJump > 0 && std::isfinite(lastMapX) && std::abs(x - lastMapX) > wrapJump)
            flush();
        const QPointF p = vp.toPixel(x, y);
        const bool lastVertex = i + 1 == n;
        if (std::isfinite(lastX) && static_cast<std::uint32_t>(out.points.size()) > begin && !lastVertex
            && std::abs(p.x() - lastX) < minStep && std::abs(p.y() - lastY) < minStep)
            continue;
        if (clip && !outside && !clip->contains(p))
            outside = true;
        out.points.push_back(p);
        lastX = p.x();
        lastY = p.y();
        lastMapX = x;
    }
    flush();
}

QPen symbolPen(const Symbol& s, double opacityUnused = 1.0)
{
    (void)opacityUnused;
    QPen pen(s.stroke, s.strokeWidthPx, s.penStyle, Qt::RoundCap, Qt::RoundJoin);
    if (s.penStyle == Qt::CustomDashLine && !s.dashPattern.isEmpty())
        pen.setDashPattern(s.dashPattern);
    if (s.penStyle != Qt::SolidLine)
        pen.setCapStyle(s.penStyle == Qt::CustomDashLine && !s.dashPattern.isEmpty() && s.dashPattern[0] < 0.5 ? Qt::RoundCap
                                                                                                              : Qt::FlatCap);
    return pen;
}

/// Raster devices: the icon pre-rendered once per (icon, device size) and blitted — parsing and drawing
/// SVG per point costs ~100 µs. Vector devices (PDF, SVG) get the SVG itself.
const QImage* iconImage(const QString& path, double sizeDevicePx)
{
    thread_local QHash<QString, QImage> cache;
    const int px = std::max(1, static_cast<int>(std::lround(sizeDevicePx)));
    const QString key = path + QLatin1Char('@') + QString::number(px);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        if (QSvgRenderer* svg = iconRenderer(path)) {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing, true);
            svg->render(&p, QRectF(0, 0, px, px));
        }
        if (cache.size() > 512)
            cache.clear();
        it = cache.insert(key, img);
    }
    return &*it;
}

bool isRaster(const QPainter& painter)
{
    const QPaintDevice* d = painter.device();
    return d && (d->devType() == QInternal::Image || d->devType() == QInternal::Pixmap || d->devType() == QInternal::Widget);
}

void drawPointSymbol(QPainter& painter, const Symbol& s, QPointF c)
{
    const double r = s.pointSizePx / 2.0;
    if (!s.icon.isEmpty()) {
        if (isRaster(painter)) {
            const QTransform& t = painter.combinedTransform();
            const double scale = std::sqrt(std::abs(t.determinant()));
            if (t.type() <= QTransform::TxScale && scale > 0) {
                const QImage* img = iconImage(s.icon, s.pointSizePx * scale);
                painter.drawImage(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), *img);
                return;
            }
        }
        if (QSvgRenderer* svg = iconRenderer(s.icon)) {
            svg->render(&painter, QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            return;
        }
    }
    painter.setPen(QPen(s.stroke, 1.0));
    painter.setBrush(s.fill);
    painter.drawEllipse(c, r, r);
}

QFont labelFont(const RenderSnapshot& snap, const LabelStyle& ls)
{
    QFont f = renderFont(snap.fontFamily, ls.fontPx, ls.bold, ls.italic);
    if (ls.letterSpacing > 0)
        f.setLetterSpacing(QFont::PercentageSpacing, ls.letterSpacing);
    return f;
}

/// Area-weighted centroid of a pixel ring (shoelace); the ring's first point for degenerate rings.
QPointF ringCentroid(const QPointF* p, std::size_t n, double* area)
{
    double a = 0, cx = 0, cy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF& p0 = p[i];
        const QPointF& p1 = p[(i + 1) % n];
        const double cr = p0.x() * p1.y() - p1.x() * p0.y();
        a += cr;
        cx += (p0.x() + p1.x()) * cr;
        cy += (p0.y() + p1.y()) * cr;
    }
    *area = std::abs(a / 2);
    if (std::abs(a) < 1e-9)
        return n ? p[0] : QPointF();
    return {cx / (3 * a), cy / (3 * a)};
}

/// Parallels and meridians in the map CRS with degree labels where they leave the frame (left and
/// bottom edges). Lines are densified so they curve properly in every projection.
void drawGraticule(const RenderSnapshot& snap, QPainter& painter, LabelEngine& labels, bool withText)
{
    const Viewport& vp = snap.viewport;
    auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), vp.crs());
    if (!tr)
        return;
    const geo::CrsTransform& t = **tr;
    const geo::Envelope& e = vp.extent();
    geo::Envelope ll = t.isIdentity() ? e : t.transformEnvelope(e, true, 31);
    if (ll.isNull())
        return;
    ll.minX = std::max(ll.minX, -180.0);
    ll.maxX = std::min(ll.maxX, 180.0);
    ll.minY = std::max(ll.minY, -85.0);
    ll.maxY = std::min(ll.maxY, 85.0);
    const double span = std::max(ll.width(), ll.height());
    double step = snap.graticule.stepDeg;
    if (!(step > 0)) {
        step = 30;
        for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0})
            if (span / s <= 9) {
                step = s;
                break;
            }
    }
    const double w = vp.sizePx().width(), h = vp.sizePx().height();
    QPen pen(snap.graticule.color, 0.6);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    QFont font;
    if (withText)
        font = renderFont(snap.fontFamily, 8.5);
    LabelCandidate proto;
    proto.font = font;
    proto.color = QColor(0x3d, 0x5a, 0x75);
    proto.halo = QColor(0xd6, 0xe6, 0xf2, 220);
    proto.haloPx = 1.2;
    std::optional<QFontMetricsF> metrics;
    if (withText)
        metrics.emplace(font, painter.device());
    const auto edgeLabel = [&](const QString& text, QPointF at, bool bottom) {
        const QFontMetricsF& fm = *metrics;
        const double tw = fm.horizontalAdvance(text), th = fm.height();
        QRectF r = bottom ? QRectF(at.x() - tw / 2, h - th - 2, tw, th) : QRectF(3, at.y() - th / 2, tw, th);
        if (r.left() < 2 || r.right() > w - 2 || r.top() < 2 || r.bottom() > h - 1 || !labels.isFree(r))
            return;
        QPainterPath halo;
        halo.addText(QPointF(r.left(), r.top() + fm.ascent()), font, text);
        painter.save();
        painter.setPen(QPen(proto.halo, 2 * proto.haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(proto.halo);
        painter.drawPath(halo);
        painter.setFont(font);
        painter.setPen(proto.color);
        painter.drawText(QPointF(r.left(), r.top() + fm.ascent()), text);
        painter.restore();
        labels.addObstacle(r.adjusted(-2, -1, 2, 1));
    };
    const auto degText = [](double v, bool lat) {
        // Whole phrases, so a translation may reorder them ("N 45°").
        const QString format = lat ? (v >= 0 ? RenderText::tr("%1°N") : RenderText::tr("%1°S"))
                                   : (v >= 0 ? RenderText::tr("%1°E") : RenderText::tr("%1°W"));
        return format.arg(std::abs(v), 0, 'g', 4);
    };
    std::vector<double> xy;
    const auto drawLine = [&](bool meridian, double v) {
        xy.clear();
        const double a0 = meridian ? ll.minY : ll.minX, a1 = meridian ? ll.maxY : ll.maxX;
        const int n = std::max(8, static_cast<int>((a1 - a0) / 0.25));
        for (int i = 0; i <= n; ++i) {
            const double a = a0 + (a1 - a0) * i / n;
            xy.push_back(meridian ? v : a);
            xy.push_back(meridian ? a : v);
        }
        t.transformInPlace(xy);
        QPolygonF poly;
        std::optional<QPointF> crossing;
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
            if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]))
                continue;
            const QPointF p = vp.toPixel(xy[i], xy[i + 1]);
            if (!poly.isEmpty() && !crossing) {
                const QPointF q = poly.back();
                if (meridian && (q.y() - h) * (p.y() - h) <= 0 && q.y() != p.y())
                    crossing = q + (p - q) * ((h - q.y()) / (p.y() - q.y()));
                if (!meridian && q.x() * p.x() <= 0 && q.x() != p.x())
                    crossing = q + (p - q) * ((0 - q.x()) / (p.x() - q.x()));
            }
            poly.append(p);
        }
        painter.drawPolyline(poly);
        if (withText && snap.graticule.labels && crossing)
            edgeLabel(degText(v, !meridian), *crossing, meridian);
    };
    for (double lon = std::ceil(ll.minX / step) * step; lon <= ll.maxX; lon += step)
        drawLine(true, lon);
    for (double lat = std::ceil(ll.minY / step) * step; lat <= ll.maxY; lat += step)
        drawLine(false, lat);
}

// --- flow overlay ------------------------------------------------------------------------------------

/// A flow's path in pixels: clipped to `clip` (zoomed-in views would otherwise hand the rasteriser
/// coordinates far outside the frame), broken where the line leaves the frame, at non-finite points and
/// at jumps wider than half the world (a CRS that wraps), sub-pixel steps dropped.
std::vector<QPolygonF> flowRuns(const std::vector<QPointF>& path, const Viewport& vp, double wrapJump, const QRectF& clip, double minStep)
{
    std::vector<QPolygonF> runs;
    QPolygonF run;
    const auto flush = [&] {
        if (run.size() >= 2)
            runs.push_back(run);
        run.clear();
    };
    for (std::size_t i = 1; i < path.size(); ++i) {
        const QPointF ma = path[i - 1], mb = path[i];
        if (!std::isfinite(ma.x()) || !std::isfinite(ma.y()) || !std::isfinite(mb.x()) || !std::isfinite(mb.y())
            || (wrapJump > 0 && std::abs(mb.x() - ma.x()) > wrapJump)) {
            flush();
            continue;
        }
        QPointF a = vp.toPixel(ma.x(), ma.y()), b = vp.toPixel(mb.x(), mb.y());
        const QPointF a0 = a, b0 = b;
        if (!clipSegment(a, b, clip)) {
            flush();
            continue;
        }
        if (a != a0 || run.isEmpty()) {
            flush();
            run.append(a);
        }
        const bool last = i + 1 == path.size() || b != b0;
        if (last || std::abs(b.x() - run.back().x()) >= minStep || std::abs(b.y() - run.back().y()) >= minStep)
            run.append(b);
        if (b != b0)
            flush();
    }
    flush();
    return runs;
}

double runLength(const QPolygonF& r)
{
    double l = 0;
    for (qsizetype i = 1; i < r.size(); ++i)
        l += std::hypot(r[i].x() - r[i - 1].x(), r[i].y() - r[i - 1].y());
    return l;
}

/// The point at arc length `s` along `r`, and the unit tangent there.
std::pair<QPointF, QPointF> pointAt(const QPolygonF& r, double s)
{
    for (qsizetype i = 1; i < r.size(); ++i) {
        const QPointF d = r[i] - r[i - 1];
        const double seg = std::hypot(d.x(), d.y());
        if (seg <= 0)
            continue;
        if (s <= seg || i + 1 == r.size()) {
            const double t = std::clamp(s / seg, 0.0, 1.0);
            return {r[i - 1] + d * t, d / seg};
        }
        s -= seg;
    }
    return {r.isEmpty() ? QPointF() : r.back(), QPointF(1, 0)};
}

/// The direction of a run over `span` pixels around arc length `s` (smoother than one segment's).
QPointF directionAt(const QPolygonF& r, double s, double span)
{
    const QPointF a = pointAt(r, std::max(0.0, s - span)).first;
    const QPointF b = pointAt(r, s + span).first;
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    return len > 0 ? d / len : pointAt(r, s).second;
}

/// Douglas–Peucker: `r` with vertices closer than `tol` pixels to the simplified line dropped. The label
/// engine wants a line that is straight under a label; pipelines zigzag by a pixel or two at map scale.
QPolygonF simplified(const QPolygonF& r, double tol)
{
    if (r.size() < 3)
        return r;
    std::vector<bool> keep(static_cast<std::size_t>(r.size()), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, r.size() - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        const QPointF d = r[b] - r[a];
        const double len = std::hypot(d.x(), d.y());
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF v = r[i] - r[a];
            const double dev = len > 0 ? std::abs(v.x() * d.y() - v.y() * d.x()) / len : std::hypot(v.x(), v.y());
            if (dev > worst) {
                worst = dev;
                at = i;
            }
        }
        if (at >= 0 && worst > tol) {
            keep[static_cast<std::size_t>(at)] = true;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < r.size(); ++i)
        if (keep[static_cast<std::size_t>(i)])
            out.append(r[i]);
    return out;
}

constexpr double kFlowCasingPx = 1.5;     // white casing either side of a flow line
constexpr double kBottleneckOutlinePx = 2.2; // dark outline either side of a bottleneck link
constexpr double kArrowSpacingPx = 170.0; // one arrow head per this many pixels of a long line

void drawFlows(const RenderSnapshot& snap, QPainter& painter, LabelEngine& labels, RenderStats& stats, bool withText, double wrapJump,
               double minStep)
{
    const FlowOverlay& ov = *snap.flows;
    const FlowStyle& st = ov.style;
    const Viewport& vp = snap.viewport;
    const double margin = st.maxWidthPx + 24;
    const QRectF clip(-margin, -margin, vp.sizePx().width() + 2 * margin, vp.sizePx().height() + 2 * margin);

    struct Drawn {
        const FlowLine* line;
        double width;
        QColor colour;
        std::vector<QPolygonF> runs;
    };
    std::vector<Drawn> drawn;
    for (const FlowLine& l : ov.lines) {
        const double w = l.outage ? 1.6 : flowWidthPx(st, l.commodity, l.flow);
        if (!(w > 0))
            continue;
        std::vector<QPolygonF> runs = flowRuns(l.path, vp, wrapJump, clip, minStep);
        std::erase_if(runs, [](const QPolygonF& r) { return runLength(r) < 1.0; });
        if (runs.empty())
            continue;
        drawn.push_back({&l, w, flowColour(st, l), std::move(runs)});
    }
    // Outages at the bottom, then the widest first, so thin flows stay visible where lines cross.
    std::stable_sort(drawn.begin(), drawn.end(), [](const Drawn& a, const Drawn& b) {
        if (a.line->outage != b.line->outage)
            return a.line->outage;
        return a.width > b.width;
    });

    // Each line's runs as one path, stroked twice (casing, line): one stroker pass per line and pen
    // rather than one per run.
    std::vector<QPainterPath> paths;
    paths.reserve(drawn.size());
    for (const Drawn& d : drawn) {
        QPainterPath path;
        for (const QPolygonF& r : d.runs) {
            path.moveTo(r.front());
            for (qsizetype i = 1; i < r.size(); ++i)
                path.lineTo(r[i]);
        }
        paths.push_back(std::move(path));
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // Casings first, under every flow line. Opaque: the raster engine fills opaque spans without
    // blending, which more than halved the casings' cost against the former 92 % white (the casing
    // is the largest area the overlay paints), with no visible difference.
    QPen casingPen(QColor(255, 255, 255), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (std::size_t k = 0; k < drawn.size(); ++k) {
        const Drawn& d = drawn[k];
        const bool bottleneck = d.line->bottleneck && !d.line->outage;
        const double casing = bottleneck ? kBottleneckOutlinePx : d.line->outage ? 1.0 : kFlowCasingPx;
        casingPen.setColor(bottleneck ? QColor(0x1a, 0x1a, 0x1a) : QColor(255, 255, 255));
        casingPen.setWidthF(d.width + 2 * casing);
        painter.setPen(casingPen);
        painter.drawPath(paths[k]);
    }
    std::vector<QString> commodities;
    const QPen arrowOutline(QColor(255, 255, 255, 235), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (std::size_t li = 0; li < drawn.size(); ++li) {
        const Drawn& d = drawn[li];
        QPen pen(d.colour, d.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (d.line->outage) {
            pen.setStyle(Qt::CustomDashLine);
            pen.setDashPattern({3.0, 2.5});
            pen.setCapStyle(Qt::FlatCap);
        }
        painter.setPen(pen);
        painter.drawPath(paths[li]);
        for (const QPolygonF& r : d.runs)
            stats.pointsDrawn += static_cast<std::size_t>(r.size());
        if (d.line->outage) {
            stats.flowOutagesDrawn = true;
            continue;
        }
        ++stats.flowLinesDrawn;
        stats.flowBottlenecksDrawn = stats.flowBottlenecksDrawn || d.line->bottleneck;
        if (std::find(commodities.begin(), commodities.end(), d.line->commodity) == commodities.end())
            commodities.push_back(d.line->commodity);

        // Arrow heads in the direction of the flow, sized with the line, repeated along long lines.
        if (!st.arrows)
            continue;
        const double headLen = std::max(8.0, 1.3 * d.width + 5.0);
        const double halfW = d.width / 2 + std::max(3.5, 0.45 * d.width);
        const double sign = d.line->flow < 0 ? -1.0 : 1.0;
        // All heads of a line as one path: one fill and one outline stroke per line, not per head.
        QPainterPath heads;
        heads.setFillRule(Qt::WindingFill);
        for (const QPolygonF& r : d.runs) {
            const double len = runLength(r);
            if (len < 2.2 * headLen)
                continue;
            const int n = std::max(1, static_cast<int>(len / std::max(kArrowSpacingPx, 10 * headLen)));
            for (int k = 0; k < n; ++k) {
                const double s = (k + 0.5) * len / n;
                const QPointF c = pointAt(r, s).first;
                const QPointF dir = directionAt(r, s, headLen) * sign;
                const QPointF nrm(-dir.y(), dir.x());
                const QPointF tip = c + dir * (headLen / 2), back = c - dir * (headLen / 2);
                // A notched head ("chevron-arrow") reads as direction even where it covers the line.
                const QPolygonF head({tip, back + nrm * halfW, c - dir * (headLen / 4), back - nrm * halfW, tip});
                heads.addPolygon(head);
                heads.closeSubpath();
                labels.addObstacle(head.boundingRect(), true);
            }
        }
        if (!heads.isEmpty()) {
            painter.setPen(arrowOutline);
            painter.setBrush(d.colour.darker(135));
            painter.drawPath(heads);
            painter.setBrush(Qt::NoBrush);
        }
    }
    painter.restore();
    std::sort(commodities.begin(), commodities.end());
    stats.flowCommodities = std::move(commodities);

    if (!withText || !snap.labels || !st.labels)
        return;
    const QFont font = renderFont(snap.fontFamily, 10.0, true);
    for (const Drawn& d : drawn) {
        if (d.line->label.isEmpty() || d.line->outage)
            continue;
        LabelCandidate c;
        c.kind = LabelCandidate::Kind::Line;
        c.text = d.line->label;
        c.font = font;
        c.color = d.colour.darker(d.line->bottleneck ? 170 : 150);
        c.halo = QColor(255, 255, 255, 235);
        c.haloPx = 2.0;
        // Above every layer label (capitals are 80): the flows are what this map is about; the biggest first.
        c.priority = 90.0 + 10.0 * d.width / std::max(st.maxWidthPx, 1.0);
        c.offsetPx = d.width / 2 + (d.line->bottleneck ? kBottleneckOutlinePx : kFlowCasingPx) + 1.0;
        c.horizontalFallback = true; // a flow without its figure is half the story: beside a wavy/short link
        // The longest visible run carries the label.
        const QPolygonF* best = nullptr;
        double bestLen = 0;
        for (const QPolygonF& r : d.runs)
            if (const double l = runLength(r); l > bestLen) {
                bestLen = l;
                best = &r;
            }
        if (!best)
            continue;
        c.line = simplified(*best, 1.5);
        labels.add(std::move(c));
    }
}

} // namespace

RenderStats renderMap(const RenderSnapshot& snapshot, QPainter& painter, const std::atomic_bool* cancel)
{
    RenderStats stats;
    stats.layers.resize(snapshot.layers.size());
    const Viewport& vp = snapshot.viewport;
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(vp.sizePx())), snapshot.background);
    if (!vp.isValid()) {
        painter.restore();
        return stats;
    }
    // Clip only when the device is bigger than the map (a layout frame): a clip slows the rasteriser.
    const QPaintDevice* dev = painter.device();
    const bool fitsDevice = dev && painter.combinedTransform().isIdentity() && dev->width() == vp.sizePx().width()
                            && dev->height() == vp.sizePx().height();
    if (!fitsDevice)
        painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(vp.sizePx())), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QElapsedTimer timer;
    const double ratio = std::max(snapshot.pixelRatio, 0.01);
    const double px = vp.mapUnitsPerPixel();
    const double devicePx = px / ratio; // map units per device pixel
    const double minStep = kMinStepPx / ratio;
    double wrapJump = 0.0;
    if (vp.crs().isGeographic())
        wrapJump = 180.0;
    else if (vp.crs().authId() == QLatin1String("EPSG:3857"))
        wrapJump = 20037508.34;
    LabelEngine labels(QRectF(QPointF(0, 0), QSizeF(vp.sizePx())));
    // Text needs Qt's font database, which exists only with a QGuiApplication (offscreen is fine):
    // without one the frame is drawn without text instead of aborting.
    const bool canDrawText = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    for (const QRectF& r : snapshot.labelObstacles)
        labels.addObstacle(r);
    bool graticuleDone = !snapshot.graticule.enabled;
    PixelLayer pl;
    struct Capital {
        QPointF at;
        QString name;
    };
    std::vector<Capital> capitals;

    // The flow overlay goes above every line (and area) layer and below the point layers after them.
    const bool withFlows = snapshot.flows && !snapshot.flows->isEmpty();
    std::size_t flowsAt = 0;
    for (std::size_t li = 0; li < snapshot.layers.size(); ++li)
        if (snapshot.layers[li].layer && snapshot.layers[li].layer->source().geometryType != geo::GeometryType::Point
            && snapshot.layers[li].layer->source().geometryType != geo::GeometryType::None)
            flowsAt = li + 1;
    bool flowsDone = !withFlows;
    const auto drawFlowsNow = [&] {
        flowsDone = true;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stats.cancelled = true;
            return;
        }
        if (!graticuleDone) {
            drawGraticule(snapshot, painter, labels, canDrawText);
            graticuleDone = true;
        }
        timer.start();
        drawFlows(snapshot, painter, labels, stats, canDrawText, wrapJump, minStep);
        stats.drawMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };

    for (std::size_t li = 0; li < snapshot.layers.size(); ++li) {
        if (!flowsDone && li == flowsAt) {
            drawFlowsNow();
            if (stats.cancelled)
                break;
        }
        const RenderLayer& rl = snapshot.layers[li];
        if (!rl.style.visible || !rl.layer)
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stats.cancelled = true;
            break;
        }
        const geo::LayerData& data = rl.layer->source();
        const LayerStyle& st = rl.style;
        if (!graticuleDone && data.geometryType != geo::GeometryType::Polygon) {
            drawGraticule(snapshot, painter, labels, canDrawText);
            graticuleDone = true;
        }
        const geo::GeometryStore& full = rl.layer->geometry();
        LayerUsage& usage = stats.layers[li];
        usage.categoriesDrawn.assign(st.kind == LayerStyle::Kind::Graduated ? st.classes.size() : st.categories.size(), false);

        // --- cull -------------------------------------------------------------------------------------
        timer.start();
        const geo::Envelope box = vp.extent().buffered(px * (st.maxSymbolExtentPx() + 2));
        std::vector<std::uint32_t> ids;
        if (box.contains(rl.layer->extent())) {
            ids.resize(full.featureCount());
            for (std::uint32_t i = 0; i < ids.size(); ++i)
                ids[i] = i;
        } else {
            ids = rl.layer->spatialIndex().query(box);
            std::sort(ids.begin(), ids.end()); // stable drawing order whatever the index returns
        }
        stats.cullMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        stats.featuresConsidered += ids.size();

        // --- transform: symbols, level of detail, map units -> pixels ----------------------------------
        timer.start();
        const double clipMargin = st.maxSymbolExtentPx() + 4;
        const QRectF clipRect(-clipMargin, -clipMargin, vp.sizePx().width() + 2 * clipMargin, vp.sizePx().height() + 2 * clipMargin);
        const geo::GeometryStore& g = rl.layer->geometryForScale(devicePx);
        pl.points.clear();
        pl.rings.clear();
        pl.parts.clear();
        pl.features.clear();
        pl.symbols.clear();
        const bool uniform = st.kind == LayerStyle::Kind::Single && !st.size.isActive();
        if (uniform)
            pl.symbols.push_back(st.baseSymbol());
        QHash<int, int> symbolOfCategory;
        for (std::size_t n = 0; n < ids.size(); ++n) {
            if ((n & 1023) == 1023 && cancel && cancel->load(std::memory_order_relaxed)) {
                stats.cancelled = true;
                break;
            }
            const std::uint32_t f = ids[n];
            const geo::Envelope& env = full.featureEnvelope(f);
            if (env.isNull() || !env.intersects(box))
                continue;
            const bool subPixel = env.width() < devicePx && env.height() < devicePx;
            int sym = 0, cat = -1;
            if (!uniform) {
                const auto s = st.symbolFor(data, f, &cat);
                if (!s)
                    continue;
                if (st.size.isActive()) {
                    pl.symbols.push_back(*s);
                    sym = static_cast<int>(pl.symbols.size() - 1);
                } else {
                    auto it = symbolOfCategory.find(cat);
                    if (it == symbolOfCategory.end()) {
                        pl.symbols.push_back(*s);
                        it = symbolOfCategory.insert(cat, static_cast<int>(pl.symbols.size() - 1));
                    }
                    sym = *it;
                }
            }
            PixelFeature pf{f, static_cast<std::uint32_t>(pl.parts.size()), 0, sym, cat};
            for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p) {
                const geo::PartKind kind = g.partKind(p);
                if (kind != geo::PartKind::Point && subPixel)
                    continue; // never draw sub-pixel detail
                PixelPart pp{kind, static_cast<std::uint32_t>(pl.rings.size()), 0};
                if (kind == geo::PartKind::Point) {
                    const auto r = g.partRingBegin(p);
                    if (g.ringSize(r) == 0)
                        continue;
                    const geo::MapPoint mp = g.point(g.ringPointBegin(r));
                    if (!std::isfinite(mp.x) || !std::isfinite(mp.y))
                        continue;
                    pl.rings.push_back({static_cast<std::uint32_t>(pl.points.size()), static_cast<std::uint32_t>(pl.points.size() + 1)});
                    pl.points.push_back(vp.toPixel(mp.x, mp.y));
                } else {
                    for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
                        ringToPixels(g.ringCoords(r), vp, minStep, kind == geo::PartKind::Line ? wrapJump : 0.0, pl,
                                     kind == geo::PartKind::Polygon ? &clipRect : nullptr);
                }
                pp.ringEnd = static_cast<std::uint32_t>(pl.rings.size());
                if (pp.ringEnd > pp.ringBegin)
                    pl.parts.push_back(pp);
            }
            pf.partEnd = static_cast<std::uint32_t>(pl.parts.size());
            if (pf.partEnd > pf.partBegin)
                pl.features.push_back(pf);
        }
        stats.transformMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (stats.cancelled)
            break;

        // --- draw ---------------------------------------------------------------------------------------
        timer.start();
        // On raster devices with a plain scale, pens become cosmetic with their width in device pixels:
        // the same look, but hairlines take the rasteriser's fast cosmetic path instead of the stroker
        // (several times faster for big polygon layers). Vector devices keep real widths.
        const QTransform& dt = painter.combinedTransform();
        const bool cosmeticOk = isRaster(painter) && dt.type() <= QTransform::TxScale && std::abs(dt.m11() - dt.m22()) < 1e-9;
        const auto devicePen = [&](QPen pen) {
            if (cosmeticOk) {
                pen.setWidthF(pen.widthF() * std::abs(dt.m11()));
                pen.setCosmetic(true);
            }
            return pen;
        };
        painter.setOpacity(st.opacity);
        bool anyCasing = false;
        for (const Symbol& s : pl.symbols)
            anyCasing = anyCasing || s.casingPx > 0;
        // Line casings first, under every line of the layer, so crossings read cleanly.
        if (anyCasing) {
            painter.setBrush(Qt::NoBrush);
            for (const PixelFeature& pf : pl.features) {
                const Symbol& s = pl.symbols[static_cast<std::size_t>(pf.symbol)];
                if (s.casingPx <= 0)
                    continue;
                painter.setPen(devicePen(QPen(s.casing, s.strokeWidthPx + 2 * s.casingPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)));
                for (auto p = pf.partBegin; p < pf.partEnd; ++p) {
                    if (pl.parts[p].kind != geo::PartKind::Line)
                        continue;
                    for (auto r = pl.parts[p].ringBegin; r < pl.parts[p].ringEnd; ++r)
                        painter.drawPolyline(pl.points.data() + pl.rings[r].begin, static_cast<int>(pl.rings[r].end - pl.rings[r].begin));
                }
            }
        }
        int currentSymbol = -1;
        QPen pen;
        for (const PixelFeature& pf : pl.features) {
            const Symbol& s = pl.symbols[static_cast<std::size_t>(pf.symbol)];
            if (pf.symbol != currentSymbol) {
                pen = devicePen(symbolPen(s));
                currentSymbol = pf.symbol;
            }
            for (auto p = pf.partBegin; p < pf.partEnd; ++p) {
                const PixelPart& pp = pl.parts[p];
                switch (pp.kind) {
                case geo::PartKind::Point: {
                    const QPointF c = pl.points[pl.rings[pp.ringBegin].begin];
                    drawPointSymbol(painter, s, c);
                    const double r = s.pointSizePx / 2;
                    labels.addObstacle(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), s.pointSizePx < 11.0);
                    ++stats.pointsDrawn;
                    break;
                }
                case geo::PartKind::Line:
                    painter.setPen(pen);
                    painter.setBrush(Qt::NoBrush);
                    for (auto r = pp.ringBegin; r < pp.ringEnd; ++r) {
                        painter.drawPolyline(pl.points.data() + pl.rings[r].begin, static_cast<int>(pl.rings[r].end - pl.rings[r].begin));
                        stats.pointsDrawn += pl.rings[r].end - pl.rings[r].begin;
                    }
                    break;
                case geo::PartKind::Polygon: {
                    painter.setPen(s.strokeWidthPx > 0 ? pen : QPen(Qt::NoPen));
                    painter.setBrush(s.fill);
                    if (pp.ringEnd - pp.ringBegin == 1) {
                        const PixelRing& r = pl.rings[pp.ringBegin];
                        painter.drawPolygon(pl.points.data() + r.begin, static_cast<int>(r.end - r.begin), Qt::OddEvenFill);
                        stats.pointsDrawn += r.end - r.begin;
                    } else {
                        QPainterPath path;
                        path.setFillRule(Qt::OddEvenFill);
                        for (auto r = pp.ringBegin; r < pp.ringEnd; ++r) {
                            const PixelRing& rr = pl.rings[r];
                            QPolygonF poly(static_cast<qsizetype>(rr.end - rr.begin));
                            std::copy(pl.points.begin() + rr.begin, pl.points.begin() + rr.end, poly.begin());
                            path.addPolygon(poly);
                            path.closeSubpath();
                            stats.pointsDrawn += rr.end - rr.begin;
                        }
                        painter.drawPath(path);
                    }
                    break;
                }
                }
            }
            ++stats.featuresDrawn;
            usage.drawn = true;
            if (pf.category >= 0 && static_cast<std::size_t>(pf.category) < usage.categoriesDrawn.size())
                usage.categoriesDrawn[static_cast<std::size_t>(pf.category)] = true;
            else
                usage.othersDrawn = true;
        }
        painter.setOpacity(1.0);
        stats.drawMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;

        // --- label candidates -----------------------------------------------------------------------------
        timer.start();
        const LabelStyle& ls = st.label;
        const bool categorised = st.kind == LayerStyle::Kind::Categorised;
        if (canDrawText && snapshot.labels && ls.enabled && (data.fieldIndex(ls.field) >= 0 || ls.field.contains(QLatin1Char('{')))) {
            const QFont font = labelFont(snapshot, ls);
            for (const PixelFeature& pf : pl.features) {
                int catPrio = 0;
                if (categorised && pf.category >= 0) {
                    const Category& c = st.categories[static_cast<std::size_t>(pf.category)];
                    if (!c.showLabel)
                        continue;
                    catPrio = c.labelPriority;
                } else if (categorised && data.geometryType == geo::GeometryType::Polygon) {
                    continue; // "other" areas stay unlabelled
                }
                double value = 0;
                if (!ls.priorityField.isEmpty()) {
                    value = data.attribute(pf.row, ls.priorityField).toDouble();
                    if (ls.minPriorityValue > 0 && value < ls.minPriorityValue)
                        continue;
                }
                LabelCandidate c;
                c.text = labelText(ls, data, pf.row);
                if (c.text.isEmpty())
                    continue;
                c.font = font;
                c.color = ls.color;
                c.halo = ls.halo;
                c.haloPx = ls.haloPx;
                const double norm = st.size.isActive() && st.size.field == ls.priorityField ? 20.0 * value / st.size.maxValue
                                                                                             : std::min(value, 20.0);
                c.priority = ls.priority + catPrio + norm;
                const Symbol& s = pl.symbols[static_cast<std::size_t>(pf.symbol)];
                const PixelPart& first = pl.parts[pf.partBegin];
                if (first.kind == geo::PartKind::Point) {
                    c.kind = LabelCandidate::Kind::Point;
                    c.anchor = pl.points[pl.rings[first.ringBegin].begin];
                    c.offsetPx = s.pointSizePx / 2;
                } else if (first.kind == geo::PartKind::Line) {
                    c.kind = LabelCandidate::Kind::Line;
                    c.offsetPx = s.strokeWidthPx / 2 + 1;
                    c.repeatPx = ls.repeatDistancePx;
                    // The longest run of the feature carries the label.
                    double best = -1;
                    for (auto p = pf.partBegin; p < pf.partEnd; ++p)
                        for (auto r = pl.parts[p].ringBegin; r < pl.parts[p].ringEnd; ++r) {
                            const PixelRing& rr = pl.rings[r];
                            const QPointF a = pl.points[rr.begin], b = pl.points[rr.end - 1];
                            double len = 0;
                            for (auto i = rr.begin + 1; i < rr.end; ++i)
                                len += std::hypot(pl.points[i].x() - pl.points[i - 1].x(), pl.points[i].y() - pl.points[i - 1].y());
                            (void)a;
                            (void)b;
                            if (len > best) {
                                best = len;
                                c.line = QPolygonF(static_cast<qsizetype>(rr.end - rr.begin));
                                std::copy(pl.points.begin() + rr.begin, pl.points.begin() + rr.end, c.line.begin());
                            }
                        }
                } else {
                    // Areas: the centroid of the biggest exterior ring, when it lies inside and the area
                    // is wide enough for the name.
                    c.kind = LabelCandidate::Kind::Area;
                    double bestArea = 0;
                    QPointF anchor;
                    const PixelRing* bestRing = nullptr;
                    for (auto p = pf.partBegin; p < pf.partEnd; ++p) {
                        const PixelRing& rr = pl.rings[pl.parts[p].ringBegin];
                        double a = 0;
                        const QPointF ctr = ringCentroid(pl.points.data() + rr.begin, rr.end - rr.begin, &a);
                        if (a > bestArea) {
                            bestArea = a;
                            anchor = ctr;
                            bestRing = &rr;
                        }
                    }
                    const QFontMetricsF fm(font, painter.device());
                    const double tw = fm.horizontalAdvance(c.text);
                    if (!bestRing || bestArea < tw * tw * 0.6)
                        continue;
                    QPolygonF ring(static_cast<qsizetype>(bestRing->end - bestRing->begin));
                    std::copy(pl.points.begin() + bestRing->begin, pl.points.begin() + bestRing->end, ring.begin());
                    if (!ring.containsPoint(anchor, Qt::OddEvenFill))
                        continue;
                    c.anchor = anchor;
                }
                labels.add(std::move(c));
            }
        }
        if (!st.capitalField.isEmpty() && data.fieldIndex(st.capitalField) >= 0 && data.fieldIndex(QStringLiteral("capital_lat")) >= 0) {
            auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), vp.crs());
            if (tr) {
                for (const PixelFeature& pf : pl.features) {
                    if (categorised && pf.category < 0)
                        continue;
                    bool okLat = false, okLon = false;
                    const double lat = data.attribute(pf.row, QStringLiteral("capital_lat")).toDouble(&okLat);
                    const double lon = data.attribute(pf.row, QStringLiteral("capital_lon")).toDouble(&okLon);
                    if (!okLat || !okLon)
                        continue;
                    const geo::MapPoint mp = (*tr)->transform(lon, lat);
                    if (!std::isfinite(mp.x) || !std::isfinite(mp.y))
                        continue;
                    const QPointF at = vp.toPixel(mp.x, mp.y);
                    if (at.x() < 0 || at.y() < 0 || at.x() > vp.sizePx().width() || at.y() > vp.sizePx().height())
                        continue;
                    capitals.push_back({at, data.attribute(pf.row, st.capitalField).toString()});
                }
            }
        }
        stats.labelMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    if (!flowsDone && !stats.cancelled)
        drawFlowsNow();
    if (!graticuleDone && !stats.cancelled)
        drawGraticule(snapshot, painter, labels, canDrawText);

    // Capitals over everything else, labelled with a high priority.
    timer.start();
    if (!stats.cancelled) {
        QFont capFont;
        if (canDrawText)
            capFont = renderFont(snapshot.fontFamily, 10.0);
        Symbol capSym;
        capSym.icon = QStringLiteral(":/corridor/icons/capital.svg");
        capSym.pointSizePx = 7.0;
        for (const Capital& c : capitals) {
            drawPointSymbol(painter, capSym, c.at);
            labels.addObstacle(QRectF(c.at.x() - 3.5, c.at.y() - 3.5, 7, 7), true);
            if (!snapshot.labels || !canDrawText)
                continue;
            LabelCandidate lc;
            lc.text = c.name;
            lc.font = capFont;
            lc.color = QColor(0x22, 0x22, 0x22);
            lc.halo = QColor(255, 255, 255, 220);
            lc.haloPx = 1.5;
            lc.priority = 80;
            lc.anchor = c.at;
            lc.offsetPx = 3.5;
            labels.add(std::move(lc));
        }
        if (snapshot.labels && canDrawText) {
            const auto placed = labels.placeAndDraw(painter);
            stats.labelsPlaced = placed.size();
            for (const auto& p : placed) {
                stats.labels.push_back(p.text);
                stats.labelBoxes.push_back(p.box);
            }
        }
    }
    stats.labelMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
    painter.restore();
    return stats;
}

} // namespace corridor::render
