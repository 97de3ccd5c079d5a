#pragma once
// MainWindow: Corridor Atlas's desktop window — the map canvas in the centre; docks for layers,
// bookmarks, identify results, measurements and the attribute table; a toolbar with the map tools and
// the feature search; the status bar with scale, cursor position (lon/lat and map CRS) and the map CRS.
//
// Every load (project, added data), re-projection (CRS switch), identify query, search and save runs in
// a worker (QtConcurrent); the window applies results on the GUI thread when they arrive and drops those
// made stale by a newer request. Errors come back as values and are shown with the file and the cause.
//
// GUI thread. Owns the layer model, the selection and the panels.

#include "app/ui/feature_search.h"
#include "app/ui/feature_selection.h"
#include "app/ui/identify_panel.h"
#include "app/ui/map_layer.h"
#include "app/ui/project_store.h"
#include "app/ui/text_binder.h"
#include "geo/crs.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QActionGroup;
class QCompleter;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QProgressDialog;
class QSlider;
class QStandardItemModel;
class QToolButton;

namespace corridor::ui {

class AttributeTablePanel;
class BookmarkPanel;
class IdentifyTool;
class LayerTreeModel;
class MapCanvas;
class MeasurePanel;
class MeasureTool;
class ModelPane;
class ModelSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project (GeoPackage or any OGR vector file) in a worker; projectOpened() or
    /// projectOpenFailed() follows. The current project stays until the new one has loaded.
    void openProject(const QString& path);
    const QString& projectPath() const { return m_projectPath; }
    /// True for the project shipped with the program: saving asks for a new file.
    bool isBundledProject() const;

    /// Saves layer order/visibility/styles, bookmarks, map CRS and view into the project file (in a
    /// worker); projectSaved() or saveFailed() follows. The bundled project is never overwritten:
    /// returns false and asks for a file instead (saveProjectAs) unless `path` is given.
    bool saveProject();
    void saveProjectAs(const QString& path);

    /// Adds every layer of each file (any OGR vector format), in a worker with progress and Cancel.
    void addDataFiles(const QStringList& paths);

    /// Adds layers already in memory (e.g. computed ones) on top; projected in a worker, then
    /// layersAdded() follows.
    void addLayers(std::vector<geo::LayerDataPtr> layers);

    /// Switches the map CRS (re-projects in a worker; crsChanged() follows).
    void setMapCrs(const geo::Crs& crs);

    /// Identifies the features under a canvas pixel (worker); the identify panel and the selection
    /// follow (identifyFinished()).
    void identifyAt(QPointF canvasPx, bool addToSelection = false);
    void zoomToSelection();
    void zoomToLayer(int row);
    void zoomToFeature(const QString& layerId, std::uint32_t row);
    /// Zooms to the map feature a model link is bound to (else to its drawn flow line) and selects it.
    void zoomToLink(const QString& linkId);
    /// Runs the feature search box's query and zooms to the best match (as Enter does).
    void searchAndZoom(const QString& text);
    void addBookmarkForCurrentView(const QString& name = {});

    /// Don't ask about unsaved changes when closing (tests, benchmarks).
    void setConfirmClose(bool ask) { m_confirmClose = ask; }
    /// The text of the last error message shown.
    const QString& lastError() const { return m_lastError; }

    // Parts, for tests.
    MapCanvas* canvas() const { return m_canvas; }
    LayerTreeModel* layerModel() const { return m_layers; }
    QListView* layerView() const { return m_layerView; }
    FeatureSelection* selection() const { return m_selection; }
    IdentifyPanel* identifyPanel() const { return m_identify; }
    AttributeTablePanel* attributeTable() const { return m_table; }
    MeasureTool* measureTool() const { return m_measureTool; }
    MeasurePanel* measurePanel() const { return m_measurePanel; }
    BookmarkPanel* bookmarkPanel() const { return m_bookmarks; }
    ModelPane* modelPane() const { return m_modelPane; }
    ModelSession* modelSession() const { return m_model; }
    QDockWidget* modelDock() const { return m_modelDock; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* scaleLabel() const { return m_scaleLabel; }
    QLabel* coordinateLabel() const { return m_coordLabel; }
    QAction* action(const QString& objectName) const;
    /// The whole project state as it would be saved.
    ProjectState currentState() const;

signals:
    void projectOpened(const QString& path);
    void projectOpenFailed(const QString& message);
    void layersAdded(const QStringList& layerIds);
    void addDataFinished();
    void projectSaved(const QString& path);
    void saveFailed(const QString& message);
    void crsChanged();
    void identifyFinished();
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

public:
    /// A long operation in a worker (progress counters, cancel flag, progress dialog); see the .cpp.
    struct BackgroundTask;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void rebuildIcons();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void updateScale();
    void updateCursor(QPointF px);
    void updateCrsLabel();
    void applySelectionToMap(FeatureSelection::Origin origin);
    void showHoverTip(QPointF px);
    void layerContextMenu(const QPoint& pos);
    void editLayerStyle(int row);
    void chooseCustomCrs();
    void openProjectDialog();
    void addDataDialog();
    void saveAsDialog();
    void exportDialog();
    void preferences();
    void setModified(bool modified);
    void showError(const QString& text);
    void searchResults(const QString& query, const std::vector<SearchHit>& hits);
    void activateSearchHit(const SearchHit& hit);
    void updateSearchIndex();
    /// Hands the layers model links are bound to, and the map CRS, to the model session.
    void updateModelContext();
    /// Puts the session's flows (or the scenario difference) on the map, or nothing when hidden.
    void updateFlowOverlay();
    std::vector<FlowDetail> flowDetailsAt(QPointF px) const;
    /// Puts freshly loaded layers on top (unique ids), re-projects them when the map CRS changed while
    /// they loaded (`crsSerial` is m_crsSerial at the start of the load), refreshes the search index.
    /// Returns the ids given.
    QStringList insertLoadedLayers(std::vector<MapLayer>& layers, std::uint64_t crsSerial);
    std::shared_ptr<BackgroundTask> startTask(const QString& label);
    void finishTask(const std::shared_ptr<BackgroundTask>& task);
    geo::Envelope envelopeOf(const QString& layerId, const std::vector<std::uint32_t>& rows) const;
    int currentLayerRow() const;

    MapCanvas* m_canvas;
    LayerTreeModel* m_layers;
    FeatureSelection* m_selection;
    FeatureSearch* m_searcher;
    IdentifyTool* m_identifyTool;
    MeasureTool* m_measureTool;
    ModelSession* m_model;
    ModelPane* m_modelPane = nullptr;
    QDockWidget* m_modelDock = nullptr;

    QListView* m_layerView = nullptr;
    QSlider* m_opacity = nullptr;
    IdentifyPanel* m_identify = nullptr;
    AttributeTablePanel* m_table = nullptr;
    MeasurePanel* m_measurePanel = nullptr;
    BookmarkPanel* m_bookmarks = nullptr;
    QDockWidget* m_layerDock = nullptr;
    QDockWidget* m_bookmarkDock = nullptr;
    QDockWidget* m_identifyDock = nullptr;
    QDockWidget* m_measureDock = nullptr;
    QDockWidget* m_tableDock = nullptr;
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_completions = nullptr;
    std::vector<SearchHit> m_hits;
    QString m_hitsQuery;
    bool m_activateFirstHit = false;
    QTimer m_searchTimer;
    QLabel* m_scaleLabel = nullptr;
    QLabel* m_coordLabel = nullptr;
    QLabel* m_renderLabel = nullptr;
    QToolButton* m_crsButton = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_crsMenu = nullptr;
    QActionGroup* m_toolGroup = nullptr;
    QActionGroup* m_crsGroup = nullptr;
    QHash<QString, QAction*> m_actions;
    TextBinder m_texts; // the window's own texts, re-set on a language change

    QString m_projectPath;
    std::uint64_t m_openRequest = 0;
    std::uint64_t m_crsRequest = 0;
    std::uint64_t m_identifyRequest = 0;
    std::uint64_t m_crsSerial = 0; // bumped on every CRS switch: late results of the old CRS are re-projected
    bool m_confirmClose = true;
    bool m_modified = false;
    bool m_applying = false; // applying a worker's result: layer changes are not user edits
    QString m_lastError;
    std::vector<std::shared_ptr<BackgroundTask>> m_tasks;
};

} // namespace corridor::ui
