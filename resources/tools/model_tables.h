#pragma once
// The bundled network model: reads resources/corridor/src/model_*.csv (nodes, links, scenarios and
// per-scenario values, every figure with its [Sxx] source or a stated assumption), checks them against
// the map layers just built (feature ids, countries, source ids), fills in what the map knows — each
// bound link's geodesic length (the default cost) and each node's model_region from the countries
// layer — and stores the model in the project GeoPackage as GPKG attribute tables (model/model_store.h).
// Deterministic: gpkg_contents.last_change of the model tables is set to `timestamp`. On failure the
// output file is removed (the error names the CSV file and line).

#include "geo/error.h"
#include "geo/layer_data.h"

#include <QString>

#include <vector>

namespace corridor::bundle {

geo::Status writeModelTables(const QString& srcDir, const QString& gpkgPath, const std::vector<geo::LayerDataPtr>& layers,
                             const QString& timestamp);

} // namespace corridor::bundle
