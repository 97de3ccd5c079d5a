#include "app/ui/map_tool.h"

#include "app/ui/map_canvas.h"
#include "geo/crs_transform.h"
#include "geo/geodesic.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace corridor::ui {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), m_canvas(canvas) {}

bool IdentifyTool::keyPressed(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Space)
        return false;
    // Keyboard use: identify what is under the centre of the map.
    clicked(QPointF(canvas()->width() / 2.0, canvas()->height() / 2.0), event->modifiers());
    return true;
}

void IdentifyTool::clicked(QPointF px, Qt::KeyboardModifiers modifiers)
{
    emit identifyRequested(px, modifiers.testFlag(Qt::ShiftModifier) || modifiers.testFlag(Qt::ControlModifier));
}

MeasureTool::MeasureTool(MapCanvas* canvas) : MapTool(canvas) {}

void MeasureTool::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit changed();
    canvas()->update();
}

void MeasureTool::clear()
{
    m_points.clear();
    m_finished = false;
    emit changed();
    canvas()->update();
}

void MeasureTool::addPoint(geo::GeoPoint p)
{
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.push_back(p);
    emit changed();
    canvas()->update();
}

void MeasureTool::finish()
{
    if (m_points.empty())
        return;
    m_finished = true;
    m_hover.reset();
    emit changed();
    canvas()->update();
}

void MeasureTool::deactivated()
{
    m_hover.reset();
}

std::optional<geo::GeoPoint> MeasureTool::toGeo(QPointF px, bool snap) const
{
    geo::MapPoint mp = canvas()->toMap(px);
    if (snap && m_snapper)
        if (auto s = m_snapper(px))
            mp = *s;
    auto xf = geo::CrsTransform::get(canvas()->crs(), geo::Crs::wgs84());
    if (!xf)
        return std::nullopt;
    const geo::MapPoint g = (*xf)->transform(mp.x, mp.y);
    if (!std::isfinite(g.x) || !std::isfinite(g.y))
        return std::nullopt;
    return geo::GeoPoint{g.x, g.y};
}

void MeasureTool::clicked(QPointF px, Qt::KeyboardModifiers modifiers)
{
    // Shift places the vertex exactly under the cursor, without snapping.
    if (auto g = toGeo(px, !modifiers.testFlag(Qt::ShiftModifier)))
        addPoint(*g);
}

void MeasureTool::doubleClicked(QPointF)
{
    // The first click of the double-click already added the vertex.
    finish();
}

void MeasureTool::rightClicked(QPointF)
{
    finish();
}

void MeasureTool::hovered(QPointF px)
{
    if (m_points.empty() || m_finished)
        return;
    m_hover = toGeo(px, true);
    canvas()->update();
}

bool MeasureTool::keyPressed(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space: // keyboard use: a vertex at the centre of the map (pan with the arrows)
        clicked(QPointF(canvas()->width() / 2.0, canvas()->height() / 2.0), event->modifiers());
        return true;
    case Qt::Key_Escape:
        clear();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.empty()) {
            m_points.pop_back();
            m_finished = false;
            emit changed();
            canvas()->update();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    default:
        return false;
    }
}

void MeasureTool::paint(QPainter& painter)
{
    if (m_points.empty())
        return;
    std::vector<geo::GeoPoint> line = m_points;
    if (m_hover && !m_finished)
        line.push_back(*m_hover);
    if (m_mode == Mode::Area && line.size() >= 3)
        line.push_back(line.front());
    // Geodesics are curves in every projection: densify (20 km) before projecting.
    const std::vector<geo::GeoPoint> dense = geo::geodesic::densifyLine(line, 20000.0);
    auto xf = geo::CrsTransform::get(geo::Crs::wgs84(), canvas()->crs());
    if (!xf)
        return;
    std::vector<double> xy;
    xy.reserve(dense.size() * 2);
    for (const auto& g : dense) {
        xy.push_back(g.lon);
        xy.push_back(g.lat);
    }
    (*xf)->transformInPlace(xy);
    QPainterPath path;
    bool first = true;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1])) {
            first = true;
            continue;
        }
        const QPointF px = canvas()->toPixel({xy[i], xy[i + 1]});
        if (first)
            path.moveTo(px);
        else
            path.lineTo(px);
        first = false;
    }
    if (m_mode == Mode::Area && line.size() >= 4)
        painter.fillPath(path, QColor(30, 110, 220, 50));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(QColor(20, 80, 200), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(20, 80, 200));
    for (const auto& g : m_points) {
        const geo::MapPoint m = (*xf)->transform(g.lon, g.lat);
        if (std::isfinite(m.x) && std::isfinite(m.y))
            painter.drawEllipse(canvas()->toPixel(m), 4.5, 4.5);
    }
    // The running total beside the last vertex.
    const Measurement ms = measureGeodesic(line.size() > m_points.size() && m_mode == Mode::Distance ? line : m_points,
                                           m_mode == Mode::Area);
    QString label;
    const QLocale loc;
    if (m_mode == Mode::Area)
        label = tr("%1 km²").arg(loc.toString(ms.areaM2 / 1e6, 'f', 0));
    else
        label = tr("%1 km").arg(loc.toString(ms.lengthM / 1000.0, 'f', 1));
    const geo::GeoPoint& lastG = (m_hover && !m_finished) ? *m_hover : m_points.back();
    const geo::MapPoint lm = (*xf)->transform(lastG.lon, lastG.lat);
    if (std::isfinite(lm.x) && std::isfinite(lm.y)) {
        const QPointF at = canvas()->toPixel(lm) + QPointF(10, -10);
        QFont f = painter.font();
        f.setBold(true);
        painter.setFont(f);
        const QRectF box = QRectF(painter.fontMetrics().boundingRect(label)).adjusted(-5, -3, 5, 3).translated(at);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(20, 50, 120));
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace corridor::ui
