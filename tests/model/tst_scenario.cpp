// Scenarios: duplicate, rename, edit, delete; applying values to the base network.

#include "model/scenario.h"

#include <QTest>

using namespace corridor::model;

namespace {

Network baseNetwork()
{
    Network net;
    Node a;
    a.id = QStringLiteral("A");
    a.supply = 10.0;
    Node b;
    b.id = QStringLiteral("B");
    b.demand = 4.0;
    net.nodes = {a, b};
    Link l;
    l.id = QStringLiteral("L");
    l.from = QStringLiteral("A");
    l.to = QStringLiteral("B");
    l.capacity = 3.0;
    net.links = {l};
    return net;
}

ScenarioValue value(ValueTarget t, const char* id, const char* field, double v)
{
    return ScenarioValue{t, QString::fromLatin1(id), QString::fromLatin1(field), v, QStringLiteral("[S18]"), {}};
}

} // namespace

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void applyValues();
    void duplicateRenameDelete();
    void editValues();
    void errors();
};

void TestScenario::applyValues()
{
    ScenarioSet set;
    QVERIFY(set.add(Scenario{QStringLiteral("2032"), {}, {value(ValueTarget::Link, "L", "capacity", 5.0),
                                                          value(ValueTarget::Node, "B", "demand", 6.0)}}));
    auto net = set.apply(baseNetwork(), QStringLiteral("2032"));
    QVERIFY(net);
    QCOMPARE(net->links[0].capacity, 5.0);
    QCOMPARE(net->nodes[1].demand, 6.0);
    // The base is untouched.
    QCOMPARE(baseNetwork().links[0].capacity, 3.0);
}

void TestScenario::duplicateRenameDelete()
{
    ScenarioSet set;
    QVERIFY(set.add(Scenario{QStringLiteral("2026 baseline"), QStringLiteral("base"), {value(ValueTarget::Link, "L", "capacity", 1.0)}}));
    QVERIFY(set.duplicate(QStringLiteral("2026 baseline"), QStringLiteral("copy")));
    QCOMPARE(set.names(), (QStringList{QStringLiteral("2026 baseline"), QStringLiteral("copy")}));
    QCOMPARE(set.find(QStringLiteral("copy"))->values.size(), std::size_t(1));
    QVERIFY(!set.duplicate(QStringLiteral("copy"), QStringLiteral("2026 baseline"))); // name taken
    QVERIFY(!set.duplicate(QStringLiteral("nope"), QStringLiteral("x")));
    QVERIFY(set.rename(QStringLiteral("copy"), QStringLiteral("  high case ")));
    QVERIFY(set.find(QStringLiteral("high case")));
    QVERIFY(!set.rename(QStringLiteral("high case"), QStringLiteral("2026 baseline")));
    QVERIFY(!set.rename(QStringLiteral("high case"), QStringLiteral("   ")));
    QVERIFY(set.remove(QStringLiteral("2026 baseline")));
    QCOMPARE(set.names(), QStringList{QStringLiteral("high case")});
    QVERIFY(!set.remove(QStringLiteral("2026 baseline")));
}

void TestScenario::editValues()
{
    ScenarioSet set;
    QVERIFY(set.add(Scenario{QStringLiteral("s"), {}, {}}));
    QVERIFY(set.setValue(QStringLiteral("s"), value(ValueTarget::Link, "L", "capacity", 2.0)));
    QVERIFY(set.setValue(QStringLiteral("s"), value(ValueTarget::Link, "L", "capacity", 7.0))); // replaces
    QCOMPARE(set.find(QStringLiteral("s"))->values.size(), std::size_t(1));
    QCOMPARE(set.apply(baseNetwork(), QStringLiteral("s"))->links[0].capacity, 7.0);
    QVERIFY(!set.setValue(QStringLiteral("s"), value(ValueTarget::Link, "L", "colour", 1.0)));
    QVERIFY(!set.setValue(QStringLiteral("s"), value(ValueTarget::Link, "L", "capacity", -1.0)));
    QVERIFY(set.removeValue(QStringLiteral("s"), ValueTarget::Link, QStringLiteral("L"), QStringLiteral("capacity")));
    QCOMPARE(set.apply(baseNetwork(), QStringLiteral("s"))->links[0].capacity, 3.0);
    QVERIFY(!set.removeValue(QStringLiteral("s"), ValueTarget::Link, QStringLiteral("L"), QStringLiteral("capacity")));
}

void TestScenario::errors()
{
    ScenarioSet set;
    QVERIFY(!set.add(Scenario{QStringLiteral(""), {}, {}}));
    QVERIFY(set.add(Scenario{QStringLiteral("s"), {}, {value(ValueTarget::Link, "ghost", "capacity", 1.0)}}));
    auto net = set.apply(baseNetwork(), QStringLiteral("s"));
    QVERIFY(!net);
    QVERIFY2(net.error().message.contains(QStringLiteral("scenario \"s\": unknown link ghost")), qPrintable(net.error().message));
    QCOMPARE(set.apply(baseNetwork(), QStringLiteral("missing")).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
