// FlowOverlay: geometry (feature followed and oriented from → to, multi-part chaining, a stretch of a
// longer feature, geodesic fallback), widths, colours, difference mode, and drawing through renderMap()
// (colour along the path, arrow direction, order between layers, labels, cancellation). The last cases
// run on the bundled corridor project's network model.

#include "app/render/flow_overlay.h"
#include "app/render/map_layout.h"
#include "app/render/map_renderer.h"
#include "app/render/projected_layer.h"
#include "geo/crs_transform.h"
#include "geo/geodesic.h"
#include "geo/project.h"
#include "model/database.h"
#include "model/flow_solver.h"
#include "model/model_store.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <atomic>
#include <cmath>
#include <vector>

using namespace corridor;
using render::FlowLine;
using render::FlowOverlay;
using render::FlowStyle;

namespace {

using Coords = std::vector<std::pair<double, double>>;

/// A line layer with an "id" column: one feature per call (several parts each).
class LineLayer {
public:
    explicit LineLayer(const QString& name, const geo::Crs& crs = geo::Crs::wgs84()) : m_layer(std::make_shared<geo::LayerData>())
    {
        m_layer->name = name;
        m_layer->geometryType = geo::GeometryType::Line;
        m_layer->crs = crs;
        m_layer->columns.emplace_back(geo::Field{QStringLiteral("id"), geo::FieldType::String});
    }
    LineLayer& feature(const QString& id, const std::vector<Coords>& parts)
    {
        m_layer->geometry.beginFeature();
        m_layer->fids.push_back(static_cast<std::int64_t>(m_layer->fids.size() + 1));
        m_layer->columns[0].appendString(id);
        for (const Coords& c : parts) {
            m_layer->geometry.beginPart(geo::PartKind::Line);
            m_layer->geometry.beginRing();
            for (const auto& [x, y] : c)
                m_layer->geometry.addPoint(x, y);
        }
        return *this;
    }
    geo::LayerDataPtr build()
    {
        m_layer->geometry.finish();
        m_layer->finalise();
        return m_layer;
    }

private:
    std::shared_ptr<geo::LayerData> m_layer;
};

model::Node node(const QString& id, std::optional<geo::GeoPoint> at, const QString& commodity = QStringLiteral("gas"))
{
    model::Node n;
    n.id = id;
    n.name = id;
    n.commodity = commodity;
    n.position = at;
    return n;
}

model::Link link(const QString& id, const QString& from, const QString& to, const QString& feature, double capacity = 20.0,
                 const QString& commodity = QStringLiteral("gas"))
{
    model::Link l;
    l.id = id;
    l.name = id;
    l.from = from;
    l.to = to;
    l.featureId = feature;
    l.capacity = capacity;
    l.commodity = commodity;
    return l;
}

/// A result with the given flows (utilisation = |flow| / capacity).
model::FlowResult resultFor(const model::Network& net, const std::vector<double>& flows)
{
    model::FlowResult r;
    for (std::size_t i = 0; i < net.links.size(); ++i) {
        model::LinkResult lr;
        lr.id = net.links[i].id;
        lr.flow = i < flows.size() ? flows[i] : 0.0;
        lr.capacity = net.links[i].capacity;
        lr.utilisation = lr.capacity > 0 ? std::abs(lr.flow) / lr.capacity : 0.0;
        r.links.push_back(lr);
    }
    return r;
}

bool near(QPointF a, QPointF b, double tol = 1e-6) { return std::abs(a.x() - b.x()) <= tol && std::abs(a.y() - b.y()) <= tol; }

QString pathText(const std::vector<QPointF>& p)
{
    QStringList s;
    for (const QPointF& q : p)
        s << QStringLiteral("(%1, %2)").arg(q.x(), 0, 'g', 8).arg(q.y(), 0, 'g', 8);
    return s.join(QLatin1Char(' '));
}

const FlowLine* lineOf(const FlowOverlay& o, const QString& id)
{
    for (const FlowLine& l : o.lines)
        if (l.linkId == id)
            return &l;
    return nullptr;
}

bool similar(QColor a, QColor b, int tol)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol && std::abs(a.blue() - b.blue()) <= tol;
}

/// A 500×300 px view of map units (0,0)-(1000,600) in LAEA: 2 map units per pixel.
render::Viewport syntheticView() { return render::Viewport(geo::Crs::etrs89Laea(), geo::Envelope(0, 0, 1000, 600), QSize(500, 300)); }

/// One horizontal flow along pixel row 150 from x = 50 to 450.
std::shared_ptr<FlowOverlay> horizontalFlow(double flow, bool labels)
{
    auto o = std::make_shared<FlowOverlay>();
    o->style.maxFlow[QStringLiteral("gas")] = 20.0;
    o->style.labels = labels;
    FlowLine l;
    l.linkId = QStringLiteral("L");
    l.commodity = QStringLiteral("gas");
    l.path = {QPointF(100, 299), QPointF(500, 299), QPointF(900, 299)}; // y = 299 → pixel row centre 150.5
    l.flow = flow;
    l.utilisation = 0.2;
    l.label = model::formatQuantity(QStringLiteral("gas"), std::abs(flow), model::GasUnit::BcmPerYear);
    o->lines.push_back(l);
    return o;
}

QImage draw(const render::RenderSnapshot& s, render::RenderStats* stats = nullptr, const std::atomic_bool* cancel = nullptr)
{
    QImage img(s.viewport.sizePx(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    const auto st = render::renderMap(s, p, cancel);
    p.end();
    if (stats)
        *stats = st;
    return img;
}

/// Where an arrow head sits on the horizontal line through row 150: the thickness of the drawing
/// (pixels unlike the background) per column, less the plain line's thickness at `x0`; returns the
/// mean column of that excess over [x0, x1). The head is wide at its back and narrow at its tip, so
/// the mean lies behind its centre, on the side the flow comes from.
double excessCentroidX(const QImage& img, QColor background, int x0, int x1, int* excessPixels)
{
    const auto thickness = [&](int x) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            n += !similar(QColor::fromRgba(img.pixel(x, y)), background, 40);
        return n;
    };
    const int base = thickness(x0);
    double sum = 0;
    int total = 0;
    for (int x = x0; x < x1; ++x) {
        const int e = std::max(0, thickness(x) - base);
        sum += double(e) * (x + 0.5);
        total += e;
    }
    *excessPixels = total;
    return total ? sum / total : std::nan("");
}

} // namespace

class TestFlowOverlay : public QObject {
    Q_OBJECT
private slots:
    void followsFeatureOrientedFromTo_data();
    void followsFeatureOrientedFromTo();
    void chainsMultiPartFeature();
    void stretchOfLongerFeature();
    void geodesicFallback();
    void leftOutWithoutGeometry();
    void projectsToMapCrs();
    void widthProportionalToFlow();
    void maxFlowFromCapacities();
    void coloursByUtilisation();
    void labelsInUnits();
    void differenceSigns();
    void rejectsMismatchedResult();

    void drawsAlongPath();
    void arrowPointsWithFlow();
    void drawnBetweenLinesAndPoints();
    void outageAndZeroFlow();
    void labelsPlaced();
    void wavyAndShortFlowsLabelled();
    void cancelled();
    void legend();

    void bundledScenarios_data();
    void bundledScenarios();
};

void TestFlowOverlay::followsFeatureOrientedFromTo_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("reversed");
    QTest::newRow("A → B: as digitised") << QStringLiteral("A") << QStringLiteral("B") << false;
    QTest::newRow("B → A: reversed") << QStringLiteral("B") << QStringLiteral("A") << true;
}

void TestFlowOverlay::followsFeatureOrientedFromTo()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, reversed);
    const Coords c{{20, 45}, {21, 45.5}, {22, 45.2}, {24, 46}};
    const auto layer = LineLayer(QStringLiteral("gas_pipelines")).feature(QStringLiteral("F1"), {c}).build();
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20.02, 45.01}), node(QStringLiteral("B"), geo::GeoPoint{23.98, 45.99})};
    net.links = {link(QStringLiteral("L1"), from, to, QStringLiteral("F1"))};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {5.0}), {layer}, geo::Crs::wgs84());
    QVERIFY2(o, qPrintable(o ? QString() : o.error().toString()));
    QCOMPARE(o->lines.size(), std::size_t(1));
    const auto& p = o->lines[0].path;
    QCOMPARE(p.size(), c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        const auto& [x, y] = c[reversed ? c.size() - 1 - i : i];
        QVERIFY2(near(p[i], QPointF(x, y)), qPrintable(pathText(p)));
    }
    QCOMPARE(o->lines[0].flow, 5.0);
    QCOMPARE(o->lines[0].linkId, QStringLiteral("L1"));
}

void TestFlowOverlay::chainsMultiPartFeature()
{
    // Three parts digitised out of order and in mixed directions.
    const auto layer = LineLayer(QStringLiteral("gas_pipelines"))
                           .feature(QStringLiteral("F"), {{{24, 46}, {23, 45.6}}, {{20, 45}, {21, 45.2}}, {{23, 45.6}, {22, 45.3}, {21, 45.2}}})
                           .build();
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{24, 46})};
    net.links = {link(QStringLiteral("L"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("F"))};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {1.0}), {layer}, geo::Crs::wgs84());
    QVERIFY(o);
    QCOMPARE(o->lines.size(), std::size_t(1));
    const std::vector<QPointF> expected{{20, 45}, {21, 45.2}, {22, 45.3}, {23, 45.6}, {24, 46}};
    const auto& p = o->lines[0].path;
    QVERIFY2(p.size() == expected.size(), qPrintable(pathText(p)));
    for (std::size_t i = 0; i < p.size(); ++i)
        QVERIFY2(near(p[i], expected[i]), qPrintable(pathText(p)));
}

void TestFlowOverlay::stretchOfLongerFeature()
{
    // One pipeline carrying two links, split at a node that lies on it (TANAP east and west of Eskişehir).
    const auto layer = LineLayer(QStringLiteral("gas_pipelines"))
                           .feature(QStringLiteral("T"), {{{20, 40}, {22, 40}, {24, 40}, {26, 40}, {28, 40}, {30, 40}}})
                           .build();
    model::Network net;
    net.nodes = {node(QStringLiteral("E"), geo::GeoPoint{30, 40}), node(QStringLiteral("M"), geo::GeoPoint{25, 40.05}),
                 node(QStringLiteral("W"), geo::GeoPoint{20, 40})};
    net.links = {link(QStringLiteral("east"), QStringLiteral("E"), QStringLiteral("M"), QStringLiteral("T")),
                 link(QStringLiteral("west"), QStringLiteral("M"), QStringLiteral("W"), QStringLiteral("T"))};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {10, 10}), {layer}, geo::Crs::wgs84());
    QVERIFY(o);
    const FlowLine* east = lineOf(*o, QStringLiteral("east"));
    const FlowLine* west = lineOf(*o, QStringLiteral("west"));
    QVERIFY(east && west);
    QVERIFY2(near(east->path.front(), QPointF(30, 40)) && near(east->path.back(), QPointF(25, 40)), qPrintable(pathText(east->path)));
    QVERIFY2(near(west->path.front(), QPointF(25, 40)) && near(west->path.back(), QPointF(20, 40)), qPrintable(pathText(west->path)));
    // Every vertex on the pipeline.
    for (const QPointF& q : east->path)
        QCOMPARE(q.y(), 40.0);

    // A node far from the line (another country's grid node) does not cut it.
    net.nodes[1].position = geo::GeoPoint{25, 44};
    const auto far = render::buildFlowOverlay(net, resultFor(net, {10, 10}), {layer}, geo::Crs::wgs84());
    QVERIFY(far);
    const FlowLine* e2 = lineOf(*far, QStringLiteral("east"));
    QVERIFY(e2);
    QVERIFY2(near(e2->path.front(), QPointF(30, 40)) && near(e2->path.back(), QPointF(20, 40)), qPrintable(pathText(e2->path)));
}

void TestFlowOverlay::geodesicFallback()
{
    const auto layer = LineLayer(QStringLiteral("power_links")).feature(QStringLiteral("X"), {{{0, 0}, {1, 1}}}).build();
    model::Network net;
    const geo::GeoPoint a{20, 45}, b{40, 55};
    net.nodes = {node(QStringLiteral("A"), a), node(QStringLiteral("B"), b)};
    // No feature id, and a feature id that is not in any layer: both fall back to the geodesic.
    net.links = {link(QStringLiteral("none"), QStringLiteral("A"), QStringLiteral("B"), QString()),
                 link(QStringLiteral("unknown"), QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("nope"))};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {1, 1}), {layer}, geo::Crs::wgs84());
    QVERIFY(o);
    QCOMPARE(o->lines.size(), std::size_t(2));
    const auto& p = o->lines[0].path;
    QVERIFY2(p.size() > 20, qPrintable(pathText(p))); // densified (~1800 km)
    QVERIFY(near(p.front(), QPointF(a.lon, a.lat), 1e-9));
    QVERIFY(near(p.back(), QPointF(b.lon, b.lat), 1e-9));
    // Every vertex on the geodesic: the two legs add up to the whole.
    const double whole = geo::geodesic::distanceM(a, b);
    for (const QPointF& q : p) {
        const geo::GeoPoint g{q.x(), q.y()};
        QVERIFY(std::abs(geo::geodesic::distanceM(a, g) + geo::geodesic::distanceM(g, b) - whole) < 1.0);
    }
    // The middle is north of the straight lon/lat line (a great circle bulges poleward).
    const QPointF mid = p[p.size() / 2];
    QVERIFY(mid.y() > 45 + (55 - 45) * (mid.x() - 20) / 20 + 0.1);
    // Oriented from → to.
    const auto& q = o->lines[1].path;
    QVERIFY(near(q.front(), QPointF(b.lon, b.lat), 1e-9));
    QVERIFY(near(q.back(), QPointF(a.lon, a.lat), 1e-9));
}

void TestFlowOverlay::leftOutWithoutGeometry()
{
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), std::nullopt), node(QStringLiteral("B"), geo::GeoPoint{20, 45})};
    net.links = {link(QStringLiteral("L"), QStringLiteral("A"), QStringLiteral("B"), QString())};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {1}), {}, geo::Crs::wgs84());
    QVERIFY(o);
    QVERIFY(o->isEmpty());
}

void TestFlowOverlay::projectsToMapCrs()
{
    const Coords c{{20, 45}, {24, 46}};
    const auto layer = LineLayer(QStringLiteral("gas_pipelines")).feature(QStringLiteral("F1"), {c}).build();
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{24, 46})};
    net.links = {link(QStringLiteral("L1"), QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("F1"))};
    for (const geo::Crs& crs : {geo::Crs::etrs89Laea(), geo::Crs::webMercator()}) {
        const auto o = render::buildFlowOverlay(net, resultFor(net, {1}), {layer}, crs);
        QVERIFY(o);
        QCOMPARE(o->lines.size(), std::size_t(1));
        auto t = geo::CrsTransform::get(geo::Crs::wgs84(), crs);
        QVERIFY(t);
        const geo::MapPoint b = (*t)->transform(24, 46), a = (*t)->transform(20, 45);
        const auto& p = o->lines[0].path;
        QVERIFY2(near(p.front(), QPointF(b.x, b.y), 1e-3) && near(p.back(), QPointF(a.x, a.y), 1e-3), qPrintable(pathText(p)));
    }
}

void TestFlowOverlay::widthProportionalToFlow()
{
    FlowStyle st;
    st.maxFlow[QStringLiteral("gas")] = 20.0;
    st.maxFlow[QStringLiteral("power")] = 1000.0;
    const QString gas = QStringLiteral("gas"), power = QStringLiteral("power");
    QCOMPARE(render::flowWidthPx(st, gas, 0.0), 0.0);
    QCOMPARE(render::flowWidthPx(st, gas, st.minFlow / 2), 0.0);
    const double w3 = render::flowWidthPx(st, gas, 3.0), w6 = render::flowWidthPx(st, gas, 6.0);
    QVERIFY(w3 > st.minWidthPx);
    QVERIFY2(std::abs((w6 - st.minWidthPx) / (w3 - st.minWidthPx) - 2.0) < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(w3).arg(w6)));
    // The sign is the direction, not the size.
    QCOMPARE(render::flowWidthPx(st, gas, -6.0), w6);
    QCOMPARE(render::flowWidthPx(st, gas, 20.0), st.maxWidthPx);
    QCOMPARE(render::flowWidthPx(st, gas, 40.0), st.maxWidthPx); // never wider than the maximum
    // Per commodity: 500 MW is half the power scale, as 10 bcm/yr is half the gas scale.
    QCOMPARE(render::flowWidthPx(st, power, 500.0), render::flowWidthPx(st, gas, 10.0));
    QVERIFY(render::flowWidthPx(st, power, 10.0) < render::flowWidthPx(st, gas, 10.0));
}

void TestFlowOverlay::maxFlowFromCapacities()
{
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{21, 45})};
    net.links = {link(QStringLiteral("g1"), QStringLiteral("A"), QStringLiteral("B"), {}, 8.0),
                 link(QStringLiteral("g2"), QStringLiteral("B"), QStringLiteral("A"), {}, 16.0),
                 link(QStringLiteral("p"), QStringLiteral("A"), QStringLiteral("B"), {}, 1300.0, QStringLiteral("power"))};
    const auto o = render::buildFlowOverlay(net, resultFor(net, {4, 8, 650}), {}, geo::Crs::wgs84());
    QVERIFY(o);
    QCOMPARE(o->style.maxFlow.at(QStringLiteral("gas")), 16.0);
    QCOMPARE(o->style.maxFlow.at(QStringLiteral("power")), 1300.0);
    // The caller's scale wins (the same widths for two scenarios).
    FlowStyle fixed;
    fixed.maxFlow[QStringLiteral("gas")] = 30.0;
    const auto f = render::buildFlowOverlay(net, resultFor(net, {4, 8, 650}), {}, geo::Crs::wgs84(), fixed);
    QVERIFY(f);
    QCOMPARE(f->style.maxFlow.at(QStringLiteral("gas")), 30.0);
    QCOMPARE(f->style.maxFlow.at(QStringLiteral("power")), 1300.0);
}

void TestFlowOverlay::coloursByUtilisation()
{
    const FlowStyle st;
    const auto colour = [&](double u) {
        FlowLine l;
        l.flow = 1;
        l.utilisation = u;
        return render::flowColour(st, l);
    };
    const QColor low = colour(0.0), half = colour(0.5), high = colour(0.9), full = colour(1.0);
    QVERIFY2(low.green() > low.red() + 60 && low.green() > low.blue(), qPrintable(low.name()));              // green
    QVERIFY2(half.red() > 180 && half.green() > 150 && half.blue() < 90, qPrintable(half.name()));           // yellow
    QVERIFY2(high.red() > 200 && high.green() > 90 && high.green() < 160, qPrintable(high.name()));          // orange
    QVERIFY2(full.red() > 120 && full.red() < 200 && full.green() < 40 && full.blue() < 40, qPrintable(full.name())); // dark red
    QCOMPARE(colour(1.7), full);
    // The hue runs from green to red as utilisation grows.
    int lastHue = 361;
    for (double u = 0.0; u <= 1.0; u += 0.05) {
        const int h = colour(u).hsvHue();
        QVERIFY2(h <= lastHue, qPrintable(QStringLiteral("u=%1 hue %2 after %3").arg(u).arg(h).arg(lastHue)));
        lastHue = h;
    }
    FlowLine out;
    out.outage = true;
    out.utilisation = 1.0;
    const QColor grey = render::flowColour(st, out);
    QCOMPARE(grey.red(), grey.green());
    QCOMPARE(grey.green(), grey.blue());
}

void TestFlowOverlay::labelsInUnits()
{
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{21, 45})};
    net.links = {link(QStringLiteral("g"), QStringLiteral("A"), QStringLiteral("B"), {}, 20.0),
                 link(QStringLiteral("p"), QStringLiteral("A"), QStringLiteral("B"), {}, 1300.0, QStringLiteral("power")),
                 link(QStringLiteral("idle"), QStringLiteral("B"), QStringLiteral("A"), {}, 5.0)};
    auto o = render::buildFlowOverlay(net, resultFor(net, {-3.1, 500, 0}), {}, geo::Crs::wgs84());
    QVERIFY(o);
    QCOMPARE(lineOf(*o, QStringLiteral("g"))->label, QStringLiteral("3.1\u00a0bcm/yr"));
    QCOMPARE(lineOf(*o, QStringLiteral("p"))->label, QStringLiteral("500\u00a0MW"));
    QVERIFY(lineOf(*o, QStringLiteral("idle"))->label.isEmpty());
    FlowStyle st;
    st.gasUnit = model::GasUnit::McmPerDay;
    o = render::buildFlowOverlay(net, resultFor(net, {-3.1, 500, 0}), {}, geo::Crs::wgs84(), st);
    QVERIFY(o);
    QVERIFY2(lineOf(*o, QStringLiteral("g"))->label.endsWith(QLatin1String("mcm/d")), qPrintable(lineOf(*o, QStringLiteral("g"))->label));
}

void TestFlowOverlay::differenceSigns()
{
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{21, 45})};
    net.links = {link(QStringLiteral("up"), QStringLiteral("A"), QStringLiteral("B"), {}),
                 link(QStringLiteral("down"), QStringLiteral("A"), QStringLiteral("B"), {}),
                 link(QStringLiteral("same"), QStringLiteral("A"), QStringLiteral("B"), {})};
    const auto o = render::buildFlowDifference(net, resultFor(net, {5, 3, 2}), resultFor(net, {7.5, 1, 2}), {}, geo::Crs::wgs84());
    QVERIFY(o);
    QVERIFY(o->style.difference);
    QCOMPARE(o->lines.size(), std::size_t(2)); // "same" dropped
    QVERIFY(!lineOf(*o, QStringLiteral("same")));
    const FlowLine* up = lineOf(*o, QStringLiteral("up"));
    const FlowLine* down = lineOf(*o, QStringLiteral("down"));
    QVERIFY(up && down);
    QCOMPARE(up->flow, 2.5);
    QCOMPARE(down->flow, -2.0);
    QCOMPARE(up->label, QStringLiteral("+2.5\u00a0bcm/yr"));
    QCOMPARE(down->label, QStringLiteral("\u22122\u00a0bcm/yr"));
    QCOMPARE(up->utilisation, 7.5 / 20.0); // of `after`
    const QColor more = render::flowColour(o->style, *up), less = render::flowColour(o->style, *down);
    QVERIFY2(more.blue() > more.red() + 80, qPrintable(more.name()));
    QVERIFY2(less.red() > less.blue() + 80, qPrintable(less.name()));
    // Width ∝ |Δ|.
    QVERIFY(render::flowWidthPx(o->style, QStringLiteral("gas"), up->flow) > render::flowWidthPx(o->style, QStringLiteral("gas"), down->flow));
}

void TestFlowOverlay::rejectsMismatchedResult()
{
    model::Network net;
    net.nodes = {node(QStringLiteral("A"), geo::GeoPoint{20, 45}), node(QStringLiteral("B"), geo::GeoPoint{21, 45})};
    net.links = {link(QStringLiteral("g"), QStringLiteral("A"), QStringLiteral("B"), {})};
    model::FlowResult empty;
    const auto o = render::buildFlowOverlay(net, empty, {}, geo::Crs::wgs84());
    QVERIFY(!o);
    QCOMPARE(o.error().code, geo::ErrorCode::InvalidArgument);
}

void TestFlowOverlay::drawsAlongPath()
{
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    s.flows = horizontalFlow(10.0, false);
    render::RenderStats stats;
    const QImage img = draw(s, &stats);
    QCOMPARE(stats.flowLinesDrawn, std::size_t(1));
    QCOMPARE(stats.flowCommodities, std::vector<QString>{QStringLiteral("gas")});
    const QColor c = render::flowColour(s.flows->style, s.flows->lines[0]);
    const double w = render::flowWidthPx(s.flows->style, QStringLiteral("gas"), 10.0);
    QVERIFY(w > 6 && w < 9);
    // On the line's centre row, away from the arrow heads (at x = 150 and 350): the flow colour.
    for (int x : {70, 100, 120, 200, 250, 300, 400, 430}) {
        const QColor got = QColor::fromRgba(img.pixel(x, 150));
        QVERIFY2(similar(got, c, 10), qPrintable(QStringLiteral("x=%1: %2, expected %3").arg(x).arg(got.name(), c.name())));
    }
    // The width: flow colour at ±(w/2 − 1) from the centre, casing (white) just outside, sea beyond.
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, static_cast<int>(150.5 - w / 2 + 1))), c, 20));
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, static_cast<int>(150.5 + w / 2 - 1))), c, 20));
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, static_cast<int>(150.5 - w / 2 - 4))), s.background, 6));
    // Nothing beyond the path's ends.
    QVERIFY(similar(QColor::fromRgba(img.pixel(30, 150)), s.background, 6));
    QVERIFY(similar(QColor::fromRgba(img.pixel(470, 150)), s.background, 6));
    // Twice the flow: a wider line.
    s.flows = horizontalFlow(20.0, false);
    const QImage wide = draw(s);
    const double w2 = render::flowWidthPx(s.flows->style, QStringLiteral("gas"), 20.0);
    QVERIFY(similar(QColor::fromRgba(wide.pixel(100, static_cast<int>(150.5 - w2 / 2 + 1))), render::flowColour(s.flows->style, s.flows->lines[0]), 20));
    QVERIFY(w2 - 1 > w / 2 + 4); // that pixel was sea at the narrower width
}

void TestFlowOverlay::arrowPointsWithFlow()
{
    // Heads at x = 150 and 350 (two along the 400 px line); look at the first, between x = 125 and 175.
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    int nPos = 0, nNeg = 0;
    s.flows = horizontalFlow(10.0, false);
    const double forward = excessCentroidX(draw(s), s.background, 125, 175, &nPos);
    s.flows = horizontalFlow(-10.0, false);
    const double backward = excessCentroidX(draw(s), s.background, 125, 175, &nNeg);
    QVERIFY2(nPos > 6 && nNeg > 6, qPrintable(QStringLiteral("%1 %2").arg(nPos).arg(nNeg)));
    QVERIFY2(forward < 149 && backward > 151, qPrintable(QStringLiteral("forward %1, backward %2").arg(forward).arg(backward)));
    // Without arrows: the line alone, no head.
    auto plain = horizontalFlow(10.0, false);
    plain->style.arrows = false;
    s.flows = plain;
    int nNone = 0;
    excessCentroidX(draw(s), s.background, 125, 175, &nNone);
    QCOMPARE(nNone, 0);
}

void TestFlowOverlay::drawnBetweenLinesAndPoints()
{
    // A vertical red line layer crossing the flow at x = 250, and a blue point on the flow at x = 300.
    const geo::Crs laea = geo::Crs::etrs89Laea();
    auto lines = std::make_shared<geo::LayerData>();
    lines->name = QStringLiteral("lines");
    lines->geometryType = geo::GeometryType::Line;
    lines->crs = laea;
    lines->geometry.beginFeature();
    lines->fids.push_back(1);
    lines->geometry.beginPart(geo::PartKind::Line);
    lines->geometry.beginRing();
    lines->geometry.addPoint(501, 50);
    lines->geometry.addPoint(501, 550);
    lines->geometry.finish();
    lines->finalise();
    auto points = std::make_shared<geo::LayerData>();
    points->name = QStringLiteral("points");
    points->geometryType = geo::GeometryType::Point;
    points->crs = laea;
    points->geometry.beginFeature();
    points->fids.push_back(1);
    points->geometry.beginPart(geo::PartKind::Point);
    points->geometry.beginRing();
    points->geometry.addPoint(601, 299);
    points->geometry.finish();
    points->finalise();
    render::LayerStyle ls;
    ls.stroke = QColor(0xdd, 0x22, 0x22);
    ls.strokeWidthPx = 12;
    render::LayerStyle ps;
    ps.fill = QColor(0x22, 0x44, 0xdd);
    ps.stroke = ps.fill;
    ps.pointSizePx = 14;

    render::RenderSnapshot s;
    s.viewport = syntheticView();
    // Points listed first: the overlay still goes above every line layer, below the points after them.
    s.layers.push_back({*render::ProjectedLayer::create(lines, laea), ls});
    s.layers.push_back({*render::ProjectedLayer::create(points, laea), ps});
    s.flows = horizontalFlow(10.0, false);
    const QImage img = draw(s);
    const QColor flow = render::flowColour(s.flows->style, s.flows->lines[0]);
    QVERIFY2(similar(QColor::fromRgba(img.pixel(250, 150)), flow, 10), qPrintable(QColor::fromRgba(img.pixel(250, 150)).name()));
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, 60)), ls.stroke, 10)); // the line itself, away from the flow
    QVERIFY2(similar(QColor::fromRgba(img.pixel(300, 150)), ps.fill, 10), qPrintable(QColor::fromRgba(img.pixel(300, 150)).name()));
}

void TestFlowOverlay::outageAndZeroFlow()
{
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    auto o = horizontalFlow(0.0, true);
    s.flows = o;
    render::RenderStats stats;
    QImage img = draw(s, &stats);
    // No flow: nothing drawn, no label.
    QCOMPARE(stats.flowLinesDrawn, std::size_t(0));
    QVERIFY(!stats.flowOutagesDrawn);
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, 150)), s.background, 6));
    // Out of service: thin grey dashes along the path, not counted as a flow, no arrows.
    o = horizontalFlow(0.0, true);
    o->lines[0].outage = true;
    s.flows = o;
    img = draw(s, &stats);
    QVERIFY(stats.flowOutagesDrawn);
    QCOMPARE(stats.flowLinesDrawn, std::size_t(0));
    int grey = 0, sea = 0;
    for (int x = 60; x < 440; ++x) {
        const QColor c = QColor::fromRgba(img.pixel(x, 150));
        grey += similar(c, QColor(0x8c, 0x8c, 0x8c), 16);
        sea += similar(c, s.background, 16) || similar(c, Qt::white, 16);
    }
    QVERIFY2(grey > 100 && sea > 60, qPrintable(QStringLiteral("grey %1, gaps %2").arg(grey).arg(sea))); // dashed
    QVERIFY(similar(QColor::fromRgba(img.pixel(250, 146)), s.background, 6)); // thin
}

void TestFlowOverlay::labelsPlaced()
{
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    auto o = horizontalFlow(10.0, true);
    // A second, parallel flow 20 px below with its own label: both labelled, never on top of each other.
    FlowLine second = o->lines[0];
    second.linkId = QStringLiteral("L2");
    for (QPointF& q : second.path)
        q.ry() -= 40;
    second.flow = 3.0;
    second.label = model::formatQuantity(QStringLiteral("gas"), 3.0, model::GasUnit::BcmPerYear);
    o->lines.push_back(second);
    s.flows = o;
    render::RenderStats stats;
    draw(s, &stats);
    QVERIFY2(std::count(stats.labels.begin(), stats.labels.end(), QStringLiteral("10\u00a0bcm/yr")) >= 1, qPrintable(QStringList(stats.labels.begin(), stats.labels.end()).join(QLatin1Char('|'))));
    QVERIFY(std::count(stats.labels.begin(), stats.labels.end(), QStringLiteral("3\u00a0bcm/yr")) >= 1);
    // No two labels overlap (outlines include the engine's padding).
    QCOMPARE(stats.labelBoxes.size(), stats.labels.size());
    for (std::size_t i = 0; i < stats.labelBoxes.size(); ++i)
        for (std::size_t j = i + 1; j < stats.labelBoxes.size(); ++j)
            QVERIFY2(!stats.labelBoxes[i].intersects(stats.labelBoxes[j]), qPrintable(stats.labels[i] + QStringLiteral(" / ") + stats.labels[j]));
    // Switched off in the style or the snapshot: none.
    s.labels = false;
    draw(s, &stats);
    QVERIFY(stats.labels.empty());
    s.labels = true;
    auto quiet = std::make_shared<FlowOverlay>(*o);
    quiet->style.labels = false;
    s.flows = quiet;
    draw(s, &stats);
    QVERIFY(stats.labels.empty());
}

void TestFlowOverlay::wavyAndShortFlowsLabelled()
{
    // A pipeline zigzagging every 10 px and a link 30 px long: no room along them, so the figure goes
    // beside the line, horizontal, clear of both lines.
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    auto o = std::make_shared<FlowOverlay>();
    o->style.maxFlow[QStringLiteral("gas")] = 20.0;
    FlowLine wavy;
    wavy.linkId = QStringLiteral("W");
    wavy.commodity = QStringLiteral("gas");
    for (int k = 0; k <= 30; ++k)
        wavy.path.emplace_back(200 + 20 * k, 300 + (k % 2 ? 16 : -16)); // 2 map units per pixel
    wavy.flow = 11.2;
    wavy.utilisation = 1.0;
    wavy.label = model::formatQuantity(QStringLiteral("gas"), 11.2, model::GasUnit::BcmPerYear);
    FlowLine shortLink = wavy;
    shortLink.linkId = QStringLiteral("S");
    shortLink.path = {QPointF(400, 480), QPointF(460, 480)};
    shortLink.flow = 1.5;
    shortLink.label = model::formatQuantity(QStringLiteral("gas"), 1.5, model::GasUnit::BcmPerYear);
    o->lines = {wavy, shortLink};
    s.flows = o;
    render::RenderStats stats;
    draw(s, &stats);
    const QString all = QStringList(stats.labels.begin(), stats.labels.end()).join(QLatin1Char('|'));
    const auto box = [&](const QString& text) {
        const auto it = std::find(stats.labels.begin(), stats.labels.end(), text);
        return it == stats.labels.end() ? QRectF() : stats.labelBoxes[static_cast<std::size_t>(it - stats.labels.begin())].boundingRect();
    };
    const QRectF w = box(QStringLiteral("11.2\u00a0bcm/yr")), sh = box(QStringLiteral("1.5\u00a0bcm/yr"));
    QVERIFY2(!w.isNull(), qPrintable(all));
    QVERIFY2(!sh.isNull(), qPrintable(all));
    // Horizontal (a box no taller than a line of text) and off the wavy line's band (rows 142..158).
    QVERIFY2(w.height() < 20, qPrintable(QStringLiteral("%1").arg(w.height())));
    QVERIFY2(w.bottom() <= 142 || w.top() >= 158, qPrintable(QStringLiteral("%1..%2").arg(w.top()).arg(w.bottom())));
    QVERIFY(!w.intersects(sh));
    // Near the middle of the line (x = 250 px), inside the frame.
    QVERIFY2(std::abs(w.center().x() - 250) < 80, qPrintable(QString::number(w.center().x())));
    QVERIFY(QRectF(0, 0, 500, 300).contains(w) && QRectF(0, 0, 500, 300).contains(sh));
}

void TestFlowOverlay::cancelled()
{
    render::RenderSnapshot s;
    s.viewport = syntheticView();
    s.flows = horizontalFlow(10.0, true);
    std::atomic_bool cancel{true};
    render::RenderStats stats;
    draw(s, &stats, &cancel);
    QVERIFY(stats.cancelled);
    QCOMPARE(stats.flowLinesDrawn, std::size_t(0));
}

void TestFlowOverlay::legend()
{
    render::LayoutSpec spec;
    const QSizeF page(1200, 800);
    const QRectF frame = render::MapLayout::mapFrame(spec, page);
    render::RenderSnapshot s;
    s.viewport = render::Viewport(geo::Crs::etrs89Laea(), geo::Envelope(0, 0, 1000, 600), frame.size().toSize());
    QImage img(page.toSize(), QImage::Format_ARGB32_Premultiplied);
    const auto entries = [&] {
        QPainter p(&img);
        return render::MapLayout::render(spec, s, nullptr, p, page).legendEntries;
    };
    // No overlay: no flow section.
    QStringList e = entries();
    QVERIFY2(!e.contains(QStringLiteral("Flows")), qPrintable(e.join(QLatin1Char('|'))));

    auto o = horizontalFlow(10.0, true);
    o->lines[0].bottleneck = true;
    s.flows = o;
    e = entries();
    QVERIFY2(e.contains(QStringLiteral("Flows")), qPrintable(e.join(QLatin1Char('|'))));
    QVERIFY(e.contains(QStringLiteral("Width: gas flow (bcm/yr)")));
    // Round sample widths from the scale's maximum (20 bcm/yr), side by side, the unit after the last.
    const auto at = e.indexOf(QStringLiteral("20\u00a0bcm/yr"));
    QVERIFY2(at >= 2, qPrintable(e.join(QLatin1Char('|'))));
    QCOMPARE(e[at - 2], QStringLiteral("2"));
    QCOMPARE(e[at - 1], QStringLiteral("10"));
    QVERIFY(!e.contains(QStringLiteral("Width: power flow (MW)"))); // only commodities on the map
    QVERIFY(e.contains(QStringLiteral("0 %")) && e.contains(QStringLiteral("100 %")));
    QVERIFY(e.contains(QStringLiteral("Bottleneck: limits served demand")));
    QVERIFY(!e.contains(QStringLiteral("Out of service")));

    // Difference mode: the Δ colours instead of the utilisation ramp.
    auto d = horizontalFlow(-2.0, true);
    d->style.difference = true;
    s.flows = d;
    e = entries();
    QVERIFY2(e.contains(QStringLiteral("Change in flows")), qPrintable(e.join(QLatin1Char('|'))));
    QVERIFY(e.contains(QStringLiteral("More flow than the reference")));
    QVERIFY(e.contains(QStringLiteral("Less flow than the reference")));
    QVERIFY(!e.contains(QStringLiteral("100 %")));

    // A legend taller than its area: never entries lost silently; when even the densest layout cannot
    // hold them, the count left out is reported.
    {
        s.flows = o;
        QPainter p(&img);
        const auto r = render::MapLayout::render(spec, s, nullptr, p, page);
        QCOMPARE(r.legendEntriesOmitted, 0);
        const QSizeF tiny(900, 150);
        render::RenderSnapshot small = s;
        small.viewport = render::Viewport(geo::Crs::etrs89Laea(), geo::Envelope(0, 0, 1000, 600),
                                          render::MapLayout::mapFrame(spec, tiny).size().toSize());
        const auto t = render::MapLayout::render(spec, small, nullptr, p, tiny);
        QVERIFY2(t.legendEntriesOmitted > 0, qPrintable(t.legendEntries.join(QLatin1Char('|'))));
    }

    // Flows entirely outside the map: nothing to explain.
    auto away = horizontalFlow(10.0, true);
    for (QPointF& q : away->lines[0].path)
        q += QPointF(1e6, 1e6);
    s.flows = away;
    e = entries();
    QVERIFY(!e.contains(QStringLiteral("Flows")));
}

void TestFlowOverlay::bundledScenarios_data()
{
    QTest::addColumn<QString>("crs");
    QTest::newRow("LAEA") << QStringLiteral("EPSG:3035");
    QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857");
    QTest::newRow("WGS 84") << QStringLiteral("EPSG:4326");
}

void TestFlowOverlay::bundledScenarios()
{
    QFETCH(QString, crs);
    const QString gpkg = QStringLiteral(CORRIDOR_BUNDLE_GPKG);
    auto project = geo::loadProject(gpkg);
    QVERIFY(project);
    auto db = model::Database::open(gpkg, model::Database::Mode::ReadOnly);
    QVERIFY(db);
    auto doc = model::loadModel(*db);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    auto mapCrs = geo::Crs::fromUserInput(crs);
    QVERIFY(mapCrs);
    const std::vector<geo::LayerDataPtr> features{project->layer(QStringLiteral("gas_pipelines")), project->layer(QStringLiteral("power_links"))};
    QVERIFY(features[0] && features[1]);

    std::vector<render::RenderLayer> layers;
    geo::Envelope extent;
    for (const auto& l : project->layers) {
        auto p = render::ProjectedLayer::create(l, *mapCrs);
        QVERIFY(p);
        layers.push_back({*p, render::LayerStyle{}});
        if (l->geometryType != geo::GeometryType::Polygon)
            extent.expand((*p)->extent());
    }
    for (const QString& name : doc->scenarios.names()) {
        auto net = doc->scenarios.apply(doc->network, name);
        QVERIFY(net);
        auto result = model::solveFlow(*net);
        QVERIFY(result);
        QElapsedTimer t;
        t.start();
        const auto o = render::buildFlowOverlay(*net, *result, features, *mapCrs);
        const double buildMs = t.nsecsElapsed() / 1e6;
        QVERIFY(o);
        // Every link has geometry in the bundled model.
        QCOMPARE(o->lines.size(), net->links.size());
        // Links bound to a feature follow it (more than a straight pair), from the from-node's end.
        auto toMap = geo::CrsTransform::get(geo::Crs::wgs84(), *mapCrs);
        QVERIFY(toMap);
        for (std::size_t i = 0; i < net->links.size(); ++i) {
            const model::Link& l = net->links[i];
            const FlowLine* fl = lineOf(*o, l.id);
            QVERIFY(fl);
            for (const QPointF& q : fl->path)
                QVERIFY2(std::isfinite(q.x()) && std::isfinite(q.y()), qPrintable(l.id));
            const auto& a = net->nodes[static_cast<std::size_t>(net->nodeIndex(l.from))].position;
            const auto& b = net->nodes[static_cast<std::size_t>(net->nodeIndex(l.to))].position;
            if (!a || !b || fl->path.size() < 2)
                continue;
            const geo::MapPoint pa = (*toMap)->transform(a->lon, a->lat), pb = (*toMap)->transform(b->lon, b->lat);
            const auto d = [](QPointF p, geo::MapPoint m) { return std::hypot(p.x() - m.x, p.y() - m.y); };
            QVERIFY2(d(fl->path.front(), pa) + d(fl->path.back(), pb) <= d(fl->path.front(), pb) + d(fl->path.back(), pa) + 1e-6,
                     qPrintable(QStringLiteral("%1 (%2) is drawn to → from").arg(l.id, name)));
        }
        // TANAP carries two links, split at the Turkish offtake: they must not be drawn on top of each other.
        const FlowLine* east = lineOf(*o, QStringLiteral("G2-east"));
        const FlowLine* west = lineOf(*o, QStringLiteral("G2-west"));
        QVERIFY(east && west);
        const double dEnds = std::hypot(east->path.back().x() - west->path.front().x(), east->path.back().y() - west->path.front().y());
        const double span = std::hypot(east->path.front().x() - west->path.back().x(), east->path.front().y() - west->path.back().y());
        QVERIFY2(dEnds < 0.02 * span, qPrintable(QStringLiteral("%1 of %2").arg(dEnds).arg(span)));

        render::RenderSnapshot s;
        s.viewport = render::Viewport(*mapCrs, extent, QSize(1920, 1080));
        s.layers = layers;
        s.flows = std::make_shared<const FlowOverlay>(*o);
        QImage img(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        t.restart();
        const render::RenderStats stats = render::renderMap(s, p);
        const double frameMs = t.nsecsElapsed() / 1e6;
        p.end();
        QVERIFY(stats.flowLinesDrawn >= 10);
        QVERIFY(std::find(stats.flowCommodities.begin(), stats.flowCommodities.end(), QStringLiteral("gas")) != stats.flowCommodities.end());
        const auto withUnit = std::count_if(stats.labels.begin(), stats.labels.end(),
                                            [](const QString& l) { return l.endsWith(QLatin1String("bcm/yr")); });
        QVERIFY2(withUnit >= 3, qPrintable(QStringList(stats.labels.begin(), stats.labels.end()).join(QLatin1Char('|'))));
        qInfo("%s, %s: overlay of %zu links built in %.2f ms; 1920x1080 frame with flows %.1f ms (flows drawn: %zu)", qPrintable(crs),
              qPrintable(name), o->lines.size(), buildMs, frameMs, stats.flowLinesDrawn);
    }
}

QTEST_MAIN(TestFlowOverlay)
#include "tst_flow_overlay.moc"
