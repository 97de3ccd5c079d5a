// LabelEngine: no two labels overlap, none is cut at the frame edge, priorities win, obstacles are
// respected, long lines get repeated labels only when asked.

#include "app/render/label_engine.h"
#include "app/render/map_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

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

QTEST_MAIN(TestLabelEngine)
#include "tst_label_engine.moc"
