#pragma once
// Network: the flow model of the corridor — nodes (supply, demand, hubs, interconnection points, the
// gas-fired plant, power nodes) and links (pipelines, interconnectors, power lines), each optionally
// bound to its map feature by id. A plain value type: copy it freely (scenarios apply their values to a
// copy); no thread affinity.
//
// Units are the model's, not the solver's: gas in bcm/yr, power in MW. A plant node converts the
// commodity flowing in (gas) into the one flowing out (power): out = efficiency × unitFactor × in, with
// unitFactor converting input units to output units (bcm/yr of gas → MW thermal ≈ 1204.3, from the facts
// sheet's 10.55 kWh/m³) and outputLimit capping the output (MW).
//
// Capacities: `capacity` limits from → to; a bidirectional link also carries to → from, limited by
// `reverseCapacity` (default: the same as `capacity`). At border points `entryCapacity` / `exitCapacity`
// (either optional) may differ from the pipe: the lesser of all applicable limits binds.

#include "geo/types.h"
#include "model/error.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace corridor::model {

enum class NodeKind { Hub, Supply, Demand, Plant };

/// "hub", "supply", "demand", "plant"; and back (null for an unknown word).
QString nodeKindName(NodeKind kind);
std::optional<NodeKind> nodeKindFromName(const QString& name);

struct Node {
    QString id;
    QString name;
    NodeKind kind = NodeKind::Hub; // descriptive, except Plant (a conversion node: no supply/demand of its own)
    QString commodity;             // "gas", "power" or empty; reports group served demand by it
    QString country;               // ISO 3166-1 alpha-2 (countries layer iso_a2); may be empty
    QString region;                // e.g. "Central Europe", "Southern Europe"; may be empty
    QString origin;                // origin label of this node's supply (e.g. "AZ", "RU"); empty = id
    QString featureId;             // bound map feature (facilities layer id), optional
    std::optional<geo::GeoPoint> position;
    double supply = 0.0;           // available supply (model units per year / MW)
    double demand = 0.0;           // demand to be served
    double weight = 1.0;           // weight of this node's served demand in "maximise served demand"
    double efficiency = 0.0;       // plant only: output energy / input energy
    double unitFactor = 1.0;       // plant only: output units per input unit at efficiency 1
    std::optional<double> outputLimit; // plant only: maximum output (e.g. MW)
    QString source;                // [Sxx] ids of the figures, and a note (storage only)
    QString note;

    QString originLabel() const { return origin.isEmpty() ? id : origin; }
};

struct Link {
    QString id;
    QString name;
    QString from;
    QString to;
    QString featureId; // bound map feature (gas_pipelines / power_links id), optional
    QString commodity; // "gas", "power" or empty
    bool bidirectional = false;
    double capacity = 0.0;                 // from → to
    std::optional<double> reverseCapacity; // to → from (bidirectional only); default = capacity
    std::optional<double> entryCapacity;   // border entry point limit (both directions)
    std::optional<double> exitCapacity;    // border exit point limit (both directions)
    std::optional<double> cost;            // per unit of flow; default: lengthKm, else geodesic, else 1
    std::optional<double> lengthKm;        // length of the bound feature (geodesic), if known
    QString source;                        // [Sxx] ids of the figures, and a note (storage only)
    QString note;

    /// The binding capacity from → to: the lesser of capacity, entry and exit capacity.
    double forwardLimit() const;
    /// The binding capacity to → from (0 for a directed link).
    double reverseLimit() const;
};

class Network {
public:
    std::vector<Node> nodes;
    std::vector<Link> links;

    /// Checks ids (non-empty, unique among nodes and among links), link ends (known nodes, not a loop),
    /// numbers (finite, not negative; efficiency in (0, 1] for a plant) and plant rules (no supply or
    /// demand of its own, no bidirectional link). The message names the offending node or link.
    Status validate() const;

    /// Index of a node / link by id, -1 if none. Linear scan; build a hash for repeated look-ups.
    int nodeIndex(const QString& id) const;
    int linkIndex(const QString& id) const;

    /// The cost used by the solver for link `i`: the explicit cost, else the bound feature's length
    /// (km), else the geodesic between the end nodes' positions (km), else 1.
    double effectiveCost(std::size_t i) const;

    bool hasConversion() const;
};

/// Editable numeric fields, by name (the names used by scenarios, storage and the JSON form):
/// nodes: supply, demand, weight, efficiency, unit_factor, output_limit;
/// links: capacity, reverse_capacity, entry_capacity, exit_capacity, cost.
/// setNodeValue/setLinkValue fail with InvalidArgument (naming field and item) for an unknown field or
/// a value that is NaN, infinite or negative.
Status setNodeValue(Node& node, const QString& field, double value);
Status setLinkValue(Link& link, const QString& field, double value);
std::optional<double> nodeValue(const Node& node, const QString& field);
std::optional<double> linkValue(const Link& link, const QString& field);
const QStringList& nodeValueFields();
const QStringList& linkValueFields();

} // namespace corridor::model
