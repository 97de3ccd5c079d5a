#include "resources/tools/model_tables.h"

#include "model/database.h"
#include "model/model_store.h"
#include "model/statement.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace corridor::bundle {

using geo::Error;
using geo::ErrorCode;
using geo::Result;
using geo::Status;

namespace {

struct Csv {
    QString path;
    QStringList header;
    std::vector<QStringList> rows;
    QString value(std::size_t row, const char* col) const
    {
        const auto c = header.indexOf(QLatin1String(col));
        return c < 0 ? QString() : rows[row].value(c).trimmed();
    }
    QString where(std::size_t row) const { return QStringLiteral("%1:%2").arg(path).arg(row + 2); }
};

/// RFC 4180 CSV (quoted fields, doubled quotes, LF or CRLF line ends), UTF-8.
Result<Csv> readCsv(const QString& path, const QStringList& required)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("cannot read CSV: %1").arg(f.errorString()), path};
    const QString text = QString::fromUtf8(f.readAll());
    std::vector<QStringList> records;
    QStringList rec;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            rec << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                rec << field;
                records.push_back(rec);
            }
            rec.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (quoted)
        return Error{ErrorCode::Format, QStringLiteral("unterminated quoted field"), path};
    if (any || !field.isEmpty()) {
        rec << field;
        records.push_back(rec);
    }
    if (records.empty())
        return Error{ErrorCode::Format, QStringLiteral("empty CSV"), path};
    Csv t;
    t.path = path;
    t.header = records.front();
    for (const QString& col : required)
        if (!t.header.contains(col))
            return Error{ErrorCode::Format, QStringLiteral("missing column %1").arg(col), path};
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != t.header.size())
            return Error{ErrorCode::Format, QStringLiteral("%1 fields, the header has %2").arg(records[r].size()).arg(t.header.size()),
                         QStringLiteral("%1:%2").arg(path).arg(r + 1)};
        t.rows.push_back(records[r]);
    }
    return t;
}

Result<std::optional<double>> number(const Csv& t, std::size_t r, const char* col)
{
    const QString v = t.value(r, col);
    if (v.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return Error{ErrorCode::Format, QStringLiteral("column %1: \"%2\" is not a number").arg(QLatin1String(col), v), t.where(r)};
    return std::optional<double>(d);
}

/// Every row must cite known source ids, or say in its note that a figure is an assumption.
Status checkSources(const Csv& t, std::size_t r, const QSet<QString>& known)
{
    static const QRegularExpression ref(QStringLiteral("\\[(S\\d{2,3})\\]"));
    const QString src = t.value(r, "source");
    bool cited = false;
    for (auto it = ref.globalMatch(src); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!known.contains(id))
            return Error{ErrorCode::Format, QStringLiteral("unknown source id %1").arg(id), t.where(r)};
        cited = true;
    }
    if (!cited && !t.value(r, "note").contains(QStringLiteral("ssumption")))
        return Error{ErrorCode::Format, QStringLiteral("a figure needs source ids or a note stating the assumption"), t.where(r)};
    return geo::Ok{};
}

const geo::LayerData* layerNamed(const std::vector<geo::LayerDataPtr>& layers, const char* name)
{
    for (const auto& l : layers)
        if (l->name == QLatin1String(name))
            return l.get();
    return nullptr;
}

#define BUNDLE_TRY(var, expr)                                                                                          \
    auto var##_r = (expr);                                                                                             \
    if (!var##_r)                                                                                                      \
        return var##_r.error();                                                                                        \
    auto var = *var##_r

Status writeModel(const QString& srcDir, const QString& gpkgPath, const std::vector<geo::LayerDataPtr>& layers,
                  const QString& timestamp)
{
    const auto* countries = layerNamed(layers, "countries");
    const auto* gas = layerNamed(layers, "gas_pipelines");
    const auto* power = layerNamed(layers, "power_links");
    const auto* facilities = layerNamed(layers, "facilities");
    const auto* sources = layerNamed(layers, "sources");
    if (!countries || !gas || !power || !facilities || !sources)
        return Error{ErrorCode::Internal, QStringLiteral("the model needs the countries, gas_pipelines, power_links, facilities and sources layers"), gpkgPath};
    QSet<QString> sourceIds, facilityIds;
    for (std::size_t r = 0; r < sources->featureCount(); ++r)
        sourceIds.insert(sources->attribute(r, QStringLiteral("id")).toString());
    for (std::size_t r = 0; r < facilities->featureCount(); ++r)
        facilityIds.insert(facilities->attribute(r, QStringLiteral("id")).toString());
    QHash<QString, double> lineLengthKm;
    for (const auto* l : {gas, power})
        for (std::size_t r = 0; r < l->featureCount(); ++r)
            lineLengthKm.insert(l->attribute(r, QStringLiteral("id")).toString(), l->attribute(r, QStringLiteral("length_km")).toDouble());
    QHash<QString, QString> regionByIso;
    for (std::size_t r = 0; r < countries->featureCount(); ++r) {
        const QString iso = countries->attribute(r, QStringLiteral("iso_a2")).toString();
        if (!iso.isEmpty())
            regionByIso.insert(iso, countries->attribute(r, QStringLiteral("model_region")).toString());
    }

    const auto path = [&](const char* name) { return srcDir + QLatin1Char('/') + QLatin1String(name); };
    BUNDLE_TRY(nodes, readCsv(path("model_nodes.csv"), {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("supply"),
                                                        QStringLiteral("demand"), QStringLiteral("source"), QStringLiteral("note")}));
    BUNDLE_TRY(links, readCsv(path("model_links.csv"), {QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"),
                                                        QStringLiteral("capacity"), QStringLiteral("source"), QStringLiteral("note")}));
    BUNDLE_TRY(scenarios, readCsv(path("model_scenarios.csv"), {QStringLiteral("name"), QStringLiteral("description")}));
    BUNDLE_TRY(values, readCsv(path("model_scenario_values.csv"), {QStringLiteral("scenario"), QStringLiteral("target"),
                                                                    QStringLiteral("item_id"), QStringLiteral("field"),
                                                                    QStringLiteral("value"), QStringLiteral("source"), QStringLiteral("note")}));

    model::NetworkDocument doc;
    for (std::size_t r = 0; r < nodes.rows.size(); ++r) {
        if (Status st = checkSources(nodes, r, sourceIds); !st)
            return st;
        model::Node n;
        n.id = nodes.value(r, "id");
        n.name = nodes.value(r, "name");
        const auto kind = model::nodeKindFromName(nodes.value(r, "kind"));
        if (!kind)
            return Error{ErrorCode::Format, QStringLiteral("unknown kind \"%1\"").arg(nodes.value(r, "kind")), nodes.where(r)};
        n.kind = *kind;
        n.commodity = nodes.value(r, "commodity");
        n.country = nodes.value(r, "country");
        if (!n.country.isEmpty() && !regionByIso.contains(n.country))
            return Error{ErrorCode::Format, QStringLiteral("country %1 is not in countries.geojson").arg(n.country), nodes.where(r)};
        n.region = regionByIso.value(n.country);
        n.origin = nodes.value(r, "origin");
        n.featureId = nodes.value(r, "feature_id");
        if (!n.featureId.isEmpty() && !facilityIds.contains(n.featureId))
            return Error{ErrorCode::Format, QStringLiteral("feature_id %1 is not in facilities.csv").arg(n.featureId), nodes.where(r)};
        BUNDLE_TRY(lat, number(nodes, r, "lat"));
        BUNDLE_TRY(lon, number(nodes, r, "lon"));
        if (lat && lon)
            n.position = geo::GeoPoint{*lon, *lat};
        BUNDLE_TRY(supply, number(nodes, r, "supply"));
        BUNDLE_TRY(demand, number(nodes, r, "demand"));
        BUNDLE_TRY(weight, number(nodes, r, "weight"));
        BUNDLE_TRY(efficiency, number(nodes, r, "efficiency"));
        BUNDLE_TRY(unitFactor, number(nodes, r, "unit_factor"));
        BUNDLE_TRY(outputLimit, number(nodes, r, "output_limit"));
        n.supply = supply.value_or(0.0);
        n.demand = demand.value_or(0.0);
        n.weight = weight.value_or(1.0);
        n.efficiency = efficiency.value_or(0.0);
        n.unitFactor = unitFactor.value_or(1.0);
        n.outputLimit = outputLimit;
        n.source = nodes.value(r, "source");
        n.note = nodes.value(r, "note");
        doc.network.nodes.push_back(std::move(n));
    }
    for (std::size_t r = 0; r < links.rows.size(); ++r) {
        if (Status st = checkSources(links, r, sourceIds); !st)
            return st;
        model::Link l;
        l.id = links.value(r, "id");
        l.name = links.value(r, "name");
        l.from = links.value(r, "from");
        l.to = links.value(r, "to");
        l.featureId = links.value(r, "feature_id");
        if (!l.featureId.isEmpty()) {
            if (!lineLengthKm.contains(l.featureId))
                return Error{ErrorCode::Format, QStringLiteral("feature_id %1 is not in gas_pipelines.csv or power_links.csv").arg(l.featureId), links.where(r)};
            l.lengthKm = lineLengthKm.value(l.featureId);
        }
        l.commodity = links.value(r, "commodity");
        const QString bidi = links.value(r, "bidirectional");
        if (bidi != QLatin1String("0") && bidi != QLatin1String("1"))
            return Error{ErrorCode::Format, QStringLiteral("bidirectional must be 0 or 1, not \"%1\"").arg(bidi), links.where(r)};
        l.bidirectional = bidi == QLatin1String("1");
        BUNDLE_TRY(capacity, number(links, r, "capacity"));
        if (!capacity)
            return Error{ErrorCode::Format, QStringLiteral("link %1 needs a capacity").arg(l.id), links.where(r)};
        l.capacity = *capacity;
        BUNDLE_TRY(reverse, number(links, r, "reverse_capacity"));
        BUNDLE_TRY(entry, number(links, r, "entry_capacity"));
        BUNDLE_TRY(exit, number(links, r, "exit_capacity"));
        BUNDLE_TRY(cost, number(links, r, "cost"));
        l.reverseCapacity = reverse;
        l.entryCapacity = entry;
        l.exitCapacity = exit;
        l.cost = cost;
        l.source = links.value(r, "source");
        l.note = links.value(r, "note");
        doc.network.links.push_back(std::move(l));
    }
    if (Status st = doc.network.validate(); !st)
        return Error{ErrorCode::Format, st.error().message, path("model_links.csv")};
    for (std::size_t r = 0; r < scenarios.rows.size(); ++r) {
        if (Status st = doc.scenarios.add(model::Scenario{scenarios.value(r, "name"), scenarios.value(r, "description"), {}}); !st)
            return Error{ErrorCode::Format, st.error().message, scenarios.where(r)};
    }
    for (std::size_t r = 0; r < values.rows.size(); ++r) {
        if (Status st = checkSources(values, r, sourceIds); !st)
            return st;
        const QString target = values.value(r, "target");
        if (target != QLatin1String("node") && target != QLatin1String("link"))
            return Error{ErrorCode::Format, QStringLiteral("target must be node or link, not \"%1\"").arg(target), values.where(r)};
        BUNDLE_TRY(v, number(values, r, "value"));
        if (!v)
            return Error{ErrorCode::Format, QStringLiteral("a value is missing"), values.where(r)};
        model::ScenarioValue sv{target == QLatin1String("node") ? model::ValueTarget::Node : model::ValueTarget::Link,
                                values.value(r, "item_id"), values.value(r, "field"), *v, values.value(r, "source"), values.value(r, "note")};
        const QString scenario = values.value(r, "scenario");
        if (Status st = doc.scenarios.setValue(scenario, sv); !st)
            return Error{ErrorCode::Format, st.error().message, values.where(r)};
        if (auto applied = doc.scenarios.apply(doc.network, scenario); !applied)
            return Error{ErrorCode::Format, applied.error().message, values.where(r)};
    }

    auto db = model::Database::open(gpkgPath, model::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (Status st = model::saveModel(*db, doc); !st)
        return st;
    auto stamp = db->prepare(QStringLiteral("UPDATE gpkg_contents SET last_change = ?1 WHERE table_name LIKE 'model\\_%' ESCAPE '\\'"));
    if (!stamp)
        return stamp.error();
    if (Status st = stamp->bind(1, timestamp); !st)
        return st;
    return stamp->run();
}

} // namespace

Status writeModelTables(const QString& srcDir, const QString& gpkgPath, const std::vector<geo::LayerDataPtr>& layers,
                        const QString& timestamp)
{
    Status st = writeModel(srcDir, gpkgPath, layers, timestamp);
    if (!st)
        QFile::remove(gpkgPath); // no half-built bundle (the database is closed by now)
    return st;
}

} // namespace corridor::bundle
