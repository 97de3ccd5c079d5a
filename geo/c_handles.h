#pragma once
// Private to geo/: RAII owners for C handles, one deleter and one alias per handle (STYLE.md §2).
// Include only from .cpp files; it pulls in the C headers.

#include <gdal.h>
#include <ogr_api.h>
#include <proj.h>

#include <memory>
#include <type_traits>

namespace corridor::geo {

template <auto Destroy>
struct CFree {
    template <class T>
    void operator()(T* p) const noexcept
    {
        if (p)
            Destroy(p);
    }
};
template <class H, auto Destroy>
using Owned = std::unique_ptr<std::remove_pointer_t<H>, CFree<Destroy>>;

inline void closeDataset(GDALDatasetH h) { GDALClose(h); }
using OwnedDataset = Owned<GDALDatasetH, &closeDataset>;
using OwnedFeature = Owned<OGRFeatureH, &OGR_F_Destroy>;
using OwnedOgrGeometry = Owned<OGRGeometryH, &OGR_G_DestroyGeometry>;
using OwnedPj = Owned<PJ*, &proj_destroy>;
using OwnedPjList = Owned<PJ_OBJ_LIST*, &proj_list_destroy>;
inline void destroyProjContext(PJ_CONTEXT* c) { proj_context_destroy(c); }
using OwnedPjContext = Owned<PJ_CONTEXT*, &destroyProjContext>;

/// The calling thread's PROJ context (created on first use, destroyed at thread exit). PROJ objects
/// must only be used with the context they were created in, hence one per thread.
PJ_CONTEXT* projContext();
/// PROJ's message for the last error in this thread's context.
const char* projLastError();

namespace detail {
/// The calling thread's context as a shared owner: a transform keeps it alive, so a transform held
/// in a static is never destroyed after its context.
std::shared_ptr<PJ_CONTEXT> projContextShared();
/// Forget earlier PROJ errors in this thread, so projLastError() describes the next failing call
/// (PROJ never clears errno on success).
void resetProjError();
} // namespace detail

} // namespace corridor::geo
