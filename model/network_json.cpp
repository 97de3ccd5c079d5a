#include "model/network_json.h"

#include "model/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace corridor::model {

namespace {

Error invalid(const QString& message) { return Error{ErrorCode::InvalidArgument, message, {}}; }

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    //: Completes "... must be a number, not %3" and similar: the JSON value found was an array.
    case QJsonValue::Array: return ModelText::tr("an array");
    //: Completes "... must be a number, not %3" and similar: the JSON value found was an object.
    case QJsonValue::Object: return ModelText::tr("an object");
    default: return QString::number(v.toDouble());
    }
}

/// Reads the fields of one JSON object with errors that name the item ("link SCP", "node #3"). The item's
/// name (`what`, translated) heads each message: "<what>: <the field's problem>".
class Reader {
public:
    Reader(const QJsonObject& o, QString what) : m_o(o), m_what(std::move(what)) {}
    const QString& what() const { return m_what; }
    void rename(const QString& what) { m_what = what; }

    Status string(const char* key, QString& out, bool required = false) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key);
            return Ok{};
        }
        //: %1: the item, e.g. "node AZ" or "link #3"; %2: a JSON key (keep it); %3: the value found, e.g. 12,
        //: true or "an array".
        if (!v.isString())
            return invalid(ModelText::tr("%1: %2 must be a string, not %3").arg(m_what, QLatin1String(key), describe(v)));
        out = v.toString();
        return Ok{};
    }
    /// A finite, non-negative number (capacities, supplies, ...).
    Status number(const char* key, std::optional<double>& out, bool required = false, bool allowNegative = false) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key);
            return Ok{};
        }
        //: %1: the item, e.g. "node AZ" or "link #3"; %2: a JSON key (keep it); %3: the value found, e.g.
        //: "NaN", true or "an array".
        if (!v.isDouble())
            return invalid(ModelText::tr("%1: %2 must be a number, not %3").arg(m_what, QLatin1String(key), describe(v)));
        const double d = v.toDouble();
        //: %1: the item, e.g. "node AZ" or "link #3"; %2: a JSON key such as capacity (keep it); %3: the number found.
        if (!std::isfinite(d) || (!allowNegative && d < 0.0))
            return invalid(ModelText::tr("%1: %2 must be a finite number >= 0, not %3").arg(m_what, QLatin1String(key), QString::number(d)));
        out = d;
        return Ok{};
    }
    Status number(const char* key, double& out, bool required = false) const
    {
        std::optional<double> v;
        if (Status st = number(key, v, required); !st)
            return st;
        if (v)
            out = *v;
        return Ok{};
    }
    Status boolean(const char* key, bool& out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return Ok{};
        //: %1: the item, e.g. "node AZ" or "link #3"; %2: a JSON key (keep it); %3: the value found. true and
        //: false are JSON words; keep them.
        if (!v.isBool())
            return invalid(ModelText::tr("%1: %2 must be true or false, not %3").arg(m_what, QLatin1String(key), describe(v)));
        out = v.toBool();
        return Ok{};
    }

private:
    Error missing(const char* key) const
    {
        //: %1: the item, e.g. "node AZ" or "link #3"; %2: a JSON key (keep it).
        return invalid(ModelText::tr("%1: \"%2\" is missing").arg(m_what, QLatin1String(key)));
    }

    const QJsonObject& m_o;
    QString m_what;
};

#define CORRIDOR_TRY(expr)                                                                                             \
    do {                                                                                                               \
        if (Status st_ = (expr); !st_)                                                                                 \
            return st_.error();                                                                                        \
    } while (0)

Result<Node> readNode(const QJsonValue& value, int index)
{
    //: %1: the node's position in the "nodes" list, from 1; %2: the JSON value found instead, e.g. 12 or "an array".
    if (!value.isObject())
        return invalid(ModelText::tr("node #%1 must be an object, not %2").arg(index + 1).arg(describe(value)));
    const QJsonObject o = value.toObject();
    //: Names a node in messages about its fields ("node #3: ..."): %1 is its position in the list, from 1.
    Reader r(o, ModelText::tr("node #%1").arg(index + 1));
    Node n;
    CORRIDOR_TRY(r.string("id", n.id, true));
    //: %1: the node's position in the list, from 1. id is a JSON key; keep it.
    if (n.id.isEmpty())
        return invalid(ModelText::tr("node #%1: id is empty").arg(index + 1));
    //: Names a node in messages about its fields ("node AZ: ..."): %1 is its id.
    r.rename(ModelText::tr("node %1").arg(n.id));
    QString kind;
    CORRIDOR_TRY(r.string("name", n.name));
    CORRIDOR_TRY(r.string("kind", kind));
    CORRIDOR_TRY(r.string("commodity", n.commodity));
    CORRIDOR_TRY(r.string("country", n.country));
    CORRIDOR_TRY(r.string("region", n.region));
    CORRIDOR_TRY(r.string("origin", n.origin));
    CORRIDOR_TRY(r.string("feature_id", n.featureId));
    CORRIDOR_TRY(r.number("supply", n.supply));
    CORRIDOR_TRY(r.number("demand", n.demand));
    CORRIDOR_TRY(r.number("weight", n.weight));
    CORRIDOR_TRY(r.number("efficiency", n.efficiency));
    CORRIDOR_TRY(r.number("unit_factor", n.unitFactor));
    CORRIDOR_TRY(r.number("output_limit", n.outputLimit));
    std::optional<double> lon, lat;
    Reader signedReader(o, r.what());
    CORRIDOR_TRY(signedReader.number("lon", lon, false, true));
    CORRIDOR_TRY(signedReader.number("lat", lat, false, true));
    //: %1: a node id. lon and lat are JSON keys; keep them.
    if (lon.has_value() != lat.has_value())
        return invalid(ModelText::tr("node %1: give both lon and lat, or neither").arg(n.id));
    if (lon)
        n.position = geo::GeoPoint{*lon, *lat};
    if (!kind.isEmpty()) {
        const auto k = nodeKindFromName(kind);
        //: %1: a node id; %2: the kind given. hub, supply, demand and plant are the JSON values allowed; keep them.
        if (!k)
            return invalid(ModelText::tr("node %1: unknown kind \"%2\" (hub, supply, demand or plant)").arg(n.id, kind));
        n.kind = *k;
    } else if (o.contains(QLatin1String("efficiency"))) {
        n.kind = NodeKind::Plant;
    } else if (n.supply > 0.0) {
        n.kind = NodeKind::Supply;
    } else if (n.demand > 0.0) {
        n.kind = NodeKind::Demand;
    }
    return n;
}

Result<Link> readLink(const QJsonValue& value, int index)
{
    //: %1: the link's position in the "links" list, from 1; %2: the JSON value found instead, e.g. 12 or "an array".
    if (!value.isObject())
        return invalid(ModelText::tr("link #%1 must be an object, not %2").arg(index + 1).arg(describe(value)));
    const QJsonObject o = value.toObject();
    //: Names a link in messages about its fields ("link #3: ..."): %1 is its position in the list, from 1.
    Reader r(o, ModelText::tr("link #%1").arg(index + 1));
    Link l;
    CORRIDOR_TRY(r.string("id", l.id, true));
    //: %1: the link's position in the list, from 1. id is a JSON key; keep it.
    if (l.id.isEmpty())
        return invalid(ModelText::tr("link #%1: id is empty").arg(index + 1));
    //: Names a link in messages about its fields ("link SCP: ..."): %1 is its id.
    r.rename(ModelText::tr("link %1").arg(l.id));
    CORRIDOR_TRY(r.string("from", l.from, true));
    CORRIDOR_TRY(r.string("to", l.to, true));
    CORRIDOR_TRY(r.string("name", l.name));
    CORRIDOR_TRY(r.string("feature_id", l.featureId));
    CORRIDOR_TRY(r.string("commodity", l.commodity));
    CORRIDOR_TRY(r.boolean("bidirectional", l.bidirectional));
    CORRIDOR_TRY(r.number("capacity", l.capacity, true));
    CORRIDOR_TRY(r.number("reverse_capacity", l.reverseCapacity));
    CORRIDOR_TRY(r.number("entry_capacity", l.entryCapacity));
    CORRIDOR_TRY(r.number("exit_capacity", l.exitCapacity));
    CORRIDOR_TRY(r.number("cost", l.cost));
    CORRIDOR_TRY(r.number("length_km", l.lengthKm));
    return l;
}

Result<Scenario> readScenario(const QJsonValue& value, int index)
{
    //: %1: the scenario's position in the "scenarios" list, from 1.
    if (!value.isObject())
        return invalid(ModelText::tr("scenario #%1 must be an object").arg(index + 1));
    const QJsonObject o = value.toObject();
    //: Names a scenario in messages about its fields ("scenario #2: ..."): %1 is its position in the list, from 1.
    Reader r(o, ModelText::tr("scenario #%1").arg(index + 1));
    Scenario s;
    CORRIDOR_TRY(r.string("name", s.name, true));
    //: Names a scenario in messages about its fields: %1 is its name.
    r.rename(ModelText::tr("scenario \"%1\"").arg(s.name));
    CORRIDOR_TRY(r.string("description", s.description));
    const QJsonValue values = o.value(QLatin1String("values"));
    //: %1: a scenario name. values is a JSON key; keep it.
    if (!values.isUndefined() && !values.isArray())
        return invalid(ModelText::tr("scenario \"%1\": values must be an array").arg(s.name));
    const QJsonArray arr = values.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        //: %1: a scenario name; %2: the value's position in its "values" list, from 1.
        if (!arr[i].isObject())
            return invalid(ModelText::tr("scenario \"%1\": value #%2 must be an object").arg(s.name, QString::number(i + 1)));
        const QJsonObject vo = arr[i].toObject();
        //: Names one value of a scenario in messages about its fields: %1 is the scenario's name, %2 the value's
        //: position in the scenario's "values" list, from 1.
        Reader vr(vo, ModelText::tr("scenario \"%1\" value #%2").arg(s.name, QString::number(i + 1)));
        ScenarioValue v;
        QString node, link;
        CORRIDOR_TRY(vr.string("node", node));
        CORRIDOR_TRY(vr.string("link", link));
        //: %1: a scenario name; %2: the value's position in its list, from 1. "node" and "link" are JSON keys;
        //: keep them.
        if (node.isEmpty() == link.isEmpty())
            return invalid(ModelText::tr("scenario \"%1\" value #%2: name exactly one of \"node\" or \"link\"").arg(s.name, QString::number(i + 1)));
        v.target = node.isEmpty() ? ValueTarget::Link : ValueTarget::Node;
        v.itemId = node.isEmpty() ? link : node;
        CORRIDOR_TRY(vr.string("field", v.field, true));
        std::optional<double> num;
        CORRIDOR_TRY(vr.number("value", num, true));
        v.value = *num;
        CORRIDOR_TRY(vr.string("source", v.source));
        CORRIDOR_TRY(vr.string("note", v.note));
        s.values.push_back(v);
    }
    return s;
}

} // namespace

Result<NetworkDocument> networkFromJson(const QByteArray& json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        //: %1: a byte offset in the file; %2: the parser's explanation.
        return Error{ErrorCode::Format, ModelText::tr("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()), {}};
    //: "nodes" and "links" are JSON keys; keep them.
    if (!doc.isObject())
        return Error{ErrorCode::Format, ModelText::tr("malformed network: the top level must be an object with \"nodes\" and \"links\""), {}};
    const QJsonObject root = doc.object();
    for (const char* key : {"nodes", "links"}) {
        //: %1: a JSON key, "nodes" or "links"; keep it.
        if (!root.value(QLatin1String(key)).isArray())
            return Error{ErrorCode::Format, ModelText::tr("malformed network: \"%1\" must be an array").arg(QLatin1String(key)), {}};
    }
    NetworkDocument d;
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        auto n = readNode(nodes[i], i);
        if (!n)
            return n.error();
        d.network.nodes.push_back(std::move(*n));
    }
    const QJsonArray links = root.value(QLatin1String("links")).toArray();
    for (int i = 0; i < links.size(); ++i) {
        auto l = readLink(links[i], i);
        if (!l)
            return l.error();
        d.network.links.push_back(std::move(*l));
    }
    if (Status st = d.network.validate(); !st)
        return st.error();
    const QJsonValue scenarios = root.value(QLatin1String("scenarios"));
    if (!scenarios.isUndefined()) {
        if (!scenarios.isArray())
            //: "scenarios" is a JSON key; keep it.
            return invalid(ModelText::tr("\"scenarios\" must be an array"));
        const QJsonArray arr = scenarios.toArray();
        for (int i = 0; i < arr.size(); ++i) {
            auto s = readScenario(arr[i], i);
            if (!s)
                return s.error();
            const QString name = s->name;
            if (Status st = d.scenarios.add(std::move(*s)); !st)
                return st.error();
            if (auto applied = d.scenarios.apply(d.network, name); !applied)
                return applied.error();
        }
    }
    return d;
}

Result<NetworkDocument> readNetworkJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        //: %1: the system's reason, e.g. "No such file or directory".
        return Error{ErrorCode::Io, ModelText::tr("cannot read: %1").arg(f.errorString()), path};
    auto d = networkFromJson(f.readAll());
    if (!d)
        return Error{d.error().code, d.error().message, path};
    return d;
}

QByteArray networkToJson(const Network& net, const ScenarioSet& scenarios)
{
    QJsonArray nodes;
    for (const Node& n : net.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id}, {QStringLiteral("kind"), nodeKindName(n.kind)},
                      {QStringLiteral("supply"), n.supply}, {QStringLiteral("demand"), n.demand}};
        auto put = [&o](const char* key, const QString& v) {
            if (!v.isEmpty())
                o.insert(QLatin1String(key), v);
        };
        put("name", n.name);
        put("commodity", n.commodity);
        put("country", n.country);
        put("region", n.region);
        put("origin", n.origin);
        put("feature_id", n.featureId);
        if (n.weight != 1.0)
            o.insert(QStringLiteral("weight"), n.weight);
        if (n.kind == NodeKind::Plant) {
            o.insert(QStringLiteral("efficiency"), n.efficiency);
            o.insert(QStringLiteral("unit_factor"), n.unitFactor);
            if (n.outputLimit)
                o.insert(QStringLiteral("output_limit"), *n.outputLimit);
        }
        if (n.position) {
            o.insert(QStringLiteral("lon"), n.position->lon);
            o.insert(QStringLiteral("lat"), n.position->lat);
        }
        nodes.append(o);
    }
    QJsonArray links;
    for (const Link& l : net.links) {
        QJsonObject o{{QStringLiteral("id"), l.id}, {QStringLiteral("from"), l.from}, {QStringLiteral("to"), l.to},
                      {QStringLiteral("capacity"), l.capacity}, {QStringLiteral("bidirectional"), l.bidirectional}};
        if (!l.name.isEmpty())
            o.insert(QStringLiteral("name"), l.name);
        if (!l.featureId.isEmpty())
            o.insert(QStringLiteral("feature_id"), l.featureId);
        if (!l.commodity.isEmpty())
            o.insert(QStringLiteral("commodity"), l.commodity);
        for (const char* key : {"reverse_capacity", "entry_capacity", "exit_capacity", "cost"})
            if (const auto v = linkValue(l, QLatin1String(key)))
                o.insert(QLatin1String(key), *v);
        if (l.lengthKm)
            o.insert(QStringLiteral("length_km"), *l.lengthKm);
        links.append(o);
    }
    QJsonObject root{{QStringLiteral("nodes"), nodes}, {QStringLiteral("links"), links}};
    if (!scenarios.isEmpty()) {
        QJsonArray arr;
        for (const Scenario& s : scenarios.scenarios()) {
            QJsonArray values;
            for (const ScenarioValue& v : s.values) {
                QJsonObject vo{{v.target == ValueTarget::Node ? QStringLiteral("node") : QStringLiteral("link"), v.itemId},
                               {QStringLiteral("field"), v.field}, {QStringLiteral("value"), v.value}};
                if (!v.source.isEmpty())
                    vo.insert(QStringLiteral("source"), v.source);
                if (!v.note.isEmpty())
                    vo.insert(QStringLiteral("note"), v.note);
                values.append(vo);
            }
            arr.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("description"), s.description},
                                   {QStringLiteral("values"), values}});
        }
        root.insert(QStringLiteral("scenarios"), arr);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace corridor::model
