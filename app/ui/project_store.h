#pragma once
// ProjectStore: the desktop state saved inside the project GeoPackage as GPKG attribute tables (so any
// GeoPackage tool sees them), next to the layers:
//
//   corridor_bookmarks     name, crs, min_x, min_y, max_x, max_y        named views
//   corridor_layer_state   layer, title, source_path, position, style   order, visibility, style (JSON,
//                                                                       so new LayerStyle fields need no
//                                                                       schema change)
//   corridor_project       key, value                                   map CRS, view
//
// and, when the window holds a network model, the model tables (model/model_store.h) in the same
// transaction.
//
// The styles of the project's own layers are also written to the cartography work's
// corridor_layer_styles (render/style_store.h), which `corridor-atlas export` reads.
//
// Free functions; each opens its own connection, so they run on any thread (the window runs them in a
// worker). Saving is one transaction: a failure leaves the file as it was.

#include "app/render/layer_style.h"
#include "geo/error.h"
#include "geo/types.h"
#include "model/scenario.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace corridor::ui {

struct Bookmark {
    QString name;
    QString crs; // definition of the CRS the extent is in
    geo::Envelope extent;
};

struct LayerState {
    QString layer;      // the layer name in its source
    QString title;
    QString sourcePath; // empty: a layer of the project file itself
    int position = 0;   // 0 = top
    render::LayerStyle style;
    /// The stored style as written: apply it over the layer's default style (styleFromJson) so parts
    /// of LayerStyle the JSON does not cover (categories, labels, …) keep their defaults.
    QJsonObject styleJson;
};

struct ProjectState {
    std::vector<Bookmark> bookmarks;
    std::vector<LayerState> layers;
    QString mapCrs;
    geo::Envelope view; // in mapCrs
};

/// Reads the state tables of a GeoPackage; missing tables give an empty state. Not a GeoPackage:
/// an empty state as well (any OGR file can be opened as a project).
geo::Result<ProjectState> loadProjectState(const QString& gpkgPath);
/// Replaces the saved state in `gpkgPath` (must be a GeoPackage; ErrorCode::Format otherwise). With
/// `model`, the network model and its scenarios (model_store.h) are replaced in the same transaction:
/// the file gets both or neither.
geo::Status saveProjectState(const QString& gpkgPath, const ProjectState& state, const model::NetworkDocument* model = nullptr);

/// LayerStyle ↔ JSON: render::styleToJson / styleFromJson (every member, versioned); an empty or
/// unreadable JSON gives `base`.
QJsonObject styleToJson(const render::LayerStyle& style);
render::LayerStyle styleFromJson(const QJsonObject& json, const render::LayerStyle& base);

} // namespace corridor::ui
