#pragma once
// The JSON form of a network, so that scripts and tests can use the solver without a project:
//   {"nodes": [{"id": "AZ", "supply": 20, "demand": 0, ...}, ...],
//    "links": [{"id": "SCP", "from": "AZ", "to": "GE", "capacity": 23.4, "cost": 1.0,
//               "bidirectional": false, ...}, ...],
//    "scenarios": [{"name": "high", "values": [{"link": "SCP", "field": "capacity", "value": 31}]}]}
// Node fields: id (required), name, kind (hub|supply|demand|plant; default from supply/demand/
// efficiency), commodity, country, region, origin, feature_id, lon, lat, supply, demand, weight,
// efficiency, unit_factor, output_limit. Link fields: id, from, to, capacity (required), name,
// feature_id, commodity, bidirectional, reverse_capacity, entry_capacity, exit_capacity, cost, length_km.
// "scenarios" is optional (see scenario.h); each value names exactly one of "node" or "link".
//
// Errors (ErrorCode::Format for malformed JSON, InvalidArgument for bad content) name the offending
// item: "link SCP: capacity must be a finite number >= 0, not -1", "node #3: id must be a string".

#include "model/error.h"
#include "model/network.h"
#include "model/scenario.h"

#include <QByteArray>
#include <QString>

namespace corridor::model {

Result<NetworkDocument> networkFromJson(const QByteArray& json);
Result<NetworkDocument> readNetworkJson(const QString& path);
/// The JSON form of `network` (and `scenarios`), readable by networkFromJson.
QByteArray networkToJson(const Network& network, const ScenarioSet& scenarios = {});

} // namespace corridor::model
