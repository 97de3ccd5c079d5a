#pragma once
// `corridor-atlas solve (PROJECT.gpkg | NETWORK.json) [--scenario NAME] [--outage ID[,ID...]] [--n-1]
//  [--format json|csv|table]`: solves the network model (max served demand, then min cost) and prints
// flows, utilisation, bottlenecks, served/unserved demand, regional transit with origins, and with
// --n-1 the ranking of single-link outages by the demand lost.

#include <QStringList>

namespace corridor::cli {

/// `args` are the words after "solve". Returns the exit code (2 for bad input, naming the item).
int runSolve(const QStringList& args);

} // namespace corridor::cli
