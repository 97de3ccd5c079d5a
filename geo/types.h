#pragma once
// One type per coordinate space (STYLE.md §4): GeoPoint is WGS 84 degrees, longitude first; MapPoint is in
// the units of some map CRS; pixels are QPointF. Envelope is an axis-aligned box in either space.

#include <algorithm>
#include <cmath>
#include <limits>

namespace corridor::geo {

struct GeoPoint {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

struct MapPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

/// Axis-aligned bounding box. A default-constructed envelope is null (contains nothing) and grows with
/// expand(); min > max marks it null.
struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    Envelope() = default;
    Envelope(double x0, double y0, double x1, double y1) : minX(x0), minY(y0), maxX(x1), maxY(y1) {}

    bool isNull() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return isNull() ? 0.0 : maxX - minX; }
    double height() const { return isNull() ? 0.0 : maxY - minY; }
    double centerX() const { return (minX + maxX) / 2.0; }
    double centerY() const { return (minY + maxY) / 2.0; }

    void expand(double x, double y)
    {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void expand(const Envelope& o)
    {
        if (o.isNull())
            return;
        expand(o.minX, o.minY);
        expand(o.maxX, o.maxY);
    }
    bool intersects(const Envelope& o) const
    {
        return !isNull() && !o.isNull() && minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }
    bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
    bool contains(const Envelope& o) const
    {
        return !o.isNull() && contains(o.minX, o.minY) && contains(o.maxX, o.maxY);
    }
    /// Grown by `d` on every side.
    Envelope buffered(double d) const { return isNull() ? *this : Envelope(minX - d, minY - d, maxX + d, maxY + d); }

    friend bool operator==(const Envelope&, const Envelope&) = default;
};

} // namespace corridor::geo
