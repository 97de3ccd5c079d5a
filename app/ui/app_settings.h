#pragma once
// AppSettings: the user's preferences and window state in QSettings (organisation "Corridor Atlas",
// application "corridor-atlas"): window geometry and dock layout, recent projects, gas volume units,
// interface language (applied by the translations work), theme. A thin typed layer; GUI thread.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace corridor::ui {

enum class GasUnits { BcmPerYear, McmPerDay };
enum class Theme { System, Light, Dark };

class AppSettings {
public:
    static constexpr int kMaxRecent = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& g);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& s);

    static QStringList recentProjects();
    /// Moves `path` to the front of the recent list.
    static void addRecentProject(const QString& path);
    static void removeRecentProject(const QString& path);

    static GasUnits gasUnits();
    static void setGasUnits(GasUnits u);
    /// "" = the system language; otherwise a BCP 47 name ("en", "sr", "az", ...).
    static QString language();
    static void setLanguage(const QString& lang);
    static Theme theme();
    static void setTheme(Theme t);
    /// The map CRS used last ("EPSG:3035" or a custom definition).
    static QString mapCrs();
    static void setMapCrs(const QString& def);
};

/// Converts a gas volume in bcm/yr to the chosen unit.
double gasVolume(double bcmPerYear, GasUnits units);
/// "bcm/yr" or "mcm/d" (translated).
QString gasUnitLabel(GasUnits units);

} // namespace corridor::ui
