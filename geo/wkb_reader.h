#pragma once
// Reads ISO / OGC WKB (and the "2.5D" high-bit flags GDAL uses) straight into a GeometryStore, without
// building OGR or GEOS objects: the fast path of layer loading. Curves, surfaces and TINs are not
// handled here; the caller falls back to OGR's linearisation for them (WkbStatus::Unsupported).

#include "geo/geometry_store.h"

#include <cstddef>
#include <cstdint>

namespace corridor::geo {

enum class WkbStatus {
    Ok,
    Unsupported,  // a valid geometry type this reader does not decode (curves, TIN, ...)
    Malformed,    // truncated or inconsistent bytes
    NonFinite,    // a NaN or infinite coordinate (other than an empty POINT)
};

/// Appends the WKB geometry as the parts of the current feature of `store` (the caller has called
/// beginFeature()), keeping the feature's envelope up to date. Any status other than Ok leaves the
/// store as it was (what was appended is rolled back).
WkbStatus appendWkb(GeometryStore& store, const std::uint8_t* data, std::size_t size);

} // namespace corridor::geo
