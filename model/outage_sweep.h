#pragma once
// N-1 analysis: solve once per link with that link out of service (on top of any outages already in
// the options) and rank the links by the demand lost. Stateless; thread-safe.

#include "model/flow_solver.h"
#include "model/network.h"

#include <vector>

namespace corridor::model {

struct OutageImpact {
    QString linkId;
    double servedLoss = 0.0;        // Σ weight × served, base minus with the outage (>= 0)
    double unservedTotal = 0.0;     // total unserved demand with the outage
    double costChange = 0.0;        // total cost with the outage minus base cost
    std::map<QString, double> lossByCommodity; // served demand lost per commodity
};

struct OutageSweep {
    FlowResult base;
    std::vector<OutageImpact> ranking; // by servedLoss descending, then costChange descending, then id
};

/// Runs the base case and one solve per link in service. Origin tracing is off for the outage runs.
Result<OutageSweep> sweepSingleOutages(const Network& network, const SolveOptions& options = {});

} // namespace corridor::model
