#include "app/ui/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace corridor::ui {

namespace {

void magnifier(QPainter& p, const QPen& pen)
{
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(10, 10), 6, 6);
    QPen h = pen;
    h.setWidthF(pen.widthF() * 1.6);
    p.setPen(h);
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
}

void draw(QPainter& p, IconKind kind, const QColor& ink, const QColor& accent)
{
    const QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen apen(accent, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    switch (kind) {
    case IconKind::Open: {
        QPainterPath path;
        path.moveTo(3, 6); path.lineTo(9, 6); path.lineTo(11, 8); path.lineTo(20, 8); path.lineTo(20, 19); path.lineTo(3, 19); path.closeSubpath();
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 60));
        p.drawPath(path);
        break;
    }
    case IconKind::AddData:
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(QPolygonF({QPointF(3, 8), QPointF(11, 4), QPointF(19, 8), QPointF(11, 12)}));
        p.drawPolyline(QPolygonF({QPointF(3, 12), QPointF(11, 16), QPointF(15, 14)}));
        p.setPen(QPen(accent, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(18, 13), QPointF(18, 21));
        p.drawLine(QPointF(14, 17), QPointF(22, 17));
        break;
    case IconKind::Save:
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2);
        p.drawRect(QRectF(8, 4, 8, 5));
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 90));
        p.drawRect(QRectF(7, 13, 10, 7));
        break;
    case IconKind::Pan: {
        p.setBrush(Qt::NoBrush);
        for (int a = 0; a < 4; ++a) {
            p.save();
            p.translate(12, 12);
            p.rotate(90 * a);
            p.drawLine(QPointF(0, 0), QPointF(0, -9));
            p.drawPolyline(QPolygonF({QPointF(-3, -6), QPointF(0, -9), QPointF(3, -6)}));
            p.restore();
        }
        break;
    }
    case IconKind::Identify:
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12, 11), QPointF(12, 17));
        p.drawPoint(QPointF(12, 7.5));
        break;
    case IconKind::MeasureLine:
        p.setBrush(Qt::NoBrush);
        p.save();
        p.translate(12, 12);
        p.rotate(-35);
        p.drawRect(QRectF(-10, -3.5, 20, 7));
        for (int i = -7; i <= 7; i += 3)
            p.drawLine(QPointF(i, -3.5), QPointF(i, i % 2 ? -0.5 : 0.5));
        p.restore();
        break;
    case IconKind::MeasureArea:
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 70));
        p.setPen(apen);
        p.drawPolygon(QPolygonF({QPointF(4, 17), QPointF(7, 5), QPointF(18, 4), QPointF(20, 15), QPointF(12, 20)}));
        break;
    case IconKind::ZoomIn:
    case IconKind::ZoomOut:
        magnifier(p, pen);
        p.setPen(QPen(accent, 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        if (kind == IconKind::ZoomIn)
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case IconKind::FullExtent:
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(3, 8), QPointF(3, 3), QPointF(8, 3)}));
        p.drawPolyline(QPolygonF({QPointF(16, 3), QPointF(21, 3), QPointF(21, 8)}));
        p.drawPolyline(QPolygonF({QPointF(21, 16), QPointF(21, 21), QPointF(16, 21)}));
        p.drawPolyline(QPolygonF({QPointF(8, 21), QPointF(3, 21), QPointF(3, 16)}));
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 90));
        p.setPen(apen);
        p.drawEllipse(QPointF(12, 12), 5, 5);
        break;
    case IconKind::Previous:
    case IconKind::Next: {
        p.setBrush(Qt::NoBrush);
        const double s = kind == IconKind::Previous ? 1 : -1;
        p.save();
        p.translate(12, 12);
        p.scale(s, 1);
        p.drawLine(QPointF(-7, 0), QPointF(8, 0));
        p.drawPolyline(QPolygonF({QPointF(-2, -6), QPointF(-8, 0), QPointF(-2, 6)}));
        p.restore();
        break;
    }
    case IconKind::ZoomLayer:
        magnifier(p, pen);
        p.setPen(apen);
        p.drawPolygon(QPolygonF({QPointF(6, 10), QPointF(10, 7), QPointF(14, 10), QPointF(10, 13)}));
        break;
    case IconKind::ZoomSelection:
        magnifier(p, pen);
        p.setBrush(QColor(255, 200, 0));
        p.setPen(QPen(QColor(200, 30, 80), 1.2));
        p.drawEllipse(QPointF(10, 10), 3, 3);
        break;
    case IconKind::Table:
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(3, 5, 18, 14));
        p.drawLine(QPointF(3, 9.5), QPointF(21, 9.5));
        p.drawLine(QPointF(3, 14), QPointF(21, 14));
        p.drawLine(QPointF(9, 5), QPointF(9, 19));
        p.fillRect(QRectF(3.8, 5.8, 16.4, 3), QColor(accent.red(), accent.green(), accent.blue(), 110));
        break;
    case IconKind::Bookmark:
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 80));
        p.setPen(apen);
        p.drawPolygon(QPolygonF({QPointF(6, 3), QPointF(18, 3), QPointF(18, 21), QPointF(12, 16), QPointF(6, 21)}));
        break;
    case IconKind::Search:
        magnifier(p, pen);
        break;
    case IconKind::Style:
        p.setBrush(QColor(0xe0, 0x6c, 0x1e));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 9), 4.5, 4.5);
        p.setBrush(accent);
        p.drawEllipse(QPointF(16, 9), 4.5, 4.5);
        p.setBrush(QColor(0x3a, 0x9a, 0x4a));
        p.drawEllipse(QPointF(12, 16), 4.5, 4.5);
        break;
    case IconKind::Remove:
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(6, 6), QPointF(18, 18));
        p.drawLine(QPointF(18, 6), QPointF(6, 18));
        break;
    case IconKind::Export:
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(4, 8, 16, 12));
        p.setPen(QPen(accent, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(12, 15), QPointF(12, 3));
        p.drawPolyline(QPolygonF({QPointF(8, 7), QPointF(12, 3), QPointF(16, 7)}));
        break;
    case IconKind::ClearSelection:
        p.setBrush(QColor(255, 221, 0, 150));
        p.setPen(QPen(ink, 1.2, Qt::DashLine));
        p.drawRect(QRectF(4, 4, 12, 12));
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(14, 14), QPointF(21, 21));
        p.drawLine(QPointF(21, 14), QPointF(14, 21));
        break;
    }
}

} // namespace

QIcon makeIcon(IconKind kind, const QColor& ink, const QColor& accent)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(24 * scale, 24 * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, kind, ink, accent);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace corridor::ui
