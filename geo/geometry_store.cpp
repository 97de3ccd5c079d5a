#include "geo/geometry_store.h"

#include <cmath>

namespace corridor::geo {

const char* geometryTypeName(GeometryType t)
{
    switch (t) {
    case GeometryType::None: return "None";
    case GeometryType::Point: return "Point";
    case GeometryType::Line: return "LineString";
    case GeometryType::Polygon: return "Polygon";
    case GeometryType::Mixed: return "Mixed";
    }
    return "Unknown";
}

GeometryStore::GeometryStore()
{
    m_ringPoint.push_back(0);
    m_partRing.push_back(0);
    m_featurePart.push_back(0);
}

void GeometryStore::reserve(std::size_t features, std::size_t points)
{
    m_featurePart.reserve(features + 1);
    m_envelopes.reserve(features);
    m_xy.reserve(2 * points);
}

// The offset arrays always end with the running total: starting a new element appends the current
// count of its children, so element i spans [off[i], off[i+1]) and the last entry is fixed up as
// children are added. Keeping the "open" tail entry avoids a separate close step per element.
void GeometryStore::beginFeature()
{
    // Close the previous feature (if any) at the current part count, open a new one.
    m_featurePart.back() = static_cast<std::uint32_t>(m_partKind.size());
    m_featurePart.push_back(static_cast<std::uint32_t>(m_partKind.size()));
    m_envelopes.emplace_back();
}

void GeometryStore::beginPart(PartKind kind)
{
    const auto rings = static_cast<std::uint32_t>(m_ringPoint.size() - 1);
    m_partRing.back() = rings;
    m_partRing.push_back(rings);
    m_partKind.push_back(kind);
    m_featurePart.back() = static_cast<std::uint32_t>(m_partKind.size());
}

void GeometryStore::beginRing()
{
    const auto pts = static_cast<std::uint64_t>(m_xy.size() / 2);
    m_ringPoint.back() = pts;
    m_ringPoint.push_back(pts);
    m_partRing.back() = static_cast<std::uint32_t>(m_ringPoint.size() - 1);
}

void GeometryStore::finish()
{
    m_ringPoint.back() = m_xy.size() / 2;
    m_partRing.back() = static_cast<std::uint32_t>(m_ringPoint.size() - 1);
    m_featurePart.back() = static_cast<std::uint32_t>(m_partKind.size());
    if (m_coordsTouched) {
        recomputeEnvelopes();
    } else {
        // Envelopes were kept up to date while building: only the extent is left.
        m_extent = Envelope{};
        for (const Envelope& e : m_envelopes)
            m_extent.expand(e);
    }
    m_coordsTouched = false;
}

GeometryStore::Mark GeometryStore::mark() const
{
    return {m_xy.size(), m_ringPoint.size(), m_partKind.size(), m_ringPoint.back(), m_partRing.back(),
            m_featurePart.back(), m_envelopes.empty() ? Envelope{} : m_envelopes.back()};
}

void GeometryStore::rollback(const Mark& m)
{
    m_xy.resize(m.xy);
    m_ringPoint.resize(m.rings);
    m_ringPoint.back() = m.ringTail;
    m_partKind.resize(m.parts);
    m_partRing.resize(m.parts + 1);
    m_partRing.back() = m.partTail;
    m_featurePart.back() = m.featureTail;
    if (!m_envelopes.empty())
        m_envelopes.back() = m.envelope;
}

GeometryType GeometryStore::featureType(std::size_t f) const
{
    const auto b = m_featurePart[f], e = m_featurePart[f + 1];
    if (b == e)
        return GeometryType::None;
    const PartKind k = m_partKind[b];
    for (auto p = b + 1; p < e; ++p)
        if (m_partKind[p] != k)
            return GeometryType::Mixed;
    switch (k) {
    case PartKind::Point: return GeometryType::Point;
    case PartKind::Line: return GeometryType::Line;
    case PartKind::Polygon: return GeometryType::Polygon;
    }
    return GeometryType::Mixed;
}

void GeometryStore::recomputeEnvelopes()
{
    const std::size_t n = featureCount();
    m_envelopes.assign(n, Envelope{});
    m_coordsTouched = false;
    m_extent = Envelope{};
    for (std::size_t f = 0; f < n; ++f) {
        Envelope env;
        const std::uint64_t pb = m_ringPoint[m_partRing[m_featurePart[f]]];
        const std::uint64_t pe = m_ringPoint[m_partRing[m_featurePart[f + 1]]];
        for (std::uint64_t i = pb; i < pe; ++i) {
            const double x = m_xy[2 * i], y = m_xy[2 * i + 1];
            if (std::isfinite(x) && std::isfinite(y))
                env.expand(x, y);
        }
        m_envelopes[f] = env;
        m_extent.expand(env);
    }
}

std::size_t GeometryStore::memoryBytes() const
{
    return m_xy.capacity() * sizeof(double) + m_ringPoint.capacity() * sizeof(std::uint64_t)
        + m_partRing.capacity() * sizeof(std::uint32_t) + m_partKind.capacity()
        + m_featurePart.capacity() * sizeof(std::uint32_t) + m_envelopes.capacity() * sizeof(Envelope);
}

} // namespace corridor::geo
