#pragma once
// Flow tracing: where does each node's gas (or power) come from? And per-region transit summaries.
//
// Method — proportional mixing (the "average participation" rule used in power-flow tracing, Bialek
// 1996, and for gas origin accounting): every node is a perfect mixer. The mix of origins leaving a node
// equals the mix of everything entering it — its own supply (labelled with the node's origin) plus the
// inflow on every link, each carrying the mix of the node it comes from. Served demand, outflows and a
// plant's output all carry the node's mix; a plant's output keeps the origin shares of its fuel (power
// from Azerbaijani gas counts as Azerbaijani). For node j with own supply s_j, inflows f_ij:
//     m_j = (s_j · e_origin(j) + Σ_i f_ij · m_i) / (s_j + Σ_i f_ij)
// Assumptions: flows are annual averages (no storage, no time order); gas is homogeneous; contracts are
// not modelled (a contract path is not a physical path). Solved in topological order of the flow graph;
// if flows form a cycle (possible only on zero-cost loops) the same equations are iterated to a fixed
// point (they converge because some mass leaves every cycle to demand or to a node off it).
//
// Thread affinity: none (pure functions).

#include "model/flow_solver.h"
#include "model/network.h"

#include <QString>

#include <map>
#include <vector>

namespace corridor::model {

/// Fills NodeResult::servedByOrigin and inflowByOrigin for every node of `result`, which must have been
/// solved on `network`. Shares below 1e-12 of a node's throughput are dropped.
void traceOrigins(const Network& network, FlowResult& result);

struct CountrySummary {
    QString country;
    double inflow = 0.0;  // over links from other countries into this one
    double outflow = 0.0; // over links to other countries
    double demand = 0.0;
    double served = 0.0;
    double unserved = 0.0;
    std::map<QString, double> servedByOrigin;
};

struct RegionSummary {
    QString name;      // e.g. "Central Europe"
    QString commodity; // "gas", "power", or empty
    double inflow = 0.0;  // over links from nodes outside the region into it (net of nothing: gross)
    double outflow = 0.0; // over links leaving the region
    double transit = 0.0; // min(inflow, outflow): the part that only passes through
    double demand = 0.0;
    double served = 0.0;
    double unserved = 0.0;
    std::map<QString, double> inflowByOrigin; // origin mix of the inflow
    std::map<QString, double> servedByOrigin;
    std::vector<CountrySummary> countries; // sorted by country code
};

/// One summary per (region, commodity) over nodes with a non-empty region, sorted by region name then
/// commodity. A link's commodity is its own, else that of its from-node (a plant's output links: the
/// to-node's). Countries with no node in the region do not appear.
std::vector<RegionSummary> summariseRegions(const Network& network, const FlowResult& result);

} // namespace corridor::model
