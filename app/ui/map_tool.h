#pragma once
// Map tools: what a left click on the canvas means. Dragging always pans (MapCanvas handles it), so a
// tool sees clean clicks, hovers, keys and paints its own overlay.
//
//   IdentifyTool  click (or Space: the map centre) → identifyRequested(pixel)
//   MeasureTool   clicks (or Space: the map centre) add geodesic vertices (snapped to point features), double-click/Enter
//                 finishes, Backspace removes the last vertex, Esc clears; draws the geodesic curves.
//
// GUI thread only; a tool belongs to its canvas's window.

#include "app/ui/measure.h"
#include "geo/types.h"

#include <QCursor>
#include <QObject>
#include <QPointF>

#include <functional>
#include <optional>
#include <vector>

class QKeyEvent;
class QPainter;

namespace corridor::ui {

class MapCanvas;

class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);
    MapCanvas* canvas() const { return m_canvas; }

    virtual QCursor cursor() const { return QCursor(Qt::ArrowCursor); }
    virtual void activated() {}
    virtual void deactivated() {}
    virtual void clicked(QPointF /*px*/, Qt::KeyboardModifiers /*modifiers*/) {}
    virtual void doubleClicked(QPointF /*px*/) {}
    virtual void rightClicked(QPointF /*px*/) {}
    virtual void hovered(QPointF /*px*/) {}
    /// Return true when the key was used.
    virtual bool keyPressed(QKeyEvent* /*event*/) { return false; }
    virtual void paint(QPainter& /*painter*/) {}

private:
    MapCanvas* m_canvas;
};

class IdentifyTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return QCursor(Qt::WhatsThisCursor); }
    void clicked(QPointF px, Qt::KeyboardModifiers modifiers) override;
    bool keyPressed(QKeyEvent* event) override;

signals:
    void identifyRequested(QPointF px, bool addToSelection);
};

class MeasureTool : public MapTool {
    Q_OBJECT
public:
    explicit MeasureTool(MapCanvas* canvas);
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    enum class Mode { Distance, Area };
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// Snaps a pixel to a nearby feature vertex (map CRS), if any; set by the window.
    void setSnapper(std::function<std::optional<geo::MapPoint>(QPointF)> snapper) { m_snapper = std::move(snapper); }

    const std::vector<geo::GeoPoint>& points() const { return m_points; }
    Measurement measurement() const { return measureGeodesic(m_points, m_mode == Mode::Area); }
    bool isFinished() const { return m_finished; }
    void clear();
    /// Adds a vertex at a lon/lat position (also used by keyboard entry and tests).
    void addPoint(geo::GeoPoint p);

    void deactivated() override;
    void clicked(QPointF px, Qt::KeyboardModifiers modifiers) override;
    void doubleClicked(QPointF px) override;
    void rightClicked(QPointF px) override;
    void hovered(QPointF px) override;
    bool keyPressed(QKeyEvent* event) override;
    void paint(QPainter& painter) override;

signals:
    void changed();

private:
    std::optional<geo::GeoPoint> toGeo(QPointF px, bool snap) const;
    void finish();

    Mode m_mode = Mode::Distance;
    std::vector<geo::GeoPoint> m_points;
    std::optional<geo::GeoPoint> m_hover;
    bool m_finished = false;
    std::function<std::optional<geo::MapPoint>(QPointF)> m_snapper;
};

} // namespace corridor::ui
