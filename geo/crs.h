#pragma once
// Crs: an immutable description of a coordinate reference system, validated by PROJ when created.
// A plain value (copyable, thread-safe to share): it stores the definition and what PROJ said about it,
// never a PJ* — PROJ objects belong to one thread's context and are created where they are used.

#include "geo/error.h"

#include <QString>

#include <utility>

namespace corridor::geo {

class Crs {
public:
    /// An invalid (empty) CRS; isValid() is false.
    Crs() = default;

    static Result<Crs> fromEpsg(int code);
    /// "EPSG:3035", "epsg:4326", "ESRI:54030", a WKT string, a PROJ string ("+proj=laea ..."), PROJJSON,
    /// or a name PROJ knows ("WGS 84"). Errors carry PROJ's own message.
    static Result<Crs> fromUserInput(const QString& definition);
    static Result<Crs> fromWkt(const QString& wkt);

    static Crs wgs84();        // EPSG:4326 (used with lon/lat axis order by CrsTransform)
    static Crs etrs89Laea();   // EPSG:3035, the default map CRS
    static Crs webMercator();  // EPSG:3857

    bool isValid() const { return !m_definition.isEmpty(); }
    /// What the CRS was created from (for storage and for re-creating PJ objects).
    const QString& definition() const { return m_definition; }
    /// "EPSG:3035" when PROJ identifies an authority code, else empty.
    const QString& authId() const { return m_authId; }
    /// PROJ's name for it, e.g. "ETRS89-extended / LAEA Europe".
    const QString& name() const { return m_name; }
    /// WKT2:2019.
    const QString& wkt() const { return m_wkt; }
    bool isGeographic() const { return m_geographic; }
    /// A short label for UI and `info`: the auth id if any, else the name.
    QString displayName() const { return m_authId.isEmpty() ? m_name : m_authId; }

    /// Same CRS: same authority id when both have one, else PROJ's equivalence test.
    bool isSame(const Crs& other) const;
    friend bool operator==(const Crs& a, const Crs& b) { return a.isSame(b); }

private:
    Crs(QString definition, QString authId, QString name, QString wkt, bool geographic)
        : m_definition(std::move(definition)), m_authId(std::move(authId)), m_name(std::move(name)),
          m_wkt(std::move(wkt)), m_geographic(geographic)
    {
    }
    /// For wgs84() & co.: from the EPSG code, or (only without a usable proj.db) a minimal stand-in.
    static Crs builtIn(int epsg, const char* name, bool geographic);

    QString m_definition;
    QString m_authId;
    QString m_name;
    QString m_wkt;
    bool m_geographic = false;
};

} // namespace corridor::geo
