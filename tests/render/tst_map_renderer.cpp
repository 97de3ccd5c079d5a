#include "app/render/map_renderer.h"

#include "geo/crs_transform.h"
#include "geo/project.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <thread>
#include <utility>
#include <vector>

using namespace corridor;
using render::LayerStyle;
using render::RenderSnapshot;
using render::RenderStats;
using render::Viewport;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Antialiasing and premultiplication move a fully covered pixel by a unit or two at most; a pixel that
// is half covered moves by far more than this.
constexpr int kTolerance = 12;

const QColor kFill(0x22, 0xaa, 0x44);
const QColor kPolygonStroke(0x11, 0x55, 0x22);
const QColor kLine(0xdd, 0x22, 0x22);
const QColor kPoint(0x22, 0x44, 0xdd);

using Coords = std::vector<std::pair<double, double>>;

/// Builds a LayerData in code: one call per feature.
class LayerBuilder {
public:
    LayerBuilder(const QString& name, geo::GeometryType type, const geo::Crs& crs = geo::Crs::wgs84())
        : m_layer(std::make_shared<geo::LayerData>())
    {
        m_layer->name = name;
        m_layer->geometryType = type;
        m_layer->crs = crs;
    }
    LayerBuilder& polygon(const std::vector<Coords>& rings)
    {
        feature();
        m_layer->geometry.beginPart(geo::PartKind::Polygon);
        for (const Coords& r : rings)
            ring(r);
        return *this;
    }
    LayerBuilder& line(const Coords& c)
    {
        feature();
        m_layer->geometry.beginPart(geo::PartKind::Line);
        ring(c);
        return *this;
    }
    LayerBuilder& point(double x, double y)
    {
        feature();
        m_layer->geometry.beginPart(geo::PartKind::Point);
        ring({{x, y}});
        return *this;
    }
    geo::LayerDataPtr build()
    {
        m_layer->geometry.finish();
        m_layer->finalise();
        return m_layer;
    }

private:
    void feature()
    {
        m_layer->geometry.beginFeature();
        m_layer->fids.push_back(static_cast<std::int64_t>(m_layer->fids.size() + 1));
    }
    void ring(const Coords& c)
    {
        m_layer->geometry.beginRing();
        for (const auto& [x, y] : c)
            m_layer->geometry.addPoint(x, y);
    }
    std::shared_ptr<geo::LayerData> m_layer;
};

render::ProjectedLayerPtr project(const geo::LayerDataPtr& layer, const geo::Crs& mapCrs)
{
    auto r = render::ProjectedLayer::create(layer, mapCrs);
    if (!r) {
        qWarning("ProjectedLayer::create failed: %s", qPrintable(r.error().toString()));
        return {};
    }
    return *r;
}

LayerStyle polygonStyle()
{
    LayerStyle s;
    s.fill = kFill;
    s.stroke = kPolygonStroke;
    s.strokeWidthPx = 1.0;
    return s;
}

LayerStyle lineStyle()
{
    LayerStyle s;
    s.stroke = kLine;
    s.strokeWidthPx = 5.0;
    return s;
}

LayerStyle pointStyle()
{
    LayerStyle s;
    s.fill = kPoint;
    s.stroke = Qt::white;
    s.pointSizePx = 12.0;
    return s;
}

// The synthetic scene, in lon/lat. In the 100x100 px WGS 84 view of (0,0)-(10,10) (0.1 degree per pixel):
//   polygon  x 20..90 px, y 30..80 px, with a hole x 40..60, y 50..70
//   line     y = 14.5 px (the centre of pixel row 14), x 5..95 px, 5 px wide
//   point    at (50.5, 90.5) px (the centre of pixel (50, 90)), 12 px across
geo::LayerDataPtr polygonLayer()
{
    return LayerBuilder(QStringLiteral("test_polygons"), geo::GeometryType::Polygon)
        .polygon({{{2, 2}, {9, 2}, {9, 7}, {2, 7}, {2, 2}}, {{4, 3}, {6, 3}, {6, 5}, {4, 5}, {4, 3}}})
        .build();
}
geo::LayerDataPtr lineLayer()
{
    return LayerBuilder(QStringLiteral("test_lines"), geo::GeometryType::Line).line({{0.5, 8.55}, {9.5, 8.55}}).build();
}
geo::LayerDataPtr pointLayer()
{
    return LayerBuilder(QStringLiteral("test_points"), geo::GeometryType::Point).point(5.05, 0.95).build();
}

RenderSnapshot scene(const geo::Crs& mapCrs, const Viewport& vp)
{
    RenderSnapshot s;
    s.viewport = vp;
    s.layers.push_back({project(polygonLayer(), mapCrs), polygonStyle()});
    s.layers.push_back({project(lineLayer(), mapCrs), lineStyle()});
    s.layers.push_back({project(pointLayer(), mapCrs), pointStyle()});
    return s;
}

Viewport wgs84View(QSize size = QSize(100, 100))
{
    return Viewport(geo::Crs::wgs84(), geo::Envelope(0, 0, 10, 10), size);
}

QImage renderImage(const RenderSnapshot& s, RenderStats* stats = nullptr, const std::atomic_bool* cancel = nullptr)
{
    QImage img(s.viewport.sizePx(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter painter(&img);
    const RenderStats st = render::renderMap(s, painter, cancel);
    painter.end();
    if (stats)
        *stats = st;
    return img;
}

QImage backgroundOnly(const RenderSnapshot& s)
{
    QImage img(s.viewport.sizePx(), QImage::Format_ARGB32_Premultiplied);
    img.fill(s.background);
    return img;
}

/// Empty when the pixel at (x, y) is within kTolerance of `expected` per channel; else what it is.
QString checkPixel(const QImage& img, int x, int y, const QColor& expected)
{
    if (!img.valid(x, y))
        return QStringLiteral("pixel (%1, %2) is outside the %3x%4 image").arg(x).arg(y).arg(img.width()).arg(img.height());
    const QColor c = QColor::fromRgba(img.pixel(x, y));
    const bool ok = std::abs(c.red() - expected.red()) <= kTolerance && std::abs(c.green() - expected.green()) <= kTolerance
        && std::abs(c.blue() - expected.blue()) <= kTolerance && std::abs(c.alpha() - expected.alpha()) <= kTolerance;
    if (ok)
        return {};
    return QStringLiteral("pixel (%1, %2) is %3, expected %4")
        .arg(x)
        .arg(y)
        .arg(c.name(QColor::HexArgb), expected.name(QColor::HexArgb));
}

#define VERIFY_PIXEL(img, x, y, colour)                                                                               \
    do {                                                                                                              \
        const QString why_ = checkPixel((img), (x), (y), (colour));                                                   \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                   \
    } while (false)

/// The pixel containing the map point of lon/lat (`lon`, `lat`) in `vp`.
QPoint pixelOf(const Viewport& vp, double lon, double lat)
{
    auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), vp.crs());
    if (!tr)
        return {-1, -1};
    const geo::MapPoint m = (*tr)->transform(lon, lat);
    const QPointF p = vp.toPixel(m.x, m.y);
    return {static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y()))};
}

#define VERIFY_LONLAT(img, vp, lon, lat, colour)                                                                      \
    do {                                                                                                              \
        const QPoint px_ = pixelOf((vp), (lon), (lat));                                                               \
        const QString why_ = checkPixel((img), px_.x(), px_.y(), (colour));                                           \
        QVERIFY2(why_.isEmpty(), qPrintable(QStringLiteral("lon/lat (%1, %2): ").arg(lon).arg(lat) + why_));         \
    } while (false)

/// A busier deterministic scene for the determinism and threading tests: random lines, polygons and
/// points over (0,0)-(10,10), partly outside a view of (2,2)-(8,8) so that culling uses the index.
RenderSnapshot busyScene(std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(-2.0, 12.0), step(-0.4, 0.4);
    LayerBuilder polys(QStringLiteral("busy_polygons"), geo::GeometryType::Polygon);
    LayerBuilder lines(QStringLiteral("busy_lines"), geo::GeometryType::Line);
    LayerBuilder points(QStringLiteral("busy_points"), geo::GeometryType::Point);
    for (int i = 0; i < 800; ++i) {
        const double x = pos(rng), y = pos(rng);
        polys.polygon({{{x, y}, {x + 0.5, y + step(rng)}, {x + 0.6, y + 0.6}, {x + step(rng), y + 0.5}, {x, y}}});
        Coords c{{pos(rng), pos(rng)}};
        for (int k = 0; k < 12; ++k)
            c.emplace_back(c.back().first + step(rng), c.back().second + step(rng));
        lines.line(c);
        points.point(pos(rng), pos(rng));
    }
    const geo::Crs laea = geo::Crs::etrs89Laea();
    RenderSnapshot s;
    LayerStyle ps = polygonStyle();
    ps.fill.setAlpha(140);
    ps.opacity = 0.8;
    LayerStyle ls = lineStyle();
    ls.strokeWidthPx = 1.5;
    ls.penStyle = Qt::DashLine;
    s.layers.push_back({project(polys.build(), laea), ps});
    s.layers.push_back({project(lines.build(), laea), ls});
    s.layers.push_back({project(points.build(), laea), pointStyle()});
    auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), laea);
    const geo::Envelope view = tr ? (*tr)->transformEnvelope(geo::Envelope(2, 2, 8, 8)) : geo::Envelope();
    s.viewport = Viewport(laea, view, QSize(320, 240));
    return s;
}

bool allProjected(const RenderSnapshot& s)
{
    for (const auto& l : s.layers)
        if (!l.layer)
            return false;
    return true;
}

} // namespace

class TestMapRenderer : public QObject {
    Q_OBJECT
private slots:
    void polygonLinePointWgs84();
    void polygonLinePointLaea();
    void statsCountDrawnFeatures();
    void invisibleStyleDrawsNothing();
    void invisibleLayerAmongVisible();
    void cullingSkipsFeaturesOutsideView();
    void nanCoordinatesBreakLines();
    void presetCancelDrawsOnlyBackground();
    void invalidViewportDrawsOnlyBackground();
    void deterministic();
    void sameSnapshotFromTwoThreads();
    void bundledProjectAirports();
};

void TestMapRenderer::polygonLinePointWgs84()
{
    const RenderSnapshot s = scene(geo::Crs::wgs84(), wgs84View());
    QVERIFY(allProjected(s));
    const QImage img = renderImage(s);
    QCOMPARE(img.size(), QSize(100, 100));

    // Inside the polygon, away from its edges and the hole.
    VERIFY_PIXEL(img, 30, 40, kFill);
    VERIFY_PIXEL(img, 80, 75, kFill);
    VERIFY_PIXEL(img, 25, 75, kFill);
    VERIFY_PIXEL(img, 65, 60, kFill);
    // Inside the hole: background (odd-even fill).
    VERIFY_PIXEL(img, 50, 60, s.background);
    VERIFY_PIXEL(img, 45, 55, s.background);
    VERIFY_PIXEL(img, 55, 65, s.background);
    // Outside everything.
    VERIFY_PIXEL(img, 10, 50, s.background);
    VERIFY_PIXEL(img, 95, 50, s.background);
    VERIFY_PIXEL(img, 0, 0, s.background);
    VERIFY_PIXEL(img, 99, 99, s.background);
    // The 5 px line spans rows 12..16 around its centre row 14.
    VERIFY_PIXEL(img, 50, 14, kLine);
    VERIFY_PIXEL(img, 20, 14, kLine);
    VERIFY_PIXEL(img, 90, 14, kLine);
    VERIFY_PIXEL(img, 50, 13, kLine);
    VERIFY_PIXEL(img, 50, 15, kLine);
    VERIFY_PIXEL(img, 50, 8, s.background);
    VERIFY_PIXEL(img, 50, 21, s.background);
    VERIFY_PIXEL(img, 99, 14, s.background); // beyond the round cap
    // The point symbol is centred on pixel (50, 90), 6 px radius.
    VERIFY_PIXEL(img, 50, 90, kPoint);
    VERIFY_PIXEL(img, 48, 89, kPoint);
    VERIFY_PIXEL(img, 52, 92, kPoint);
    VERIFY_PIXEL(img, 40, 90, s.background);
    VERIFY_PIXEL(img, 61, 90, s.background);
    VERIFY_PIXEL(img, 50, 98, s.background);

    // Positions to the pixel. Polygon edges at x = 20 and 90 px, with a 1 px outline across them.
    VERIFY_PIXEL(img, 21, 50, kFill);
    VERIFY_PIXEL(img, 18, 50, s.background);
    VERIFY_PIXEL(img, 88, 50, kFill);
    VERIFY_PIXEL(img, 91, 50, s.background);
    VERIFY_PIXEL(img, 50, 31, kFill);
    VERIFY_PIXEL(img, 50, 28, s.background);
    // Hole edges at x = 40 and 60 px.
    VERIFY_PIXEL(img, 38, 60, kFill);
    VERIFY_PIXEL(img, 41, 60, s.background);
    VERIFY_PIXEL(img, 58, 60, s.background);
    VERIFY_PIXEL(img, 61, 60, kFill);
    // The line covers rows 12..16 exactly (y 12.0 to 17.0).
    VERIFY_PIXEL(img, 50, 12, kLine);
    VERIFY_PIXEL(img, 50, 16, kLine);
    VERIFY_PIXEL(img, 50, 11, s.background);
    VERIFY_PIXEL(img, 50, 17, s.background);
    // The symbol, 12 px across around (50.5, 90.5): filled over pixels 45..55 in both directions, its thin
    // white outline on pixels 44 and 56, background beyond. Symmetric, so an offset of one pixel shows.
    VERIFY_PIXEL(img, 45, 90, kPoint);
    VERIFY_PIXEL(img, 55, 90, kPoint);
    VERIFY_PIXEL(img, 50, 85, kPoint);
    VERIFY_PIXEL(img, 50, 95, kPoint);
    VERIFY_PIXEL(img, 43, 90, s.background);
    VERIFY_PIXEL(img, 57, 90, s.background);
    VERIFY_PIXEL(img, 50, 83, s.background);
    VERIFY_PIXEL(img, 50, 97, s.background);
}

void TestMapRenderer::polygonLinePointLaea()
{
    const geo::Crs laea = geo::Crs::etrs89Laea();
    const auto poly = LayerBuilder(QStringLiteral("test_polygons"), geo::GeometryType::Polygon)
                          .polygon({{{10, 50}, {20, 50}, {20, 56}, {10, 56}, {10, 50}},
                                    {{14, 52}, {16, 52}, {16, 54}, {14, 54}, {14, 52}}})
                          .build();
    const auto line = LayerBuilder(QStringLiteral("test_lines"), geo::GeometryType::Line).line({{9, 57.5}, {21, 57.5}}).build();
    const auto point = LayerBuilder(QStringLiteral("test_points"), geo::GeometryType::Point).point(15, 48.5).build();

    RenderSnapshot s;
    s.layers.push_back({project(poly, laea), polygonStyle()});
    s.layers.push_back({project(line, laea), lineStyle()});
    s.layers.push_back({project(point, laea), pointStyle()});
    QVERIFY(allProjected(s));
    geo::Envelope all;
    for (const auto& l : s.layers)
        all.expand(l.layer->extent());
    QVERIFY(!all.isNull());
    // Metres, not degrees: the layers really were projected.
    QVERIFY(all.minX > 1e6 && all.maxY > 1e6);
    s.viewport = Viewport(laea, all.buffered(0.05 * all.width()), QSize(300, 300));
    const QImage img = renderImage(s);

    VERIFY_LONLAT(img, s.viewport, 12, 53, kFill);
    VERIFY_LONLAT(img, s.viewport, 18.5, 51, kFill);
    VERIFY_LONLAT(img, s.viewport, 15, 55.2, kFill);
    VERIFY_LONLAT(img, s.viewport, 15, 53, s.background); // the hole
    VERIFY_LONLAT(img, s.viewport, 15, 48.5, kPoint);
    // A line is drawn straight between its projected vertices: check the middle of that chord.
    auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), laea);
    QVERIFY(tr);
    const geo::MapPoint a = (*tr)->transform(9, 57.5), b = (*tr)->transform(21, 57.5);
    const QPointF mid = s.viewport.toPixel((a.x + b.x) / 2, (a.y + b.y) / 2);
    VERIFY_PIXEL(img, static_cast<int>(std::floor(mid.x())), static_cast<int>(std::floor(mid.y())), kLine);
    // Off to the side of the map: sea.
    VERIFY_PIXEL(img, 2, 150, s.background);
}

void TestMapRenderer::statsCountDrawnFeatures()
{
    const RenderSnapshot s = scene(geo::Crs::wgs84(), wgs84View());
    RenderStats st;
    renderImage(s, &st);
    QCOMPARE(st.featuresConsidered, std::size_t(3));
    QCOMPARE(st.featuresDrawn, std::size_t(3));
    QCOMPARE(st.pointsDrawn, std::size_t(5 + 5 + 2 + 1));
    QVERIFY(!st.cancelled);
    QVERIFY(st.cullMs >= 0 && st.drawMs >= 0);
}

void TestMapRenderer::invisibleStyleDrawsNothing()
{
    RenderSnapshot s = scene(geo::Crs::wgs84(), wgs84View());
    for (auto& l : s.layers)
        l.style.visible = false;
    RenderStats st;
    const QImage img = renderImage(s, &st);
    QCOMPARE(img, backgroundOnly(s));
    QCOMPARE(st.featuresConsidered, std::size_t(0));
    QCOMPARE(st.featuresDrawn, std::size_t(0));
    QCOMPARE(st.pointsDrawn, std::size_t(0));
}

void TestMapRenderer::invisibleLayerAmongVisible()
{
    RenderSnapshot s = scene(geo::Crs::wgs84(), wgs84View());
    s.layers[0].style.visible = false; // the polygon
    RenderStats st;
    const QImage img = renderImage(s, &st);
    VERIFY_PIXEL(img, 30, 40, s.background);
    VERIFY_PIXEL(img, 20, 30, s.background); // its outline is hidden too
    VERIFY_PIXEL(img, 50, 14, kLine);
    VERIFY_PIXEL(img, 50, 90, kPoint);
    QCOMPARE(st.featuresDrawn, std::size_t(2));
}

void TestMapRenderer::cullingSkipsFeaturesOutsideView()
{
    const auto points = LayerBuilder(QStringLiteral("test_points"), geo::GeometryType::Point)
                            .point(2, 2)      // in
                            .point(50, 50)    // out
                            .point(5, 5)      // in
                            .point(-40, 5)    // out
                            .point(5, 80)     // out
                            .point(8, 8)      // in
                            .point(100, -60)  // out
                            .point(10.2, 5)   // 2 px right of the view: its symbol reaches into it
                            .build();
    const auto lines = LayerBuilder(QStringLiteral("test_lines"), geo::GeometryType::Line)
                           .line({{-20, 5}, {30, 5}})  // crosses the view
                           .line({{20, 20}, {30, 30}}) // out
                           .build();
    const auto polys = LayerBuilder(QStringLiteral("test_polygons"), geo::GeometryType::Polygon)
                           .polygon({{{40, 40}, {43, 40}, {43, 43}, {40, 40}}}) // out
                           .polygon({{{-50, -50}, {60, -50}, {60, 60}, {-50, -50}}}) // covers half the view
                           .build();
    RenderSnapshot s;
    s.viewport = wgs84View();
    LayerStyle small = pointStyle();
    small.pointSizePx = 6;
    s.layers.push_back({project(polys, geo::Crs::wgs84()), polygonStyle()});
    s.layers.push_back({project(lines, geo::Crs::wgs84()), lineStyle()});
    s.layers.push_back({project(points, geo::Crs::wgs84()), small});
    QVERIFY(allProjected(s));
    RenderStats st;
    const QImage img = renderImage(s, &st);
    QCOMPARE(st.featuresConsidered, std::size_t(1 + 1 + 4));
    QCOMPARE(st.featuresDrawn, std::size_t(1 + 1 + 4));
    VERIFY_PIXEL(img, 30, 50, kLine);
    VERIFY_PIXEL(img, 80, 20, kPoint); // (8, 8)
    VERIFY_PIXEL(img, 80, 90, kFill);  // lower-right half: the big triangle
    VERIFY_PIXEL(img, 10, 30, s.background);

    // Moving the view onto the far features brings them in; the others drop out.
    s.viewport = Viewport(geo::Crs::wgs84(), geo::Envelope(45, 45, 55, 55), QSize(100, 100));
    renderImage(s, &st);
    QCOMPARE(st.featuresConsidered, std::size_t(1 + 0 + 1)); // the big triangle, (50, 50)
}

void TestMapRenderer::nanCoordinatesBreakLines()
{
    // Rows: y = 5.05 -> pixel row 49, y = 1.05 -> row 89, y = 3.05 -> row 69, y = 7.05 -> row 29.
    const auto lines = LayerBuilder(QStringLiteral("test_lines"), geo::GeometryType::Line)
                           .line({{1, 5.05}, {3, 5.05}, {kNaN, kNaN}, {7, 5.05}, {9, 5.05}}) // gap in the middle
                           .line({{kNaN, kNaN}, {kNaN, 3.0}})                           // nothing drawable
                           .line({{kNaN, kNaN}, {1, 1.05}, {9, 1.05}})                  // NaN first
                           .line({{1, 3.05}, {9, 3.05}, {kNaN, 2.0}})                   // NaN last
                           .line({{1, 7.05}, {2, kNaN}, {3, 7.05}, {4, 7.05}})          // half a NaN
                           .build();
    const auto points = LayerBuilder(QStringLiteral("test_points"), geo::GeometryType::Point)
                            .point(kNaN, kNaN)
                            .point(5, kNaN)
                            .build();
    const auto polys = LayerBuilder(QStringLiteral("test_polygons"), geo::GeometryType::Polygon)
                           .polygon({{{kNaN, kNaN}, {kNaN, kNaN}, {kNaN, kNaN}}})
                           .polygon({{{6, 6.5}, {9, 6.5}, {kNaN, kNaN}, {9, 9.5}, {6, 9.5}, {6, 6.5}}})
                           .build();
    for (const geo::Crs& crs : {geo::Crs::wgs84(), geo::Crs::etrs89Laea()}) {
        const bool isWgs = crs.isSame(geo::Crs::wgs84());
        RenderSnapshot s;
        s.layers.push_back({project(polys, crs), polygonStyle()});
        s.layers.push_back({project(lines, crs), lineStyle()});
        s.layers.push_back({project(points, crs), pointStyle()});
        QVERIFY(allProjected(s));
        if (isWgs) {
            s.viewport = wgs84View();
        } else {
            auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), crs);
            QVERIFY(tr);
            s.viewport = Viewport(crs, (*tr)->transformEnvelope(geo::Envelope(0, 0, 10, 10)), QSize(100, 100));
        }
        RenderStats st;
        const QImage img = renderImage(s, &st);
        QVERIFY(!st.cancelled);
        QCOMPARE(st.featuresDrawn, std::size_t(4 + 1)); // 4 lines with a drawable run + the half-NaN polygon
        if (!isWgs)
            continue; // exact pixel rows only in the lon/lat view
        VERIFY_PIXEL(img, 20, 49, kLine);
        VERIFY_PIXEL(img, 80, 49, kLine);
        // Broken at the NaN: nothing joins (3, y) to (7, y).
        VERIFY_PIXEL(img, 50, 49, s.background);
        VERIFY_PIXEL(img, 40, 49, s.background);
        VERIFY_PIXEL(img, 60, 49, s.background);
        VERIFY_PIXEL(img, 50, 89, kLine);
        VERIFY_PIXEL(img, 50, 69, kLine);
        VERIFY_PIXEL(img, 35, 29, kLine);
        VERIFY_PIXEL(img, 15, 29, s.background);
    }
}

void TestMapRenderer::presetCancelDrawsOnlyBackground()
{
    const RenderSnapshot s = scene(geo::Crs::wgs84(), wgs84View());
    const std::atomic_bool cancel{true};
    RenderStats st;
    const QImage img = renderImage(s, &st, &cancel);
    QVERIFY(st.cancelled);
    QCOMPARE(st.featuresDrawn, std::size_t(0));
    QCOMPARE(img, backgroundOnly(s));
    // A cancel flag that is not set changes nothing.
    const std::atomic_bool notCancelled{false};
    const QImage full = renderImage(s, &st, &notCancelled);
    QVERIFY(!st.cancelled);
    QCOMPARE(full, renderImage(s));
}

void TestMapRenderer::invalidViewportDrawsOnlyBackground()
{
    RenderSnapshot s = scene(geo::Crs::wgs84(), Viewport(geo::Crs::wgs84(), geo::Envelope(), QSize(50, 40)));
    QVERIFY(!s.viewport.isValid());
    RenderStats st;
    const QImage img = renderImage(s, &st);
    QCOMPARE(img, backgroundOnly(s));
    QCOMPARE(st.featuresDrawn, std::size_t(0));
}

void TestMapRenderer::deterministic()
{
    const RenderSnapshot s = busyScene(7);
    QVERIFY(allProjected(s));
    RenderStats st1, st2;
    const QImage a = renderImage(s, &st1);
    const QImage b = renderImage(s, &st2);
    QVERIFY(st1.featuresConsidered > 0 && st1.featuresConsidered < 3 * 800); // the index culled some
    QCOMPARE(st1.featuresConsidered, st2.featuresConsidered);
    QCOMPARE(st1.featuresDrawn, st2.featuresDrawn);
    QCOMPARE(st1.pointsDrawn, st2.pointsDrawn);
    QVERIFY(a != backgroundOnly(s));
    QCOMPARE(a, b);
    // The same data in a fresh snapshot gives the same picture too.
    QCOMPARE(renderImage(busyScene(7)), a);
}

void TestMapRenderer::sameSnapshotFromTwoThreads()
{
    const QImage reference = renderImage(busyScene(11));
    for (int round = 0; round < 8; ++round) {
        // A fresh snapshot each round, so that both threads race to build the lazy spatial indexes.
        const RenderSnapshot s = busyScene(11);
        QVERIFY(allProjected(s));
        QImage images[2];
        RenderStats stats[2];
        std::atomic_int ready{0};
        auto work = [&](int i) {
            ready.fetch_add(1);
            while (ready.load() < 2)
                std::this_thread::yield();
            images[i] = renderImage(s, &stats[i]);
        };
        std::thread t0(work, 0), t1(work, 1);
        t0.join();
        t1.join();
        QCOMPARE(stats[0].featuresConsidered, stats[1].featuresConsidered);
        QCOMPARE(stats[0].featuresDrawn, stats[1].featuresDrawn);
        QCOMPARE(images[0], reference);
        QCOMPARE(images[1], reference);
    }
}

void TestMapRenderer::bundledProjectAirports()
{
    const QString path = QStringLiteral(CORRIDOR_BUNDLE_GPKG);
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path + QStringLiteral(" is missing (target corridor_bundle)")));
    auto proj = geo::loadProject(path);
    QVERIFY2(proj, qPrintable(proj ? QString() : proj.error().toString()));
    const geo::LayerDataPtr airports = proj->layer(QStringLiteral("airports"));
    QVERIFY(airports);
    QCOMPARE(airports->featureCount(), std::size_t(2));

    const geo::Crs laea = geo::Crs::etrs89Laea();
    RenderSnapshot s;
    geo::Envelope overview; // the CLI export's overview: everything but the area layers, plus a margin
    for (const auto& layer : proj->layers) {
        auto p = project(layer, laea);
        QVERIFY2(p, qPrintable(layer->name));
        s.layers.push_back({p, render::defaultStyle(*layer)});
        if (layer->geometryType != geo::GeometryType::Polygon)
            overview.expand(p->extent());
    }
    QVERIFY(!overview.isNull());
    s.viewport = Viewport(laea, overview.buffered(0.06 * std::max(overview.width(), overview.height())), QSize(800, 500));
    RenderStats st;
    const QImage img = renderImage(s, &st);
    QVERIFY(!st.cancelled);
    QVERIFY(st.featuresDrawn > 0);

    const LayerStyle style = render::defaultStyle(*airports);
    struct Airport {
        const char* iata;
        double lon, lat;
    };
    for (const Airport& a : {Airport{"BEG", 20.3069, 44.8194}, Airport{"GYD", 50.0467, 40.4675}}) {
        const QPoint px = pixelOf(s.viewport, a.lon, a.lat);
        QVERIFY2(img.valid(px), a.iata);
        // The airport icon: a purple disc (white aircraft in the middle); look in its upper-left part.
        QVERIFY(!style.icon.isEmpty());
        const QString why = checkPixel(img, px.x() - 5, px.y() - 5, QColor(0x6a, 0x2c, 0x91));
        QVERIFY2(why.isEmpty(), qPrintable(QLatin1String(a.iata) + QStringLiteral(": ") + why));
    }
}

QTEST_GUILESS_MAIN(TestMapRenderer)
#include "tst_map_renderer.moc"
