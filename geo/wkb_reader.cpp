#include "geo/wkb_reader.h"

#include <cmath>
#include <cstring>
#include <bit>

namespace corridor::geo {
namespace {

// WKB type codes after dimension flags are stripped.
enum : std::uint32_t { wkbPoint = 1, wkbLineString = 2, wkbPolygon = 3, wkbMultiPoint = 4,
    wkbMultiLineString = 5, wkbMultiPolygon = 6, wkbGeometryCollection = 7 };

// The reader runs twice over a blob: first with `store == nullptr` to validate (bounds, types, finite
// coordinates), then to append. That way a bad blob never leaves half a geometry in the store, and the
// common good case costs one extra pass over bytes that are hot in cache anyway.
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
        if (m_store) {
            m_store->beginPart(PartKind::Point);
            m_store->beginRing();
            m_store->addPoint(x, y);
        }
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
        if (!m_store) {
            for (std::uint32_t i = 0; i < n; ++i) {
                const double x = f64(m_pos + i * stride, swap), y = f64(m_pos + i * stride + 8, swap);
                if (!std::isfinite(x) || !std::isfinite(y))
                    return WkbStatus::NonFinite;
            }
        } else if (n > 0 || !beginPart) {
            if (beginPart)
                m_store->beginPart(kind);
            m_store->beginRing();
            auto& xy = m_store->coords();
            const std::size_t base = xy.size();
            xy.resize(base + 2 * std::size_t(n));
            double* out = xy.data() + base;
            if (!swap && dims == 2) {
                std::memcpy(out, m_d + m_pos, 16u * n);
            } else {
                for (std::uint32_t i = 0; i < n; ++i) {
                    out[2 * i] = f64(m_pos + i * stride, swap);
                    out[2 * i + 1] = f64(m_pos + i * stride + 8, swap);
                }
            }
        }
        m_pos += n * stride;
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
        if (m_store)
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
    Reader check(data, size, nullptr);
    const auto st = check.geometry(0);
    if (st != WkbStatus::Ok)
        return st;
    Reader append(data, size, &store);
    return append.geometry(0);
}

} // namespace corridor::geo
