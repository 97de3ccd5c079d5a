// GUI tests of the desktop window on the offscreen platform: the real MainWindow driven with QTest
// mouse/keyboard events — open the bundled project, layers, navigation, identify, attribute table ↔ map
// selection, geodesic measure, bookmarks through save and reopen, add data (good and corrupt files),
// search, CRS switch.

#include "tests/common/window_test_support.h"

#include "app/ui/attribute_table_model.h"
#include "app/ui/attribute_table_panel.h"
#include "app/ui/bookmark_panel.h"
#include "app/ui/identify_panel.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/map_tool.h"
#include "app/ui/measure_panel.h"
#include "app/render/style_store.h"
#include "geo/crs_transform.h"
#include "geo/geodesic.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QSlider>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QUrl>

#include <cmath>
#include <numeric>

using namespace corridor;
using ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 30000;

const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);

/// Row of the feature whose `field` equals `value`, or -1.
int findRow(const geo::LayerData& d, const QString& field, const QString& value)
{
    const int c = d.fieldIndex(field);
    if (c < 0)
        return -1;
    for (std::size_t r = 0; r < d.featureCount(); ++r)
        if (d.columns[static_cast<std::size_t>(c)].displayText(r) == value)
            return static_cast<int>(r);
    return -1;
}

const ui::MapLayer* layer(MainWindow& w, const QString& id)
{
    return w.layerModel()->layerById(id);
}

/// Canvas pixel of a point feature.
QPointF pixelOf(MainWindow& w, const QString& layerId, int row)
{
    const ui::MapLayer* l = layer(w, layerId);
    const geo::GeometryStore& g = l->projected->geometry();
    const geo::MapPoint p = g.point(g.ringPointBegin(g.partRingBegin(g.featurePartBegin(static_cast<std::size_t>(row)))));
    return w.canvas()->toPixel(p);
}

geo::GeoPoint lonLatOf(MainWindow& w, const QString& layerId, int row)
{
    const ui::MapLayer* l = layer(w, layerId);
    const geo::GeometryStore& g = l->data->geometry;
    const geo::MapPoint p = g.point(g.ringPointBegin(g.partRingBegin(g.featurePartBegin(static_cast<std::size_t>(row)))));
    return {p.x, p.y};
}

bool waitForFrame(MainWindow& w, int timeoutMs = kTimeoutMs)
{
    return test::waitUntil([&] { return test::frameDone(w); }, timeoutMs);
}

QStringList layerIds(MainWindow& w)
{
    QStringList ids;
    for (const ui::MapLayer& l : w.layerModel()->layers())
        ids << l.id;
    return ids;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensBundledProject();
    void toggleAndReorderLayers();
    void zoomAndPanChangeExtent();
    void previousAndNextView();
    void identifyBegAirport();
    void tableSelectionHighlightsOnMap();
    void mapSelectionSelectsRows();
    void measureGydToBeg();
    void measureArea();
    void bookmarkRoundTrip();
    void corruptFileDropLeavesProjectUntouched();
    void addDataByDrop();
    void cancelSlowLoad();
    void searchFindsFeatures_data();
    void searchFindsFeatures();
    void switchMapCrs();
    void styleChangeRerenders();
    void attributeTableMillionRows();
    void statusBarShowsScaleAndCoordinates();
    void hoverTooltipOnCorridorLayers();
    void keyboardOnlyIdentifyAndMeasure();

private:
    bool open(MainWindow& w, const QString& path);
    std::unique_ptr<MainWindow> m_w;
};

void TestMainWindow::initTestCase()
{
    test::useTestSettings("tst_app_main_window", kBundle);
    QVERIFY2(QFileInfo(kBundle).isFile(), qPrintable(kBundle));
}

bool TestMainWindow::open(MainWindow& w, const QString& path)
{
    return test::openProjectAndWait(w, path, false);
}

void TestMainWindow::init()
{
    m_w = std::make_unique<MainWindow>();
    m_w->setConfirmClose(false);
    m_w->resize(1280, 800);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QVERIFY(open(*m_w, kBundle));
}

void TestMainWindow::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    m_w.reset();
}

void TestMainWindow::opensBundledProject()
{
    MainWindow& w = *m_w;
    const QStringList ids = layerIds(w);
    for (const char* name : {"countries", "gas_pipelines", "oil_pipelines", "power_links", "facilities", "airports", "air_routes"})
        QVERIFY2(ids.contains(QString::fromLatin1(name)), qPrintable(ids.join(QLatin1Char(','))));
    // Points above lines above areas.
    QVERIFY(ids.indexOf(QStringLiteral("airports")) < ids.indexOf(QStringLiteral("gas_pipelines")));
    QVERIFY(ids.indexOf(QStringLiteral("gas_pipelines")) < ids.indexOf(QStringLiteral("countries")));
    QCOMPARE(w.layerView()->model()->rowCount(), static_cast<int>(ids.size()));
    QVERIFY(w.windowTitle().contains(QLatin1String("corridor.gpkg")));
    QVERIFY(w.isBundledProject());
    QVERIFY(!w.isWindowModified());

    // The initial view shows the whole corridor: both airports (Baku, Belgrade) are on screen.
    const QRectF screen(QPointF(0, 0), QSizeF(w.canvas()->size()));
    for (const char* iata : {"GYD", "BEG"}) {
        const int r = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QString::fromLatin1(iata));
        QVERIFY(r >= 0);
        QVERIFY2(screen.contains(pixelOf(w, QStringLiteral("airports"), r)), iata);
    }
    // The frame is a real map: not one flat colour.
    const QImage img = w.canvas()->lastImage();
    QVERIFY(!img.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 17)
        for (int x = 0; x < img.width(); x += 17)
            colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 5);
    QCOMPARE(w.canvas()->crs().authId(), QStringLiteral("EPSG:3035"));
}

void TestMainWindow::toggleAndReorderLayers()
{
    MainWindow& w = *m_w;
    QListView* view = w.layerView();
    const int row = w.layerModel()->rowOf(QStringLiteral("gas_pipelines"));
    view->setFocus();
    view->setCurrentIndex(w.layerModel()->index(row));
    const std::uint64_t gen = w.canvas()->generation();
    // Space toggles the check box of the current layer.
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!w.layerModel()->layer(row).style.visible);
    QVERIFY(w.isWindowModified());
    QTRY_VERIFY(w.canvas()->generation() > gen); // re-rendered at once
    QVERIFY(waitForFrame(w));
    for (const auto& rl : w.canvas()->layers())
        if (rl.layer->source().name == QLatin1String("gas_pipelines"))
            QVERIFY(!rl.style.visible);
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(w.layerModel()->layer(row).style.visible);

    // Ctrl+Down moves the current layer one step down the drawing order.
    const QStringList before = layerIds(w);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    const QStringList after = layerIds(w);
    QCOMPARE(after.indexOf(QStringLiteral("gas_pipelines")), row + 1);
    QCOMPARE(after.at(row), before.at(row + 1));
    QCOMPARE(view->currentIndex().row(), row + 1);
    // The canvas draws bottom first: the reversed list.
    QStringList drawn;
    for (const auto& rl : w.canvas()->layers())
        drawn.prepend(rl.layer->source().name);
    QCOMPARE(drawn, after);
    // Drag and drop goes through the model's move (the view's InternalMove calls moveRows).
    QVERIFY(w.layerModel()->moveRows({}, 0, 1, {}, w.layerModel()->count()));
    QCOMPARE(layerIds(w).last(), after.first());
}

void TestMainWindow::zoomAndPanChangeExtent()
{
    MainWindow& w = *m_w;
    ui::MapCanvas* c = w.canvas();
    c->setFocus();
    const geo::Envelope e0 = c->viewport().extent();
    // + zooms in 1.5× around the centre.
    QTest::keyClick(c, Qt::Key_Plus);
    const geo::Envelope e1 = c->viewport().extent();
    QVERIFY(std::abs(e1.width() - e0.width() / 1.5) < 1e-6 * e0.width());
    QVERIFY(std::abs(e1.centerX() - e0.centerX()) < 1e-6 * e0.width());
    QTest::keyClick(c, Qt::Key_Minus);
    QVERIFY(std::abs(c->viewport().extent().width() - e0.width()) < 1e-6 * e0.width());

    // The wheel zooms around the cursor: the map point under it stays put.
    const QPointF at(c->width() * 0.3, c->height() * 0.7);
    const geo::MapPoint before = c->toMap(at);
    QWheelEvent wheel(at, c->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(c, &wheel);
    const geo::MapPoint after = c->toMap(at);
    QVERIFY(std::abs(after.x - before.x) < 1e-3 && std::abs(after.y - before.y) < 1e-3);
    QVERIFY(std::abs(c->viewport().extent().width() - e0.width() / 1.5625) < 1e-6 * e0.width());

    // Drag pans by exactly the mouse movement.
    const double upp = c->viewport().mapUnitsPerPixel();
    const geo::Envelope e2 = c->viewport().extent();
    const QPoint from(400, 300), to(520, 250);
    QTest::mousePress(c, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), c->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(c, &move);
    QTest::mouseRelease(c, Qt::LeftButton, {}, to);
    const geo::Envelope e3 = c->viewport().extent();
    QVERIFY(std::abs((e3.minX - e2.minX) - (-120 * upp)) < 1e-6 * e2.width());
    QVERIFY(std::abs((e3.maxY - e2.maxY) - (-50 * upp)) < 1e-6 * e2.width());
    // While the new frame renders, the old one is shown shifted; then a complete frame arrives.
    QVERIFY(waitForFrame(w));

    // Arrow keys pan a quarter of the view.
    const geo::Envelope e4 = c->viewport().extent();
    QTest::keyClick(c, Qt::Key_Right);
    QVERIFY(std::abs((c->viewport().extent().minX - e4.minX) - 0.25 * e4.width()) < 1e-6 * e4.width());

    // Home: the full extent again.
    QTest::keyClick(c, Qt::Key_Home);
    const geo::Envelope full = c->viewport().extent();
    QVERIFY(std::abs(full.width() - e0.width()) < 1e-6 * e0.width());
    QVERIFY(std::abs(full.centerX() - e0.centerX()) < 1e-6 * e0.width());
    QVERIFY(waitForFrame(w));
}

void TestMainWindow::previousAndNextView()
{
    MainWindow& w = *m_w;
    ui::MapCanvas* c = w.canvas();
    const geo::Envelope e0 = c->viewport().extent();
    w.zoomToLayer(w.layerModel()->rowOf(QStringLiteral("airports")));
    const geo::Envelope e1 = c->viewport().extent();
    QVERIFY(e1.width() < e0.width());
    QVERIFY(w.action(QStringLiteral("previousView"))->isEnabled());
    w.action(QStringLiteral("previousView"))->trigger();
    QVERIFY(std::abs(c->viewport().extent().width() - e0.width()) < 1e-6 * e0.width());
    QVERIFY(w.action(QStringLiteral("nextView"))->isEnabled());
    w.action(QStringLiteral("nextView"))->trigger();
    QVERIFY(std::abs(c->viewport().extent().width() - e1.width()) < 1e-6 * e1.width());
}

void TestMainWindow::identifyBegAirport()
{
    MainWindow& w = *m_w;
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    QVERIFY(beg >= 0);
    w.action(QStringLiteral("toolIdentify"))->trigger();
    QVERIFY(waitForFrame(w));
    const QPointF px = pixelOf(w, QStringLiteral("airports"), beg);
    QSignalSpy done(&w, &MainWindow::identifyFinished);
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, px.toPoint());
    QVERIFY(done.wait(kTimeoutMs));
    const auto& results = w.identifyPanel()->results();
    QVERIFY(!results.empty());
    // All layers under the cursor, topmost first.
    int lastRow = -1;
    bool foundBeg = false;
    for (const auto& r : results) {
        const int row = w.layerModel()->rowOf(r.layerId);
        QVERIFY(row >= lastRow);
        lastRow = row;
        if (r.layerId == QLatin1String("airports") && static_cast<int>(r.row) == beg)
            foundBeg = true;
    }
    QVERIFY(foundBeg);
    // The attributes are in the dock.
    QTreeWidget* tree = w.identifyPanel()->tree();
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        texts << top->text(1);
        for (int j = 0; j < top->childCount(); ++j)
            texts << top->child(j)->text(0) + QLatin1Char('=') + top->child(j)->text(1);
    }
    QVERIFY2(texts.contains(QStringLiteral("Belgrade Nikola Tesla Airport")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("iata=BEG")));
    QVERIFY(texts.contains(QStringLiteral("icao=LYBE")));
    // The feature is highlighted on the map.
    QVERIFY(std::find(w.selection()->rows(QStringLiteral("airports")).begin(), w.selection()->rows(QStringLiteral("airports")).end(),
                      static_cast<std::uint32_t>(beg))
            != w.selection()->rows(QStringLiteral("airports")).end());
    bool highlighted = false;
    for (const auto& h : w.canvas()->highlights())
        if (h.layer->source().name == QLatin1String("airports"))
            highlighted = std::find(h.rows.begin(), h.rows.end(), static_cast<std::uint32_t>(beg)) != h.rows.end();
    QVERIFY(highlighted);

    // Clicking the empty sea far from anything clears the identify results.
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, QPoint(5, w.canvas()->height() - 5));
    QVERIFY(done.wait(kTimeoutMs));
}

void TestMainWindow::tableSelectionHighlightsOnMap()
{
    MainWindow& w = *m_w;
    w.layerView()->setCurrentIndex(w.layerModel()->index(w.layerModel()->rowOf(QStringLiteral("airports"))));
    w.action(QStringLiteral("attributeTable"))->trigger();
    ui::AttributeTablePanel* t = w.attributeTable();
    QCOMPARE(t->layerId(), QStringLiteral("airports"));
    QTableView* view = t->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(waitForFrame(w));
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    const int viewRow = t->model()->viewRow(static_cast<std::uint32_t>(beg));
    const geo::Envelope before = w.canvas()->viewport().extent();
    const QRect cell = view->visualRect(view->model()->index(viewRow, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(w.selection()->rows(QStringLiteral("airports")), ui::FeatureSelection::Rows{static_cast<std::uint32_t>(beg)});
    // Highlighted on the map, and the map zoomed to it.
    QCOMPARE(w.canvas()->highlights().size(), std::size_t(1));
    QCOMPARE(w.canvas()->highlights().front().rows, ui::FeatureSelection::Rows{static_cast<std::uint32_t>(beg)});
    const geo::Envelope after = w.canvas()->viewport().extent();
    QVERIFY(after.width() < before.width() / 4);
    const QPointF px = pixelOf(w, QStringLiteral("airports"), beg);
    QVERIFY(std::abs(px.x() - w.canvas()->width() / 2.0) < 2 && std::abs(px.y() - w.canvas()->height() / 2.0) < 2);
    QVERIFY(waitForFrame(w));

    // Sorting (header click) keeps the selection on the same feature.
    view->sortByColumn(w.layerModel()->layerById(QStringLiteral("airports"))->data->fieldIndex(QStringLiteral("iata")), Qt::DescendingOrder);
    QTRY_VERIFY(!t->model()->isBusy());
    QCOMPARE(t->model()->sourceRow(0), static_cast<std::uint32_t>(findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("GYD"))));
    const QModelIndexList sel = view->selectionModel()->selectedRows();
    QCOMPARE(sel.size(), 1);
    QCOMPARE(t->model()->sourceRow(sel.first().row()), static_cast<std::uint32_t>(beg));

    // The text filter.
    QTest::keyClicks(t->filterEdit(), QStringLiteral("baku"));
    QTRY_COMPARE(t->model()->rowCount(), 1);
    QCOMPARE(t->model()->data(t->model()->index(0, layer(w, QStringLiteral("airports"))->data->fieldIndex(QStringLiteral("iata"))), Qt::DisplayRole).toString(),
             QStringLiteral("GYD"));
}

void TestMainWindow::mapSelectionSelectsRows()
{
    MainWindow& w = *m_w;
    w.attributeTable()->showLayer(QStringLiteral("facilities"));
    w.action(QStringLiteral("attributeTable"))->trigger(); // shows the dock (current layer's table)
    w.attributeTable()->showLayer(QStringLiteral("facilities"));
    QVERIFY(waitForFrame(w));
    const geo::LayerData& d = *layer(w, QStringLiteral("facilities"))->data;
    const int nis = findRow(d, QStringLiteral("id"), QStringLiteral("F36"));
    QVERIFY(nis >= 0);
    w.zoomToFeature(QStringLiteral("facilities"), static_cast<std::uint32_t>(nis));
    QVERIFY(waitForFrame(w));
    w.action(QStringLiteral("toolIdentify"))->trigger();
    QSignalSpy done(&w, &MainWindow::identifyFinished);
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, pixelOf(w, QStringLiteral("facilities"), nis).toPoint());
    QVERIFY(done.wait(kTimeoutMs));
    const QModelIndexList rows = w.attributeTable()->view()->selectionModel()->selectedRows();
    QVERIFY(!rows.isEmpty());
    bool found = false;
    for (const QModelIndex& i : rows)
        found |= w.attributeTable()->model()->sourceRow(i.row()) == static_cast<std::uint32_t>(nis);
    QVERIFY(found);
}

void TestMainWindow::measureGydToBeg()
{
    MainWindow& w = *m_w;
    w.action(QStringLiteral("toolMeasure"))->trigger();
    QVERIFY(waitForFrame(w));
    const geo::LayerData& a = *layer(w, QStringLiteral("airports"))->data;
    const int gyd = findRow(a, QStringLiteral("iata"), QStringLiteral("GYD"));
    const int beg = findRow(a, QStringLiteral("iata"), QStringLiteral("BEG"));
    // Clicks a few pixels off the airports: the tool snaps to them.
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, (pixelOf(w, QStringLiteral("airports"), gyd) + QPointF(3, -2)).toPoint());
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, (pixelOf(w, QStringLiteral("airports"), beg) + QPointF(-2, 3)).toPoint());
    QTest::keyClick(w.canvas(), Qt::Key_Return);
    QVERIFY(w.measureTool()->isFinished());
    const ui::Measurement m = w.measureTool()->measurement();
    const double expected = geo::geodesic::distanceM(lonLatOf(w, QStringLiteral("airports"), gyd), lonLatOf(w, QStringLiteral("airports"), beg));
    QCOMPARE(m.segmentM.size(), std::size_t(1));
    QVERIFY2(std::abs(m.lengthM - expected) < 1.0, qPrintable(QString::number(m.lengthM - expected)));
    // The facts sheet: 2,471.9 km on WGS 84 between the airport reference points.
    QVERIFY2(std::abs(m.lengthM / 1000.0 - 2471.9) < 0.5, qPrintable(QString::number(m.lengthM / 1000.0)));
    // Listed in the panel.
    QCOMPARE(w.measurePanel()->segments()->rowCount(), 1);
    QVERIFY(w.measurePanel()->totalLabel()->text().contains(QLocale().toString(m.lengthM / 1000.0, 'f', 2)));
    // Ellipsoidal, not planar: the straight LAEA distance differs by kilometres.
    const geo::MapPoint pg = w.canvas()->toMap(pixelOf(w, QStringLiteral("airports"), gyd));
    const geo::MapPoint pb = w.canvas()->toMap(pixelOf(w, QStringLiteral("airports"), beg));
    QVERIFY(std::abs(std::hypot(pg.x - pb.x, pg.y - pb.y) - m.lengthM) > 1000.0);
    // Backspace removes the last vertex, Esc clears.
    QTest::keyClick(w.canvas(), Qt::Key_Backspace);
    QCOMPARE(w.measureTool()->points().size(), std::size_t(1));
    QTest::keyClick(w.canvas(), Qt::Key_Escape);
    QVERIFY(w.measureTool()->points().empty());
}

void TestMainWindow::measureArea()
{
    MainWindow& w = *m_w;
    w.action(QStringLiteral("toolMeasureArea"))->trigger();
    ui::MeasureTool* t = w.measureTool();
    // A 1° × 1° cell at the equator is about 12,308 km².
    t->addPoint({20, 0});
    t->addPoint({21, 0});
    t->addPoint({21, 1});
    t->addPoint({20, 1});
    const ui::Measurement m = t->measurement();
    QVERIFY2(std::abs(m.areaM2 / 1e6 - 12308.8) < 2.0, qPrintable(QString::number(m.areaM2 / 1e6)));
    QCOMPARE(m.segmentM.size(), std::size_t(4)); // with the closing edge
    QCOMPARE(w.measurePanel()->segments()->rowCount(), 4);
}

void TestMainWindow::bookmarkRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("my-corridor.gpkg"));
    QVERIFY(QFile::copy(kBundle, path));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);

    geo::Envelope serbia;
    {
        MainWindow& w = *m_w;
        QVERIFY(open(w, path));
        QVERIFY(!w.isBundledProject());
        const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
        w.zoomToFeature(QStringLiteral("airports"), static_cast<std::uint32_t>(beg));
        serbia = w.canvas()->viewport().extent();
        w.addBookmarkForCurrentView(QStringLiteral("Belgrade"));
        w.canvas()->zoomToFullExtent();
        w.addBookmarkForCurrentView(QStringLiteral("Whole corridor"));
        QCOMPARE(w.bookmarkPanel()->list()->count(), 2);
        // Also a layer change that must survive.
        w.layerModel()->setVisible(w.layerModel()->rowOf(QStringLiteral("oil_pipelines")), false);
        const int gasRow = w.layerModel()->rowOf(QStringLiteral("gas_pipelines"));
        render::LayerStyle gs = w.layerModel()->layer(gasRow).style;
        gs.stroke = QColor(10, 120, 30);
        w.layerModel()->setStyle(gasRow, gs);
        QVERIFY(w.isWindowModified());
        QSignalSpy saved(&w, &MainWindow::projectSaved);
        QVERIFY(w.saveProject());
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY(!w.isWindowModified());
    }
    // Reopen in a fresh window.
    MainWindow w2;
    w2.setConfirmClose(false);
    w2.resize(1280, 800);
    w2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w2));
    QVERIFY(open(w2, path));
    const auto bms = w2.bookmarkPanel()->bookmarks();
    QCOMPARE(bms.size(), std::size_t(2));
    QCOMPARE(bms[0].name, QStringLiteral("Belgrade"));
    QCOMPARE(bms[1].name, QStringLiteral("Whole corridor"));
    QVERIFY(std::abs(bms[0].extent.minX - serbia.minX) < 1e-6 && std::abs(bms[0].extent.maxY - serbia.maxY) < 1e-6);
    QVERIFY(!w2.layerModel()->layerById(QStringLiteral("oil_pipelines"))->style.visible);
    // Parts of the style the project file does not store keep the layer's defaults (categories, labels).
    const ui::MapLayer* gas = w2.layerModel()->layerById(QStringLiteral("gas_pipelines"));
    render::LayerStyle expected = render::defaultStyle(*gas->data);
    expected.stroke = QColor(10, 120, 30);
    QCOMPARE(gas->style, expected);
    // Where `corridor-atlas export` reads styles, too.
    const auto exported = render::loadStyles(path);
    QVERIFY(exported);
    QCOMPARE(exported->value(QStringLiteral("gas_pipelines")).stroke, QColor(10, 120, 30));
    // Activating the bookmark (Enter on it) shows that view.
    QListWidget* list = w2.bookmarkPanel()->list();
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    const geo::Envelope shown = w2.canvas()->viewport().extent();
    QVERIFY(std::abs(shown.centerX() - serbia.centerX()) < 1e-3 * serbia.width());
    QVERIFY(std::abs(shown.centerY() - serbia.centerY()) < 1e-3 * serbia.width());
    QVERIFY(shown.width() >= serbia.width() * 0.999);
}

void TestMainWindow::corruptFileDropLeavesProjectUntouched()
{
    MainWindow& w = *m_w;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken-pipelines.geojson"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feature\", \"geometry\": {\"type\": \"LineStr");
    }
    const QStringList before = layerIds(w);
    const bool modifiedBefore = w.isWindowModified();
    QSignalSpy errors(&w, &MainWindow::errorShown);
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(bad)});
    const QPointF at(200, 200);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &drop);
    QVERIFY(errors.wait(kTimeoutMs));
    const QString msg = errors.first().first().toString();
    QVERIFY2(msg.contains(QLatin1String("broken-pipelines.geojson")), qPrintable(msg));
    QVERIFY2(msg.count(QLatin1Char('\n')) >= 1 && msg.section(QLatin1Char('\n'), 1).trimmed().size() > 5, qPrintable(msg)); // GDAL's reason
    QCOMPARE(layerIds(w), before);
    QCOMPARE(w.isWindowModified(), modifiedBefore);
    // A message box is open (not blocking the event loop).
    bool boxShown = false;
    for (QWidget* tl : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(tl); box && box->isVisible() && box->text() == msg)
            boxShown = true;
    QVERIFY(boxShown);
    delete mime;
}

// A load longer than a moment shows a progress dialog; its Cancel button stops the load and adds nothing.
void TestMainWindow::cancelSlowLoad()
{
    MainWindow& w = *m_w;
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("many-points.geojson"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"FeatureCollection\", \"features\": [\n");
        constexpr int kPoints = 250000; // seconds of GeoJSON parsing: far longer than a moment
        for (int i = 0; i < kPoints; ++i)
            f.write(QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"n\":%1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%2,%3]}}%4\n")
                        .arg(i)
                        .arg(20.0 + (i % 1000) * 0.02, 0, 'f', 4)
                        .arg(40.0 + (i / 1000) * 0.02, 0, 'f', 4)
                        .arg(i + 1 < kPoints ? QStringLiteral(",") : QString())
                        .toUtf8());
        f.write("]}\n");
    }
    const QStringList before = layerIds(w);
    const bool modifiedBefore = w.isWindowModified();
    QSignalSpy finished(&w, &MainWindow::addDataFinished);
    QSignalSpy added(&w, &MainWindow::layersAdded);
    QElapsedTimer t;
    t.start();
    w.addDataFiles({big});
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = w.findChild<QProgressDialog*>()) && progress->isVisible(), 5000);
    QVERIFY(progress->labelText().contains(QLatin1String("many-points.geojson")));
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    // The window goes on at once, even while GDAL is still inside its (uninterruptible) parse.
    QVERIFY(finished.count() == 1 || finished.wait(1000));
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QTRY_VERIFY(!progress || !progress->isVisible());
    // The worker's late result is dropped: nothing is ever added.
    QTest::qWait(std::max<qint64>(0, 2 * t.elapsed()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(added.count(), 0);
    QCOMPARE(layerIds(w), before);
    QCOMPARE(w.isWindowModified(), modifiedBefore);
    QVERIFY2(!w.lastError().contains(QLatin1String("many-points")), qPrintable(w.lastError())); // no error box for a cancel
}

void TestMainWindow::addDataByDrop()
{
    MainWindow& w = *m_w;
    const QString file = QStringLiteral(SOURCE_TEST_DATA) + QStringLiteral("/geo/lines.geojson");
    QVERIFY(QFileInfo(file).isFile());
    QSignalSpy added(&w, &MainWindow::layersAdded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &enter);
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &drop);
    QVERIFY2(added.wait(kTimeoutMs), qPrintable(w.lastError()));
    const QStringList ids = added.first().first().toStringList();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(layerIds(w).first(), ids.first()); // on top
    const ui::MapLayer* l = layer(w, ids.first());
    QVERIFY(l->projected);
    QVERIFY(l->data->featureCount() > 0);
    QVERIFY(!l->externalPath.isEmpty());
    QVERIFY(w.isWindowModified());
    QVERIFY(waitForFrame(w));
}

void TestMainWindow::searchFindsFeatures_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("layerId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("TANAP") << QStringLiteral("TANAP") << QStringLiteral("gas_pipelines") << QStringLiteral("id") << QStringLiteral("G2");
    QTest::newRow("Niš") << QStringLiteral("Niš") << QStringLiteral("facilities") << QStringLiteral("id") << QStringLiteral("F36");
    QTest::newRow("Nis (no accent)") << QStringLiteral("nis ccgt") << QStringLiteral("facilities") << QStringLiteral("id") << QStringLiteral("F36");
    QTest::newRow("BEG") << QStringLiteral("BEG") << QStringLiteral("airports") << QStringLiteral("iata") << QStringLiteral("BEG");
}

void TestMainWindow::searchFindsFeatures()
{
    QFETCH(QString, query);
    QFETCH(QString, layerId);
    QFETCH(QString, field);
    QFETCH(QString, value);
    MainWindow& w = *m_w;
    const geo::Envelope before = w.canvas()->viewport().extent();
    // Typed into the search box, then Enter.
    w.searchEdit()->setFocus();
    bool ascii = true;
    for (QChar ch : query)
        ascii &= ch.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(w.searchEdit(), query);
    else
        w.searchEdit()->insert(query); // QTest types ASCII only
    QTest::keyClick(w.searchEdit(), Qt::Key_Return);
    const int row = findRow(*layer(w, layerId)->data, field, value);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(w.selection()->rows(layerId), ui::FeatureSelection::Rows{static_cast<std::uint32_t>(row)}, kTimeoutMs);
    QVERIFY(w.canvas()->viewport().extent() != before);
    // The feature's envelope is in view.
    const geo::Envelope fe = layer(w, layerId)->projected->geometry().featureEnvelope(static_cast<std::size_t>(row));
    QVERIFY(w.canvas()->viewport().extent().contains(fe));
}

void TestMainWindow::switchMapCrs()
{
    MainWindow& w = *m_w;
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    for (const geo::Crs& crs : {geo::Crs::webMercator(), geo::Crs::wgs84(), geo::Crs::etrs89Laea()}) {
        QSignalSpy changed(&w, &MainWindow::crsChanged);
        w.setMapCrs(crs);
        QVERIFY(changed.wait(kTimeoutMs));
        QVERIFY(w.canvas()->crs().isSame(crs));
        for (const auto& l : w.layerModel()->layers())
            QVERIFY(l.projected->crs().isSame(crs));
        QVERIFY(waitForFrame(w));
        // The same region stays in view: Belgrade is still on screen.
        const QPointF px = pixelOf(w, QStringLiteral("airports"), beg);
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(w.canvas()->size())).contains(px), qPrintable(crs.displayName()));
    }
    auto custom = geo::Crs::fromUserInput(QStringLiteral("+proj=lcc +lat_1=35 +lat_2=50 +lat_0=42 +lon_0=35 +datum=WGS84 +units=m +no_defs"));
    QVERIFY(custom);
    QSignalSpy changed(&w, &MainWindow::crsChanged);
    w.setMapCrs(*custom);
    QVERIFY(changed.wait(kTimeoutMs));
    QVERIFY(waitForFrame(w));
}

void TestMainWindow::styleChangeRerenders()
{
    MainWindow& w = *m_w;
    const int row = w.layerModel()->rowOf(QStringLiteral("gas_pipelines"));
    const std::uint64_t gen = w.canvas()->generation();
    render::LayerStyle s = w.layerModel()->layer(row).style;
    s.stroke = QColor(0, 200, 0);
    s.strokeWidthPx = 6;
    w.layerModel()->setStyle(row, s);
    QTRY_VERIFY(w.canvas()->generation() > gen);
    QVERIFY(waitForFrame(w));
    bool applied = false;
    for (const auto& rl : w.canvas()->layers())
        if (rl.layer->source().name == QLatin1String("gas_pipelines"))
            applied = rl.style.stroke == QColor(0, 200, 0) && rl.style.strokeWidthPx == 6;
    QVERIFY(applied);
    // The opacity slider of the layer panel edits the current layer.
    w.layerView()->setCurrentIndex(w.layerModel()->index(row));
    QSlider* slider = w.findChild<QSlider*>();
    QVERIFY(slider);
    slider->setValue(40);
    QCOMPARE(w.layerModel()->layer(row).style.opacity, 0.4);
}

void TestMainWindow::attributeTableMillionRows()
{
    // A million rows: the model holds one index array; setting the layer and drawing a screenful
    // must not depend on the row count.
    auto d = std::make_shared<geo::LayerData>();
    d->name = QStringLiteral("big");
    d->geometryType = geo::GeometryType::Point;
    d->crs = geo::Crs::wgs84();
    constexpr std::size_t n = 1000000;
    geo::AttributeColumn name(geo::Field{QStringLiteral("name"), geo::FieldType::String});
    geo::AttributeColumn value(geo::Field{QStringLiteral("value"), geo::FieldType::Real});
    name.reserve(n);
    value.reserve(n);
    d->fids.resize(n);
    std::iota(d->fids.begin(), d->fids.end(), 1);
    for (std::size_t i = 0; i < n; ++i) {
        name.appendString(QStringLiteral("feature %1").arg(i));
        value.appendReal(static_cast<double>((i * 7919) % n));
        d->geometry.beginFeature();
    }
    d->geometry.finish();
    d->columns = {std::move(name), std::move(value)};
    d->finalise();

    ui::AttributeTableModel model;
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer t;
    t.start();
    model.setLayer(d);
    view.repaint();
    const qint64 setMs = t.elapsed();
    QCOMPARE(model.rowCount(), static_cast<int>(n));
    QVERIFY2(setMs < 500, qPrintable(QString::number(setMs)));
    // Sorting runs in a worker: the GUI thread returns at once.
    t.restart();
    model.sort(1, Qt::DescendingOrder);
    QVERIFY(t.elapsed() < 50);
    QVERIFY(model.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
    QCOMPARE(model.data(model.index(0, 1), Qt::DisplayRole).toString(), QString::number(n - 1));
    model.setFilterText(QStringLiteral("feature 99999"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
    QCOMPARE(model.rowCount(), 11); // 99999 and 999990..999999
}

void TestMainWindow::statusBarShowsScaleAndCoordinates()
{
    MainWindow& w = *m_w;
    QVERIFY(w.scaleLabel()->text().startsWith(QLatin1String("1 : ")));
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    const QPointF px = pixelOf(w, QStringLiteral("airports"), beg);
    QMouseEvent move(QEvent::MouseMove, px, w.canvas()->mapToGlobal(px), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &move);
    const QString text = w.coordinateLabel()->text();
    // 44.8194°N 20.3069°E, plus the LAEA metres.
    QVERIFY2(text.contains(QLocale().toString(44.8194, 'f', 4)) && text.contains(QLatin1Char('N')), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(20.3069, 'f', 4)) && text.contains(QLatin1Char('E')), qPrintable(text));
    QVERIFY(text.contains(QLatin1String(" m")));
    // Zooming in makes the scale denominator smaller.
    const double s0 = w.canvas()->scaleDenominator();
    w.canvas()->zoomIn();
    QVERIFY(std::abs(w.canvas()->scaleDenominator() - s0 / 1.5) < 0.02 * s0);
}

void TestMainWindow::hoverTooltipOnCorridorLayers()
{
    MainWindow& w = *m_w;
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    const QPointF px = pixelOf(w, QStringLiteral("airports"), beg);
    QTest::mouseMove(w.canvas(), px.toPoint());
    QMouseEvent move(QEvent::MouseMove, px, w.canvas()->mapToGlobal(px), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &move);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
    QVERIFY2(QToolTip::text().contains(QLatin1String("Belgrade")), qPrintable(QToolTip::text()));
}

void TestMainWindow::keyboardOnlyIdentifyAndMeasure()
{
    MainWindow& w = *m_w;
    const int beg = findRow(*layer(w, QStringLiteral("airports"))->data, QStringLiteral("iata"), QStringLiteral("BEG"));
    // Bring Belgrade to the centre with the search box, then identify with the keyboard.
    w.searchAndZoom(QStringLiteral("BEG"));
    QTRY_VERIFY(!w.selection()->isEmpty());
    QVERIFY(waitForFrame(w));
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier); // Go to Map
    QTRY_VERIFY(w.canvas()->hasFocus());
    QTest::keyClick(w.canvas(), Qt::Key_I); // Identify tool
    QVERIFY(w.action(QStringLiteral("toolIdentify"))->isChecked());
    QSignalSpy done(&w, &MainWindow::identifyFinished);
    QTest::keyClick(w.canvas(), Qt::Key_Space);
    QVERIFY(done.wait(kTimeoutMs));
    bool found = false;
    for (const auto& r : w.identifyPanel()->results())
        found |= r.layerId == QLatin1String("airports") && static_cast<int>(r.row) == beg;
    QVERIFY(found);
    // Measure: M, Space at Belgrade, pan with the arrows, Space again, Enter.
    QTest::keyClick(w.canvas(), Qt::Key_M);
    QVERIFY(w.action(QStringLiteral("toolMeasure"))->isChecked());
    QTest::keyClick(w.canvas(), Qt::Key_Space);
    QTest::keyClick(w.canvas(), Qt::Key_Right);
    QTest::keyClick(w.canvas(), Qt::Key_Space);
    QTest::keyClick(w.canvas(), Qt::Key_Return);
    QCOMPARE(w.measureTool()->points().size(), std::size_t(2));
    QVERIFY(w.measureTool()->measurement().lengthM > 1000.0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
