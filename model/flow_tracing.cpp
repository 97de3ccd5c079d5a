#include "model/flow_tracing.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>

namespace corridor::model {

namespace {

constexpr double kFlowEps = 1e-12;

struct Edge {
    int from;
    int to;
    double amount;
};

/// Links with flow, oriented along the flow.
std::vector<Edge> flowEdges(const Network& net, const FlowResult& r, const QHash<QString, int>& index)
{
    std::vector<Edge> edges;
    edges.reserve(net.links.size());
    for (std::size_t i = 0; i < net.links.size(); ++i) {
        const double f = r.links[i].flow;
        if (std::abs(f) <= kFlowEps)
            continue;
        const int a = index.value(net.links[i].from);
        const int b = index.value(net.links[i].to);
        edges.push_back(f > 0 ? Edge{a, b, f} : Edge{b, a, -f});
    }
    return edges;
}

QHash<QString, int> indexOf(const Network& net)
{
    QHash<QString, int> index;
    index.reserve(static_cast<qsizetype>(net.nodes.size()));
    for (std::size_t j = 0; j < net.nodes.size(); ++j)
        index.insert(net.nodes[j].id, static_cast<int>(j));
    return index;
}

} // namespace

void traceOrigins(const Network& net, FlowResult& r)
{
    const std::size_t n = net.nodes.size();
    if (n == 0)
        return;
    const QHash<QString, int> index = indexOf(net);
    // Origins: a dense index over the labels of nodes that actually supply something.
    QHash<QString, int> originIndex;
    std::vector<QString> origins;
    std::vector<int> nodeOrigin(n, -1);
    for (std::size_t j = 0; j < n; ++j) {
        if (r.nodes[j].supplied <= kFlowEps)
            continue;
        const QString label = net.nodes[j].originLabel();
        auto it = originIndex.find(label);
        if (it == originIndex.end()) {
            it = originIndex.insert(label, static_cast<int>(origins.size()));
            origins.push_back(label);
        }
        nodeOrigin[j] = *it;
    }
    const std::size_t k = origins.size();
    if (k == 0)
        return;

    const std::vector<Edge> edges = flowEdges(net, r, index);
    // Incoming edges per node (CSR).
    std::vector<int> inStart(n + 1, 0);
    for (const Edge& e : edges)
        ++inStart[static_cast<std::size_t>(e.to) + 1];
    for (std::size_t j = 0; j < n; ++j)
        inStart[j + 1] += inStart[j];
    std::vector<int> inEdge(edges.size());
    {
        std::vector<int> fill(inStart.begin(), inStart.end() - 1);
        for (std::size_t e = 0; e < edges.size(); ++e)
            inEdge[static_cast<std::size_t>(fill[static_cast<std::size_t>(edges[e].to)]++)] = static_cast<int>(e);
    }
    std::vector<double> mix(n * k, 0.0);
    std::vector<double> throughput(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        throughput[j] = r.nodes[j].supplied;
        for (int p = inStart[j]; p < inStart[j + 1]; ++p)
            throughput[j] += edges[static_cast<std::size_t>(inEdge[static_cast<std::size_t>(p)])].amount;
    }
    // Recomputes m_j from its inputs; returns the largest change.
    auto update = [&](std::size_t j) {
        if (throughput[j] <= kFlowEps)
            return 0.0;
        std::vector<double> acc(k, 0.0);
        if (nodeOrigin[j] >= 0)
            acc[static_cast<std::size_t>(nodeOrigin[j])] += r.nodes[j].supplied;
        for (int p = inStart[j]; p < inStart[j + 1]; ++p) {
            const Edge& e = edges[static_cast<std::size_t>(inEdge[static_cast<std::size_t>(p)])];
            const double* m = &mix[static_cast<std::size_t>(e.from) * k];
            for (std::size_t o = 0; o < k; ++o)
                acc[o] += e.amount * m[o];
        }
        double change = 0.0;
        double* m = &mix[j * k];
        for (std::size_t o = 0; o < k; ++o) {
            const double v = acc[o] / throughput[j];
            change = std::max(change, std::abs(v - m[o]));
            m[o] = v;
        }
        return change;
    };

    // Kahn's topological order over the flow graph.
    std::vector<int> indeg(n, 0);
    std::vector<std::vector<int>> outEdges(n);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        ++indeg[static_cast<std::size_t>(edges[e].to)];
        outEdges[static_cast<std::size_t>(edges[e].from)].push_back(static_cast<int>(e));
    }
    std::vector<int> queue;
    queue.reserve(n);
    for (std::size_t j = 0; j < n; ++j)
        if (indeg[j] == 0)
            queue.push_back(static_cast<int>(j));
    std::vector<char> done(n, 0);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const auto j = static_cast<std::size_t>(queue[head]);
        update(j);
        done[j] = 1;
        for (int e : outEdges[j]) {
            const auto t = static_cast<std::size_t>(edges[static_cast<std::size_t>(e)].to);
            if (--indeg[t] == 0)
                queue.push_back(static_cast<int>(t));
        }
    }
    if (queue.size() < n) {
        // Flow cycles (zero-cost loops): Gauss–Seidel on the remaining nodes until the mixes settle.
        std::vector<std::size_t> rest;
        for (std::size_t j = 0; j < n; ++j)
            if (!done[j])
                rest.push_back(j);
        for (int iter = 0; iter < 10000; ++iter) {
            double change = 0.0;
            for (std::size_t j : rest)
                change = std::max(change, update(j));
            if (change < 1e-13)
                break;
        }
    }

    for (std::size_t j = 0; j < n; ++j) {
        NodeResult& nr = r.nodes[j];
        nr.servedByOrigin.clear();
        nr.inflowByOrigin.clear();
        const double* m = &mix[j * k];
        for (std::size_t o = 0; o < k; ++o) {
            if (m[o] <= 1e-12)
                continue;
            if (nr.served > 0.0)
                nr.servedByOrigin[origins[o]] = nr.served * m[o];
            nr.inflowByOrigin[origins[o]] = throughput[j] * m[o];
        }
    }
}

std::vector<RegionSummary> summariseRegions(const Network& net, const FlowResult& r)
{
    const QHash<QString, int> index = indexOf(net);
    std::map<std::pair<QString, QString>, RegionSummary> regions;
    std::map<std::pair<QString, QString>, std::map<QString, CountrySummary>> countries;
    auto region = [&](const QString& name, const QString& commodity) -> RegionSummary& {
        RegionSummary& s = regions[{name, commodity}];
        s.name = name;
        s.commodity = commodity;
        return s;
    };
    auto country = [&](const QString& name, const QString& commodity, const QString& iso) -> CountrySummary& {
        CountrySummary& c = countries[{name, commodity}][iso];
        c.country = iso;
        return c;
    };
    for (std::size_t j = 0; j < net.nodes.size(); ++j) {
        const Node& n = net.nodes[j];
        if (n.region.isEmpty() || n.kind == NodeKind::Plant) // a plant converts; it neither serves nor demands
            continue;
        const NodeResult& nr = r.nodes[j];
        RegionSummary& s = region(n.region, n.commodity);
        s.demand += nr.demand;
        s.served += nr.served;
        s.unserved += nr.unserved;
        for (const auto& [o, v] : nr.servedByOrigin)
            s.servedByOrigin[o] += v;
        CountrySummary& c = country(n.region, n.commodity, n.country);
        c.demand += nr.demand;
        c.served += nr.served;
        c.unserved += nr.unserved;
        for (const auto& [o, v] : nr.servedByOrigin)
            c.servedByOrigin[o] += v;
    }
    for (std::size_t i = 0; i < net.links.size(); ++i) {
        const double f = r.links[i].flow;
        if (std::abs(f) <= kFlowEps)
            continue;
        const Link& l = net.links[i];
        const Node& a = net.nodes[static_cast<std::size_t>(index.value(f > 0 ? l.from : l.to))];
        const Node& b = net.nodes[static_cast<std::size_t>(index.value(f > 0 ? l.to : l.from))];
        const QString commodity = !l.commodity.isEmpty() ? l.commodity : (a.kind == NodeKind::Plant ? b.commodity : a.commodity);
        const double amount = std::abs(f);
        if (!b.region.isEmpty() && a.region != b.region) {
            RegionSummary& s = region(b.region, commodity);
            s.inflow += amount;
            const NodeResult& ar = r.nodes[static_cast<std::size_t>(index.value(a.id))];
            const double through = ar.supplied + ar.inflow;
            if (through > 0.0)
                for (const auto& [o, v] : ar.inflowByOrigin)
                    s.inflowByOrigin[o] += amount * v / through;
        }
        if (!a.region.isEmpty() && a.region != b.region)
            region(a.region, commodity).outflow += amount;
        if (a.country != b.country) {
            if (!b.region.isEmpty())
                country(b.region, commodity, b.country).inflow += amount;
            if (!a.region.isEmpty())
                country(a.region, commodity, a.country).outflow += amount;
        }
    }
    std::vector<RegionSummary> out;
    for (auto& [key, s] : regions) {
        s.transit = std::min(s.inflow, s.outflow);
        for (auto& [iso, c] : countries[key])
            s.countries.push_back(c);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace corridor::model
