#include "geo/gdal_support.h"

#include "geo/tr.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <mutex>

namespace corridor::geo {

void ensureGdalInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Large GeoJSON files (e.g. a world layer) exceed GDAL's default object size limit.
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

namespace {
thread_local GdalErrorCapture* t_capture = nullptr;
}

GdalErrorCapture::GdalErrorCapture()
{
    ensureGdalInitialised();
    CPLPushErrorHandlerEx(
        [](CPLErr eclass, CPLErrorNum code, const char* msg) { handler(static_cast<int>(eclass), code, msg); },
        nullptr);
    // Nested captures: the innermost one collects.
    m_previous = t_capture;
    t_capture = this;
}

GdalErrorCapture::~GdalErrorCapture()
{
    t_capture = m_previous;
    CPLPopErrorHandler();
}

void GdalErrorCapture::handler(int eclass, int /*code*/, const char* msg)
{
    if (!t_capture)
        return;
    const QString text = QString::fromUtf8(msg ? msg : "").trimmed();
    if (eclass >= CE_Failure)
        t_capture->m_errors.push_back(text);
    else if (eclass == CE_Warning)
        t_capture->m_warnings.push_back(text);
}

QString GdalErrorCapture::lastMessage() const
{
    if (!m_errors.isEmpty())
        return m_errors.back();
    if (!m_warnings.isEmpty())
        return m_warnings.back();
    return {};
}

void GdalErrorCapture::clear()
{
    m_errors.clear();
    m_warnings.clear();
}

Result<Crs> crsFromOgr(OGRSpatialReferenceH srs)
{
    if (!srs)
        return Error{ErrorCode::Crs, GeoText::tr("no CRS"), {}};
    const char* auth = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code && qstrcmp(auth, "EPSG") == 0) {
        auto crs = Crs::fromUserInput(QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code)));
        if (crs)
            return crs;
    }
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    if (OSRExportToWktEx(srs, &wkt, options) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return Error{ErrorCode::Crs, GeoText::tr("cannot export the CRS as WKT"), {}};
    }
    const QString text = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return Crs::fromWkt(text);
}

} // namespace corridor::geo
