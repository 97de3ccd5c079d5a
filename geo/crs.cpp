#include "geo/crs.h"

#include "geo/c_handles.h"
#include "geo/tr.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtGlobal>

#include <string>

namespace corridor::geo {

namespace {

// One PROJ context per thread (STYLE.md §2). The context is held by a shared_ptr (built from an
// OwnedPjContext, so the deleter is the same) because CrsTransform objects keep a reference: a PJ must
// never outlive the context it was created in, and a transform kept in a static or handed to a
// longer-lived object would otherwise be destroyed after this thread_local.
//
// Logging: PROJ reports the *reason* for a failed proj_create ("crs not found", "unrecognized format /
// unknown name") only through its logger; the context errno is just PROJ_ERR_OTHER ("Unknown error
// (code 4096)"), and with proj_log_level(PJ_LOG_NONE) the text is dropped before it reaches any logger.
// So we keep the level at PJ_LOG_ERROR but install our own logger, which prints nothing and keeps the
// last error message for projLastError(). The effect is the same quiet stderr, with PROJ's words kept.
struct ThreadProj {
    std::shared_ptr<PJ_CONTEXT> ctx;
    // A trivial PJ in ctx, only so that we can reset the context errno: PROJ has no public
    // "reset context errno" call, only proj_errno_reset(const PJ*), and a successful call does not
    // clear an errno left by an earlier failure.
    OwnedPj errnoResetter; // declared after ctx: destroyed before the context is released
    std::string lastError;

    ThreadProj()
        : ctx(OwnedPjContext(proj_context_create()))
    {
        if (!ctx)
            return; // out of memory; PROJ falls back to its default context for a null ctx
        proj_log_func(ctx.get(), this, &ThreadProj::logFn);
        proj_log_level(ctx.get(), PJ_LOG_ERROR);
        errnoResetter.reset(proj_create(ctx.get(), "+proj=noop"));
    }
    ~ThreadProj()
    {
        // CrsTransforms may keep ctx alive after this thread_local is gone: stop logging into `this`.
        if (ctx)
            proj_log_func(ctx.get(), nullptr, &ThreadProj::discardFn);
    }
    ThreadProj(const ThreadProj&) = delete;
    ThreadProj& operator=(const ThreadProj&) = delete;

    static void logFn(void* data, int level, const char* msg)
    {
        if (level != PJ_LOG_ERROR || !msg || !data)
            return;
        try { // no exception may cross into PROJ's C code
            static_cast<ThreadProj*>(data)->lastError = msg;
        } catch (...) {
        }
    }
    static void discardFn(void*, int, const char*) {}
};

ThreadProj& threadProj()
{
    thread_local ThreadProj tp;
    return tp;
}

QString projMessage(const QString& fallback)
{
    const QString msg = QString::fromUtf8(projLastError());
    return msg.isEmpty() ? fallback : msg;
}

// A PROJ string is recognised by its leading '+' (a WKT1 EXTENSION["PROJ4","+proj=..."] must not count).
bool isProjString(const QString& def)
{
    return def.startsWith(QLatin1Char('+'));
}

bool hasTypeCrs(const QString& def)
{
    static const QRegularExpression re(QStringLiteral(R"((^|\s)\+type=crs(\s|$))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(def).hasMatch();
}

bool isGeographicType(PJ_CONTEXT* ctx, const PJ* pj)
{
    switch (proj_get_type(pj)) {
    case PJ_TYPE_GEOGRAPHIC_2D_CRS:
    case PJ_TYPE_GEOGRAPHIC_3D_CRS:
        return true;
    case PJ_TYPE_BOUND_CRS: { // e.g. a PROJ string with +towgs84: look at the CRS it wraps
        OwnedPj base(proj_get_source_crs(ctx, pj));
        return base && isGeographicType(ctx, base.get());
    }
    case PJ_TYPE_COMPOUND_CRS: { // horizontal + vertical: the horizontal part decides
        OwnedPj horizontal(proj_crs_get_sub_crs(ctx, pj, 0));
        return horizontal && isGeographicType(ctx, horizontal.get());
    }
    default:
        return false;
    }
}

QString authIdOf(PJ_CONTEXT* ctx, const PJ* pj)
{
    const char* auth = proj_get_id_auth_name(pj, 0);
    const char* code = proj_get_id_code(pj, 0);
    if (auth && code)
        return QString::fromUtf8(auth) + QLatin1Char(':') + QString::fromUtf8(code);

    // No id (WKT without ID/AUTHORITY, PROJ strings): ask PROJ which registered CRS this is. Candidates
    // come sorted by decreasing confidence; 90 means "equivalent, names differ", 70 only "equivalent
    // datum and CS" (e.g. a +proj=laea string matches both EPSG:3035 and IGNF:ETRS89LAEA at 70), so
    // below 90 we do not claim an id. Identification is best effort and never fails creation.
    QString result;
    int* confidence = nullptr;
    OwnedPjList candidates(proj_identify(ctx, pj, nullptr, nullptr, &confidence));
    if (candidates && confidence && proj_list_get_count(candidates.get()) > 0 && confidence[0] >= 90) {
        OwnedPj best(proj_list_get(ctx, candidates.get(), 0));
        const char* bestAuth = best ? proj_get_id_auth_name(best.get(), 0) : nullptr;
        const char* bestCode = best ? proj_get_id_code(best.get(), 0) : nullptr;
        if (bestAuth && bestCode)
            result = QString::fromUtf8(bestAuth) + QLatin1Char(':') + QString::fromUtf8(bestCode);
    }
    proj_int_list_destroy(confidence);
    return result;
}

Error crsError(const QString& message, const QString& context)
{
    return Error{ErrorCode::Crs, message, context};
}

// What PROJ says about a CRS object; shared by fromUserInput and fromWkt.
struct CrsFacts {
    QString authId;
    QString name;
    QString wkt;
    bool geographic = false;
};

Result<CrsFacts> describe(PJ_CONTEXT* ctx, const PJ* pj, const QString& given)
{
    if (!proj_is_crs(pj)) {
        const char* objName = proj_get_name(pj);
        //: %1 is the name PROJ gave the object it made instead (an ellipsoid, a datum, an operation).
        return crsError(GeoText::tr("not a coordinate reference system (PROJ made a '%1')")
                            .arg(QString::fromUtf8(objName ? objName : "?")),
                        given);
    }
    CrsFacts facts;
    facts.authId = authIdOf(ctx, pj);
    const char* name = proj_get_name(pj);
    facts.name = QString::fromUtf8(name ? name : "");
    const char* wkt = proj_as_wkt(ctx, pj, PJ_WKT2_2019, nullptr);
    facts.wkt = QString::fromUtf8(wkt ? wkt : "");
    facts.geographic = isGeographicType(ctx, pj);
    return facts;
}

} // namespace

namespace detail {

std::shared_ptr<PJ_CONTEXT> projContextShared()
{
    return threadProj().ctx;
}

/// Forget earlier PROJ errors in this thread, so projLastError() describes the next failing call.
void resetProjError()
{
    ThreadProj& tp = threadProj();
    tp.lastError.clear();
    if (tp.errnoResetter && proj_context_errno(tp.ctx.get()) != 0)
        proj_errno_reset(tp.errnoResetter.get());
}

} // namespace detail

PJ_CONTEXT* projContext()
{
    return threadProj().ctx.get();
}

const char* projLastError()
{
    ThreadProj& tp = threadProj();
    if (!tp.lastError.empty())
        return tp.lastError.c_str();
    const int err = proj_context_errno(tp.ctx.get());
    if (err != 0) {
        const char* s = proj_context_errno_string(tp.ctx.get(), err);
        if (s)
            return s;
    }
    return "";
}

Result<Crs> Crs::fromEpsg(int code)
{
    return fromUserInput(QStringLiteral("EPSG:%1").arg(code));
}

Result<Crs> Crs::fromUserInput(const QString& definition)
{
    QString def = definition.trimmed();
    if (def.isEmpty())
        return crsError(GeoText::tr("empty CRS definition"), definition);
    // "+proj=merc" alone is a coordinate operation to PROJ; the user means the projected CRS.
    if (isProjString(def) && !hasTypeCrs(def))
        def += QStringLiteral(" +type=crs");

    PJ_CONTEXT* ctx = projContext();
    detail::resetProjError();
    const QByteArray utf8 = def.toUtf8();
    OwnedPj pj(proj_create(ctx, utf8.constData()));
    if (!pj)
        return crsError(projMessage(GeoText::tr("PROJ could not create a CRS")), definition);

    auto facts = describe(ctx, pj.get(), definition);
    detail::resetProjError(); // identification/export hiccups are not creation failures
    if (!facts)
        return facts.error();
    return Crs(def, facts->authId, facts->name, facts->wkt, facts->geographic);
}

Result<Crs> Crs::fromWkt(const QString& wkt)
{
    const QString def = wkt.trimmed();
    if (def.isEmpty())
        return crsError(GeoText::tr("empty WKT"), wkt);

    PJ_CONTEXT* ctx = projContext();
    detail::resetProjError();
    PROJ_STRING_LIST warnings = nullptr;
    PROJ_STRING_LIST grammarErrors = nullptr;
    const QByteArray utf8 = def.toUtf8();
    OwnedPj pj(proj_create_from_wkt(ctx, utf8.constData(), nullptr, &warnings, &grammarErrors));
    // The grammar errors say where the WKT is wrong ("Parsing error : syntax error, unexpected ...").
    QStringList messages;
    for (PROJ_STRING_LIST it = grammarErrors; it && *it; ++it)
        messages << QString::fromUtf8(*it);
    proj_string_list_destroy(warnings);
    proj_string_list_destroy(grammarErrors);
    if (!pj) {
        if (messages.isEmpty())
            messages << projMessage(GeoText::tr("PROJ could not parse the WKT"));
        return crsError(messages.join(QStringLiteral("; ")), wkt);
    }

    auto facts = describe(ctx, pj.get(), wkt);
    detail::resetProjError(); // identification/export hiccups are not creation failures
    if (!facts)
        return facts.error();
    return Crs(def, facts->authId, facts->name, facts->wkt, facts->geographic);
}

Crs Crs::builtIn(int epsg, const char* name, bool geographic)
{
    auto r = fromEpsg(epsg);
    if (r)
        return *r;
    // Only without a usable proj.db: still a valid, comparable CRS (every transform will then fail
    // with PROJ's message, which is the right place to report it).
    qWarning("corridor: built-in CRS unavailable: %s", qPrintable(r.error().toString()));
    const QString id = QStringLiteral("EPSG:%1").arg(epsg);
    return Crs(id, id, QString::fromUtf8(name), QString(), geographic);
}

Crs Crs::wgs84()
{
    static const Crs crs = builtIn(4326, "WGS 84", true);
    return crs;
}

Crs Crs::etrs89Laea()
{
    static const Crs crs = builtIn(3035, "ETRS89-extended / LAEA Europe", false);
    return crs;
}

Crs Crs::webMercator()
{
    static const Crs crs = builtIn(3857, "WGS 84 / Pseudo-Mercator", false);
    return crs;
}

bool Crs::isSame(const Crs& other) const
{
    if (!isValid() || !other.isValid())
        return isValid() == other.isValid();
    if (m_definition == other.m_definition)
        return true;
    if (!m_authId.isEmpty() && !other.m_authId.isEmpty())
        return m_authId.compare(other.m_authId, Qt::CaseInsensitive) == 0;

    // PJ objects belong to one thread's context, so they are created here rather than stored.
    PJ_CONTEXT* ctx = projContext();
    const QByteArray a = m_definition.toUtf8();
    const QByteArray b = other.m_definition.toUtf8();
    OwnedPj pa(proj_create(ctx, a.constData()));
    OwnedPj pb(proj_create(ctx, b.constData()));
    const bool same = pa && pb
        && proj_is_equivalent_to_with_ctx(ctx, pa.get(), pb.get(), PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS);
    detail::resetProjError();
    return same;
}

} // namespace corridor::geo
