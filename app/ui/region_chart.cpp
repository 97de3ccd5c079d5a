#include "app/ui/region_chart.h"

#include "app/ui/model_table_model.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <map>
#include <cmath>

namespace corridor::ui {

namespace {

const QColor kAzColour(0x1f, 0x77, 0xb4);
const QColor kOtherColour(0xb8, 0xb8, 0xb8);

double azShare(const std::map<QString, double>& byOrigin)
{
    const auto it = byOrigin.find(QString::fromLatin1(RegionChart::kAzerbaijan));
    return it == byOrigin.end() ? 0.0 : it->second;
}

} // namespace

RegionChart::RegionChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RegionChart"));
    setAccessibleName(tr("Gas into Central and Southern Europe by country and origin"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void RegionChart::setRegions(std::vector<model::RegionSummary> regions, model::GasUnit unit)
{
    m_regions = std::move(regions);
    // Gas first, then power: the question is first of all about gas into the regions.
    std::stable_sort(m_regions.begin(), m_regions.end(), [](const model::RegionSummary& a, const model::RegionSummary& b) {
        return (a.commodity == QLatin1String("gas")) > (b.commodity == QLatin1String("gas"));
    });
    m_unit = unit;
    update();
}

void RegionChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Gas into Central and Southern Europe by country and origin"));
        update();
    }
    QWidget::changeEvent(event);
}

void RegionChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);
    p.setPen(pal.color(QPalette::Text));
    if (m_regions.empty()) {
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No regional figures: solve a scenario first."));
        return;
    }

    // Legend.
    double x = area.left();
    const double y0 = area.top();
    for (const auto& [colour, text] : {std::pair{kAzColour, tr("From Azerbaijan")}, std::pair{kOtherColour, tr("Other origins")}}) {
        p.fillRect(QRectF(x, y0 + 3, 12, line - 6), colour);
        p.drawText(QPointF(x + 16, y0 + fm.ascent()), text);
        x += 16 + fm.horizontalAdvance(text) + 18;
    }

    // Rows: per region a header, an inflow bar, then one bar per country with demand.
    // Bars are comparable within a commodity (gas in the user's unit, power in MW): one scale each.
    struct Row {
        QString label;
        QString commodity;
        double az = 0, other = 0;
        bool header = false, inflow = false;
    };
    std::vector<Row> rows;
    std::map<QString, double> maxValue;
    for (const auto& r : m_regions) {
        const QString unit = model::unitSymbolFor(r.commodity, m_unit);
        const QString what = r.commodity == QLatin1String("gas") ? tr("gas") : r.commodity == QLatin1String("power") ? tr("power") : r.commodity;
        rows.push_back({unit.isEmpty() ? r.name : tr("%1 — %2, %3").arg(r.name, what, unit), r.commodity, 0, 0, true, false});
        const double inAz = azShare(r.inflowByOrigin);
        rows.push_back({tr("inflow"), r.commodity, inAz, std::max(0.0, r.inflow - inAz), false, true});
        double& mx = maxValue[r.commodity];
        mx = std::max(mx, r.inflow);
        for (const auto& c : r.countries) {
            if (c.demand <= 1e-12 && c.served <= 1e-12)
                continue;
            const double az = azShare(c.servedByOrigin);
            rows.push_back({c.country, r.commodity, az, std::max(0.0, c.served - az), false, false});
            mx = std::max(mx, c.served);
        }
    }
    double labelWidth = 0.0;
    for (const Row& r : rows)
        if (!r.header)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(r.label));
    const double top = y0 + line + 6;
    const double rowH = std::clamp((area.bottom() - top) / std::max<std::size_t>(1, rows.size()), line * 0.9, line * 1.8);
    const double barLeft = area.left() + labelWidth + 10;
    const double valueWidth = fm.horizontalAdvance(QStringLiteral("00000.00 ")) + 4;
    const double barMax = std::max(20.0, area.right() - barLeft - valueWidth);
    double y = top;
    for (const Row& r : rows) {
        if (r.header) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(area.left(), y, area.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter, r.label);
            p.setFont(font());
            y += rowH;
            continue;
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(area.left(), y, labelWidth, rowH), Qt::AlignRight | Qt::AlignVCenter, r.label);
        const double h = rowH * 0.68;
        const double by = y + (rowH - h) / 2;
        // Nothing of this commodity anywhere (e.g. no power reaches the region yet): no bars at all.
        const double scale = maxValue[r.commodity];
        const double wAz = scale > 1e-9 ? barMax * r.az / scale : 0.0;
        const double wOther = scale > 1e-9 ? barMax * r.other / scale : 0.0;
        p.fillRect(QRectF(barLeft, by, wAz, h), r.inflow ? kAzColour.darker(115) : kAzColour);
        p.fillRect(QRectF(barLeft + wAz, by, wOther, h), r.inflow ? kOtherColour.darker(115) : kOtherColour);
        p.drawText(QRectF(barLeft + wAz + wOther + 4, y, valueWidth, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   formatModelNumber(r.commodity, r.az + r.other, m_unit, false));
        y += rowH;
        if (y > area.bottom())
            break;
    }
}

} // namespace corridor::ui
