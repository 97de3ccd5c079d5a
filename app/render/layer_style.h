#pragma once
// LayerStyle: how one layer is drawn. The foundation's plain style (single symbol per layer); the
// cartography work extends it with categorised/graduated renderers, labels and icons.

#include "geo/layer_data.h"

#include <QColor>
#include <QString>

namespace corridor::render {

struct LayerStyle {
    bool visible = true;
    QColor fill = QColor(0xd9, 0xd4, 0xc7);
    QColor stroke = QColor(0x55, 0x55, 0x55);
    double strokeWidthPx = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    double pointSizePx = 6.0;
    double opacity = 1.0;
};

/// The plain default style for a layer, chosen by its name (bundled corridor layers) and geometry type.
LayerStyle defaultStyle(const geo::LayerData& layer);

} // namespace corridor::render
