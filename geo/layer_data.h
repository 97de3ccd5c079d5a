#pragma once
// LayerData: one vector layer held in memory — feature ids, typed attribute columns, geometry in a
// GeometryStore (source CRS), the CRS, extent and any warnings raised while loading.
//
// Immutable once loaded: share it as std::shared_ptr<const LayerData> with render jobs and other
// threads. Edits go to an edit buffer layered on top, never into this object. The spatial index is
// built on first use (thread-safe).

#include "geo/attributes.h"
#include "geo/crs.h"
#include "geo/geometry_store.h"
#include "geo/spatial_index.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace corridor::geo {

class LayerData {
public:
    QString name;
    QString sourcePath;
    QString driverName;
    Crs crs;
    /// The declared geometry type of the layer (Mixed for GeometryCollection / unknown types).
    GeometryType geometryType = GeometryType::None;
    /// Things the user should know that did not stop loading (assumed CRS, dropped NaN geometries, ...).
    QStringList warnings;

    std::vector<std::int64_t> fids;
    std::vector<AttributeColumn> columns;
    GeometryStore geometry;

    std::size_t featureCount() const { return fids.size(); }
    /// Column index of a field, or -1.
    int fieldIndex(const QString& name) const;
    /// Attribute by field name; invalid QVariant when the field does not exist or the value is null.
    QVariant attribute(std::size_t row, const QString& field) const;
    /// Row of a feature id.
    std::optional<std::size_t> rowOfFid(std::int64_t fid) const;
    const Envelope& extent() const { return geometry.extent(); }

    /// R-tree over feature envelopes (built once, on first call, from any thread).
    const SpatialIndex& spatialIndex() const;

    /// Rebuilds lookups after the public members were filled in (called by readers).
    void finalise();

private:
    QHash<QString, int> m_fieldIndex;
    mutable std::unique_ptr<SpatialIndex> m_index;
    mutable std::once_flag m_indexOnce;
    mutable std::unique_ptr<QHash<std::int64_t, std::size_t>> m_fidRows;
    mutable std::once_flag m_fidOnce;
};

using LayerDataPtr = std::shared_ptr<const LayerData>;

} // namespace corridor::geo
