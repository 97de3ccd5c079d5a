#include "app/render/viewport.h"

#include <algorithm>

namespace corridor::render {

Viewport::Viewport(geo::Crs crs, const geo::Envelope& extent, QSize sizePx) : m_crs(std::move(crs)), m_size(sizePx)
{
    if (extent.isNull() || sizePx.isEmpty())
        return;
    const double w = std::max(extent.width(), 1e-12), h = std::max(extent.height(), 1e-12);
    m_mapUnitsPerPixel = std::max(w / sizePx.width(), h / sizePx.height());
    const double halfW = m_mapUnitsPerPixel * sizePx.width() / 2.0;
    const double halfH = m_mapUnitsPerPixel * sizePx.height() / 2.0;
    m_extent = geo::Envelope(extent.centerX() - halfW, extent.centerY() - halfH, extent.centerX() + halfW,
                             extent.centerY() + halfH);
}

Viewport Viewport::zoomedAt(QPointF anchorPx, double factor) const
{
    if (!isValid() || factor <= 0)
        return *this;
    const geo::MapPoint anchor = toMap(anchorPx);
    Viewport v = *this;
    v.m_mapUnitsPerPixel = m_mapUnitsPerPixel / factor;
    v.m_extent.minX = anchor.x - anchorPx.x() * v.m_mapUnitsPerPixel;
    v.m_extent.maxY = anchor.y + anchorPx.y() * v.m_mapUnitsPerPixel;
    v.m_extent.maxX = v.m_extent.minX + m_size.width() * v.m_mapUnitsPerPixel;
    v.m_extent.minY = v.m_extent.maxY - m_size.height() * v.m_mapUnitsPerPixel;
    return v;
}

Viewport Viewport::panned(QPointF deltaPx) const
{
    Viewport v = *this;
    const double dx = -deltaPx.x() * m_mapUnitsPerPixel, dy = deltaPx.y() * m_mapUnitsPerPixel;
    v.m_extent = geo::Envelope(m_extent.minX + dx, m_extent.minY + dy, m_extent.maxX + dx, m_extent.maxY + dy);
    return v;
}

Viewport Viewport::resized(QSize sizePx) const
{
    Viewport v = *this;
    v.m_size = sizePx;
    const double halfW = m_mapUnitsPerPixel * sizePx.width() / 2.0;
    const double halfH = m_mapUnitsPerPixel * sizePx.height() / 2.0;
    v.m_extent = geo::Envelope(m_extent.centerX() - halfW, m_extent.centerY() - halfH, m_extent.centerX() + halfW,
                               m_extent.centerY() + halfH);
    return v;
}

} // namespace corridor::render
