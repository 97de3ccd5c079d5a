#include "geo/crs_transform.h"

#include "geo/c_handles.h"
#include "geo/tr.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace corridor::geo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

PJ* asPj(void* p)
{
    return static_cast<PJ*>(p);
}

bool finitePoint(const double* p)
{
    return std::isfinite(p[0]) && std::isfinite(p[1]);
}

Error transformError(const QString& message, const Crs& source, const Crs& target)
{
    return Error{ErrorCode::Crs, message, source.displayName() + QStringLiteral(" → ") + target.displayName()};
}

} // namespace

CrsTransform::CrsTransform(Crs source, Crs target, void* pj, bool identity, std::shared_ptr<void> context)
    : m_source(std::move(source)), m_target(std::move(target)), m_pj(pj), m_identity(identity),
      m_context(std::move(context)), m_thread(QThread::currentThreadId())
{
}

CrsTransform::~CrsTransform()
{
    // m_context is released after this body, so the PJ never outlives its context.
    if (m_pj)
        proj_destroy(asPj(m_pj));
}

Result<std::shared_ptr<CrsTransform>> CrsTransform::get(const Crs& source, const Crs& target)
{
    if (!source.isValid() || !target.isValid())
        return transformError(GeoText::tr("cannot transform from or to an invalid (empty) CRS"), source, target);

    // Per-thread cache: PJ objects are tied to this thread's context. Keyed by the definitions, which
    // is what the PJ objects are created from.
    using Key = std::pair<QString, QString>;
    thread_local std::map<Key, std::shared_ptr<CrsTransform>> cache;
    Key key{source.definition(), target.definition()};
    if (auto it = cache.find(key); it != cache.end())
        return it->second;

    std::shared_ptr<CrsTransform> created;
    if (source.isSame(target)) {
        created.reset(new CrsTransform(source, target, nullptr, true));
    } else {
        std::shared_ptr<PJ_CONTEXT> context = detail::projContextShared();
        PJ_CONTEXT* ctx = context.get();
        detail::resetProjError();
        const QByteArray srcDef = source.definition().toUtf8();
        const QByteArray tgtDef = target.definition().toUtf8();
        OwnedPj src(proj_create(ctx, srcDef.constData()));
        OwnedPj tgt(proj_create(ctx, tgtDef.constData()));
        if (!src || !tgt)
            return transformError(QString::fromUtf8(projLastError()), source, target);

        OwnedPj op(proj_create_crs_to_crs_from_pj(ctx, src.get(), tgt.get(), nullptr, nullptr));
        if (!op) {
            // PROJ 9.1 reports "no operation found" with neither a log message nor an errno.
            QString msg = QString::fromUtf8(projLastError());
            if (msg.isEmpty())
                msg = GeoText::tr("PROJ found no coordinate operation between these CRSs");
            return transformError(msg, source, target);
        }
        // x = easting/longitude, y = northing/latitude whatever the CRS axis order says.
        OwnedPj normalized(proj_normalize_for_visualization(ctx, op.get()));
        if (!normalized) {
            QString msg = QString::fromUtf8(projLastError());
            if (msg.isEmpty())
                msg = GeoText::tr("PROJ could not normalise the axis order");
            return transformError(msg, source, target);
        }
        created.reset(new CrsTransform(source, target, normalized.release(), false, std::move(context)));
    }
    cache.emplace(std::move(key), created);
    return created;
}

std::size_t CrsTransform::transformInPlace(double* xy, std::size_t count, bool inverse) const
{
    Q_ASSERT_X(m_thread == QThread::currentThreadId(), "CrsTransform",
               "used on another thread than the one that created it");
    if (!xy || count == 0)
        return 0;

    // Non-finite inputs come back NaN, NaN whatever PROJ makes of them: it does not promise NaN in, NaN
    // out (webmerc turns (NaN, 40) into (NaN, 4.9e6)), and HUGE_VAL in is its own failure marker.
    std::vector<std::size_t> badInput; // usually empty: no allocation
    for (std::size_t i = 0; i < count; ++i) {
        if (!finitePoint(xy + 2 * i))
            badInput.push_back(i);
    }

    if (!m_identity) {
        PJ* pj = asPj(m_pj);
        constexpr std::size_t stride = 2 * sizeof(double);
        proj_trans_generic(pj, inverse ? PJ_INV : PJ_FWD, xy, stride, count, xy + 1, stride, count, nullptr, 0, 0,
                           nullptr, 0, 0);
        // Failed points are HUGE_VAL and leave an errno on the PJ (and a log line we do not need).
        proj_errno_reset(pj);
        detail::resetProjError();
    }
    for (std::size_t i : badInput) {
        xy[2 * i] = kNaN;
        xy[2 * i + 1] = kNaN;
    }

    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        double* p = xy + 2 * i;
        if (!finitePoint(p)) {
            p[0] = kNaN;
            p[1] = kNaN;
            ++failed;
        }
    }
    return failed;
}

MapPoint CrsTransform::transform(double x, double y, bool inverse) const
{
    double p[2] = {x, y};
    transformInPlace(p, 1, inverse);
    return MapPoint{p[0], p[1]};
}

Envelope CrsTransform::transformEnvelope(const Envelope& env, bool inverse, int densify) const
{
    if (env.isNull() || !std::isfinite(env.minX) || !std::isfinite(env.minY) || !std::isfinite(env.maxX)
        || !std::isfinite(env.maxY))
        return {};
    if (m_identity)
        return env;
    const int n = std::max(densify, 2);

    Envelope out;
    std::vector<double> buf;
    auto expandBy = [&out](const std::vector<double>& xy) {
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
            if (!std::isnan(xy[i]))
                out.expand(xy[i], xy[i + 1]);
        }
    };
    // Transforms the points a + t (b - a), t = t0 .. t1 in `samples` steps, into buf (and `out`).
    auto sampleSegment = [&](MapPoint a, MapPoint b, double t0, double t1, int samples) {
        buf.resize(2 * static_cast<std::size_t>(samples));
        for (int i = 0; i < samples; ++i) {
            const double t = (i == samples - 1) ? t1 : t0 + (t1 - t0) * i / (samples - 1);
            buf[2 * i] = a.x + t * (b.x - a.x);
            buf[2 * i + 1] = a.y + t * (b.y - a.y);
        }
        transformInPlace(buf, inverse);
        expandBy(buf);
    };
    // Objective k: 0 min x, 1 min y, 2 max x, 3 max y. True when sample i beats sample j (NaN never does).
    auto better = [](const std::vector<double>& xy, int k, int i, int j) {
        const double vi = xy[2 * i + (k % 2)];
        const double vj = xy[2 * j + (k % 2)];
        if (std::isnan(vi))
            return false;
        return std::isnan(vj) || (k < 2 ? vi < vj : vi > vj);
    };

    const std::array<MapPoint, 4> corners{MapPoint{env.minX, env.minY}, MapPoint{env.maxX, env.minY},
                                         MapPoint{env.maxX, env.maxY}, MapPoint{env.minX, env.maxY}};
    for (int e = 0; e < 4; ++e) {
        const MapPoint a = corners[e];
        const MapPoint b = corners[(e + 1) % 4];
        sampleSegment(a, b, 0.0, 1.0, n);
        const std::vector<double> coarse = buf;
        // A transformed edge bulges between samples, possibly with several local extremes (UTM far
        // outside its zone). Zoom in on every local extreme sample until the bracket is ~1e-11 of the
        // edge: the remaining error, ~curvature * bracket², is then far below a metre's nanometre.
        for (int k = 0; k < 4; ++k) {
            for (int i = 0; i < n; ++i) {
                const bool localBest = !std::isnan(coarse[2 * i])
                    && (i == 0 || !better(coarse, k, i - 1, i)) && (i == n - 1 || !better(coarse, k, i + 1, i));
                if (!localBest)
                    continue;
                double lo = double(std::max(i - 1, 0)) / (n - 1);
                double hi = double(std::min(i + 1, n - 1)) / (n - 1);
                constexpr int kRefine = 9;
                for (int round = 0; round < 24 && hi - lo > 1e-11; ++round) {
                    sampleSegment(a, b, lo, hi, kRefine);
                    int r = 0;
                    for (int j = 1; j < kRefine; ++j) {
                        if (better(buf, k, j, r))
                            r = j;
                    }
                    if (std::isnan(buf[2 * r]))
                        break;
                    const double step = (hi - lo) / (kRefine - 1);
                    const double newLo = lo + step * std::max(r - 1, 0);
                    const double newHi = lo + step * std::min(r + 1, kRefine - 1);
                    lo = newLo;
                    hi = newHi;
                }
            }
        }
    }

    // A coarse interior grid, for transforms whose extremes are not on the boundary.
    const int g = std::max(n / 2, 2);
    std::vector<double> grid;
    grid.reserve(2 * static_cast<std::size_t>(g) * g);
    for (int j = 0; j < g; ++j) {
        for (int i = 0; i < g; ++i) {
            grid.push_back(env.minX + (env.maxX - env.minX) * i / (g - 1));
            grid.push_back(env.minY + (env.maxY - env.minY) * j / (g - 1));
        }
    }
    transformInPlace(grid, inverse);
    expandBy(grid);

    if (out.isNull())
        return out;
    // Rounding noise: the transform of a point a caller samples next to our best one may come out a
    // few ulps further. Grow by that much so "encloses" holds exactly, not just to the last bit.
    const double padX = 8.0 * std::numeric_limits<double>::epsilon() * std::max(std::abs(out.minX), std::abs(out.maxX));
    const double padY = 8.0 * std::numeric_limits<double>::epsilon() * std::max(std::abs(out.minY), std::abs(out.maxY));
    return Envelope(out.minX - padX, out.minY - padY, out.maxX + padX, out.maxY + padY);
}

} // namespace corridor::geo
