#include "app/render/label_engine.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QTextLayout>
#include <QPainter>
#include <QHash>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace corridor::render {

namespace {

constexpr double kPadPx = 2.0;     // free space kept around every label
constexpr double kFrameGapPx = 2.0; // labels keep this far from the frame edge

QPolygonF rectPolygon(const QRectF& r)
{
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

/// Separating-axis test for two convex polygons (our rotated rectangles).
bool convexOverlap(const QPolygonF& a, const QPolygonF& b)
{
    const auto separated = [](const QPolygonF& p, const QPolygonF& q) {
        const int n = static_cast<int>(p.size());
        for (int i = 0; i < n; ++i) {
            const QPointF e = p[(i + 1) % n] - p[i];
            const QPointF axis(-e.y(), e.x());
            double pmin = 1e300, pmax = -1e300, qmin = 1e300, qmax = -1e300;
            for (const QPointF& v : p) {
                const double d = v.x() * axis.x() + v.y() * axis.y();
                pmin = std::min(pmin, d);
                pmax = std::max(pmax, d);
            }
            for (const QPointF& v : q) {
                const double d = v.x() * axis.x() + v.y() * axis.y();
                qmin = std::min(qmin, d);
                qmax = std::max(qmax, d);
            }
            if (pmax < qmin || qmax < pmin)
                return true;
        }
        return false;
    };
    return !separated(a, b) && !separated(b, a);
}

/// A w×h rectangle centred on `c`, rotated by `angleDeg`.
QPolygonF rotatedRect(QPointF c, double w, double h, double angleDeg)
{
    QTransform t;
    t.translate(c.x(), c.y());
    t.rotate(angleDeg);
    return t.map(rectPolygon(QRectF(-w / 2, -h / 2, w, h)));
}

} // namespace

bool clipSegment(QPointF& a, QPointF& b, const QRectF& r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a0 = a;
    a = a0 + QPointF(dx, dy) * t0;
    b = a0 + QPointF(dx, dy) * t1;
    return true;
}

bool LabelEngine::fits(const QPolygonF& poly, bool coverSoft) const
{
    const QRectF inner = m_frame.adjusted(kFrameGapPx, kFrameGapPx, -kFrameGapPx, -kFrameGapPx);
    for (const QPointF& p : poly)
        if (!inner.contains(p))
            return false;
    const QRectF bounds = poly.boundingRect();
    for (const QRectF& o : m_obstacles)
        if (o.intersects(bounds) && convexOverlap(rectPolygon(o), poly))
            return false;
    if (!coverSoft)
        for (const QRectF& o : m_softObstacles)
            if (o.intersects(bounds) && convexOverlap(rectPolygon(o), poly))
                return false;
    for (const Box& b : m_placed)
        if (b.bounds.intersects(bounds) && convexOverlap(b.polygon, poly))
            return false;
    return true;
}

bool LabelEngine::isFree(const QRectF& r) const { return fits(rectPolygon(r)); }

void LabelEngine::occupy(const QPolygonF& poly) { m_placed.push_back({poly.boundingRect(), poly}); }

void LabelEngine::drawText(QPainter& painter, const LabelCandidate& c, QPointF centre, double angleDeg, double width)
{
    const QFontMetricsF fm(c.font, painter.device());
    painter.save();
    painter.translate(centre);
    if (angleDeg != 0.0)
        painter.rotate(angleDeg);
    // Baseline so that the text's cap height is centred on `centre`.
    const QPointF origin(-width / 2, (fm.ascent() - fm.descent()) / 2);
    const QPaintDevice* dev = painter.device();
    const bool raster = dev && (dev->devType() == QInternal::Image || dev->devType() == QInternal::Pixmap || dev->devType() == QInternal::Widget);
    if (raster && c.haloPx > 0 && c.halo.alpha() > 0) {
        // Raster: the text drawn around itself in the halo colour — glyphs come from the glyph cache,
        // an order of magnitude cheaper than stroking glyph outlines. 16 directions keep it round.
        // Shaped once per text, font and resolution (cached per thread) and drawn as glyph runs:
        // seventeen drawText calls would shape it seventeen times.
        thread_local QHash<QString, std::pair<QList<QGlyphRun>, double>> shaped;
        const QString key = c.font.key() + QLatin1Char('\x1f') + QString::number(dev->logicalDpiY()) + QLatin1Char('\x1f') + c.text;
        auto it = shaped.find(key);
        if (it == shaped.end()) {
            if (shaped.size() > 4096)
                shaped.clear();
            QTextLayout layout(c.text, c.font, painter.device());
            layout.beginLayout();
            QTextLine line = layout.createLine();
            layout.endLayout();
            it = shaped.insert(key, {layout.glyphRuns(), line.isValid() ? line.ascent() : fm.ascent()});
        }
        const QPointF top = origin - QPointF(0, it->second);
        painter.setPen(QColor(c.halo.red(), c.halo.green(), c.halo.blue()));
        painter.setOpacity(c.halo.alphaF());
        for (int i = 0; i < 16; ++i) {
            const double a = i * std::numbers::pi / 8;
            const QPointF at = top + QPointF(c.haloPx * std::cos(a), c.haloPx * std::sin(a));
            for (const QGlyphRun& run : it->first)
                painter.drawGlyphRun(at, run);
        }
        painter.setOpacity(1.0);
        painter.setPen(c.color);
        for (const QGlyphRun& run : it->first)
            painter.drawGlyphRun(top, run);
        painter.restore();
        return;
    }
    if (c.haloPx > 0 && c.halo.alpha() > 0) {
        // The halo is a stroked outline path; the text itself stays text (extractable in PDF/SVG).
        // Glyph outlines are the costly part: cached per thread by text and font, at the origin.
        thread_local QHash<QString, QPainterPath> paths;
        const QString key = c.font.key() + QLatin1Char('\x1f') + c.text;
        auto it = paths.find(key);
        if (it == paths.end()) {
            if (paths.size() > 4096)
                paths.clear();
            QPainterPath p0;
            p0.addText(QPointF(0, 0), c.font, c.text);
            it = paths.insert(key, p0);
        }
        const QPainterPath path = it->translated(origin);
        QPen pen(c.halo, 2 * c.haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(c.halo);
        painter.drawPath(path);
    }
    painter.setFont(c.font);
    painter.setPen(c.color);
    painter.drawText(origin, c.text);
    painter.restore();
}

bool LabelEngine::placePoint(const LabelCandidate& c, QPainter& painter, std::vector<PlacedLabel>& out)
{
    const QFontMetricsF fm(c.font, painter.device());
    const double w = fm.horizontalAdvance(c.text) + 2 * kPadPx;
    const double h = fm.height() + kPadPx;
    const double o = c.offsetPx + 1.0;
    const QPointF a = c.anchor;
    std::vector<QPointF> centres;
    if (c.kind == LabelCandidate::Kind::Area) {
        centres = {a, a + QPointF(0, -h), a + QPointF(0, h), a + QPointF(-w / 3, 0), a + QPointF(w / 3, 0)};
    } else {
        // Cartographic order of preference: right, left, above-right, below-right, above-left,
        // below-left, above, below.
        const double d = o * 0.7071;
        centres = {
            a + QPointF(o + w / 2, 0),
            a + QPointF(-o - w / 2, 0),
            a + QPointF(d + w / 2 - 2, -d - h / 2),
            a + QPointF(d + w / 2 - 2, d + h / 2),
            a + QPointF(-d - w / 2 + 2, -d - h / 2),
            a + QPointF(-d - w / 2 + 2, d + h / 2),
            a + QPointF(0, -o - h / 2),
            a + QPointF(0, o + h / 2),
        };
    }
    for (const QPointF& ctr : centres) {
        const QPolygonF box = rotatedRect(ctr, w, h, 0.0);
        if (!fits(box, c.priority >= kCoverSoftPriority))
            continue;
        occupy(box);
        drawText(painter, c, ctr, 0.0, w - 2 * kPadPx);
        out.push_back({c.text, box});
        return true;
    }
    return false;
}

int LabelEngine::placeLine(const LabelCandidate& c, QPainter& painter, std::vector<PlacedLabel>& out)
{
    const QPolygonF& line = c.line;
    if (line.size() < 2)
        return 0;
    std::vector<double> cum(static_cast<std::size_t>(line.size()), 0.0);
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF d = line[i] - line[i - 1];
        cum[static_cast<std::size_t>(i)] = cum[static_cast<std::size_t>(i - 1)] + std::hypot(d.x(), d.y());
    }
    const double total = cum.back();
    const QFontMetricsF fm(c.font, painter.device());
    const double textW = fm.horizontalAdvance(c.text);
    const double w = textW + 2 * kPadPx;
    const double h = fm.height() + kPadPx;
    if (total < w * 1.15)
        return c.horizontalFallback && placeBesideLine(c, cum, painter, out) ? 1 : 0;
    const auto at = [&](double s) {
        s = std::clamp(s, 0.0, total);
        const auto it = std::lower_bound(cum.begin(), cum.end(), s);
        std::size_t i = static_cast<std::size_t>(it - cum.begin());
        if (i == 0)
            return line[0];
        const double seg = cum[i] - cum[i - 1];
        const double t = seg > 0 ? (s - cum[i - 1]) / seg : 0.0;
        return line[static_cast<qsizetype>(i - 1)] + (line[static_cast<qsizetype>(i)] - line[static_cast<qsizetype>(i - 1)]) * t;
    };
    int n = 1;
    if (c.repeatPx > 0 && total > 2 * c.repeatPx)
        n = std::min(6, static_cast<int>(total / c.repeatPx));
    const double span = total / n;
    int placed = 0;
    for (int k = 0; k < n; ++k) {
        const double target = (k + 0.5) * span;
        bool done = false;
        for (int step = 0; step <= 12 && !done; ++step) {
            const double shift = (step % 2 ? 1 : -1) * ((step + 1) / 2) * span / 14.0;
            const double s = target + shift;
            if (s - w / 2 < 0 || s + w / 2 > total)
                continue;
            const QPointF p0 = at(s - w / 2), p1 = at(s + w / 2);
            const QPointF chord = p1 - p0;
            const double chordLen = std::hypot(chord.x(), chord.y());
            if (chordLen < 0.92 * w)
                continue; // the line bends too much under the label
            // Every vertex under the label must stay close to the chord.
            bool straight = true;
            for (std::size_t i = 0; i < cum.size() && straight; ++i) {
                if (cum[i] <= s - w / 2 || cum[i] >= s + w / 2)
                    continue;
                const QPointF v = line[static_cast<qsizetype>(i)] - p0;
                const double dev = std::abs(v.x() * chord.y() - v.y() * chord.x()) / chordLen;
                straight = dev < 0.35 * h;
            }
            if (!straight)
                continue;
            double angle = std::atan2(chord.y(), chord.x()) * 180.0 / std::numbers::pi;
            if (angle > 90)
                angle -= 180;
            else if (angle < -90)
                angle += 180;
            const double rad = angle * std::numbers::pi / 180.0;
            const QPointF normal(std::sin(rad), -std::cos(rad)); // "up" for the upright text
            const QPointF mid = (p0 + p1) / 2;
            const double off = c.offsetPx + h / 2 + 0.5;
            for (const double side : {1.0, -1.0}) {
                const QPointF ctr = mid + normal * (side * off);
                const QPolygonF box = rotatedRect(ctr, w, h, angle);
                if (!fits(box, c.priority >= kCoverSoftPriority))
                    continue;
                occupy(box);
                drawText(painter, c, ctr, angle, textW);
                out.push_back({c.text, box});
                ++placed;
                done = true;
                break;
            }
        }
    }
    if (placed == 0 && c.horizontalFallback && placeBesideLine(c, cum, painter, out))
        placed = 1;
    return placed;
}

bool LabelEngine::placeBesideLine(const LabelCandidate& c, const std::vector<double>& cum, QPainter& painter, std::vector<PlacedLabel>& out)
{
    const QPolygonF& line = c.line;
    const double total = cum.back();
    if (!(total > 0))
        return false;
    const QFontMetricsF fm(c.font, painter.device());
    const double textW = fm.horizontalAdvance(c.text);
    const double w = textW + 2 * kPadPx;
    const double h = fm.height() + kPadPx;
    const auto at = [&](double s) {
        s = std::clamp(s, 0.0, total);
        const auto it = std::lower_bound(cum.begin(), cum.end(), s);
        const std::size_t i = static_cast<std::size_t>(it - cum.begin());
        if (i == 0)
            return line[0];
        const double seg = cum[i] - cum[i - 1];
        const double t = seg > 0 ? (s - cum[i - 1]) / seg : 0.0;
        return line[static_cast<qsizetype>(i - 1)] + (line[static_cast<qsizetype>(i)] - line[static_cast<qsizetype>(i - 1)]) * t;
    };
    // The text must keep clear of the line (and its width) everywhere, not only at the anchor: a wavy
    // line may come back under it.
    const auto crossesLine = [&](const QRectF& box) {
        const QRectF keep = box.adjusted(-c.offsetPx, -c.offsetPx, c.offsetPx, c.offsetPx);
        for (qsizetype i = 1; i < line.size(); ++i)
            if (QPointF a = line[i - 1], b = line[i]; clipSegment(a, b, keep))
                return true;
        return false;
    };
    const bool coverSoft = c.priority >= kCoverSoftPriority;
    // Near the middle first, then further out; on each side of the line along its local normal, then
    // straight above / below / right / left of the anchor.
    for (const double f : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74}) {
        const double s = f * total;
        const QPointF p = at(s);
        const double span = std::max(w / 2, 6.0);
        QPointF d = at(s + span) - at(s - span);
        const double len = std::hypot(d.x(), d.y());
        d = len > 0 ? d / len : QPointF(1, 0);
        const QPointF n(-d.y(), d.x());
        std::vector<QPointF> dirs{n, -n, QPointF(0, -1), QPointF(0, 1), QPointF(1, 0), QPointF(-1, 0)};
        for (const QPointF& dir : dirs) {
            // Distance from the anchor at which the box, centred along `dir`, just clears the line's edge.
            const double support = std::abs(dir.x()) * w / 2 + std::abs(dir.y()) * h / 2;
            const QPointF ctr = p + dir * (support + c.offsetPx + 1.5);
            const QRectF box(ctr.x() - w / 2, ctr.y() - h / 2, w, h);
            if (crossesLine(box))
                continue;
            const QPolygonF poly = rectPolygon(box);
            if (!fits(poly, coverSoft))
                continue;
            occupy(poly);
            drawText(painter, c, ctr, 0.0, textW);
            out.push_back({c.text, poly});
            return true;
        }
    }
    return false;
}

std::vector<PlacedLabel> LabelEngine::placeAndDraw(QPainter& painter)
{
    std::vector<PlacedLabel> out;
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const LabelCandidate& c : m_candidates) {
        if (c.text.isEmpty())
            continue;
        if (c.kind == LabelCandidate::Kind::Line)
            placeLine(c, painter, out);
        else
            placePoint(c, painter, out);
    }
    painter.restore();
    return out;
}

} // namespace corridor::render
