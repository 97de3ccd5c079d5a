#pragma once
// LayerStyle: how one layer is drawn — styles as data. A style is a plain value (copied into every
// RenderSnapshot, safe to share between threads) made of:
//   - a base symbol (the members fill/stroke/... below; used by the single-symbol renderer and as the
//     fallback of the other renderers),
//   - a renderer kind: Single, Categorised (one Symbol per attribute value) or Graduated (classes by
//     numeric ranges),
//   - optionally a proportional line width/point size driven by a numeric field (works with any kind),
//   - label settings.
// Colours, widths and sizes are in logical pixels (1/96 inch); the export scales them to the output DPI.

#include "geo/layer_data.h"

#include <QColor>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>
#include <vector>

namespace corridor::render {

/// One symbol: how a feature looks. Dash patterns in units of the line width (QPen::setDashPattern).
struct Symbol {
    QColor fill = QColor(0xd9, 0xd4, 0xc7);
    QColor stroke = QColor(0x55, 0x55, 0x55);
    double strokeWidthPx = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    QVector<qreal> dashPattern; // used when penStyle == Qt::CustomDashLine
    double pointSizePx = 6.0;
    /// An SVG icon (Qt resource path such as ":/corridor/icons/airport.svg") drawn instead of a circle.
    QString icon;
    /// A light casing drawn under lines (0 = none), widens the line by this many pixels each side.
    double casingPx = 0.0;
    QColor casing = QColor(255, 255, 255, 200);

    friend bool operator==(const Symbol&, const Symbol&) = default;
};

/// A category of a categorised renderer: features whose field equals `value` (string comparison).
struct Category {
    QString value;
    QString label; // legend text
    Symbol symbol;
    bool visible = true;
    bool showLabel = true;   // label features of this category
    int labelPriority = 0;   // added to the layer's label priority
    friend bool operator==(const Category&, const Category&) = default;
};

/// A class of a graduated renderer: lower <= value < upper.
struct GraduatedClass {
    double lower = 0.0;
    double upper = 0.0;
    QString label;
    Symbol symbol;
    friend bool operator==(const GraduatedClass&, const GraduatedClass&) = default;
};

/// Line width (or point size) proportional to a numeric field: width = max(minPx, maxPx * value / maxValue)
/// (a "proportional" symbol: widths are comparable between features). Features without a value get minPx.
struct ProportionalSize {
    QString field;
    double maxValue = 0.0;
    double maxPx = 0.0;
    double minPx = 1.0;
    QString unit;                  // legend unit, e.g. "bcm/y"
    std::vector<double> legendValues; // sample values shown in the legend
    bool isActive() const { return !field.isEmpty() && maxValue > 0 && maxPx > 0; }
    double sizeFor(const QVariant& v) const;
    friend bool operator==(const ProportionalSize&, const ProportionalSize&) = default;
};

struct LabelStyle {
    bool enabled = false;
    QString field;          // attribute to show, or a template such as "{city} ({iata})"
    bool shorten = false;   // cut long names at " (", ";", " – " (the bundled names carry details)
    double fontPx = 11.0;
    bool bold = false;
    bool italic = false;
    bool upperCase = false;
    double letterSpacing = 0.0; // percent, 100 = normal when > 0
    QColor color = QColor(0x22, 0x22, 0x22);
    QColor halo = QColor(255, 255, 255, 230);
    double haloPx = 1.6;
    int priority = 0;           // higher is placed first
    QString priorityField;      // a numeric field added to the priority (e.g. capacity)
    /// Only label features whose priorityField value is >= this (0 = all).
    double minPriorityValue = 0.0;
    /// For lines: repeat labels along lines longer than this many pixels per label (0 = never repeat).
    double repeatDistancePx = 0.0;
    friend bool operator==(const LabelStyle&, const LabelStyle&) = default;
};

struct LayerStyle {
    enum class Kind { Single, Categorised, Graduated };

    bool visible = true;
    QString title; // legend title; the layer name when empty
    // The base symbol (single renderer, fallback for others).
    QColor fill = QColor(0xd9, 0xd4, 0xc7);
    QColor stroke = QColor(0x55, 0x55, 0x55);
    double strokeWidthPx = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    double pointSizePx = 6.0;
    double opacity = 1.0;
    QString icon;
    double casingPx = 0.0;
    QVector<qreal> dashPattern;

    Kind kind = Kind::Single;
    QString field; // categorised / graduated attribute
    std::vector<Category> categories;
    std::vector<GraduatedClass> classes;
    /// Features matching no category: drawn with the base symbol when true, hidden otherwise.
    bool drawOthers = true;
    QString othersLabel;
    ProportionalSize size;
    LabelStyle label;
    /// Polygon layers: draw a capital marker and label at the lon/lat in fields capital_lat/capital_lon,
    /// named by this field (empty = none). Only for features of a visible category.
    QString capitalField;
    bool showInLegend = true;

    Symbol baseSymbol() const;
    void setBaseSymbol(const Symbol& s);
    /// The symbol of row `row` of `layer`; index (into categories/classes, -1 = base) via `index`.
    /// nullopt when the feature is not drawn (no matching category and drawOthers is false, or category hidden).
    std::optional<Symbol> symbolFor(const geo::LayerData& layer, std::size_t row, int* index = nullptr) const;
    /// The biggest extent a symbol reaches (for culling margins), in pixels.
    double maxSymbolExtentPx() const;

    friend bool operator==(const LayerStyle&, const LayerStyle&) = default;
};

/// The default style for a layer, chosen by its name (bundled corridor layers) and geometry type.
LayerStyle defaultStyle(const geo::LayerData& layer);

/// Cuts a long descriptive name to its short form: "TANAP (Trans-Anatolian ...)" -> "TANAP".
QString shortLabel(const QString& name);

/// The text a label shows for feature `row`: its field, or a "{field}" template filled in, shortened and
/// upper-cased as the style says. The renderer's rule; the style dialog previews with it.
QString labelText(const LabelStyle& ls, const geo::LayerData& data, std::size_t row);

} // namespace corridor::render
