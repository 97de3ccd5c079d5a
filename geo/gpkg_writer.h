#pragma once
// Writes layers (and attribute-only tables) to a new GeoPackage through GDAL, atomically: everything is
// written to a temporary file beside the target inside SQLite transactions, then renamed over it, so a
// crash or a full disk mid-write leaves the previous file as it was.

#include "geo/error.h"
#include "geo/layer_data.h"

#include <QString>

#include <vector>

namespace corridor::geo {

struct GpkgWriteOptions {
    /// Fixed timestamp for gpkg_contents.last_change (ISO 8601 with milliseconds, as the GeoPackage spec requires: "2026-02-15T00:00:00.000Z") so the same
    /// input gives the same file; empty = now.
    QString timestamp;
    /// Per-layer descriptions for gpkg_contents.description, by layer name.
    QHash<QString, QString> descriptions;
};

/// Writes `layers` in order. Layers with geometryType None become attribute tables (gpkg_contents
/// data_type "attributes"); others become feature tables with an R-tree spatial index, in the layer's
/// CRS, as single or multi geometries depending on their content. Feature ids are preserved when
/// positive.
Status writeGeoPackage(const QString& path, const std::vector<LayerDataPtr>& layers, const GpkgWriteOptions& options = {});

} // namespace corridor::geo
