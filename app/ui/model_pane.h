#pragma once
// ModelPane: the network model of the project in a dock — the scenario selector (duplicate, rename,
// delete), the units of gas figures, and tabs: Links (capacity editable), Nodes (supply and demand
// editable), Regions (chart and table of gas into Central and Southern Europe by country and origin),
// Difference (Δflow against a second scenario, also on the map) and N-1 (single outages ranked by the
// demand they cut; a row zooms the map to the link).
//
// The pane edits through its ModelSession (undoable; each edit re-solves in a worker) and shows the
// session's latest solve. Projects without a model get a short explanation and a disabled pane.
// GUI thread. Does not own the session.

#include "app/ui/app_settings.h"
#include "app/ui/model_session.h"
#include "model/outage_sweep.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace corridor::ui {

class LinkTableModel;
class NodeTableModel;
class RegionChart;

class ModelPane : public QWidget {
    Q_OBJECT
public:
    explicit ModelPane(ModelSession* session, QWidget* parent = nullptr);
    ~ModelPane() override;

    ModelSession* session() const { return m_session; }

    /// The window's "Show flows" action, offered as a button in the pane.
    void setShowFlowsAction(QAction* action);
    /// Shows the gas figures in `units` (the setting; the combo box follows).
    void setGasUnits(model::GasUnit units);
    model::GasUnit gasUnits() const { return m_units; }
    /// True when the Difference tab's "show on the map" is on and a comparison scenario is chosen.
    bool showsDifferenceOnMap() const;

    // Actions also reachable through the buttons' dialogs (tests, scripting).
    bool duplicateScenario(const QString& newName);
    bool renameScenario(const QString& newName);
    bool deleteScenario();
    /// Starts the N-1 sweep of the current scenario in a worker (n1Finished() follows).
    void runN1();
    void cancelN1();
    bool isN1Running() const { return m_n1Running; }

    /// The text of the last validation or error message shown in the pane.
    const QString& lastMessage() const { return m_lastMessage; }

    // Parts, for tests.
    QComboBox* scenarioCombo() const { return m_scenario; }
    QComboBox* unitsCombo() const { return m_unitsCombo; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* linkView() const { return m_linkView; }
    QTableView* nodeView() const { return m_nodeView; }
    QTableView* regionView() const { return m_regionView; }
    QTableView* differenceView() const { return m_diffView; }
    QTableView* n1View() const { return m_n1View; }
    QComboBox* compareCombo() const { return m_compare; }
    QCheckBox* differenceOnMapCheck() const { return m_diffOnMap; }
    RegionChart* regionChart() const { return m_chart; }
    LinkTableModel* linkModel() const { return m_linkModel; }
    NodeTableModel* nodeModel() const { return m_nodeModel; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    /// The user picked a link (N-1 table, Δ table): the window zooms the map to it.
    void zoomToLinkRequested(const QString& linkId);
    void gasUnitsChanged(model::GasUnit units);
    /// The map should show another overlay (difference on/off).
    void overlayChoiceChanged();
    void n1Finished();
    void messageShown(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void documentChanged();
    void solved();
    void fillScenarioCombos();
    void fillRegionTable();
    void fillDifferenceTable();
    void fillN1Table();
    void updateSummary();
    void showMessage(const QString& text);
    void askDuplicate();
    void askRename();
    void askDelete();
    QString checkNewName(const QString& name) const;

    ModelSession* m_session;
    model::GasUnit m_units = model::GasUnit::BcmPerYear;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_noModel = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QComboBox* m_scenario = nullptr;
    QToolButton* m_duplicate = nullptr;
    QToolButton* m_rename = nullptr;
    QToolButton* m_delete = nullptr;
    QLabel* m_unitsLabel = nullptr;
    QComboBox* m_unitsCombo = nullptr;
    QToolButton* m_showFlows = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_linkView = nullptr;
    QTableView* m_nodeView = nullptr;
    LinkTableModel* m_linkModel = nullptr;
    NodeTableModel* m_nodeModel = nullptr;
    RegionChart* m_chart = nullptr;
    QTableView* m_regionView = nullptr;
    QStandardItemModel* m_regionModel = nullptr;
    QLabel* m_compareLabel = nullptr;
    QComboBox* m_compare = nullptr;
    QCheckBox* m_diffOnMap = nullptr;
    QLabel* m_diffNote = nullptr;
    QTableView* m_diffView = nullptr;
    QStandardItemModel* m_diffModel = nullptr;
    QPushButton* m_n1Run = nullptr;
    QPushButton* m_n1Cancel = nullptr;
    QProgressBar* m_n1Progress = nullptr;
    QLabel* m_n1Note = nullptr;
    QTableView* m_n1View = nullptr;
    QStandardItemModel* m_n1Model = nullptr;
    std::optional<model::OutageSweep> m_n1;
    QString m_n1Scenario;
    model::Network m_n1Network;
    std::uint64_t m_n1Request = 0;
    bool m_n1Running = false;
    QString m_lastMessage;
    QTimer* m_messageTimer = nullptr;
};

} // namespace corridor::ui
