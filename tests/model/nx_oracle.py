#!/usr/bin/python3
"""Independent oracle for the flow solver: networkx max_flow_min_cost on the same networks.

Usage: nx_oracle.py NETWORK.json [...]  ->  prints one JSON line per network:
    {"served": <max flow value>, "cost": <min cost at that value>, "seconds": <solve time>}
The network is the corridor-atlas JSON form (integer data). A super source feeds every supply node
(capacity = supply), every demand node drains to a super sink (capacity = demand); a bidirectional link
is a pair of opposite arcs with the same capacity and cost. Only the solve itself is timed.
"""
import json
import sys
import time

import networkx as nx


def build(net):
    g = nx.DiGraph()
    src, snk = "__source__", "__sink__"
    g.add_node(src)
    g.add_node(snk)
    for n in net["nodes"]:
        g.add_node(n["id"])
        if n.get("supply", 0) > 0:
            g.add_edge(src, n["id"], capacity=int(n["supply"]), weight=0)
        if n.get("demand", 0) > 0:
            g.add_edge(n["id"], snk, capacity=int(n["demand"]), weight=0)
    for l in net["links"]:
        cap, cost = int(l["capacity"]), int(l.get("cost", 1))
        if g.has_edge(l["from"], l["to"]):
            raise SystemExit("parallel links are not supported by the oracle: " + l["id"])
        g.add_edge(l["from"], l["to"], capacity=cap, weight=cost)
        if l.get("bidirectional"):
            g.add_edge(l["to"], l["from"], capacity=int(l.get("reverse_capacity", cap)), weight=cost)
    return g, src, snk


def main():
    for path in sys.argv[1:]:
        with open(path) as f:
            net = json.load(f)
        g, src, snk = build(net)
        t0 = time.perf_counter()
        flow = nx.max_flow_min_cost(g, src, snk)
        seconds = time.perf_counter() - t0
        served = sum(flow[src][v] for v in flow[src])
        cost = nx.cost_of_flow(g, flow)
        print(json.dumps({"served": served, "cost": cost, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
