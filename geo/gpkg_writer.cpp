#include "geo/gpkg_writer.h"

#include "geo/c_handles.h"
#include "geo/gdal_support.h"
#include "geo/tr.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogr_srs_api.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QCoreApplication>
#include <QTimeZone>

#include <bit>
#include <cerrno>

#include <cmath>
#include <cstdio>
#include <optional>
#include <cstring>

namespace corridor::geo {
namespace {

void appendU32(std::vector<unsigned char>& b, std::uint32_t v)
{
    unsigned char c[4];
    std::memcpy(c, &v, 4);
    b.insert(b.end(), c, c + 4);
}

void appendRing(std::vector<unsigned char>& b, const GeometryStore& g, std::size_t r)
{
    const auto c = g.ringCoords(r);
    appendU32(b, static_cast<std::uint32_t>(c.size() / 2));
    const auto* p = reinterpret_cast<const unsigned char*>(c.data());
    b.insert(b.end(), p, p + c.size() * sizeof(double));
}

void appendPart(std::vector<unsigned char>& b, const GeometryStore& g, std::size_t p)
{
    b.push_back(1); // little endian (x86/ARM; asserted below)
    switch (g.partKind(p)) {
    case PartKind::Point: {
        appendU32(b, 1);
        const auto c = g.ringCoords(g.partRingBegin(p));
        const auto* d = reinterpret_cast<const unsigned char*>(c.data());
        b.insert(b.end(), d, d + 2 * sizeof(double));
        break;
    }
    case PartKind::Line:
        appendU32(b, 2);
        appendRing(b, g, g.partRingBegin(p));
        break;
    case PartKind::Polygon:
        appendU32(b, 3);
        appendU32(b, g.partRingEnd(p) - g.partRingBegin(p));
        for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r)
            appendRing(b, g, r);
        break;
    }
}

/// WKB of feature f: the single part, or a Multi* / GeometryCollection of its parts.
std::vector<unsigned char> featureWkb(const GeometryStore& g, std::size_t f, bool forceMulti)
{
    static_assert(std::endian::native == std::endian::little, "WKB writer assumes little-endian");
    std::vector<unsigned char> b;
    const auto pb = g.featurePartBegin(f), pe = g.featurePartEnd(f);
    if (pe - pb == 1 && !forceMulti) {
        appendPart(b, g, pb);
        return b;
    }
    std::uint32_t type = 7;
    switch (g.featureType(f)) {
    case GeometryType::Point: type = 4; break;
    case GeometryType::Line: type = 5; break;
    case GeometryType::Polygon: type = 6; break;
    default: type = 7; break;
    }
    b.push_back(1);
    appendU32(b, type);
    appendU32(b, pe - pb);
    for (auto p = pb; p < pe; ++p)
        appendPart(b, g, p);
    return b;
}

OGRFieldType ogrType(FieldType t)
{
    switch (t) {
    case FieldType::Integer: return OFTInteger64;
    case FieldType::Boolean: return OFTInteger; // with the OFSTBoolean subtype
    case FieldType::Real: return OFTReal;
    case FieldType::Date: return OFTDate;
    case FieldType::DateTime: return OFTDateTime;
    case FieldType::Binary: return OFTBinary;
    case FieldType::String: return OFTString;
    }
    return OFTString;
}

OGRwkbGeometryType layerGeometryType(const LayerData& layer, bool& multi)
{
    multi = false;
    GeometryType kind = GeometryType::None;
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        const auto t = layer.geometry.featureType(f);
        if (t == GeometryType::None)
            continue;
        if (layer.geometry.featurePartEnd(f) - layer.geometry.featurePartBegin(f) > 1)
            multi = true;
        kind = (kind == GeometryType::None || kind == t) ? t : GeometryType::Mixed;
    }
    if (kind == GeometryType::None)
        kind = layer.geometryType;
    switch (kind) {
    case GeometryType::Point: return multi ? wkbMultiPoint : wkbPoint;
    case GeometryType::Line: return multi ? wkbMultiLineString : wkbLineString;
    case GeometryType::Polygon: return multi ? wkbMultiPolygon : wkbPolygon;
    case GeometryType::Mixed: return wkbGeometryCollection;
    case GeometryType::None: return wkbNone;
    }
    return wkbUnknown;
}

Status fail(ErrorCode code, const QString& what, const GdalErrorCapture& cap, const QString& context)
{
    const QString gdal = cap.lastMessage();
    //: %1: what could not be done (e.g. "cannot create the layer"); %2: GDAL's explanation (in English).
    return Error{code, gdal.isEmpty() ? what : GeoText::tr("%1: %2").arg(what, gdal), context};
}

Status writeLayer(GDALDatasetH ds, const LayerData& layer, const GpkgWriteOptions& options, const QString& path)
{
    GdalErrorCapture cap;
    const QString ctx = layerContext(path, layer.name);
    bool multi = false;
    const OGRwkbGeometryType gtype = layer.geometryType == GeometryType::None ? wkbNone : layerGeometryType(layer, multi);

    OGRSpatialReferenceH srs = nullptr;
    if (gtype != wkbNone) {
        srs = OSRNewSpatialReference(nullptr);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
        const QByteArray def = layer.crs.isValid() ? layer.crs.definition().toUtf8() : QByteArrayLiteral("EPSG:4326");
        if (OSRSetFromUserInput(srs, def.constData()) != OGRERR_NONE) {
            OSRDestroySpatialReference(srs);
            return fail(ErrorCode::Crs, GeoText::tr("cannot write the CRS"), cap, ctx);
        }
    }
    char** lopts = nullptr;
    lopts = CSLSetNameValue(lopts, "FID", "fid");
    if (gtype != wkbNone) {
        lopts = CSLSetNameValue(lopts, "GEOMETRY_NAME", "geom");
        lopts = CSLSetNameValue(lopts, "SPATIAL_INDEX", "YES");
    }
    const QString desc = options.descriptions.value(layer.name);
    if (!desc.isEmpty())
        lopts = CSLSetNameValue(lopts, "DESCRIPTION", desc.toUtf8().constData());
    const QByteArray lname = layer.name.toUtf8();
    OGRLayerH ol = GDALDatasetCreateLayer(ds, lname.constData(), srs, gtype, lopts);
    CSLDestroy(lopts);
    if (srs)
        OSRRelease(srs);
    if (!ol)
        return fail(ErrorCode::Io, GeoText::tr("cannot create the layer"), cap, ctx);

    for (const auto& col : layer.columns) {
        const QByteArray fname = col.field().name.toUtf8();
        OGRFieldDefnH fd = OGR_Fld_Create(fname.constData(), ogrType(col.field().type));
        if (col.field().type == FieldType::Boolean)
            OGR_Fld_SetSubType(fd, OFSTBoolean);
        const OGRErr e = OGR_L_CreateField(ol, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE)
            //: %1: the name of an attribute field (column).
            return fail(ErrorCode::Io, GeoText::tr("cannot create field %1").arg(col.field().name), cap, ctx);
    }

    if (OGR_L_StartTransaction(ol) != OGRERR_NONE)
        return fail(ErrorCode::Io, GeoText::tr("cannot start a transaction"), cap, ctx);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ol);
    // GeoPackage fids are positive and unique: keep the source's ids only when they all qualify
    // (GeoJSON numbers features from 0), otherwise let SQLite number them.
    bool keepFids = true;
    {
        QSet<std::int64_t> seen;
        for (const auto fid : layer.fids) {
            if (fid <= 0 || seen.contains(fid)) {
                keepFids = false;
                break;
            }
            seen.insert(fid);
        }
    }
    for (std::size_t row = 0; row < layer.featureCount(); ++row) {
        OwnedFeature f(OGR_F_Create(defn));
        if (keepFids)
            OGR_F_SetFID(f.get(), layer.fids[row]);
        for (std::size_t c = 0; c < layer.columns.size(); ++c) {
            const auto& col = layer.columns[c];
            const int i = static_cast<int>(c);
            if (col.isNull(row)) {
                OGR_F_SetFieldNull(f.get(), i);
                continue;
            }
            switch (col.field().type) {
            case FieldType::Integer:
            case FieldType::Boolean: OGR_F_SetFieldInteger64(f.get(), i, col.intValue(row)); break;
            case FieldType::Real: OGR_F_SetFieldDouble(f.get(), i, col.realValue(row)); break;
            case FieldType::Date: {
                const QDate d = QDate::fromJulianDay(col.intValue(row));
                OGR_F_SetFieldDateTime(f.get(), i, d.year(), d.month(), d.day(), 0, 0, 0, 0);
                break;
            }
            case FieldType::DateTime: {
                const QDateTime t = QDateTime::fromMSecsSinceEpoch(col.intValue(row), QTimeZone::utc());
                OGR_F_SetFieldDateTimeEx(f.get(), i, t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                                         t.time().minute(), static_cast<float>(t.time().second() + t.time().msec() / 1000.0), 100);
                break;
            }
            case FieldType::Binary: {
                const QByteArray bytes = QByteArray::fromHex(col.stringValue(row).toLatin1());
                OGR_F_SetFieldBinary(f.get(), i, static_cast<int>(bytes.size()), reinterpret_cast<const void*>(bytes.constData()));
                break;
            }
            case FieldType::String: OGR_F_SetFieldString(f.get(), i, col.stringValue(row).toUtf8().constData()); break;
            }
        }
        if (gtype != wkbNone && layer.geometry.featurePartEnd(row) > layer.geometry.featurePartBegin(row)) {
            const auto wkb = featureWkb(layer.geometry, row, multi);
            OGRGeometryH g = nullptr;
            if (OGR_G_CreateFromWkbEx(wkb.data(), nullptr, &g, wkb.size()) != OGRERR_NONE) {
                OGR_L_RollbackTransaction(ol);
                //: %1: the feature id (fid).
                return fail(ErrorCode::Geometry, GeoText::tr("feature %1: cannot encode geometry").arg(layer.fids[row]), cap, ctx);
            }
            OGR_F_SetGeometryDirectly(f.get(), g);
        }
        if (OGR_L_CreateFeature(ol, f.get()) != OGRERR_NONE) {
            OGR_L_RollbackTransaction(ol);
            //: %1: the feature id (fid).
            return fail(ErrorCode::Io, GeoText::tr("feature %1: cannot write").arg(layer.fids[row]), cap, ctx);
        }
    }
    if (OGR_L_CommitTransaction(ol) != OGRERR_NONE)
        return fail(ErrorCode::Io, GeoText::tr("cannot commit"), cap, ctx);
    return Ok{};
}

} // namespace

Status writeGeoPackage(const QString& path, const std::vector<LayerDataPtr>& layers, const GpkgWriteOptions& options)
{
    ensureGdalInitialised();
    GdalErrorCapture cap;
    // Refuse non-finite coordinates before touching the disk: GeoPackage readers (and GDAL's own
    // extent bookkeeping) cannot represent them.
    for (const auto& layer : layers) {
        const auto& g = layer->geometry;
        for (std::size_t f = 0; f < layer->featureCount(); ++f) {
            if (g.featurePartBegin(f) == g.featurePartEnd(f))
                continue;
            const auto b = g.ringPointBegin(g.partRingBegin(g.featurePartBegin(f)));
            const auto e = g.ringPointBegin(g.partRingBegin(g.featurePartEnd(f)));
            for (auto i = b; i < e; ++i) {
                const MapPoint p = g.point(i);
                if (!std::isfinite(p.x) || !std::isfinite(p.y))
                    //: %1: the feature id (fid).
                    return Error{ErrorCode::Geometry,
                                 GeoText::tr("feature %1 has a NaN or infinite coordinate; nothing was written").arg(layer->fids[f]),
                                 layerContext(path, layer->name)};
            }
        }
    }
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return Error{ErrorCode::Io, GeoText::tr("the folder does not exist"), path};
    const QString tmp = dir.filePath(QStringLiteral(".%1.tmp-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(tmp);
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    if (!drv)
        return Error{ErrorCode::Internal, GeoText::tr("GDAL has no GeoPackage driver"), path};

    if (!options.timestamp.isEmpty())
        CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", options.timestamp.toUtf8().constData());
    struct ResetDate {
        bool on;
        ~ResetDate() { if (on) CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr); }
    } resetDate{!options.timestamp.isEmpty()};

    const QByteArray tmpUtf8 = tmp.toUtf8();
    std::optional<Error> failure;
    {
        OwnedDataset ds(GDALCreate(drv, tmpUtf8.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) {
            const QString why = cap.lastMessage();
            return Error{ErrorCode::Io, why.isEmpty() ? GeoText::tr("cannot create the file") : why, path};
        }
        for (const auto& layer : layers) {
            if (auto r = writeLayer(ds.get(), *layer, options, path); !r) {
                failure = r.error();
                break;
            }
        }
        // Closing flushes; errors surface in the capture.
        GDALClose(ds.release());
        if (!failure && !cap.errors().isEmpty())
            failure = Error{ErrorCode::Io, cap.errors().back(), path};
    }
    if (failure) {
        QFile::remove(tmp);
        return *failure;
    }
    // rename(2) replaces the target atomically on POSIX.
    if (std::rename(tmpUtf8.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int err = errno;
        QFile::remove(tmp);
        //: %1: the operating system's reason.
        return Error{ErrorCode::Io, GeoText::tr("cannot replace the file: %1").arg(QString::fromLocal8Bit(std::strerror(err))), path};
    }
    return Ok{};
}

} // namespace corridor::geo
