#pragma once
// Internal to corridor_geo (not included by public headers): the one translation context of the
// library. Every user-visible text geo/ makes (error messages, layer warnings, validity reasons) is
// written GeoText::tr("…"), so lupdate collects it under "GeoText" and QCoreApplication::translate
// turns it into the user's language when the message is made. What GDAL, PROJ and GEOS say stays in
// their own words; only our wording around it is translated. Identifiers, keys, SQL, CRS codes and
// log-only text are not.

#include <QCoreApplication>
#include <QString>

namespace corridor::geo {

struct GeoText {
    Q_DECLARE_TR_FUNCTIONS(GeoText)
};

/// The context of an Error about one layer of a file: "<path> (layer <name>)", or just the path.
inline QString layerContext(const QString& path, const QString& layer)
{
    //: Error context: %1 is a file path, %2 the name of a layer in it.
    return layer.isEmpty() ? path : GeoText::tr("%1 (layer %2)").arg(path, layer);
}

} // namespace corridor::geo
