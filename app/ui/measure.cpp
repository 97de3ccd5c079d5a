#include "app/ui/measure.h"

#include "geo/geodesic.h"

namespace corridor::ui {

Measurement measureGeodesic(const std::vector<geo::GeoPoint>& points, bool area)
{
    Measurement m;
    for (std::size_t i = 1; i < points.size(); ++i)
        m.segmentM.push_back(geo::geodesic::distanceM(points[i - 1], points[i]));
    if (area && points.size() >= 3) {
        m.segmentM.push_back(geo::geodesic::distanceM(points.back(), points.front()));
        const auto pm = geo::geodesic::ringMeasure(points);
        m.areaM2 = pm.areaM2;
    }
    for (double s : m.segmentM)
        m.lengthM += s;
    return m;
}

} // namespace corridor::ui
