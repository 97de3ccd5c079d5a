// The network model bundled in corridor.gpkg: it loads, both scenarios solve within capacities, every
// figure is sourced, links are bound to real map features, and the scenarios say what the facts sheet
// leads us to expect: Azerbaijani gas reaches Serbia; 2032 moves more into Central Europe than 2026;
// an outage of IBS (G5) cuts Serbia's Azerbaijani supply in 2026; the Niš plant runs only in 2032.

#include "model/database.h"
#include "model/flow_solver.h"
#include "model/flow_tracing.h"
#include "model/model_store.h"
#include "model/outage_sweep.h"

#include "geo/vector_dataset.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace corridor::model;

namespace {

const QString kBaseline = QStringLiteral("2026 baseline");
const QString kExpansion = QStringLiteral("2032 expansion");

double at(const std::map<QString, double>& m, const QString& k)
{
    const auto it = m.find(k);
    return it == m.end() ? 0.0 : it->second;
}

double regionInflow(const std::vector<RegionSummary>& regions, const QString& name, const QString& commodity)
{
    for (const auto& r : regions)
        if (r.name == name && r.commodity == commodity)
            return r.inflow;
    return 0.0;
}

} // namespace

class TestBundledModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scenariosPresent();
    void everyFigureSourced();
    void linksBoundToMapFeatures();
    void flowsWithinCapacities_data();
    void flowsWithinCapacities();
    void azerbaijaniGasReachesSerbia();
    void expansionMovesMoreIntoCentralEurope();
    void ibsOutageCutsSerbiasAzerbaijaniGas();
    void nisPlantRunsIn2032();
    void n1SweepRanksTrunkLines();

private:
    Network scenario(const QString& name) const;
    NetworkDocument m_doc;
};

void TestBundledModel::initTestCase()
{
    auto db = Database::open(QStringLiteral(CORRIDOR_BUNDLE), Database::Mode::ReadOnly);
    QVERIFY(db);
    auto doc = loadModel(*db);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    m_doc = std::move(*doc);
}

Network TestBundledModel::scenario(const QString& name) const
{
    auto net = m_doc.scenarios.apply(m_doc.network, name);
    if (!net)
        qFatal("%s", qPrintable(net.error().toString()));
    return *net;
}

void TestBundledModel::scenariosPresent()
{
    QVERIFY(m_doc.scenarios.names().contains(kBaseline));
    QVERIFY(m_doc.scenarios.names().contains(kExpansion));
    const Network n26 = scenario(kBaseline);
    const Network n32 = scenario(kExpansion);
    // The list of 2032 changes, as figures from the facts sheet.
    auto cap = [](const Network& n, const char* id) { return n.links[static_cast<std::size_t>(n.linkIndex(QLatin1String(id)))].capacity; };
    QCOMPARE(cap(n26, "G4"), 3.0);
    QCOMPARE(cap(n32, "G4"), 5.0);
    QCOMPARE(cap(n26, "G5"), 1.8);
    QCOMPARE(cap(n32, "G5"), 2.4);
    QCOMPARE(cap(n26, "G8"), 0.0);
    QCOMPARE(cap(n32, "G8"), 1.5);
    QCOMPARE(cap(n26, "G9"), 0.0);
    QCOMPARE(cap(n32, "G9"), 1.6);
    QCOMPARE(cap(n26, "E1"), 0.0);
    QCOMPARE(cap(n32, "E1"), 1300.0);
    QCOMPARE(cap(n26, "G3-GR"), 11.2); // TAP 10 + 1.2 from 1 Jan 2026 (facts sheet G3)
    QVERIFY(cap(n32, "G1x") > cap(n26, "G1x"));
    QVERIFY(cap(n32, "G2-east") > cap(n26, "G2-east"));
    auto supply = [](const Network& n, const char* id) { return n.nodes[static_cast<std::size_t>(n.nodeIndex(QLatin1String(id)))].supply; };
    QCOMPARE(supply(n26, "AZ_PWR"), 2000.0);
    QCOMPARE(supply(n32, "AZ_PWR"), 10000.0);
}

void TestBundledModel::everyFigureSourced()
{
    auto sources = corridor::geo::readLayerFromFile(QStringLiteral(CORRIDOR_BUNDLE), QStringLiteral("sources"));
    QVERIFY(sources);
    QSet<QString> ids;
    for (std::size_t r = 0; r < (*sources)->featureCount(); ++r)
        ids.insert((*sources)->attribute(r, QStringLiteral("id")).toString());
    static const QRegularExpression ref(QStringLiteral("\\[(S\\d{2,3})\\]"));
    auto check = [&](const QString& what, const QString& source, const QString& note) {
        bool cited = false;
        for (auto it = ref.globalMatch(source); it.hasNext();) {
            QVERIFY2(ids.contains(it.next().captured(1)), qPrintable(what));
            cited = true;
        }
        QVERIFY2(cited || note.contains(QStringLiteral("ssumption")), qPrintable(what));
    };
    for (const Node& n : m_doc.network.nodes)
        check(QStringLiteral("node ") + n.id, n.source, n.note);
    for (const Link& l : m_doc.network.links)
        check(QStringLiteral("link ") + l.id, l.source, l.note);
    int values = 0;
    for (const Scenario& s : m_doc.scenarios.scenarios())
        for (const ScenarioValue& v : s.values) {
            check(s.name + QLatin1Char(' ') + v.itemId, v.source, v.note);
            ++values;
        }
    QVERIFY(values >= 10);
}

void TestBundledModel::linksBoundToMapFeatures()
{
    auto project = corridor::geo::readLayerFromFile(QStringLiteral(CORRIDOR_BUNDLE), QStringLiteral("gas_pipelines"));
    auto power = corridor::geo::readLayerFromFile(QStringLiteral(CORRIDOR_BUNDLE), QStringLiteral("power_links"));
    QVERIFY(project && power);
    QSet<QString> features;
    for (const auto& l : {*project, *power})
        for (std::size_t r = 0; r < l->featureCount(); ++r)
            features.insert(l->attribute(r, QStringLiteral("id")).toString());
    int bound = 0;
    for (const Link& l : m_doc.network.links) {
        if (l.featureId.isEmpty())
            continue;
        QVERIFY2(features.contains(l.featureId), qPrintable(l.id));
        QVERIFY2(l.lengthKm && *l.lengthKm > 0.0, qPrintable(l.id)); // default cost = geodesic length
        ++bound;
    }
    QVERIFY(bound >= 20);
    // The examples.
    QCOMPARE(m_doc.network.links[static_cast<std::size_t>(m_doc.network.linkIndex(QStringLiteral("G4")))].featureId, QStringLiteral("G4"));
    QCOMPARE(m_doc.network.links[static_cast<std::size_t>(m_doc.network.linkIndex(QStringLiteral("G5")))].featureId, QStringLiteral("G5"));
    QCOMPARE(m_doc.network.links[static_cast<std::size_t>(m_doc.network.linkIndex(QStringLiteral("E1")))].featureId, QStringLiteral("E1"));
    // Country nodes carry the countries layer's model_region.
    QCOMPARE(m_doc.network.nodes[static_cast<std::size_t>(m_doc.network.nodeIndex(QStringLiteral("HU")))].region, QStringLiteral("Central Europe"));
    QCOMPARE(m_doc.network.nodes[static_cast<std::size_t>(m_doc.network.nodeIndex(QStringLiteral("RS")))].region, QStringLiteral("Southern Europe"));
}

void TestBundledModel::flowsWithinCapacities_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("2026") << kBaseline;
    QTest::newRow("2032") << kExpansion;
}

void TestBundledModel::flowsWithinCapacities()
{
    QFETCH(QString, name);
    const Network net = scenario(name);
    const auto r = solveFlow(net);
    QVERIFY(r);
    QCOMPARE(r->backend, SolverBackend::Lp); // the plant makes it a generalised flow
    for (std::size_t i = 0; i < net.links.size(); ++i) {
        const double f = r->links[i].flow;
        QVERIFY2(f <= net.links[i].forwardLimit() * (1 + 1e-7) + 1e-9, qPrintable(net.links[i].id));
        QVERIFY2(-f <= net.links[i].reverseLimit() * (1 + 1e-7) + 1e-9, qPrintable(net.links[i].id));
        QVERIFY(r->links[i].utilisation >= 0.0 && r->links[i].utilisation <= 1.0);
    }
    for (std::size_t j = 0; j < net.nodes.size(); ++j) {
        const NodeResult& n = r->nodes[j];
        QVERIFY(n.served <= net.nodes[j].demand + 1e-9);
        QVERIFY(n.supplied <= net.nodes[j].supply + 1e-9);
        if (net.nodes[j].kind != NodeKind::Plant) // conservation (a plant converts)
            QVERIFY2(std::abs(n.supplied + n.inflow - n.outflow - n.served) < 1e-6, qPrintable(n.id));
    }
}

void TestBundledModel::azerbaijaniGasReachesSerbia()
{
    for (const QString& name : {kBaseline, kExpansion}) {
        const auto r = solveFlow(scenario(name));
        QVERIFY(r);
        const NodeResult* rs = r->node(QStringLiteral("RS"));
        QVERIFY2(at(rs->servedByOrigin, QStringLiteral("AZ")) > 0.05, qPrintable(name));
        QVERIFY(r->link(QStringLiteral("G5"))->flow > 0.0); // over IBS, Bulgaria → Serbia
        // The origins add up to what is served.
        double sum = 0.0;
        for (const auto& [o, v] : rs->servedByOrigin)
            sum += v;
        QVERIFY(std::abs(sum - rs->served) < 1e-6);
    }
}

void TestBundledModel::expansionMovesMoreIntoCentralEurope()
{
    const Network n26 = scenario(kBaseline);
    const Network n32 = scenario(kExpansion);
    const auto r26 = solveFlow(n26);
    const auto r32 = solveFlow(n32);
    QVERIFY(r26 && r32);
    const auto g26 = summariseRegions(n26, *r26);
    const auto g32 = summariseRegions(n32, *r32);
    const QString ce = QStringLiteral("Central Europe");
    QVERIFY(regionInflow(g32, ce, QStringLiteral("gas")) >= regionInflow(g26, ce, QStringLiteral("gas")) - 1e-6);
    QVERIFY(regionInflow(g32, ce, QStringLiteral("power")) > regionInflow(g26, ce, QStringLiteral("power")) + 100.0);
    // In gas-equivalent terms (1 MW = 1/1204.3 bcm/yr) the total grows too.
    const double total26 = regionInflow(g26, ce, QStringLiteral("gas")) + regionInflow(g26, ce, QStringLiteral("power")) / 1204.3;
    const double total32 = regionInflow(g32, ce, QStringLiteral("gas")) + regionInflow(g32, ce, QStringLiteral("power")) / 1204.3;
    QVERIFY(total32 > total26);
}

void TestBundledModel::ibsOutageCutsSerbiasAzerbaijaniGas()
{
    const Network net = scenario(kBaseline);
    const auto base = solveFlow(net);
    SolveOptions o;
    o.outages = {QStringLiteral("G5")};
    const auto out = solveFlow(net, o);
    QVERIFY(base && out);
    const double before = at(base->node(QStringLiteral("RS"))->servedByOrigin, QStringLiteral("AZ"));
    const double after = at(out->node(QStringLiteral("RS"))->servedByOrigin, QStringLiteral("AZ"));
    QVERIFY2(after < before - 0.05, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(out->link(QStringLiteral("G5"))->flow, 0.0);
}

void TestBundledModel::nisPlantRunsIn2032()
{
    const auto r26 = solveFlow(scenario(kBaseline));
    const auto r32 = solveFlow(scenario(kExpansion));
    QVERIFY(r26 && r32);
    QCOMPARE(r26->node(QStringLiteral("NIS_CCGT"))->converted, 0.0);
    const double gas = r32->node(QStringLiteral("NIS_CCGT"))->converted;
    const double power = r32->link(QStringLiteral("NIS_OUT"))->flow;
    QVERIFY(power > 0.0);
    QVERIFY(std::abs(power - gas * 0.55 * 1204.3) < 1e-6 * power); // efficiency × unit factor
    QVERIFY(power <= 500.0 + 1e-6);
}

void TestBundledModel::n1SweepRanksTrunkLines()
{
    const auto sweep = sweepSingleOutages(scenario(kBaseline));
    QVERIFY(sweep);
    QCOMPARE(sweep->ranking.size(), m_doc.network.links.size());
    // The first-ranked outage loses the most; the trunk from Azerbaijan is among the worst three.
    for (std::size_t i = 1; i < sweep->ranking.size(); ++i)
        QVERIFY(sweep->ranking[i].servedLoss <= sweep->ranking[i - 1].servedLoss + 1e-6);
    QStringList top;
    for (std::size_t i = 0; i < 3; ++i)
        top << sweep->ranking[i].linkId;
    QVERIFY2(top.contains(QStringLiteral("G1x")), qPrintable(top.join(QLatin1Char(','))));
    QVERIFY(sweep->ranking.front().servedLoss > 1.0);
}

QTEST_GUILESS_MAIN(TestBundledModel)
#include "tst_bundled_model.moc"
