#pragma once
// Private to geo/: GDAL set-up and the capture of GDAL's own error messages (thread-local handler),
// so errors reaching the user carry GDAL's words.

#include "geo/crs.h"
#include "geo/error.h"

#include <QString>
#include <QStringList>

#include <ogr_srs_api.h>

namespace corridor::geo {

/// Registers GDAL drivers once (thread-safe) and sets process-wide options.
void ensureGdalInitialised();

/// While alive, GDAL errors and warnings raised on this thread are collected here instead of printed.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    /// The last error (CE_Failure/CE_Fatal) message, or the last warning when there was no error.
    QString lastMessage() const;
    const QStringList& errors() const { return m_errors; }
    const QStringList& warnings() const { return m_warnings; }
    void clear();

private:
    static void handler(int eclass, int code, const char* msg);
    QStringList m_errors;
    QStringList m_warnings;
    GdalErrorCapture* m_previous = nullptr;
};

/// The Crs of an OGR spatial reference ("EPSG:xxxx" when it has an authority code, else its WKT).
Result<Crs> crsFromOgr(OGRSpatialReferenceH srs);

} // namespace corridor::geo
