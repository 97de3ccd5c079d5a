// The bundled corridor project: every layer present, every feature sourced, geometry consistent with the
// facts sheet, a valid GeoPackage, reproducible, and a builder that rejects bad data with file:line.

#include "tests/common/test_support.h"
#include "geo/geodesic.h"
#include "geo/geos_geometry.h"
#include "geo/project.h"
#include "geo/vector_dataset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace corridor::geo;

namespace {

const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE);

std::vector<GeoPoint> lineOf(const LayerData& l, std::size_t row)
{
    std::vector<GeoPoint> pts;
    const auto& g = l.geometry;
    for (auto p = g.featurePartBegin(row); p < g.featurePartEnd(row); ++p)
        for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
            for (auto i = g.ringPointBegin(r); i < g.ringPointEnd(r); ++i)
                pts.push_back({g.point(i).x, g.point(i).y});
    return pts;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

std::optional<std::size_t> rowWhere(const LayerData& l, const QString& field, const QString& value)
{
    for (std::size_t r = 0; r < l.featureCount(); ++r)
        if (l.attribute(r, field).toString() == value)
            return r;
    return std::nullopt;
}

} // namespace

class TestCorridorBundle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLayerPresent();
    void everyFeatureSourced();
    void namedPipelinesPresent();
    void lengthsAreGeodesicAndMatchTheFactsSheet();
    void nisPlant();
    void airportsAndAirRoute();
    void countries();
    void validGeoPackage();
    void reproducible();
    void builderRejectsBadData_data();
    void builderRejectsBadData();

private:
    Project m_project;
    LayerDataPtr m_sources;
};

void TestCorridorBundle::initTestCase()
{
    auto p = loadProject(kBundle);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
    m_project = std::move(*p);
    auto sources = readLayerFromFile(kBundle, QStringLiteral("sources"));
    QVERIFY(sources);
    m_sources = *sources;
}

void TestCorridorBundle::everyLayerPresent()
{
    for (const char* name : {"countries", "gas_pipelines", "oil_pipelines", "power_links", "facilities", "airports", "air_routes"}) {
        const auto l = m_project.layer(QString::fromLatin1(name));
        QVERIFY2(l, name);
        QVERIFY2(l->featureCount() > 0, name);
        QVERIFY2(l->crs.isSame(Crs::wgs84()), name);
        QVERIFY2(l->warnings.isEmpty(), qPrintable(l->warnings.join(QLatin1Char('\n'))));
    }
    QVERIFY(m_project.tables.contains(QStringLiteral("sources")));
    QVERIFY(m_sources->featureCount() >= 186);
    QCOMPARE(m_project.layer(QStringLiteral("countries"))->geometryType, GeometryType::Polygon);
    QCOMPARE(m_project.layer(QStringLiteral("gas_pipelines"))->geometryType, GeometryType::Line);
    QCOMPARE(m_project.layer(QStringLiteral("facilities"))->geometryType, GeometryType::Point);
}

void TestCorridorBundle::everyFeatureSourced()
{
    QSet<QString> ids;
    for (std::size_t r = 0; r < m_sources->featureCount(); ++r)
        ids.insert(m_sources->attribute(r, QStringLiteral("id")).toString());
    static const QRegularExpression ref(QStringLiteral("\\[(S\\d{2,3})\\]"));
    int sourced = 0;
    for (const char* name : {"gas_pipelines", "oil_pipelines", "power_links", "facilities", "airports", "air_routes"}) {
        const auto l = m_project.layer(QString::fromLatin1(name));
        for (std::size_t r = 0; r < l->featureCount(); ++r) {
            const QString what = QStringLiteral("%1 row %2 (%3)").arg(QString::fromLatin1(name)).arg(r).arg(l->attribute(r, QStringLiteral("name")).toString());
            const QString conf = l->attribute(r, QStringLiteral("confidence")).toString();
            QVERIFY2(conf == QLatin1String("sourced") || conf == QLatin1String("approximate"), qPrintable(what));
            const QString src = l->attribute(r, QStringLiteral("source")).toString();
            if (conf == QLatin1String("sourced")) {
                QVERIFY2(ref.match(src).hasMatch(), qPrintable(what + QStringLiteral(": no source id")));
                ++sourced;
            }
            for (auto it = ref.globalMatch(src); it.hasNext();)
                QVERIFY2(ids.contains(it.next().captured(1)), qPrintable(what + QStringLiteral(": unknown source id")));
            QVERIFY2(l->geometry.featureType(r) != GeometryType::None, qPrintable(what + QStringLiteral(": no geometry")));
        }
    }
    QVERIFY(sourced > 50);
}

void TestCorridorBundle::namedPipelinesPresent()
{
    const auto gas = m_project.layer(QStringLiteral("gas_pipelines"));
    // The foundation issue's list, by the facts sheet's ids.
    const QHash<QString, QString> expectedStatus = {
        {QStringLiteral("G1"), QStringLiteral("operating")},  {QStringLiteral("G1x"), QStringLiteral("operating")},
        {QStringLiteral("G2"), QStringLiteral("operating")},  {QStringLiteral("G3"), QStringLiteral("operating")},
        {QStringLiteral("G3i"), QStringLiteral("operating")}, {QStringLiteral("G4"), QStringLiteral("operating")},
        {QStringLiteral("G5"), QStringLiteral("operating")},  {QStringLiteral("G6b"), QStringLiteral("operating")},
        {QStringLiteral("G6s"), QStringLiteral("operating")}, {QStringLiteral("G7"), QStringLiteral("operating")},
        {QStringLiteral("G8"), QStringLiteral("planned")},    {QStringLiteral("G9"), QStringLiteral("planned")},
        {QStringLiteral("G10"), QStringLiteral("operating")}, {QStringLiteral("G12"), QStringLiteral("planned")},
        {QStringLiteral("G14"), QStringLiteral("operating")}};
    for (auto it = expectedStatus.cbegin(); it != expectedStatus.cend(); ++it) {
        const auto row = rowWhere(*gas, QStringLiteral("id"), it.key());
        QVERIFY2(row, qPrintable(it.key()));
        QCOMPARE(gas->attribute(*row, QStringLiteral("status")).toString(), it.value());
    }
    const QSet<QString> statuses = {QStringLiteral("operating"), QStringLiteral("under construction"), QStringLiteral("planned")};
    for (const char* name : {"gas_pipelines", "oil_pipelines", "power_links"}) {
        const auto l = m_project.layer(QString::fromLatin1(name));
        for (std::size_t r = 0; r < l->featureCount(); ++r)
            QVERIFY(statuses.contains(l->attribute(r, QStringLiteral("status")).toString()));
    }
    // Figures from the facts sheet (section 1.1).
    QCOMPARE(gas->attribute(*rowWhere(*gas, QStringLiteral("id"), QStringLiteral("G2")), QStringLiteral("capacity_bcm_y")).toDouble(), 16.0);
    QCOMPARE(gas->attribute(*rowWhere(*gas, QStringLiteral("id"), QStringLiteral("G3")), QStringLiteral("capacity_bcm_y")).toDouble(), 10.0);
    QCOMPARE(gas->attribute(*rowWhere(*gas, QStringLiteral("id"), QStringLiteral("G4")), QStringLiteral("planned_capacity_bcm_y")).toDouble(), 5.0);
    QCOMPARE(gas->attribute(*rowWhere(*gas, QStringLiteral("id"), QStringLiteral("G5")), QStringLiteral("planned_capacity_bcm_y")).toDouble(), 2.4);
    const auto power = m_project.layer(QStringLiteral("power_links"));
    // The Caspian–Black Sea–Europe cable: planned, subsea HVDC, 1.3 GW per the sheet's recommendation.
    const auto cable = rowWhere(*power, QStringLiteral("id"), QStringLiteral("E1"));
    QVERIFY(cable);
    QCOMPARE(power->attribute(*cable, QStringLiteral("kind")).toString(), QStringLiteral("hvdc_subsea"));
    QCOMPARE(power->attribute(*cable, QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(power->attribute(*cable, QStringLiteral("capacity_mw")).toDouble(), 1300.0);
}

void TestCorridorBundle::lengthsAreGeodesicAndMatchTheFactsSheet()
{
    int compared = 0;
    for (const char* name : {"gas_pipelines", "oil_pipelines", "power_links"}) {
        const auto l = m_project.layer(QString::fromLatin1(name));
        for (std::size_t r = 0; r < l->featureCount(); ++r) {
            const QString id = l->attribute(r, QStringLiteral("id")).toString();
            // length_km is the geodesic length of the drawn line, to 0.1 km.
            const double drawn = geodesic::lineLengthM(lineOf(*l, r)) / 1000.0;
            const double stored = l->attribute(r, QStringLiteral("length_km")).toDouble();
            QVERIFY2(std::abs(stored - drawn) <= 0.051, qPrintable(QStringLiteral("%1: %2 vs %3").arg(id).arg(stored).arg(drawn)));
            const QVariant reported = l->attribute(r, QStringLiteral("length_reported_km"));
            if (!reported.isValid())
                continue;
            const QVariant tolVar = l->attribute(r, QStringLiteral("length_tolerance_pct"));
            const double tol = tolVar.isValid() ? tolVar.toDouble() : 10.0;
            const double diffPct = 100.0 * (drawn - reported.toDouble()) / reported.toDouble();
            qInfo("%s %-8s drawn %7.1f km, reported %7.1f km, %+6.1f%% (tolerance %.0f%%)", name, qPrintable(id), drawn,
                  reported.toDouble(), diffPct, tol);
            QVERIFY2(std::abs(diffPct) <= tol, qPrintable(QStringLiteral("%1: %2%").arg(id).arg(diffPct)));
            // A tolerance above the default must say why.
            if (tol > 10.0)
                QVERIFY2(!l->attribute(r, QStringLiteral("notes")).toString().isEmpty(), qPrintable(id));
            ++compared;
        }
    }
    QVERIFY(compared >= 20);
}

void TestCorridorBundle::nisPlant()
{
    const auto f = m_project.layer(QStringLiteral("facilities"));
    std::optional<std::size_t> plant;
    for (std::size_t r = 0; r < f->featureCount(); ++r)
        if (f->attribute(r, QStringLiteral("kind")).toString() == QLatin1String("power_plant")
            && f->attribute(r, QStringLiteral("name")).toString().contains(QStringLiteral("Niš")))
            plant = r;
    QVERIFY(plant);
    QCOMPARE(f->attribute(*plant, QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(f->attribute(*plant, QStringLiteral("capacity")).toDouble(), 500.0);
    QVERIFY(f->attribute(*plant, QStringLiteral("location_note")).toString().contains(QStringLiteral("Krušce")));
    QVERIFY(f->attribute(*plant, QStringLiteral("source")).toString().contains(QStringLiteral("[S122]")));
    const MapPoint p = f->geometry.point(f->geometry.ringPointBegin(f->geometry.partRingBegin(f->geometry.featurePartBegin(*plant))));
    QCOMPARE(p.x, 21.90);
    QCOMPARE(p.y, 43.32);
}

void TestCorridorBundle::airportsAndAirRoute()
{
    const auto ap = m_project.layer(QStringLiteral("airports"));
    const auto gyd = rowWhere(*ap, QStringLiteral("iata"), QStringLiteral("GYD"));
    const auto beg = rowWhere(*ap, QStringLiteral("iata"), QStringLiteral("BEG"));
    QVERIFY(gyd && beg);
    const GeoPoint a{ap->attribute(*gyd, QStringLiteral("lon")).toDouble(), ap->attribute(*gyd, QStringLiteral("lat")).toDouble()};
    const GeoPoint b{ap->attribute(*beg, QStringLiteral("lon")).toDouble(), ap->attribute(*beg, QStringLiteral("lat")).toDouble()};
    QCOMPARE(a.lat, 40.4675);
    QCOMPARE(b.lon, 20.3069);

    const auto routes = m_project.layer(QStringLiteral("air_routes"));
    QCOMPARE(routes->featureCount(), std::size_t(1));
    const auto pts = lineOf(*routes, 0);
    QVERIFY(pts.size() >= 124); // 2472 km in segments of at most 20 km
    QCOMPARE(pts.front(), a);
    QCOMPARE(pts.back(), b);
    // The facts sheet's ellipsoidal distance, 2,471.9 km; every vertex on the geodesic (a->p + p->b = a->b).
    const double ab = geodesic::distanceM(a, b);
    QVERIFY(std::abs(ab / 1000.0 - 2471.9) < 0.1);
    QVERIFY(std::abs(routes->attribute(0, QStringLiteral("length_km")).toDouble() - 2471.9) < 0.051);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        QVERIFY(geodesic::distanceM(a, pts[i]) + geodesic::distanceM(pts[i], b) - ab < 0.01);
        if (i > 0)
            QVERIFY(geodesic::distanceM(pts[i - 1], pts[i]) <= 20'000.0 + 1e-6);
    }
    // The curve really bends away from the straight lon/lat chord: the midpoint lies north of it.
    const GeoPoint mid = pts[pts.size() / 2];
    const double chordLat = a.lat + (b.lat - a.lat) * (mid.lon - a.lon) / (b.lon - a.lon);
    QVERIFY(mid.lat > chordLat + 1.0);
}

void TestCorridorBundle::countries()
{
    const auto c = m_project.layer(QStringLiteral("countries"));
    QVERIFY(c->featureCount() >= 40);
    const Envelope clip(-10.0, 28.0, 60.0, 60.0);
    QVERIFY2(clip.buffered(1e-6).contains(c->extent()), "countries exceed the clip box");
    const QHash<QString, QString> groups = {
        {QStringLiteral("AZ"), QStringLiteral("South Caucasus")}, {QStringLiteral("GE"), QStringLiteral("South Caucasus")},
        {QStringLiteral("TR"), QStringLiteral("Türkiye")},        {QStringLiteral("RS"), QStringLiteral("Balkans")},
        {QStringLiteral("BG"), QStringLiteral("Balkans")},        {QStringLiteral("GR"), QStringLiteral("Balkans")},
        {QStringLiteral("HU"), QStringLiteral("Central Europe")}, {QStringLiteral("AT"), QStringLiteral("Central Europe")},
        {QStringLiteral("IT"), QStringLiteral("Southern Europe")}};
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto row = rowWhere(*c, QStringLiteral("iso_a2"), it.key());
        QVERIFY2(row, qPrintable(it.key()));
        QCOMPARE(c->attribute(*row, QStringLiteral("corridor_group")).toString(), it.value());
    }
    QCOMPARE(c->attribute(*rowWhere(*c, QStringLiteral("iso_a2"), QStringLiteral("RS")), QStringLiteral("model_region")).toString(),
             QStringLiteral("Southern Europe"));
    QCOMPARE(c->attribute(*rowWhere(*c, QStringLiteral("iso_a2"), QStringLiteral("HU")), QStringLiteral("model_region")).toString(),
             QStringLiteral("Central Europe"));
    for (std::size_t r = 0; r < c->featureCount(); ++r) {
        const Validity v = checkValidity(c->geometry, r);
        QVERIFY2(v.valid, qPrintable(c->attribute(r, QStringLiteral("name")).toString() + QStringLiteral(": ") + v.reason));
    }
}

void TestCorridorBundle::validGeoPackage()
{
    const QString problems = corridor::test::geoPackageProblems(kBundle);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCorridorBundle::reproducible()
{
    QTemporaryDir dir;
    const QString again = dir.filePath(QStringLiteral("again.gpkg"));
    QProcess p;
    p.start(QStringLiteral(BUNDLE_BUILDER), {QStringLiteral(BUNDLE_SRC), again});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(sha256(again), sha256(kBundle));
}

void TestCorridorBundle::builderRejectsBadData_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown source id") << "gas_pipelines.csv" << "[S07]" << "[S999]" << "unknown source id S999";
    QTest::newRow("bad confidence") << "facilities.csv" << ",sourced," << ",certain," << "confidence must be";
    QTest::newRow("non-numeric capacity") << "gas_pipelines.csv" << ",16," << ",sixteen," << "is not a valid Real";
    QTest::newRow("waypoint latitude") << "line_waypoints.csv" << ",40.18," << ",north," << "line_waypoints.csv:";
}

void TestCorridorBundle::builderRejectsBadData()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QDir src(QStringLiteral(BUNDLE_SRC));
    for (const QString& f : src.entryList(QDir::Files))
        QVERIFY(QFile::copy(src.filePath(f), dir.filePath(f)));
    QFile csv(dir.filePath(file));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(csv.readAll());
    csv.close();
    const qsizetype at = text.indexOf(from);
    QVERIFY2(at >= 0, qPrintable(from));
    text.replace(at, from.size(), to);
    QFile::remove(dir.filePath(file));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(text.toUtf8());
    csv.close();

    const QString out = dir.filePath(QStringLiteral("out.gpkg"));
    QProcess p;
    p.start(QStringLiteral(BUNDLE_BUILDER), {dir.path(), out});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY2(err.contains(file + QLatin1Char(':')) || err.contains(file), qPrintable(err)); // names the file (and line)
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCorridorBundle)
#include "tst_corridor_bundle.moc"
