#include "model/outage_sweep.h"

#include "model/tr.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace corridor::model {

Result<OutageSweep> sweepSingleOutages(const Network& network, const SolveOptions& options)
{
    auto base = solveFlow(network, options);
    if (!base)
        return base.error();
    OutageSweep sweep;
    sweep.base = std::move(*base);
    SolveOptions each = options;
    each.traceOrigins = false;
    for (const Link& l : network.links) {
        if (options.outages.contains(l.id))
            continue;
        each.outages = options.outages;
        each.outages.insert(l.id);
        auto r = solveFlow(network, each);
        //: %1: the id of the link taken out of service; %2: why the network could not be solved without it.
        if (!r)
            return Error{r.error().code, ModelText::tr("outage of %1: %2").arg(l.id, r.error().message), {}};
        OutageImpact impact;
        impact.linkId = l.id;
        impact.servedLoss = std::max(0.0, sweep.base.totalWeightedServed - r->totalWeightedServed);
        impact.unservedTotal = r->totalDemand - r->totalServed;
        impact.costChange = r->totalCost - sweep.base.totalCost;
        for (const auto& [commodity, served] : sweep.base.servedByCommodity) {
            const auto it = r->servedByCommodity.find(commodity);
            impact.lossByCommodity[commodity] = std::max(0.0, served - (it == r->servedByCommodity.end() ? 0.0 : it->second));
        }
        sweep.ranking.push_back(std::move(impact));
    }
    // Losses within solver tolerance count as equal (quantised keys keep the order a strict weak
    // order), so ties fall through to the cost change, then the id.
    const double lossQuantum = 1e-7 * std::max(1.0, sweep.base.totalWeightedServed);
    const double costQuantum = 1e-7 * std::max(1.0, sweep.base.totalCost);
    auto key = [&](const OutageImpact& i) {
        return std::make_tuple(-std::llround(i.servedLoss / lossQuantum), -std::llround(i.costChange / costQuantum), i.linkId);
    };
    std::sort(sweep.ranking.begin(), sweep.ranking.end(), [&](const OutageImpact& a, const OutageImpact& b) { return key(a) < key(b); });
    return sweep;
}

} // namespace corridor::model
