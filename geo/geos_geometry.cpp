#include "geo/geos_geometry.h"

#include "geo/tr.h"

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace corridor::geo {

namespace {

// The last message GEOS reported on this thread. A function-local thread_local so it is constructed
// before (and destroyed after) the context below, which writes to it from its handlers.
QString& lastMessage()
{
    thread_local QString message;
    return message;
}

// GEOS calls this from inside its own C frames: nothing may throw out of it.
void storeMessage(const char* message, void* /*userdata*/) noexcept
{
    try {
        lastMessage() = QString::fromUtf8(message ? message : "").trimmed();
    } catch (...) {
    }
}

// One GEOS context per thread, finished at thread exit. Geometries created on a thread must be destroyed
// before the thread ends (a GeosGeometry must not outlive its thread, nor live in a static).
struct ThreadContext {
    GEOSContextHandle_t handle = nullptr;

    ThreadContext()
    {
        (void)lastMessage(); // construct the message first so it is destroyed after the context
        handle = GEOS_init_r();
        if (handle) {
            GEOSContext_setErrorMessageHandler_r(handle, &storeMessage, nullptr);
            GEOSContext_setNoticeMessageHandler_r(handle, &storeMessage, nullptr);
        }
    }
    ~ThreadContext()
    {
        if (handle)
            GEOS_finish_r(handle);
    }
    ThreadContext(const ThreadContext&) = delete;
    ThreadContext& operator=(const ThreadContext&) = delete;
};

void clearMessage() { lastMessage().clear(); }

// GEOS 3.11's WKT reader and writer wrap each call in io::CLocalizer, which switches the process-wide
// LC_NUMERIC with std::setlocale and back: concurrent calls race inside glibc (ThreadSanitizer shows a
// use-after-free of the saved locale name). Serialise our WKT I/O; GEOS 3.12 formats without setlocale.
std::mutex& wktMutex()
{
    static std::mutex m;
    return m;
}

// An Error with GEOS's own words when it gave any, else `fallback`.
Error geosError(ErrorCode code, const QString& fallback)
{
    const QString& m = lastMessage();
    return Error{code, m.isEmpty() ? fallback : m, {}};
}

QString number(double v) { return QString::number(v, 'g', 17); }

struct NonFinite {
    std::uint64_t vertex; // index within the feature
    double x, y;
};

std::optional<NonFinite> firstNonFinite(const GeometryStore& store, std::size_t f)
{
    const auto pb = store.featurePartBegin(f), pe = store.featurePartEnd(f);
    if (pb == pe)
        return std::nullopt;
    const std::uint64_t first = store.ringPointBegin(store.partRingBegin(pb));
    const std::uint64_t last = store.ringPointBegin(store.partRingEnd(pe - 1));
    const auto& xy = store.coords();
    for (std::uint64_t i = first; i < last; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            return NonFinite{i - first, x, y};
    }
    return std::nullopt;
}

QString nonFiniteMessage(std::size_t f, const NonFinite& nf)
{
    //: %1 %2: the x y of the bad coordinate (nan, inf); %3: vertex number within the feature (from 0);
    //: %4: feature number within the layer (from 0).
    return GeoText::tr("Non-finite coordinate (%1 %2) at vertex %3 of feature %4")
        .arg(number(nf.x), number(nf.y))
        .arg(nf.vertex)
        .arg(f);
}

// Owns GEOS geometries while a feature is being assembled, so an early return frees them.
class GeomList {
public:
    explicit GeomList(GEOSContextHandle_t ctx) : m_ctx(ctx) {}
    ~GeomList()
    {
        for (auto* g : m_geoms)
            GEOSGeom_destroy_r(m_ctx, g);
    }
    GeomList(const GeomList&) = delete;
    GeomList& operator=(const GeomList&) = delete;

    void push(GEOSGeometry* g) { m_geoms.push_back(g); }
    std::size_t size() const { return m_geoms.size(); }
    bool empty() const { return m_geoms.empty(); }
    /// Hands every geometry over (to a GEOS constructor that takes ownership).
    std::vector<GEOSGeometry*> release() { return std::exchange(m_geoms, {}); }

private:
    GEOSContextHandle_t m_ctx;
    std::vector<GEOSGeometry*> m_geoms;
};

// The ring's coordinates as a GEOS sequence, copied in one call from the interleaved store array.
GEOSCoordSequence* ringSequence(GEOSContextHandle_t ctx, const GeometryStore& store, std::size_t r)
{
    const auto coords = store.ringCoords(r);
    return GEOSCoordSeq_copyFromBuffer_r(ctx, coords.data(), static_cast<unsigned int>(coords.size() / 2), 0, 0);
}

// "feature <f>: <GEOS's message>", or `what` when GEOS said nothing.
Error featureError(std::size_t f, const QString& what)
{
    const QString& geos = lastMessage();
    //: %1: feature number within the layer (from 0); %2: what went wrong, in GEOS's words (English) or
    //: one of our messages such as "cannot create a point".
    return Error{ErrorCode::Geometry, GeoText::tr("feature %1: %2").arg(f).arg(geos.isEmpty() ? what : geos), {}};
}

// Builds one store part as a GEOS geometry and appends it (points: one geometry per coordinate).
Status buildPart(GEOSContextHandle_t ctx, const GeometryStore& store, std::size_t f, std::size_t p, GeomList& out)
{
    const auto rb = store.partRingBegin(p), re = store.partRingEnd(p);
    switch (store.partKind(p)) {
    case PartKind::Point: {
        std::size_t n = 0;
        for (auto r = rb; r < re; ++r) {
            const auto c = store.ringCoords(r);
            for (std::size_t i = 0; i + 1 < c.size(); i += 2, ++n) {
                GEOSGeometry* g = GEOSGeom_createPointFromXY_r(ctx, c[i], c[i + 1]);
                if (!g)
                    return featureError(f, GeoText::tr("cannot create a point"));
                out.push(g);
            }
        }
        if (n == 0) {
            GEOSGeometry* g = GEOSGeom_createEmptyPoint_r(ctx);
            if (!g)
                return featureError(f, GeoText::tr("cannot create an empty point"));
            out.push(g);
        }
        return Ok{};
    }
    case PartKind::Line: {
        if (re - rb > 1) {
            //: %1: feature number (from 0); %n: the number of rings, always 2 or more. A line part is one
            //: linestring, which has exactly one ring (coordinate sequence).
            return Error{ErrorCode::Geometry,
                GeoText::tr("feature %1: a line part has %n rings (expected 1)", nullptr, static_cast<int>(re - rb)).arg(f),
                {}};
        }
        GEOSGeometry* g = nullptr;
        if (rb == re) {
            g = GEOSGeom_createEmptyLineString_r(ctx);
        } else {
            GEOSCoordSequence* seq = ringSequence(ctx, store, rb);
            if (!seq)
                return featureError(f, GeoText::tr("cannot copy coordinates"));
            g = GEOSGeom_createLineString_r(ctx, seq); // takes the sequence, even when it fails
        }
        if (!g)
            return featureError(f, GeoText::tr("cannot create a linestring"));
        out.push(g);
        return Ok{};
    }
    case PartKind::Polygon: {
        if (rb == re) {
            GEOSGeometry* g = GEOSGeom_createEmptyPolygon_r(ctx);
            if (!g)
                return featureError(f, GeoText::tr("cannot create an empty polygon"));
            out.push(g);
            return Ok{};
        }
        GeomList rings(ctx);
        for (auto r = rb; r < re; ++r) {
            GEOSCoordSequence* seq = ringSequence(ctx, store, r);
            if (!seq)
                return featureError(f, GeoText::tr("cannot copy coordinates"));
            // GEOS rejects rings of 1..3 points or not closed (IllegalArgumentException) and frees seq.
            GEOSGeometry* ring = GEOSGeom_createLinearRing_r(ctx, seq);
            //: %1: the ring's number within the polygon, from 0 (0 is the outer ring, the others are holes).
            if (!ring)
                return featureError(f, GeoText::tr("invalid ring %1").arg(r - rb));
            rings.push(ring);
        }
        // createPolygon owns shell and holes from here on, success or not (GEOS ticket #1111).
        std::vector<GEOSGeometry*> owned = rings.release();
        GEOSGeometry* g = GEOSGeom_createPolygon_r(
            ctx, owned[0], owned.data() + 1, static_cast<unsigned int>(owned.size() - 1));
        if (!g)
            return featureError(f, GeoText::tr("cannot create a polygon"));
        out.push(g);
        return Ok{};
    }
    }
    return Error{ErrorCode::Geometry, GeoText::tr("feature %1: unknown part kind").arg(f), {}};
}

int collectionType(PartKind k)
{
    switch (k) {
    case PartKind::Point: return GEOS_MULTIPOINT;
    case PartKind::Line: return GEOS_MULTILINESTRING;
    case PartKind::Polygon: return GEOS_MULTIPOLYGON;
    }
    return GEOS_GEOMETRYCOLLECTION;
}

// Copies a Point/LineString/LinearRing's coordinates onto the end of the store's array (one ring).
Status appendSequence(GEOSContextHandle_t ctx, GeometryStore& store, const GEOSGeometry* g)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, g);
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n))
        return geosError(ErrorCode::Geometry, GeoText::tr("cannot read coordinates"));
    store.beginRing();
    if (n == 0)
        return Ok{};
    double* out = store.appendCoords(n);
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, seq, out, 0, 0)) {
        std::fill(out, out + 2 * std::size_t(n), std::numeric_limits<double>::quiet_NaN());
        return geosError(ErrorCode::Geometry, GeoText::tr("cannot copy coordinates"));
    }
    Envelope env;
    for (unsigned int i = 0; i < n; ++i)
        if (std::isfinite(out[2 * i]) && std::isfinite(out[2 * i + 1]))
            env.expand(out[2 * i], out[2 * i + 1]);
    store.expandFeatureEnvelope(env);
    return Ok{};
}

// Rejects what the store cannot hold before anything is appended, so a failure leaves no half feature.
Status checkSupported(GEOSContextHandle_t ctx, const GEOSGeometry* g)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    switch (type) {
    case GEOS_POINT:
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
    case GEOS_POLYGON:
        return Ok{};
    case GEOS_MULTIPOINT:
    case GEOS_MULTILINESTRING:
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION: {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        if (n < 0)
            return geosError(ErrorCode::Geometry, GeoText::tr("cannot read a collection"));
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* sub = GEOSGetGeometryN_r(ctx, g, i);
            if (!sub)
                return geosError(ErrorCode::Geometry, GeoText::tr("cannot read a collection member"));
            if (auto s = checkSupported(ctx, sub); !s)
                return s;
        }
        return Ok{};
    }
    default:
        //: %1: GEOS's numeric geometry type id.
        return geosError(ErrorCode::Geometry, GeoText::tr("unsupported GEOS geometry type %1").arg(type));
    }
}

Status appendParts(GEOSContextHandle_t ctx, GeometryStore& store, const GEOSGeometry* g)
{
    const char empty = GEOSisEmpty_r(ctx, g);
    if (empty == 2)
        return geosError(ErrorCode::Geometry, GeoText::tr("cannot read a geometry"));
    if (empty == 1)
        return Ok{}; // empty members add no part (the store has no notion of an empty part)
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POINT:
        store.beginPart(PartKind::Point);
        return appendSequence(ctx, store, g);
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        store.beginPart(PartKind::Line);
        return appendSequence(ctx, store, g);
    case GEOS_POLYGON: {
        store.beginPart(PartKind::Polygon);
        const GEOSGeometry* shell = GEOSGetExteriorRing_r(ctx, g);
        if (!shell)
            return geosError(ErrorCode::Geometry, GeoText::tr("cannot read an exterior ring"));
        if (auto s = appendSequence(ctx, store, shell); !s)
            return s;
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < holes; ++i) {
            const GEOSGeometry* hole = GEOSGetInteriorRingN_r(ctx, g, i);
            if (!hole)
                return geosError(ErrorCode::Geometry, GeoText::tr("cannot read an interior ring"));
            if (auto s = appendSequence(ctx, store, hole); !s)
                return s;
        }
        return Ok{};
    }
    default: { // collections (checkSupported let nothing else through)
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i)
            if (auto s = appendParts(ctx, store, GEOSGetGeometryN_r(ctx, g, i)); !s)
                return s;
        return Ok{};
    }
    }
}

// `failed` is the whole message to use when GEOS gives no reason of its own.
Result<GeosGeometry> wrap(GEOSGeometry* g, const QString& failed)
{
    if (!g)
        return geosError(ErrorCode::Geometry, failed);
    return GeosGeometry(g);
}

} // namespace

GEOSContextHandle_HS* geosContext()
{
    thread_local ThreadContext context;
    return context.handle;
}

QString geosLastError() { return lastMessage(); }

// --- GeosGeometry ---------------------------------------------------------------------------------------

GeosGeometry::~GeosGeometry()
{
    if (m_g)
        GEOSGeom_destroy_r(geosContext(), m_g);
}

GeosGeometry& GeosGeometry::operator=(GeosGeometry&& o) noexcept
{
    if (this != &o) {
        if (m_g)
            GEOSGeom_destroy_r(geosContext(), m_g);
        m_g = o.m_g;
        o.m_g = nullptr;
    }
    return *this;
}

Result<GeosGeometry> GeosGeometry::fromWkt(const QString& wkt)
{
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
    if (!reader)
        return geosError(ErrorCode::Internal, GeoText::tr("cannot create a GEOS WKT reader"));
    const QByteArray utf8 = wkt.toUtf8();
    GEOSGeometry* g = nullptr;
    {
        std::lock_guard lock(wktMutex());
        g = GEOSWKTReader_read_r(ctx, reader, utf8.constData());
    }
    GEOSWKTReader_destroy_r(ctx, reader);
    if (!g)
        return geosError(ErrorCode::Format, GeoText::tr("cannot parse WKT"));
    return GeosGeometry(g);
}

QString GeosGeometry::toWkt(int precision) const
{
    if (!m_g)
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKTWriter* writer = GEOSWKTWriter_create_r(ctx);
    if (!writer)
        return {};
    GEOSWKTWriter_setTrim_r(ctx, writer, 1);
    GEOSWKTWriter_setRoundingPrecision_r(ctx, writer, precision);
    // 3 = "Z when the geometry has Z": GEOS 3.12 changes the default, so say what we want.
    GEOSWKTWriter_setOutputDimension_r(ctx, writer, 3);
    char* text = nullptr;
    {
        std::lock_guard lock(wktMutex());
        text = GEOSWKTWriter_write_r(ctx, writer, m_g);
    }
    GEOSWKTWriter_destroy_r(ctx, writer);
    if (!text)
        return {};
    QString result = QString::fromUtf8(text);
    GEOSFree_r(ctx, text);
    return result;
}

bool GeosGeometry::isEmpty() const
{
    return !m_g || GEOSisEmpty_r(geosContext(), m_g) != 0;
}

// --- store <-> GEOS -------------------------------------------------------------------------------------

Result<GeosGeometry> toGeos(const GeometryStore& store, std::size_t f)
{
    if (f >= store.featureCount()) {
        const auto count = static_cast<int>(std::min<std::size_t>(store.featureCount(), std::numeric_limits<int>::max()));
        //: %1: the feature number asked for (from 0); %n: how many features there are.
        return Error{ErrorCode::InvalidArgument, GeoText::tr("feature %1 out of range (%n feature(s))", nullptr, count).arg(f), {}};
    }
    GEOSContextHandle_t ctx = geosContext();
    if (!ctx)
        return Error{ErrorCode::Internal, GeoText::tr("no GEOS context"), {}};
    // GEOS would accept NaN (and report it only from isValid): reject early with the vertex named.
    if (const auto nf = firstNonFinite(store, f))
        return Error{ErrorCode::Geometry, nonFiniteMessage(f, *nf), {}};

    clearMessage();
    const auto pb = store.featurePartBegin(f), pe = store.featurePartEnd(f);
    if (pb != pe) {
        for (auto r = store.partRingBegin(pb); r < store.partRingEnd(pe - 1); ++r)
            if (store.ringSize(r) > std::numeric_limits<unsigned int>::max()) // GEOS sizes are unsigned int
                return Error{ErrorCode::Geometry, GeoText::tr("feature %1: ring too large for GEOS").arg(f), {}};
    }

    GeomList parts(ctx);
    bool mixed = false;
    for (auto p = pb; p < pe; ++p) {
        if (auto s = buildPart(ctx, store, f, p, parts); !s)
            return s.error();
        mixed = mixed || store.partKind(p) != store.partKind(pb);
    }

    if (parts.empty()) {
        GEOSGeometry* g = GEOSGeom_createEmptyCollection_r(ctx, GEOS_GEOMETRYCOLLECTION);
        return wrap(g, GeoText::tr("creating an empty collection failed"));
    }
    if (parts.size() == 1 && pe - pb == 1)
        return GeosGeometry(parts.release().front());
    const int type = mixed ? GEOS_GEOMETRYCOLLECTION : collectionType(store.partKind(pb));
    // createCollection takes the members whether or not it succeeds; the array itself stays ours.
    std::vector<GEOSGeometry*> members = parts.release();
    GEOSGeometry* g = GEOSGeom_createCollection_r(ctx, type, members.data(), static_cast<unsigned int>(members.size()));
    if (!g)
        return featureError(f, GeoText::tr("cannot create a collection"));
    return GeosGeometry(g);
}

Status appendGeos(GeometryStore& store, const GEOSGeom_t* g)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!ctx)
        return Error{ErrorCode::Internal, GeoText::tr("no GEOS context"), {}};
    clearMessage();
    if (g) {
        if (auto s = checkSupported(ctx, g); !s)
            return s;
    }
    store.beginFeature();
    if (!g)
        return Ok{};
    return appendParts(ctx, store, g);
}

// --- validity and operations ----------------------------------------------------------------------------

Validity checkValidity(const GEOSGeom_t* g)
{
    Validity v;
    if (!g) {
        v.valid = false;
        v.reason = GeoText::tr("No geometry");
        return v;
    }
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    char* reason = nullptr;
    GEOSGeometry* location = nullptr;
    const char rc = GEOSisValidDetail_r(ctx, g, 0, &reason, &location);
    if (rc == 1) {
        // valid: GEOS leaves reason and location null
    } else {
        v.valid = false;
        if (rc == 0 && reason)
            v.reason = QString::fromUtf8(reason);
        else
            v.reason = geosError(ErrorCode::Geometry, GeoText::tr("GEOS could not check validity")).message;
        if (location && !GEOSisEmpty_r(ctx, location)) {
            double x = 0, y = 0;
            if (GEOSGeomGetX_r(ctx, location, &x) && GEOSGeomGetY_r(ctx, location, &y)) {
                v.location = MapPoint{x, y};
                v.hasLocation = true;
                // The same shape as GEOSisValidReason ("Self-intersection[x y]").
                v.reason += QStringLiteral("[%1 %2]").arg(number(x), number(y));
            }
        }
    }
    if (reason)
        GEOSFree_r(ctx, reason);
    if (location)
        GEOSGeom_destroy_r(ctx, location);
    return v;
}

Validity checkValidity(const GeometryStore& store, std::size_t f)
{
    auto g = toGeos(store, f);
    if (!g) {
        Validity v;
        v.valid = false;
        v.reason = g.error().message; // names the non-finite vertex or carries GEOS's ring complaint
        return v;
    }
    return checkValidity(g->get());
}

Result<GeosGeometry> makeValid(const GEOSGeom_t* g)
{
    //: makeValid is the name of a function of the program; keep it.
    if (!g)
        return Error{ErrorCode::InvalidArgument, GeoText::tr("makeValid: no geometry"), {}};
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    //: MakeValid is the name of a GEOS operation; keep it.
    return wrap(GEOSMakeValid_r(ctx, g), GeoText::tr("MakeValid failed"));
}

Result<GeosGeometry> simplifyPreserveTopology(const GEOSGeom_t* g, double tolerance)
{
    //: simplify is the name of a function of the program; keep it.
    if (!g)
        return Error{ErrorCode::InvalidArgument, GeoText::tr("simplify: no geometry"), {}};
    //: simplify is the name of a function of the program; keep it. %1: the tolerance given (negative, nan or inf).
    if (!std::isfinite(tolerance) || tolerance < 0)
        return Error{ErrorCode::InvalidArgument, GeoText::tr("simplify: bad tolerance %1").arg(tolerance), {}};
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    //: TopologyPreserveSimplify is the name of a GEOS operation; keep it.
    return wrap(GEOSTopologyPreserveSimplify_r(ctx, g, tolerance), GeoText::tr("TopologyPreserveSimplify failed"));
}

Result<GeosGeometry> intersection(const GEOSGeom_t* a, const GEOSGeom_t* b)
{
    //: intersection is the name of a function of the program; keep it.
    if (!a || !b)
        return Error{ErrorCode::InvalidArgument, GeoText::tr("intersection: no geometry"), {}};
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    //: Intersection is the name of a GEOS operation; keep it.
    return wrap(GEOSIntersection_r(ctx, a, b), GeoText::tr("Intersection failed"));
}

Result<double> distance(const GEOSGeom_t* a, const GEOSGeom_t* b)
{
    //: distance is the name of a function of the program; keep it.
    if (!a || !b)
        return Error{ErrorCode::InvalidArgument, GeoText::tr("distance: no geometry"), {}};
    GEOSContextHandle_t ctx = geosContext();
    clearMessage();
    double d = 0.0;
    //: Distance is the name of a GEOS operation; keep it.
    if (!GEOSDistance_r(ctx, a, b, &d))
        return geosError(ErrorCode::Geometry, GeoText::tr("Distance failed"));
    return d;
}

} // namespace corridor::geo
