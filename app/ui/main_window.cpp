#include "app/ui/main_window.h"

#include "app/cli/cli.h"
#include "app/cli/export_command.h"
#include "app/render/style_store.h"
#include "app/ui/app_settings.h"
#include "app/ui/attribute_table_panel.h"
#include "app/ui/bookmark_panel.h"
#include "app/ui/export_dialog.h"
#include "app/ui/hit_test.h"
#include "app/ui/icons.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/map_canvas.h"
#include "app/ui/map_tool.h"
#include "app/ui/measure_panel.h"
#include "app/ui/model_pane.h"
#include "app/ui/model_session.h"
#include "app/ui/model_table_model.h"
#include "app/ui/settings_dialog.h"
#include "app/ui/style_dialog.h"
#include "app/ui/theme.h"
#include "geo/crs_transform.h"
#include "geo/gpkg_writer.h"
#include "geo/project.h"
#include "geo/vector_dataset.h"
#include "model/database.h"
#include "model/model_store.h"

#include "translations/i18n.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSlider>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>
#include <set>

namespace corridor::ui {

// A long operation in a worker: progress counters the worker writes and the GUI polls, a cancel flag
// the GUI sets, and a progress dialog that appears only when the operation takes more than a moment.
struct MainWindow::BackgroundTask {
    QString label;
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
    QElapsedTimer elapsed;
    QPointer<QProgressDialog> dialog;
    QTimer* poll = nullptr;
    /// Called on the GUI thread when the user cancels; lets the window go on at once (the worker may
    /// still be inside a library call that cannot be interrupted, and its late result is dropped).
    std::function<void()> onCancel;

    geo::ReadOptions readOptions()
    {
        geo::ReadOptions o;
        o.cancel = &cancel;
        o.progress = [this](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancel.load();
        };
        return o;
    }
};

namespace {

template <class T, class Work, class Done>
void runInWorker(QObject* context, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

struct OpenResult {
    QString error;
    bool cancelled = false;
    std::vector<MapLayer> layers; // top first
    ProjectState state;
    geo::Crs crs;
    QStringList warnings;
    std::optional<model::NetworkDocument> model; // the project's network model, if it has one
};

struct AddResult {
    QString error;
    bool cancelled = false;
    std::vector<MapLayer> layers;
    QStringList warnings;
    QString crsDefinition;
};

struct ReprojectResult {
    QString error;
    QHash<QString, render::ProjectedLayerPtr> projected;
    geo::Envelope extent;
};

class Text {
    Q_DECLARE_TR_FUNCTIONS(corridor::ui::MainWindow)
};

/// Projects and pre-builds the hit-test index in the worker, so the GUI thread never builds one.
geo::Result<render::ProjectedLayerPtr> projectForMap(const geo::LayerDataPtr& data, const geo::Crs& crs)
{
    auto p = render::ProjectedLayer::create(data, crs);
    if (p)
        (*p)->spatialIndex();
    return p;
}

QString uniqueIn(const std::set<QString>& used, const QString& base)
{
    if (!used.count(base))
        return base;
    for (int n = 2;; ++n)
        if (const QString id = base + QLatin1Char('#') + QString::number(n); !used.count(id))
            return id;
}

OpenResult loadForWindow(const QString& path, const std::shared_ptr<MainWindow::BackgroundTask>& task, geo::ReadOptions options)
{
    OpenResult r;
    // Read the file on another thread while this one warms its PROJ context (the first transform on a
    // thread opens proj.db and costs as much as reading the bundled project).
    QFuture<geo::Result<geo::Project>> reading = QtConcurrent::run([path, options] { return geo::loadProject(path, options); });
    (void)geo::CrsTransform::get(geo::Crs::wgs84(), geo::Crs::etrs89Laea());
    auto project = reading.result();
    if (!project) {
        r.cancelled = task->cancel.load();
        r.error = project.error().message;
        return r;
    }
    r.warnings = project->warnings;
    auto state = loadProjectState(path);
    if (state)
        r.state = std::move(*state);
    else
        r.warnings << Text::tr("saved layer styles and bookmarks could not be read: %1").arg(state.error().toString());
    if (auto db = model::Database::open(path, model::Database::Mode::ReadOnly); db && model::hasModel(*db)) {
        if (auto doc = model::loadModel(*db))
            r.model = std::move(*doc);
        else
            r.warnings << Text::tr("the network model could not be read: %1").arg(doc.error().message);
    }
    r.crs = geo::Crs::etrs89Laea();
    if (!r.state.mapCrs.isEmpty()) {
        if (auto c = geo::Crs::fromUserInput(r.state.mapCrs))
            r.crs = *c;
        else
            r.warnings << Text::tr("the saved map CRS is not usable (%1); using ETRS89-LAEA").arg(c.error().message);
    }
    if (r.state.mapCrs.isEmpty())
        r.state.view = {};

    // Styles saved by other tools or the export settings (corridor_layer_styles), for layers the window
    // state does not cover.
    QHash<QString, render::LayerStyle> savedStyles;
    if (auto st = render::loadStyles(path))
        savedStyles = std::move(*st);
    std::set<QString> used;
    std::set<QString> placed;
    std::vector<LayerState> saved = r.state.layers;
    std::stable_sort(saved.begin(), saved.end(), [](const LayerState& a, const LayerState& b) { return a.position < b.position; });
    for (const LayerState& ls : saved) {
        geo::LayerDataPtr data;
        if (ls.sourcePath.isEmpty()) {
            data = project->layer(ls.layer);
            if (!data || placed.count(ls.layer))
                continue;
            placed.insert(ls.layer);
        } else {
            auto l = geo::readLayerFromFile(ls.sourcePath, ls.layer, options);
            if (!l) {
                r.warnings << Text::tr("layer “%1” from %2 was not loaded: %3").arg(ls.title, ls.sourcePath, l.error().message);
                continue;
            }
            data = std::move(*l);
        }
        MapLayer m;
        m.id = uniqueIn(used, data->name);
        used.insert(m.id);
        m.title = ls.title.isEmpty() ? data->name : ls.title;
        m.data = data;
        m.style = ui::styleFromJson(ls.styleJson, render::defaultStyle(*data));
        m.externalPath = ls.sourcePath;
        r.layers.push_back(std::move(m));
    }
    for (auto it = project->layers.rbegin(); it != project->layers.rend(); ++it) {
        if (placed.count((*it)->name))
            continue;
        MapLayer m;
        m.id = uniqueIn(used, (*it)->name);
        used.insert(m.id);
        m.title = (*it)->name;
        m.data = *it;
        m.style = savedStyles.value((*it)->name, render::defaultStyle(**it));
        r.layers.push_back(std::move(m));
    }
    for (MapLayer& m : r.layers) {
        if (task->cancel.load()) {
            r.cancelled = true;
            r.error = Text::tr("cancelled");
            return r;
        }
        auto p = projectForMap(m.data, r.crs);
        if (!p) {
            r.error = Text::tr("layer “%1” cannot be shown in %2: %3").arg(m.title, r.crs.displayName(), p.error().message);
            return r;
        }
        m.projected = *p;
    }
    return r;
}

AddResult loadFiles(const QStringList& paths, const geo::Crs& crs, const std::shared_ptr<MainWindow::BackgroundTask>& task,
                    geo::ReadOptions options)
{
    AddResult r;
    r.crsDefinition = crs.definition();
    for (const QString& path : paths) {
        const QString shown = QFileInfo(path).fileName();
        auto ds = geo::VectorDataset::open(path);
        if (!ds) {
            r.error = Text::tr("Could not add “%1”:\n%2").arg(shown, ds.error().message);
            return r;
        }
        int spatial = 0;
        for (int i = 0; i < (*ds)->layerCount(); ++i) {
            auto info = (*ds)->layerInfo(i);
            if (!info) {
                r.error = Text::tr("Could not add “%1”:\n%2").arg(shown, info.error().message);
                return r;
            }
            if (info->geometryType == geo::GeometryType::None)
                continue;
            ++spatial;
            auto layer = (*ds)->readLayer(i, options);
            if (!layer) {
                r.cancelled = task->cancel.load();
                r.error = r.cancelled ? Text::tr("Adding “%1” was cancelled.").arg(shown)
                                      : Text::tr("Could not add “%1”, layer “%2”:\n%3").arg(shown, info->name, layer.error().message);
                return r;
            }
            auto projected = projectForMap(*layer, crs);
            if (task->cancel.load()) { // pressed while the layer was projected: still nothing is added
                r.cancelled = true;
                r.error = Text::tr("Adding “%1” was cancelled.").arg(shown);
                return r;
            }
            if (!projected) {
                r.error = Text::tr("Could not add “%1”: layer “%2” cannot be shown in %3:\n%4")
                              .arg(shown, info->name, crs.displayName(), projected.error().message);
                return r;
            }
            for (const QString& w : (*layer)->warnings)
                r.warnings << QStringLiteral("%1 (%2): %3").arg(shown, info->name, w);
            MapLayer m;
            m.id = (*layer)->name;
            m.title = (*layer)->name;
            m.data = *layer;
            m.projected = *projected;
            m.style = render::defaultStyle(**layer);
            m.externalPath = QFileInfo(path).absoluteFilePath();
            r.layers.push_back(std::move(m));
        }
        if (spatial == 0) {
            r.error = Text::tr("Could not add “%1”:\nthe file has no layers with geometry.").arg(shown);
            return r;
        }
    }
    return r;
}

QString formatScale(double denominator)
{
    if (denominator <= 0 || !std::isfinite(denominator))
        return QStringLiteral("1 : —");
    // Round to 3 significant digits: 1 : 5 230 000 rather than 1 : 5 231 447.
    const double mag = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const double rounded = std::round(denominator / mag) * mag;
    return QStringLiteral("1 : %1").arg(QLocale().toString(rounded, 'f', 0));
}

QString formatDms(double v, bool lat)
{
    const QChar hemi = lat ? (v >= 0 ? QLatin1Char('N') : QLatin1Char('S')) : (v >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
    return QStringLiteral("%1° %2").arg(QLocale().toString(std::abs(v), 'f', 4), hemi);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_canvas(new MapCanvas(this)), m_layers(new LayerTreeModel(this)), m_selection(new FeatureSelection(this)),
      m_searcher(new FeatureSearch(this)), m_model(new ModelSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setCentralWidget(m_canvas);
    m_canvas->setObjectName(QStringLiteral("MapCanvas"));
    m_identifyTool = new IdentifyTool(m_canvas);
    m_measureTool = new MeasureTool(m_canvas);
    m_measureTool->setSnapper([this](QPointF px) -> std::optional<geo::MapPoint> {
        for (const MapLayer& l : m_layers->layers())
            if (l.style.visible && l.projected && l.data->geometryType == geo::GeometryType::Point)
                if (auto s = snapToPoint(*l.projected, m_canvas->viewport(), px))
                    return s;
        return std::nullopt;
    });

    createActions();
    createDocks();
    createMenus();
    createToolBars();
    createStatusBar();
    rebuildIcons();

    connect(m_layers, &LayerTreeModel::layersChanged, this, [this] {
        if (m_applying)
            return;
        m_canvas->setLayers(m_layers->renderLayers());
        applySelectionToMap(FeatureSelection::Origin::Other);
        setModified(true);
        updateActions();
    });
    connect(m_layers, &LayerTreeModel::layerRemoved, this, [this](const QString& id) {
        m_selection->removeLayer(id);
        updateSearchIndex();
    });
    connect(m_selection, &FeatureSelection::changed, this, &MainWindow::applySelectionToMap);
    connect(m_canvas, &MapCanvas::extentChanged, this, &MainWindow::updateScale);
    connect(m_canvas, &MapCanvas::historyChanged, this, &MainWindow::updateActions);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::updateCursor);
    connect(m_canvas, &MapCanvas::cursorLeft, this, [this] { m_coordLabel->clear(); });
    connect(m_canvas, &MapCanvas::hoverRested, this, &MainWindow::showHoverTip);
    connect(m_canvas, &MapCanvas::filesDropped, this, &MainWindow::addDataFiles);
    connect(m_canvas, &MapCanvas::renderFailed, this, [this](const QString& m) { statusBar()->showMessage(tr("Drawing failed: %1").arg(m), 8000); });
    connect(m_canvas, &MapCanvas::frameRendered, this, [this] {
        const RenderResult& r = m_canvas->lastResult();
        m_renderLabel->setText(tr("%1 features · %2 ms").arg(QLocale().toString(static_cast<qulonglong>(r.stats.featuresDrawn))).arg(r.totalMs, 0, 'f', 0));
    });
    connect(m_identifyTool, &IdentifyTool::identifyRequested, this, &MainWindow::identifyAt);
    connect(m_identify, &IdentifyPanel::featureActivated, this, &MainWindow::zoomToFeature);
    connect(m_table, &AttributeTablePanel::zoomToSelectionRequested, this, &MainWindow::zoomToSelection);
    connect(m_bookmarks, &BookmarkPanel::addRequested, this, [this] { addBookmarkForCurrentView(); });
    connect(m_bookmarks, &BookmarkPanel::changed, this, [this] { setModified(true); });
    connect(m_bookmarks, &BookmarkPanel::bookmarkActivated, this, [this](const Bookmark& b) {
        geo::Envelope e = b.extent;
        auto crs = geo::Crs::fromUserInput(b.crs);
        if (crs && !crs->isSame(m_canvas->crs())) {
            if (auto t = geo::CrsTransform::get(*crs, m_canvas->crs()))
                e = (*t)->transformEnvelope(e);
        }
        m_canvas->setExtent(e);
    });
    connect(m_searcher, &FeatureSearch::resultsReady, this, &MainWindow::searchResults);
    connect(m_model, &ModelSession::solved, this, &MainWindow::updateFlowOverlay);
    connect(m_model, &ModelSession::edited, this, [this] { setModified(true); });
    connect(m_modelPane, &ModelPane::overlayChoiceChanged, this, &MainWindow::updateFlowOverlay);
    connect(m_modelPane, &ModelPane::zoomToLinkRequested, this, &MainWindow::zoomToLink);
    connect(m_modelPane, &ModelPane::gasUnitsChanged, this, [this](model::GasUnit u) {
        AppSettings::setGasUnits(u);
        m_identify->setGasUnits(u);
    });
    connect(m_layers, &LayerTreeModel::layerRemoved, this, &MainWindow::updateModelContext);

    m_canvas->setMapTool(nullptr);
    const model::GasUnit units = AppSettings::gasUnits();
    m_identify->setGasUnits(units);
    updateRecentMenu();
    updateActions();
    updateTitle();
    updateCrsLabel();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    for (const auto& t : m_tasks)
        t->cancel = true;
}

QAction* MainWindow::action(const QString& objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::createActions()
{
    // Texts are kept as sources (QT_TR_NOOP) and set through m_texts, so they follow a language switch.
    auto make = [this](const QString& name, const char* text, const QKeySequence& key = {}, const char* tip = nullptr) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_actions.insert(name, a);
        addAction(a);
        if (!text)
            return a;
        m_texts([this, a, text, tip] {
            a->setText(tr(text));
            if (tip)
                a->setStatusTip(tr(tip));
            const QString plain = tr(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
            const QKeySequence shortcut = a->shortcut();
            a->setToolTip(shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
        });
        return a;
    };
    connect(make(QStringLiteral("open"), QT_TR_NOOP("&Open Project…"), QKeySequence::Open, QT_TR_NOOP("Open a project (GeoPackage or any vector file)")),
            &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(make(QStringLiteral("addData"), QT_TR_NOOP("&Add Vector Data…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                 QT_TR_NOOP("Add the layers of any vector file GDAL reads")),
            &QAction::triggered, this, &MainWindow::addDataDialog);
    connect(make(QStringLiteral("save"), QT_TR_NOOP("&Save Project"), QKeySequence::Save), &QAction::triggered, this, [this] { saveProject(); });
    connect(make(QStringLiteral("saveAs"), QT_TR_NOOP("Save Project &As…"), QKeySequence::SaveAs), &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(make(QStringLiteral("export"), QT_TR_NOOP("&Export Map…"), QKeySequence(Qt::CTRL | Qt::Key_E)), &QAction::triggered, this,
            &MainWindow::exportDialog);
    connect(make(QStringLiteral("quit"), QT_TR_NOOP("&Quit"), QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);
    connect(make(QStringLiteral("preferences"), QT_TR_NOOP("&Preferences…"),
                 QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma))),
            &QAction::triggered, this, &MainWindow::preferences);

    connect(make(QStringLiteral("zoomIn"), QT_TR_NOOP("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    connect(make(QStringLiteral("zoomOut"), QT_TR_NOOP("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    connect(make(QStringLiteral("zoomFull"), QT_TR_NOOP("&Full Extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QT_TR_NOOP("Show the whole corridor (Home on the map)")),
            &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    connect(make(QStringLiteral("zoomLayer"), QT_TR_NOOP("Zoom to &Layer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)), &QAction::triggered, this,
            [this] { zoomToLayer(currentLayerRow()); });
    connect(make(QStringLiteral("zoomSelection"), QT_TR_NOOP("Zoom to &Selection"), QKeySequence(Qt::CTRL | Qt::Key_J)), &QAction::triggered, this,
            &MainWindow::zoomToSelection);
    connect(make(QStringLiteral("previousView"), QT_TR_NOOP("&Previous View"), QKeySequence::Back), &QAction::triggered, m_canvas, &MapCanvas::previousView);
    connect(make(QStringLiteral("nextView"), QT_TR_NOOP("&Next View"), QKeySequence::Forward), &QAction::triggered, m_canvas, &MapCanvas::nextView);
    connect(make(QStringLiteral("refresh"), QT_TR_NOOP("&Refresh"), QKeySequence::Refresh), &QAction::triggered, m_canvas, &MapCanvas::refresh);

    m_toolGroup = new QActionGroup(this);
    auto tool = [&](const QString& name, const char* text, const QKeySequence& key) {
        QAction* a = make(name, text, key);
        a->setCheckable(true);
        m_toolGroup->addAction(a);
        return a;
    };
    QAction* pan = tool(QStringLiteral("toolPan"), QT_TR_NOOP("&Pan"), QKeySequence(Qt::Key_P));
    QAction* ident = tool(QStringLiteral("toolIdentify"), QT_TR_NOOP("&Identify"), QKeySequence(Qt::Key_I));
    QAction* measure = tool(QStringLiteral("toolMeasure"), QT_TR_NOOP("&Measure Distance"), QKeySequence(Qt::Key_M));
    QAction* area = tool(QStringLiteral("toolMeasureArea"), QT_TR_NOOP("Measure &Area"), QKeySequence(Qt::SHIFT | Qt::Key_M));
    pan->setChecked(true);
    for (QAction* a : {pan, ident, measure, area})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(pan, &QAction::triggered, this, [this] { m_canvas->setMapTool(nullptr); });
    connect(ident, &QAction::triggered, this, [this] {
        m_canvas->setMapTool(m_identifyTool);
        m_identifyDock->show();
        m_identifyDock->raise();
    });
    auto measureMode = [this](MeasureTool::Mode mode) {
        m_measureTool->setMode(mode);
        m_canvas->setMapTool(m_measureTool);
        m_measureDock->show();
        m_measureDock->raise();
    };
    connect(measure, &QAction::triggered, this, [measureMode] { measureMode(MeasureTool::Mode::Distance); });
    connect(area, &QAction::triggered, this, [measureMode] { measureMode(MeasureTool::Mode::Area); });
    connect(make(QStringLiteral("identifyCentre"), QT_TR_NOOP("Identify at Map &Centre"), QKeySequence(Qt::SHIFT | Qt::Key_I),
                 QT_TR_NOOP("Identify what is under the centre of the map (keyboard use)")),
            &QAction::triggered, this, [this] { identifyAt(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0)); });
    connect(make(QStringLiteral("clearSelection"), QT_TR_NOOP("&Clear Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)), &QAction::triggered,
            this, [this] { m_selection->clear(); });
    connect(make(QStringLiteral("addBookmark"), QT_TR_NOOP("New &Bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_D)), &QAction::triggered, this,
            [this] { addBookmarkForCurrentView(); });
    connect(make(QStringLiteral("find"), QT_TR_NOOP("&Find Feature…"), QKeySequence::Find), &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(make(QStringLiteral("layerStyle"), QT_TR_NOOP("Layer &Style…"), QKeySequence(Qt::CTRL | Qt::Key_T)), &QAction::triggered, this,
            [this] { editLayerStyle(currentLayerRow()); });
    connect(make(QStringLiteral("attributeTable"), QT_TR_NOOP("Open &Attribute Table"), QKeySequence(Qt::Key_F6)), &QAction::triggered, this, [this] {
        const int row = currentLayerRow();
        if (row >= 0)
            m_table->showLayer(m_layers->layer(row).id);
        m_tableDock->show();
        m_tableDock->raise();
        m_table->view()->setFocus();
    });
    connect(make(QStringLiteral("removeLayer"), QT_TR_NOOP("&Remove Layer")), &QAction::triggered, this, [this] { m_layers->removeLayer(currentLayerRow()); });
    connect(make(QStringLiteral("layerUp"), QT_TR_NOOP("Move Layer &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up)), &QAction::triggered, this, [this] {
        const int r = currentLayerRow();
        if (r > 0 && m_layers->moveLayer(r, r - 1))
            m_layerView->setCurrentIndex(m_layers->index(r - 1));
    });
    connect(make(QStringLiteral("layerDown"), QT_TR_NOOP("Move Layer &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down)), &QAction::triggered, this, [this] {
        const int r = currentLayerRow();
        if (r >= 0 && r + 1 < m_layers->count() && m_layers->moveLayer(r, r + 1))
            m_layerView->setCurrentIndex(m_layers->index(r + 1));
    });
    connect(make(QStringLiteral("focusMap"), QT_TR_NOOP("Go to &Map"), QKeySequence(Qt::CTRL | Qt::Key_1)), &QAction::triggered, this,
            [this] { m_canvas->setFocus(Qt::ShortcutFocusReason); });
    connect(make(QStringLiteral("focusLayers"), QT_TR_NOOP("Go to &Layers"), QKeySequence(Qt::CTRL | Qt::Key_2)), &QAction::triggered, this, [this] {
        m_layerDock->show();
        m_layerView->setFocus(Qt::ShortcutFocusReason);
    });
    // Model edits (the model pane): undo/redo of the session's stack.
    // Own actions rather than QUndoStack::createUndoAction(), whose "Undo" prefix is fixed at creation
    // and would not follow a language switch.
    QUndoStack* stack = m_model->undoStack();
    QAction* undo = make(QStringLiteral("undo"), nullptr, QKeySequence::Undo);
    QAction* redo = make(QStringLiteral("redo"), nullptr, QKeySequence::Redo);
    const auto undoTexts = [this, stack, undo, redo] {
        undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
        redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
        undo->setToolTip(QString(undo->text()).remove(QLatin1Char('&')));
        redo->setToolTip(QString(redo->text()).remove(QLatin1Char('&')));
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
    };
    m_texts(undoTexts);
    connect(stack, &QUndoStack::undoTextChanged, this, undoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, undoTexts);
    connect(stack, &QUndoStack::canUndoChanged, this, undoTexts);
    connect(stack, &QUndoStack::canRedoChanged, this, undoTexts);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    QAction* flows = make(QStringLiteral("showFlows"), QT_TR_NOOP("Show &Flows"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                          QT_TR_NOOP("Draw the model's flows on the map: width by flow, colour by utilisation"));
    flows->setCheckable(true);
    flows->setChecked(true);
    connect(flows, &QAction::toggled, this, &MainWindow::updateFlowOverlay);

    connect(make(QStringLiteral("about"), QT_TR_NOOP("&About Corridor Atlas")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Corridor Atlas"),
                           tr("<h3>Corridor Atlas %1</h3><p>A desktop GIS for the energy corridor from Azerbaijan to Serbia and on into "
                              "Central and Southern Europe.</p><p>Qt %2 · GDAL · PROJ · GEOS · SQLite</p>"
                              "<p>Countries: Made with Natural Earth. Corridor facts: see the <i>sources</i> table of the project.</p>")
                               .arg(QStringLiteral(CORRIDOR_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::createDocks()
{
    // Layers
    m_layerDock = new QDockWidget(this);
    m_texts([this] { m_layerDock->setWindowTitle(tr("Layers")); });
    m_layerDock->setObjectName(QStringLiteral("LayersDock"));
    auto* layerBox = new QWidget(m_layerDock);
    auto* lay = new QVBoxLayout(layerBox);
    lay->setContentsMargins(4, 4, 4, 4);
    m_layerView = new QListView(layerBox);
    m_layerView->setModel(m_layers);
    m_texts([this] { m_layerView->setAccessibleName(tr("Layers")); });
    m_layerView->setDragDropMode(QAbstractItemView::InternalMove);
    m_layerView->setDefaultDropAction(Qt::MoveAction);
    m_layerView->setDragEnabled(true);
    m_layerView->setAcceptDrops(true);
    m_layerView->setDropIndicatorShown(true);
    m_layerView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_layerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_layerView->setIconSize(QSize(18, 18));
    m_layerView->setSpacing(1);
    for (const char* name : {"removeLayer", "layerUp", "layerDown"}) {
        QAction* a = action(QString::fromLatin1(name));
        m_layerView->addAction(a);
    }
    action(QStringLiteral("removeLayer"))->setShortcut(QKeySequence::Delete);
    action(QStringLiteral("removeLayer"))->setShortcutContext(Qt::WidgetShortcut);
    connect(m_layerView, &QListView::customContextMenuRequested, this, &MainWindow::layerContextMenu);
    connect(m_layerView, &QListView::doubleClicked, this, [this](const QModelIndex& i) { editLayerStyle(i.row()); });
    auto* opacityRow = new QHBoxLayout;
    auto* opacityLabel = new QLabel(layerBox);
    m_opacity = new QSlider(Qt::Horizontal, layerBox);
    m_opacity->setRange(0, 100);
    m_texts([this, opacityLabel] {
        opacityLabel->setText(tr("&Opacity:"));
        m_opacity->setAccessibleName(tr("Layer opacity"));
    });
    opacityLabel->setBuddy(m_opacity);
    opacityRow->addWidget(opacityLabel);
    opacityRow->addWidget(m_opacity, 1);
    lay->addWidget(m_layerView, 1);
    lay->addLayout(opacityRow);
    m_layerDock->setWidget(layerBox);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);
    connect(m_layerView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const int r = currentLayerRow();
        const QSignalBlocker b(m_opacity);
        m_opacity->setEnabled(r >= 0);
        m_opacity->setValue(r >= 0 ? static_cast<int>(std::lround(m_layers->layer(r).style.opacity * 100)) : 100);
        updateActions();
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        const int r = currentLayerRow();
        if (r < 0)
            return;
        render::LayerStyle s = m_layers->layer(r).style;
        s.opacity = v / 100.0;
        m_layers->setStyle(r, s);
    });

    // Bookmarks
    m_bookmarkDock = new QDockWidget(this);
    m_texts([this] { m_bookmarkDock->setWindowTitle(tr("Bookmarks")); });
    m_bookmarkDock->setObjectName(QStringLiteral("BookmarksDock"));
    m_bookmarks = new BookmarkPanel(m_bookmarkDock);
    m_bookmarkDock->setWidget(m_bookmarks);
    addDockWidget(Qt::LeftDockWidgetArea, m_bookmarkDock);
    splitDockWidget(m_layerDock, m_bookmarkDock, Qt::Vertical);

    // Network model (right, on top) and identify results below it; split before the identify dock
    // gets a tab sibling (splitting a tabbed dock would add a tab instead).
    m_modelDock = new QDockWidget(this);
    m_texts([this] { m_modelDock->setWindowTitle(tr("Network Model")); });
    m_modelDock->setObjectName(QStringLiteral("ModelDock"));
    m_modelPane = new ModelPane(m_model, m_modelDock);
    m_modelPane->setShowFlowsAction(action(QStringLiteral("showFlows")));
    m_modelDock->setWidget(m_modelPane);
    addDockWidget(Qt::RightDockWidgetArea, m_modelDock);

    // Identify
    m_identifyDock = new QDockWidget(this);
    m_texts([this] { m_identifyDock->setWindowTitle(tr("Identify Results")); });
    m_identifyDock->setObjectName(QStringLiteral("IdentifyDock"));
    m_identify = new IdentifyPanel(m_identifyDock);
    m_identifyDock->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    splitDockWidget(m_modelDock, m_identifyDock, Qt::Vertical);

    // Measure
    m_measureDock = new QDockWidget(this);
    m_texts([this] { m_measureDock->setWindowTitle(tr("Measure")); });
    m_measureDock->setObjectName(QStringLiteral("MeasureDock"));
    m_measurePanel = new MeasurePanel(m_measureTool, m_measureDock);
    m_measureDock->setWidget(m_measurePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_measureDock);
    tabifyDockWidget(m_identifyDock, m_measureDock);
    m_identifyDock->raise();

    // Attribute table
    m_tableDock = new QDockWidget(this);
    m_texts([this] { m_tableDock->setWindowTitle(tr("Attribute Table")); });
    m_tableDock->setObjectName(QStringLiteral("AttributeTableDock"));
    m_table = new AttributeTablePanel(m_layers, m_selection, m_tableDock);
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    m_tableDock->hide();

    resizeDocks({m_layerDock, m_modelDock}, {260, 470}, Qt::Horizontal);
    resizeDocks({m_modelDock, m_identifyDock}, {560, 240}, Qt::Vertical);
    resizeDocks({m_layerDock, m_bookmarkDock}, {520, 200}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    m_texts([file] { file->setTitle(tr("&File")); });
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(QString());
    m_texts([this] { m_recentMenu->setTitle(tr("Open &Recent")); });
    file->addAction(action(QStringLiteral("addData")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(QString());
    m_texts([edit] { edit->setTitle(tr("&Edit")); });
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));
    edit->addAction(action(QStringLiteral("clearSelection")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("preferences")));

    QMenu* view = menuBar()->addMenu(QString());
    m_texts([view] { view->setTitle(tr("&View")); });
    for (const char* n : {"zoomIn", "zoomOut", "zoomFull", "zoomLayer", "zoomSelection", "previousView", "nextView", "refresh"})
        view->addAction(action(QString::fromLatin1(n)));
    view->addSeparator();
    m_crsMenu = view->addMenu(QString());
    m_texts([this] { m_crsMenu->setTitle(tr("Map &CRS")); });
    m_crsGroup = new QActionGroup(this);
    auto crsAction = [this](const char* text, const geo::Crs& crs) {
        QAction* a = m_crsMenu->addAction(QString());
        m_texts([a, text] { a->setText(tr(text)); });
        a->setCheckable(true);
        a->setData(crs.definition());
        m_crsGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, crs] { setMapCrs(crs); });
    };
    crsAction(QT_TR_NOOP("ETRS89 / LAEA Europe (EPSG:3035)"), geo::Crs::etrs89Laea());
    crsAction(QT_TR_NOOP("Web Mercator (EPSG:3857)"), geo::Crs::webMercator());
    crsAction(QT_TR_NOOP("WGS 84 longitude/latitude (EPSG:4326)"), geo::Crs::wgs84());
    m_crsMenu->addSeparator();
    QAction* custom = m_crsMenu->addAction(QString());
    m_texts([custom] { custom->setText(tr("Custom…")); });
    custom->setObjectName(QStringLiteral("customCrs"));
    connect(custom, &QAction::triggered, this, &MainWindow::chooseCustomCrs);
    QMenu* themeMenu = view->addMenu(QString());
    m_texts([themeMenu] { themeMenu->setTitle(tr("&Theme")); });
    auto* themeGroup = new QActionGroup(this);
    for (const auto& [text, theme] : {std::pair{QT_TR_NOOP("System"), Theme::System}, std::pair{QT_TR_NOOP("Light"), Theme::Light},
                                      std::pair{QT_TR_NOOP("Dark"), Theme::Dark}}) {
        QAction* a = themeMenu->addAction(QString());
        m_texts([a, source = text] { a->setText(tr(source)); });
        a->setCheckable(true);
        a->setChecked(AppSettings::theme() == theme);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme = theme] {
            AppSettings::setTheme(theme);
            applyTheme(theme);
        });
    }
    view->addSeparator();
    QMenu* panels = view->addMenu(QString());
    m_texts([panels] { panels->setTitle(tr("&Panels")); });
    for (QDockWidget* d : {m_layerDock, m_bookmarkDock, m_identifyDock, m_measureDock, m_tableDock, m_modelDock})
        panels->addAction(d->toggleViewAction());
    view->addAction(action(QStringLiteral("showFlows")));
    view->addAction(action(QStringLiteral("focusMap")));
    view->addAction(action(QStringLiteral("focusLayers")));

    QMenu* layer = menuBar()->addMenu(QString());
    m_texts([layer] { layer->setTitle(tr("&Layer")); });
    for (const char* n : {"addData", "layerStyle", "attributeTable", "zoomLayer", "layerUp", "layerDown", "removeLayer"})
        layer->addAction(action(QString::fromLatin1(n)));

    QMenu* tools = menuBar()->addMenu(QString());
    m_texts([tools] { tools->setTitle(tr("&Tools")); });
    for (const char* n : {"toolPan", "toolIdentify", "identifyCentre", "toolMeasure", "toolMeasureArea"})
        tools->addAction(action(QString::fromLatin1(n)));
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("addBookmark")));

    QMenu* help = menuBar()->addMenu(QString());
    m_texts([help] { help->setTitle(tr("&Help")); });
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::createToolBars()
{
    QToolBar* fileBar = addToolBar(QString());
    m_texts([fileBar] { fileBar->setWindowTitle(tr("Project")); });
    fileBar->setObjectName(QStringLiteral("ProjectToolBar"));
    for (const char* n : {"open", "save", "addData"})
        fileBar->addAction(action(QString::fromLatin1(n)));
    QToolBar* nav = addToolBar(QString());
    m_texts([nav] { nav->setWindowTitle(tr("Map Navigation")); });
    nav->setObjectName(QStringLiteral("NavigationToolBar"));
    const char* const navActions[] = {"toolPan", "toolIdentify", "toolMeasure", "toolMeasureArea", nullptr, "zoomIn", "zoomOut", "zoomFull",
                                      "zoomLayer", "zoomSelection", "previousView", "nextView", nullptr, "attributeTable", "addBookmark",
                                      "clearSelection"};
    for (const char* n : navActions) {
        if (!n)
            nav->addSeparator();
        else
            nav->addAction(action(QString::fromLatin1(n)));
    }
    QToolBar* searchBar = addToolBar(QString());
    m_texts([searchBar] { searchBar->setWindowTitle(tr("Search")); });
    searchBar->setObjectName(QStringLiteral("SearchToolBar"));
    m_search = new QLineEdit(searchBar);
    m_search->setObjectName(QStringLiteral("FeatureSearch"));
    m_search->setClearButtonEnabled(true);
    m_texts([this] {
        m_search->setPlaceholderText(tr("Find a feature: TANAP, Niš, BEG… (Ctrl+F)"));
        m_search->setAccessibleName(tr("Find a feature by name"));
    });
    m_search->setMinimumWidth(280);
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    searchBar->addWidget(m_search);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_activateFirstHit = false;
        m_searchTimer.start();
    });
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_searcher->search(m_search->text()); });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const int i = index.data(Qt::UserRole + 1).toInt();
        if (i >= 0 && i < static_cast<int>(m_hits.size()))
            activateSearchHit(m_hits[static_cast<std::size_t>(i)]);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return; // the completer handles Enter on its list
        searchAndZoom(m_search->text());
    });
}

void MainWindow::createStatusBar()
{
    m_renderLabel = new QLabel(this);
    m_coordLabel = new QLabel(this);
    m_coordLabel->setMinimumWidth(420);
    m_coordLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scaleLabel = new QLabel(this);
    m_scaleLabel->setMinimumWidth(120);
    m_texts([this] { m_scaleLabel->setToolTip(tr("Map scale at the centre of the view")); });
    m_crsButton = new QToolButton(this);
    m_crsButton->setPopupMode(QToolButton::InstantPopup);
    m_crsButton->setMenu(m_crsMenu);
    m_texts([this] { m_crsButton->setToolTip(tr("Map coordinate reference system")); });
    m_crsButton->setAutoRaise(true);
    statusBar()->addWidget(m_renderLabel, 1);
    statusBar()->addPermanentWidget(m_coordLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);
    statusBar()->addPermanentWidget(m_crsButton);
}

void MainWindow::rebuildIcons()
{
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor accent = isDarkPalette() ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    const std::pair<const char*, IconKind> icons[] = {
        {"open", IconKind::Open}, {"addData", IconKind::AddData}, {"save", IconKind::Save}, {"toolPan", IconKind::Pan},
        {"toolIdentify", IconKind::Identify}, {"toolMeasure", IconKind::MeasureLine}, {"toolMeasureArea", IconKind::MeasureArea},
        {"zoomIn", IconKind::ZoomIn}, {"zoomOut", IconKind::ZoomOut}, {"zoomFull", IconKind::FullExtent}, {"previousView", IconKind::Previous},
        {"nextView", IconKind::Next}, {"zoomLayer", IconKind::ZoomLayer}, {"zoomSelection", IconKind::ZoomSelection},
        {"attributeTable", IconKind::Table}, {"addBookmark", IconKind::Bookmark}, {"find", IconKind::Search}, {"layerStyle", IconKind::Style},
        {"removeLayer", IconKind::Remove}, {"export", IconKind::Export}, {"clearSelection", IconKind::ClearSelection}};
    for (const auto& [name, kind] : icons)
        if (QAction* a = action(QString::fromLatin1(name)))
            a->setIcon(makeIcon(kind, ink, accent));
    if (m_search)
        m_search->addAction(makeIcon(IconKind::Search, ink, accent), QLineEdit::LeadingPosition);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_search) {
        // Panels and the model pane retranslate themselves; the window's own texts are in m_texts.
        m_texts.retranslate();
        updateTitle();
        updateCrsLabel();
        updateScale();
        updateRecentMenu();
        m_layerView->viewport()->update();
    }
    if (event->type() == QEvent::PaletteChange) {
        const QList<QAction*> lead = m_search ? m_search->actions() : QList<QAction*>();
        for (QAction* a : lead)
            m_search->removeAction(a);
        rebuildIcons();
        m_canvas->update();
    }
    QMainWindow::changeEvent(event);
}

// --- project --------------------------------------------------------------------------------------

bool MainWindow::isBundledProject() const
{
    const QString bundled = cli::bundledProjectPath();
    return !bundled.isEmpty() && QFileInfo(bundled) == QFileInfo(m_projectPath);
}

std::shared_ptr<MainWindow::BackgroundTask> MainWindow::startTask(const QString& label)
{
    auto task = std::make_shared<BackgroundTask>();
    task->label = label;
    task->elapsed.start();
    task->poll = new QTimer(this);
    task->poll->setInterval(100);
    std::weak_ptr<BackgroundTask> weak = task;
    connect(task->poll, &QTimer::timeout, this, [this, weak] {
        auto t = weak.lock();
        if (!t)
            return;
        // Only loads longer than a moment get a dialog.
        if (!t->dialog && t->elapsed.elapsed() > 400) {
            t->dialog = new QProgressDialog(t->label, tr("Cancel"), 0, 0, this);
            t->dialog->setWindowModality(Qt::WindowModal);
            t->dialog->setMinimumDuration(0);
            t->dialog->setAutoClose(false);
            t->dialog->setAutoReset(false);
            connect(t->dialog, &QProgressDialog::canceled, this, [weak] {
                if (auto tt = weak.lock()) {
                    tt->cancel = true;
                    if (tt->onCancel)
                        std::exchange(tt->onCancel, nullptr)();
                }
            });
            t->dialog->show();
        }
        if (t->dialog) {
            const qint64 total = t->total.load(), done = t->done.load();
            if (total > 0) {
                t->dialog->setMaximum(1000);
                t->dialog->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
                t->dialog->setLabelText(tr("%1\n%2 of %3 features").arg(t->label, QLocale().toString(done), QLocale().toString(total)));
            } else if (done > 0) {
                t->dialog->setLabelText(tr("%1\n%2 features").arg(t->label, QLocale().toString(done)));
            }
        }
    });
    task->poll->start();
    m_tasks.push_back(task);
    statusBar()->showMessage(label);
    return task;
}

void MainWindow::finishTask(const std::shared_ptr<BackgroundTask>& task)
{
    if (task->poll)
        task->poll->deleteLater();
    task->poll = nullptr;
    if (task->dialog)
        task->dialog->deleteLater();
    m_tasks.erase(std::remove(m_tasks.begin(), m_tasks.end(), task), m_tasks.end());
    statusBar()->clearMessage();
}

void MainWindow::openProject(const QString& path)
{
    const std::uint64_t request = ++m_openRequest;
    auto task = startTask(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    runInWorker<OpenResult>(
        this, [path, task] { return loadForWindow(path, task, task->readOptions()); },
        [this, path, request, task](OpenResult r) {
            finishTask(task);
            if (request != m_openRequest)
                return;
            if (!r.error.isEmpty()) {
                const QString msg = r.cancelled ? tr("Opening “%1” was cancelled.").arg(QFileInfo(path).fileName())
                                                : tr("Could not open “%1”:\n%2").arg(QFileInfo(path).fileName(), r.error);
                if (!r.cancelled) {
                    AppSettings::removeRecentProject(path);
                    updateRecentMenu();
                    showError(msg);
                } else {
                    statusBar()->showMessage(msg, 5000);
                }
                emit projectOpenFailed(msg);
                return;
            }
            m_projectPath = QFileInfo(path).absoluteFilePath();
            m_selection->clear();
            m_identify->setResults({});
            m_measureTool->clear();
            m_applying = true; // one render after the CRS is set, below; not a modification
            m_layers->resetLayers(std::move(r.layers));
            m_applying = false;
            m_canvas->setLayers(m_layers->renderLayers());
            const bool savedView = !r.state.view.isNull();
            m_canvas->setCrs(r.crs, savedView ? r.state.view : geo::Envelope(0, 0, 1, 1));
            if (!savedView)
                m_canvas->setCrs(r.crs, m_canvas->fullExtent());
            m_bookmarks->setBookmarks(r.state.bookmarks);
            m_table->showLayer({});
            updateSearchIndex();
            m_model->setDocument(std::move(r.model));
            updateModelContext();
            updateFlowOverlay(); // none until the new model is solved (or at all, without a model)
            AppSettings::addRecentProject(m_projectPath);
            updateRecentMenu();
            updateCrsLabel();
            setModified(false);
            updateActions();
            if (m_layers->count() > 0)
                m_layerView->setCurrentIndex(m_layers->index(0));
            if (!r.warnings.isEmpty())
                statusBar()->showMessage(r.warnings.join(QStringLiteral(" · ")), 10000);
            emit projectOpened(m_projectPath);
        });
}

ProjectState MainWindow::currentState() const
{
    ProjectState s;
    s.bookmarks = m_bookmarks->bookmarks();
    s.mapCrs = m_canvas->crs().definition();
    s.view = m_canvas->viewport().extent();
    for (int i = 0; i < m_layers->count(); ++i) {
        const MapLayer& l = m_layers->layer(i);
        s.layers.push_back({l.data ? l.data->name : l.id, l.title, l.externalPath, i, l.style, ui::styleToJson(l.style)});
    }
    return s;
}

bool MainWindow::saveProject()
{
    if (m_projectPath.isEmpty())
        return false;
    if (isBundledProject() || QFileInfo(m_projectPath).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0) {
        saveAsDialog();
        return false;
    }
    const QString path = m_projectPath;
    const ProjectState state = currentState();
    auto doc = m_model->hasModel() ? std::make_shared<const model::NetworkDocument>(m_model->document()) : nullptr;
    runInWorker<geo::Status>(
        this, [path, state, doc] { return saveProjectState(path, state, doc.get()); },
        [this, path](const geo::Status& st) {
            if (!st) {
                const QString msg = tr("Could not save “%1”:\n%2").arg(QFileInfo(path).fileName(), st.error().message);
                showError(msg);
                emit saveFailed(msg);
                return;
            }
            setModified(false);
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
            emit projectSaved(path);
        });
    return true;
}

void MainWindow::saveProjectAs(const QString& target)
{
    const QString source = m_projectPath;
    const ProjectState state = currentState();
    const bool sourceIsGpkg = QFileInfo(source).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
    auto doc = m_model->hasModel() ? std::make_shared<const model::NetworkDocument>(m_model->document()) : nullptr;
    std::vector<geo::LayerDataPtr> layers;
    for (const MapLayer& l : m_layers->layers())
        if (l.externalPath.isEmpty())
            layers.push_back(l.data);
    std::reverse(layers.begin(), layers.end());
    runInWorker<geo::Status>(
        this,
        [source, target, state, sourceIsGpkg, layers, doc] () -> geo::Status {
            // Build the new file beside the target, then rename it over: a failure leaves any old file.
            const QString tmp = target + QStringLiteral(".saving");
            QFile::remove(tmp);
            if (sourceIsGpkg) {
                if (!QFile::copy(source, tmp))
                    return geo::Error{geo::ErrorCode::Io, Text::tr("cannot copy the project to this place"), target};
                QFile::setPermissions(tmp, QFile::permissions(tmp) | QFile::WriteOwner);
            } else if (auto st = geo::writeGeoPackage(tmp, layers); !st) {
                return st;
            }
            if (auto st = saveProjectState(tmp, state, doc.get()); !st) {
                QFile::remove(tmp);
                return st;
            }
            QFile::remove(target);
            if (!QFile::rename(tmp, target)) {
                QFile::remove(tmp);
                return geo::Error{geo::ErrorCode::Io, Text::tr("cannot replace the file"), target};
            }
            return geo::Ok{};
        },
        [this, target](const geo::Status& st) {
            if (!st) {
                const QString msg = tr("Could not save “%1”:\n%2").arg(QFileInfo(target).fileName(), st.error().message);
                showError(msg);
                emit saveFailed(msg);
                return;
            }
            m_projectPath = QFileInfo(target).absoluteFilePath();
            AppSettings::addRecentProject(m_projectPath);
            updateRecentMenu();
            setModified(false);
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 5000);
            emit projectSaved(m_projectPath);
        });
}

void MainWindow::addDataFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const geo::Crs crs = m_canvas->crs().isValid() ? m_canvas->crs() : geo::Crs::etrs89Laea();
    const std::uint64_t serial = m_crsSerial;
    auto task = startTask(paths.size() == 1 ? tr("Adding %1…").arg(QFileInfo(paths.first()).fileName()) : tr("Adding %n file(s)…", nullptr, static_cast<int>(paths.size())));
    std::weak_ptr<BackgroundTask> weak = task;
    task->onCancel = [this, weak] {
        if (auto t = weak.lock()) {
            finishTask(t);
            statusBar()->showMessage(tr("Adding data was cancelled."), 5000);
            emit addDataFinished();
        }
    };
    runInWorker<AddResult>(
        this, [paths, crs, task] { return loadFiles(paths, crs, task, task->readOptions()); },
        [this, task, serial](AddResult r) {
            if (task->cancel.load())
                return; // reported when the user cancelled; whatever was read is dropped
            finishTask(task);
            if (!r.error.isEmpty()) {
                if (r.cancelled)
                    statusBar()->showMessage(r.error, 5000);
                else
                    showError(r.error);
                emit addDataFinished();
                return;
            }
            const QStringList ids = insertLoadedLayers(r.layers, serial);
            m_layerView->setCurrentIndex(m_layers->index(0));
            if (!r.warnings.isEmpty())
                statusBar()->showMessage(r.warnings.join(QStringLiteral(" · ")), 10000);
            emit layersAdded(ids);
            emit addDataFinished();
        });
}

void MainWindow::addLayers(std::vector<geo::LayerDataPtr> layers)
{
    const geo::Crs crs = m_canvas->crs().isValid() ? m_canvas->crs() : geo::Crs::etrs89Laea();
    const std::uint64_t serial = m_crsSerial;
    runInWorker<AddResult>(
        this,
        [layers, crs] {
            AddResult r;
            for (const geo::LayerDataPtr& l : layers) {
                auto p = projectForMap(l, crs);
                if (!p) {
                    r.error = Text::tr("Layer “%1” cannot be shown in %2:\n%3").arg(l->name, crs.displayName(), p.error().message);
                    return r;
                }
                MapLayer m;
                m.id = l->name;
                m.title = l->name;
                m.data = l;
                m.projected = *p;
                m.style = render::defaultStyle(*l);
                r.layers.push_back(std::move(m));
            }
            return r;
        },
        [this, serial](AddResult r) {
            if (!r.error.isEmpty()) {
                showError(r.error);
                return;
            }
            emit layersAdded(insertLoadedLayers(r.layers, serial));
        });
}

QStringList MainWindow::insertLoadedLayers(std::vector<MapLayer>& layers, std::uint64_t crsSerial)
{
    QStringList ids;
    int row = 0;
    for (MapLayer& m : layers) {
        m.id = m_layers->uniqueId(m.id);
        ids << m.id;
        m_layers->insertLayer(row++, std::move(m));
    }
    if (crsSerial != m_crsSerial)
        setMapCrs(m_canvas->crs()); // the map CRS changed while loading
    updateSearchIndex();
    updateModelContext();
    return ids;
}

void MainWindow::setMapCrs(const geo::Crs& crs)
{
    const std::uint64_t request = ++m_crsRequest;
    std::vector<std::pair<QString, geo::LayerDataPtr>> layers;
    for (const MapLayer& l : m_layers->layers())
        layers.emplace_back(l.id, l.data);
    const geo::Crs from = m_canvas->crs();
    const geo::Envelope extent = m_canvas->viewport().extent();
    statusBar()->showMessage(tr("Re-projecting to %1…").arg(crs.displayName()));
    runInWorker<ReprojectResult>(
        this,
        [layers, crs, from, extent] {
            ReprojectResult r;
            for (const auto& [id, layerData] : layers) {
                auto p = projectForMap(layerData, crs);
                if (!p) {
                    r.error = Text::tr("layer “%1”: %2").arg(id, p.error().message);
                    return r;
                }
                r.projected.insert(id, *p);
            }
            if (from.isValid() && !extent.isNull())
                if (auto t = geo::CrsTransform::get(from, crs))
                    r.extent = (*t)->transformEnvelope(extent);
            return r;
        },
        [this, request, crs](ReprojectResult r) {
            statusBar()->clearMessage();
            if (request != m_crsRequest)
                return;
            if (!r.error.isEmpty()) {
                showError(tr("The map cannot be shown in %1:\n%2").arg(crs.displayName(), r.error));
                updateCrsLabel();
                return;
            }
            ++m_crsSerial;
            m_applying = true;
            m_layers->setProjected(r.projected);
            m_applying = false;
            m_canvas->setLayers(m_layers->renderLayers());
            geo::Envelope e = r.extent;
            if (e.isNull() || !std::isfinite(e.width()) || e.width() <= 0)
                e = geo::Envelope(0, 0, 1, 1);
            m_canvas->setCrs(crs, e);
            if (r.extent.isNull())
                m_canvas->setCrs(crs, m_canvas->fullExtent());
            applySelectionToMap(FeatureSelection::Origin::Other);
            updateModelContext();
            AppSettings::setMapCrs(crs.definition());
            updateCrsLabel();
            setModified(true);
            emit crsChanged();
        });
}

void MainWindow::chooseCustomCrs()
{
    bool ok = false;
    const QString def = QInputDialog::getText(this, tr("Custom map CRS"),
                                              tr("EPSG code (e.g. EPSG:32638), PROJ string (+proj=…), WKT or a CRS name:"),
                                              QLineEdit::Normal, m_canvas->crs().authId(), &ok);
    if (!ok || def.trimmed().isEmpty()) {
        updateCrsLabel();
        return;
    }
    auto crs = geo::Crs::fromUserInput(def.trimmed());
    if (!crs) {
        showError(tr("“%1” is not a CRS PROJ knows:\n%2").arg(def.trimmed(), crs.error().message));
        updateCrsLabel();
        return;
    }
    setMapCrs(*crs);
}

// --- identify, selection, search --------------------------------------------------------------------

void MainWindow::identifyAt(QPointF px, bool addToSelection)
{
    const std::uint64_t request = ++m_identifyRequest;
    struct Probe {
        QString id, title;
        render::ProjectedLayerPtr layer;
    };
    std::vector<Probe> probes;
    for (const MapLayer& l : m_layers->layers())
        if (l.style.visible && l.projected)
            probes.push_back({l.id, l.title, l.projected});
    const render::Viewport vp = m_canvas->viewport();
    runInWorker<std::vector<IdentifyResult>>(
        this,
        [probes, vp, px] {
            std::vector<IdentifyResult> out;
            for (const Probe& p : probes)
                for (const FeatureHit& h : hitTest(*p.layer, vp, px, 6.0, 20))
                    out.push_back({p.id, p.title, p.layer->sourcePtr(), h.row});
            return out;
        },
        [this, request, addToSelection, flows = flowDetailsAt(px)](std::vector<IdentifyResult> results) {
            if (request != m_identifyRequest)
                return;
            std::map<QString, FeatureSelection::Rows> sel;
            if (addToSelection)
                sel = m_selection->all();
            for (const IdentifyResult& r : results)
                sel[r.layerId].push_back(r.row);
            m_selection->setAll(std::move(sel), FeatureSelection::Origin::Map);
            m_identify->setResults(std::move(results));
            m_identify->setFlowDetails(flows);
            m_identifyDock->show();
            m_identifyDock->raise();
            emit identifyFinished();
        });
}

// --- network model ----------------------------------------------------------------------------------

void MainWindow::updateModelContext()
{
    // Links are bound to features of these two layers (model::Link::featureId = their "id").
    std::vector<geo::LayerDataPtr> layers;
    for (const MapLayer& l : m_layers->layers())
        if (l.data && l.externalPath.isEmpty()
            && (l.data->name == QLatin1String("gas_pipelines") || l.data->name == QLatin1String("power_links")))
            layers.push_back(l.data);
    m_model->setMapContext(std::move(layers), m_canvas->crs());
}

void MainWindow::updateFlowOverlay()
{
    const ModelSolvePtr& s = m_model->latest();
    render::FlowOverlayPtr overlay;
    if (s && m_model->hasModel() && action(QStringLiteral("showFlows"))->isChecked())
        overlay = m_modelPane->showsDifferenceOnMap() && s->compareScenario == m_model->compareScenario() ? s->differenceOverlay : s->overlay;
    m_canvas->setFlowOverlay(std::move(overlay));
}

std::vector<FlowDetail> MainWindow::flowDetailsAt(QPointF px) const
{
    std::vector<FlowDetail> out;
    const render::FlowLine* line = m_canvas->flowLineAt(px);
    const ModelSolvePtr& s = m_model->latest();
    if (!line || !s)
        return out;
    const int i = s->network.linkIndex(line->linkId);
    if (i < 0)
        return out;
    const model::Link& l = s->network.links[static_cast<std::size_t>(i)];
    const model::LinkResult& r = s->result.links[static_cast<std::size_t>(i)];
    const model::GasUnit unit = AppSettings::gasUnits();
    FlowDetail d;
    d.title = QStringLiteral("%1 — %2").arg(l.id, l.name);
    d.rows.emplace_back(tr("Link"), l.id);
    d.rows.emplace_back(tr("Name"), l.name);
    d.rows.emplace_back(tr("Scenario"), s->scenario);
    d.rows.emplace_back(tr("Flow"), r.flow >= 0 ? tr("%1 (%2 → %3)").arg(formatModelNumber(l.commodity, r.flow, unit), l.from, l.to)
                                                : tr("%1 (%2 → %3)").arg(formatModelNumber(l.commodity, -r.flow, unit), l.to, l.from));
    d.rows.emplace_back(tr("Capacity"), formatModelNumber(l.commodity, r.capacity, unit));
    d.rows.emplace_back(tr("Utilisation"), QStringLiteral("%1 %").arg(QLocale().toString(100.0 * r.utilisation, 'f', 0)));
    if (r.bottleneck || r.binding)
        d.rows.emplace_back(tr("Limit"), r.bottleneck ? tr("bottleneck (on the minimum cut)") : tr("binding (at capacity)"));
    if (line->flow != r.flow && m_canvas->flowOverlay() && m_canvas->flowOverlay()->style.difference)
        d.rows.emplace_back(tr("Δ flow vs %1").arg(s->compareScenario), line->label);
    out.push_back(std::move(d));
    return out;
}

void MainWindow::zoomToLink(const QString& linkId)
{
    const model::Network& net = m_model->network();
    const int i = net.linkIndex(linkId);
    if (i < 0)
        return;
    const QString featureId = net.links[static_cast<std::size_t>(i)].featureId;
    if (!featureId.isEmpty()) {
        for (const MapLayer& l : m_layers->layers()) {
            if (!l.data || !l.externalPath.isEmpty()
                || (l.data->name != QLatin1String("gas_pipelines") && l.data->name != QLatin1String("power_links")))
                continue;
            const int c = l.data->fieldIndex(QStringLiteral("id"));
            if (c < 0)
                continue;
            for (std::size_t r = 0; r < l.data->featureCount(); ++r) {
                if (l.data->columns[static_cast<std::size_t>(c)].displayText(r) != featureId)
                    continue;
                m_selection->setAll({{l.id, {static_cast<std::uint32_t>(r)}}}, FeatureSelection::Origin::Other);
                zoomToFeature(l.id, static_cast<std::uint32_t>(r));
                return;
            }
        }
    }
    // Not bound to a feature: the flow line drawn for it.
    if (const auto& o = m_canvas->flowOverlay()) {
        for (const render::FlowLine& line : o->lines) {
            if (line.linkId != linkId)
                continue;
            geo::Envelope e;
            for (const QPointF& p : line.path)
                e.expand(geo::Envelope(p.x(), p.y(), p.x(), p.y()));
            if (!e.isNull())
                m_canvas->zoomToEnvelope(e, 0.15);
            return;
        }
    }
}

void MainWindow::applySelectionToMap(FeatureSelection::Origin origin)
{
    std::vector<Highlight> hl;
    for (const auto& [id, rows] : m_selection->all())
        if (const MapLayer* l = m_layers->layerById(id); l && l->projected)
            hl.push_back({l->projected, rows});
    m_canvas->setHighlights(std::move(hl));
    if (origin == FeatureSelection::Origin::Table && !m_selection->isEmpty())
        zoomToSelection();
    updateActions();
}

geo::Envelope MainWindow::envelopeOf(const QString& layerId, const std::vector<std::uint32_t>& rows) const
{
    geo::Envelope e;
    const MapLayer* l = m_layers->layerById(layerId);
    if (!l || !l->projected)
        return e;
    const geo::GeometryStore& g = l->projected->geometry();
    for (std::uint32_t r : rows)
        if (r < g.featureCount())
            e.expand(g.featureEnvelope(r));
    return e;
}

void MainWindow::zoomToSelection()
{
    geo::Envelope e;
    for (const auto& [id, rows] : m_selection->all())
        e.expand(envelopeOf(id, rows));
    if (!e.isNull())
        m_canvas->zoomToEnvelope(e);
}

void MainWindow::zoomToLayer(int row)
{
    if (row < 0 || row >= m_layers->count() || !m_layers->layer(row).projected)
        return;
    m_canvas->zoomToEnvelope(m_layers->layer(row).projected->extent(), 0.05);
}

void MainWindow::zoomToFeature(const QString& layerId, std::uint32_t row)
{
    const geo::Envelope e = envelopeOf(layerId, {row});
    if (!e.isNull())
        m_canvas->zoomToEnvelope(e, 0.15);
}

void MainWindow::showHoverTip(QPointF px)
{
    if (m_canvas->mapTool() == m_measureTool || !m_canvas->underMouse())
        return;
    // Corridor layers only (lines and points, not the country areas), and only layers small enough to
    // answer within a frame on the GUI thread. In drawing order from the top: points, model flows, lines.
    auto layerTip = [&](bool points) -> bool {
        for (const MapLayer& l : m_layers->layers()) {
            if (!l.style.visible || !l.projected || l.data->geometryType == geo::GeometryType::Polygon
                || (l.data->geometryType == geo::GeometryType::Point) != points || l.data->featureCount() > 100000
                || l.data->geometry.pointCount() > 1000000)
                continue;
            const auto hits = hitTest(*l.projected, m_canvas->viewport(), px, 5.0, 1);
            if (hits.empty())
                continue;
            const geo::LayerData& d = *l.data;
            const std::size_t r = hits.front().row;
            QString tip = QStringLiteral("<b>%1</b><br><i>%2</i>").arg(IdentifyPanel::featureName(d, r).toHtmlEscaped(), l.title.toHtmlEscaped());
            const model::GasUnit units = AppSettings::gasUnits();
            for (const char* f : {"kind", "status", "operator", "capacity_bcm_y", "capacity_mw", "voltage_kv", "length_km", "city"}) {
                const int c = d.fieldIndex(QString::fromLatin1(f));
                if (c < 0)
                    continue;
                const QString v = IdentifyPanel::formatValue(d, c, r, units);
                if (!v.isEmpty())
                    tip += QStringLiteral("<br>%1: %2").arg(QString::fromLatin1(f).replace(QLatin1Char('_'), QLatin1Char(' ')), v.toHtmlEscaped());
            }
            QToolTip::showText(m_canvas->mapToGlobal(px.toPoint()), tip, m_canvas);
            return true;
        }
        return false;
    };
    if (layerTip(true))
        return;
    if (const auto flows = flowDetailsAt(px); !flows.empty()) {
        QString tip = QStringLiteral("<b>%1</b>").arg(flows.front().title.toHtmlEscaped());
        for (const auto& [field, value] : flows.front().rows)
            tip += QStringLiteral("<br>%1: %2").arg(field.toHtmlEscaped(), value.toHtmlEscaped());
        QToolTip::showText(m_canvas->mapToGlobal(px.toPoint()), tip, m_canvas);
        return;
    }
    if (layerTip(false))
        return;
    QToolTip::hideText();
}

void MainWindow::updateSearchIndex()
{
    std::vector<SearchLayer> layers;
    for (const MapLayer& l : m_layers->layers())
        layers.push_back({l.id, l.title, l.data});
    m_searcher->setLayers(std::move(layers));
}

void MainWindow::searchAndZoom(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_search->text() != text)
        m_search->setText(text);
    if (m_hitsQuery == text && !m_hits.empty()) {
        activateSearchHit(m_hits.front());
        return;
    }
    m_activateFirstHit = true;
    m_searcher->search(text);
}

void MainWindow::searchResults(const QString& query, const std::vector<SearchHit>& hits)
{
    if (query != m_search->text())
        return;
    m_hits = hits;
    m_hitsQuery = query;
    m_completions->clear();
    for (std::size_t i = 0; i < hits.size(); ++i) {
        auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(hits[i].label, hits[i].layerTitle));
        item->setData(static_cast<int>(i), Qt::UserRole + 1);
        m_completions->appendRow(item);
    }
    if (m_activateFirstHit) {
        m_activateFirstHit = false;
        if (hits.empty())
            statusBar()->showMessage(tr("No feature matches “%1”.").arg(query), 5000);
        else
            activateSearchHit(hits.front());
        return;
    }
    if (!hits.empty() && m_search->hasFocus())
        m_completer->complete();
}

void MainWindow::activateSearchHit(const SearchHit& hit)
{
    m_completer->popup()->hide();
    m_selection->setAll({{hit.layerId, {hit.row}}}, FeatureSelection::Origin::Search);
    zoomToFeature(hit.layerId, hit.row);
    if (const MapLayer* l = m_layers->layerById(hit.layerId))
        m_identify->setResults({{hit.layerId, l->title, l->data, hit.row}});
    statusBar()->showMessage(tr("Found: %1 (%2)").arg(hit.label, hit.layerTitle), 5000);
}

void MainWindow::addBookmarkForCurrentView(const QString& name)
{
    if (!m_canvas->viewport().isValid())
        return;
    const QString n = name.isEmpty() ? tr("View %1").arg(m_bookmarks->bookmarks().size() + 1) : name;
    m_bookmarks->addBookmark({n, m_canvas->crs().definition(), m_canvas->viewport().extent()}, name.isEmpty());
    m_bookmarkDock->show();
    m_bookmarkDock->raise();
    setModified(true);
}

// --- layer panel -----------------------------------------------------------------------------------

int MainWindow::currentLayerRow() const
{
    const QModelIndex i = m_layerView ? m_layerView->currentIndex() : QModelIndex();
    return i.isValid() ? i.row() : -1;
}

void MainWindow::layerContextMenu(const QPoint& pos)
{
    const QModelIndex i = m_layerView->indexAt(pos);
    if (!i.isValid())
        return;
    m_layerView->setCurrentIndex(i);
    QMenu menu(this);
    const char* const items[] = {"zoomLayer", "attributeTable", "layerStyle", nullptr, "layerUp", "layerDown", nullptr, "removeLayer"};
    for (const char* n : items) {
        if (!n)
            menu.addSeparator();
        else
            menu.addAction(action(QString::fromLatin1(n)));
    }
    QAction* rename = menu.addAction(tr("Rename"));
    connect(rename, &QAction::triggered, this, [this, i] { m_layerView->edit(i); });
    menu.exec(m_layerView->viewport()->mapToGlobal(pos));
}

void MainWindow::editLayerStyle(int row)
{
    if (row < 0 || row >= m_layers->count())
        return;
    const MapLayer& l = m_layers->layer(row);
    const QString id = l.id;
    // The dialog hands over styles on Apply/OK (and live edits); Cancel hands back the original. Only a
    // real change reaches the model, so opening and cancelling leaves the project unmodified.
    auto* dlg = new StyleDialog(l.title, l.style, l.data, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &StyleDialog::styleChanged, this, [this, id](const render::LayerStyle& s) {
        const int r = m_layers->rowOf(id);
        if (r >= 0 && m_layers->layer(r).style != s)
            m_layers->setStyle(r, s);
    });
    dlg->open();
}

// --- dialogs ---------------------------------------------------------------------------------------

namespace {
QString vectorFileFilter()
{
    return Text::tr("Vector data (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.kmz *.gml *.csv *.topojson *.sqlite *.gpx *.tab *.mif);;All files (*)");
}
} // namespace

void MainWindow::openProjectDialog()
{
    const QString dir = m_projectPath.isEmpty() || isBundledProject() ? QDir::homePath() : QFileInfo(m_projectPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                                      tr("GeoPackage projects (*.gpkg);;") + vectorFileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::addDataDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Vector Data"), QDir::homePath(), vectorFileFilter());
    addDataFiles(paths);
}

void MainWindow::saveAsDialog()
{
    const QString suggested = isBundledProject() ? QDir::home().filePath(QStringLiteral("corridor.gpkg"))
                                                 : QFileInfo(m_projectPath).path() + QLatin1Char('/') + QFileInfo(m_projectPath).completeBaseName() + QStringLiteral(".gpkg");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested, tr("GeoPackage projects (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    if (QFileInfo(path) == QFileInfo(m_projectPath)) {
        saveProject();
        return;
    }
    saveProjectAs(path);
}

void MainWindow::exportDialog()
{
    if (m_projectPath.isEmpty())
        return;
    // Modeless, so the map can still be panned and styled: the preview follows the window.
    if (auto* existing = findChild<ExportDialog*>()) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto* dlg = new ExportDialog(m_canvas, m_layers, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setScenarioNames([this]() -> std::pair<QString, QString> {
        const ModelSolvePtr& s = m_model->latest();
        const render::FlowOverlayPtr& o = m_canvas->flowOverlay();
        if (!s || !o)
            return {};
        return {s->scenario, o->style.difference ? s->compareScenario : QString()};
    });
    connect(dlg, &ExportDialog::exported, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000); });
    dlg->show();
}

void MainWindow::preferences()
{
    SettingsDialog dlg(this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    dlg.apply();
    // Installing other translators sends LanguageChange to every widget: texts change at once.
    if (i18n::setLanguage(AppSettings::language()).isEmpty())
        i18n::setLanguage(QString());
    applyTheme(AppSettings::theme());
    m_identify->setGasUnits(AppSettings::gasUnits());
    m_modelPane->setGasUnits(AppSettings::gasUnits());
}

// --- window state ----------------------------------------------------------------------------------

void MainWindow::setModified(bool modified)
{
    m_modified = modified && !m_projectPath.isEmpty();
    setWindowModified(m_modified);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_projectPath.isEmpty() ? tr("No project") : QFileInfo(m_projectPath).fileName();
    setWindowTitle(tr("%1[*] — Corridor Atlas").arg(name));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(recent[i])));
        const QString path = recent[i];
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    action(QStringLiteral("previousView"))->setEnabled(m_canvas->canGoBack());
    action(QStringLiteral("nextView"))->setEnabled(m_canvas->canGoForward());
    const bool hasSel = !m_selection->isEmpty();
    action(QStringLiteral("zoomSelection"))->setEnabled(hasSel);
    action(QStringLiteral("clearSelection"))->setEnabled(hasSel);
    const bool hasLayer = currentLayerRow() >= 0;
    for (const char* n : {"zoomLayer", "layerStyle", "removeLayer", "layerUp", "layerDown"})
        action(QString::fromLatin1(n))->setEnabled(hasLayer);
    const bool hasProject = !m_projectPath.isEmpty();
    for (const char* n : {"save", "saveAs", "export"})
        action(QString::fromLatin1(n))->setEnabled(hasProject);
}

void MainWindow::updateScale()
{
    m_scaleLabel->setText(formatScale(m_canvas->scaleDenominator()));
}

void MainWindow::updateCursor(QPointF px)
{
    const geo::MapPoint m = m_canvas->toMap(px);
    const geo::Crs& crs = m_canvas->crs();
    auto t = geo::CrsTransform::get(crs, geo::Crs::wgs84());
    QString lonlat;
    if (t) {
        const geo::MapPoint g = (*t)->transform(m.x, m.y);
        if (std::isfinite(g.x) && std::isfinite(g.y))
            lonlat = QStringLiteral("%1  %2").arg(formatDms(g.y, true), formatDms(g.x, false));
    }
    const QLocale loc;
    const QString mapText = crs.isGeographic() ? QString() : tr("   x %1  y %2 m").arg(loc.toString(m.x, 'f', 0), loc.toString(m.y, 'f', 0));
    m_coordLabel->setText(lonlat + mapText);
}

void MainWindow::updateCrsLabel()
{
    const geo::Crs& crs = m_canvas->crs();
    m_crsButton->setText(crs.isValid() ? crs.displayName() : tr("No CRS"));
    bool known = false;
    for (QAction* a : m_crsGroup->actions()) {
        const bool on = crs.isValid() && a->data().toString() == crs.definition();
        a->setChecked(on);
        known |= on;
    }
    if (!known)
        for (QAction* a : m_crsGroup->actions())
            a->setChecked(false);
}

void MainWindow::showError(const QString& text)
{
    m_lastError = text;
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Corridor Atlas"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("ErrorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, never a nested event loop
    emit errorShown(text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_modified && m_confirmClose) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("Save the changes to the layers, styles, bookmarks and network model of “%1”?").arg(QFileInfo(m_projectPath).fileName()),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save && !isBundledProject()) {
            // Saving here runs synchronously: the window is going away.
            const auto st = saveProjectState(m_projectPath, currentState(), m_model->hasModel() ? &m_model->document() : nullptr);
            if (!st) {
                QMessageBox::warning(this, tr("Corridor Atlas"), tr("Could not save: %1").arg(st.error().toString()));
                event->ignore();
                return;
            }
        } else if (answer == QMessageBox::Save) {
            event->ignore();
            saveAsDialog();
            return;
        }
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    for (const auto& t : m_tasks)
        t->cancel = true;
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& u : event->mimeData()->urls())
        if (u.isLocalFile())
            paths << u.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addDataFiles(paths);
    }
}

} // namespace corridor::ui
