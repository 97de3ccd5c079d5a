// The JSON network form: reading, errors that name the item, round trip, scenarios in JSON.

#include "model/flow_solver.h"
#include "model/network_json.h"

#include <QTest>

using namespace corridor::model;

class TestNetworkJson : public QObject {
    Q_OBJECT
private slots:
    void readsTheIssueExample();
    void errors_data();
    void errors();
    void roundTrip();
    void scenarios();
};

void TestNetworkJson::readsTheIssueExample()
{
    const QByteArray json = R"({"nodes": [{"id": "AZ", "supply": 20, "demand": 0}, {"id": "GE", "demand": 2}],
        "links": [{"id": "SCP", "from": "AZ", "to": "GE", "capacity": 23.4, "cost": 1.0, "bidirectional": false}]})";
    auto d = networkFromJson(json);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    QCOMPARE(d->network.nodes.size(), std::size_t(2));
    QCOMPARE(d->network.nodes[0].kind, NodeKind::Supply);
    QCOMPARE(d->network.nodes[1].kind, NodeKind::Demand);
    QCOMPARE(d->network.links[0].capacity, 23.4);
    QCOMPARE(*d->network.links[0].cost, 1.0);
    QVERIFY(!d->network.links[0].bidirectional);
    auto r = solveFlow(d->network);
    QVERIFY(r);
    QCOMPARE(r->totalServed, 2.0);
}

void TestNetworkJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray nodes = R"("nodes": [{"id": "A", "supply": 1}, {"id": "B", "demand": 1}])";
    QTest::newRow("malformed") << QByteArray(R"({"nodes": [)") << "malformed JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "malformed network";
    QTest::newRow("no links") << QByteArray(R"({"nodes": []})") << "\"links\" must be an array";
    QTest::newRow("unknown node") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "C", "capacity": 1}]})")
                                  << "link L: unknown node \"C\"";
    QTest::newRow("negative capacity") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B", "capacity": -3}]})")
                                       << "link L: capacity must be a finite number >= 0, not -3";
    QTest::newRow("NaN capacity (string)") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B", "capacity": "NaN"}]})")
                                           << "link L: capacity must be a number, not \"NaN\"";
    QTest::newRow("NaN literal") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B", "capacity": NaN}]})")
                                 << "malformed JSON";
    QTest::newRow("missing capacity") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B"}]})")
                                      << "link L: \"capacity\" is missing";
    QTest::newRow("duplicate link") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B", "capacity": 1},
                                        {"id": "L", "from": "B", "to": "A", "capacity": 1}]})")
                                    << "duplicate link id L";
    QTest::newRow("duplicate node") << QByteArray(R"({"nodes": [{"id": "A"}, {"id": "A"}], "links": []})") << "duplicate node id A";
    QTest::newRow("node without id") << QByteArray(R"({"nodes": [{"supply": 1}], "links": []})") << "node #1: \"id\" is missing";
    QTest::newRow("bad kind") << QByteArray(R"({"nodes": [{"id": "A", "kind": "volcano"}], "links": []})") << "node A: unknown kind";
    QTest::newRow("bad bool") << QByteArray("{" + nodes + R"(, "links": [{"id": "L", "from": "A", "to": "B", "capacity": 1, "bidirectional": "yes"}]})")
                              << "link L: bidirectional must be true or false";
    QTest::newRow("scenario unknown link") << QByteArray("{" + nodes + R"(, "links": [], "scenarios": [{"name": "s", "values": [{"link": "X", "field": "capacity", "value": 1}]}]})")
                                           << "scenario \"s\": unknown link X";
}

void TestNetworkJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto d = networkFromJson(json);
    QVERIFY(!d);
    QVERIFY2(d.error().message.contains(expected), qPrintable(d.error().message));
}

void TestNetworkJson::roundTrip()
{
    Network net;
    Node a;
    a.id = QStringLiteral("A");
    a.supply = 3.5;
    a.country = QStringLiteral("AZ");
    a.origin = QStringLiteral("AZ");
    a.position = corridor::geo::GeoPoint{49.47, 40.18};
    Node p;
    p.id = QStringLiteral("P");
    p.kind = NodeKind::Plant;
    p.efficiency = 0.55;
    p.unitFactor = 1204.3;
    p.outputLimit = 500.0;
    Node b;
    b.id = QStringLiteral("B");
    b.demand = 100.0;
    b.region = QStringLiteral("Southern Europe");
    net.nodes = {a, p, b};
    Link l1;
    l1.id = QStringLiteral("L1");
    l1.from = QStringLiteral("A");
    l1.to = QStringLiteral("P");
    l1.capacity = 2.0;
    l1.exitCapacity = 1.5;
    l1.lengthKm = 692.0;
    Link l2;
    l2.id = QStringLiteral("L2");
    l2.from = QStringLiteral("P");
    l2.to = QStringLiteral("B");
    l2.capacity = 600.0;
    l2.cost = 0.5;
    net.links = {l1, l2};
    ScenarioSet set;
    QVERIFY(set.add(Scenario{QStringLiteral("more"), QStringLiteral("d"), {}}));
    QVERIFY(set.setValue(QStringLiteral("more"), ScenarioValue{ValueTarget::Link, QStringLiteral("L1"), QStringLiteral("capacity"), 4.0,
                                                               QStringLiteral("[S01]"), QStringLiteral("n")}));
    const QByteArray json = networkToJson(net, set);
    auto d = networkFromJson(json);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    QCOMPARE(networkToJson(d->network, d->scenarios), json);
    QCOMPARE(d->network.nodes[1].kind, NodeKind::Plant);
    QCOMPARE(*d->network.nodes[1].outputLimit, 500.0);
    QCOMPARE(d->network.nodes[0].position->lat, 40.18);
    QCOMPARE(*d->network.links[0].exitCapacity, 1.5);
    QCOMPARE(d->scenarios.scenarios().front().values.front().source, QStringLiteral("[S01]"));
}

void TestNetworkJson::scenarios()
{
    const QByteArray json = R"({"nodes": [{"id": "A", "supply": 10}, {"id": "B", "demand": 5}],
        "links": [{"id": "L", "from": "A", "to": "B", "capacity": 2}],
        "scenarios": [{"name": "base"}, {"name": "wide", "values": [{"link": "L", "field": "capacity", "value": 4},
                                                                     {"node": "B", "field": "demand", "value": 3}]}]})";
    auto d = networkFromJson(json);
    QVERIFY(d);
    QCOMPARE(d->scenarios.names(), (QStringList{QStringLiteral("base"), QStringLiteral("wide")}));
    auto wide = d->scenarios.apply(d->network, QStringLiteral("wide"));
    QVERIFY(wide);
    QCOMPARE(solveFlow(*wide)->totalServed, 3.0);
    QCOMPARE(solveFlow(*d->scenarios.apply(d->network, QStringLiteral("base")))->totalServed, 2.0);
}

QTEST_GUILESS_MAIN(TestNetworkJson)
#include "tst_network_json.moc"
