// Random networks with integer data, solved by both our backends (Clp, LEMON) and cross-checked
// against an independent implementation: networkx's max_flow_min_cost (tests/model/nx_oracle.py), on
// served demand and total cost. Integer data make the optimum values exact, so they must agree (Clp
// within floating-point tolerance).

#include "model/flow_solver.h"
#include "model/network_json.h"
#include "random_network.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace corridor::model;

class TestNetworkxOracle : public QObject {
    Q_OBJECT
private slots:
    void randomNetworks();
};

void TestNetworkxOracle::randomNetworks()
{
    QTemporaryDir dir;
    // 40 small networks, plus one large enough (> 5,000 LP columns) to take Clp's other simplex path.
    constexpr int kCount = 41;
    QStringList files;
    std::vector<Network> nets;
    for (int i = 0; i < kCount; ++i) {
        const int nodes = i == kCount - 1 ? 1500 : 4 + (i * 7) % 37;
        const int links = i == kCount - 1 ? 5000 : nodes + (i * 13) % (2 * nodes);
        nets.push_back(testing::randomNetwork(1000 + static_cast<std::uint64_t>(i), nodes, links));
        const QString path = dir.filePath(QStringLiteral("net%1.json").arg(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(networkToJson(nets.back()));
        files << path;
    }
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(ORACLE_SCRIPT)} + files);
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), kCount);
    int withUnserved = 0, withCost = 0;
    for (int i = 0; i < kCount; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        const double served = o.value(QStringLiteral("served")).toDouble();
        const double cost = o.value(QStringLiteral("cost")).toDouble();
        for (SolverBackend b : {SolverBackend::Lp, SolverBackend::NetworkSimplex}) {
            SolveOptions opts;
            opts.backend = b;
            auto r = solveFlow(nets[static_cast<std::size_t>(i)], opts);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            const QString what = QStringLiteral("network %1 (%2): served %3 vs %4, cost %5 vs %6")
                                     .arg(i)
                                     .arg(backendName(b))
                                     .arg(r->totalServed, 0, 'g', 12)
                                     .arg(served)
                                     .arg(r->totalCost, 0, 'g', 12)
                                     .arg(cost);
            QVERIFY2(std::abs(r->totalServed - served) <= 1e-6 * std::max(1.0, served), qPrintable(what));
            QVERIFY2(std::abs(r->totalCost - cost) <= 1e-6 * std::max(1.0, cost), qPrintable(what));
            // Within capacities and conserving flow at every node.
            for (std::size_t k = 0; k < r->links.size(); ++k) {
                const Link& l = nets[static_cast<std::size_t>(i)].links[k];
                const double f = r->links[k].flow;
                QVERIFY(f <= l.forwardLimit() + 1e-7 && -f <= l.reverseLimit() + 1e-7);
            }
            for (const NodeResult& n : r->nodes)
                QVERIFY(std::abs(n.supplied + n.inflow - n.outflow - n.served) < 1e-6);
        }
        double demand = 0.0;
        for (const Node& n : nets[static_cast<std::size_t>(i)].nodes)
            demand += n.demand;
        withUnserved += served + 1e-9 < demand;
        withCost += cost > 0;
    }
    // The sample exercises both limits: networks that cannot serve everything, and real routing costs.
    QVERIFY(withUnserved >= 10);
    QVERIFY(withCost >= 30);
}

QTEST_GUILESS_MAIN(TestNetworkxOracle)
#include "tst_networkx_oracle.moc"
