// Render benchmark (issue #3). Prints figures; not a pass/fail test except as a smoke run (--smoke).
//
//   bench_render [--smoke] [--bundle-only] [--world FILE.gpkg] [--frames N]
//
// 1. The bundled corridor project at 1920×1080, antialiased, ETRS89-LAEA: median frame time and its split
//    into culling, transform (map units → pixels, LOD selection), drawing and labels.
//    The same with the flow overlay of the bundled network model ("2032 expansion"): time to build the
//    overlay, the frame with it, and the overlay alone on an empty map (its own cost, which the base
//    map's much larger and noisier frame time hides). --bundle-only stops after this part.
// 2. A generated world-scale polygon layer (default ≥ 8M vertices; many features of very different
//    sizes), written once to a GeoPackage (kept between runs) and loaded like any project: load time,
//    cold first frame (load + projection + first render incl. building the LOD band), full-extent
//    frames, zoomed-in frames, in EPSG:4326 and EPSG:3857.
// tests/bench/bench_render_qgis.py renders the same file at the same size with QGIS for comparison.

#include "app/render/map_renderer.h"
#include "tests/bench/world_layer.h"
#include "geo/gpkg_writer.h"
#include "geo/project.h"
#include "model/database.h"
#include "model/flow_solver.h"
#include "model/model_store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace corridor;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

/// The shared stress layer, with a line saying what was generated.
geo::LayerDataPtr makeWorld(std::size_t targetVertices)
{
    auto layer = bench::makeWorld(targetVertices);
    out() << "generated " << layer->featureCount() << " polygons, " << layer->geometry.pointCount() << " vertices\n";
    return layer;
}

struct FrameFigures {
    double total = 0, cull = 0, transform = 0, draw = 0, labels = 0;
    std::size_t points = 0;
    std::size_t labelCount = 0;
};

FrameFigures frame(const render::RenderSnapshot& s, QImage& img)
{
    img.fill(Qt::white);
    QPainter p(&img);
    QElapsedTimer t;
    t.start();
    const render::RenderStats st = render::renderMap(s, p);
    FrameFigures f;
    f.total = ms(t);
    f.cull = st.cullMs;
    f.transform = st.transformMs;
    f.draw = st.drawMs;
    f.labels = st.labelMs;
    f.points = st.pointsDrawn;
    f.labelCount = st.labels.size();
    return f;
}

void report(const QString& what, const std::vector<FrameFigures>& fs)
{
    std::vector<double> tot, cull, tr, draw, lab;
    for (const auto& f : fs) {
        tot.push_back(f.total);
        cull.push_back(f.cull);
        tr.push_back(f.transform);
        draw.push_back(f.draw);
        lab.push_back(f.labels);
    }
    out() << QStringLiteral("%1: median %2 ms (cull %3, transform %4, draw %5, labels %6; %7 vertices drawn; %9 labels; %8 frames)\n")
                 .arg(what)
                 .arg(median(tot), 0, 'f', 1)
                 .arg(median(cull), 0, 'f', 2)
                 .arg(median(tr), 0, 'f', 1)
                 .arg(median(draw), 0, 'f', 1)
                 .arg(median(lab), 0, 'f', 1)
                 .arg(fs.empty() ? 0 : fs.back().points)
                 .arg(fs.size())
                 .arg(fs.empty() ? 0 : fs.back().labelCount);
    out().flush();
}

render::RenderSnapshot snapshotFor(const std::vector<render::RenderLayer>& layers, const geo::Crs& crs, const geo::Envelope& e, QSize size)
{
    render::RenderSnapshot s;
    s.layers = layers;
    s.viewport = render::Viewport(crs, e, size);
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int frames = smoke ? 3 : 25;
    QString worldPath = smoke ? QStringLiteral("/tmp/corridor-bench-world-v2-smoke.gpkg") : QStringLiteral("/tmp/corridor-bench-world-v2.gpkg");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--world"))
            worldPath = args[i + 1];
        if (args[i] == QLatin1String("--frames"))
            frames = std::max(1, args[i + 1].toInt());
    }
    const QSize size(1920, 1080);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);

    // --- 1. the bundled project --------------------------------------------------------------------------
#ifdef CORRIDOR_BUNDLE_GPKG
    {
        auto project = geo::loadProject(QStringLiteral(CORRIDOR_BUNDLE_GPKG));
        if (!project) {
            out() << "cannot load the bundle: " << project.error().toString() << "\n";
            return 1;
        }
        const geo::Crs laea = geo::Crs::etrs89Laea();
        std::vector<render::RenderLayer> layers;
        geo::Envelope e;
        for (const auto& l : project->layers) {
            auto p = render::ProjectedLayer::create(l, laea);
            if (!p)
                return 1;
            layers.push_back({*p, render::defaultStyle(*l)});
            if (l->geometryType != geo::GeometryType::Polygon)
                e.expand((*p)->extent());
        }
        e = e.buffered(0.06 * std::max(e.width(), e.height()));
        const auto s = snapshotFor(layers, laea, e, size);
        frame(s, img); // first frame: icons parsed, glyphs cached
        std::vector<FrameFigures> fs;
        for (int i = 0; i < frames; ++i)
            fs.push_back(frame(s, img));
        report(QStringLiteral("bundled project 1920x1080 LAEA, antialiased"), fs);
        if (smoke)
            img.save(QStringLiteral("bench_render_bundle.png"));

        // The flow overlay of the bundled model: built once per solve, drawn with every frame.
        auto db = model::Database::open(QStringLiteral(CORRIDOR_BUNDLE_GPKG), model::Database::Mode::ReadOnly);
        auto doc = db ? model::loadModel(*db) : geo::Result<model::NetworkDocument>(db.error());
        auto net = doc ? doc->scenarios.apply(doc->network, QStringLiteral("2032 expansion")) : geo::Result<model::Network>(doc.error());
        auto solved = net ? model::solveFlow(*net) : geo::Result<model::FlowResult>(net.error());
        if (!solved) {
            out() << "cannot solve the bundled model: " << solved.error().toString() << "\n";
            return 1;
        }
        const std::vector<geo::LayerDataPtr> features{project->layer(QStringLiteral("gas_pipelines")), project->layer(QStringLiteral("power_links"))};
        std::vector<double> buildMs;
        render::FlowOverlayPtr flows;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            auto o = render::buildFlowOverlay(*net, *solved, features, laea);
            buildMs.push_back(ms(t));
            if (!o)
                return 1;
            flows = std::make_shared<const render::FlowOverlay>(std::move(*o));
        }
        out() << QStringLiteral("flow overlay (2032 expansion, %1 links): built in median %2 ms\n").arg(flows->lines.size()).arg(median(buildMs), 0, 'f', 2);
        auto withFlows = s;
        withFlows.flows = flows;
        frame(withFlows, img);
        fs.clear();
        for (int i = 0; i < frames; ++i)
            fs.push_back(frame(withFlows, img));
        report(QStringLiteral("bundled project 1920x1080 LAEA with flows"), fs);
        // The overlay alone (no layers): its own cost, without the noise of the base map's ~50 ms.
        auto flowsOnly = withFlows;
        flowsOnly.layers.clear();
        frame(flowsOnly, img);
        fs.clear();
        for (int i = 0; i < frames; ++i)
            fs.push_back(frame(flowsOnly, img));
        report(QStringLiteral("flow overlay alone 1920x1080"), fs);
        if (smoke)
            img.save(QStringLiteral("bench_render_flows.png"));
    }
#endif
    if (args.contains(QStringLiteral("--bundle-only")))
        return 0;

    // --- 2. the generated world layer --------------------------------------------------------------------
    const std::size_t target = smoke ? 60000 : 8200000;
    if (!QFileInfo::exists(worldPath)) {
        QElapsedTimer t;
        t.start();
        const auto w = makeWorld(target);
        if (auto st = geo::writeGeoPackage(worldPath, {w}); !st) {
            out() << "cannot write " << worldPath << ": " << st.error().toString() << "\n";
            return 1;
        }
        out() << "wrote " << worldPath << " in " << ms(t) << " ms\n";
    }
    // Load alone (median of a few; the file is in the OS cache for every run alike).
    std::vector<double> loads;
    std::size_t vertices = 0;
    for (int i = 0; i < (smoke ? 1 : 3); ++i) {
        QElapsedTimer t;
        t.start();
        auto pr = geo::loadProject(worldPath);
        loads.push_back(ms(t));
        if (!pr || pr->layers.empty())
            return 1;
        vertices = pr->layers[0]->geometry.pointCount();
    }
    const double loadMs = median(loads);
    out() << QStringLiteral("world layer: %1 vertices; load alone: median %2 ms\n").arg(vertices).arg(loadMs, 0, 'f', 1);

    for (const geo::Crs& crs : {geo::Crs::wgs84(), geo::Crs::webMercator()}) {
        // Cold: load + projection + first frame (which builds the LOD band and the spatial index).
        QElapsedTimer cold;
        cold.start();
        auto pr = geo::loadProject(worldPath);
        if (!pr)
            return 1;
        auto projected = render::ProjectedLayer::create(pr->layers[0], crs);
        if (!projected)
            return 1;
        render::LayerStyle style;
        style.fill = QColor(0x9d, 0xc3, 0x8f);
        style.stroke = QColor(0x3b, 0x5e, 0x2b);
        style.strokeWidthPx = 0.5;
        const std::vector<render::RenderLayer> layers{{*projected, style}};
        geo::Envelope full = (*projected)->extent();
        const auto s = snapshotFor(layers, crs, full, size);
        const FrameFigures first = frame(s, img);
        const double coldMs = ms(cold);
        out() << QStringLiteral("[%1] cold first frame (load+project+render): %2 ms = %3 x load alone (first render %4 ms)\n")
                     .arg(crs.displayName())
                     .arg(coldMs, 0, 'f', 1)
                     .arg(coldMs / loadMs, 0, 'f', 2)
                     .arg(first.total, 0, 'f', 1);
        std::vector<FrameFigures> fs;
        for (int i = 0; i < frames; ++i)
            fs.push_back(frame(s, img));
        report(QStringLiteral("[%1] world full extent").arg(crs.displayName()), fs);
        if (crs.isGeographic())
            img.save(smoke ? QStringLiteral("bench_render_world_smoke.png") : QStringLiteral("/tmp/bench_render_world_full.png"));
        for (double zoom : {8.0, 64.0}) {
            const double w = full.width() / zoom, h = full.height() / zoom;
            const geo::Envelope ze(full.centerX() - w / 2, full.centerY() - h / 2, full.centerX() + w / 2, full.centerY() + h / 2);
            const auto zs = snapshotFor(layers, crs, ze, size);
            frame(zs, img); // builds this scale band
            std::vector<FrameFigures> zf;
            for (int i = 0; i < frames; ++i)
                zf.push_back(frame(zs, img));
            report(QStringLiteral("[%1] world zoomed in %2x").arg(crs.displayName()).arg(zoom), zf);
            if (crs.isGeographic() && zoom == 8.0)
                img.save(smoke ? QStringLiteral("bench_render_world_zoom_smoke.png") : QStringLiteral("/tmp/bench_render_world_zoom8.png"));
        }
    }
    return 0;
}
