#pragma once
// SpatialIndex: a GEOS STRtree over feature envelopes (ids are feature indices in a layer), for viewport
// culling, hit-testing and nearest-feature queries. Built once from a list of envelopes and immutable
// afterwards. Queries are safe from any thread (serialised internally: GEOS trees are not documented as
// safe for concurrent queries).

#include "geo/types.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

struct GEOSSTRtree_t;
struct GEOSContextHandle_HS;

namespace corridor::geo {

class SpatialIndex {
public:
    /// Indexes `envelopes[i]` under id i; null (and non-finite) envelopes are skipped.
    explicit SpatialIndex(const std::vector<Envelope>& envelopes);
    ~SpatialIndex();
    SpatialIndex(const SpatialIndex&) = delete;
    SpatialIndex& operator=(const SpatialIndex&) = delete;

    std::size_t size() const { return m_envelopes.size(); }

    /// Ids whose envelopes intersect `box`, in ascending id order.
    std::vector<std::uint32_t> query(const Envelope& box) const;
    /// Visits ids whose envelopes intersect `box` (unordered); return false from the visitor to stop.
    /// The visitor runs under the index's lock: it must not call back into this index.
    void visit(const Envelope& box, const std::function<bool(std::uint32_t)>& visitor) const;

    /// The id whose item is nearest to (x, y). `distance(id, x, y)` computes the exact distance from the
    /// point to item `id` (e.g. to the feature's geometry); when not given, the envelope distance is used.
    /// `distance` must never be less than the distance to the item's envelope (the search prunes by
    /// envelope distance); any exact distance to a geometry inside the envelope qualifies.
    std::optional<std::uint32_t> nearest(double x, double y,
        const std::function<double(std::uint32_t, double, double)>& distance = {}) const;

private:
    std::vector<Envelope> m_envelopes;
    std::vector<std::uint32_t> m_ids; // stable storage for the payload pointers given to GEOS
    GEOSContextHandle_HS* m_ctx = nullptr;
    GEOSSTRtree_t* m_tree = nullptr;
    mutable std::mutex m_mutex;
};

} // namespace corridor::geo
