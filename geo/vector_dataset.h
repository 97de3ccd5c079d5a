#pragma once
// VectorDataset: a read-only OGR vector source (GeoPackage, GeoJSON, Shapefile, FlatGeobuf, KML, CSV
// with WKT, TopoJSON, ...): list its layers, describe them, and read a layer into a LayerData.
//
// Thread affinity: a VectorDataset wraps one GDALDatasetH and must be used by one thread at a time
// (open it in the worker that reads it). The LayerData it returns is independent of it.

#include "geo/error.h"
#include "geo/layer_data.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace corridor::geo {

struct FieldInfo {
    QString name;
    FieldType type;
};

struct LayerInfo {
    QString name;
    GeometryType geometryType = GeometryType::None;
    QString geometryTypeName;   // OGR's name, e.g. "Multi Line String"
    std::optional<Crs> crs;     // nullopt when the source declares none
    qint64 featureCount = -1;   // -1 when the driver cannot tell without a full scan
    Envelope extent;            // in the layer CRS; null when empty/unknown
    QString fidColumn;
    QString geometryColumn;
    std::vector<FieldInfo> fields;
    /// What GDAL said while describing the layer (e.g. a CRS definition it could not understand).
    QStringList warnings;
};

struct ReadOptions {
    /// Called between batches with (features read, total or -1). Return false to cancel.
    std::function<bool(qint64, qint64)> progress;
    /// Set from another thread to cancel; checked between batches.
    const std::atomic_bool* cancel = nullptr;
    /// Read through GDAL's Arrow stream (columnar batches, WKB geometries) — the fast path. When false,
    /// or when the driver cannot provide a stream, features are read one by one.
    bool useArrow = true;
};

class VectorDataset {
public:
    /// Opens `path` read-only. Errors name the path and carry GDAL's message: missing file, empty file,
    /// not a vector format GDAL recognises, no layers.
    static Result<std::unique_ptr<VectorDataset>> open(const QString& path);
    ~VectorDataset();
    VectorDataset(const VectorDataset&) = delete;
    VectorDataset& operator=(const VectorDataset&) = delete;

    const QString& path() const { return m_path; }
    QString driverName() const;
    int layerCount() const;
    QStringList layerNames() const;

    /// Metadata of layer `index` without reading features (extent/count may need a scan for some
    /// drivers; GDAL decides).
    Result<LayerInfo> layerInfo(int index) const;
    Result<LayerInfo> layerInfo(const QString& name) const;

    /// Reads every feature of the named layer. A layer without a CRS whose coordinates are all within
    /// lon/lat bounds is taken as WGS 84 with a warning; otherwise it is an error (ErrorCode::Crs).
    /// Geometries with NaN/infinite coordinates or that cannot be decoded are dropped with a warning
    /// naming the feature id (attributes are kept).
    Result<std::shared_ptr<LayerData>> readLayer(const QString& name, const ReadOptions& options = {}) const;
    Result<std::shared_ptr<LayerData>> readLayer(int index, const ReadOptions& options = {}) const;

private:
    VectorDataset(QString path, void* ds);
    QString m_path;
    void* m_ds = nullptr; // GDALDatasetH, owned
};

/// Convenience: open `path` and read the layer called `layer` (the first layer when empty).
Result<std::shared_ptr<LayerData>> readLayerFromFile(const QString& path, const QString& layer = {},
                                                     const ReadOptions& options = {});

} // namespace corridor::geo
