#include "model/flow_solver.h"

#include "model/flow_tracing.h"
#include "model/tr.h"

#include <ClpSimplex.hpp>
#include <CoinPackedVector.hpp>

#include <lemon/network_simplex.h>
#include <lemon/preflow.h>
#include <lemon/smart_graph.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace corridor::model {

namespace {

// Relative tolerance for "at capacity" and for the phase-2 served-demand row.
constexpr double kBindingTol = 1e-6;

/// What either backend produces; turned into a FlowResult by finish().
struct RawSolution {
    std::vector<double> forward;   // per link, from → to (0 for outages)
    std::vector<double> backward;  // per link, to → from
    std::vector<double> supplied;  // per node
    std::vector<double> served;    // per node
    std::vector<double> converted; // per node (plants: input used)
    std::vector<char> bottleneck;  // per link
    double weightedServed = 0.0;
};

struct Prepared {
    const Network* net = nullptr;
    std::vector<char> out;        // per link: in outage
    std::vector<double> cost;     // per link
    std::vector<double> fwdCap;   // per link (0 when out)
    std::vector<double> bwdCap;
    std::vector<int> from, to;    // node indices
};

// ---------------------------------------------------------------------------------------------------
// Clp: the LP form, for conversion (generalised flow) and weighted objectives.
// ---------------------------------------------------------------------------------------------------

class LpBuilder {
public:
    std::vector<int> starts{0};
    std::vector<int> rows;
    std::vector<double> values;
    std::vector<double> lower, upper, obj;

    int addColumn(double lo, double hi, double c, std::initializer_list<std::pair<int, double>> entries)
    {
        for (const auto& [r, v] : entries) {
            rows.push_back(r);
            values.push_back(v);
        }
        starts.push_back(static_cast<int>(rows.size()));
        lower.push_back(lo);
        upper.push_back(hi);
        obj.push_back(c);
        return static_cast<int>(lower.size()) - 1;
    }
    int columnCount() const { return static_cast<int>(lower.size()); }
};

Result<RawSolution> solveLp(const Prepared& p)
{
    const Network& net = *p.net;
    const std::size_t nNodes = net.nodes.size();
    const std::size_t nLinks = net.links.size();
    // Rows: one balance per node; a plant has two (input: Σin − g = 0; output: η·f·g − Σout = 0).
    std::vector<int> inRow(nNodes), outRow(nNodes);
    int nRows = 0;
    for (std::size_t j = 0; j < nNodes; ++j) {
        inRow[j] = nRows++;
        outRow[j] = net.nodes[j].kind == NodeKind::Plant ? nRows++ : inRow[j];
    }
    LpBuilder lp;
    std::vector<int> fwdCol(nLinks, -1), bwdCol(nLinks, -1);
    for (std::size_t i = 0; i < nLinks; ++i) {
        if (p.out[i])
            continue;
        const int a = p.from[i], b = p.to[i];
        fwdCol[i] = lp.addColumn(0.0, p.fwdCap[i], 0.0, {{outRow[a], -1.0}, {inRow[b], 1.0}});
        if (net.links[i].bidirectional)
            bwdCol[i] = lp.addColumn(0.0, p.bwdCap[i], 0.0, {{outRow[b], -1.0}, {inRow[a], 1.0}});
    }
    std::vector<int> supCol(nNodes, -1), demCol(nNodes, -1), convCol(nNodes, -1);
    std::vector<int> servedCols;
    std::vector<double> servedWeights;
    for (std::size_t j = 0; j < nNodes; ++j) {
        const Node& n = net.nodes[j];
        if (n.supply > 0.0)
            supCol[j] = lp.addColumn(0.0, n.supply, 0.0, {{inRow[j], 1.0}});
        if (n.demand > 0.0) {
            demCol[j] = lp.addColumn(0.0, n.demand, -n.weight, {{inRow[j], -1.0}});
            servedCols.push_back(demCol[j]);
            servedWeights.push_back(n.weight);
        }
        if (n.kind == NodeKind::Plant) {
            const double factor = n.efficiency * n.unitFactor;
            const double hi = n.outputLimit ? *n.outputLimit / factor : COIN_DBL_MAX;
            convCol[j] = lp.addColumn(0.0, hi, 0.0, {{inRow[j], -1.0}, {outRow[j], factor}});
        }
    }
    const std::vector<double> rowBound(static_cast<std::size_t>(nRows), 0.0);

    ClpSimplex model;
    model.setLogLevel(0);
    model.loadProblem(lp.columnCount(), nRows, lp.starts.data(), lp.rows.data(), lp.values.data(), lp.lower.data(),
                      lp.upper.data(), lp.obj.data(), rowBound.data(), rowBound.data());
    model.setOptimizationDirection(1.0);

    RawSolution s;
    s.bottleneck.assign(nLinks, 0);
    double z1 = 0.0;
    // Simplex variants by size, as measured by tests/bench/bench_solve: on small LPs (the bundled
    // model, ~60 columns) dual-then-primal is fastest (N-1 sweep ~6 ms against ~15 ms); on a 3,000-node /
    // 12,000-link network primal-then-dual takes ~0.85 s against ~10 s, because the zero-cost phase-1 LP
    // is highly dual degenerate.
    const bool large = lp.columnCount() > 5000;
    if (!servedCols.empty()) {
        if (large)
            model.primal();
        else
            model.dual();
        //: Clp is the name of the LP solver; keep it. %1: Clp's status code (a number).
        if (model.status() != 0)
            return Error{ErrorCode::Internal, ModelText::tr("Clp: phase 1 (maximise served demand) ended with status %1").arg(model.status()), {}};
        z1 = -model.objectiveValue();
        const double* rc = model.getReducedCost();
        for (std::size_t i = 0; i < nLinks; ++i) {
            // A negative reduced cost on a column at its upper bound: more capacity, more served demand.
            for (int c : {fwdCol[i], bwdCol[i]})
                if (c >= 0 && rc[c] < -1e-9 && lp.upper[c] > 0.0)
                    s.bottleneck[i] = 1;
        }
        // Phase 2: keep the served demand, minimise cost.
        const double tol = kBindingTol * std::max(1.0, std::abs(z1)) * 1e-3;
        model.addRow(static_cast<int>(servedCols.size()), servedCols.data(), servedWeights.data(), z1 - tol, COIN_DBL_MAX);
        for (int c : servedCols)
            model.setObjectiveCoefficient(c, 0.0);
    }
    for (std::size_t i = 0; i < nLinks; ++i) {
        for (int c : {fwdCol[i], bwdCol[i]})
            if (c >= 0)
                model.setObjectiveCoefficient(c, p.cost[i]);
    }
    if (large)
        model.dual();
    else
        model.primal(1);
    //: Clp is the name of the LP solver; keep it. %1: Clp's status code (a number).
    if (model.status() != 0)
        return Error{ErrorCode::Internal, ModelText::tr("Clp: phase 2 (minimise cost) ended with status %1").arg(model.status()), {}};

    const double* x = model.getColSolution();
    auto at = [&](int c) { return c >= 0 ? std::max(0.0, x[c]) : 0.0; };
    s.forward.resize(nLinks);
    s.backward.resize(nLinks);
    for (std::size_t i = 0; i < nLinks; ++i) {
        s.forward[i] = at(fwdCol[i]);
        s.backward[i] = at(bwdCol[i]);
    }
    s.supplied.resize(nNodes);
    s.served.resize(nNodes);
    s.converted.resize(nNodes);
    for (std::size_t j = 0; j < nNodes; ++j) {
        s.supplied[j] = at(supCol[j]);
        s.served[j] = at(demCol[j]);
        s.converted[j] = at(convCol[j]);
        s.weightedServed += net.nodes[j].weight * s.served[j];
    }
    return s;
}

// ---------------------------------------------------------------------------------------------------
// LEMON: pure min-cost flow on integer-scaled data.
// ---------------------------------------------------------------------------------------------------

/// The largest power of two q with `total` × q ≤ 2^limitBits (at least 2^-30, at most 2^30).
double powerOfTwoScale(double total, int limitBits)
{
    int e = 0;
    std::frexp(std::max(total, 1e-300), &e); // total < 2^e
    const int k = std::clamp(limitBits - e, -30, 30);
    return std::ldexp(1.0, k);
}

Result<RawSolution> solveNetworkSimplex(const Prepared& p)
{
    using Graph = lemon::SmartDigraph;
    using Int = std::int64_t;
    const Network& net = *p.net;
    const std::size_t nNodes = net.nodes.size();
    const std::size_t nLinks = net.links.size();

    // Scale so that every sum of flows stays below 2^52 (exact in a double, far inside int64).
    double total = 0.0, maxCost = 0.0;
    for (std::size_t i = 0; i < nLinks; ++i) {
        total += p.fwdCap[i] + p.bwdCap[i];
        maxCost = std::max(maxCost, p.cost[i]);
    }
    for (const Node& n : net.nodes)
        total += n.supply + n.demand;
    const double q = powerOfTwoScale(total, 52);
    // Costs: potentials grow to (nodes × max cost), keep that below 2^52 too.
    const double k = powerOfTwoScale(maxCost * static_cast<double>(nNodes + 2), 52);
    auto qi = [q](double v) { return static_cast<Int>(std::llround(v * q)); };
    auto ki = [k](double v) { return static_cast<Int>(std::llround(v * k)); };

    Graph g;
    g.reserveNode(static_cast<int>(nNodes) + 2);
    g.reserveArc(static_cast<int>(2 * nLinks + 2 * nNodes));
    std::vector<Graph::Node> node(nNodes);
    for (auto& n : node)
        n = g.addNode();
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    Graph::ArcMap<Int> cap(g), cost(g);
    std::vector<Graph::Arc> fwd(nLinks, lemon::INVALID), bwd(nLinks, lemon::INVALID);
    std::vector<Graph::Arc> supArc(nNodes, lemon::INVALID), demArc(nNodes, lemon::INVALID);
    for (std::size_t i = 0; i < nLinks; ++i) {
        if (p.out[i])
            continue;
        fwd[i] = g.addArc(node[p.from[i]], node[p.to[i]]);
        cap[fwd[i]] = qi(p.fwdCap[i]);
        cost[fwd[i]] = ki(p.cost[i]);
        if (net.links[i].bidirectional) {
            bwd[i] = g.addArc(node[p.to[i]], node[p.from[i]]);
            cap[bwd[i]] = qi(p.bwdCap[i]);
            cost[bwd[i]] = ki(p.cost[i]);
        }
    }
    for (std::size_t j = 0; j < nNodes; ++j) {
        if (net.nodes[j].supply > 0.0) {
            supArc[j] = g.addArc(source, node[j]);
            cap[supArc[j]] = qi(net.nodes[j].supply);
            cost[supArc[j]] = 0;
        }
        if (net.nodes[j].demand > 0.0) {
            demArc[j] = g.addArc(node[j], sink);
            cap[demArc[j]] = qi(net.nodes[j].demand);
            cost[demArc[j]] = 0;
        }
    }

    // Phase 1: the maximum flow value (= maximum served demand) and a minimum cut.
    lemon::Preflow<Graph, Graph::ArcMap<Int>> preflow(g, cap, source, sink);
    preflow.runMinCut();
    const Int maxFlow = preflow.flowValue();

    RawSolution s;
    s.bottleneck.assign(nLinks, 0);
    for (std::size_t i = 0; i < nLinks; ++i)
        for (const Graph::Arc a : {fwd[i], bwd[i]})
            if (a != lemon::INVALID && cap[a] > 0 && preflow.minCut(g.source(a)) && !preflow.minCut(g.target(a)))
                s.bottleneck[i] = 1;

    // Phase 2: the cheapest flow of that value.
    lemon::NetworkSimplex<Graph, Int, Int> ns(g);
    ns.upperMap(cap).costMap(cost).stSupply(source, sink, maxFlow);
    const auto status = ns.run();
    //: LEMON NetworkSimplex is the name of a solver; keep it. %1: its status code (a number).
    if (status != lemon::NetworkSimplex<Graph, Int, Int>::OPTIMAL)
        return Error{ErrorCode::Internal, ModelText::tr("LEMON NetworkSimplex: no optimal solution (status %1)").arg(int(status)), {}};

    auto flowOf = [&](Graph::Arc a) { return a == lemon::INVALID ? 0.0 : static_cast<double>(ns.flow(a)) / q; };
    s.forward.resize(nLinks);
    s.backward.resize(nLinks);
    for (std::size_t i = 0; i < nLinks; ++i) {
        s.forward[i] = flowOf(fwd[i]);
        s.backward[i] = flowOf(bwd[i]);
    }
    s.supplied.resize(nNodes);
    s.served.resize(nNodes);
    s.converted.assign(nNodes, 0.0);
    for (std::size_t j = 0; j < nNodes; ++j) {
        s.supplied[j] = flowOf(supArc[j]);
        s.served[j] = flowOf(demArc[j]);
        s.weightedServed += net.nodes[j].weight * s.served[j];
    }
    return s;
}

FlowResult finish(const Prepared& p, const RawSolution& s, SolverBackend backend, const QSet<QString>& outages)
{
    const Network& net = *p.net;
    FlowResult r;
    r.backend = backend;
    r.outages = outages;
    r.totalWeightedServed = s.weightedServed;
    r.nodes.resize(net.nodes.size());
    for (std::size_t j = 0; j < net.nodes.size(); ++j) {
        const Node& n = net.nodes[j];
        NodeResult& nr = r.nodes[j];
        nr.id = n.id;
        nr.demand = n.demand;
        nr.supplied = s.supplied[j];
        nr.served = std::min(s.served[j], n.demand);
        nr.unserved = std::max(0.0, n.demand - nr.served);
        nr.converted = s.converted[j];
        r.totalServed += nr.served;
        r.totalDemand += n.demand;
        r.servedByCommodity[n.commodity] += nr.served;
        r.demandByCommodity[n.commodity] += n.demand;
    }
    r.links.resize(net.links.size());
    for (std::size_t i = 0; i < net.links.size(); ++i) {
        const Link& l = net.links[i];
        LinkResult& lr = r.links[i];
        lr.id = l.id;
        lr.outage = p.out[i];
        lr.cost = p.cost[i];
        lr.flow = s.forward[i] - s.backward[i];
        lr.capacity = lr.flow < 0.0 ? p.bwdCap[i] : p.fwdCap[i];
        const double mag = std::abs(lr.flow);
        lr.utilisation = lr.capacity > 0.0 ? std::min(1.0, mag / lr.capacity) : 0.0;
        lr.binding = lr.capacity > 0.0 && mag >= lr.capacity * (1.0 - kBindingTol);
        lr.bottleneck = s.bottleneck[i] && lr.binding;
        r.totalCost += lr.cost * (s.forward[i] + s.backward[i]);
        if (lr.flow >= 0.0) {
            r.nodes[p.from[i]].outflow += lr.flow;
            r.nodes[p.to[i]].inflow += lr.flow;
        } else {
            r.nodes[p.to[i]].outflow += mag;
            r.nodes[p.from[i]].inflow += mag;
        }
    }
    return r;
}

} // namespace

const LinkResult* FlowResult::link(const QString& id) const
{
    for (const auto& l : links)
        if (l.id == id)
            return &l;
    return nullptr;
}

const NodeResult* FlowResult::node(const QString& id) const
{
    for (const auto& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QString backendName(SolverBackend backend)
{
    switch (backend) {
    case SolverBackend::Auto: return QStringLiteral("auto");
    case SolverBackend::Lp: return QStringLiteral("clp");
    case SolverBackend::NetworkSimplex: return QStringLiteral("lemon");
    }
    return {};
}

Result<FlowResult> solveFlow(const Network& net, const SolveOptions& options)
{
    if (Status st = net.validate(); !st)
        return st.error();
    Prepared p;
    p.net = &net;
    QHash<QString, int> nodeIndex;
    nodeIndex.reserve(static_cast<qsizetype>(net.nodes.size()));
    for (std::size_t j = 0; j < net.nodes.size(); ++j)
        nodeIndex.insert(net.nodes[j].id, static_cast<int>(j));
    QSet<QString> unknown = options.outages;
    const std::size_t nLinks = net.links.size();
    p.out.assign(nLinks, 0);
    p.cost.resize(nLinks);
    p.fwdCap.resize(nLinks);
    p.bwdCap.resize(nLinks);
    p.from.resize(nLinks);
    p.to.resize(nLinks);
    for (std::size_t i = 0; i < nLinks; ++i) {
        const Link& l = net.links[i];
        p.out[i] = options.outages.contains(l.id);
        unknown.remove(l.id);
        p.from[i] = nodeIndex.value(l.from);
        p.to[i] = nodeIndex.value(l.to);
        p.fwdCap[i] = p.out[i] ? 0.0 : l.forwardLimit();
        p.bwdCap[i] = p.out[i] ? 0.0 : l.reverseLimit();
        if (l.cost)
            p.cost[i] = *l.cost;
        else
            p.cost[i] = net.effectiveCost(i);
    }
    if (!unknown.isEmpty()) {
        QStringList ids(unknown.begin(), unknown.end());
        ids.sort();
        //: %1: the ids of the links, separated by commas; %n: how many there are.
        return Error{ErrorCode::InvalidArgument,
                     ModelText::tr("outage of unknown link(s) %1", nullptr, static_cast<int>(ids.size())).arg(ids.join(QStringLiteral(", "))),
                     {}};
    }

    SolverBackend backend = options.backend;
    if (backend == SolverBackend::Auto) {
        bool pure = !net.hasConversion();
        for (std::size_t j = 1; pure && j < net.nodes.size(); ++j)
            pure = net.nodes[j].weight == net.nodes[0].weight;
        if (!net.nodes.empty() && !(net.nodes[0].weight > 0.0))
            pure = false;
        backend = pure ? SolverBackend::NetworkSimplex : SolverBackend::Lp;
    }
    //: LEMON is the name of a solver; keep it. LP: the linear-programming solver (Clp). A plant converts gas
    //: into power.
    if (backend == SolverBackend::NetworkSimplex && net.hasConversion())
        return Error{ErrorCode::InvalidArgument, ModelText::tr("the network has a plant (conversion): LEMON cannot solve it, use the LP"), {}};

    Result<RawSolution> raw = backend == SolverBackend::Lp ? solveLp(p) : solveNetworkSimplex(p);
    if (!raw)
        return raw.error();
    FlowResult r = finish(p, *raw, backend, options.outages);
    if (options.traceOrigins)
        traceOrigins(net, r);
    return r;
}

} // namespace corridor::model
