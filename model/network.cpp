#include "model/network.h"

#include "geo/geodesic.h"
#include "model/tr.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace corridor::model {

namespace {

Error invalid(const QString& message) { return Error{ErrorCode::InvalidArgument, message, {}}; }

bool badNumber(double v) { return !std::isfinite(v) || v < 0.0; }

QString numberText(double v) { return std::isnan(v) ? QStringLiteral("NaN") : QString::number(v); }

QString badNodeValue(const QString& id, const QString& field, double v)
{
    //: %1: a node id; %2: a field name such as capacity or supply (keep it); %3: the value given.
    return ModelText::tr("node %1: %2 must be a finite number >= 0, not %3").arg(id, field, numberText(v));
}

QString badLinkValue(const QString& id, const QString& field, double v)
{
    //: %1: a link id; %2: a field name such as capacity or cost (keep it); %3: the value given.
    return ModelText::tr("link %1: %2 must be a finite number >= 0, not %3").arg(id, field, numberText(v));
}

} // namespace

QString nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Hub: return QStringLiteral("hub");
    case NodeKind::Supply: return QStringLiteral("supply");
    case NodeKind::Demand: return QStringLiteral("demand");
    case NodeKind::Plant: return QStringLiteral("plant");
    }
    return QStringLiteral("hub");
}

std::optional<NodeKind> nodeKindFromName(const QString& name)
{
    for (NodeKind k : {NodeKind::Hub, NodeKind::Supply, NodeKind::Demand, NodeKind::Plant})
        if (name == nodeKindName(k))
            return k;
    return std::nullopt;
}

double Link::forwardLimit() const
{
    double c = capacity;
    if (entryCapacity)
        c = std::min(c, *entryCapacity);
    if (exitCapacity)
        c = std::min(c, *exitCapacity);
    return c;
}

double Link::reverseLimit() const
{
    if (!bidirectional)
        return 0.0;
    double c = reverseCapacity.value_or(capacity);
    if (entryCapacity)
        c = std::min(c, *entryCapacity);
    if (exitCapacity)
        c = std::min(c, *exitCapacity);
    return c;
}

int Network::nodeIndex(const QString& id) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Network::linkIndex(const QString& id) const
{
    for (std::size_t i = 0; i < links.size(); ++i)
        if (links[i].id == id)
            return static_cast<int>(i);
    return -1;
}

bool Network::hasConversion() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const Node& n) { return n.kind == NodeKind::Plant; });
}

double Network::effectiveCost(std::size_t i) const
{
    const Link& l = links[i];
    if (l.cost)
        return *l.cost;
    if (l.lengthKm)
        return *l.lengthKm;
    const int a = nodeIndex(l.from);
    const int b = nodeIndex(l.to);
    if (a >= 0 && b >= 0 && nodes[a].position && nodes[b].position) {
        const double km = geo::geodesic::distanceM(*nodes[a].position, *nodes[b].position) / 1000.0;
        if (std::isfinite(km))
            return km;
    }
    return 1.0;
}

Status Network::validate() const
{
    QSet<QString> nodeIds;
    QSet<QString> plantIds;
    nodeIds.reserve(static_cast<qsizetype>(nodes.size()));
    // Whole sentences for the translators: the item is named by its position only while it has no id.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        //: %1: the node's position in the list, from 1.
        if (n.id.isEmpty())
            return invalid(ModelText::tr("node #%1 has no id").arg(i + 1));
        //: %1: a node id.
        if (nodeIds.contains(n.id))
            return invalid(ModelText::tr("duplicate node id %1").arg(n.id));
        nodeIds.insert(n.id);
        if (n.kind == NodeKind::Plant)
            plantIds.insert(n.id);
        for (const QString& f : nodeValueFields()) {
            const auto v = nodeValue(n, f);
            if (v && badNumber(*v))
                return invalid(badNodeValue(n.id, f, *v));
        }
        if (n.kind == NodeKind::Plant) {
            //: %1: a node id; %2: the efficiency given. (0, 1] is the interval 0 < efficiency <= 1.
            if (!(n.efficiency > 0.0 && n.efficiency <= 1.0))
                return invalid(ModelText::tr("node %1: a plant needs an efficiency in (0, 1], not %2").arg(n.id, numberText(n.efficiency)));
            //: %1: a node id. unit_factor is a field name; keep it.
            if (!(n.unitFactor > 0.0))
                return invalid(ModelText::tr("node %1: unit_factor must be > 0").arg(n.id));
            //: %1: a node id. A plant (power plant) converts gas into power.
            if (n.supply != 0.0 || n.demand != 0.0)
                return invalid(ModelText::tr("node %1: a plant converts only; put supply or demand on a separate node").arg(n.id));
        }
    }
    QSet<QString> linkIds;
    linkIds.reserve(static_cast<qsizetype>(links.size()));
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link& l = links[i];
        //: %1: the link's position in the list, from 1.
        if (l.id.isEmpty())
            return invalid(ModelText::tr("link #%1 has no id").arg(i + 1));
        //: %1: a link id.
        if (linkIds.contains(l.id))
            return invalid(ModelText::tr("duplicate link id %1").arg(l.id));
        linkIds.insert(l.id);
        //: %1: a link id; %2: the node id it names. "from" is the field name of the link's start; keep it.
        if (!nodeIds.contains(l.from))
            return invalid(ModelText::tr("link %1: unknown node \"%2\" (from)").arg(l.id, l.from));
        //: %1: a link id; %2: the node id it names. "to" is the field name of the link's end; keep it.
        if (!nodeIds.contains(l.to))
            return invalid(ModelText::tr("link %1: unknown node \"%2\" (to)").arg(l.id, l.to));
        //: %1: a link id; %2: a node id.
        if (l.from == l.to)
            return invalid(ModelText::tr("link %1: starts and ends at node %2").arg(l.id, l.from));
        for (const QString& f : linkValueFields()) {
            const auto v = linkValue(l, f);
            if (v && badNumber(*v))
                return invalid(badLinkValue(l.id, f, *v));
        }
        //: %1: a link id. length_km is a field name; keep it.
        if (l.lengthKm && badNumber(*l.lengthKm))
            return invalid(ModelText::tr("link %1: length_km must be a finite number >= 0").arg(l.id));
        if (l.bidirectional) {
            for (const QString& end : {l.from, l.to}) {
                //: %1: a link id; %2: the id of a plant node. A plant converts fuel (gas) into output (power).
                if (plantIds.contains(end))
                    return invalid(ModelText::tr("link %1: a link at plant %2 must be directed (fuel in, output out)").arg(l.id, end));
            }
        }
    }
    return Ok{};
}

const QStringList& nodeValueFields()
{
    static const QStringList f{QStringLiteral("supply"),     QStringLiteral("demand"),      QStringLiteral("weight"),
                               QStringLiteral("efficiency"), QStringLiteral("unit_factor"), QStringLiteral("output_limit")};
    return f;
}

const QStringList& linkValueFields()
{
    static const QStringList f{QStringLiteral("capacity"), QStringLiteral("reverse_capacity"), QStringLiteral("entry_capacity"),
                               QStringLiteral("exit_capacity"), QStringLiteral("cost")};
    return f;
}

std::optional<double> nodeValue(const Node& n, const QString& field)
{
    if (field == QLatin1String("supply"))
        return n.supply;
    if (field == QLatin1String("demand"))
        return n.demand;
    if (field == QLatin1String("weight"))
        return n.weight;
    if (field == QLatin1String("efficiency"))
        return n.efficiency;
    if (field == QLatin1String("unit_factor"))
        return n.unitFactor;
    if (field == QLatin1String("output_limit"))
        return n.outputLimit;
    return std::nullopt;
}

std::optional<double> linkValue(const Link& l, const QString& field)
{
    if (field == QLatin1String("capacity"))
        return l.capacity;
    if (field == QLatin1String("reverse_capacity"))
        return l.reverseCapacity;
    if (field == QLatin1String("entry_capacity"))
        return l.entryCapacity;
    if (field == QLatin1String("exit_capacity"))
        return l.exitCapacity;
    if (field == QLatin1String("cost"))
        return l.cost;
    return std::nullopt;
}

Status setNodeValue(Node& n, const QString& field, double v)
{
    if (badNumber(v))
        return invalid(badNodeValue(n.id, field, v));
    if (field == QLatin1String("supply"))
        n.supply = v;
    else if (field == QLatin1String("demand"))
        n.demand = v;
    else if (field == QLatin1String("weight"))
        n.weight = v;
    else if (field == QLatin1String("efficiency"))
        n.efficiency = v;
    else if (field == QLatin1String("unit_factor"))
        n.unitFactor = v;
    else if (field == QLatin1String("output_limit"))
        n.outputLimit = v;
    else
        //: %1: a node id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).
        return invalid(ModelText::tr("node %1: unknown field %2 (expected one of %3)").arg(n.id, field, nodeValueFields().join(QStringLiteral(", "))));
    return Ok{};
}

Status setLinkValue(Link& l, const QString& field, double v)
{
    if (badNumber(v))
        return invalid(badLinkValue(l.id, field, v));
    if (field == QLatin1String("capacity"))
        l.capacity = v;
    else if (field == QLatin1String("reverse_capacity"))
        l.reverseCapacity = v;
    else if (field == QLatin1String("entry_capacity"))
        l.entryCapacity = v;
    else if (field == QLatin1String("exit_capacity"))
        l.exitCapacity = v;
    else if (field == QLatin1String("cost"))
        l.cost = v;
    else
        //: %1: a link id; %2: the field name given; %3: the field names allowed, separated by commas (keep them).
        return invalid(ModelText::tr("link %1: unknown field %2 (expected one of %3)").arg(l.id, field, linkValueFields().join(QStringLiteral(", "))));
    return Ok{};
}

} // namespace corridor::model
