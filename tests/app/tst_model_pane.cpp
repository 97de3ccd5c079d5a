// GUI tests of the model pane in the real MainWindow on the offscreen platform, driven with QTest
// events on the bundled project: an edit of a link capacity in the table re-solves and changes the flow
// drawn on the map (the canvas's overlay and the rendered pixels along the link); undo; scenario switch;
// invalid input; duplicate/rename/delete scenarios; save as and reopen; units; N-1; identify a flow;
// the scenario difference; a project without a model.

#include "tests/common/window_test_support.h"

#include "app/ui/app_settings.h"
#include "app/ui/identify_panel.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/model_pane.h"
#include "app/ui/model_session.h"
#include "app/ui/model_table_model.h"
#include "app/ui/project_store.h"
#include "app/ui/region_chart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>

using namespace corridor;
using test::frameDone;
using test::modelSettled;
using test::waitUntil;
using test::editCell;
using ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);
const QString kBaseline = QStringLiteral("2026 baseline");
const QString kExpansion = QStringLiteral("2032 expansion");

double solvedFlow(MainWindow& w, const QString& linkId)
{
    const auto* l = w.modelSession()->latest()->result.link(linkId);
    return l ? l->flow : std::nan("");
}

const render::FlowLine* overlayLine(MainWindow& w, const QString& linkId)
{
    const render::FlowOverlayPtr& o = w.canvas()->flowOverlay();
    if (!o)
        return nullptr;
    for (const render::FlowLine& l : o->lines)
        if (l.linkId == linkId)
            return &l;
    return nullptr;
}

/// The flow drawn for a link: 0 when the overlay has no drawn line for it.
double drawnFlow(MainWindow& w, const QString& linkId)
{
    const render::FlowLine* l = overlayLine(w, linkId);
    return l ? l->flow : 0.0;
}

/// Canvas pixels along the link's drawn path (every ~2 px), inside the image.
std::vector<QPoint> pixelsAlong(MainWindow& w, const QString& linkId)
{
    std::vector<QPoint> out;
    const render::FlowLine* l = overlayLine(w, linkId);
    if (!l)
        return out;
    const QRect bounds(QPoint(0, 0), w.canvas()->lastImage().size());
    for (std::size_t i = 0; i + 1 < l->path.size(); ++i) {
        const QPointF a = w.canvas()->toPixel({l->path[i].x(), l->path[i].y()});
        const QPointF b = w.canvas()->toPixel({l->path[i + 1].x(), l->path[i + 1].y()});
        const int n = std::max(1, static_cast<int>(std::hypot(b.x() - a.x(), b.y() - a.y()) / 2));
        for (int k = 0; k < n; ++k) {
            const QPoint p = (a + (b - a) * (static_cast<double>(k) / n)).toPoint();
            if (bounds.contains(p))
                out.push_back(p);
        }
    }
    return out;
}

int changedPixels(const QImage& a, const QImage& b, const std::vector<QPoint>& pts)
{
    int changed = 0;
    for (const QPoint& p : pts) {
        const QColor ca = a.pixelColor(p), cb = b.pixelColor(p);
        if (std::abs(ca.red() - cb.red()) + std::abs(ca.green() - cb.green()) + std::abs(ca.blue() - cb.blue()) > 60)
            ++changed;
    }
    return changed;
}

double inflowInto(const ui::ModelSolve& s, const QString& region, const QString& commodity)
{
    for (const auto& r : s.regions)
        if (r.name == region && r.commodity == commodity)
            return r.inflow;
    return 0.0;
}

double scenarioCapacity(const model::NetworkDocument& doc, const QString& scenario, const QString& linkId)
{
    auto net = doc.scenarios.apply(doc.network, scenario);
    if (!net)
        return std::nan("");
    const int i = net->linkIndex(linkId);
    return i < 0 ? std::nan("") : net->links[static_cast<std::size_t>(i)].capacity;
}

} // namespace

class TestModelPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paneShowsBundledModel();
    void editCapacityChangesMapFlow();
    void burstOfEditsKeepsLatest();
    void scenarioSwitchChangesFlows();
    void invalidInputRejected();
    void duplicateRenameDeleteScenarios();
    void saveAsAndReopenKeepsEdit();
    void unitsSwitchToMcmPerDay();
    void n1RunListsTrunkLinesAndZooms();
    void identifyFlowLine();
    void scenarioDifference();
    void showFlowsToggle();
    void projectWithoutModel();
    void saveIsOneTransaction();
    void retranslates();

private:
    bool open(MainWindow& w, const QString& path);
    std::unique_ptr<MainWindow> m_w;
    QTemporaryDir m_tmp;
};

void TestModelPane::initTestCase()
{
    test::useTestSettings("tst_app_model_pane", kBundle);
    QVERIFY2(QFileInfo(kBundle).isFile(), qPrintable(kBundle));
    QVERIFY(m_tmp.isValid());
}

bool TestModelPane::open(MainWindow& w, const QString& path)
{
    return test::openProjectAndWait(w, path, true);
}

void TestModelPane::init()
{
    ui::AppSettings::setGasUnits(model::GasUnit::BcmPerYear);
    m_w = std::make_unique<MainWindow>();
    m_w->setConfirmClose(false);
    m_w->resize(1400, 900);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QVERIFY(open(*m_w, kBundle));
}

void TestModelPane::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    // A look at the window as a person sees it: CORRIDOR_MODEL_SCREENSHOT=file.png tst_app_model_pane <test>.
    if (m_w && qEnvironmentVariableIsSet("CORRIDOR_MODEL_SCREENSHOT"))
        m_w->grab().save(qEnvironmentVariable("CORRIDOR_MODEL_SCREENSHOT"));
    m_w.reset();
}

void TestModelPane::paneShowsBundledModel()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    QVERIFY(w.modelDock()->isVisible());
    QVERIFY(!w.modelDock()->objectName().isEmpty());
    QVERIFY(w.modelSession()->hasModel());
    QCOMPARE(pane->scenarioCombo()->count(), 2);
    QCOMPARE(pane->scenarioCombo()->currentText(), kBaseline);
    QCOMPARE(pane->linkView()->model()->rowCount(), static_cast<int>(w.modelSession()->network().links.size()));
    QVERIFY(pane->nodeView()->model()->rowCount() > 10);
    // IBS carries Azerbaijani gas to Serbia, and the map draws it.
    QVERIFY(solvedFlow(w, QStringLiteral("G5")) > 0.1);
    QVERIFY(w.canvas()->flowOverlay());
    QVERIFY(std::abs(drawnFlow(w, QStringLiteral("G5")) - solvedFlow(w, QStringLiteral("G5"))) < 1e-9);
    const render::FlowLine* tap = overlayLine(w, QStringLiteral("G3-GR"));
    QVERIFY(tap && tap->label.contains(QLatin1String("bcm/yr")));
    // Table cells show the same numbers in the user's units.
    const int row = pane->linkModel()->rowOf(QStringLiteral("G5"));
    QVERIFY(row >= 0);
    QVERIFY(pane->linkModel()->index(row, ui::LinkTableModel::Capacity).data().toString().contains(QLatin1String("1.80")));
    QVERIFY(pane->linkModel()->index(row, ui::LinkTableModel::Flow).data().toString().contains(QLatin1String("bcm/yr")));
    // Regions: both Central and Southern Europe, with an origin split in the table.
    QVERIFY(pane->regionChart()->regions().size() >= 2);
    QVERIFY(pane->regionView()->model()->rowCount() > 4);
    QVERIFY(!pane->summaryLabel()->text().isEmpty());
    // Undo/redo in the Edit menu, nothing to undo yet.
    QVERIFY(w.action(QStringLiteral("undo")));
    QVERIFY(!w.action(QStringLiteral("undo"))->isEnabled());
    QVERIFY(!w.isWindowModified());
}

void TestModelPane::editCapacityChangesMapFlow()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    const QString ibs = QStringLiteral("G5");
    w.zoomToLink(ibs);
    QVERIFY(modelSettled(w));
    const double before = solvedFlow(w, ibs);
    QVERIFY(before > 0.1);
    QVERIFY(std::abs(drawnFlow(w, ibs) - before) < 1e-9);
    const std::vector<QPoint> along = pixelsAlong(w, ibs);
    QVERIFY2(along.size() > 40, qPrintable(QString::number(along.size())));
    const QImage imageBefore = w.canvas()->lastImage();

    // IBS capacity 0, typed into the Links table.
    pane->tabs()->setCurrentIndex(0);
    const QModelIndex cell = pane->linkModel()->index(pane->linkModel()->rowOf(ibs), ui::LinkTableModel::Capacity);
    const std::uint64_t gen = w.modelSession()->generation();
    const double guiMs = editCell(pane->linkView(), cell, QStringLiteral("0"));
    QVERIFY(guiMs >= 0);
    QVERIFY(w.modelSession()->generation() > gen); // a solve was requested at once
    QCOMPARE(scenarioCapacity(w.modelSession()->document(), kBaseline, ibs), 0.0);
    QVERIFY(modelSettled(w));
    QVERIFY(std::abs(solvedFlow(w, ibs)) < 1e-9);
    QVERIFY(std::abs(drawnFlow(w, ibs)) < 1e-9); // the overlay on the canvas follows
    const QImage imageAfter = w.canvas()->lastImage();
    const int changed = changedPixels(imageBefore, imageAfter, along);
    QVERIFY2(changed > static_cast<int>(along.size()) / 3, qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(along.size())));
    QVERIFY(w.isWindowModified());
    const ui::ModelSolvePtr solve = w.modelSession()->latest();
    qInfo("edit → re-solve: GUI thread %.2f ms for the edit (editor commit, undo command, tables; of which the solve request "
          "%.3f ms); worker: solve + regions %.2f ms, overlay %.2f ms; round trip to the new overlay %.2f ms",
          guiMs, w.modelSession()->lastRequestMs(), solve->solveMs, solve->overlayMs, w.modelSession()->lastRoundTripMs());

    // Undo (Edit ▸ Undo) restores capacity, flow and the drawing.
    QVERIFY(w.action(QStringLiteral("undo"))->isEnabled());
    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(scenarioCapacity(w.modelSession()->document(), kBaseline, ibs), 1.8);
    QVERIFY(modelSettled(w));
    QVERIFY(std::abs(solvedFlow(w, ibs) - before) < 1e-9);
    QVERIFY(std::abs(drawnFlow(w, ibs) - before) < 1e-9);
    const int stillChanged = changedPixels(imageBefore, w.canvas()->lastImage(), along);
    QVERIFY2(stillChanged < static_cast<int>(along.size()) / 10, qPrintable(QString::number(stillChanged)));
    // Redo applies it again.
    w.action(QStringLiteral("redo"))->trigger();
    QVERIFY(modelSettled(w));
    QVERIFY(std::abs(drawnFlow(w, ibs)) < 1e-9);
}

void TestModelPane::burstOfEditsKeepsLatest()
{
    // Two edits before any result arrives: the first solve is stale and dropped, the map shows the second.
    MainWindow& w = *m_w;
    ui::ModelSession* s = w.modelSession();
    QSignalSpy solved(s, &ui::ModelSession::solved);
    QVERIFY(s->setValue(model::ValueTarget::Link, QStringLiteral("G5"), QStringLiteral("capacity"), 0.0));
    QVERIFY(s->setValue(model::ValueTarget::Link, QStringLiteral("G5"), QStringLiteral("capacity"), 0.2));
    QVERIFY(s->isSolving());
    QVERIFY(modelSettled(w));
    QCOMPARE(solved.count(), 1);
    QCOMPARE(s->latest()->generation, s->generation());
    QVERIFY(std::abs(drawnFlow(w, QStringLiteral("G5")) - 0.2) < 1e-9); // IBS full at its new 0.2 bcm/yr
    QCOMPARE(s->undoStack()->count(), 2);
}

void TestModelPane::scenarioSwitchChangesFlows()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    const double gas2026 = inflowInto(*w.modelSession()->latest(), QStringLiteral("Central Europe"), QStringLiteral("gas"));
    const double power2026 = inflowInto(*w.modelSession()->latest(), QStringLiteral("Central Europe"), QStringLiteral("power"));
    const double igb2026 = drawnFlow(w, QStringLiteral("G4"));
    QComboBox* combo = pane->scenarioCombo();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(w.modelSession()->currentScenario(), kExpansion);
    QVERIFY(modelSettled(w));
    QCOMPARE(w.modelSession()->latest()->scenario, kExpansion);
    // More into Central Europe: as much gas (HU is served in full either way) and far more power
    // (the Black Sea cable), so more in gas-equivalent terms (1 MW ≈ 1/1204.3 bcm/yr).
    const double gas2032 = inflowInto(*w.modelSession()->latest(), QStringLiteral("Central Europe"), QStringLiteral("gas"));
    const double power2032 = inflowInto(*w.modelSession()->latest(), QStringLiteral("Central Europe"), QStringLiteral("power"));
    QVERIFY(gas2032 >= gas2026 - 1e-6);
    QVERIFY2(power2032 > power2026 + 100.0, qPrintable(QStringLiteral("%1 vs %2 MW").arg(power2032).arg(power2026)));
    QVERIFY(gas2032 + power2032 / 1204.3 > gas2026 + power2026 / 1204.3);
    // The map follows: IGB (3 → 5 bcm/yr) and the Black Sea cable (0 → 1300 MW).
    QVERIFY(std::abs(drawnFlow(w, QStringLiteral("G4")) - igb2026) > 0.1);
    QVERIFY(drawnFlow(w, QStringLiteral("E1")) > 1.0);
    // The tables show the 2032 numbers; the switch is not an edit.
    const int row = pane->linkModel()->rowOf(QStringLiteral("G4"));
    QVERIFY(pane->linkModel()->index(row, ui::LinkTableModel::Capacity).data().toString().contains(QLatin1String("5.00")));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.modelSession()->undoStack()->count(), 0);
}

void TestModelPane::invalidInputRejected()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    const QString tap = QStringLiteral("G3-GR");
    const QModelIndex cell = pane->linkModel()->index(pane->linkModel()->rowOf(tap), ui::LinkTableModel::Capacity);
    const double before = scenarioCapacity(w.modelSession()->document(), kBaseline, tap);
    QSignalSpy messages(pane, &ui::ModelPane::messageShown);

    QVERIFY(editCell(pane->linkView(), cell, QStringLiteral("-1")) >= 0);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(pane->lastMessage().contains(QLatin1String("negative")), qPrintable(pane->lastMessage()));
    QCOMPARE(scenarioCapacity(w.modelSession()->document(), kBaseline, tap), before);

    // Letters: the editor takes none (validator), so the value stays as it was and nothing is pushed.
    QVERIFY(editCell(pane->linkView(), cell, QStringLiteral("abc")) >= 0);
    QCOMPARE(scenarioCapacity(w.modelSession()->document(), kBaseline, tap), before);
    // The model refuses text that is not a number from any source, with a message.
    QVERIFY(!pane->linkModel()->setData(cell, QStringLiteral("abc")));
    QVERIFY2(pane->lastMessage().contains(QLatin1String("abc")), qPrintable(pane->lastMessage()));
    QVERIFY(!pane->linkModel()->setData(cell, QStringLiteral("nan")));
    QVERIFY(!pane->linkModel()->setData(cell, std::numeric_limits<double>::infinity()));
    QCOMPARE(scenarioCapacity(w.modelSession()->document(), kBaseline, tap), before);
    QCOMPARE(w.modelSession()->undoStack()->count(), 0);
    QVERIFY(!w.isWindowModified());
    // Nodes: a negative demand is refused too.
    const QModelIndex demand = pane->nodeModel()->index(pane->nodeModel()->rowOf(QStringLiteral("RS")), ui::NodeTableModel::Demand);
    QVERIFY(!pane->nodeModel()->setData(demand, QStringLiteral("-3")));
    QCOMPARE(w.modelSession()->undoStack()->count(), 0);
}

void TestModelPane::duplicateRenameDeleteScenarios()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    ui::ModelSession* s = w.modelSession();
    const QString copy = QStringLiteral("2026 IBS upgrade");

    // Duplicate through the button and its dialog.
    QTest::mouseClick(pane->findChild<QToolButton*>(QStringLiteral("DuplicateScenario")), Qt::LeftButton);
    QInputDialog* dlg = nullptr;
    QVERIFY(waitUntil([&] { return (dlg = pane->findChild<QInputDialog*>(QStringLiteral("ScenarioNameDialog"))) != nullptr; }));
    dlg->setTextValue(copy);
    dlg->accept();
    QVERIFY(s->scenarioNames().contains(copy));
    QCOMPARE(s->currentScenario(), copy);
    QCOMPARE(pane->scenarioCombo()->currentText(), copy);
    QVERIFY(modelSettled(w));

    // Edits go into the copy only.
    const QModelIndex cell = pane->linkModel()->index(pane->linkModel()->rowOf(QStringLiteral("G5")), ui::LinkTableModel::Capacity);
    QVERIFY(editCell(pane->linkView(), cell, QStringLiteral("3")) >= 0);
    QCOMPARE(scenarioCapacity(s->document(), copy, QStringLiteral("G5")), 3.0);
    QCOMPARE(scenarioCapacity(s->document(), kBaseline, QStringLiteral("G5")), 1.8);
    QVERIFY(modelSettled(w));
    pane->tabs()->setCurrentIndex(1); // nodes, for a look (CORRIDOR_MODEL_SCREENSHOT)

    // A name that exists is refused.
    QVERIFY(!pane->duplicateScenario(kExpansion));
    QVERIFY(pane->lastMessage().contains(kExpansion));
    QVERIFY(!pane->renameScenario(QStringLiteral("   ")));

    // Rename.
    QVERIFY(pane->renameScenario(QStringLiteral("2026 IBS 3 bcm")));
    QVERIFY(!s->scenarioNames().contains(copy));
    QCOMPARE(s->currentScenario(), QStringLiteral("2026 IBS 3 bcm"));
    QCOMPARE(scenarioCapacity(s->document(), QStringLiteral("2026 IBS 3 bcm"), QStringLiteral("G5")), 3.0);

    // Delete through the button and its confirmation.
    QTest::mouseClick(pane->findChild<QToolButton*>(QStringLiteral("DeleteScenario")), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QVERIFY(waitUntil([&] { return (box = pane->findChild<QMessageBox*>(QStringLiteral("DeleteScenarioConfirm"))) != nullptr; }));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(s->scenarioNames(), (QStringList{kBaseline, kExpansion}));
    QCOMPARE(s->currentScenario(), kBaseline);
    QCOMPARE(pane->scenarioCombo()->count(), 2);
    QVERIFY(modelSettled(w));

    // Undo brings the deleted scenario back, with its value.
    w.action(QStringLiteral("undo"))->trigger();
    QVERIFY(s->scenarioNames().contains(QStringLiteral("2026 IBS 3 bcm")));
    QCOMPARE(scenarioCapacity(s->document(), QStringLiteral("2026 IBS 3 bcm"), QStringLiteral("G5")), 3.0);
    QVERIFY(w.isWindowModified());
}

void TestModelPane::saveAsAndReopenKeepsEdit()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    // TAP to 5 bcm/yr in 2026, typed into the table.
    const QString tap = QStringLiteral("G3-GR");
    const QModelIndex cell = pane->linkModel()->index(pane->linkModel()->rowOf(tap), ui::LinkTableModel::Capacity);
    QVERIFY(editCell(pane->linkView(), cell, QStringLiteral("5")) >= 0);
    QVERIFY(modelSettled(w));
    QVERIFY(std::abs(drawnFlow(w, tap)) <= 5.0 + 1e-9);
    QVERIFY(w.isWindowModified());

    const QString path = m_tmp.filePath(QStringLiteral("model-edit.gpkg"));
    QSignalSpy saved(&w, &MainWindow::projectSaved);
    w.saveProjectAs(path);
    QVERIFY(saved.wait(kTimeoutMs));
    QVERIFY(!w.isWindowModified());

    MainWindow w2;
    w2.setConfirmClose(false);
    w2.resize(1200, 800);
    w2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w2));
    QVERIFY(open(w2, path));
    QVERIFY(w2.modelSession()->hasModel());
    QCOMPARE(scenarioCapacity(w2.modelSession()->document(), kBaseline, tap), 5.0);
    QCOMPARE(scenarioCapacity(w2.modelSession()->document(), kExpansion, tap), 11.2); // the other scenario kept its own
    QVERIFY(std::abs(drawnFlow(w2, tap) - solvedFlow(w, tap)) < 1e-6);
    // The bundled project itself is untouched.
    MainWindow w3;
    w3.setConfirmClose(false);
    w3.show();
    QVERIFY(open(w3, kBundle));
    QCOMPARE(scenarioCapacity(w3.modelSession()->document(), kBaseline, tap), 11.2);
}

void TestModelPane::unitsSwitchToMcmPerDay()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    QComboBox* units = pane->unitsCombo();
    units->setFocus();
    QTest::keyClick(units, Qt::Key_Down); // bcm/yr → mcm/d
    QCOMPARE(units->currentText(), QStringLiteral("mcm/d"));
    QCOMPARE(ui::AppSettings::gasUnits(), model::GasUnit::McmPerDay);
    const int row = pane->linkModel()->rowOf(QStringLiteral("G5"));
    const QModelIndex cell = pane->linkModel()->index(row, ui::LinkTableModel::Capacity);
    QVERIFY(cell.data().toString().contains(QLatin1String("mcm/d")));
    QVERIFY(std::abs(cell.data(Qt::EditRole).toDouble() - 1.8 * 1000.0 / 365.0) < 1e-9); // 1 bcm/yr ≈ 2.74 mcm/d
    QVERIFY(modelSettled(w));
    QVERIFY(overlayLine(w, QStringLiteral("G5"))->label.contains(QLatin1String("mcm/d"))); // map labels follow

    // 6 mcm/d typed → stored as 6 × 365 / 1000 = 2.19 bcm/yr.
    QVERIFY(editCell(pane->linkView(), cell, QStringLiteral("6")) >= 0);
    QVERIFY(std::abs(scenarioCapacity(w.modelSession()->document(), kBaseline, QStringLiteral("G5")) - 2.19) < 1e-9);
    QVERIFY(std::abs(cell.data(Qt::EditRole).toDouble() - 6.0) < 1e-9);

    QTest::keyClick(units, Qt::Key_Down); // GWh/d
    QCOMPARE(units->currentText(), QStringLiteral("GWh/d"));
    QVERIFY(std::abs(cell.data(Qt::EditRole).toDouble() - 6.0 * 10.55) < 1e-6);
    units->setCurrentIndex(0);
    ui::AppSettings::setGasUnits(model::GasUnit::BcmPerYear);
}

void TestModelPane::n1RunListsTrunkLinesAndZooms()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    pane->tabs()->setCurrentIndex(4);
    QSignalSpy finished(pane, &ui::ModelPane::n1Finished);
    QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("RunN1")), Qt::LeftButton);
    QVERIFY(pane->isN1Running() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(kTimeoutMs));
    QTableView* view = pane->n1View();
    QAbstractItemModel* m = view->model();
    QCOMPARE(m->rowCount(), static_cast<int>(w.modelSession()->network().links.size()));
    QStringList ranked;
    for (int r = 0; r < m->rowCount(); ++r)
        ranked << m->index(r, 1).data().toString();
    for (const char* id : {"G5", "G3-GR", "G2-west", "G1x"})
        QVERIFY2(ranked.contains(QLatin1String(id)), id);
    // The trunk (SCP/TANAP) cuts more than IBS.
    QVERIFY(ranked.indexOf(QStringLiteral("G1x")) < ranked.indexOf(QStringLiteral("G5")));

    // Clicking the IBS row zooms the map to IBS.
    w.canvas()->zoomToFullExtent();
    QVERIFY(modelSettled(w));
    const geo::Envelope full = w.canvas()->viewport().extent();
    const int row = static_cast<int>(ranked.indexOf(QStringLiteral("G5")));
    const QModelIndex idx = m->index(row, 2);
    view->scrollTo(idx);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    QVERIFY(modelSettled(w));
    const geo::Envelope zoomed = w.canvas()->viewport().extent();
    QVERIFY(zoomed.width() < full.width() / 3);
    // The view holds IBS's drawn path.
    for (const QPoint& p : pixelsAlong(w, QStringLiteral("G5")))
        QVERIFY(QRect(QPoint(0, 0), w.canvas()->size()).contains(p));
    QVERIFY(!pixelsAlong(w, QStringLiteral("G5")).empty());
}

void TestModelPane::identifyFlowLine()
{
    MainWindow& w = *m_w;
    w.zoomToLink(QStringLiteral("G5"));
    QVERIFY(modelSettled(w));
    const render::FlowLine* line = overlayLine(w, QStringLiteral("G5"));
    QVERIFY(line && line->path.size() >= 2);
    const QPointF mid = w.canvas()->toPixel({line->path[line->path.size() / 2].x(), line->path[line->path.size() / 2].y()});
    w.action(QStringLiteral("toolIdentify"))->trigger();
    QSignalSpy done(&w, &MainWindow::identifyFinished);
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, mid.toPoint());
    QVERIFY(done.wait(kTimeoutMs));
    const auto& flows = w.identifyPanel()->flowDetails();
    QCOMPARE(flows.size(), std::size_t(1));
    QVERIFY(flows.front().title.startsWith(QLatin1String("G5")));
    QStringList values;
    for (const auto& [field, value] : flows.front().rows)
        values << value;
    QVERIFY(values.contains(kBaseline));
    QVERIFY(values.join(QLatin1Char(' ')).contains(QLatin1String("bcm/yr")));

    // Resting the mouse on the flow shows the same details as a tooltip.
    w.action(QStringLiteral("toolPan"))->trigger();
    QTest::mouseMove(w.canvas(), mid.toPoint());
    QMouseEvent move(QEvent::MouseMove, mid, w.canvas()->mapToGlobal(mid), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w.canvas(), &move);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
    QVERIFY2(QToolTip::text().contains(QLatin1String("G5")), qPrintable(QToolTip::text()));
}

void TestModelPane::scenarioDifference()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    pane->tabs()->setCurrentIndex(3);
    QComboBox* compare = pane->compareCombo();
    compare->setFocus();
    QTest::keyClick(compare, Qt::Key_Down); // (none) → 2032 expansion
    QCOMPARE(w.modelSession()->compareScenario(), kExpansion);
    QVERIFY(modelSettled(w));
    QAbstractItemModel* m = pane->differenceView()->model();
    QCOMPARE(m->rowCount(), static_cast<int>(w.modelSession()->network().links.size()));
    // Largest change first; IGB grows from 2026 to 2032.
    const double top = std::abs(m->index(0, 4).data(Qt::UserRole + 1).toDouble());
    QVERIFY(top > 0.5);
    QVERIFY(!w.canvas()->flowOverlay()->style.difference);
    QTest::mouseClick(pane->differenceOnMapCheck(), Qt::LeftButton);
    QVERIFY(pane->showsDifferenceOnMap());
    QVERIFY(modelSettled(w));
    QVERIFY(w.canvas()->flowOverlay()->style.difference);
    const auto* igb2026 = w.modelSession()->latest()->result.link(QStringLiteral("G4"));
    const auto* igb2032 = w.modelSession()->latest()->compareResult->link(QStringLiteral("G4"));
    QVERIFY(std::abs(drawnFlow(w, QStringLiteral("G4")) - (igb2032->flow - igb2026->flow)) < 1e-9);
    QVERIFY(drawnFlow(w, QStringLiteral("G4")) > 0.1);
    QTest::mouseClick(pane->differenceOnMapCheck(), Qt::LeftButton);
    QVERIFY(modelSettled(w));
    QVERIFY(!w.canvas()->flowOverlay()->style.difference);
    pane->tabs()->setCurrentIndex(2); // regions, for the screenshot
}

void TestModelPane::showFlowsToggle()
{
    MainWindow& w = *m_w;
    QAction* show = w.action(QStringLiteral("showFlows"));
    QVERIFY(show && show->isChecked());
    QVERIFY(w.canvas()->flowOverlay());
    show->trigger();
    QVERIFY(!w.canvas()->flowOverlay());
    show->trigger();
    QVERIFY(w.canvas()->flowOverlay());
    // A CRS switch rebuilds the overlay in the new CRS.
    const render::FlowOverlayPtr before = w.canvas()->flowOverlay();
    QSignalSpy crs(&w, &MainWindow::crsChanged);
    w.setMapCrs(geo::Crs::webMercator());
    QVERIFY(crs.wait(kTimeoutMs));
    QVERIFY(modelSettled(w));
    QVERIFY(w.canvas()->flowOverlay() != before);
    const render::FlowLine* a = overlayLine(w, QStringLiteral("G5"));
    QVERIFY(a && !a->path.empty());
    QVERIFY(std::abs(a->path.front().x() - before->lines.front().path.front().x()) > 1.0); // other map units
}

void TestModelPane::projectWithoutModel()
{
    MainWindow& w = *m_w;
    QVERIFY(open(w, QStringLiteral(SOURCE_TEST_DATA "/geo/lines.geojson")) || w.layerModel()->count() > 0);
    QVERIFY(waitUntil([&] { return !w.modelSession()->hasModel(); }));
    auto* stack = w.modelPane()->findChild<QStackedWidget*>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    auto* label = w.modelPane()->findChild<QLabel*>(QStringLiteral("NoModelLabel"));
    QVERIFY(label && label->text().contains(QLatin1String("no network model")));
    QVERIFY(!stack->widget(1)->isEnabled());
    QVERIFY(!w.canvas()->flowOverlay());
}

void TestModelPane::saveIsOneTransaction()
{
    // The model is written in the project save's transaction: a model that cannot be stored leaves
    // the layer state, bookmarks and model of the file as they were.
    const QString path = m_tmp.filePath(QStringLiteral("atomic.gpkg"));
    QFile::remove(path);
    QVERIFY(QFile::copy(kBundle, path));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    ui::ProjectState state = m_w->currentState();
    state.bookmarks.push_back({QStringLiteral("Only if the model is saved too"), state.mapCrs, state.view});
    model::NetworkDocument bad = m_w->modelSession()->document();
    bad.network.links.front().capacity = -1.0; // not a valid network
    QVERIFY(!ui::saveProjectState(path, state, &bad));
    auto reread = ui::loadProjectState(path);
    QVERIFY(reread);
    for (const ui::Bookmark& b : reread->bookmarks)
        QVERIFY(b.name != QLatin1String("Only if the model is saved too"));
    // A good model goes in with the state.
    model::NetworkDocument good = m_w->modelSession()->document();
    QVERIFY(good.scenarios.setValue(kBaseline, {model::ValueTarget::Link, QStringLiteral("G4"), QStringLiteral("capacity"), 4.0, {}, {}}));
    QVERIFY(ui::saveProjectState(path, state, &good));
    reread = ui::loadProjectState(path);
    QVERIFY(reread && std::any_of(reread->bookmarks.begin(), reread->bookmarks.end(),
                                  [](const ui::Bookmark& b) { return b.name == QLatin1String("Only if the model is saved too"); }));
    MainWindow w2;
    w2.setConfirmClose(false);
    w2.show();
    QVERIFY(open(w2, path));
    QCOMPARE(scenarioCapacity(w2.modelSession()->document(), kBaseline, QStringLiteral("G4")), 4.0);
}

void TestModelPane::retranslates()
{
    MainWindow& w = *m_w;
    ui::ModelPane* pane = w.modelPane();
    QSignalSpy headers(pane->linkModel(), &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(pane, &change);
    QVERIFY(headers.count() >= 1);
    QCOMPARE(pane->tabs()->tabText(0), QStringLiteral("Links"));
    QCOMPARE(pane->tabs()->tabText(4), QStringLiteral("N-1"));
    QCOMPARE(pane->scenarioCombo()->count(), 2);
}

QTEST_MAIN(TestModelPane)
#include "tst_model_pane.moc"
