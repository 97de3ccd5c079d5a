#pragma once
// Project: the layers of a project file (a GeoPackage, or any OGR source) loaded into memory, in
// drawing order. Loading runs in whatever thread calls it; the result is plain data.

#include "geo/error.h"
#include "geo/layer_data.h"
#include "geo/vector_dataset.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace corridor::geo {

struct Project {
    QString path;
    /// Spatial layers, bottom first: polygons, then lines, then points (file order within each kind).
    std::vector<LayerDataPtr> layers;
    /// Names of attribute-only tables (no geometry), e.g. `sources`.
    QStringList tables;
    /// Per-layer warnings, prefixed with the layer name.
    QStringList warnings;

    LayerDataPtr layer(const QString& name) const;
};

/// Loads every spatial layer of `path`. A layer that fails to load fails the whole project (the error
/// names the layer), so a half-loaded project is never shown as complete.
Result<Project> loadProject(const QString& path, const ReadOptions& options = {});

} // namespace corridor::geo
