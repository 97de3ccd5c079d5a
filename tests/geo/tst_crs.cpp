#include "geo/crs.h"

#include <QRegularExpression>
#include <QTest>

#include <thread>
#include <vector>

using namespace corridor::geo;

class TestCrs : public QObject {
    Q_OBJECT
private slots:
    void fromEpsg_data();
    void fromEpsg();
    void fromUserInput_data();
    void fromUserInput();
    void projStringGetsTypeCrs();
    void wktWithoutIdIsIdentified();
    void errors_data();
    void errors();
    void invalidWktReportsParserError();
    void isSame_data();
    void isSame();
    void invalidCrs();
    void definitionRecreatesSameCrs_data();
    void definitionRecreatesSameCrs();
    void builtInsFromManyThreads();
};

void TestCrs::fromEpsg_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("geographic");
    QTest::newRow("4326") << 4326 << "WGS 84" << true;
    QTest::newRow("4258") << 4258 << "ETRS89" << true;
    QTest::newRow("3035") << 3035 << "ETRS89-extended / LAEA Europe" << false;
    QTest::newRow("3857") << 3857 << "WGS 84 / Pseudo-Mercator" << false;
    QTest::newRow("32634") << 32634 << "WGS 84 / UTM zone 34N" << false;
}

void TestCrs::fromEpsg()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(bool, geographic);
    const auto crs = Crs::fromEpsg(code);
    QVERIFY2(crs.ok(), crs.ok() ? "" : qPrintable(crs.error().toString()));
    QVERIFY(crs->isValid());
    QCOMPARE(crs->authId(), QStringLiteral("EPSG:%1").arg(code));
    QCOMPARE(crs->displayName(), QStringLiteral("EPSG:%1").arg(code));
    QCOMPARE(crs->name(), name);
    QCOMPARE(crs->isGeographic(), geographic);
    QCOMPARE(crs->definition(), QStringLiteral("EPSG:%1").arg(code));
    // WKT2:2019 with the authority id
    QVERIFY2(crs->wkt().startsWith(geographic ? "GEOGCRS[" : "PROJCRS["), qPrintable(crs->wkt().left(40)));
    QVERIFY(crs->wkt().contains(QStringLiteral("ID[\"EPSG\",%1]").arg(code)));
}

static const char* kProjJson4326 =
    R"({"type":"GeographicCRS","name":"WGS 84","datum":{"type":"GeodeticReferenceFrame",)"
    R"("name":"World Geodetic System 1984","ellipsoid":{"name":"WGS 84","semi_major_axis":6378137,)"
    R"("inverse_flattening":298.257223563}},"coordinate_system":{"subtype":"ellipsoidal","axis":[)"
    R"({"name":"Geodetic latitude","abbreviation":"Lat","direction":"north","unit":"degree"},)"
    R"({"name":"Geodetic longitude","abbreviation":"Lon","direction":"east","unit":"degree"}]},)"
    R"("id":{"authority":"EPSG","code":4326}})";

void TestCrs::fromUserInput_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("authId");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("geographic");

    QTest::newRow("EPSG:3035") << "EPSG:3035" << "EPSG:3035" << "EPSG:3035" << false;
    QTest::newRow("lower case") << "epsg:4326" << "EPSG:4326" << "EPSG:4326" << true;
    QTest::newRow("padded") << "  EPSG:3857 \n" << "EPSG:3857" << "EPSG:3857" << false;
    QTest::newRow("ESRI") << "ESRI:54030" << "ESRI:54030" << "ESRI:54030" << false;
    QTest::newRow("urn") << "urn:ogc:def:crs:EPSG::32634" << "EPSG:32634" << "EPSG:32634" << false;
    QTest::newRow("name") << "WGS 84" << "EPSG:4326" << "EPSG:4326" << true;
    QTest::newRow("PROJJSON") << QString::fromUtf8(kProjJson4326) << "EPSG:4326" << "EPSG:4326" << true;
    // WKT1 as GDAL writes it, with an AUTHORITY node
    QTest::newRow("WKT1")
        << R"(GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],)"
           R"(AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]])"
        << "EPSG:4326" << "EPSG:4326" << true;
    // A PROJ string only matches EPSG:3035 with confidence 70 (ellipsoid, not datum): no auth id, and
    // the display name falls back to PROJ's name for it.
    QTest::newRow("PROJ laea")
        << "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs +type=crs"
        << "" << "unknown" << false;
    QTest::newRow("PROJ longlat") << "+proj=longlat +ellps=GRS80" << "" << "unknown" << true;
}

void TestCrs::fromUserInput()
{
    QFETCH(QString, definition);
    QFETCH(QString, authId);
    QFETCH(QString, displayName);
    QFETCH(bool, geographic);
    const auto crs = Crs::fromUserInput(definition);
    QVERIFY2(crs.ok(), crs.ok() ? "" : qPrintable(crs.error().toString()));
    QVERIFY(crs->isValid());
    QCOMPARE(crs->authId(), authId);
    QCOMPARE(crs->displayName(), displayName);
    QCOMPARE(crs->isGeographic(), geographic);
    QVERIFY(!crs->name().isEmpty());
    QVERIFY(!crs->wkt().isEmpty());
    QCOMPARE(crs->definition(), crs->definition().trimmed());
}

void TestCrs::projStringGetsTypeCrs()
{
    // Without +type=crs PROJ would make a coordinate operation, not a CRS.
    const auto merc = Crs::fromUserInput(QStringLiteral("+proj=merc"));
    QVERIFY2(merc.ok(), merc.ok() ? "" : qPrintable(merc.error().toString()));
    QCOMPARE(merc->definition(), QStringLiteral("+proj=merc +type=crs"));
    QVERIFY(!merc->isGeographic());
    QVERIFY(merc->wkt().startsWith(QLatin1String("PROJCRS[")));

    // Already there: not added twice.
    const auto utm = Crs::fromUserInput(QStringLiteral("+proj=utm +zone=34 +datum=WGS84 +type=crs"));
    QVERIFY(utm.ok());
    QCOMPARE(utm->definition(), QStringLiteral("+proj=utm +zone=34 +datum=WGS84 +type=crs"));
}

void TestCrs::wktWithoutIdIsIdentified()
{
    // EPSG:3035's own WKT with its ID node removed: PROJ identifies it (name and parameters match).
    QString wkt = Crs::etrs89Laea().wkt();
    static const QRegularExpression id(QStringLiteral(R"(,\s*ID\["EPSG",3035\])"));
    wkt.remove(id);
    QVERIFY(!wkt.contains(QLatin1String("3035")));
    const auto crs = Crs::fromWkt(wkt);
    QVERIFY2(crs.ok(), crs.ok() ? "" : qPrintable(crs.error().toString()));
    QCOMPARE(crs->authId(), QStringLiteral("EPSG:3035"));
    QCOMPARE(crs->name(), QStringLiteral("ETRS89-extended / LAEA Europe"));
    QVERIFY(crs->isSame(Crs::etrs89Laea()));
}

void TestCrs::errors_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("projSays"); // a piece of PROJ's own message, empty when it is ours

    QTest::newRow("empty") << "" << "";
    QTest::newRow("blank") << "   " << "";
    QTest::newRow("garbage") << "garbage" << "unrecognized format / unknown name";
    QTest::newRow("unknown EPSG") << "EPSG:999999" << "crs not found";
    QTest::newRow("unknown projection") << "+proj=nonexistent" << "Unknown projection";
    QTest::newRow("bad parameter") << "+proj=utm +zone=61" << "Invalid value for zone";
    // An ellipsoid is a PROJ object, but not a CRS.
    QTest::newRow("ellipsoid") << "EPSG:7030" << "";
}

void TestCrs::errors()
{
    QFETCH(QString, definition);
    QFETCH(QString, projSays);
    const auto crs = Crs::fromUserInput(definition);
    QVERIFY(!crs.ok());
    QCOMPARE(crs.error().code, ErrorCode::Crs);
    QCOMPARE(crs.error().context, definition);
    QVERIFY(!crs.error().message.isEmpty());
    if (!projSays.isEmpty())
        QVERIFY2(crs.error().message.contains(projSays), qPrintable(crs.error().message));
}

void TestCrs::invalidWktReportsParserError()
{
    const QString wkt = QStringLiteral(R"(GEOGCRS["broken",DATUM["x")");
    for (const auto& crs : {Crs::fromWkt(wkt), Crs::fromUserInput(wkt)}) {
        QVERIFY(!crs.ok());
        QCOMPARE(crs.error().code, ErrorCode::Crs);
        QCOMPARE(crs.error().context, wkt);
        // PROJ's WKT grammar error for this input
        QVERIFY2(crs.error().message.contains(QLatin1String("missing , or ]")), qPrintable(crs.error().message));
    }
    QVERIFY(!Crs::fromWkt(QString()).ok());
    // A valid WKT of something that is not a CRS.
    const auto ellipsoid = Crs::fromWkt(QStringLiteral(R"(ELLIPSOID["GRS 1980",6378137,298.257222101])"));
    QVERIFY(!ellipsoid.ok());
    QVERIFY2(ellipsoid.error().message.contains(QLatin1String("not a coordinate reference system")),
             qPrintable(ellipsoid.error().message));
}

void TestCrs::isSame_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("WKT vs EPSG") << Crs::etrs89Laea().wkt() << "EPSG:3035" << true;
    QTest::newRow("PROJJSON vs EPSG") << QString::fromUtf8(kProjJson4326) << "EPSG:4326" << true;
    QTest::newRow("name vs EPSG") << "WGS 84" << "epsg:4326" << true;
    // No auth id on the PROJ-string side: PROJ's equivalence test decides, axis order aside.
    QTest::newRow("PROJ longlat vs 4326") << "+proj=longlat +datum=WGS84 +no_defs" << "EPSG:4326" << true;
    QTest::newRow("PROJ utm vs 32634") << "+proj=utm +zone=34 +datum=WGS84 +units=m" << "EPSG:32634" << true;
    QTest::newRow("PROJ utm 34 vs utm 35") << "+proj=utm +zone=34 +datum=WGS84" << "+proj=utm +zone=35 +datum=WGS84"
                                           << false;
    QTest::newRow("3035 vs 3857") << "EPSG:3035" << "EPSG:3857" << false;
    QTest::newRow("4326 vs 4258") << "EPSG:4326" << "EPSG:4258" << false;
    QTest::newRow("PROJ longlat vs 3857") << "+proj=longlat +datum=WGS84" << "EPSG:3857" << false;
}

void TestCrs::isSame()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const auto ca = Crs::fromUserInput(a);
    const auto cb = Crs::fromUserInput(b);
    QVERIFY2(ca.ok(), ca.ok() ? "" : qPrintable(ca.error().toString()));
    QVERIFY2(cb.ok(), cb.ok() ? "" : qPrintable(cb.error().toString()));
    QCOMPARE(ca->isSame(*cb), same);
    QCOMPARE(cb->isSame(*ca), same);
    QCOMPARE(*ca == *cb, same);
    QVERIFY(ca->isSame(*ca));
}

void TestCrs::invalidCrs()
{
    const Crs none;
    QVERIFY(!none.isValid());
    QVERIFY(none.authId().isEmpty());
    QVERIFY(none.isSame(Crs()));
    QVERIFY(!none.isSame(Crs::wgs84()));
    QVERIFY(!Crs::wgs84().isSame(none));
}

void TestCrs::definitionRecreatesSameCrs_data()
{
    QTest::addColumn<QString>("definition");
    QTest::newRow("EPSG") << "EPSG:3035";
    QTest::newRow("PROJ") << "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80";
    QTest::newRow("WKT") << Crs::webMercator().wkt();
}

void TestCrs::definitionRecreatesSameCrs()
{
    QFETCH(QString, definition);
    const auto first = Crs::fromUserInput(definition);
    QVERIFY(first.ok());
    const auto second = Crs::fromUserInput(first->definition());
    QVERIFY(second.ok());
    QCOMPARE(second->definition(), first->definition());
    QCOMPARE(second->wkt(), first->wkt());
    QVERIFY(second->isSame(*first));
}

void TestCrs::builtInsFromManyThreads()
{
    // The built-ins are function statics created on first use, possibly on a worker thread; every
    // thread has its own PROJ context.
    std::vector<QString> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&seen, i] {
            const Crs crs = (i % 3 == 0) ? Crs::wgs84() : (i % 3 == 1) ? Crs::etrs89Laea() : Crs::webMercator();
            const auto again = Crs::fromUserInput(crs.wkt()); // needs this thread's context
            seen[i] = again.ok() ? again->authId() : again.error().toString();
        });
    }
    for (auto& t : threads)
        t.join();
    for (std::size_t i = 0; i < seen.size(); ++i) {
        const char* expected = (i % 3 == 0) ? "EPSG:4326" : (i % 3 == 1) ? "EPSG:3035" : "EPSG:3857";
        QCOMPARE(seen[i], QString::fromLatin1(expected));
    }
    QVERIFY(Crs::wgs84().isGeographic());
    QVERIFY(!Crs::etrs89Laea().isGeographic());
    QCOMPARE(Crs::webMercator().name(), QStringLiteral("WGS 84 / Pseudo-Mercator"));
}

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
