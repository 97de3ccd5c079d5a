#pragma once
// Toolbar and menu icons drawn with QPainter (no icon theme is guaranteed on the target systems), in
// the palette's text colour with one accent, at 1× and 2× for high-DPI screens.

#include <QColor>
#include <QIcon>

namespace corridor::ui {

enum class IconKind {
    Open, AddData, Save, Pan, Identify, MeasureLine, MeasureArea, ZoomIn, ZoomOut, FullExtent,
    Previous, Next, ZoomLayer, ZoomSelection, Table, Bookmark, Search, Style, Remove, Export, ClearSelection
};

QIcon makeIcon(IconKind kind, const QColor& ink, const QColor& accent = QColor(0x1f, 0x6f, 0xd1));

} // namespace corridor::ui
