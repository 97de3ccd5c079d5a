#include "app/render/layer_style.h"

namespace corridor::render {

LayerStyle defaultStyle(const geo::LayerData& layer)
{
    LayerStyle s;
    const QString& n = layer.name;
    if (n == QLatin1String("countries")) {
        s.fill = QColor(0xf2, 0xef, 0xe6);
        s.stroke = QColor(0x9a, 0x94, 0x88);
        s.strokeWidthPx = 0.6;
    } else if (n == QLatin1String("gas_pipelines")) {
        s.stroke = QColor(0xd9, 0x5f, 0x0e);
        s.strokeWidthPx = 2.2;
    } else if (n == QLatin1String("oil_pipelines")) {
        s.stroke = QColor(0x5b, 0x3a, 0x1a);
        s.strokeWidthPx = 1.4;
        s.penStyle = Qt::DashLine;
    } else if (n == QLatin1String("power_links")) {
        s.stroke = QColor(0x1f, 0x5f, 0xbf);
        s.strokeWidthPx = 1.8;
    } else if (n == QLatin1String("air_routes")) {
        s.stroke = QColor(0x7b, 0x2f, 0x9e);
        s.strokeWidthPx = 1.6;
        s.penStyle = Qt::DashLine;
    } else if (n == QLatin1String("airports")) {
        s.fill = QColor(0x7b, 0x2f, 0x9e);
        s.stroke = Qt::white;
        s.pointSizePx = 9.0;
    } else if (n == QLatin1String("facilities")) {
        s.fill = QColor(0x33, 0x33, 0x33);
        s.stroke = Qt::white;
        s.pointSizePx = 6.0;
    } else {
        switch (layer.geometryType) {
        case geo::GeometryType::Polygon:
            s.fill = QColor(0x8f, 0xb3, 0xd9, 160);
            s.stroke = QColor(0x2d, 0x5d, 0x8a);
            break;
        case geo::GeometryType::Line:
            s.stroke = QColor(0x2d, 0x5d, 0x8a);
            s.strokeWidthPx = 1.5;
            break;
        default:
            s.fill = QColor(0x2d, 0x5d, 0x8a);
            s.stroke = Qt::white;
            break;
        }
    }
    return s;
}

} // namespace corridor::render
