#include "app/render/map_renderer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace corridor::render {
namespace {

constexpr double kMinStepPx = 0.5; // drop vertices closer than this to the previous one: invisible

/// Appends the ring's vertices as pixels, skipping sub-pixel steps and breaking at NaN (untransformable
/// points). Calls `flush` for each continuous run.
template <class Flush>
std::size_t ringToPixels(const geo::GeometryStore& g, std::size_t r, const Viewport& vp, QPolygonF& buf, Flush&& flush)
{
    const auto c = g.ringCoords(r);
    std::size_t drawn = 0;
    buf.clear();
    QPointF last;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        const double x = c[i], y = c[i + 1];
        if (!std::isfinite(x) || !std::isfinite(y)) {
            if (buf.size() > 1)
                flush(buf);
            drawn += static_cast<std::size_t>(buf.size());
            buf.clear();
            continue;
        }
        const QPointF p = vp.toPixel(x, y);
        const bool lastVertex = i + 2 >= c.size();
        if (!buf.isEmpty() && !lastVertex && std::abs(p.x() - last.x()) < kMinStepPx && std::abs(p.y() - last.y()) < kMinStepPx)
            continue;
        buf.append(p);
        last = p;
    }
    if (buf.size() > 1)
        flush(buf);
    drawn += static_cast<std::size_t>(buf.size());
    return drawn;
}

} // namespace

RenderStats renderMap(const RenderSnapshot& snapshot, QPainter& painter, const std::atomic_bool* cancel)
{
    RenderStats stats;
    const Viewport& vp = snapshot.viewport;
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(vp.sizePx())), snapshot.background);
    if (!vp.isValid()) {
        painter.restore();
        return stats;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    QElapsedTimer timer;
    QPolygonF buf;
    const double px = vp.mapUnitsPerPixel();
    for (const RenderLayer& rl : snapshot.layers) {
        if (!rl.style.visible || !rl.layer)
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stats.cancelled = true;
            break;
        }
        const geo::GeometryStore& g = rl.layer->geometry();
        const LayerStyle& st = rl.style;
        timer.start();
        // Cull with the index, in a margin of a few pixels so symbols at the edge are not cut.
        const geo::Envelope box = vp.extent().buffered(px * (st.pointSizePx + st.strokeWidthPx + 2));
        std::vector<std::uint32_t> ids;
        if (box.contains(rl.layer->extent())) {
            ids.resize(g.featureCount());
            for (std::uint32_t i = 0; i < ids.size(); ++i)
                ids[i] = i;
        } else {
            ids = rl.layer->spatialIndex().query(box);
        }
        stats.cullMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        stats.featuresConsidered += ids.size();
        timer.start();

        painter.setOpacity(st.opacity);
        QPen pen(st.stroke, st.strokeWidthPx, st.penStyle, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        const QPen pointPen(st.stroke, 1.0);
        for (std::size_t n = 0; n < ids.size(); ++n) {
            if ((n & 1023) == 1023 && cancel && cancel->load(std::memory_order_relaxed)) {
                stats.cancelled = true;
                break;
            }
            const std::uint32_t f = ids[n];
            const geo::Envelope& env = g.featureEnvelope(f);
            if (env.isNull())
                continue;
            const bool subPixel = env.width() < px && env.height() < px;
            bool drew = false;
            for (auto p = g.featurePartBegin(f); p < g.featurePartEnd(f); ++p) {
                switch (g.partKind(p)) {
                case geo::PartKind::Point: {
                    const auto r = g.partRingBegin(p);
                    if (g.ringSize(r) == 0)
                        break;
                    const geo::MapPoint mp = g.point(g.ringPointBegin(r));
                    if (!std::isfinite(mp.x) || !std::isfinite(mp.y))
                        break;
                    const QPointF c = vp.toPixel(mp.x, mp.y);
                    painter.setPen(pointPen);
                    painter.setBrush(st.fill);
                    const double rad = st.pointSizePx / 2.0;
                    painter.drawEllipse(c, rad, rad);
                    ++stats.pointsDrawn;
                    drew = true;
                    break;
                }
                case geo::PartKind::Line: {
                    if (subPixel)
                        break;
                    painter.setPen(pen);
                    painter.setBrush(Qt::NoBrush);
                    for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
                        stats.pointsDrawn += ringToPixels(g, r, vp, buf, [&](const QPolygonF& poly) { painter.drawPolyline(poly); });
                    drew = true;
                    break;
                }
                case geo::PartKind::Polygon: {
                    if (subPixel)
                        break;
                    QPainterPath path;
                    path.setFillRule(Qt::OddEvenFill);
                    for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
                        stats.pointsDrawn += ringToPixels(g, r, vp, buf, [&](const QPolygonF& poly) { path.addPolygon(poly); path.closeSubpath(); });
                    painter.setPen(pen);
                    painter.setBrush(st.fill);
                    painter.drawPath(path);
                    drew = true;
                    break;
                }
                }
            }
            if (drew)
                ++stats.featuresDrawn;
        }
        stats.drawMs += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (stats.cancelled)
            break;
    }
    painter.restore();
    return stats;
}

} // namespace corridor::render
