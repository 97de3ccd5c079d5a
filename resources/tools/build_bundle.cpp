// corridor-bundle-builder SRC_DIR OUT.gpkg
//
// Builds the bundled corridor project (a GeoPackage) from the reviewable text sources in
// resources/corridor/src: CSV tables transcribed from the corridor facts sheet and the clipped Natural
// Earth countries. Lines are drawn through their waypoints; lengths are computed geodesically here,
// never typed in; the Baku–Belgrade route is a densified geodesic. The output is deterministic (fixed
// gpkg_contents timestamp, source order preserved), and the build fails with file:line on bad data.

#include "geo/attributes.h"
#include "geo/geodesic.h"
#include "geo/gpkg_writer.h"
#include "geo/layer_data.h"
#include "geo/vector_dataset.h"
#include "resources/tools/model_tables.h"

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <map>
#include <functional>
#include <optional>

using namespace corridor::geo;

namespace {

struct CsvTable {
    QString path;
    QStringList header;
    std::vector<QStringList> rows; // rows[i] aligned with header; line number = i + 2
    QString value(std::size_t row, const QString& col) const
    {
        const int c = static_cast<int>(header.indexOf(col));
        return c < 0 ? QString() : rows[row].value(c).trimmed();
    }
    QString where(std::size_t row) const { return QStringLiteral("%1:%2").arg(path).arg(row + 2); }
};

/// Reads a CSV as strings through GDAL's CSV driver (RFC 4180 quoting handled there).
Result<CsvTable> readCsv(const QString& path)
{
    CsvTable t;
    t.path = path;
    char** opts = nullptr;
    opts = CSLSetNameValue(opts, "AUTODETECT_TYPE", "NO");
    opts = CSLSetNameValue(opts, "HEADERS", "YES");
    opts = CSLSetNameValue(opts, "EMPTY_STRING_AS_NULL", "NO");
    const char* drivers[] = {"CSV", nullptr};
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, opts, nullptr);
    CSLDestroy(opts);
    if (!ds)
        return Error{ErrorCode::Io, QStringLiteral("cannot read CSV"), path};
    OGRLayerH l = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        t.header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    OGR_L_ResetReading(l);
    while (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
        QStringList row;
        for (int i = 0; i < t.header.size(); ++i)
            row << QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
        t.rows.push_back(row);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return t;
}

// Column types by name; every other column is text.
const QSet<QString> kRealColumns = {
    QStringLiteral("capacity_bcm_y"), QStringLiteral("planned_capacity_bcm_y"), QStringLiteral("length_reported_km"),
    QStringLiteral("capacity_mw"), QStringLiteral("planned_capacity_mw"), QStringLiteral("voltage_kv"),
    QStringLiteral("capacity"), QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("elevation_m"),
    QStringLiteral("reported_distance_km"), QStringLiteral("length_tolerance_pct")};
const QSet<QString> kIntegerColumns = {QStringLiteral("expansion_year"), QStringLiteral("commissioning_year"),
                                       QStringLiteral("seq")};
const QSet<QString> kBoolColumns = {QStringLiteral("bidirectional")};

FieldType columnType(const QString& name)
{
    if (kRealColumns.contains(name))
        return FieldType::Real;
    if (kIntegerColumns.contains(name))
        return FieldType::Integer;
    if (kBoolColumns.contains(name))
        return FieldType::Boolean;
    return FieldType::String;
}

/// Typed attribute columns for every CSV column except those in `skip`, in CSV order.
Result<std::vector<AttributeColumn>> typedColumns(const CsvTable& t, const QSet<QString>& skip)
{
    std::vector<AttributeColumn> cols;
    for (const QString& name : t.header) {
        if (skip.contains(name))
            continue;
        AttributeColumn col(Field{name, columnType(name), 0, 0});
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const QString v = t.value(r, name);
            if (v.isEmpty()) {
                col.appendNull();
                continue;
            }
            bool ok = true;
            switch (col.field().type) {
            case FieldType::Real: {
                const double d = v.toDouble(&ok);
                ok = ok && std::isfinite(d);
                if (ok)
                    col.appendReal(d);
                break;
            }
            case FieldType::Integer: {
                const qlonglong i = v.toLongLong(&ok);
                if (ok)
                    col.appendInt(i);
                break;
            }
            case FieldType::Boolean: {
                const QString l = v.toLower();
                ok = l == QLatin1String("1") || l == QLatin1String("0") || l == QLatin1String("true") || l == QLatin1String("false")
                    || l == QLatin1String("yes") || l == QLatin1String("no");
                if (ok)
                    col.appendInt(l == QLatin1String("1") || l == QLatin1String("true") || l == QLatin1String("yes"));
                break;
            }
            default: col.appendString(v); break;
            }
            if (!ok)
                return Error{ErrorCode::Format, QStringLiteral("column %1: \"%2\" is not a valid %3").arg(name, v,
                             QString::fromLatin1(fieldTypeName(col.field().type))), t.where(r)};
        }
        cols.push_back(std::move(col));
    }
    return cols;
}

Status checkSourced(const CsvTable& t, const QSet<QString>& knownSources)
{
    static const QRegularExpression ref(QStringLiteral("\\[(S\\d{2,3})\\]"));
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const QString conf = t.value(r, QStringLiteral("confidence"));
        if (conf != QLatin1String("sourced") && conf != QLatin1String("approximate"))
            return Error{ErrorCode::Format, QStringLiteral("confidence must be \"sourced\" or \"approximate\", not \"%1\"").arg(conf), t.where(r)};
        const QString src = t.value(r, QStringLiteral("source"));
        if (src.isEmpty() && conf == QLatin1String("sourced"))
            return Error{ErrorCode::Format, QStringLiteral("a sourced feature needs source ids"), t.where(r)};
        for (auto it = ref.globalMatch(src); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (!knownSources.contains(id))
                return Error{ErrorCode::Format, QStringLiteral("unknown source id %1").arg(id), t.where(r)};
        }
    }
    return Ok{};
}

LayerDataPtr finishLayer(std::shared_ptr<LayerData> l)
{
    l->geometry.finish();
    l->finalise();
    return l;
}

/// A new WGS 84 layer whose attribute columns are the CSV's, typed.
Result<std::shared_ptr<LayerData>> newLayer(const QString& name, GeometryType type, const CsvTable& t)
{
    auto cols = typedColumns(t, {});
    if (!cols)
        return cols.error();
    auto l = std::make_shared<LayerData>();
    l->name = name;
    l->crs = Crs::wgs84();
    l->geometryType = type;
    l->columns = std::move(*cols);
    return l;
}

/// Appends one single-part line feature.
void appendLine(LayerData& l, std::int64_t fid, const std::vector<GeoPoint>& pts)
{
    l.fids.push_back(fid);
    l.geometry.beginFeature();
    l.geometry.beginPart(PartKind::Line);
    l.geometry.beginRing();
    for (const auto& p : pts)
        l.geometry.addPoint(p.lon, p.lat);
}

/// A point layer from a CSV with lat/lon columns.
Result<LayerDataPtr> pointLayer(const QString& name, const CsvTable& t)
{
    auto made = newLayer(name, GeometryType::Point, t);
    if (!made)
        return made.error();
    auto l = *made;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        bool okLat = false, okLon = false;
        const double lat = t.value(r, QStringLiteral("lat")).toDouble(&okLat);
        const double lon = t.value(r, QStringLiteral("lon")).toDouble(&okLon);
        if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
            return Error{ErrorCode::Geometry, QStringLiteral("lat/lon missing or out of range"), t.where(r)};
        l->fids.push_back(static_cast<std::int64_t>(r + 1));
        l->geometry.beginFeature();
        l->geometry.beginPart(PartKind::Point);
        l->geometry.beginRing();
        l->geometry.addPoint(lon, lat);
    }
    return finishLayer(std::move(l));
}

struct Waypoint {
    int seq;
    QString name;
    GeoPoint p;
};

/// A line layer: attributes from `t`, geometry through the waypoints of each id, plus computed
/// length_km and the list of named waypoints.
Result<LayerDataPtr> lineLayer(const QString& name, const CsvTable& t, const std::map<QString, std::vector<Waypoint>>& waypoints)
{
    auto made = newLayer(name, GeometryType::Line, t);
    if (!made)
        return made.error();
    auto l = *made;
    AttributeColumn length(Field{QStringLiteral("length_km"), FieldType::Real, 0, 1});
    AttributeColumn route(Field{QStringLiteral("waypoints"), FieldType::String, 0, 0});
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const QString id = t.value(r, QStringLiteral("id"));
        const auto it = waypoints.find(id);
        if (it == waypoints.end() || it->second.size() < 2)
            return Error{ErrorCode::Geometry, QStringLiteral("line %1 has fewer than 2 waypoints").arg(id), t.where(r)};
        std::vector<GeoPoint> pts;
        QStringList names;
        for (const auto& w : it->second) {
            pts.push_back(w.p);
            names << w.name;
        }
        appendLine(*l, static_cast<std::int64_t>(r + 1), pts);
        length.appendReal(std::round(geodesic::lineLengthM(pts) / 100.0) / 10.0);
        route.appendString(names.join(QStringLiteral(" → ")));
    }
    l->columns.push_back(std::move(length));
    l->columns.push_back(std::move(route));
    return finishLayer(std::move(l));
}

Result<std::map<QString, std::vector<Waypoint>>> readWaypoints(const CsvTable& t)
{
    std::map<QString, std::vector<Waypoint>> out;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        bool ok1 = false, ok2 = false, ok3 = false;
        Waypoint w;
        w.seq = t.value(r, QStringLiteral("seq")).toInt(&ok1);
        w.p.lat = t.value(r, QStringLiteral("lat")).toDouble(&ok2);
        w.p.lon = t.value(r, QStringLiteral("lon")).toDouble(&ok3);
        w.name = t.value(r, QStringLiteral("name"));
        if (!ok1 || !ok2 || !ok3 || std::abs(w.p.lat) > 90 || std::abs(w.p.lon) > 180)
            return Error{ErrorCode::Format, QStringLiteral("waypoint needs numeric seq, lat, lon"), t.where(r)};
        out[t.value(r, QStringLiteral("line_id"))].push_back(w);
    }
    for (auto& [id, v] : out) {
        std::stable_sort(v.begin(), v.end(), [](const Waypoint& a, const Waypoint& b) { return a.seq < b.seq; });
        for (std::size_t i = 1; i < v.size(); ++i)
            if (v[i].seq == v[i - 1].seq)
                return Error{ErrorCode::Format, QStringLiteral("line %1: duplicate waypoint seq %2").arg(id).arg(v[i].seq), t.path};
    }
    return out;
}

Result<LayerDataPtr> airRouteLayer(const CsvTable& routes, const CsvTable& airports)
{
    auto made = newLayer(QStringLiteral("air_routes"), GeometryType::Line, routes);
    if (!made)
        return made.error();
    auto l = *made;
    std::map<QString, GeoPoint> byIata;
    for (std::size_t r = 0; r < airports.rows.size(); ++r)
        byIata[airports.value(r, QStringLiteral("iata"))] = GeoPoint{airports.value(r, QStringLiteral("lon")).toDouble(),
                                                                     airports.value(r, QStringLiteral("lat")).toDouble()};
    AttributeColumn length(Field{QStringLiteral("length_km"), FieldType::Real, 0, 1});
    AttributeColumn azimuth(Field{QStringLiteral("initial_azimuth_deg"), FieldType::Real, 0, 1});
    for (std::size_t r = 0; r < routes.rows.size(); ++r) {
        const auto a = byIata.find(routes.value(r, QStringLiteral("from_iata")));
        const auto b = byIata.find(routes.value(r, QStringLiteral("to_iata")));
        if (a == byIata.end() || b == byIata.end())
            return Error{ErrorCode::Format, QStringLiteral("route end point is not in airports.csv"), routes.where(r)};
        // A true geodesic, densified to 20 km segments so it stays a curve in any map projection.
        const auto pts = geodesic::densify(a->second, b->second, 20'000.0);
        const auto inv = geodesic::inverse(a->second, b->second);
        appendLine(*l, static_cast<std::int64_t>(r + 1), pts);
        length.appendReal(std::round(inv.distanceM / 100.0) / 10.0);
        azimuth.appendReal(std::round(inv.azimuth1Deg * 10.0) / 10.0);
    }
    l->columns.push_back(std::move(length));
    l->columns.push_back(std::move(azimuth));
    return finishLayer(std::move(l));
}

Result<LayerDataPtr> tableLayer(const QString& name, const CsvTable& t)
{
    auto made = newLayer(name, GeometryType::None, t);
    if (!made)
        return made.error();
    auto l = *made;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        l->fids.push_back(static_cast<std::int64_t>(r + 1));
        l->geometry.beginFeature();
    }
    return finishLayer(std::move(l));
}

int fail(const Error& e)
{
    QTextStream(stderr) << "corridor-bundle-builder: " << e.toString() << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: corridor-bundle-builder SRC_DIR OUT.gpkg" << Qt::endl;
        return 2;
    }
    const QDir src(args[1]);
    const QString out = args[2];
    GDALAllRegister();

    std::map<QString, CsvTable> csv;
    for (const char* name : {"sources", "gas_pipelines", "oil_pipelines", "power_links", "line_waypoints", "facilities",
                             "airports", "air_routes"}) {
        auto t = readCsv(src.filePath(QString::fromLatin1(name) + QStringLiteral(".csv")));
        if (!t)
            return fail(t.error());
        csv[QString::fromLatin1(name)] = std::move(*t);
    }
    QSet<QString> sourceIds;
    const CsvTable& sources = csv[QStringLiteral("sources")];
    for (std::size_t r = 0; r < sources.rows.size(); ++r)
        sourceIds.insert(sources.value(r, QStringLiteral("id")));
    for (const char* name : {"gas_pipelines", "oil_pipelines", "power_links", "facilities", "airports", "air_routes"})
        if (auto st = checkSourced(csv[QString::fromLatin1(name)], sourceIds); !st)
            return fail(st.error());

    auto waypoints = readWaypoints(csv[QStringLiteral("line_waypoints")]);
    if (!waypoints)
        return fail(waypoints.error());

    auto countries = readLayerFromFile(src.filePath(QStringLiteral("countries.geojson")));
    if (!countries)
        return fail(countries.error());
    (*countries)->name = QStringLiteral("countries");

    std::vector<LayerDataPtr> layers{*countries};
    for (auto make : std::initializer_list<std::function<Result<LayerDataPtr>()>>{
             [&] { return lineLayer(QStringLiteral("gas_pipelines"), csv[QStringLiteral("gas_pipelines")], *waypoints); },
             [&] { return lineLayer(QStringLiteral("oil_pipelines"), csv[QStringLiteral("oil_pipelines")], *waypoints); },
             [&] { return lineLayer(QStringLiteral("power_links"), csv[QStringLiteral("power_links")], *waypoints); },
             [&] { return pointLayer(QStringLiteral("facilities"), csv[QStringLiteral("facilities")]); },
             [&] { return pointLayer(QStringLiteral("airports"), csv[QStringLiteral("airports")]); },
             [&] { return airRouteLayer(csv[QStringLiteral("air_routes")], csv[QStringLiteral("airports")]); },
             [&] { return tableLayer(QStringLiteral("sources"), csv[QStringLiteral("sources")]); }}) {
        auto r = make();
        if (!r)
            return fail(r.error());
        layers.push_back(*r);
    }

    GpkgWriteOptions opts;
    // The day of the Belgrade agreements; a fixed date keeps the build reproducible.
    opts.timestamp = QStringLiteral("2026-02-15T00:00:00.000Z");
    opts.descriptions = {
        {QStringLiteral("countries"), QStringLiteral("Natural Earth 1:10m admin-0 countries, clipped to 10W-60E, 28N-60N, with corridor grouping")},
        {QStringLiteral("gas_pipelines"), QStringLiteral("Gas pipelines and interconnectors of the corridor; waypoints are approximate positions of named places")},
        {QStringLiteral("oil_pipelines"), QStringLiteral("Oil export pipelines sharing the corridor (BTC, Baku-Supsa)")},
        {QStringLiteral("power_links"), QStringLiteral("Power interconnectors: Black Sea HVDC and Serbia's cross-border lines")},
        {QStringLiteral("facilities"), QStringLiteral("Terminals, compressor stations, interconnection points, LNG, storage, converter stations, the Nis gas-fired plant")},
        {QStringLiteral("airports"), QStringLiteral("Heydar Aliyev International (GYD) and Belgrade Nikola Tesla (BEG)")},
        {QStringLiteral("air_routes"), QStringLiteral("Baku-Belgrade air route as a densified WGS 84 geodesic")},
        {QStringLiteral("sources"), QStringLiteral("Source ids [S01]... cited by the source attribute of every feature")},
    };
    if (auto st = writeGeoPackage(out, layers, opts); !st)
        return fail(st.error());
    if (auto st = corridor::bundle::writeModelTables(src.path(), out, layers, opts.timestamp); !st)
        return fail(st.error());
    return 0;
}
