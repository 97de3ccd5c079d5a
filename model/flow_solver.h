#pragma once
// The flow solver: "maximise served demand, then minimise total cost Σ cost × |flow|", within link
// capacities, with links taken out of service on request (outages). Stateless and thread-safe: each call
// builds its own solver objects; run N-1 sweeps in parallel if you like.
//
// Two established solver libraries, chosen per network:
//  * COIN-OR Clp (LP, dual then primal simplex) whenever the network converts one commodity into another
//    (a plant: out = efficiency × unitFactor × in). That is a generalised flow — flow is not conserved —
//    so no pure network algorithm applies. Clp is also used when served-demand weights differ, because
//    then "maximise served" is a weighted objective rather than a max-flow value.
//  * LEMON (Preflow max-flow, then NetworkSimplex min-cost flow at that flow value) for a pure network:
//    exact, and an order of magnitude faster than a general LP on large networks. LEMON needs integer
//    data, so capacities/supplies/demands are scaled by 10^6 / 2^k and costs by a power of ten so that
//    everything fits comfortably in 64 bits; results are scaled back (error below 10^-6 relative).
// Both are lexicographic, in two phases (no "big-M" penalty that would mix the two objectives and lose
// precision): phase 1 finds the maximum (weighted) served demand Z; phase 2 minimises cost subject to
// served = Z (Clp: an added row Σ w·served ≥ Z − tolerance, warm-started; LEMON: supply Z at a super
// source, −Z at a super sink).
//
// Bidirectional links are two opposite arcs with the same cost; the reported flow is signed (positive
// from → to). With a positive cost both arcs never carry flow at once; with zero cost the net is
// reported.
//
// Bottlenecks: a link is "binding" when its flow is at its capacity (relative tolerance 10^-6); it is a
// "bottleneck" when it lies on the minimum cut that limits served demand — with Clp, its phase-1 reduced
// cost says more capacity would serve more demand; with LEMON, it crosses the Preflow minimum cut. When
// several minimum cuts exist, the solver reports one of them.

#include "model/error.h"
#include "model/network.h"

#include <QSet>
#include <QString>

#include <map>
#include <vector>

namespace corridor::model {

enum class SolverBackend { Auto, Lp, NetworkSimplex };

struct SolveOptions {
    QSet<QString> outages;          // link ids taken out of service (unknown ids are an error)
    SolverBackend backend = SolverBackend::Auto;
    bool traceOrigins = true;       // compute origin mixes (see flow_tracing.h)
};

struct LinkResult {
    QString id;
    double flow = 0.0;        // signed: positive from → to
    double capacity = 0.0;    // the binding limit in the direction of the flow (forward when zero)
    double utilisation = 0.0; // |flow| / capacity; 0 when the capacity is 0
    double cost = 0.0;        // cost per unit used
    bool outage = false;
    bool binding = false;
    bool bottleneck = false;
};

struct NodeResult {
    QString id;
    double supplied = 0.0; // of the node's own supply
    double demand = 0.0;
    double served = 0.0;
    double unserved = 0.0;
    double inflow = 0.0;   // over links
    double outflow = 0.0;
    double converted = 0.0; // plants: input consumed
    std::map<QString, double> servedByOrigin;  // served demand split by origin label (flow tracing)
    std::map<QString, double> inflowByOrigin;  // throughput (inflow + own supply) split by origin
};

struct FlowResult {
    std::vector<LinkResult> links; // in network order
    std::vector<NodeResult> nodes; // in network order
    double totalServed = 0.0;      // Σ served (model units, all commodities)
    double totalDemand = 0.0;
    double totalWeightedServed = 0.0; // the phase-1 objective
    double totalCost = 0.0;        // Σ cost × |flow|
    std::map<QString, double> servedByCommodity;
    std::map<QString, double> demandByCommodity;
    SolverBackend backend = SolverBackend::Lp; // the one actually used
    QSet<QString> outages;

    const LinkResult* link(const QString& id) const;
    const NodeResult* node(const QString& id) const;
};

/// Validates `network`, then solves. Errors: InvalidArgument for a bad network or an unknown outage id;
/// Internal when the solver library fails (its status in the message).
Result<FlowResult> solveFlow(const Network& network, const SolveOptions& options = {});

QString backendName(SolverBackend backend);

} // namespace corridor::model
