// The network model and its scenarios in a project GeoPackage: attribute tables registered in
// gpkg_contents, a faithful round trip, replacement on re-save, and an all-or-nothing save.

#include "tests/common/test_support.h"
#include "model/database.h"
#include "model/model_store.h"
#include "model/network_json.h"
#include "model/statement.h"
#include "model/transaction.h"

#include "geo/gpkg_writer.h"
#include "geo/layer_data.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corridor::model;
namespace geo = corridor::geo;

namespace {

QString makeGeoPackage(const QTemporaryDir& dir)
{
    auto l = std::make_shared<geo::LayerData>();
    l->name = QStringLiteral("facilities");
    l->crs = geo::Crs::wgs84();
    l->geometryType = geo::GeometryType::Point;
    l->columns.emplace_back(geo::Field{QStringLiteral("id"), geo::FieldType::String});
    l->geometry.beginFeature();
    l->geometry.beginPart(geo::PartKind::Point);
    l->geometry.beginRing();
    l->geometry.addPoint(21.90, 43.32);
    l->geometry.finish();
    l->fids = {1};
    l->columns[0].appendString(QStringLiteral("F36"));
    l->finalise();
    const QString path = dir.filePath(QStringLiteral("project.gpkg"));
    if (auto st = geo::writeGeoPackage(path, {l}); !st)
        qFatal("%s", qPrintable(st.error().toString()));
    return path;
}

NetworkDocument sample()
{
    const QByteArray json = R"({"nodes": [
        {"id": "AZ", "name": "Shah Deniz", "supply": 20, "country": "AZ", "origin": "AZ", "lon": 49.47, "lat": 40.18, "feature_id": "F01"},
        {"id": "NIS", "kind": "plant", "efficiency": 0.55, "unit_factor": 1204.3, "output_limit": 500, "country": "RS"},
        {"id": "RS_POWER", "demand": 300, "commodity": "power", "region": "Southern Europe", "weight": 0.001}],
      "links": [{"id": "IBS", "from": "AZ", "to": "NIS", "capacity": 1.8, "feature_id": "G5", "exit_capacity": 1.5, "length_km": 170.2},
                {"id": "PLANT_OUT", "from": "NIS", "to": "RS_POWER", "capacity": 1000, "cost": 0.1}],
      "scenarios": [{"name": "2026 baseline", "description": "today"},
                    {"name": "2032 expansion", "values": [{"link": "IBS", "field": "capacity", "value": 2.4, "source": "[S22]", "note": "phase 3"}]}]})";
    auto d = networkFromJson(json);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    d->network.nodes[0].source = QStringLiteral("[S140]");
    d->network.links[0].note = QStringLiteral("IBS");
    return *d;
}

} // namespace

class TestModelStore : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void registeredAsAttributeTables();
    void resaveReplaces();
    void invalidModelIsNotSaved();
    void saveIsAllOrNothing();
    void noModel();
};

void TestModelStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY(!hasModel(*db));
    const NetworkDocument doc = sample();
    const Status st = saveModel(*db, doc);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
    auto back = loadModel(*db);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(networkToJson(back->network, back->scenarios), networkToJson(doc.network, doc.scenarios));
    QCOMPARE(back->network.nodes[0].source, QStringLiteral("[S140]"));
    QCOMPARE(back->network.links[0].note, QStringLiteral("IBS"));
    QCOMPARE(back->scenarios.find(QStringLiteral("2032 expansion"))->values[0].note, QStringLiteral("phase 3"));
}

void TestModelStore::registeredAsAttributeTables()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    {
        auto db = Database::open(path);
        QVERIFY(saveModel(*db, sample()));
        auto q = db->prepare(QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE data_type = 'attributes' AND table_name LIKE 'model_%'"));
        QVERIFY(q && *q->step());
        QCOMPARE(q->columnInt64(0), 4);
    }
    const QString problems = corridor::test::geoPackageProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestModelStore::resaveReplaces()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    auto db = Database::open(path);
    NetworkDocument doc = sample();
    QVERIFY(saveModel(*db, doc));
    QVERIFY(doc.scenarios.remove(QStringLiteral("2026 baseline")));
    QVERIFY(doc.scenarios.rename(QStringLiteral("2032 expansion"), QStringLiteral("2032 high")));
    doc.network.links[0].capacity = 9.0;
    QVERIFY(saveModel(*db, doc));
    auto back = loadModel(*db);
    QVERIFY(back);
    QCOMPARE(back->scenarios.names(), QStringList{QStringLiteral("2032 high")});
    QCOMPARE(back->network.links[0].capacity, 9.0);
    QCOMPARE(back->network.nodes.size(), std::size_t(3));
}

void TestModelStore::invalidModelIsNotSaved()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    auto db = Database::open(path);
    QVERIFY(saveModel(*db, sample()));
    NetworkDocument bad = sample();
    bad.network.links[0].to = QStringLiteral("nowhere");
    QVERIFY(!saveModel(*db, bad));
    QCOMPARE(loadModel(*db)->network.links[0].to, QStringLiteral("NIS"));
}

void TestModelStore::saveIsAllOrNothing()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    auto db = Database::open(path);
    QVERIFY(saveModel(*db, sample()));
    // A trigger makes the scenario-value insert fail half-way through the second save.
    QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON model_scenario_values BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    NetworkDocument doc = sample();
    doc.network.links[0].capacity = 99.0;
    const Status st = saveModel(*db, doc);
    QVERIFY(!st);
    QVERIFY(!db->inTransaction());
    QVERIFY(db->exec(QStringLiteral("DROP TRIGGER boom")));
    auto back = loadModel(*db);
    QVERIFY(back);
    QCOMPARE(back->network.links[0].capacity, 1.8); // the first save, intact
    QCOMPARE(back->scenarios.names().size(), 2);
}

void TestModelStore::noModel()
{
    QTemporaryDir dir;
    const QString path = makeGeoPackage(dir);
    auto db = Database::open(path);
    QCOMPARE(loadModel(*db).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_model_store.moc"
