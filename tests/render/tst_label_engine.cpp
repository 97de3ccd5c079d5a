// LabelEngine: no two labels overlap, none is cut at the frame edge, priorities win, obstacles are
// respected, long lines get repeated labels only when asked.

#include "app/render/label_engine.h"
#include "app/render/map_renderer.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QTest>

#include <cmath>
#include <random>

using namespace corridor;

namespace {
bool overlap(const QPolygonF& a, const QPolygonF& b)
{
    // Rotated rectangles: compare with a small inset so touching edges do not count.
    return !a.intersected(b).isEmpty() && a.intersected(b).boundingRect().width() > 0.5 && a.intersected(b).boundingRect().height() > 0.5;
}
} // namespace

class TestLabelEngine : public QObject {
    Q_OBJECT
private slots:
    void noOverlapsNoCuts();
    void priorityWins();
    void obstaclesRespected();
    void lineLabelsFollowAndRepeat();
    void wavyLineFallsBackToHorizontal_data();
    void wavyLineFallsBackToHorizontal();
    void fallbackRespectsFrameAndOthers();
};

void TestLabelEngine::noOverlapsNoCuts()
{
    QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const QRectF frame(0, 0, 400, 300);
    render::LabelEngine e(frame);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(-20, 420), y(-20, 320);
    for (int i = 0; i < 300; ++i) {
        render::LabelCandidate c;
        c.text = QStringLiteral("Label %1").arg(i);
        c.font = render::renderFont(QStringLiteral("DejaVu Sans"), 11);
        c.color = Qt::black;
        c.halo = Qt::white;
        c.priority = i % 7;
        c.anchor = QPointF(x(rng), y(rng));
        c.offsetPx = 3;
        e.add(c);
    }
    const auto placed = e.placeAndDraw(p);
    QVERIFY(placed.size() > 20);
    QVERIFY(placed.size() < 300);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (const QPointF& v : placed[i].box)
            QVERIFY2(frame.contains(v), qPrintable(placed[i].text));
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!overlap(placed[i].box, placed[j].box), qPrintable(placed[i].text + QStringLiteral(" / ") + placed[j].text));
    }
}

void TestLabelEngine::priorityWins()
{
    QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    render::LabelEngine e(QRectF(0, 0, 200, 100));
    for (int i = 0; i < 2; ++i) {
        render::LabelCandidate c;
        c.kind = render::LabelCandidate::Kind::Area; // one position only: they compete for it
        c.text = i ? QStringLiteral("Capital") : QStringLiteral("Village");
        c.font = render::renderFont(QStringLiteral("DejaVu Sans"), 12);
        c.priority = i ? 80 : 5;
        c.anchor = QPointF(100, 50);
        e.add(c);
    }
    const auto placed = e.placeAndDraw(p);
    QVERIFY(!placed.empty());
    QCOMPARE(placed.front().text, QStringLiteral("Capital"));
}

void TestLabelEngine::obstaclesRespected()
{
    QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    render::LabelEngine e(QRectF(0, 0, 200, 100));
    e.addObstacle(QRectF(0, 0, 200, 100)); // everything taken (e.g. a legend box)
    render::LabelCandidate c;
    c.text = QStringLiteral("Hidden");
    c.font = render::renderFont(QStringLiteral("DejaVu Sans"), 12);
    c.anchor = QPointF(100, 50);
    e.add(c);
    QVERIFY(e.placeAndDraw(p).empty());
}

void TestLabelEngine::lineLabelsFollowAndRepeat()
{
    QImage img(1600, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    for (const double repeat : {0.0, 400.0}) {
        render::LabelEngine e(QRectF(0, 0, 1600, 400));
        render::LabelCandidate c;
        c.kind = render::LabelCandidate::Kind::Line;
        c.text = QStringLiteral("TANAP");
        c.font = render::renderFont(QStringLiteral("DejaVu Sans"), 11);
        c.repeatPx = repeat;
        // A gently sloping line, 1500 px long.
        for (int i = 0; i <= 30; ++i)
            c.line << QPointF(50 + i * 50, 300 - i * 6.0);
        e.add(c);
        const auto placed = e.placeAndDraw(p);
        if (repeat == 0)
            QCOMPARE(placed.size(), std::size_t(1));
        else
            QVERIFY(placed.size() >= 3);
        // Rotated along the line (slope -6/50 ≈ -6.8°): the box's long edge follows it.
        const QPointF edge = placed[0].box[1] - placed[0].box[0];
        const double angle = std::atan2(edge.y(), edge.x()) * 180 / 3.14159265;
        QVERIFY2(std::abs(angle + 6.84) < 1.0, qPrintable(QString::number(angle)));
    }
}

namespace {
/// A zigzag from (x0, y) to (x1, y): no stretch straight enough for text along it.
QPolygonF zigzag(double x0, double x1, double y, double step, double amp)
{
    QPolygonF l;
    int k = 0;
    for (double x = x0; x <= x1 + 1e-9; x += step, ++k)
        l << QPointF(x, y + (k % 2 ? amp : -amp));
    return l;
}

render::LabelCandidate lineCandidate(const QString& text, const QPolygonF& line, bool fallback)
{
    render::LabelCandidate c;
    c.kind = render::LabelCandidate::Kind::Line;
    c.text = text;
    c.font = render::renderFont(QStringLiteral("DejaVu Sans"), 10, true);
    c.color = Qt::black;
    c.halo = Qt::white;
    c.priority = 90;
    c.offsetPx = 4; // half the line's width
    c.line = line;
    c.horizontalFallback = fallback;
    return c;
}

/// True when any segment of `line`, widened by `halfWidth`, touches `box`.
bool touchesLine(const QPolygonF& box, const QPolygonF& line, double halfWidth)
{
    QPainterPath wide;
    wide.addPolygon(line);
    QPainterPathStroker st;
    st.setWidth(2 * halfWidth);
    QPainterPath area = st.createStroke(wide);
    QPainterPath b;
    b.addPolygon(box);
    b.closeSubpath();
    return area.intersects(b);
}
} // namespace

void TestLabelEngine::wavyLineFallsBackToHorizontal_data()
{
    QTest::addColumn<QPolygonF>("line");
    QTest::newRow("zigzag") << zigzag(100, 300, 150, 12, 9);
    QTest::newRow("short") << QPolygonF({QPointF(190, 150), QPointF(215, 140)});
    QTest::newRow("hairpin") << QPolygonF({QPointF(180, 120), QPointF(220, 123), QPointF(180, 128), QPointF(220, 134), QPointF(180, 140)});
}

void TestLabelEngine::wavyLineFallsBackToHorizontal()
{
    QFETCH(QPolygonF, line);
    QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const QRectF frame(0, 0, 400, 300);
    {
        // Along the line only: nothing fits.
        render::LabelEngine e(frame);
        e.add(lineCandidate(QStringLiteral("11.2 bcm/yr"), line, false));
        QVERIFY(e.placeAndDraw(p).empty());
    }
    render::LabelEngine e(frame);
    e.add(lineCandidate(QStringLiteral("11.2 bcm/yr"), line, true));
    const auto placed = e.placeAndDraw(p);
    QCOMPARE(placed.size(), std::size_t(1));
    const QPolygonF& box = placed[0].box;
    // Horizontal, whole, off the line, near its middle.
    const QRectF b = box.boundingRect();
    QVERIFY2(std::abs(box[0].y() - box[1].y()) < 1e-6, "not horizontal");
    QVERIFY(frame.contains(b));
    QVERIFY2(!touchesLine(box, line, 4.0), "the label covers the line");
    const QRectF lb = line.boundingRect();
    const QPointF mid = lb.center();
    QVERIFY2(std::hypot(b.center().x() - mid.x(), b.center().y() - mid.y()) < b.width() / 2 + lb.height() / 2 + 30,
             qPrintable(QStringLiteral("%1,%2").arg(b.center().x()).arg(b.center().y())));
}

void TestLabelEngine::fallbackRespectsFrameAndOthers()
{
    QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const QRectF frame(0, 0, 400, 300);
    render::LabelEngine e(frame);
    // A wavy line hugging the top-left corner: the fallback may not be cut at the frame edge.
    const QPolygonF corner = zigzag(2, 90, 6, 10, 4);
    e.add(lineCandidate(QStringLiteral("corner"), corner, true));
    // Many wavy lines side by side: fallbacks must not overlap each other or an obstacle.
    e.addObstacle(QRectF(180, 100, 40, 200));
    for (int i = 0; i < 12; ++i)
        e.add(lineCandidate(QStringLiteral("%1 MW").arg(100 * (i + 1)), zigzag(120, 280, 40 + 20 * i, 10, 5), true));
    const auto placed = e.placeAndDraw(p);
    QVERIFY(!placed.empty());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (const QPointF& v : placed[i].box)
            QVERIFY2(frame.contains(v), qPrintable(placed[i].text));
        QVERIFY2(!placed[i].box.boundingRect().intersects(QRectF(180, 100, 40, 200)), qPrintable(placed[i].text));
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!overlap(placed[i].box, placed[j].box), qPrintable(placed[i].text + QStringLiteral(" / ") + placed[j].text));
    }
}

QTEST_MAIN(TestLabelEngine)
#include "tst_label_engine.moc"
