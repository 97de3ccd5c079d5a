#include "app/render/layer_style.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace corridor::render {

namespace {
class StyleText {
    Q_DECLARE_TR_FUNCTIONS(StyleText)
};

// Colour families (ColorBrewer-like, checked for contrast on the pale country fills): gas in oranges,
// oil in browns, power in blues, air in purple. Status is carried by the dash, never by colour, so the
// family stays readable in grey-scale print.
const QColor kGas(0xd9, 0x5f, 0x0e);
const QColor kOil(0x6b, 0x45, 0x1f);
const QColor kPower(0x1f, 0x5f, 0xbf);
const QColor kAir(0x6a, 0x2c, 0x91);

Symbol lineSymbol(QColor c, double w, Qt::PenStyle style)
{
    Symbol s;
    s.stroke = c;
    s.strokeWidthPx = w;
    s.penStyle = style;
    s.casingPx = 0.8;
    return s;
}

/// Operating solid, under construction dashed, planned dotted.
std::vector<Category> statusCategories(QColor c, double w)
{
    Symbol operating = lineSymbol(c, w, Qt::SolidLine);
    Symbol building = lineSymbol(c, w, Qt::CustomDashLine);
    building.dashPattern = {4.0, 2.0};
    Symbol planned = lineSymbol(c, w, Qt::CustomDashLine);
    planned.dashPattern = {0.1, 2.2}; // round caps turn the short dashes into dots
    return {
        Category{QStringLiteral("operating"), StyleText::tr("operating"), operating},
        Category{QStringLiteral("under construction"), StyleText::tr("under construction"), building},
        Category{QStringLiteral("planned"), StyleText::tr("planned"), planned},
    };
}

Symbol iconSymbol(const char* name, double sizePx)
{
    Symbol s;
    s.icon = QStringLiteral(":/corridor/icons/%1.svg").arg(QLatin1String(name));
    s.pointSizePx = sizePx;
    s.fill = QColor(0x55, 0x55, 0x55);
    s.stroke = Qt::white;
    return s;
}
} // namespace

double ProportionalSize::sizeFor(const QVariant& v) const
{
    bool ok = false;
    const double x = v.isValid() ? v.toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(x) || x <= 0)
        return minPx;
    return std::max(minPx, maxPx * std::min(x, maxValue * 4) / maxValue);
}

Symbol LayerStyle::baseSymbol() const
{
    Symbol s;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidthPx = strokeWidthPx;
    s.penStyle = penStyle;
    s.dashPattern = dashPattern;
    s.pointSizePx = pointSizePx;
    s.icon = icon;
    s.casingPx = casingPx;
    return s;
}

void LayerStyle::setBaseSymbol(const Symbol& s)
{
    fill = s.fill;
    stroke = s.stroke;
    strokeWidthPx = s.strokeWidthPx;
    penStyle = s.penStyle;
    dashPattern = s.dashPattern;
    pointSizePx = s.pointSizePx;
    icon = s.icon;
    casingPx = s.casingPx;
}

std::optional<Symbol> LayerStyle::symbolFor(const geo::LayerData& layer, std::size_t row, int* index) const
{
    if (index)
        *index = -1;
    std::optional<Symbol> sym;
    switch (kind) {
    case Kind::Single:
        sym = baseSymbol();
        break;
    case Kind::Categorised: {
        const QString v = layer.attribute(row, field).toString();
        for (std::size_t i = 0; i < categories.size(); ++i) {
            if (categories[i].value == v) {
                if (!categories[i].visible)
                    return std::nullopt;
                if (index)
                    *index = static_cast<int>(i);
                sym = categories[i].symbol;
                break;
            }
        }
        if (!sym && drawOthers)
            sym = baseSymbol();
        break;
    }
    case Kind::Graduated: {
        bool ok = false;
        const double v = layer.attribute(row, field).toDouble(&ok);
        if (ok) {
            for (std::size_t i = 0; i < classes.size(); ++i) {
                if (v >= classes[i].lower && v < classes[i].upper) {
                    if (index)
                        *index = static_cast<int>(i);
                    sym = classes[i].symbol;
                    break;
                }
            }
        }
        if (!sym && drawOthers)
            sym = baseSymbol();
        break;
    }
    }
    if (sym && size.isActive()) {
        const double px = size.sizeFor(layer.attribute(row, size.field));
        if (layer.geometryType == geo::GeometryType::Point)
            sym->pointSizePx = px;
        else
            sym->strokeWidthPx = px;
    }
    return sym;
}

double LayerStyle::maxSymbolExtentPx() const
{
    double m = std::max(pointSizePx, strokeWidthPx + 2 * casingPx);
    for (const auto& c : categories)
        m = std::max({m, c.symbol.pointSizePx, c.symbol.strokeWidthPx + 2 * c.symbol.casingPx});
    for (const auto& c : classes)
        m = std::max({m, c.symbol.pointSizePx, c.symbol.strokeWidthPx + 2 * c.symbol.casingPx});
    if (size.isActive())
        m = std::max(m, size.maxPx * 4);
    return m;
}

QString labelText(const LabelStyle& ls, const geo::LayerData& data, std::size_t row)
{
    QString t;
    if (ls.field.contains(QLatin1Char('{'))) {
        // A template: "{city} ({iata})".
        static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
        t = ls.field;
        auto it = re.globalMatch(ls.field);
        while (it.hasNext()) {
            const auto m = it.next();
            t.replace(m.captured(0), data.attribute(row, m.captured(1)).toString());
        }
    } else {
        t = data.attribute(row, ls.field).toString();
    }
    if (ls.shorten)
        t = shortLabel(t);
    if (ls.upperCase)
        t = t.toUpper();
    return t;
}

QString shortLabel(const QString& name)
{
    QString s = name;
    for (const QString& sep : {QStringLiteral(" ("), QStringLiteral(";"), QStringLiteral(" – "), QStringLiteral(", "), QStringLiteral(" / ")}) {
        const int i = s.indexOf(sep);
        if (i > 1)
            s = s.left(i);
    }
    return s.trimmed();
}

LayerStyle defaultStyle(const geo::LayerData& layer)
{
    LayerStyle s;
    const QString& n = layer.name;
    if (n == QLatin1String("countries")) {
        s.title = StyleText::tr("Countries");
        s.fill = QColor(0xf1, 0xef, 0xe9);
        s.stroke = QColor(0xa8, 0xa2, 0x96);
        s.strokeWidthPx = 0.7;
        s.kind = LayerStyle::Kind::Categorised;
        s.field = QStringLiteral("corridor_group");
        const auto group = [](const char* value, const QString& label, QColor c) {
            Symbol sym;
            sym.fill = c;
            sym.stroke = QColor(0x9a, 0x94, 0x88);
            sym.strokeWidthPx = 0.7;
            return Category{QString::fromUtf8(value), label, sym};
        };
        s.categories = {
            group("Supplier", StyleText::tr("Supplier"), QColor(0xf8, 0xe4, 0xce)),
            group("South Caucasus", StyleText::tr("South Caucasus"), QColor(0xf6, 0xe8, 0xc8)),
            group("Türkiye", StyleText::tr("Türkiye"), QColor(0xf3, 0xea, 0xd2)),
            group("Balkans", StyleText::tr("Balkans"), QColor(0xe3, 0xee, 0xd3)),
            group("Southern Europe", StyleText::tr("Southern Europe"), QColor(0xdc, 0xea, 0xe0)),
            group("Central Europe", StyleText::tr("Central Europe"), QColor(0xdf, 0xe5, 0xef)),
            group("Eastern neighbourhood", StyleText::tr("Eastern neighbourhood"), QColor(0xec, 0xe6, 0xee)),
        };
        s.othersLabel = StyleText::tr("Other countries");
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.fontPx = 10.0;
        s.label.upperCase = true;
        s.label.letterSpacing = 112;
        s.label.color = QColor(0x6e, 0x68, 0x5e);
        s.label.halo = QColor(255, 255, 255, 150);
        s.label.haloPx = 1.2;
        s.label.priority = 10;
        s.capitalField = QStringLiteral("capital");
    } else if (n == QLatin1String("gas_pipelines")) {
        s.title = StyleText::tr("Gas pipelines");
        s.setBaseSymbol(lineSymbol(kGas, 1.6, Qt::SolidLine));
        s.kind = LayerStyle::Kind::Categorised;
        s.field = QStringLiteral("status");
        s.categories = statusCategories(kGas, 1.6);
        s.size = {QStringLiteral("capacity_bcm_y"), 31.5, 7.0, 1.4, QStringLiteral("bcm/y"), {5, 15, 30}}; // unit symbols: not translated
        s.label = {};
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.shorten = true;
        s.label.fontPx = 10.5;
        s.label.bold = true;
        s.label.color = QColor(0x8a, 0x3a, 0x05);
        s.label.priority = 60;
        s.label.priorityField = QStringLiteral("capacity_bcm_y");
        s.label.minPriorityValue = 1.0;
        s.label.repeatDistancePx = 700;
    } else if (n == QLatin1String("oil_pipelines")) {
        s.title = StyleText::tr("Oil pipelines");
        s.setBaseSymbol(lineSymbol(kOil, 1.8, Qt::SolidLine));
        s.kind = LayerStyle::Kind::Categorised;
        s.field = QStringLiteral("status");
        s.categories = statusCategories(kOil, 1.8);
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.shorten = true;
        s.label.fontPx = 9.5;
        s.label.italic = true;
        s.label.color = kOil;
        s.label.priority = 40;
    } else if (n == QLatin1String("power_links")) {
        s.title = StyleText::tr("Power links");
        s.setBaseSymbol(lineSymbol(kPower, 1.4, Qt::SolidLine));
        s.kind = LayerStyle::Kind::Categorised;
        s.field = QStringLiteral("status");
        s.categories = statusCategories(kPower, 1.4);
        s.size = {QStringLiteral("capacity_mw"), 1300.0, 4.5, 1.3, QStringLiteral("MW"), {500, 1000}};
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.shorten = true;
        s.label.fontPx = 9.0;
        s.label.color = QColor(0x17, 0x47, 0x8f);
        s.label.priority = 30;
        s.label.priorityField = QStringLiteral("capacity_mw");
        s.label.minPriorityValue = 1000;
    } else if (n == QLatin1String("air_routes")) {
        s.title = StyleText::tr("Air route (great circle)");
        s.setBaseSymbol(lineSymbol(kAir, 1.8, Qt::CustomDashLine));
        s.dashPattern = {5.0, 2.5};
        s.casingPx = 0.8;
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.shorten = true;
        s.label.fontPx = 10.0;
        s.label.italic = true;
        s.label.color = kAir;
        s.label.priority = 55;
    } else if (n == QLatin1String("airports")) {
        s.title = StyleText::tr("Airports");
        s.setBaseSymbol(iconSymbol("airport", 20));
        s.label.enabled = true;
        s.label.field = QStringLiteral("{city} ({iata})");
        s.label.fontPx = 10.5;
        s.label.bold = true;
        s.label.color = kAir;
        s.label.priority = 90;
    } else if (n == QLatin1String("facilities")) {
        s.title = StyleText::tr("Facilities");
        s.setBaseSymbol(iconSymbol("station", 9));
        s.kind = LayerStyle::Kind::Categorised;
        s.field = QStringLiteral("kind");
        s.othersLabel = StyleText::tr("Other station");
        const auto cat = [](const char* kind, const QString& label, const char* icon, double px, int prio, bool lab) {
            Category c{QString::fromLatin1(kind), label, iconSymbol(icon, px)};
            c.labelPriority = prio;
            c.showLabel = lab;
            return c;
        };
        s.categories = {
            cat("power_plant", StyleText::tr("Power plant"), "power_plant", 22, 100, true),
            cat("lng_terminal", StyleText::tr("LNG terminal"), "lng_terminal", 14, 20, true),
            cat("terminal", StyleText::tr("Terminal"), "terminal", 12, 15, true),
            cat("storage", StyleText::tr("Gas storage"), "storage", 12, 10, true),
            cat("compressor_station", StyleText::tr("Compressor station"), "compressor_station", 10, 0, false),
            cat("interconnection_point", StyleText::tr("Interconnection point"), "interconnection_point", 10, 0, false),
            cat("substation", StyleText::tr("Substation / converter"), "substation", 10, 0, false),
            cat("converter_station", StyleText::tr("Substation / converter"), "substation", 10, 0, false),
        };
        s.label.enabled = true;
        s.label.field = QStringLiteral("name");
        s.label.shorten = true;
        s.label.fontPx = 9.0;
        s.label.color = QColor(0x33, 0x33, 0x33);
        s.label.priority = 20;
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
