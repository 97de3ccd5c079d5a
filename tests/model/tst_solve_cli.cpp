// `corridor-atlas solve` as scripts use it: the real executable through QProcess, on JSON networks and
// on the bundled project. Output contract of --format json, exit code 2 with a message naming the
// offending item for bad input.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run solve(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CORRIDOR_ATLAS_EXE), QStringList{QStringLiteral("solve")} + args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

const QByteArray kNetwork = R"({"nodes": [{"id": "AZ", "supply": 20, "demand": 0}, {"id": "GE", "demand": 2},
    {"id": "TR", "demand": 30, "region": "Anatolia"}],
  "links": [{"id": "SCP", "from": "AZ", "to": "GE", "capacity": 23.4, "cost": 1.0, "bidirectional": false},
            {"id": "TANAP", "from": "GE", "to": "TR", "capacity": 16, "cost": 2.0}]})";

QJsonObject byId(const QJsonArray& a, const QString& id)
{
    for (const auto& v : a)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestSolveCli : public QObject {
    Q_OBJECT
private slots:
    void jsonContract();
    void outageAndN1();
    void otherFormats();
    void badInput_data();
    void badInput();
    void bundledProject();
};

void TestSolveCli::jsonContract()
{
    QTemporaryDir dir;
    const Run r = solve({write(dir, QStringLiteral("net.json"), kNetwork), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("total_served")).toDouble(), 18.0);
    QCOMPARE(o.value(QStringLiteral("total_cost")).toDouble(), 18.0 * 1.0 + 16.0 * 2.0);
    const QJsonObject tanap = byId(o.value(QStringLiteral("links")).toArray(), QStringLiteral("TANAP"));
    QCOMPARE(tanap.value(QStringLiteral("flow")).toDouble(), 16.0);
    QCOMPARE(tanap.value(QStringLiteral("utilisation")).toDouble(), 1.0);
    QVERIFY(tanap.value(QStringLiteral("bottleneck")).toBool());
    const QJsonObject tr = byId(o.value(QStringLiteral("nodes")).toArray(), QStringLiteral("TR"));
    QCOMPARE(tr.value(QStringLiteral("served")).toDouble(), 16.0);
    QCOMPARE(tr.value(QStringLiteral("unserved")).toDouble(), 14.0);
    const QJsonArray regions = o.value(QStringLiteral("regions")).toArray();
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Anatolia"));
    QCOMPARE(regions[0].toObject().value(QStringLiteral("inflow")).toDouble(), 16.0);
}

void TestSolveCli::outageAndN1()
{
    QTemporaryDir dir;
    const QString net = write(dir, QStringLiteral("net.json"), kNetwork);
    Run r = solve({net, QStringLiteral("--outage"), QStringLiteral("TANAP"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("total_served")).toDouble(), 2.0);
    QCOMPARE(o.value(QStringLiteral("outages")).toArray().first().toString(), QStringLiteral("TANAP"));
    r = solve({net, QStringLiteral("--n-1"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray n1 = o.value(QStringLiteral("n_1")).toArray();
    QCOMPARE(n1.size(), 2);
    QCOMPARE(n1[0].toObject().value(QStringLiteral("link")).toString(), QStringLiteral("SCP"));
    QCOMPARE(n1[0].toObject().value(QStringLiteral("served_loss")).toDouble(), 18.0);
    QCOMPARE(n1[1].toObject().value(QStringLiteral("served_loss")).toDouble(), 16.0);
    r = solve({net, QStringLiteral("--outage"), QStringLiteral("SCP,NOPE")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("NOPE")), qPrintable(r.err));
}

void TestSolveCli::otherFormats()
{
    QTemporaryDir dir;
    const QString net = write(dir, QStringLiteral("net.json"), kNetwork);
    Run r = solve({net, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines[0].startsWith("record,id,flow,capacity,utilisation"));
    QVERIFY(r.out.contains("link,TANAP,16,16,1,1,1"));
    r = solve({net});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("TANAP"));
    QVERIFY(r.out.contains("bottleneck"));
    r = solve({net, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
}

void TestSolveCli::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown node") << QByteArray(R"({"nodes": [{"id": "A"}], "links": [{"id": "L1", "from": "A", "to": "B", "capacity": 1}]})")
                                  << "link L1: unknown node \"B\"";
    QTest::newRow("negative capacity") << QByteArray(R"({"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"id": "L2", "from": "A", "to": "B", "capacity": -1}]})")
                                       << "link L2: capacity";
    QTest::newRow("NaN capacity") << QByteArray(R"({"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"id": "L3", "from": "A", "to": "B", "capacity": "NaN"}]})")
                                  << "link L3: capacity";
    QTest::newRow("duplicate ids") << QByteArray(R"({"nodes": [{"id": "A"}, {"id": "A"}], "links": []})") << "duplicate node id A";
    QTest::newRow("malformed") << QByteArray(R"({"nodes": [{"id": "A"},)") << "malformed JSON";
}

void TestSolveCli::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const Run r = solve({write(dir, QStringLiteral("bad.json"), json), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSolveCli::bundledProject()
{
    const QString gpkg = QStringLiteral(CORRIDOR_BUNDLE);
    Run r = solve({gpkg, QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("2032 expansion"));
    QCOMPARE(byId(o.value(QStringLiteral("links")).toArray(), QStringLiteral("G5")).value(QStringLiteral("feature_id")).toString(),
             QStringLiteral("G5"));
    QStringList regionNames;
    for (const auto& v : o.value(QStringLiteral("regions")).toArray())
        regionNames << v.toObject().value(QStringLiteral("name")).toString();
    QVERIFY(regionNames.contains(QStringLiteral("Central Europe")));
    QVERIFY(regionNames.contains(QStringLiteral("Southern Europe")));
    r = solve({gpkg, QStringLiteral("--scenario"), QStringLiteral("2040 dream")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("2026 baseline")), qPrintable(r.err)); // lists what exists
}

QTEST_GUILESS_MAIN(TestSolveCli)
#include "tst_solve_cli.moc"
