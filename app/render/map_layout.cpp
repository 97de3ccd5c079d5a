#include "app/render/map_layout.h"

#include "app/render/flow_overlay.h"
#include "geo/crs_transform.h"
#include "geo/geodesic.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>
#include <numbers>
#include <optional>

namespace corridor::render {

namespace {

class LayoutText {
    Q_DECLARE_TR_FUNCTIONS(LayoutText)
};

constexpr double kTitlePx = 22.0;
constexpr double kSubtitlePx = 12.0;
constexpr double kFooterPx = 8.0;
constexpr double kLegendTitlePx = 10.5;
constexpr double kLegendPx = 9.5;
constexpr double kLegendWidthPx = 205.0;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kFrame(0x4a, 0x4a, 0x4a);

struct Header {
    double titleH = 0, subtitleH = 0;
    double height() const { return titleH + subtitleH + (titleH + subtitleH > 0 ? 10 : 0); }
};

Header headerFor(const LayoutSpec& spec)
{
    Header h;
    if (!spec.title.isEmpty())
        h.titleH = kTitlePx * 1.35;
    if (!spec.subtitle.isEmpty())
        h.subtitleH = kSubtitlePx * 1.6;
    return h;
}

double footerHeight(const LayoutSpec& spec) { return spec.attribution.isEmpty() ? 0 : kFooterPx * 3.2; }

bool landscape(QSizeF page) { return page.width() >= page.height(); }

/// One line of the legend.
struct LegendItem {
    enum class Kind { Header, Sub, Swatch, HeaderSwatch, Ramp, Widths };
    Kind kind = Kind::Swatch;
    QString text;
    Symbol symbol;
    geo::GeometryType geometry = geo::GeometryType::None;
    double opacity = 1.0;
    /// Widths: sample line widths and their texts, side by side on one row (the flow legend is long
    /// enough already).
    std::vector<std::pair<double, QString>> samples = {};
};

/// A round legend value: the largest 1, 2 or 5 × 10^n not above `v`.
double floorNice(double v)
{
    if (!(v > 0) || !std::isfinite(v))
        return 0;
    const double e = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * e <= v * (1 + 1e-9))
            return m * e;
    return e;
}

/// The flow overlay's section: sample widths per commodity drawn, the colour scale, the special links.
/// First in the legend: when flows are shown they are what the map is about.
void flowLegendItems(const RenderSnapshot& map, const RenderStats& stats, std::vector<LegendItem>& items)
{
    if (!map.flows || (stats.flowLinesDrawn == 0 && !stats.flowOutagesDrawn))
        return;
    const FlowStyle& st = map.flows->style;
    const auto line = [](QColor colour, double width) {
        Symbol s;
        s.stroke = colour;
        s.strokeWidthPx = width;
        return s;
    };
    items.push_back({LegendItem::Kind::Header, st.difference ? LayoutText::tr("Change in flows") : LayoutText::tr("Flows"), {},
                     geo::GeometryType::Line, 1.0});
    if (st.difference && !st.scenarioName.isEmpty() && !st.referenceName.isEmpty())
        items.push_back({LegendItem::Kind::Sub, LayoutText::tr("Δ = \"%1\" − \"%2\"").arg(st.scenarioName, st.referenceName), {},
                         geo::GeometryType::Line, 1.0});
    const QColor neutral(0x6b, 0x6b, 0x6b);
    for (const QString& commodity : stats.flowCommodities) {
        const QString unit = model::unitSymbolFor(commodity, st.gasUnit);
        QString heading;
        if (commodity == QLatin1String("gas"))
            heading = st.difference ? LayoutText::tr("Width: change in gas flow (%1)").arg(unit) : LayoutText::tr("Width: gas flow (%1)").arg(unit);
        else if (commodity == QLatin1String("power"))
            heading = st.difference ? LayoutText::tr("Width: change in power flow (%1)").arg(unit)
                                    : LayoutText::tr("Width: power flow (%1)").arg(unit);
        else
            heading = st.difference ? LayoutText::tr("Width: change in flow") : LayoutText::tr("Width: flow");
        items.push_back({LegendItem::Kind::Sub, heading, {}, geo::GeometryType::Line, 1.0});
        const auto it = st.maxFlow.find(commodity);
        if (it == st.maxFlow.end() || !(it->second > 0))
            continue;
        const double top = floorNice(model::toDisplay(commodity, it->second, st.gasUnit));
        if (!(top > 0))
            continue;
        LegendItem row{LegendItem::Kind::Widths, QString(), line(neutral, 1.0), geo::GeometryType::Line, 1.0, {}};
        for (double v : {top / 10, top / 2, top}) {
            const double modelValue = model::fromDisplay(commodity, v, st.gasUnit);
            QString t = model::formatQuantity(commodity, modelValue, st.gasUnit);
            // The unit once, after the last sample ("2   10   20 bcm/yr"): the heading names it too.
            if (v != top)
                t = t.section(QChar(0x00a0), 0, 0);
            row.samples.emplace_back(flowWidthPx(st, commodity, modelValue), t);
        }
        items.push_back(std::move(row));
    }
    if (st.difference) {
        FlowLine more, less;
        more.flow = 1;
        less.flow = -1;
        items.push_back({LegendItem::Kind::Swatch, LayoutText::tr("More flow than the reference"), line(flowColour(st, more), 5.0),
                         geo::GeometryType::Line, 1.0});
        items.push_back({LegendItem::Kind::Swatch, LayoutText::tr("Less flow than the reference"), line(flowColour(st, less), 5.0),
                         geo::GeometryType::Line, 1.0});
    } else if (stats.flowLinesDrawn > 0) {
        items.push_back({LegendItem::Kind::Sub, LayoutText::tr("Colour: share of capacity used"), {}, geo::GeometryType::Line, 1.0});
        items.push_back({LegendItem::Kind::Ramp, QString(), {}, geo::GeometryType::Line, 1.0}); // texts: its ticks
    }
    if (stats.flowBottlenecksDrawn) {
        Symbol s = line(flowColour(st, FlowLine{}), 5.0);
        s.casing = QColor(0x1a, 0x1a, 0x1a);
        s.casingPx = 2.2;
        items.push_back({LegendItem::Kind::Swatch, LayoutText::tr("Bottleneck: limits served demand"), s, geo::GeometryType::Line, 1.0});
    }
    if (stats.flowOutagesDrawn) {
        Symbol s = line(QColor(0x8c, 0x8c, 0x8c), 1.6);
        s.penStyle = Qt::CustomDashLine;
        s.dashPattern = {3.0, 2.5};
        items.push_back({LegendItem::Kind::Swatch, LayoutText::tr("Out of service"), s, geo::GeometryType::Line, 1.0});
    }
}

/// The utilisation colour ramp as a bar with ticks at the ramp's stops.
QStringList drawRamp(QPainter& p, const QRectF& r, const QFont& font)
{
    QStringList texts;
    p.save();
    const QRectF bar(r.left() + 2, r.top() + 3, r.width() - 4, 7);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    const FlowStyle style;
    for (double u : {0.0, 0.25, 0.5, 0.7, 0.9, 0.95, 0.999, 1.0}) {
        FlowLine l;
        l.utilisation = u;
        g.setColorAt(u, flowColour(style, l));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRect(bar);
    p.setFont(font);
    p.setPen(kMuted);
    const QFontMetricsF fm(font, p.device());
    for (int pct : {0, 50, 100}) {
        const QString t = LayoutText::tr("%1 %").arg(pct);
        const double x = bar.left() + bar.width() * pct / 100.0;
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 2));
        const double w = fm.horizontalAdvance(t);
        const double tx = std::clamp(x - w / 2, r.left(), r.right() - w);
        p.drawText(QPointF(tx, bar.bottom() + 3 + fm.ascent()), t);
        texts << t;
    }
    p.restore();
    return texts;
}

std::vector<LegendItem> legendItems(const RenderSnapshot& map, const RenderStats& stats)
{
    std::vector<LegendItem> items;
    flowLegendItems(map, stats, items);
    // Top layers first, as a reader scans the map.
    for (std::size_t k = map.layers.size(); k-- > 0;) {
        const RenderLayer& rl = map.layers[k];
        if (!rl.layer || !rl.style.visible || !rl.style.showInLegend || k >= stats.layers.size())
            continue;
        const LayerUsage& use = stats.layers[k];
        if (!use.drawn)
            continue;
        const LayerStyle& st = rl.style;
        const geo::GeometryType gt = rl.layer->source().geometryType;
        items.push_back({LegendItem::Kind::Header, st.title.isEmpty() ? rl.layer->source().name : st.title, {}, gt, 1.0});
        const auto swatch = [&](const QString& text, Symbol s) {
            if (st.size.isActive()) {
                if (gt == geo::GeometryType::Point)
                    s.pointSizePx = std::max(s.pointSizePx, 8.0);
                else
                    s.strokeWidthPx = std::max(st.size.minPx, 2.0);
            }
            items.push_back({LegendItem::Kind::Swatch, text, s, gt, st.opacity});
        };
        if (st.kind == LayerStyle::Kind::Single) {
            if (!st.size.isActive()) {
                // One symbol: the layer's title next to its symbol, as a heading.
                items.back().kind = LegendItem::Kind::HeaderSwatch;
                items.back().symbol = st.baseSymbol();
                items.back().opacity = st.opacity;
            }
        } else if (st.kind == LayerStyle::Kind::Categorised) {
            // Categories sharing a label (e.g. substation / converter) are listed once.
            QStringList seen;
            for (std::size_t i = 0; i < st.categories.size(); ++i)
                if (i < use.categoriesDrawn.size() && use.categoriesDrawn[i] && !seen.contains(st.categories[i].label)) {
                    seen << st.categories[i].label;
                    swatch(st.categories[i].label, st.categories[i].symbol);
                }
            if (use.othersDrawn && st.drawOthers)
                swatch(st.othersLabel.isEmpty() ? LayoutText::tr("Other") : st.othersLabel, st.baseSymbol());
        } else {
            for (std::size_t i = 0; i < st.classes.size(); ++i)
                if (i < use.categoriesDrawn.size() && use.categoriesDrawn[i])
                    swatch(st.classes[i].label, st.classes[i].symbol);
            if (use.othersDrawn && st.drawOthers)
                swatch(st.othersLabel.isEmpty() ? LayoutText::tr("Other") : st.othersLabel, st.baseSymbol());
        }
        if (st.size.isActive() && !st.size.legendValues.empty()) {
            items.push_back({LegendItem::Kind::Sub, LayoutText::tr("Width: capacity (%1)").arg(st.size.unit), {}, gt, 1.0});
            Symbol s = st.categories.empty() ? st.baseSymbol() : st.categories.front().symbol;
            s.casingPx = 0;
            for (double v : st.size.legendValues) {
                Symbol w = s;
                if (gt == geo::GeometryType::Point)
                    w.pointSizePx = st.size.sizeFor(v);
                else
                    w.strokeWidthPx = st.size.sizeFor(v);
                items.push_back({LegendItem::Kind::Swatch, QStringLiteral("%1 %2").arg(v).arg(st.size.unit), w, gt, st.opacity});
            }
        }
    }
    return items;
}

void drawSwatch(QPainter& p, const LegendItem& it, const QRectF& r)
{
    p.save();
    p.setOpacity(it.opacity);
    const Symbol& s = it.symbol;
    const QPointF c = r.center();
    switch (it.geometry) {
    case geo::GeometryType::Polygon: {
        p.setPen(QPen(s.stroke, std::min(s.strokeWidthPx, 1.5)));
        p.setBrush(s.fill);
        p.drawRect(r.adjusted(2, 2, -2, -2));
        break;
    }
    case geo::GeometryType::Line: {
        if (s.casingPx > 0) {
            p.setPen(QPen(s.casing, s.strokeWidthPx + 2 * s.casingPx, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(r.left() + 2, c.y()), QPointF(r.right() - 2, c.y()));
        }
        QPen pen(s.stroke, s.strokeWidthPx, s.penStyle, Qt::FlatCap, Qt::RoundJoin);
        if (s.penStyle == Qt::CustomDashLine && !s.dashPattern.isEmpty()) {
            pen.setDashPattern(s.dashPattern);
            if (s.dashPattern[0] < 0.5)
                pen.setCapStyle(Qt::RoundCap);
        }
        p.setPen(pen);
        p.drawLine(QPointF(r.left() + 2, c.y()), QPointF(r.right() - 2, c.y()));
        break;
    }
    default: {
        const double rad = std::min(s.pointSizePx, r.height() + 4) / 2;
        if (!s.icon.isEmpty()) {
            QSvgRenderer svg(s.icon);
            if (svg.isValid()) {
                svg.render(&p, QRectF(c.x() - rad, c.y() - rad, 2 * rad, 2 * rad));
                break;
            }
        }
        p.setPen(QPen(s.stroke, 1.0));
        p.setBrush(s.fill);
        p.drawEllipse(c, rad, rad);
        break;
    }
    }
    p.restore();
}

/// Draws text at a baseline position; returns the advance.
double text(QPainter& p, const QFont& f, const QColor& c, QPointF baseline, const QString& s)
{
    p.setFont(f);
    p.setPen(c);
    p.drawText(baseline, s);
    return QFontMetricsF(f, p.device()).horizontalAdvance(s);
}

/// Legend geometry at one density: row heights and font sizes.
struct LegendMetrics {
    double rowH = 17.0;
    double headH = 22.0;
    double fontScale = 1.0;
    double colW = kLegendWidthPx;
    int columns = 1;

    double height(LegendItem::Kind k) const
    {
        switch (k) {
        case LegendItem::Kind::Header:
        case LegendItem::Kind::HeaderSwatch:
            return headH;
        case LegendItem::Kind::Ramp:
            return rowH + 11 * fontScale;
        default:
            return rowH;
        }
    }
};

constexpr double kLegendColumnGapPx = 12.0;
constexpr double kLegendTopPx = 24.0; // the "Legend" title above the first row of every column

/// Where each item goes (column, top) when `items` are poured into columns of `m`, or an empty vector
/// when they need more than m.columns.
std::vector<std::pair<int, double>> packLegend(const std::vector<LegendItem>& items, const LegendMetrics& m, const QRectF& area)
{
    std::vector<std::pair<int, double>> at;
    at.reserve(items.size());
    int col = 0;
    double y = area.top() + kLegendTopPx;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const LegendItem::Kind k = items[i].kind;
        const double h = m.height(k);
        // Never leave a heading alone at the foot of a column.
        const bool heading = k == LegendItem::Kind::Header || k == LegendItem::Kind::Sub;
        const double need = h + (heading && i + 1 < items.size() ? m.height(items[i + 1].kind) : 0);
        if (y + need > area.bottom() && y > area.top() + kLegendTopPx) {
            ++col;
            y = area.top() + kLegendTopPx;
        }
        if (col >= m.columns || y + h > area.bottom() + 0.5)
            return {};
        at.emplace_back(col, y);
        y += h;
    }
    return at;
}

/// The densest layout needed for every entry to fit `area`: first full size in as few columns as fit
/// side by side (at most kLegendWidthPx wide, never cut at the page edge), then tighter rows (down to
/// 75 %), then smaller type as well (down to 80 %). Nullopt when even that is not enough.
std::optional<std::pair<LegendMetrics, std::vector<std::pair<int, double>>>> legendLayout(const std::vector<LegendItem>& items, const QRectF& area)
{
    for (const double density : {1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6}) {
        LegendMetrics m;
        m.rowH *= density;
        m.headH *= density;
        m.fontScale = std::min(1.0, density / 0.75);
        const double minColW = 150.0 * m.fontScale;
        for (int n = 1;; ++n) {
            const double w = std::min(kLegendWidthPx, (area.width() - kLegendColumnGapPx * (n - 1)) / n);
            if (n > 1 && w < minColW)
                break;
            m.columns = n;
            m.colW = w;
            auto at = packLegend(items, m, area);
            if (!at.empty())
                return std::pair{m, std::move(at)};
            if (w < minColW)
                break;
        }
    }
    return std::nullopt;
}

QStringList drawLegend(QPainter& p, const LayoutSpec& spec, const RenderSnapshot& map, const RenderStats& stats, const QRectF& area,
                       int* omitted)
{
    QStringList texts;
    const auto items = legendItems(map, stats);
    if (items.empty())
        return texts;
    auto fitted = legendLayout(items, area);
    if (!fitted) {
        // Not even at the smallest size: as many entries as fit, and the caller told how many are missing.
        LegendMetrics m;
        m.rowH *= 0.6;
        m.headH *= 0.6;
        m.fontScale = 0.8;
        m.colW = std::min(kLegendWidthPx, area.width());
        m.columns = std::max(1, static_cast<int>((area.width() + kLegendColumnGapPx) / (m.colW + kLegendColumnGapPx)));
        std::vector<LegendItem> some = items;
        std::vector<std::pair<int, double>> at;
        while (!some.empty() && (at = packLegend(some, m, area)).empty())
            some.pop_back();
        if (omitted)
            *omitted = static_cast<int>(items.size() - some.size());
        fitted = std::pair{m, std::move(at)};
    }
    const LegendMetrics& m = fitted->first;
    const auto& at = fitted->second;
    const double fs = m.fontScale;
    const QFont head = renderFont(spec.fontFamily, kLegendTitlePx * fs, true);
    const QFont sub = renderFont(spec.fontFamily, (kLegendPx - 1) * fs, false, true);
    const QFont body = renderFont(spec.fontFamily, kLegendPx * fs);
    const QFont title = renderFont(spec.fontFamily, 12.5, true);
    const double rowH = m.rowH, headH = m.headH, colW = m.colW;
    const double swatchW = 30.0 * std::max(fs, 0.9);
    text(p, title, kInk, QPointF(area.left(), area.top() + 16), LayoutText::tr("Legend"));
    texts << LayoutText::tr("Legend");
    // A text wider than its column: smaller type (down to 85 %) before it is elided.
    const auto fitText = [&](const QFont& font, double px, const QString& s, double width) -> std::pair<QFont, QString> {
        const double w = QFontMetricsF(font, p.device()).horizontalAdvance(s);
        if (w <= width)
            return {font, s};
        const QFont f = renderFont(spec.fontFamily, px * std::max(0.85, width / w * 0.99), font.bold(), font.italic());
        return {f, QFontMetricsF(f, p.device()).elidedText(s, Qt::ElideRight, width)};
    };
    for (std::size_t i = 0; i < at.size(); ++i) {
        const LegendItem& it = items[i];
        const double x = area.left() + at[i].first * (colW + kLegendColumnGapPx);
        const double y = at[i].second;
        const double h = m.height(it.kind);
        switch (it.kind) {
        case LegendItem::Kind::Header:
            text(p, head, kInk, QPointF(x, y + headH - 5 * fs), it.text);
            break;
        case LegendItem::Kind::Sub: {
            const auto [f, t] = fitText(sub, (kLegendPx - 1) * fs, it.text, colW - 6);
            text(p, f, kMuted, QPointF(x + 4, y + rowH - 5 * fs), t);
            break;
        }
        case LegendItem::Kind::HeaderSwatch: {
            drawSwatch(p, it, QRectF(x + 2, y + 5 * fs, swatchW, rowH - 2));
            text(p, head, kInk, QPointF(x + swatchW + 8, y + headH - 5 * fs), it.text);
            break;
        }
        case LegendItem::Kind::Ramp:
            texts << drawRamp(p, QRectF(x + 2, y + 1, std::min(colW - 14, 150.0), h - 2), sub);
            continue;
        case LegendItem::Kind::Widths: {
            double sx = x + 2;
            const double sw = colW < 180 ? 18.0 : 24.0;
            for (const auto& [width, label] : it.samples) {
                LegendItem one = it;
                one.symbol.strokeWidthPx = std::min(width, rowH);
                drawSwatch(p, one, QRectF(sx, y + 1, sw, rowH - 2));
                sx += sw + 4;
                sx += text(p, body, kInk, QPointF(sx, y + rowH - 5 * fs), label) + (colW < 180 ? 6 : 9);
                texts << label;
            }
            continue;
        }
        case LegendItem::Kind::Swatch: {
            drawSwatch(p, it, QRectF(x + 2, y + 1, swatchW, rowH - 2));
            const auto [f, t] = fitText(body, kLegendPx * fs, it.text, colW - swatchW - 10);
            text(p, f, kInk, QPointF(x + swatchW + 8, y + rowH - 5 * fs), t);
            break;
        }
        }
        texts << it.text;
    }
    return texts;
}

void drawScaleBar(QPainter& p, const LayoutSpec& spec, const QRectF& frame, const Viewport& vp, LayoutResult& res)
{
    const double mpp = MapLayout::metresPerPixelAtCentre(vp);
    if (!(mpp > 0) || !std::isfinite(mpp))
        return;
    const double maxPx = std::min(frame.width() * 0.22, 220.0);
    const double km = MapLayout::roundKm(maxPx * mpp / 1000.0);
    if (!(km > 0))
        return;
    const double len = km * 1000.0 / mpp;
    const double barH = 5.0;
    const QFont f = renderFont(spec.fontFamily, 9.0);
    const QFontMetricsF fm(f, p.device());
    const QString unitLabel = LayoutText::tr("%1 km").arg(km, 0, 'g', 6);
    const double x0 = frame.right() - len - 22 - fm.horizontalAdvance(unitLabel) / 2;
    const double y0 = frame.bottom() - 22;
    // A white panel so the bar reads on any background.
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(QRectF(x0 - 10, y0 - fm.height() - 6, len + 20 + fm.horizontalAdvance(unitLabel) / 2 + 8, barH + fm.height() + 16), 3, 3);
    const int segs = 4;
    for (int i = 0; i < segs; ++i) {
        p.setBrush(i % 2 ? Qt::white : kInk);
        p.setPen(QPen(kInk, 0.8));
        p.drawRect(QRectF(x0 + len * i / segs, y0, len / segs, barH));
    }
    p.setFont(f);
    p.setPen(kInk);
    const auto label = [&](double at, const QString& s) { p.drawText(QPointF(at - fm.horizontalAdvance(s) / 2, y0 - 3), s); };
    label(x0, QStringLiteral("0"));
    label(x0 + len / 2, QStringLiteral("%1").arg(km / 2, 0, 'g', 6));
    label(x0 + len, unitLabel);
    p.restore();
    res.scaleBarKm = km;
    res.scaleLabel = unitLabel;
}

void drawNorthArrow(QPainter& p, const LayoutSpec& spec, const QRectF& frame, const Viewport& vp, LayoutResult& res)
{
    const double angle = MapLayout::northAngleAtCentre(vp);
    if (!std::isfinite(angle))
        return;
    res.northAngleDeg = angle;
    const QPointF c(frame.right() - 30, frame.top() + 36);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawEllipse(c, 22, 22);
    p.translate(c);
    p.rotate(angle);
    QPainterPath left, right;
    left.moveTo(0, -16);
    left.lineTo(-7, 10);
    left.lineTo(0, 5);
    left.closeSubpath();
    right.moveTo(0, -16);
    right.lineTo(7, 10);
    right.lineTo(0, 5);
    right.closeSubpath();
    p.setPen(QPen(kInk, 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(kInk);
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    const QFont f = renderFont(spec.fontFamily, 10.0, true);
    const QFontMetricsF fm(f, p.device());
    const QString n = LayoutText::tr("N");
    p.setFont(f);
    p.setPen(kInk);
    p.drawText(QPointF(-fm.horizontalAdvance(n) / 2, -17), n);
    p.restore();
}

} // namespace

double MapLayout::roundKm(double maxKm)
{
    if (!(maxKm > 0) || !std::isfinite(maxKm))
        return 0;
    const double e = std::pow(10.0, std::floor(std::log10(maxKm)));
    for (double m : {5.0, 2.5, 2.0, 1.0})
        if (m * e <= maxKm)
            return m * e;
    return e;
}

double MapLayout::metresPerPixelAtCentre(const Viewport& vp)
{
    auto tr = geo::CrsTransform::get(vp.crs(), geo::Crs::wgs84());
    if (!tr || !vp.isValid())
        return std::nan("");
    const QPointF c(vp.sizePx().width() / 2.0, vp.sizePx().height() / 2.0);
    const double d = std::max(10.0, vp.sizePx().width() / 20.0);
    const geo::MapPoint a = vp.toMap(c - QPointF(d, 0)), b = vp.toMap(c + QPointF(d, 0));
    const geo::MapPoint la = (*tr)->transform(a.x, a.y), lb = (*tr)->transform(b.x, b.y);
    return geo::geodesic::distanceM({la.x, la.y}, {lb.x, lb.y}) / (2 * d);
}

double MapLayout::northAngleAtCentre(const Viewport& vp)
{
    auto toGeo = geo::CrsTransform::get(vp.crs(), geo::Crs::wgs84());
    auto toMap = geo::CrsTransform::get(geo::Crs::wgs84(), vp.crs());
    if (!toGeo || !toMap || !vp.isValid())
        return std::nan("");
    const geo::MapPoint c = vp.extent().isNull() ? geo::MapPoint{} : geo::MapPoint{vp.extent().centerX(), vp.extent().centerY()};
    const geo::MapPoint ll = (*toGeo)->transform(c.x, c.y);
    const double dLat = ll.y > 89.9 ? -0.05 : 0.05;
    const geo::MapPoint n = (*toMap)->transform(ll.x, ll.y + dLat);
    const QPointF p0 = vp.toPixel(c.x, c.y), p1 = vp.toPixel(n.x, n.y);
    QPointF d = p1 - p0;
    if (dLat < 0)
        d = -d;
    return std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi;
}

QRectF MapLayout::mapFrame(const LayoutSpec& spec, QSizeF page)
{
    const double m = spec.marginPx;
    const Header h = headerFor(spec);
    const double top = m + h.height();
    const double bottom = page.height() - m - footerHeight(spec);
    double right = page.width() - m;
    double mapBottom = bottom;
    if (spec.legend) {
        if (landscape(page))
            right -= kLegendWidthPx + 16;
        else
            mapBottom -= std::max(150.0, (bottom - top) * 0.27);
    }
    return QRectF(QPointF(m, top), QPointF(right, mapBottom));
}

LayoutResult MapLayout::render(const LayoutSpec& spec, const RenderSnapshot& map, const RenderSnapshot* inset,
                               QPainter& p, QSizeF page)
{
    LayoutResult res;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    const QRectF frame = mapFrame(spec, page);
    res.mapFrame = frame;
    const double m = spec.marginPx;

    // Title block.
    const Header h = headerFor(spec);
    double y = m;
    if (!spec.title.isEmpty()) {
        const QFont f = renderFont(spec.fontFamily, kTitlePx, true);
        text(p, f, kInk, QPointF(m, y + kTitlePx), spec.title);
        y += h.titleH;
    }
    if (!spec.subtitle.isEmpty()) {
        const QFont f = renderFont(spec.fontFamily, kSubtitlePx);
        text(p, f, kMuted, QPointF(m, y + kSubtitlePx + 1), spec.subtitle);
    }

    // The map, with labels kept clear of the items drawn over it.
    RenderSnapshot framed = map;
    const double fw = frame.width(), fh = frame.height();
    if (spec.northArrow)
        framed.labelObstacles.emplace_back(fw - 56, 10, 52, 52);
    if (spec.scaleBar) {
        const double bar = std::min(fw * 0.22, 220.0);
        framed.labelObstacles.emplace_back(fw - bar - 90, fh - 52, bar + 90, 52);
    }
    if (spec.inset && inset && inset->viewport.isValid()) {
        const QSizeF is = QSizeF(inset->viewport.sizePx());
        framed.labelObstacles.emplace_back(6, fh - is.height() - 14, is.width() + 8, is.height() + 8);
    }
    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    res.map = renderMap(framed, p);
    p.restore();

    // Inset locator, bottom-left inside the frame.
    if (spec.inset && inset && inset->viewport.isValid()) {
        const QSizeF is = QSizeF(inset->viewport.sizePx());
        const QRectF ir(frame.left() + 10, frame.bottom() - is.height() - 10, is.width(), is.height());
        p.save();
        p.translate(ir.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), is));
        renderMap(*inset, p);
        // The main map's extent, outlined (same CRS: a rectangle).
        const geo::Envelope& e = map.viewport.extent();
        const QPointF a = inset->viewport.toPixel(e.minX, e.maxY), b = inset->viewport.toPixel(e.maxX, e.minY);
        p.setPen(QPen(QColor(0xc0, 0x18, 0x18), 1.6));
        p.setBrush(QColor(0xc0, 0x18, 0x18, 30));
        p.drawRect(QRectF(a, b));
        p.restore();
        p.setPen(QPen(kFrame, 0.9));
        p.setBrush(Qt::NoBrush);
        p.drawRect(ir);
    }

    if (spec.scaleBar)
        drawScaleBar(p, spec, frame, map.viewport, res);
    if (spec.northArrow)
        drawNorthArrow(p, spec, frame, map.viewport, res);

    // Frame line over the map edge.
    p.setPen(QPen(kFrame, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);

    // Legend: a column right of the map (landscape) or a block under it (portrait), only what the map shows.
    if (spec.legend) {
        QRectF area;
        if (landscape(page))
            area = QRectF(QPointF(frame.right() + 16, frame.top() - 4), QPointF(page.width() - m, frame.bottom()));
        else
            area = QRectF(QPointF(m, frame.bottom() + 6), QPointF(page.width() - m, page.height() - m - footerHeight(spec)));
        res.legendEntries = drawLegend(p, spec, map, res.map, area, &res.legendEntriesOmitted);
    }

    // Attribution / source line.
    if (!spec.attribution.isEmpty()) {
        const QFont f = renderFont(spec.fontFamily, kFooterPx);
        p.setFont(f);
        p.setPen(kMuted);
        const QRectF r(QPointF(m, page.height() - m - footerHeight(spec) + 5), QPointF(page.width() - m, page.height() - m + 4));
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, spec.attribution);
    }
    p.restore();
    return res;
}

} // namespace corridor::render
