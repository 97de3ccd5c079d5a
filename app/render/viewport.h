#pragma once
// Viewport: what part of the map (in map CRS units) is shown on how many device pixels. A value type,
// copied into every render snapshot. y grows up in map units and down in pixels.

#include "geo/crs.h"
#include "geo/types.h"

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace corridor::render {

class Viewport {
public:
    Viewport() = default;
    /// Shows at least `extent` (map units) in `sizePx`, centred, keeping square pixels: the extent is
    /// enlarged along one axis to match the aspect ratio.
    Viewport(geo::Crs crs, const geo::Envelope& extent, QSize sizePx);

    const geo::Crs& crs() const { return m_crs; }
    /// The visible extent (map units), matching the pixel aspect ratio.
    const geo::Envelope& extent() const { return m_extent; }
    QSize sizePx() const { return m_size; }
    bool isValid() const { return m_size.width() > 0 && m_size.height() > 0 && !m_extent.isNull() && m_mapUnitsPerPixel > 0; }
    /// Map units per pixel.
    double mapUnitsPerPixel() const { return m_mapUnitsPerPixel; }

    QPointF toPixel(double x, double y) const
    {
        return {(x - m_extent.minX) / m_mapUnitsPerPixel, (m_extent.maxY - y) / m_mapUnitsPerPixel};
    }
    geo::MapPoint toMap(QPointF px) const
    {
        return {m_extent.minX + px.x() * m_mapUnitsPerPixel, m_extent.maxY - px.y() * m_mapUnitsPerPixel};
    }

    /// Same viewport zoomed by `factor` (>1 zooms in) around a pixel that stays fixed.
    Viewport zoomedAt(QPointF anchorPx, double factor) const;
    /// Same viewport moved so the content shifts by `deltaPx` pixels.
    Viewport panned(QPointF deltaPx) const;
    /// Same map centre and scale on a different pixel size.
    Viewport resized(QSize sizePx) const;

private:
    geo::Crs m_crs;
    geo::Envelope m_extent;
    QSize m_size;
    double m_mapUnitsPerPixel = 0.0;
};

} // namespace corridor::render
