#pragma once
// ExportDialog: File ▸ Export Map… — the briefing-page options of the cartography work (title,
// subtitle, paper or pixel size, orientation, PNG resolution, legend / scale bar / north arrow / inset
// locator / graticule, extent, model flows, output file) with a live preview of the page.
//
// What is drawn is what the window shows: the canvas's layers in their order with their styles and
// visibility, its CRS, background, current extent (or the full corridor) and flow overlay, read from the
// MapCanvas and the LayerTreeModel whenever a preview or an export starts. The page is drawn by the same
// engine as `corridor-atlas export` (render::exportLayout; the preview by MapLayout::render at screen
// resolution, with the same map and inset snapshots).
//
// Threads: the dialog lives on the GUI thread. Previews render in a worker (QtConcurrent), ~150 ms after
// the last change, one at a time; each carries a generation number and results made stale by a newer
// change are dropped. Exports run in a worker too: the file is written under a temporary name next to the
// target and moved into place only when the export was not cancelled, so Cancel (and closing the dialog)
// never leaves a partial or unwanted file behind. Only immutable snapshots (shared read-only layer data,
// the flow overlay) and an atomic cancel flag are shared with workers.
//
// The canvas and the layer model are not owned and must outlive the dialog (the main window owns all three).

#include "app/render/map_export.h"
#include "app/ui/text_binder.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace corridor::ui {

class LayerTreeModel;
class MapCanvas;
class ExportPreview;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// Names the scenario whose flows the window shows, and the reference scenario when the flows are a
    /// difference (empty strings when unknown / not a difference); used for the default subtitle.
    using ScenarioNames = std::function<std::pair<QString, QString>()>;

    ExportDialog(MapCanvas* canvas, LayerTreeModel* layers, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setScenarioNames(ScenarioNames names);

    /// The export as the options and the window say now (GUI thread; cheap: shared pointers).
    render::ExportRequest request() const;

    /// Starts the export to the output file (no-op while one runs). exported() or exportFailed() follows.
    void startExport();
    /// Abandons the running export: the target file is left as it was.
    void cancelExport();
    bool isExporting() const { return m_exporting; }
    /// Export workers still running (a cancelled one finishes in the background and removes its file).
    int exportWorkersRunning() const { return m_exportWorkers; }
    /// What the last successful export drew (legend entries, scale, ...).
    const render::ExportResult& lastResult() const { return m_lastResult; }
    /// The error (or warning) shown in the dialog (empty when none).
    QString errorText() const;

    // --- preview -----------------------------------------------------------------------------------
    /// The last preview shown (null before the first one).
    const QImage& previewImage() const { return m_previewImage; }
    /// True while a preview is scheduled or rendering ("Rendering…" is shown).
    bool isPreviewBusy() const { return m_previewTimer.isActive() || m_previewRunning; }
    /// Generation of the preview shown (0 = none yet).
    quint64 previewGeneration() const { return m_previewShown; }
    /// From the last option change to its preview on screen (ms), and the worker's time for it.
    double lastPreviewLatencyMs() const { return m_lastLatencyMs; }
    double lastPreviewRenderMs() const { return m_lastRenderMs; }
    /// The debounce delay (ms) between an option change and the preview render.
    static constexpr int kPreviewDelayMs = 150;

    // --- parts, for tests --------------------------------------------------------------------------
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* subtitleEdit() const { return m_subtitle; }
    QComboBox* paperCombo() const { return m_paper; }
    QSpinBox* widthSpin() const { return m_width; }
    QSpinBox* heightSpin() const { return m_height; }
    QComboBox* orientationCombo() const { return m_orientation; }
    QSpinBox* dpiSpin() const { return m_dpi; }
    QCheckBox* legendCheck() const { return m_legend; }
    QCheckBox* scaleBarCheck() const { return m_scaleBar; }
    QCheckBox* northArrowCheck() const { return m_northArrow; }
    QCheckBox* insetCheck() const { return m_inset; }
    QCheckBox* graticuleCheck() const { return m_graticule; }
    QCheckBox* flowsCheck() const { return m_flows; }
    QComboBox* extentCombo() const { return m_extent; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* closeButton() const { return m_closeButton; }
    QLabel* errorLabel() const { return m_error; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    void reject() override;

signals:
    /// A preview for the current options is on screen.
    void previewUpdated();
    /// The file was written (the dialog closes itself afterwards).
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void done(int result) override;

private:
    void buildUi();
    void loadPreferences();
    void savePreferences() const;
    void schedulePreview();
    void startPreview();
    void browse();
    void updateEnabled();
    void updateFormat();
    /// Re-reads what the window shows that the options depend on (a flow overlay appearing).
    void windowChanged();
    void updateDefaultSubtitle();
    QString defaultSubtitle() const;
    /// The message line under the options: an error (red) or a warning (amber); empty hides it.
    void showError(const QString& text, bool warning = false);
    void setExporting(bool on);

    MapCanvas* m_canvas;
    LayerTreeModel* m_layers;
    ScenarioNames m_scenarioNames;
    TextBinder m_texts;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QComboBox* m_paper = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_orientation = nullptr;
    QSpinBox* m_dpi = nullptr;
    QCheckBox* m_legend = nullptr;
    QCheckBox* m_scaleBar = nullptr;
    QCheckBox* m_northArrow = nullptr;
    QCheckBox* m_inset = nullptr;
    QCheckBox* m_graticule = nullptr;
    QCheckBox* m_flows = nullptr;
    QComboBox* m_extent = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_pageInfo = nullptr;
    ExportPreview* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;

    bool m_subtitleIsDefault = true; // follows the date and the flows until the user edits it
    bool m_flowsTouched = false;     // the user set "draw model flows" themselves
    const void* m_lastOverlay = nullptr;

    // Preview
    QTimer m_previewTimer;
    QElapsedTimer m_sinceChange;
    quint64 m_generation = 0;   // bumped on every change
    quint64 m_previewShown = 0;
    bool m_previewRunning = false;
    bool m_previewPending = false;
    QImage m_previewImage;
    double m_lastLatencyMs = 0.0;
    double m_lastRenderMs = 0.0;

    // Export
    bool m_exporting = false;
    int m_exportWorkers = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_exportPath;
    render::ExportResult m_lastResult;
};

} // namespace corridor::ui
