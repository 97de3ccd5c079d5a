// bench_solve: the network-model solver's speed (issue #5 targets, medians reported).
//
//   bench_solve [--bundle PATH] [--runs R] [--nodes N] [--links M] [--oracle nx_oracle.py] [--smoke]
//
//  1. bundled solve: each bundled scenario solved R times (Clp: the bundle has a plant)   target <= 5 ms
//  2. N-1 sweep over all bundled links (one solve per link, "2026 baseline")            target <= 100 ms
//  3. a random integer network of N nodes / M links (default 3,000 / 12,000): our solver (auto = LEMON,
//     and Clp for comparison) against networkx's max_flow_min_cost on the same network in the same run,
//     timed inside Python (solve only, no import or JSON parsing)                   target <= 1/20 of nx
// Results of all three solvers must agree on served demand and total cost, otherwise exit 1. --smoke
// runs tiny sizes once (CTest, label bench) and checks agreement only.

#include "model/database.h"
#include "model/flow_solver.h"
#include "model/model_store.h"
#include "model/network_json.h"
#include "model/outage_sweep.h"
#include "../model/random_network.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace corridor::model;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0);
}

/// Median wall time (ms) of `runs` calls of f.
double timeMs(int runs, const std::function<bool()>& f, bool& ok)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        ok = f() && ok;
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return median(t);
}

bool agree(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); }

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const QString bundle = option("--bundle", QStringLiteral(CORRIDOR_BUNDLE));
    const QString oracle = option("--oracle", QStringLiteral(ORACLE_SCRIPT));
    const int runs = option("--runs", smoke ? QStringLiteral("1") : QStringLiteral("21")).toInt();
    const int nodes = option("--nodes", smoke ? QStringLiteral("200") : QStringLiteral("3000")).toInt();
    const int links = option("--links", smoke ? QStringLiteral("800") : QStringLiteral("12000")).toInt();
    bool ok = true;

    // 1 + 2: the bundled model.
    auto db = Database::open(bundle, Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "bench_solve: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    auto doc = loadModel(*db);
    if (!doc) {
        std::fprintf(stderr, "bench_solve: %s\n", qPrintable(doc.error().toString()));
        return 1;
    }
    std::printf("bundled model: %zu nodes, %zu links, %d runs each (medians)\n", doc->network.nodes.size(), doc->network.links.size(), runs);
    Network baseline;
    for (const QString& name : doc->scenarios.names()) {
        auto net = doc->scenarios.apply(doc->network, name);
        if (!net)
            return 1;
        if (baseline.nodes.empty())
            baseline = *net;
        const double ms = timeMs(runs, [&] { return solveFlow(*net).ok(); }, ok);
        std::printf("  solve %-16s %8.3f ms   (target <= 5 ms)%s\n", qPrintable(name), ms, ms <= 5.0 ? "" : "  ** over target");
    }
    std::size_t sweepSize = 0;
    const double sweepMs = timeMs(runs, [&] {
        auto s = sweepSingleOutages(baseline);
        sweepSize = s ? s->ranking.size() : 0;
        return s.ok();
    }, ok);
    std::printf("  N-1 sweep (%zu outages)  %8.3f ms   (target <= 100 ms)%s\n", sweepSize, sweepMs, sweepMs <= 100.0 ? "" : "  ** over target");

    // 3: a random network against networkx.
    const Network net = testing::randomNetwork(20261128, nodes, links, 100, 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(networkToJson(net));
    }
    SolveOptions lemon;
    lemon.backend = SolverBackend::NetworkSimplex;
    lemon.traceOrigins = false;
    SolveOptions clp = lemon;
    clp.backend = SolverBackend::Lp;
    FlowResult rl, rc;
    const int bigRuns = smoke ? 1 : std::max(1, runs / 4);
    const double lemonMs = timeMs(bigRuns, [&] {
        auto r = solveFlow(net, lemon);
        if (r)
            rl = *r;
        return r.ok();
    }, ok);
    const double clpMs = timeMs(bigRuns, [&] {
        auto r = solveFlow(net, clp);
        if (r)
            rc = *r;
        return r.ok();
    }, ok);
    SolveOptions traced = lemon;
    traced.traceOrigins = true;
    const double tracedMs = timeMs(bigRuns, [&] { return solveFlow(net, traced).ok(); }, ok);

    std::vector<double> nxSeconds;
    double nxServed = 0.0, nxCost = 0.0;
    for (int i = 0; i < (smoke ? 1 : 3); ++i) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {oracle, path});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_solve: networkx oracle failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        nxSeconds.push_back(o.value(QStringLiteral("seconds")).toDouble());
        nxServed = o.value(QStringLiteral("served")).toDouble();
        nxCost = o.value(QStringLiteral("cost")).toDouble();
    }
    const double nxMs = median(nxSeconds) * 1000.0;
    std::printf("random network: %d nodes, %zu links (integer data)\n", nodes, net.links.size());
    std::printf("  networkx max_flow_min_cost %10.1f ms  (median of %zu)\n", nxMs, nxSeconds.size());
    std::printf("  ours, LEMON (auto)         %10.1f ms  ratio 1/%.0f  (target <= 1/20)%s\n", lemonMs, nxMs / lemonMs,
                lemonMs * 20.0 <= nxMs ? "" : "  ** over target");
    std::printf("  ours, LEMON + origin trace %10.1f ms\n", tracedMs);
    std::printf("  ours, Clp                  %10.1f ms  ratio 1/%.0f\n", clpMs, nxMs / clpMs);
    const bool same = agree(rl.totalServed, nxServed) && agree(rl.totalCost, nxCost) && agree(rc.totalServed, nxServed)
        && agree(rc.totalCost, nxCost);
    std::printf("  served %.0f, cost %.0f (networkx %.0f, %.0f; Clp %.6g, %.6g): %s\n", rl.totalServed, rl.totalCost, nxServed, nxCost,
                rc.totalServed, rc.totalCost, same ? "agree" : "DISAGREE");
    return ok && same ? 0 : 1;
}
