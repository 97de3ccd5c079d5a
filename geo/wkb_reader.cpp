#include "geo/wkb_reader.h"

#include <cmath>
#include <cstring>
#include <bit>

namespace corridor::geo {
namespace {

// WKB type codes after dimension flags are stripped.
enum : std::uint32_t { wkbPoint = 1, wkbLineString = 2, wkbPolygon = 3, wkbMultiPoint = 4,
    wkbMultiLineString = 5, wkbMultiPolygon = 6, wkbGeometryCollection = 7 };

// One pass: coordinates go straight into the store while bounds, types and finiteness are checked;
// a blob that turns out bad half-way is rolled back by the caller (GeometryStore::rollback), so the
// common good case reads each byte once. Envelopes are computed from the doubles just copied.
class Reader {
public:
    Reader(const std::uint8_t* d, std::size_t n, GeometryStore* store) : m_d(d), m_n(n), m_store(store) {}

    WkbStatus geometry(int depth)
    {
        if (depth > 32)
            return WkbStatus::Malformed; // nested collections: refuse pathological input
        std::uint8_t order = 0;
        if (!byte(order) || order > 1)
            return WkbStatus::Malformed;
        const bool swap = (order == 1) != (std::endian::native == std::endian::little);
        std::uint32_t type = 0;
        if (!u32(type, swap))
            return WkbStatus::Malformed;
        int dims = 2;
        // Extended (2.5D / EWKB) flags in the high bits.
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        const bool hasSrid = (type & 0x20000000u) != 0;
        type &= 0x0fffffffu;
        // ISO codes: 1000s = Z, 2000s = M, 3000s = ZM.
        const std::uint32_t thousands = type / 1000;
        if (thousands > 3)
            return WkbStatus::Unsupported;
        if (thousands == 1 || thousands == 2)
            dims = std::max(dims, 3);
        if (thousands == 3)
            dims = 4;
        type %= 1000;
        if (hasSrid) {
            std::uint32_t srid;
            if (!u32(srid, swap))
                return WkbStatus::Malformed;
        }
        switch (type) {
        case wkbPoint: return point(swap, dims);
        case wkbLineString: return lineString(swap, dims, PartKind::Line);
        case wkbPolygon: return polygon(swap, dims);
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            std::uint32_t n = 0;
            if (!u32(n, swap) || n > remaining() / 5)
                return WkbStatus::Malformed;
            for (std::uint32_t i = 0; i < n; ++i) {
                const auto st = geometry(depth + 1);
                if (st != WkbStatus::Ok)
                    return st;
            }
            return WkbStatus::Ok;
        }
        default: return WkbStatus::Unsupported;
        }
    }

    bool atEnd() const { return m_pos == m_n; }

private:
    std::size_t remaining() const { return m_n - m_pos; }

    bool byte(std::uint8_t& v)
    {
        if (remaining() < 1)
            return false;
        v = m_d[m_pos++];
        return true;
    }
    bool u32(std::uint32_t& v, bool swap)
    {
        if (remaining() < 4)
            return false;
        std::memcpy(&v, m_d + m_pos, 4);
        m_pos += 4;
        if (swap)
            v = __builtin_bswap32(v);
        return true;
    }
    double f64(std::size_t at, bool swap) const
    {
        std::uint64_t u;
        std::memcpy(&u, m_d + at, 8);
        if (swap)
            u = __builtin_bswap64(u);
        return std::bit_cast<double>(u);
    }

    WkbStatus point(bool swap, int dims)
    {
        const std::size_t bytes = 8u * static_cast<std::size_t>(dims);
        if (remaining() < bytes)
            return WkbStatus::Malformed;
        const double x = f64(m_pos, swap), y = f64(m_pos + 8, swap);
        m_pos += bytes;
        if (std::isnan(x) && std::isnan(y))
            return WkbStatus::Ok; // POINT EMPTY is encoded as NaN NaN
        if (!std::isfinite(x) || !std::isfinite(y))
            return WkbStatus::NonFinite;
        m_store->beginPart(PartKind::Point);
        m_store->beginRing();
        m_store->addPoint(x, y);
        return WkbStatus::Ok;
    }

    WkbStatus ring(bool swap, int dims, bool beginPart, PartKind kind)
    {
        std::uint32_t n = 0;
        if (!u32(n, swap))
            return WkbStatus::Malformed;
        const std::size_t stride = 8u * static_cast<std::size_t>(dims);
        if (n > remaining() / stride)
            return WkbStatus::Malformed;
        if (n == 0 && beginPart) {
            return WkbStatus::Ok; // LINESTRING EMPTY: no part
        }
        if (beginPart)
            m_store->beginPart(kind);
        m_store->beginRing();
        double* out = m_store->appendCoords(n);
        if (!swap && dims == 2) {
            std::memcpy(out, m_d + m_pos, 16u * n);
        } else {
            for (std::uint32_t i = 0; i < n; ++i) {
                out[2 * i] = f64(m_pos + i * stride, swap);
                out[2 * i + 1] = f64(m_pos + i * stride + 8, swap);
            }
        }
        m_pos += n * stride;
        // Envelope and finiteness in one sweep: v - v is 0 for finite v and NaN for NaN or ±inf, so
        // `bad` stays exactly 0 only when every coordinate is finite.
        double minX = HUGE_VAL, minY = HUGE_VAL, maxX = -HUGE_VAL, maxY = -HUGE_VAL, bad = 0.0;
        for (std::uint32_t i = 0; i < n; ++i) {
            const double x = out[2 * i], y = out[2 * i + 1];
            bad += (x - x) + (y - y);
            minX = x < minX ? x : minX;
            maxX = x > maxX ? x : maxX;
            minY = y < minY ? y : minY;
            maxY = y > maxY ? y : maxY;
        }
        if (!(bad == 0.0))
            return WkbStatus::NonFinite;
        if (n > 0)
            m_store->expandFeatureEnvelope(Envelope(minX, minY, maxX, maxY));
        return WkbStatus::Ok;
    }

    WkbStatus lineString(bool swap, int dims, PartKind kind) { return ring(swap, dims, true, kind); }

    WkbStatus polygon(bool swap, int dims)
    {
        std::uint32_t nRings = 0;
        if (!u32(nRings, swap) || nRings > remaining() / 4)
            return WkbStatus::Malformed;
        if (nRings == 0)
            return WkbStatus::Ok; // POLYGON EMPTY
        m_store->beginPart(PartKind::Polygon);
        for (std::uint32_t r = 0; r < nRings; ++r) {
            const auto st = ring(swap, dims, false, PartKind::Polygon);
            if (st != WkbStatus::Ok)
                return st;
        }
        return WkbStatus::Ok;
    }

    const std::uint8_t* m_d;
    std::size_t m_n;
    std::size_t m_pos = 0;
    GeometryStore* m_store;
};

} // namespace

WkbStatus appendWkb(GeometryStore& store, const std::uint8_t* data, std::size_t size)
{
    if (!data || size == 0)
        return WkbStatus::Malformed;
    const GeometryStore::Mark mark = store.mark();
    Reader reader(data, size, &store);
    const WkbStatus st = reader.geometry(0);
    if (st != WkbStatus::Ok)
        store.rollback(mark);
    return st;
}

} // namespace corridor::geo
