#pragma once
// StyleStore: layer styles saved in the project GeoPackage, so they survive reopening. One row per
// layer in the attribute table `corridor_layer_styles` (registered in gpkg_contents, so GDAL/QGIS list it
// as an ordinary table): layer_name, style_json (the LayerStyle as JSON, versioned).
//
// Thread affinity: each call opens its own SQLite connection and closes it before returning; call it
// from any one thread at a time per file (writes take SQLite's write lock).

#include "app/render/layer_style.h"
#include "geo/error.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace corridor::model {
class Database;
}

namespace corridor::render {

/// The style as JSON (every member; colours as #AARRGGBB).
QJsonObject styleToJson(const LayerStyle& style);
/// The style from JSON written by styleToJson(); members missing from the JSON keep `base`'s values
/// (so a newer program reads an older file). Fails for a JSON of an unknown future version.
geo::Result<LayerStyle> styleFromJson(const QJsonObject& json, const LayerStyle& base = {});

/// Writes (insert or replace) the styles of the given layers, all in one transaction.
geo::Status saveStyles(const QString& gpkgPath, const QHash<QString, LayerStyle>& styles);
/// The same inside the caller's open transaction on `db` (so a project save that also writes other
/// tables commits everything at once, or nothing).
geo::Status saveStyles(model::Database& db, const QHash<QString, LayerStyle>& styles);
/// Reads every saved style; an empty hash when the file has none (no table yet).
geo::Result<QHash<QString, LayerStyle>> loadStyles(const QString& gpkgPath);

} // namespace corridor::render
