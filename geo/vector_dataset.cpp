#include "geo/vector_dataset.h"

#include "geo/c_handles.h"
#include "geo/gdal_support.h"
#include "geo/tr.h"
#include "geo/wkb_reader.h"

#include <ogr_recordbatch.h>
#include <ogr_srs_api.h>
#include <cpl_string.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace corridor::geo {
namespace {

GDALDatasetH dsh(void* p) { return static_cast<GDALDatasetH>(p); }

GeometryType mapGeometryType(OGRwkbGeometryType t)
{
    switch (wkbFlatten(t)) {
    case wkbNone: return GeometryType::None;
    case wkbPoint:
    case wkbMultiPoint: return GeometryType::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
    case wkbCurve: return GeometryType::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbSurface:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle: return GeometryType::Polygon;
    default: return GeometryType::Mixed;
    }
}

FieldType mapFieldType(OGRFieldDefnH fd)
{
    switch (OGR_Fld_GetType(fd)) {
    case OFTInteger:
        return OGR_Fld_GetSubType(fd) == OFSTBoolean ? FieldType::Boolean : FieldType::Integer;
    case OFTInteger64: return FieldType::Integer;
    case OFTReal: return FieldType::Real;
    case OFTDate: return FieldType::Date;
    case OFTDateTime: return FieldType::DateTime;
    case OFTBinary: return FieldType::Binary;
    default: return FieldType::String; // strings, times, lists (shown as text)
    }
}

constexpr qint64 kJulianDayOfUnixEpoch = 2440588;

/// Warnings are capped so a file with a million bad rows does not produce a million lines.
class WarningSink {
public:
    explicit WarningSink(QStringList& out) : m_out(out) {}
    ~WarningSink()
    {
        if (m_suppressed > 0) {
            const auto n = static_cast<int>(std::min<qint64>(m_suppressed, std::numeric_limits<int>::max()));
            m_out << GeoText::tr("... and %n more similar warning(s)", nullptr, n);
        }
    }
    void add(const QString& w)
    {
        if (m_out.size() < 20)
            m_out << w;
        else
            ++m_suppressed;
    }
    /// As add(), but builds (and translates) the text only when it is kept.
    template <class MakeText>
    void addLazily(MakeText make)
    {
        if (m_out.size() < 20)
            m_out << make();
        else
            ++m_suppressed;
    }

private:
    QStringList& m_out;
    qint64 m_suppressed = 0;
};

/// Decodes one geometry blob into the store's current feature, falling back to OGR for curve types.
void appendGeometryBlob(GeometryStore& store, const std::uint8_t* wkb, std::size_t size, std::int64_t fid,
                        WarningSink& warnings)
{
    WkbStatus st = appendWkb(store, wkb, size);
    if (st == WkbStatus::Unsupported) {
        // Curves, TINs, polyhedral surfaces: let OGR linearise them, then read the linear WKB.
        OGRGeometryH g = nullptr;
        if (OGR_G_CreateFromWkbEx(wkb, nullptr, &g, size) == OGRERR_NONE && g) {
            OwnedOgrGeometry owned(g);
            OwnedOgrGeometry linear(OGR_G_GetLinearGeometry(g, 0, nullptr));
            OGRGeometryH use = linear ? linear.get() : g;
            if (wkbFlatten(OGR_G_GetGeometryType(use)) == wkbTIN || wkbFlatten(OGR_G_GetGeometryType(use)) == wkbPolyhedralSurface) {
                OwnedOgrGeometry mp(OGR_G_ForceToMultiPolygon(OGR_G_Clone(use)));
                std::vector<unsigned char> buf(static_cast<std::size_t>(OGR_G_WkbSizeEx(mp.get())));
                OGR_G_ExportToIsoWkb(mp.get(), wkbNDR, buf.data());
                st = appendWkb(store, buf.data(), buf.size());
            } else {
                std::vector<unsigned char> buf(static_cast<std::size_t>(OGR_G_WkbSizeEx(use)));
                OGR_G_ExportToIsoWkb(use, wkbNDR, buf.data());
                st = appendWkb(store, buf.data(), buf.size());
            }
        }
    }
    switch (st) {
    case WkbStatus::Ok: break;
    case WkbStatus::NonFinite:
        warnings.addLazily([fid] {
            //: %1: the feature id (fid) in the file.
            return GeoText::tr("feature %1: geometry has NaN or infinite coordinates; geometry not loaded").arg(fid);
        });
        break;
    case WkbStatus::Malformed:
        warnings.addLazily([fid] {
            //: %1: the feature id (fid) in the file.
            return GeoText::tr("feature %1: geometry is corrupt; geometry not loaded").arg(fid);
        });
        break;
    case WkbStatus::Unsupported:
        warnings.addLazily([fid] {
            //: %1: the feature id (fid) in the file.
            return GeoText::tr("feature %1: unsupported geometry type; geometry not loaded").arg(fid);
        });
        break;
    }
}

// ---- Arrow C data interface helpers ------------------------------------------------------------

bool arrowValid(const ArrowArray* a, std::int64_t i)
{
    if (a->null_count == 0 || a->n_buffers == 0 || !a->buffers[0])
        return true;
    const std::int64_t j = i + a->offset;
    return (static_cast<const std::uint8_t*>(a->buffers[0])[j >> 3] >> (j & 7)) & 1;
}

enum class ArrowKind { Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float32, Float64, Bool,
    Utf8, LargeUtf8, Binary, LargeBinary, Date32, Date64, TimestampS, TimestampMs, TimestampUs, TimestampNs,
    Time32Ms, Unsupported };

ArrowKind arrowKind(const char* f)
{
    if (!f)
        return ArrowKind::Unsupported;
    if (std::strlen(f) == 1) {
        switch (f[0]) {
        case 'c': return ArrowKind::Int8;
        case 'C': return ArrowKind::UInt8;
        case 's': return ArrowKind::Int16;
        case 'S': return ArrowKind::UInt16;
        case 'i': return ArrowKind::Int32;
        case 'I': return ArrowKind::UInt32;
        case 'l': return ArrowKind::Int64;
        case 'L': return ArrowKind::UInt64;
        case 'f': return ArrowKind::Float32;
        case 'g': return ArrowKind::Float64;
        case 'b': return ArrowKind::Bool;
        case 'u': return ArrowKind::Utf8;
        case 'U': return ArrowKind::LargeUtf8;
        case 'z': return ArrowKind::Binary;
        case 'Z': return ArrowKind::LargeBinary;
        default: return ArrowKind::Unsupported;
        }
    }
    if (!std::strcmp(f, "tdD")) return ArrowKind::Date32;
    if (!std::strcmp(f, "tdm")) return ArrowKind::Date64;
    if (!std::strcmp(f, "ttm")) return ArrowKind::Time32Ms;
    if (!std::strncmp(f, "tss:", 4)) return ArrowKind::TimestampS;
    if (!std::strncmp(f, "tsm:", 4)) return ArrowKind::TimestampMs;
    if (!std::strncmp(f, "tsu:", 4)) return ArrowKind::TimestampUs;
    if (!std::strncmp(f, "tsn:", 4)) return ArrowKind::TimestampNs;
    return ArrowKind::Unsupported;
}

template <class T>
T arrowAt(const ArrowArray* a, std::int64_t i)
{
    return static_cast<const T*>(a->buffers[1])[i + a->offset];
}

/// Byte range of a variable-length (string/binary) value.
std::pair<const char*, std::size_t> arrowBytes(const ArrowArray* a, std::int64_t i, bool large)
{
    const auto* data = static_cast<const char*>(a->buffers[2]);
    if (large) {
        const auto* off = static_cast<const std::int64_t*>(a->buffers[1]);
        const auto b = off[i + a->offset], e = off[i + a->offset + 1];
        return {data + b, static_cast<std::size_t>(e - b)};
    }
    const auto* off = static_cast<const std::int32_t*>(a->buffers[1]);
    const auto b = off[i + a->offset], e = off[i + a->offset + 1];
    return {data + b, static_cast<std::size_t>(e - b)};
}

bool arrowIsInteger(ArrowKind k) { return k <= ArrowKind::UInt64; }

std::int64_t arrowInt(const ArrowArray* a, std::int64_t i, ArrowKind k)
{
    switch (k) {
    case ArrowKind::Int8: return arrowAt<std::int8_t>(a, i);
    case ArrowKind::UInt8: return arrowAt<std::uint8_t>(a, i);
    case ArrowKind::Int16: return arrowAt<std::int16_t>(a, i);
    case ArrowKind::UInt16: return arrowAt<std::uint16_t>(a, i);
    case ArrowKind::Int32: return arrowAt<std::int32_t>(a, i);
    case ArrowKind::UInt32: return arrowAt<std::uint32_t>(a, i);
    case ArrowKind::Int64: return arrowAt<std::int64_t>(a, i);
    case ArrowKind::UInt64: return static_cast<std::int64_t>(arrowAt<std::uint64_t>(a, i));
    case ArrowKind::Bool: {
        const std::int64_t j = i + a->offset;
        return (static_cast<const std::uint8_t*>(a->buffers[1])[j >> 3] >> (j & 7)) & 1;
    }
    case ArrowKind::Float32: return static_cast<std::int64_t>(arrowAt<float>(a, i));
    case ArrowKind::Float64: return static_cast<std::int64_t>(arrowAt<double>(a, i));
    default: return 0;
    }
}

/// Appends a whole Arrow column (one batch) to an attribute column.
void appendArrowColumn(AttributeColumn& col, const ArrowArray* a, ArrowKind k)
{
    const FieldType t = col.field().type;
    for (std::int64_t i = 0; i < a->length; ++i) {
        if (k == ArrowKind::Unsupported || !arrowValid(a, i)) {
            col.appendNull();
            continue;
        }
        switch (t) {
        case FieldType::Integer:
        case FieldType::Boolean:
            col.appendInt(arrowInt(a, i, k));
            break;
        case FieldType::Real:
            if (k == ArrowKind::Float64)
                col.appendReal(arrowAt<double>(a, i));
            else if (k == ArrowKind::Float32)
                col.appendReal(arrowAt<float>(a, i));
            else if (arrowIsInteger(k))
                col.appendReal(static_cast<double>(arrowInt(a, i, k)));
            else
                col.appendNull();
            break;
        case FieldType::Date:
            if (k == ArrowKind::Date32)
                col.appendInt(arrowAt<std::int32_t>(a, i) + kJulianDayOfUnixEpoch);
            else if (k == ArrowKind::Date64)
                col.appendInt(arrowAt<std::int64_t>(a, i) / 86400000 + kJulianDayOfUnixEpoch);
            else
                col.appendNull();
            break;
        case FieldType::DateTime: {
            const auto v = arrowAt<std::int64_t>(a, i);
            switch (k) {
            case ArrowKind::TimestampS: col.appendInt(v * 1000); break;
            case ArrowKind::TimestampMs: col.appendInt(v); break;
            case ArrowKind::TimestampUs: col.appendInt(v / 1000); break;
            case ArrowKind::TimestampNs: col.appendInt(v / 1000000); break;
            default: col.appendNull(); break;
            }
            break;
        }
        case FieldType::String:
        case FieldType::Binary:
            if (k == ArrowKind::Utf8 || k == ArrowKind::LargeUtf8) {
                const auto [p, n] = arrowBytes(a, i, k == ArrowKind::LargeUtf8);
                col.appendString(QString::fromUtf8(p, static_cast<qsizetype>(n)));
            } else if (k == ArrowKind::Binary || k == ArrowKind::LargeBinary) {
                const auto [p, n] = arrowBytes(a, i, k == ArrowKind::LargeBinary);
                col.appendString(QString::fromLatin1(QByteArray(p, static_cast<qsizetype>(n)).toHex()));
            } else if (k == ArrowKind::Time32Ms) {
                const auto ms = arrowAt<std::int32_t>(a, i);
                col.appendString(QTime::fromMSecsSinceStartOfDay(ms).toString(Qt::ISODateWithMs));
            } else if (arrowIsInteger(k)) {
                col.appendString(QString::number(arrowInt(a, i, k)));
            } else if (k == ArrowKind::Float64) {
                col.appendString(QString::number(arrowAt<double>(a, i), 'g', 15));
            } else {
                col.appendNull();
            }
            break;
        }
    }
}

struct ReadContext {
    QString path;
    QString layerName;
    OGRLayerH layer = nullptr;
    const ReadOptions* options = nullptr;
    LayerData* out = nullptr;
    qint64 total = -1;
    std::vector<int> ogrFieldOfColumn; // OGR field index for each of our columns
};

bool cancelled(const ReadContext& c, qint64 done)
{
    if (c.options->cancel && c.options->cancel->load(std::memory_order_relaxed))
        return true;
    if (c.options->progress && !c.options->progress(done, c.total))
        return true;
    return false;
}

Error cancelError(const ReadContext& c)
{
    return Error{ErrorCode::Cancelled, GeoText::tr("loading was cancelled"), layerContext(c.path, c.layerName)};
}

/// A small bounded hand-over of Arrow batches from GDAL's thread to the decoding thread. Owns the
/// batches it holds (releases what is left when closed early).
class BatchQueue {
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}
    ~BatchQueue()
    {
        for (ArrowArray& a : m_items)
            if (a.release)
                a.release(&a);
    }
    void push(ArrowArray a)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity; });
        m_items.push_back(a);
        m_notEmpty.notify_one();
    }
    /// The next batch, or nullopt once closed and drained.
    std::optional<ArrowArray> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        ArrowArray a = m_items.front();
        m_items.pop_front();
        m_notFull.notify_one();
        return a;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

private:
    std::size_t m_capacity;
    std::deque<ArrowArray> m_items;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
};

/// Grows the coordinate array once for the whole layer instead of letting it double: the batch's WKB
/// bytes / 8 bound its coordinates, extrapolated to the layer's feature count. Growth copies and the
/// page faults of freshly doubled buffers are a large share of load time on big layers.
void reserveForBatch(ReadContext& c, const ArrowArray* geomArr, bool large, qint64 done, std::int64_t n)
{
    const auto first = arrowBytes(geomArr, 0, large).first;
    const auto [lastPtr, lastLen] = arrowBytes(geomArr, n - 1, large);
    const auto batchPoints = static_cast<std::size_t>((lastPtr + lastLen - first) / 16);
    GeometryStore& g = c.out->geometry;
    const std::size_t need = g.pointCount() + batchPoints;
    if (need <= g.pointCapacity())
        return;
    std::size_t want = need;
    if (c.total > done + n) // extrapolate from what was seen so far
        want = static_cast<std::size_t>(double(need) * double(c.total) / double(done + n));
    g.reservePoints(std::max(want, g.pointCapacity() * 3 / 2));
}

/// Arrow path. Returns nullopt when the driver cannot provide a stream (caller falls back).
std::optional<Status> readWithArrow(ReadContext& c, WarningSink& warnings)
{
    ArrowArrayStream stream{};
    char** opts = nullptr;
    opts = CSLSetNameValue(opts, "INCLUDE_FID", "YES");
    // Batches small enough that decoding one overlaps GDAL reading the next (about 16 per layer), yet
    // large enough that per-batch costs vanish.
    const qint64 batchSize = std::clamp<qint64>(c.total > 0 ? c.total / 16 : 4096, 256, 32768);
    opts = CSLSetNameValue(opts, "MAX_FEATURES_IN_BATCH", QByteArray::number(batchSize).constData());
    const bool ok = OGR_L_GetArrowStream(c.layer, &stream, opts);
    CSLDestroy(opts);
    if (!ok)
        return std::nullopt;
    struct StreamGuard {
        ArrowArrayStream* s;
        ~StreamGuard() { if (s->release) s->release(s); }
    } streamGuard{&stream};

    ArrowSchema schema{};
    if (stream.get_schema(&stream, &schema) != 0)
        return std::nullopt;
    struct SchemaGuard {
        ArrowSchema* s;
        ~SchemaGuard() { if (s->release) s->release(s); }
    } schemaGuard{&schema};

    // Map Arrow children to roles by name.
    const char* fidCol = OGR_L_GetFIDColumn(c.layer);
    const QString fidName = (fidCol && *fidCol) ? QString::fromUtf8(fidCol) : QStringLiteral("OGC_FID");
    const char* geomCol = OGR_L_GetGeometryColumn(c.layer);
    const QString geomName = (geomCol && *geomCol) ? QString::fromUtf8(geomCol) : QStringLiteral("wkb_geometry");
    const bool hasGeometry = OGR_L_GetGeomType(c.layer) != wkbNone;

    int fidChild = -1, geomChild = -1;
    std::vector<std::pair<int, std::size_t>> attrChildren; // (arrow child, our column)
    std::vector<ArrowKind> attrKinds;
    bool geomLarge = false;
    for (std::int64_t i = 0; i < schema.n_children; ++i) {
        const ArrowSchema* ch = schema.children[i];
        const QString n = QString::fromUtf8(ch->name ? ch->name : "");
        const ArrowKind k = arrowKind(ch->format);
        if (fidChild < 0 && n == fidName && arrowIsInteger(k)) {
            fidChild = static_cast<int>(i);
            continue;
        }
        if (hasGeometry && geomChild < 0 && n == geomName && (k == ArrowKind::Binary || k == ArrowKind::LargeBinary)) {
            geomChild = static_cast<int>(i);
            geomLarge = k == ArrowKind::LargeBinary;
            continue;
        }
        const int col = c.out->fieldIndex(n);
        if (col >= 0) {
            attrChildren.emplace_back(static_cast<int>(i), static_cast<std::size_t>(col));
            attrKinds.push_back(k);
        }
    }
    if (hasGeometry && geomChild < 0)
        return std::nullopt; // unexpected layout: use the feature loop
    if (fidChild < 0)
        return std::nullopt;

    // Decoding (WKB into the store, Arrow columns into ours) runs on a second thread while GDAL
    // produces the next batch on this one; the dataset itself never leaves this thread. On large
    // layers the two overlap, so a load costs about what GDAL's reading alone costs.
    const ArrowKind fidKind = arrowKind(schema.children[fidChild]->format);
    qint64 decoded = 0;
    const auto decode = [&](const ArrowArray& batch) {
        const std::int64_t n = batch.length;
        const ArrowArray* fidArr = batch.children[fidChild];
        for (std::int64_t i = 0; i < n; ++i)
            c.out->fids.push_back(arrowInt(fidArr, i, fidKind));
        for (std::size_t a = 0; a < attrChildren.size(); ++a)
            appendArrowColumn(c.out->columns[attrChildren[a].second], batch.children[attrChildren[a].first], attrKinds[a]);
        const ArrowArray* geomArr = geomChild >= 0 ? batch.children[geomChild] : nullptr;
        if (geomArr && n > 0)
            reserveForBatch(c, geomArr, geomLarge, decoded, n);
        for (std::int64_t i = 0; i < n; ++i) {
            c.out->geometry.beginFeature();
            if (geomArr && arrowValid(geomArr, i)) {
                const auto [p, len] = arrowBytes(geomArr, i, geomLarge);
                if (len > 0)
                    appendGeometryBlob(c.out->geometry, reinterpret_cast<const std::uint8_t*>(p), len,
                                       c.out->fids[static_cast<std::size_t>(decoded + i)], warnings);
            }
        }
        decoded += n;
    };

    BatchQueue queue(2);
    bool outOfMemory = false;
    std::thread decoder([&] {
        while (std::optional<ArrowArray> batch = queue.pop()) {
            try {
                if (!outOfMemory)
                    decode(*batch);
            } catch (const std::bad_alloc&) { // exceptions never leave the thread
                outOfMemory = true;
            }
            batch->release(&*batch);
        }
    });
    std::optional<Status> result;
    qint64 done = 0;
    for (;;) {
        if (cancelled(c, done)) {
            result = Status(cancelError(c));
            break;
        }
        ArrowArray batch{};
        if (stream.get_next(&stream, &batch) != 0) {
            const char* err = stream.get_last_error ? stream.get_last_error(&stream) : nullptr;
            //: Used as %1 in "reading failed: %1" when GDAL gives no reason.
            const QString why = err ? QString::fromUtf8(err) : GeoText::tr("unknown error");
            //: %1: GDAL's explanation (in English).
            result = Status(Error{ErrorCode::Format, GeoText::tr("reading failed: %1").arg(why), layerContext(c.path, c.layerName)});
            break;
        }
        if (!batch.release)
            break; // end of stream
        done += batch.length;
        queue.push(batch);
    }
    queue.close();
    decoder.join();
    if (result)
        return result;
    if (outOfMemory)
        return Status(Error{ErrorCode::Io, GeoText::tr("not enough memory to load the layer"), layerContext(c.path, c.layerName)});
    if (cancelled(c, done))
        return Status(cancelError(c));
    return Status(Ok{});
}

/// Feature-by-feature path, for drivers without an Arrow stream.
Status readWithFeatures(ReadContext& c, WarningSink& warnings)
{
    OGR_L_ResetReading(c.layer);
    std::vector<unsigned char> wkb;
    qint64 done = 0;
    for (;;) {
        if ((done & 4095) == 0 && cancelled(c, done))
            return cancelError(c);
        OwnedFeature f(OGR_L_GetNextFeature(c.layer));
        if (!f)
            break;
        const std::int64_t fid = OGR_F_GetFID(f.get());
        c.out->fids.push_back(fid);
        for (std::size_t col = 0; col < c.out->columns.size(); ++col) {
            auto& column = c.out->columns[col];
            const int fi = c.ogrFieldOfColumn[col];
            if (!OGR_F_IsFieldSetAndNotNull(f.get(), fi)) {
                column.appendNull();
                continue;
            }
            switch (column.field().type) {
            case FieldType::Integer:
            case FieldType::Boolean: column.appendInt(OGR_F_GetFieldAsInteger64(f.get(), fi)); break;
            case FieldType::Real: column.appendReal(OGR_F_GetFieldAsDouble(f.get(), fi)); break;
            case FieldType::Date:
            case FieldType::DateTime: {
                int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
                float s = 0;
                OGR_F_GetFieldAsDateTimeEx(f.get(), fi, &y, &mo, &d, &h, &mi, &s, &tz);
                const QDate date(y, mo, d);
                if (!date.isValid()) {
                    column.appendNull();
                } else if (column.field().type == FieldType::Date) {
                    column.appendInt(date.toJulianDay());
                } else {
                    QDateTime dt(date, QTime(h, mi).addMSecs(static_cast<int>(s * 1000.0f)), QTimeZone::utc());
                    if (tz > 1) // OGR TZ flag: 100 = UTC, each step 15 minutes
                        dt = dt.addSecs(-(tz - 100) * 15 * 60);
                    column.appendInt(dt.toMSecsSinceEpoch());
                }
                break;
            }
            case FieldType::Binary: {
                int n = 0;
                const GByte* b = OGR_F_GetFieldAsBinary(f.get(), fi, &n);
                column.appendString(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(b), n).toHex()));
                break;
            }
            case FieldType::String: column.appendString(QString::fromUtf8(OGR_F_GetFieldAsString(f.get(), fi))); break;
            }
        }
        c.out->geometry.beginFeature();
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get()); g && !OGR_G_IsEmpty(g)) {
            wkb.resize(static_cast<std::size_t>(OGR_G_WkbSizeEx(g)));
            OGR_G_ExportToIsoWkb(g, wkbNDR, wkb.data());
            appendGeometryBlob(c.out->geometry, wkb.data(), wkb.size(), fid, warnings);
        }
        ++done;
    }
    return Ok{};
}

// A file that declares longitude/latitude but holds projected numbers (a wrong .prj, or GDAL falling
// back to WGS 84 for a CRS it does not know) would draw nonsense: say so.
// A function, not a constant: the text is translated when the warning is made.
QString outOfLonLatWarning()
{
    return GeoText::tr("coordinates lie outside longitude/latitude bounds although the CRS is geographic; "
                       "the declared CRS is probably wrong");
}

bool withinLonLat(const Envelope& e)
{
    return e.isNull() || (e.minX >= -180.0 && e.maxX <= 180.0 && e.minY >= -90.0 && e.maxY <= 90.0);
}

} // namespace

VectorDataset::VectorDataset(QString path, void* ds) : m_path(std::move(path)), m_ds(ds) {}

VectorDataset::~VectorDataset()
{
    if (m_ds)
        GDALClose(dsh(m_ds));
}

Result<std::unique_ptr<VectorDataset>> VectorDataset::open(const QString& path)
{
    ensureGdalInitialised();
    if (path.isEmpty())
        return Error{ErrorCode::InvalidArgument, GeoText::tr("no file given"), {}};
    QFileInfo fi(path);
    // GDAL also opens virtual paths and connection strings ("/vsizip/...", "PG:dbname=..."): only
    // check the file system for what looks like a file.
    static const QRegularExpression connection(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    const bool isFilePath = fi.exists() || !(path.startsWith(QLatin1String("/vsi")) || connection.match(path).hasMatch());
    if (isFilePath) {
        if (!fi.exists())
            return Error{ErrorCode::Io, GeoText::tr("file not found"), path};
        if (fi.isFile() && !fi.isReadable())
            return Error{ErrorCode::Io, GeoText::tr("permission denied"), path};
        if (fi.isFile() && fi.size() == 0)
            return Error{ErrorCode::Empty, GeoText::tr("the file is empty"), path};
    }
    GdalErrorCapture capture;
    char** openOptions = nullptr;
    if (fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        // CSV: find WKT or lon/lat columns by their usual names, and type the columns.
        openOptions = CSLSetNameValue(openOptions, "GEOM_POSSIBLE_NAMES", "WKT,wkt,geom,geometry,the_geom");
        openOptions = CSLSetNameValue(openOptions, "X_POSSIBLE_NAMES", "lon,longitude,lng,x");
        openOptions = CSLSetNameValue(openOptions, "Y_POSSIBLE_NAMES", "lat,latitude,y");
        openOptions = CSLSetNameValue(openOptions, "KEEP_GEOM_COLUMNS", "NO");
        openOptions = CSLSetNameValue(openOptions, "AUTODETECT_TYPE", "YES");
    }
    const QByteArray utf8 = path.toUtf8();
    GDALDatasetH ds = GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                 nullptr, openOptions, nullptr);
    CSLDestroy(openOptions);
    if (!ds) {
        QString why = capture.lastMessage();
        if (why.isEmpty() || why.contains(QLatin1String("not recognized as")))
            why = GeoText::tr("not a vector data format GDAL can read");
        return Error{ErrorCode::Format, why, path};
    }
    OwnedDataset owned(ds);
    if (GDALDatasetGetLayerCount(ds) == 0) {
        const QString why = capture.lastMessage();
        if (why.isEmpty())
            return Error{ErrorCode::Empty, GeoText::tr("the file contains no vector layers"), path};
        //: %1: GDAL's explanation (in English).
        return Error{ErrorCode::Empty, GeoText::tr("the file contains no vector layers (%1)").arg(why), path};
    }
    return std::unique_ptr<VectorDataset>(new VectorDataset(path, owned.release()));
}

QString VectorDataset::driverName() const
{
    GDALDriverH d = GDALGetDatasetDriver(dsh(m_ds));
    return d ? QString::fromUtf8(GDALGetDriverShortName(d)) : QString();
}

int VectorDataset::layerCount() const { return GDALDatasetGetLayerCount(dsh(m_ds)); }

QStringList VectorDataset::layerNames() const
{
    QStringList names;
    for (int i = 0; i < layerCount(); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dsh(m_ds), i)));
    return names;
}

Result<LayerInfo> VectorDataset::layerInfo(const QString& name) const
{
    const int i = static_cast<int>(layerNames().indexOf(name));
    if (i < 0)
        return Error{ErrorCode::NotFound, GeoText::tr("no layer named \"%1\"").arg(name), m_path};
    return layerInfo(i);
}

Result<LayerInfo> VectorDataset::layerInfo(int index) const
{
    //: %1: a layer's position in the file, from 0.
    if (index < 0 || index >= layerCount())
        return Error{ErrorCode::NotFound, GeoText::tr("no layer number %1").arg(index), m_path};
    GdalErrorCapture capture;
    OGRLayerH layer = GDALDatasetGetLayer(dsh(m_ds), index);
    LayerInfo info;
    info.name = QString::fromUtf8(OGR_L_GetName(layer));
    const OGRwkbGeometryType gt = OGR_L_GetGeomType(layer);
    info.geometryType = mapGeometryType(gt);
    info.geometryTypeName = QString::fromUtf8(OGRGeometryTypeToName(gt));
    info.fidColumn = QString::fromUtf8(OGR_L_GetFIDColumn(layer));
    info.geometryColumn = QString::fromUtf8(OGR_L_GetGeometryColumn(layer));
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        auto crs = crsFromOgr(srs);
        if (!crs)
            return Error{ErrorCode::Crs, crs.error().message, layerContext(m_path, info.name)};
        info.crs = *crs;
    }
    info.featureCount = OGR_L_GetFeatureCount(layer, TRUE);
    OGREnvelope e;
    if (gt != wkbNone && OGR_L_GetExtent(layer, &e, TRUE) == OGRERR_NONE)
        info.extent = Envelope(e.MinX, e.MinY, e.MaxX, e.MaxY);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        info.fields.push_back({QString::fromUtf8(OGR_Fld_GetNameRef(fd)), mapFieldType(fd)});
    }
    for (const QString& w : capture.errors() + capture.warnings())
        if (!info.warnings.contains(w))
            info.warnings << w;
    if (!info.crs && OGR_L_GetGeomType(layer) != wkbNone)
        info.warnings << GeoText::tr("no CRS declared");
    if (info.crs && info.crs->isGeographic() && !withinLonLat(info.extent))
        info.warnings << outOfLonLatWarning();
    return info;
}

Result<std::shared_ptr<LayerData>> VectorDataset::readLayer(const QString& name, const ReadOptions& options) const
{
    const int i = static_cast<int>(layerNames().indexOf(name));
    if (i < 0)
        return Error{ErrorCode::NotFound, GeoText::tr("no layer named \"%1\"").arg(name), m_path};
    return readLayer(i, options);
}

Result<std::shared_ptr<LayerData>> VectorDataset::readLayer(int index, const ReadOptions& options) const
{
    if (index < 0 || index >= layerCount())
        return Error{ErrorCode::NotFound, GeoText::tr("no layer number %1").arg(index), m_path};
    GdalErrorCapture capture;
    OGRLayerH layer = GDALDatasetGetLayer(dsh(m_ds), index);
    auto out = std::make_shared<LayerData>();
    out->name = QString::fromUtf8(OGR_L_GetName(layer));
    out->sourcePath = m_path;
    out->driverName = driverName();
    out->geometryType = mapGeometryType(OGR_L_GetGeomType(layer));
    const QString context = layerContext(m_path, out->name);

    std::optional<Crs> crs;
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        auto r = crsFromOgr(srs);
        if (!r)
            //: %1: why, in PROJ's or GDAL's words (English).
            return Error{ErrorCode::Crs, GeoText::tr("unsupported CRS: %1").arg(r.error().message), context};
        crs = *r;
    }

    ReadContext c;
    c.path = m_path;
    c.layerName = out->name;
    c.layer = layer;
    c.options = &options;
    c.out = out.get();
    c.total = OGR_L_GetFeatureCount(layer, FALSE);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        Field f{QString::fromUtf8(OGR_Fld_GetNameRef(fd)), mapFieldType(fd), OGR_Fld_GetWidth(fd), OGR_Fld_GetPrecision(fd)};
        out->columns.emplace_back(f);
        if (c.total > 0)
            out->columns.back().reserve(static_cast<std::size_t>(c.total));
        c.ogrFieldOfColumn.push_back(i);
    }
    if (c.total > 0) {
        out->fids.reserve(static_cast<std::size_t>(c.total));
        out->geometry.reserve(static_cast<std::size_t>(c.total), 0);
    }
    out->finalise();

    {
        WarningSink warnings(out->warnings);
        std::optional<Status> st;
        if (options.useArrow)
            st = readWithArrow(c, warnings);
        if (!st) {
            // No stream (or an unexpected layout): start over with the feature loop.
            out->fids.clear();
            for (auto& col : out->columns)
                col = AttributeColumn(col.field());
            out->geometry = GeometryStore();
            st = readWithFeatures(c, warnings);
        }
        if (!*st)
            return st->error();
        if (!capture.errors().isEmpty())
            return Error{ErrorCode::Format, capture.errors().back(), context};
        // GDAL's own warnings (e.g. a laundered field name, an unparseable value) are the user's to see.
        QStringList seen;
        for (const QString& w : capture.warnings()) {
            if (seen.contains(w))
                continue;
            seen << w;
            warnings.add(QStringLiteral("GDAL: ") + w);
        }
    }
    out->geometry.finish();

    if (!crs) {
        if (!withinLonLat(out->geometry.extent()))
            return Error{ErrorCode::Crs,
                         GeoText::tr("the layer has no CRS and its coordinates are not longitude/latitude, "
                                     "so its CRS cannot be guessed; assign one"),
                         context};
        crs = Crs::wgs84();
        out->warnings.prepend(GeoText::tr("the layer has no CRS; assuming WGS 84 longitude/latitude "
                                          "because every coordinate is within lon/lat bounds"));
    }
    out->crs = *crs;
    if (out->crs.isGeographic() && !withinLonLat(out->geometry.extent()))
        out->warnings << outOfLonLatWarning();
    return out;
}

Result<std::shared_ptr<LayerData>> readLayerFromFile(const QString& path, const QString& layer, const ReadOptions& options)
{
    auto ds = VectorDataset::open(path);
    if (!ds)
        return ds.error();
    if (layer.isEmpty())
        return (*ds)->readLayer(0, options);
    return (*ds)->readLayer(layer, options);
}

} // namespace corridor::geo
