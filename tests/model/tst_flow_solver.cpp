// The flow solver on small networks solved by hand: bidirectional links, the lesser of border
// capacities, conversion efficiency, infeasible demand, zero capacity, disconnected nodes, cost-optimal
// routing, outages. Every pure-network case runs on both backends (Clp and LEMON).

#include "model/flow_solver.h"
#include "model/network.h"
#include "model/outage_sweep.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace corridor::model;
Q_DECLARE_METATYPE(corridor::model::SolverBackend)

namespace {

Node node(const QString& id, double supply = 0.0, double demand = 0.0)
{
    Node n;
    n.id = id;
    n.supply = supply;
    n.demand = demand;
    return n;
}

Link link(const QString& id, const QString& from, const QString& to, double capacity, double cost = 1.0, bool bidirectional = false)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.capacity = capacity;
    l.cost = cost;
    l.bidirectional = bidirectional;
    return l;
}

FlowResult solveOrFail(const Network& net, SolverBackend backend, const QSet<QString>& outages = {})
{
    SolveOptions o;
    o.backend = backend;
    o.outages = outages;
    auto r = solveFlow(net, o);
    if (!r)
        qFatal("solve failed: %s", qPrintable(r.error().toString()));
    return *r;
}

bool near(double a, double b, double tol = 1e-6) { return std::abs(a - b) <= tol * std::max(1.0, std::abs(b)); }

#define QNEAR(a, b) QVERIFY2(near((a), (b)), qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#a)).arg(a, 0, 'g', 12).arg(b, 0, 'g', 12)))

} // namespace

class TestFlowSolver : public QObject {
    Q_OBJECT
private slots:
    void backends_data();
    void bidirectionalSignedFlow_data() { backends_data(); }
    void bidirectionalSignedFlow();
    void reverseCapacity_data() { backends_data(); }
    void reverseCapacity();
    void lesserOfBorderCapacities_data() { backends_data(); }
    void lesserOfBorderCapacities();
    void infeasibleDemandIsUnserved_data() { backends_data(); }
    void infeasibleDemandIsUnserved();
    void zeroCapacity_data() { backends_data(); }
    void zeroCapacity();
    void disconnectedNodes_data() { backends_data(); }
    void disconnectedNodes();
    void cheapestRoutesFirst_data() { backends_data(); }
    void cheapestRoutesFirst();
    void servedBeforeCost_data() { backends_data(); }
    void servedBeforeCost();
    void outageRemovesLink_data() { backends_data(); }
    void outageRemovesLink();
    void bottleneckIsTheMinCut_data() { backends_data(); }
    void bottleneckIsTheMinCut();
    void conversionEfficiency();
    void conversionOutputLimit();
    void conversionRefusesLemon();
    void autoPicksBackend();
    void weightsPrioritiseDemand();
    void defaultCostFromGeodesic();
    void validation_data();
    void validation();
    void unknownOutage();
    void n1Ranking();
};

void TestFlowSolver::backends_data()
{
    QTest::addColumn<SolverBackend>("backend");
    QTest::newRow("clp") << SolverBackend::Lp;
    QTest::newRow("lemon") << SolverBackend::NetworkSimplex;
}

void TestFlowSolver::bidirectionalSignedFlow()
{
    QFETCH(SolverBackend, backend);
    // Link drawn Y → X, gas must go X → Y: the flow is reported negative.
    Network net;
    net.nodes = {node("X", 10.0), node("Y", 0.0, 6.0)};
    net.links = {link("L", "Y", "X", 10.0, 2.0, true)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.link("L")->flow, -6.0);
    QNEAR(r.link("L")->utilisation, 0.6);
    QVERIFY(!r.link("L")->binding);
    QNEAR(r.node("Y")->served, 6.0);
    QNEAR(r.node("Y")->unserved, 0.0);
    QNEAR(r.totalCost, 12.0);
    QCOMPARE(r.backend, backend);
}

void TestFlowSolver::reverseCapacity()
{
    QFETCH(SolverBackend, backend);
    Network net;
    net.nodes = {node("X", 10.0), node("Y", 0.0, 6.0)};
    Link l = link("L", "Y", "X", 10.0, 1.0, true);
    l.reverseCapacity = 3.5; // X → Y is the reverse direction here
    net.links = {l};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.link("L")->flow, -3.5);
    QNEAR(r.link("L")->capacity, 3.5);
    QVERIFY(r.link("L")->binding);
    QNEAR(r.node("Y")->unserved, 2.5);
}

void TestFlowSolver::lesserOfBorderCapacities()
{
    QFETCH(SolverBackend, backend);
    // Pipe 10, entry 7, exit 5 (e.g. Gastrans 13.9 vs firm exit 8.5): 5 binds.
    Network net;
    net.nodes = {node("RS", 20.0), node("HU", 0.0, 9.0)};
    Link l = link("G7", "RS", "HU", 10.0);
    l.entryCapacity = 7.0;
    l.exitCapacity = 5.0;
    net.links = {l};
    FlowResult r = solveOrFail(net, backend);
    QNEAR(r.link("G7")->flow, 5.0);
    QNEAR(r.link("G7")->capacity, 5.0);
    QVERIFY(r.link("G7")->binding);
    QVERIFY(r.link("G7")->bottleneck);
    QNEAR(r.node("HU")->unserved, 4.0);
    // Entry the lesser one.
    net.links[0].exitCapacity = 8.0;
    r = solveOrFail(net, backend);
    QNEAR(r.link("G7")->flow, 7.0);
    // Applies to the reverse direction of a bidirectional link too.
    net.links[0] = link("G7", "HU", "RS", 10.0, 1.0, true);
    net.links[0].exitCapacity = 4.0;
    r = solveOrFail(net, backend);
    QNEAR(r.link("G7")->flow, -4.0);
}

void TestFlowSolver::infeasibleDemandIsUnserved()
{
    QFETCH(SolverBackend, backend);
    Network net;
    net.nodes = {node("S", 5.0), node("H"), node("D1", 0.0, 4.0), node("D2", 0.0, 4.0)};
    net.links = {link("a", "S", "H", 100.0), link("b", "H", "D1", 100.0, 1.0), link("c", "H", "D2", 100.0, 3.0)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.totalServed, 5.0);
    QNEAR(r.totalDemand, 8.0);
    // The cheaper destination is served in full, the dearer one gets the rest.
    QNEAR(r.node("D1")->served, 4.0);
    QNEAR(r.node("D2")->served, 1.0);
    QNEAR(r.node("D2")->unserved, 3.0);
    QNEAR(r.node("S")->supplied, 5.0);
    QNEAR(r.totalCost, 5.0 * 1.0 + 4.0 * 1.0 + 1.0 * 3.0);
}

void TestFlowSolver::zeroCapacity()
{
    QFETCH(SolverBackend, backend);
    Network net;
    net.nodes = {node("S", 5.0), node("D", 0.0, 3.0)};
    net.links = {link("planned", "S", "D", 0.0)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.link("planned")->flow, 0.0);
    QNEAR(r.link("planned")->utilisation, 0.0);
    QVERIFY(!r.link("planned")->binding);
    QNEAR(r.node("D")->unserved, 3.0);
    QNEAR(r.totalCost, 0.0);
}

void TestFlowSolver::disconnectedNodes()
{
    QFETCH(SolverBackend, backend);
    Network net;
    net.nodes = {node("S", 5.0), node("D", 0.0, 2.0), node("island", 0.0, 7.0), node("lonely_supply", 9.0), node("hub")};
    net.links = {link("a", "S", "D", 10.0)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.node("D")->served, 2.0);
    QNEAR(r.node("island")->served, 0.0);
    QNEAR(r.node("island")->unserved, 7.0);
    QNEAR(r.node("lonely_supply")->supplied, 0.0);
    QNEAR(r.node("hub")->served, 0.0);
    QNEAR(r.totalServed, 2.0);
}

void TestFlowSolver::cheapestRoutesFirst()
{
    QFETCH(SolverBackend, backend);
    // Two routes S → D: via M (1 + 1, capacity 6) and direct (3, capacity 20). Demand 10.
    Network net;
    net.nodes = {node("S", 100.0), node("M"), node("D", 0.0, 10.0)};
    net.links = {link("sm", "S", "M", 6.0, 1.0), link("md", "M", "D", 50.0, 1.0), link("sd", "S", "D", 20.0, 3.0)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.link("sm")->flow, 6.0);
    QNEAR(r.link("md")->flow, 6.0);
    QNEAR(r.link("sd")->flow, 4.0);
    QNEAR(r.totalCost, 6.0 * 2.0 + 4.0 * 3.0);
    QVERIFY(r.link("sm")->binding);
    QVERIFY(!r.link("sm")->bottleneck); // demand is fully served: nothing limits it
}

void TestFlowSolver::servedBeforeCost()
{
    QFETCH(SolverBackend, backend);
    // Serving costs 1000 per unit: still served in full (served demand comes first).
    Network net;
    net.nodes = {node("S", 3.0), node("D", 0.0, 3.0)};
    net.links = {link("dear", "S", "D", 5.0, 1000.0)};
    const FlowResult r = solveOrFail(net, backend);
    QNEAR(r.totalServed, 3.0);
    QNEAR(r.totalCost, 3000.0);
}

void TestFlowSolver::outageRemovesLink()
{
    QFETCH(SolverBackend, backend);
    Network net;
    net.nodes = {node("S", 10.0), node("D", 0.0, 8.0)};
    net.links = {link("a", "S", "D", 5.0, 1.0), link("b", "S", "D", 5.0, 2.0)};
    FlowResult r = solveOrFail(net, backend);
    QNEAR(r.totalServed, 8.0);
    r = solveOrFail(net, backend, {QStringLiteral("a")});
    QNEAR(r.totalServed, 5.0);
    QVERIFY(r.link("a")->outage);
    QNEAR(r.link("a")->flow, 0.0);
    QNEAR(r.link("b")->flow, 5.0);
    r = solveOrFail(net, backend, {QStringLiteral("a"), QStringLiteral("b")});
    QNEAR(r.totalServed, 0.0);
}

void TestFlowSolver::bottleneckIsTheMinCut()
{
    QFETCH(SolverBackend, backend);
    // S →(10) A →(3) B →(10) D, demand 8: only A→B limits service.
    Network net;
    net.nodes = {node("S", 20.0), node("A"), node("B"), node("D", 0.0, 8.0)};
    net.links = {link("sa", "S", "A", 10.0), link("ab", "A", "B", 3.0), link("bd", "B", "D", 10.0)};
    const FlowResult r = solveOrFail(net, backend);
    QVERIFY(r.link("ab")->bottleneck);
    QVERIFY(!r.link("sa")->bottleneck);
    QVERIFY(!r.link("bd")->bottleneck);
    QNEAR(r.node("D")->unserved, 5.0);
}

void TestFlowSolver::conversionEfficiency()
{
    // 1 bcm/yr of gas = 1204.3 MW thermal; at 50% a plant makes 602.15 MW per bcm/yr.
    Network net;
    Node gas = node("gas", 2.0);
    gas.commodity = QStringLiteral("gas");
    Node plant = node("plant");
    plant.kind = NodeKind::Plant;
    plant.efficiency = 0.5;
    plant.unitFactor = 1204.3;
    Node grid = node("grid", 0.0, 400.0);
    grid.commodity = QStringLiteral("power");
    net.nodes = {gas, plant, grid};
    net.links = {link("pipe", "gas", "plant", 10.0, 1.0), link("line", "plant", "grid", 1000.0, 0.1)};
    const FlowResult r = solveOrFail(net, SolverBackend::Auto);
    QCOMPARE(r.backend, SolverBackend::Lp);
    QNEAR(r.node("grid")->served, 400.0);
    QNEAR(r.link("line")->flow, 400.0);
    QNEAR(r.link("pipe")->flow, 400.0 / 602.15);
    QNEAR(r.node("plant")->converted, 400.0 / 602.15);
    QNEAR(r.node("gas")->supplied, 400.0 / 602.15);
    QNEAR(r.totalCost, 400.0 / 602.15 * 1.0 + 400.0 * 0.1);
    // Not enough gas: 0.5 bcm/yr makes 301.075 MW.
    net.nodes[0].supply = 0.5;
    const FlowResult r2 = solveOrFail(net, SolverBackend::Auto);
    QNEAR(r2.node("grid")->served, 301.075);
    QNEAR(r2.node("grid")->unserved, 400.0 - 301.075);
    QVERIFY(r2.link("pipe")->bottleneck == false); // the pipe is not full (10): supply limits
}

void TestFlowSolver::conversionOutputLimit()
{
    Network net;
    Node plant = node("plant");
    plant.kind = NodeKind::Plant;
    plant.efficiency = 0.6;
    plant.unitFactor = 1000.0;
    plant.outputLimit = 300.0;
    net.nodes = {node("gas", 5.0), plant, node("grid", 0.0, 500.0)};
    net.links = {link("pipe", "gas", "plant", 10.0), link("line", "plant", "grid", 1000.0)};
    const FlowResult r = solveOrFail(net, SolverBackend::Lp);
    QNEAR(r.node("grid")->served, 300.0);
    QNEAR(r.node("grid")->unserved, 200.0);
    QNEAR(r.node("plant")->converted, 0.5);
    QNEAR(r.link("pipe")->flow, 0.5);
}

void TestFlowSolver::conversionRefusesLemon()
{
    Network net;
    Node plant = node("plant");
    plant.kind = NodeKind::Plant;
    plant.efficiency = 0.5;
    net.nodes = {node("gas", 5.0), plant, node("grid", 0.0, 1.0)};
    net.links = {link("pipe", "gas", "plant", 10.0), link("line", "plant", "grid", 10.0)};
    SolveOptions o;
    o.backend = SolverBackend::NetworkSimplex;
    QVERIFY(!solveFlow(net, o));
}

void TestFlowSolver::autoPicksBackend()
{
    Network net;
    net.nodes = {node("S", 1.0), node("D", 0.0, 1.0)};
    net.links = {link("a", "S", "D", 1.0)};
    QCOMPARE(solveOrFail(net, SolverBackend::Auto).backend, SolverBackend::NetworkSimplex);
    net.nodes[1].weight = 2.0; // weighted objective: LP
    QCOMPARE(solveOrFail(net, SolverBackend::Auto).backend, SolverBackend::Lp);
}

void TestFlowSolver::weightsPrioritiseDemand()
{
    Network net;
    net.nodes = {node("S", 5.0), node("A", 0.0, 5.0), node("B", 0.0, 5.0)};
    net.nodes[2].weight = 2.0;
    net.links = {link("sa", "S", "A", 10.0, 1.0), link("sb", "S", "B", 10.0, 50.0)};
    const FlowResult r = solveOrFail(net, SolverBackend::Lp);
    QNEAR(r.node("B")->served, 5.0);
    QNEAR(r.node("A")->served, 0.0);
    QNEAR(r.totalWeightedServed, 10.0);
}

void TestFlowSolver::defaultCostFromGeodesic()
{
    Network net;
    Node baku = node("Baku", 1.0);
    baku.position = corridor::geo::GeoPoint{50.0467, 40.4675};
    Node belgrade = node("Belgrade", 0.0, 1.0);
    belgrade.position = corridor::geo::GeoPoint{20.3069, 44.8194};
    net.nodes = {baku, belgrade};
    Link l = link("air", "Baku", "Belgrade", 5.0);
    l.cost.reset();
    net.links = {l};
    // The facts sheet's WGS 84 geodesic between the two airports: 2,471.9 km.
    QVERIFY(std::abs(net.effectiveCost(0) - 2471.9) < 0.1);
    const FlowResult r = solveOrFail(net, SolverBackend::Lp);
    QVERIFY(std::abs(r.totalCost - 2471.9) < 0.1);
    // A bound feature's length wins over the straight geodesic; an explicit cost over both.
    net.links[0].lengthKm = 3000.0;
    QCOMPARE(net.effectiveCost(0), 3000.0);
    net.links[0].cost = 7.0;
    QCOMPARE(net.effectiveCost(0), 7.0);
}

void TestFlowSolver::validation_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown node") << 0 << "link b: unknown node \"nowhere\"";
    QTest::newRow("negative capacity") << 1 << "link a: capacity must be a finite number >= 0, not -1";
    QTest::newRow("NaN capacity") << 2 << "link a: capacity must be a finite number >= 0, not NaN";
    QTest::newRow("duplicate link") << 3 << "duplicate link id a";
    QTest::newRow("duplicate node") << 4 << "duplicate node id S";
    QTest::newRow("negative demand") << 5 << "node D: demand must be";
    QTest::newRow("plant efficiency") << 6 << "node P: a plant needs an efficiency in (0, 1]";
    QTest::newRow("infinite entry") << 7 << "link a: entry_capacity must be a finite number";
}

void TestFlowSolver::validation()
{
    QFETCH(int, mutation);
    QFETCH(QString, expected);
    Network net;
    net.nodes = {node("S", 1.0), node("D", 0.0, 1.0)};
    net.links = {link("a", "S", "D", 1.0)};
    switch (mutation) {
    case 0: net.links.push_back(link("b", "S", "nowhere", 1.0)); break;
    case 1: net.links[0].capacity = -1.0; break;
    case 2: net.links[0].capacity = std::numeric_limits<double>::quiet_NaN(); break;
    case 3: net.links.push_back(link("a", "D", "S", 1.0)); break;
    case 4: net.nodes.push_back(node("S")); break;
    case 5: net.nodes[1].demand = -2.0; break;
    case 6: {
        Node p = node("P");
        p.kind = NodeKind::Plant;
        p.efficiency = 1.5;
        net.nodes.push_back(p);
        break;
    }
    case 7: net.links[0].entryCapacity = std::numeric_limits<double>::infinity(); break;
    }
    const Status st = net.validate();
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(expected), qPrintable(st.error().message));
    const auto r = solveFlow(net);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
}

void TestFlowSolver::unknownOutage()
{
    Network net;
    net.nodes = {node("S", 1.0), node("D", 0.0, 1.0)};
    net.links = {link("a", "S", "D", 1.0)};
    SolveOptions o;
    o.outages = {QStringLiteral("zz")};
    const auto r = solveFlow(net, o);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("zz")));
}

void TestFlowSolver::n1Ranking()
{
    // S → H over "trunk" (cap 10); H → D1 over "d1" (cap 6); H → D2 over "d2a"/"d2b" (3 + 3, parallel).
    Network net;
    net.nodes = {node("S", 20.0), node("H"), node("D1", 0.0, 6.0), node("D2", 0.0, 4.0)};
    net.links = {link("trunk", "S", "H", 10.0), link("d1", "H", "D1", 6.0), link("d2a", "H", "D2", 3.0, 1.0),
                 link("d2b", "H", "D2", 3.0, 2.0)};
    const auto sweep = sweepSingleOutages(net);
    QVERIFY(sweep);
    QCOMPARE(sweep->ranking.size(), std::size_t(4));
    QCOMPARE(sweep->ranking[0].linkId, QStringLiteral("trunk"));
    QNEAR(sweep->ranking[0].servedLoss, 10.0);
    QCOMPARE(sweep->ranking[1].linkId, QStringLiteral("d1"));
    QNEAR(sweep->ranking[1].servedLoss, 6.0);
    QCOMPARE(sweep->ranking[2].linkId, QStringLiteral("d2a"));
    QNEAR(sweep->ranking[2].servedLoss, 1.0);
    // Base cost 10 + 6 + 3·1 + 1·2 = 21. Without d2a: 9 + 6 + 3·2 = 21; without d2b: 9 + 6 + 3 = 18.
    QNEAR(sweep->ranking[2].costChange, 0.0);
    QCOMPARE(sweep->ranking[3].linkId, QStringLiteral("d2b"));
    QNEAR(sweep->ranking[3].servedLoss, 1.0);
    QNEAR(sweep->ranking[3].costChange, -3.0);
}

QTEST_GUILESS_MAIN(TestFlowSolver)
#include "tst_flow_solver.moc"
