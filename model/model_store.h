#pragma once
// Storage of the network model and its scenarios in the project GeoPackage, as four GPKG attribute
// tables (registered in gpkg_contents, so QGIS/GDAL list them):
//   model_nodes            one row per node (values of the base network, source, note)
//   model_links            one row per link (from_node/to_node, feature_id = gas_pipelines/power_links id)
//   model_scenarios        name, description, position (the order shown to users)
//   model_scenario_values  (scenario, target 'node'|'link', item_id, field) → value, source, note
// saveModel() replaces all four tables' rows in ONE transaction: a failure (or a crash) at any point
// leaves the previous model intact. Thread affinity: that of the Database.

#include "model/database.h"
#include "model/error.h"
#include "model/scenario.h"

#include <QStringList>

namespace corridor::model {

/// The table names, in creation order.
const QStringList& modelTableNames();

/// True when the project holds a model (model_nodes and model_links exist).
bool hasModel(Database& db);

/// Reads network and scenarios. NotFound when the project has no model; Format for rows that do not
/// make a valid network (the message names the table and the item).
Result<NetworkDocument> loadModel(Database& db);

/// Writes network and scenarios, replacing any stored model, in one transaction (creating the tables
/// on first save). The network is validated first and each scenario applied to it, so an invalid model
/// is never stored. Fails when a transaction is already open on `db`.
Status saveModel(Database& db, const NetworkDocument& model);

/// The same write inside the caller's open transaction on `db` (e.g. the desktop project save, which
/// writes layer state, styles and the model all or nothing): nothing is committed or rolled back here;
/// on failure the caller's transaction must be rolled back (its destructor does). Fails with
/// InvalidArgument when no transaction is open on `db`, and like saveModel for an invalid model.
Status saveModelInTransaction(Database& db, const NetworkDocument& model);

} // namespace corridor::model
