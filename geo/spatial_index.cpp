#include "geo/spatial_index.h"

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <memory>

namespace corridor::geo {

namespace {

constexpr std::size_t kNodeCapacity = 10; // GEOS's recommended default

// Envelopes GEOS can hold: non-null and finite (an infinite box would make an unbounded rectangle).
bool indexable(const Envelope& e)
{
    return !e.isNull() && std::isfinite(e.minX) && std::isfinite(e.minY) && std::isfinite(e.maxX)
        && std::isfinite(e.maxY);
}

double envelopeDistance(const Envelope& e, double x, double y)
{
    const double dx = std::max({e.minX - x, 0.0, x - e.maxX});
    const double dy = std::max({e.minY - y, 0.0, y - e.maxY});
    return std::hypot(dx, dy);
}

struct GeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const noexcept
    {
        if (g)
            GEOSGeom_destroy_r(ctx, g);
    }
};
using ScopedGeom = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct VisitState {
    const std::function<bool(std::uint32_t)>* visitor;
    bool stopped = false;
    std::exception_ptr error; // rethrown once GEOS has returned: nothing crosses its C frames
};

void visitCallback(void* item, void* userdata) noexcept
{
    auto* state = static_cast<VisitState*>(userdata);
    if (state->stopped)
        return; // the 3.11 C API cannot stop a query early; ignore the rest
    try {
        if (!(*state->visitor)(*static_cast<const std::uint32_t*>(item)))
            state->stopped = true;
    } catch (...) {
        state->error = std::current_exception();
        state->stopped = true;
    }
}

struct QueryPoint {
    double x, y;
};

struct NearestState {
    const QueryPoint* query;
    const std::vector<Envelope>* envelopes;
    const std::function<double(std::uint32_t, double, double)>* distance;
    std::exception_ptr error;
};

// GEOS passes the pair in either order: one is our QueryPoint, the other a pointer into m_ids.
int distanceCallback(const void* item1, const void* item2, double* result, void* userdata) noexcept
{
    auto* state = static_cast<NearestState*>(userdata);
    const void* other = item1 == state->query ? item2 : item1;
    if (other == state->query)
        return 0;
    const std::uint32_t id = *static_cast<const std::uint32_t*>(other);
    try {
        *result = (state->distance && *state->distance)
            ? (*state->distance)(id, state->query->x, state->query->y)
            : envelopeDistance((*state->envelopes)[id], state->query->x, state->query->y);
    } catch (...) {
        state->error = std::current_exception();
        return 0; // GEOS turns this into a failed search (null result)
    }
    return std::isnan(*result) ? 0 : 1;
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Envelope>& envelopes) : m_envelopes(envelopes)
{
    m_ids.reserve(envelopes.size()); // no reallocation after this: GEOS holds pointers into m_ids
    for (std::size_t i = 0; i < envelopes.size(); ++i)
        if (indexable(envelopes[i]))
            m_ids.push_back(static_cast<std::uint32_t>(i));
    if (m_ids.empty())
        return; // nothing to index: queries answer without GEOS

    m_ctx = GEOS_init_r();
    if (!m_ctx)
        return;
    m_tree = GEOSSTRtree_create_r(m_ctx, kNodeCapacity);
    if (!m_tree)
        return;
    for (std::uint32_t& id : m_ids) {
        const Envelope& e = m_envelopes[id];
        // Since GEOS 3.9 the tree copies the envelope and keeps no reference to the geometry
        // (geos_c.h, GEOSSTRtree_insert), so the rectangle can go right away.
        ScopedGeom box(GEOSGeom_createRectangle_r(m_ctx, e.minX, e.minY, e.maxX, e.maxY), GeomDeleter{m_ctx});
        if (box)
            GEOSSTRtree_insert_r(m_ctx, m_tree, box.get(), &id);
    }

    // Build now so queries only read the tree. GEOSSTRtree_build_r arrived in GEOS 3.12; before that the
    // tree builds itself on its first query, so an empty query does it.
#if GEOS_VERSION_MAJOR > 3 || (GEOS_VERSION_MAJOR == 3 && GEOS_VERSION_MINOR >= 12)
    GEOSSTRtree_build_r(m_ctx, m_tree);
#else
    ScopedGeom nothing(GEOSGeom_createEmptyPoint_r(m_ctx), GeomDeleter{m_ctx});
    if (nothing)
        GEOSSTRtree_query_r(m_ctx, m_tree, nothing.get(), [](void*, void*) {}, nullptr);
#endif
}

SpatialIndex::~SpatialIndex()
{
    if (m_tree)
        GEOSSTRtree_destroy_r(m_ctx, m_tree);
    if (m_ctx)
        GEOS_finish_r(m_ctx);
}

std::vector<std::uint32_t> SpatialIndex::query(const Envelope& box) const
{
    std::vector<std::uint32_t> ids;
    visit(box, [&ids](std::uint32_t id) {
        ids.push_back(id);
        return true;
    });
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SpatialIndex::visit(const Envelope& box, const std::function<bool(std::uint32_t)>& visitor) const
{
    if (!m_tree || box.isNull() || !visitor)
        return;
    // An unbounded box (e.g. ±inf for "everything") is not a rectangle GEOS can make; every indexed
    // envelope is finite, so clamping to the largest finite values loses nothing.
    constexpr double big = std::numeric_limits<double>::max();
    const double minX = std::clamp(box.minX, -big, big), minY = std::clamp(box.minY, -big, big);
    const double maxX = std::clamp(box.maxX, -big, big), maxY = std::clamp(box.maxY, -big, big);

    VisitState state{&visitor, false, {}};
    {
        // The visitor runs under the lock: it must not call back into this index.
        std::lock_guard lock(m_mutex);
        ScopedGeom g(GEOSGeom_createRectangle_r(m_ctx, minX, minY, maxX, maxY), GeomDeleter{m_ctx});
        if (!g)
            return;
        GEOSSTRtree_query_r(m_ctx, m_tree, g.get(), &visitCallback, &state);
    }
    if (state.error)
        std::rethrow_exception(state.error);
}

std::optional<std::uint32_t> SpatialIndex::nearest(double x, double y,
    const std::function<double(std::uint32_t, double, double)>& distance) const
{
    if (!m_tree || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    // GEOS's branch-and-bound treats node envelope distances as lower bounds, so a custom distance
    // must never be smaller than the distance to the item's envelope (an exact geometry distance isn't).
    const QueryPoint q{x, y};
    NearestState state{&q, &m_envelopes, &distance, {}};
    const void* found = nullptr;
    {
        std::lock_guard lock(m_mutex);
        ScopedGeom point(GEOSGeom_createPointFromXY_r(m_ctx, x, y), GeomDeleter{m_ctx});
        if (!point)
            return std::nullopt;
        found = GEOSSTRtree_nearest_generic_r(m_ctx, m_tree, &q, point.get(), &distanceCallback, &state);
    }
    if (state.error)
        std::rethrow_exception(state.error);
    if (!found)
        return std::nullopt;
    return *static_cast<const std::uint32_t*>(found);
}

} // namespace corridor::geo
