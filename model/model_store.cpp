#include "model/model_store.h"

#include "model/gpkg_tables.h"
#include "model/statement.h"
#include "model/tr.h"
#include "model/transaction.h"

#include <optional>

namespace corridor::model {

namespace {

const QString kNodes = QStringLiteral("model_nodes");
const QString kLinks = QStringLiteral("model_links");
const QString kScenarios = QStringLiteral("model_scenarios");
const QString kValues = QStringLiteral("model_scenario_values");

struct TableDef {
    const QString* name;
    const char* columns;
    const char* description;
};

const TableDef kTables[] = {
    {&kNodes,
     "node_id TEXT NOT NULL UNIQUE, name TEXT, kind TEXT NOT NULL, commodity TEXT, country TEXT, region TEXT, "
     "origin TEXT, feature_id TEXT, lon DOUBLE, lat DOUBLE, supply DOUBLE NOT NULL, demand DOUBLE NOT NULL, "
     "weight DOUBLE NOT NULL, efficiency DOUBLE, unit_factor DOUBLE, output_limit DOUBLE, source TEXT, note TEXT",
     "Network model nodes: supply, demand, hubs, interconnection points, plants (base values)"},
    {&kLinks,
     "link_id TEXT NOT NULL UNIQUE, name TEXT, from_node TEXT NOT NULL, to_node TEXT NOT NULL, feature_id TEXT, "
     "commodity TEXT, bidirectional BOOLEAN NOT NULL, capacity DOUBLE NOT NULL, reverse_capacity DOUBLE, "
     "entry_capacity DOUBLE, exit_capacity DOUBLE, cost DOUBLE, length_km DOUBLE, source TEXT, note TEXT",
     "Network model links bound to gas_pipelines / power_links features by feature_id (base values)"},
    {&kScenarios, "name TEXT NOT NULL UNIQUE, description TEXT, position INTEGER NOT NULL",
     "Network model scenarios (e.g. 2026 baseline, 2032 expansion)"},
    {&kValues,
     "scenario TEXT NOT NULL, target TEXT NOT NULL, item_id TEXT NOT NULL, field TEXT NOT NULL, value DOUBLE NOT NULL, "
     "source TEXT, note TEXT, UNIQUE (scenario, target, item_id, field)",
     "Per-scenario values replacing the base network's numbers, each with its source"},
};

template <class T>
Status bindOpt(Statement& st, int index, const std::optional<T>& v)
{
    return v ? st.bind(index, *v) : st.bindNull(index);
}

Status bindText(Statement& st, int index, const QString& v)
{
    return v.isEmpty() ? st.bindNull(index) : st.bind(index, v);
}

std::optional<double> optDouble(const Statement& st, int c)
{
    return st.isNull(c) ? std::nullopt : std::optional<double>(st.columnDouble(c));
}

#define CORRIDOR_TRY(expr)                                                                                             \
    do {                                                                                                               \
        if (auto st_ = (expr); !st_)                                                                                   \
            return st_.error();                                                                                        \
    } while (0)

Status writeNodes(Database& db, const Network& net)
{
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO model_nodes (node_id, name, kind, commodity, country, region, origin, feature_id, lon, lat, supply, "
        "demand, weight, efficiency, unit_factor, output_limit, source, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"));
    if (!ins)
        return ins.error();
    for (const Node& n : net.nodes) {
        Statement& s = *ins;
        CORRIDOR_TRY(s.bind(1, n.id));
        CORRIDOR_TRY(bindText(s, 2, n.name));
        CORRIDOR_TRY(s.bind(3, nodeKindName(n.kind)));
        CORRIDOR_TRY(bindText(s, 4, n.commodity));
        CORRIDOR_TRY(bindText(s, 5, n.country));
        CORRIDOR_TRY(bindText(s, 6, n.region));
        CORRIDOR_TRY(bindText(s, 7, n.origin));
        CORRIDOR_TRY(bindText(s, 8, n.featureId));
        CORRIDOR_TRY(bindOpt(s, 9, n.position ? std::optional<double>(n.position->lon) : std::nullopt));
        CORRIDOR_TRY(bindOpt(s, 10, n.position ? std::optional<double>(n.position->lat) : std::nullopt));
        CORRIDOR_TRY(s.bind(11, n.supply));
        CORRIDOR_TRY(s.bind(12, n.demand));
        CORRIDOR_TRY(s.bind(13, n.weight));
        const bool plant = n.kind == NodeKind::Plant;
        CORRIDOR_TRY(bindOpt(s, 14, plant ? std::optional<double>(n.efficiency) : std::nullopt));
        CORRIDOR_TRY(bindOpt(s, 15, plant ? std::optional<double>(n.unitFactor) : std::nullopt));
        CORRIDOR_TRY(bindOpt(s, 16, n.outputLimit));
        CORRIDOR_TRY(bindText(s, 17, n.source));
        CORRIDOR_TRY(bindText(s, 18, n.note));
        CORRIDOR_TRY(s.run());
    }
    return Ok{};
}

Status writeLinks(Database& db, const Network& net)
{
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO model_links (link_id, name, from_node, to_node, feature_id, commodity, bidirectional, capacity, "
        "reverse_capacity, entry_capacity, exit_capacity, cost, length_km, source, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
    if (!ins)
        return ins.error();
    for (const Link& l : net.links) {
        Statement& s = *ins;
        CORRIDOR_TRY(s.bind(1, l.id));
        CORRIDOR_TRY(bindText(s, 2, l.name));
        CORRIDOR_TRY(s.bind(3, l.from));
        CORRIDOR_TRY(s.bind(4, l.to));
        CORRIDOR_TRY(bindText(s, 5, l.featureId));
        CORRIDOR_TRY(bindText(s, 6, l.commodity));
        CORRIDOR_TRY(s.bind(7, l.bidirectional));
        CORRIDOR_TRY(s.bind(8, l.capacity));
        CORRIDOR_TRY(bindOpt(s, 9, l.reverseCapacity));
        CORRIDOR_TRY(bindOpt(s, 10, l.entryCapacity));
        CORRIDOR_TRY(bindOpt(s, 11, l.exitCapacity));
        CORRIDOR_TRY(bindOpt(s, 12, l.cost));
        CORRIDOR_TRY(bindOpt(s, 13, l.lengthKm));
        CORRIDOR_TRY(bindText(s, 14, l.source));
        CORRIDOR_TRY(bindText(s, 15, l.note));
        CORRIDOR_TRY(s.run());
    }
    return Ok{};
}

Status writeScenarios(Database& db, const ScenarioSet& set)
{
    auto ins = db.prepare(QStringLiteral("INSERT INTO model_scenarios (name, description, position) VALUES (?1, ?2, ?3)"));
    if (!ins)
        return ins.error();
    auto val = db.prepare(QStringLiteral(
        "INSERT INTO model_scenario_values (scenario, target, item_id, field, value, source, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!val)
        return val.error();
    int position = 0;
    for (const Scenario& sc : set.scenarios()) {
        CORRIDOR_TRY(ins->bind(1, sc.name));
        CORRIDOR_TRY(bindText(*ins, 2, sc.description));
        CORRIDOR_TRY(ins->bind(3, position++));
        CORRIDOR_TRY(ins->run());
        for (const ScenarioValue& v : sc.values) {
            CORRIDOR_TRY(val->bind(1, sc.name));
            CORRIDOR_TRY(val->bind(2, v.target == ValueTarget::Node ? QStringLiteral("node") : QStringLiteral("link")));
            CORRIDOR_TRY(val->bind(3, v.itemId));
            CORRIDOR_TRY(val->bind(4, v.field));
            CORRIDOR_TRY(val->bind(5, v.value));
            CORRIDOR_TRY(bindText(*val, 6, v.source));
            CORRIDOR_TRY(bindText(*val, 7, v.note));
            CORRIDOR_TRY(val->run());
        }
    }
    return Ok{};
}

Error formatError(const Database& db, const QString& message) { return Error{ErrorCode::Format, message, db.path()}; }

} // namespace

const QStringList& modelTableNames()
{
    static const QStringList names{kNodes, kLinks, kScenarios, kValues};
    return names;
}

bool hasModel(Database& db) { return db.tableExists(kNodes) && db.tableExists(kLinks); }

Result<NetworkDocument> loadModel(Database& db)
{
    if (!hasModel(db))
        return Error{ErrorCode::NotFound, ModelText::tr("the project has no network model (tables model_nodes, model_links)"), db.path()};
    NetworkDocument doc;
    {
        auto q = db.prepare(QStringLiteral(
            "SELECT node_id, name, kind, commodity, country, region, origin, feature_id, lon, lat, supply, demand, weight, "
            "efficiency, unit_factor, output_limit, source, note FROM model_nodes ORDER BY id"));
        if (!q)
            return q.error();
        if (auto rows = q->forEachRow([&]() -> Status {
            Node n;
            n.id = q->columnText(0);
            n.name = q->columnText(1);
            const auto kind = nodeKindFromName(q->columnText(2));
            if (!kind)
                return formatError(db, ModelText::tr("model_nodes: node %1 has unknown kind \"%2\"").arg(n.id, q->columnText(2)));
            n.kind = *kind;
            n.commodity = q->columnText(3);
            n.country = q->columnText(4);
            n.region = q->columnText(5);
            n.origin = q->columnText(6);
            n.featureId = q->columnText(7);
            if (!q->isNull(8) && !q->isNull(9))
                n.position = geo::GeoPoint{q->columnDouble(8), q->columnDouble(9)};
            n.supply = q->columnDouble(10);
            n.demand = q->columnDouble(11);
            n.weight = q->columnDouble(12);
            n.efficiency = optDouble(*q, 13).value_or(0.0);
            n.unitFactor = optDouble(*q, 14).value_or(1.0);
            n.outputLimit = optDouble(*q, 15);
            n.source = q->columnText(16);
            n.note = q->columnText(17);
            doc.network.nodes.push_back(std::move(n));
            return Ok{};
        }); !rows)
            return rows.error();
    }
    {
        auto q = db.prepare(QStringLiteral(
            "SELECT link_id, name, from_node, to_node, feature_id, commodity, bidirectional, capacity, reverse_capacity, "
            "entry_capacity, exit_capacity, cost, length_km, source, note FROM model_links ORDER BY id"));
        if (!q)
            return q.error();
        if (auto rows = q->forEachRow([&]() -> Status {
            Link l;
            l.id = q->columnText(0);
            l.name = q->columnText(1);
            l.from = q->columnText(2);
            l.to = q->columnText(3);
            l.featureId = q->columnText(4);
            l.commodity = q->columnText(5);
            l.bidirectional = q->columnBool(6);
            l.capacity = q->columnDouble(7);
            l.reverseCapacity = optDouble(*q, 8);
            l.entryCapacity = optDouble(*q, 9);
            l.exitCapacity = optDouble(*q, 10);
            l.cost = optDouble(*q, 11);
            l.lengthKm = optDouble(*q, 12);
            l.source = q->columnText(13);
            l.note = q->columnText(14);
            doc.network.links.push_back(std::move(l));
            return Ok{};
        }); !rows)
            return rows.error();
    }
    if (Status st = doc.network.validate(); !st)
        return formatError(db, ModelText::tr("stored network model: %1").arg(st.error().message));
    if (db.tableExists(kScenarios)) {
        auto q = db.prepare(QStringLiteral("SELECT name, description FROM model_scenarios ORDER BY position, id"));
        if (!q)
            return q.error();
        if (auto rows = q->forEachRow([&]() -> Status {
            Scenario s;
            s.name = q->columnText(0);
            s.description = q->columnText(1);
            if (Status st = doc.scenarios.add(std::move(s)); !st)
                return formatError(db, ModelText::tr("model_scenarios: %1").arg(st.error().message));
            return Ok{};
        }); !rows)
            return rows.error();
    }
    if (db.tableExists(kValues)) {
        auto q = db.prepare(QStringLiteral(
            "SELECT scenario, target, item_id, field, value, source, note FROM model_scenario_values ORDER BY id"));
        if (!q)
            return q.error();
        if (auto rows = q->forEachRow([&]() -> Status {
            ScenarioValue v;
            const QString target = q->columnText(1);
            if (target != QLatin1String("node") && target != QLatin1String("link"))
                return formatError(db, ModelText::tr("model_scenario_values: target must be 'node' or 'link', not '%1'").arg(target));
            v.target = target == QLatin1String("node") ? ValueTarget::Node : ValueTarget::Link;
            v.itemId = q->columnText(2);
            v.field = q->columnText(3);
            v.value = q->columnDouble(4);
            v.source = q->columnText(5);
            v.note = q->columnText(6);
            if (Status st = doc.scenarios.setValue(q->columnText(0), v); !st)
                return formatError(db, ModelText::tr("model_scenario_values: %1").arg(st.error().message));
            return Ok{};
        }); !rows)
            return rows.error();
    }
    for (const QString& name : doc.scenarios.names())
        if (auto applied = doc.scenarios.apply(doc.network, name); !applied)
            return formatError(db, applied.error().message);
    return doc;
}

namespace {

Status checkModel(const NetworkDocument& model)
{
    if (Status st = model.network.validate(); !st)
        return st;
    for (const QString& name : model.scenarios.names())
        if (auto applied = model.scenarios.apply(model.network, name); !applied)
            return applied.error();
    return Ok{};
}

Status writeModel(Database& db, const NetworkDocument& model)
{
    for (const TableDef& t : kTables) {
        if (db.tableExists(*t.name)) {
            CORRIDOR_TRY(db.exec(QStringLiteral("DELETE FROM \"%1\"").arg(*t.name)));
        } else {
            CORRIDOR_TRY(createAttributeTable(db, *t.name, QString::fromLatin1(t.columns), QString::fromLatin1(t.description)));
        }
    }
    CORRIDOR_TRY(writeNodes(db, model.network));
    CORRIDOR_TRY(writeLinks(db, model.network));
    CORRIDOR_TRY(writeScenarios(db, model.scenarios));
    // Keep gpkg_contents.last_change truthful for tables that already existed.
    return db.exec(QStringLiteral(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('model_nodes', 'model_links', 'model_scenarios', 'model_scenario_values')"));
}

} // namespace

Status saveModel(Database& db, const NetworkDocument& model)
{
    CORRIDOR_TRY(checkModel(model));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    CORRIDOR_TRY(writeModel(db, model));
    return tx->commit();
}

Status saveModelInTransaction(Database& db, const NetworkDocument& model)
{
    if (!db.inTransaction())
        return Error{ErrorCode::InvalidArgument, ModelText::tr("saving the model needs an open transaction"), db.path()};
    CORRIDOR_TRY(checkModel(model));
    return writeModel(db, model);
}

} // namespace corridor::model
