#pragma once
// ModelSession: the network model of the open project as the desktop window edits it — the document
// (base network + scenarios), the scenario being looked at, the undo stack of edits, and the latest
// solve of that scenario with its map overlay.
//
// Every change (an edit, undo/redo, a scenario switch, a new unit or map CRS) starts a solve in a
// worker (QtConcurrent): the scenario is applied on the GUI thread (microseconds), solved, summarised
// per region and turned into a FlowOverlay in the worker; the result carries the generation number of
// its request and is dropped when a newer request exists. The GUI thread never waits for the solver.
//
// Edits go into the current scenario (ScenarioSet::setValue), so each scenario keeps its own numbers;
// without scenarios they change the base network. Each edit and each scenario operation is one
// QUndoCommand holding the document before and after (the model is small: a few dozen items).
//
// GUI thread. Owns its undo stack; the workers get copies (network, layer pointers, CRS) only.

#include "app/render/flow_overlay.h"
#include "geo/crs.h"
#include "geo/layer_data.h"
#include "model/error.h"
#include "model/flow_tracing.h"
#include "model/scenario.h"
#include "model/units.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace corridor::ui {

/// One finished solve of the current scenario (and, when a comparison scenario is set, of that one).
struct ModelSolve {
    std::uint64_t generation = 0;
    QString scenario;
    QString error;                 // empty when solved
    model::Network network;        // the scenario applied to the base network
    model::FlowResult result;
    std::vector<model::RegionSummary> regions;
    render::FlowOverlayPtr overlay; // null without map layers or when the overlay failed
    QString overlayError;

    QString compareScenario;       // empty: no comparison
    QString compareError;
    std::optional<model::FlowResult> compareResult; // solved on the comparison scenario
    render::FlowOverlayPtr differenceOverlay;       // comparison − current (Δflow)

    double solveMs = 0.0;   // solver + tracing + region summary (both scenarios)
    double overlayMs = 0.0; // buildFlowOverlay (+ difference)
};
using ModelSolvePtr = std::shared_ptr<const ModelSolve>;

class ModelSession : public QObject {
    Q_OBJECT
public:
    /// A model field name ("capacity", "unit_factor") as users read it, translated.
    static QString fieldTitle(const QString& field);
    explicit ModelSession(QObject* parent = nullptr);
    ~ModelSession() override;

    /// Replaces the model (a project was opened; nullopt = the project has no model). Clears the undo
    /// stack, shows the first scenario and solves.
    void setDocument(std::optional<model::NetworkDocument> doc);
    bool hasModel() const { return m_doc.has_value(); }
    /// The document as it would be saved (empty network when there is no model).
    const model::NetworkDocument& document() const;

    QStringList scenarioNames() const;
    const QString& currentScenario() const { return m_scenario; }
    /// Shows another scenario (not an edit: not undoable, does not modify the project).
    void setCurrentScenario(const QString& name);
    /// The current scenario applied to the base network (updated at once on every change).
    const model::Network& network() const { return m_network; }

    /// Sets one numeric value (model units) of the current scenario. Checks the number (finite, not
    /// negative), the field and the item; pushes an undo command on success.
    model::Status setValue(model::ValueTarget target, const QString& itemId, const QString& field, double modelValue);
    model::Status duplicateScenario(const QString& from, const QString& newName);
    model::Status renameScenario(const QString& from, const QString& to);
    model::Status removeScenario(const QString& name);

    /// A second scenario to compare against (empty = none): the next solves also return Δflow.
    void setCompareScenario(const QString& name);
    const QString& compareScenario() const { return m_compare; }

    /// Layers whose features links are bound to (gas_pipelines, power_links) and the map CRS: the
    /// overlay is rebuilt when either changes.
    void setMapContext(std::vector<geo::LayerDataPtr> featureLayers, const geo::Crs& crs);
    void setGasUnit(model::GasUnit unit);
    model::GasUnit gasUnit() const { return m_unit; }

    QUndoStack* undoStack() const { return m_undo; }

    /// The latest finished solve (null before the first one).
    const ModelSolvePtr& latest() const { return m_latest; }
    bool isSolving() const { return m_running > 0 || m_latestGeneration != m_generation; }
    std::uint64_t generation() const { return m_generation; }
    /// GUI-thread time of the last change: applying the scenario and starting the worker (ms).
    double lastRequestMs() const { return m_lastRequestMs; }
    /// From the request to the result being applied (ms, wall clock).
    double lastRoundTripMs() const { return m_lastRoundTripMs; }

    /// Replaces the document (used by undo commands).
    void restore(const model::NetworkDocument& doc, const QString& scenario);

signals:
    /// The document was replaced (project opened) or its scenarios/values changed.
    void documentChanged();
    /// A user edit, undo or redo changed the document (the project is modified).
    void edited();
    void currentScenarioChanged(const QString& name);
    /// A solve for the current state finished (latest() holds it).
    void solved();

private:
    void applyScenario();
    void requestSolve();
    model::Status pushDocument(model::NetworkDocument after, const QString& scenarioAfter, const QString& text);

    std::optional<model::NetworkDocument> m_doc;
    QString m_scenario;
    QString m_compare;
    model::Network m_network;
    std::vector<geo::LayerDataPtr> m_featureLayers;
    geo::Crs m_crs;
    model::GasUnit m_unit = model::GasUnit::BcmPerYear;
    QUndoStack* m_undo;
    ModelSolvePtr m_latest;
    std::uint64_t m_generation = 0;
    std::uint64_t m_latestGeneration = 0;
    int m_running = 0;
    double m_lastRequestMs = 0.0;
    double m_lastRoundTripMs = 0.0;
    bool m_solveQueued = false;
};

} // namespace corridor::ui
