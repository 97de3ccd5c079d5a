// Desktop window benchmark (issue #4). Prints figures; CTest runs it only as a smoke test (--smoke).
//
//   bench_ui [--smoke] [--vertices N] [--screenshot FILE.png [--dark] [--lang CODE]]
//
// 1. Launch → first complete frame of the bundled project: from the start of main() (QApplication,
//    window, project load in a worker, projection, first render) until the canvas reports a complete
//    frame; then the same for further windows in the same process (warm).
// 2. The ≥8M-vertex world polygon layer of the render benchmark (same generator and seed), added to
//    the window in Web Mercator at full extent, then panned continuously with the mouse (drag bursts
//    of 60 Hz moves with pauses so renders start and are cancelled, plus wheel zooms): the longest
//    GUI-thread stall (measured by a 2 ms precise timer: the largest gap between its ticks, minus
//    2 ms), and the paint time of the cached frame while panning.
// --screenshot: the window as in the README (under xvfb-run for a real X server).

#include "tests/bench/world_layer.h"
#include "app/ui/attribute_table_panel.h"
#include "app/ui/bookmark_panel.h"
#include "app/ui/identify_panel.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/map_tool.h"
#include "app/ui/theme.h"
#include "translations/i18n.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListView>
#include <QListWidget>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace corridor;

namespace {

QElapsedTimer g_launch;

/// Times every event the GUI thread handles: the longest one is what our code costs the GUI thread,
/// independent of the CPU being shared with other processes (which shows in the tick gaps).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!recording)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        // Nested dispatch (sendEvent inside a handler) is counted in its parent as well.
        if (ms > longestMs) {
            longestMs = ms;
            longestWhat = QStringLiteral("%1 → %2").arg(int(event->type())).arg(QString::fromLatin1(receiver->metaObject()->className()));
        }
        return r;
    }
    bool recording = false;
    double longestMs = 0;
    QString longestWhat;
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::clamp(p * static_cast<double>(v.size() - 1), 0.0, static_cast<double>(v.size() - 1)));
    return v[i];
}

/// Spins the event loop until `done()` or the timeout; false on timeout.
template <class F>
bool spinUntil(F done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool frameDone(ui::MainWindow& w)
{
    return w.canvas()->isFrameComplete() && !w.canvas()->isRendering();
}

using corridor::bench::makeWorld; // the render benchmark's stress layer (tests/bench/world_layer.h)

std::unique_ptr<ui::MainWindow> openWindow(const QString& project, QSize size)
{
    auto w = std::make_unique<ui::MainWindow>();
    w->setConfirmClose(false);
    w->resize(size);
    w->openProject(project); // as the application does: reading starts before the window is shown
    w->show();
    return w;
}

void send(QWidget* c, QEvent::Type type, QPointF p, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, p, c->mapToGlobal(p), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(c, &e);
}

int screenshot(const QString& project, const QString& file)
{
    auto w = openWindow(project, QSize(1440, 900));
    if (!spinUntil([&] { return frameDone(*w); }))
        return 1;
    ui::MainWindow& win = *w;
    // The gas pipelines' table with TANAP selected (highlighted on the map).
    win.layerView()->setCurrentIndex(win.layerModel()->index(win.layerModel()->rowOf(QStringLiteral("gas_pipelines"))));
    win.action(QStringLiteral("attributeTable"))->trigger();
    const ui::MapLayer* gas = win.layerModel()->layerById(QStringLiteral("gas_pipelines"));
    const int idCol = gas->data->fieldIndex(QStringLiteral("id"));
    for (std::size_t r = 0; r < gas->data->featureCount(); ++r)
        if (gas->data->columns[static_cast<std::size_t>(idCol)].displayText(r) == QLatin1String("G2"))
            win.selection()->setRows(QStringLiteral("gas_pipelines"), {static_cast<std::uint32_t>(r)}, ui::FeatureSelection::Origin::Search);
    // Identify results for Belgrade airport, and the GYD → BEG geodesic measured.
    const ui::MapLayer* airports = win.layerModel()->layerById(QStringLiteral("airports"));
    const int iata = airports->data->fieldIndex(QStringLiteral("iata"));
    std::vector<geo::GeoPoint> ends(2);
    for (std::size_t r = 0; r < airports->data->featureCount(); ++r) {
        const QString code = airports->data->columns[static_cast<std::size_t>(iata)].displayText(r);
        const auto& g = airports->data->geometry;
        const geo::MapPoint p = g.point(g.ringPointBegin(g.partRingBegin(g.featurePartBegin(r))));
        if (code == QLatin1String("GYD"))
            ends[0] = {p.x, p.y};
        if (code == QLatin1String("BEG")) {
            ends[1] = {p.x, p.y};
            win.identifyPanel()->setResults({{QStringLiteral("airports"), airports->title, airports->data, static_cast<std::uint32_t>(r)}});
        }
    }
    win.action(QStringLiteral("toolMeasure"))->trigger();
    win.measureTool()->addPoint(ends[0]);
    win.measureTool()->addPoint(ends[1]);
    win.action(QStringLiteral("toolIdentify"))->trigger();
    win.action(QStringLiteral("toolMeasure"))->trigger();
    win.canvas()->zoomToFullExtent();
    for (const char* name : {"Whole corridor", "Belgrade and Niš", "Caspian terminals"}) {
        win.addBookmarkForCurrentView(QString::fromUtf8(name));
    }
    win.bookmarkPanel()->list()->setCurrentRow(0);
    spinUntil([&] { return frameDone(win); });
    QElapsedTimer settle;
    settle.start();
    spinUntil([&] { return settle.elapsed() > 500; });
    spinUntil([&] { return frameDone(win); });
    const bool ok = win.grab().save(file);
    out() << (ok ? "wrote " : "could not write ") << file << "\n";
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    g_launch.start();
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    std::size_t vertices = smoke ? 200000 : 8500000;
    if (const int i = static_cast<int>(args.indexOf(QStringLiteral("--vertices"))); i > 0 && i + 1 < args.size())
        vertices = args[i + 1].toULongLong();
    const QString project = QStringLiteral(CORRIDOR_BUNDLE_GPKG);
    if (!QFileInfo(project).isFile()) {
        out() << "bundled project missing: " << project << "\n";
        return 1;
    }
    if (const int i = static_cast<int>(args.indexOf(QStringLiteral("--lang"))); i > 0 && i + 1 < args.size())
        i18n::setLanguage(args[i + 1]);
    if (const int i = static_cast<int>(args.indexOf(QStringLiteral("--screenshot"))); i > 0 && i + 1 < args.size()) {
        ui::applyTheme(args.contains(QStringLiteral("--dark")) ? ui::Theme::Dark : ui::Theme::Light);
        return screenshot(project, args[i + 1]);
    }

    // 1. Launch → first complete frame.
    const double appMs = static_cast<double>(g_launch.nsecsElapsed()) / 1e6;
    auto w = openWindow(project, QSize(1600, 1000));
    const double windowMs = static_cast<double>(g_launch.nsecsElapsed()) / 1e6;
    double openedMs = 0;
    QObject::connect(w.get(), &ui::MainWindow::projectOpened, [&] { openedMs = static_cast<double>(g_launch.nsecsElapsed()) / 1e6; });
    if (!spinUntil([&] { return frameDone(*w); })) {
        out() << "no first frame\n";
        return 1;
    }
    const double coldMs = static_cast<double>(g_launch.nsecsElapsed()) / 1e6;
    std::vector<double> warm;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        QElapsedTimer t;
        t.start();
        auto w2 = openWindow(project, QSize(1600, 1000));
        if (!spinUntil([&] { return frameDone(*w2); }))
            return 1;
        warm.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    out() << QStringLiteral("launch → first complete frame (bundled project, 1600×1000 window): %1 ms cold (from main(): "
                            "QApplication %4 ms, window shown %5 ms, project loaded and projected %6 ms, first frame rendered %1 ms "
                            "in %7 ms), %2 ms warm (median of %3 new windows)\n")
                 .arg(coldMs, 0, 'f', 1)
                 .arg(percentile(warm, 0.5), 0, 'f', 1)
                 .arg(warm.size())
                 .arg(appMs, 0, 'f', 0)
                 .arg(windowMs, 0, 'f', 0)
                 .arg(openedMs, 0, 'f', 0)
                 .arg(w->canvas()->lastResult().totalMs, 0, 'f', 0);

    // 2. Stress layer + continuous panning.
    ui::MainWindow& win = *w;
    ui::MapCanvas* canvas = win.canvas();
    bool crsDone = false;
    QObject::connect(&win, &ui::MainWindow::crsChanged, [&] { crsDone = true; });
    win.setMapCrs(geo::Crs::webMercator());
    if (!spinUntil([&] { return crsDone; }))
        return 1;
    QElapsedTimer gen;
    gen.start();
    geo::LayerDataPtr world = makeWorld(vertices);
    out() << QStringLiteral("stress layer: %1 polygons, %2 vertices (generated in %3 ms)\n")
                 .arg(world->featureCount())
                 .arg(world->geometry.pointCount())
                 .arg(gen.elapsed());
    bool added = false;
    QElapsedTimer addT;
    addT.start();
    QObject::connect(&win, &ui::MainWindow::layersAdded, [&] { added = true; });
    win.addLayers({world});
    // Stall monitor from here on: a 2 ms precise timer; the GUI thread is stalled when ticks are late.
    std::vector<double> gaps;
    QElapsedTimer tick;
    tick.start();
    QTimer monitor;
    monitor.setTimerType(Qt::PreciseTimer);
    monitor.setInterval(2);
    QObject::connect(&monitor, &QTimer::timeout, [&] {
        gaps.push_back(static_cast<double>(tick.nsecsElapsed()) / 1e6 - 2.0);
        tick.restart();
    });
    monitor.start();
    if (!spinUntil([&] { return added; }))
        return 1;
    canvas->zoomToEnvelope(win.layerModel()->layerById(QStringLiteral("world"))->projected->extent(), 0.0);
    if (!spinUntil([&] { return frameDone(win); }))
        return 1;
    const double addMs = static_cast<double>(addT.nsecsElapsed()) / 1e6;
    std::vector<double> renderMs;
    for (int i = 0; i < (smoke ? 1 : 3); ++i) {
        canvas->refresh();
        spinUntil([&] { return frameDone(win); });
        renderMs.push_back(canvas->lastResult().totalMs);
    }
    out() << QStringLiteral("stress layer added (projection + index in a worker) and first frame: %1 ms; full-extent render in the "
                            "worker: median %2 ms (%3 features drawn)\n")
                 .arg(addMs, 0, 'f', 0)
                 .arg(percentile(renderMs, 0.5), 0, 'f', 0)
                 .arg(canvas->lastResult().stats.featuresDrawn);
    const double loadStall = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    gaps.clear();

    app.recording = true;
    // Continuous panning: bursts of drag moves (60 Hz) along circles, pauses long enough for a render to
    // start (and be cancelled by the next burst), wheel zooms in between.
    std::vector<double> paints;
    std::uint64_t lastPaint = canvas->paintCount();
    const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
    const int bursts = smoke ? 3 : 12;
    int rendersCompleted = 0;
    QObject::connect(canvas, &ui::MapCanvas::frameRendered, [&] { ++rendersCompleted; });
    QElapsedTimer total;
    total.start();
    for (int b = 0; b < bursts; ++b) {
        send(canvas, QEvent::MouseButtonPress, centre, Qt::LeftButton, Qt::LeftButton);
        QElapsedTimer burst;
        burst.start();
        int step = 0;
        while (burst.elapsed() < 1000) {
            const double a = step * 0.12;
            const QPointF p = centre + QPointF(160 * std::cos(a) - 160, 110 * std::sin(a));
            send(canvas, QEvent::MouseMove, p, Qt::NoButton, Qt::LeftButton);
            ++step;
            QElapsedTimer frame;
            frame.start();
            while (frame.elapsed() < 16) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
                if (canvas->paintCount() != lastPaint) {
                    lastPaint = canvas->paintCount();
                    paints.push_back(canvas->lastPaintMs());
                }
            }
        }
        send(canvas, QEvent::MouseButtonRelease, centre, Qt::LeftButton, Qt::NoButton);
        // Pause: a render starts; the next burst (or zoom) cancels it unless it finished.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < (b % 3 == 2 ? 1500 : 250))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        const QPointF at = centre + QPointF(50 * (b % 5) - 100, 30);
        QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, b % 2 ? -120 : 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
    }
    spinUntil([&] { return frameDone(win); });
    monitor.stop();
    out() << QStringLiteral("panning %1 s over the stress layer (%2 drag bursts, %3 complete frames rendered meanwhile):\n")
                 .arg(static_cast<double>(total.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(bursts)
                 .arg(rendersCompleted);
    out() << QStringLiteral("  longest GUI-thread stall: %1 ms (p99 %2 ms, %3 samples); while adding the layer: %4 ms\n")
                 .arg(gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end()), 0, 'f', 1)
                 .arg(percentile(gaps, 0.99), 0, 'f', 1)
                 .arg(gaps.size())
                 .arg(loadStall, 0, 'f', 1);
    out() << QStringLiteral("  longest single event handled on the GUI thread: %1 ms (event type %2)\n")
                 .arg(app.longestMs, 0, 'f', 1)
                 .arg(app.longestWhat);
    out() << QStringLiteral("  paint of the cached frame while panning: median %1 ms, p95 %2 ms, max %3 ms (%4 paints)\n")
                 .arg(percentile(paints, 0.5), 0, 'f', 2)
                 .arg(percentile(paints, 0.95), 0, 'f', 2)
                 .arg(paints.empty() ? 0.0 : *std::max_element(paints.begin(), paints.end()), 0, 'f', 2)
                 .arg(paints.size());
    out().flush();
    return 0;
}
