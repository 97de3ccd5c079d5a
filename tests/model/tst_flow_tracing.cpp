// Flow tracing by proportional mixing, and the per-region / per-country summaries.

#include "model/flow_solver.h"
#include "model/flow_tracing.h"
#include "model/network.h"

#include <QTest>

#include <cmath>

using namespace corridor::model;

namespace {

Node node(const QString& id, double supply = 0.0, double demand = 0.0, const QString& origin = {})
{
    Node n;
    n.id = id;
    n.supply = supply;
    n.demand = demand;
    n.origin = origin;
    return n;
}

Link link(const QString& id, const QString& from, const QString& to, double capacity, double cost = 1.0)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.capacity = capacity;
    l.cost = cost;
    return l;
}

double at(const std::map<QString, double>& m, const QString& k)
{
    const auto it = m.find(k);
    return it == m.end() ? 0.0 : it->second;
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); }

} // namespace

class TestFlowTracing : public QObject {
    Q_OBJECT
private slots:
    void mixingAtAHub();
    void ownSupplyMixesIn();
    void plantOutputKeepsFuelOrigin();
    void regionsAndCountries();
};

void TestFlowTracing::mixingAtAHub()
{
    // AZ 2 + RU 6 meet at H and split 4 / 4: each customer gets 25 % AZ, 75 % RU.
    Network net;
    net.nodes = {node("az", 2.0, 0.0, QStringLiteral("AZ")), node("ru", 6.0, 0.0, QStringLiteral("RU")), node("H"),
                 node("D1", 0.0, 4.0), node("D2", 0.0, 4.0)};
    net.links = {link("a", "az", "H", 10.0), link("r", "ru", "H", 10.0), link("d1", "H", "D1", 10.0), link("d2", "H", "D2", 10.0)};
    const auto r = solveFlow(net);
    QVERIFY(r);
    QVERIFY(near(at(r->node("D1")->servedByOrigin, QStringLiteral("AZ")), 1.0));
    QVERIFY(near(at(r->node("D1")->servedByOrigin, QStringLiteral("RU")), 3.0));
    QVERIFY(near(at(r->node("D2")->servedByOrigin, QStringLiteral("AZ")), 1.0));
    QVERIFY(near(at(r->node("H")->inflowByOrigin, QStringLiteral("RU")), 6.0));
}

void TestFlowTracing::ownSupplyMixesIn()
{
    // Serbia: 0.4 domestic + 1.6 imported (AZ) at the same node, demand 2 → 20 % domestic.
    Network net;
    net.nodes = {node("az", 5.0, 0.0, QStringLiteral("AZ")), node("RS", 0.4, 2.0, QStringLiteral("RS-domestic"))};
    net.links = {link("ibs", "az", "RS", 1.6)};
    const auto r = solveFlow(net);
    QVERIFY(r);
    QVERIFY(near(r->node("RS")->served, 2.0));
    QVERIFY(near(at(r->node("RS")->servedByOrigin, QStringLiteral("AZ")), 1.6));
    QVERIFY(near(at(r->node("RS")->servedByOrigin, QStringLiteral("RS-domestic")), 0.4));
}

void TestFlowTracing::plantOutputKeepsFuelOrigin()
{
    Network net;
    Node plant = node("plant");
    plant.kind = NodeKind::Plant;
    plant.efficiency = 0.5;
    plant.unitFactor = 100.0;
    // Exactly the fuel needed (2 units for 100 MW at 0.5 × 100), so the split is determined.
    net.nodes = {node("az", 0.5, 0.0, QStringLiteral("AZ")), node("ru", 1.5, 0.0, QStringLiteral("RU")), node("H"), plant,
                 node("grid", 0.0, 100.0)};
    net.links = {link("a", "az", "H", 10.0), link("r", "ru", "H", 10.0), link("fuel", "H", "plant", 10.0), link("line", "plant", "grid", 1000.0)};
    const auto r = solveFlow(net);
    QVERIFY(r);
    QVERIFY(near(r->node("grid")->served, 100.0));
    QVERIFY(near(r->node("plant")->converted, 2.0));
    // The 2 units of fuel are 25 % AZ / 75 % RU, and so is the power.
    QVERIFY(near(at(r->node("grid")->servedByOrigin, QStringLiteral("AZ")), 25.0));
    QVERIFY(near(at(r->node("grid")->servedByOrigin, QStringLiteral("RU")), 75.0));
}

void TestFlowTracing::regionsAndCountries()
{
    // AZ → BG → RS → HU, with demand in BG, RS and HU; Southern Europe = BG, RS; Central Europe = HU.
    Network net;
    Node az = node("AZ", 10.0, 0.0, QStringLiteral("AZ"));
    az.country = QStringLiteral("AZ");
    Node bg = node("BG", 0.0, 1.0);
    bg.country = QStringLiteral("BG");
    bg.region = QStringLiteral("Southern Europe");
    Node rs = node("RS", 0.0, 2.0);
    rs.country = QStringLiteral("RS");
    rs.region = QStringLiteral("Southern Europe");
    Node hu = node("HU", 0.0, 3.0);
    hu.country = QStringLiteral("HU");
    hu.region = QStringLiteral("Central Europe");
    for (Node* n : {&az, &bg, &rs, &hu})
        n->commodity = QStringLiteral("gas");
    net.nodes = {az, bg, rs, hu};
    net.links = {link("igb", "AZ", "BG", 10.0), link("ibs", "BG", "RS", 10.0), link("g7", "RS", "HU", 10.0)};
    const auto r = solveFlow(net);
    QVERIFY(r);
    const auto regions = summariseRegions(net, *r);
    QCOMPARE(regions.size(), std::size_t(2));
    QCOMPARE(regions[0].name, QStringLiteral("Central Europe"));
    QCOMPARE(regions[0].commodity, QStringLiteral("gas"));
    QVERIFY(near(regions[0].inflow, 3.0));
    QVERIFY(near(at(regions[0].inflowByOrigin, QStringLiteral("AZ")), 3.0));
    QCOMPARE(regions[1].name, QStringLiteral("Southern Europe"));
    QVERIFY(near(regions[1].inflow, 6.0));
    QVERIFY(near(regions[1].outflow, 3.0));
    QVERIFY(near(regions[1].transit, 3.0));
    QVERIFY(near(regions[1].served, 3.0));
    QCOMPARE(regions[1].countries.size(), std::size_t(2));
    QCOMPARE(regions[1].countries[1].country, QStringLiteral("RS"));
    QVERIFY(near(regions[1].countries[1].inflow, 5.0));
    QVERIFY(near(regions[1].countries[1].outflow, 3.0));
    QVERIFY(near(at(regions[1].countries[1].servedByOrigin, QStringLiteral("AZ")), 2.0));
}

QTEST_GUILESS_MAIN(TestFlowTracing)
#include "tst_flow_tracing.moc"
