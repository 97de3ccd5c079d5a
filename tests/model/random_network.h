#pragma once
// Random networks with integer data, shared by the oracle test and the benchmark. Deterministic for a
// seed (std::mt19937_64 with explicit integer draws, no distribution objects whose output differs
// between standard libraries). No two links join the same pair of nodes (the networkx oracle uses a
// DiGraph), so a bidirectional link is the only way two nodes are joined both ways.

#include "model/network.h"

#include <cstdint>
#include <random>
#include <set>
#include <utility>

namespace corridor::model::testing {

inline Network randomNetwork(std::uint64_t seed, int nodes, int links, int maxCapacity = 20, int maxCost = 10)
{
    std::mt19937_64 rng(seed);
    auto below = [&rng](std::uint64_t n) { return static_cast<int>(rng() % n); };
    Network net;
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        const int role = below(10);
        if (role < 3)
            n.supply = below(static_cast<std::uint64_t>(3 * maxCapacity) + 1);
        else if (role < 7)
            n.demand = below(static_cast<std::uint64_t>(2 * maxCapacity) + 1);
        n.origin = QStringLiteral("o%1").arg(i % 4);
        net.nodes.push_back(n);
    }
    std::set<std::pair<int, int>> used;
    int attempts = 0;
    while (static_cast<int>(net.links.size()) < links && attempts++ < links * 20) {
        const int a = below(static_cast<std::uint64_t>(nodes));
        const int b = below(static_cast<std::uint64_t>(nodes));
        if (a == b || used.count({std::min(a, b), std::max(a, b)}))
            continue;
        used.insert({std::min(a, b), std::max(a, b)});
        Link l;
        l.id = QStringLiteral("l%1").arg(net.links.size());
        l.from = net.nodes[static_cast<std::size_t>(a)].id;
        l.to = net.nodes[static_cast<std::size_t>(b)].id;
        l.capacity = below(10) == 0 ? 0 : below(static_cast<std::uint64_t>(maxCapacity) + 1);
        l.cost = below(static_cast<std::uint64_t>(maxCost) + 1);
        l.bidirectional = below(10) < 3;
        net.links.push_back(l);
    }
    return net;
}

} // namespace corridor::model::testing
