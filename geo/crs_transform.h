#pragma once
// CrsTransform: bulk coordinate transformation between two Crs with PROJ (proj_trans_generic), axis
// order normalised for visualisation (x = easting/longitude, y = northing/latitude) on both sides.
//
// Thread affinity: a CrsTransform holds a PJ* tied to the PJ_CONTEXT of the thread that created it and
// must only be used on that thread. CrsTransform::get() returns a per-thread cached instance per
// (source, target) pair, so the cost of creating a transform is paid once per thread. A transform keeps
// its thread's PROJ context alive, so it may safely be released anywhere, even after that thread ended.

#include "geo/crs.h"
#include "geo/types.h"

#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace corridor::geo {

class CrsTransform {
public:
    /// A transform from `source` to `target`, cached per thread. Fails with PROJ's message when no
    /// transformation can be created.
    static Result<std::shared_ptr<CrsTransform>> get(const Crs& source, const Crs& target);

    ~CrsTransform();
    CrsTransform(const CrsTransform&) = delete;
    CrsTransform& operator=(const CrsTransform&) = delete;

    const Crs& source() const { return m_source; }
    const Crs& target() const { return m_target; }
    /// True when source and target are the same CRS (transforms are no-ops).
    bool isIdentity() const { return m_identity; }

    /// Transforms `count` points stored interleaved (x0,y0,x1,y1,...) in place. Points PROJ cannot
    /// transform become NaN (never HUGE_VAL); returns how many did. A point with a non-finite input
    /// coordinate comes back as NaN,NaN and is counted (also for an identity transform, which leaves
    /// finite points bit-for-bit untouched).
    std::size_t transformInPlace(double* xy, std::size_t count, bool inverse = false) const;
    std::size_t transformInPlace(std::vector<double>& xy, bool inverse = false) const
    {
        return transformInPlace(xy.data(), xy.size() / 2, inverse);
    }

    /// One point; NaN coordinates when it cannot be transformed.
    MapPoint transform(double x, double y, bool inverse = false) const;

    /// The envelope of `env` after transformation, sampled densely along its edges (`densify` points
    /// per edge) so curved edges (e.g. lon/lat box in LAEA) are enclosed. Null when nothing transforms.
    /// Each edge's extreme samples are refined, so a bulging edge is enclosed to well below a millimetre
    /// (not only at the samples); a coarse interior grid is included. Not antimeridian-aware: a box
    /// crossing ±180 must be split by the caller. Points that do not transform are ignored.
    Envelope transformEnvelope(const Envelope& env, bool inverse = false, int densify = 21) const;

private:
    CrsTransform(Crs source, Crs target, void* pj, bool identity, std::shared_ptr<void> context = {});

    Crs m_source;
    Crs m_target;
    void* m_pj = nullptr; // PJ*, owned; void* keeps proj.h out of this header
    bool m_identity = false;
    std::shared_ptr<void> m_context; // the PJ_CONTEXT m_pj lives in: kept alive as long as m_pj
    // A debug check of the thread affinity above.
    Qt::HANDLE m_thread = nullptr;
};

} // namespace corridor::geo
