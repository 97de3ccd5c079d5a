#pragma once
// AppSettings: the user's preferences and window state in QSettings (organisation "Corridor Atlas",
// application "corridor-atlas"): window geometry and dock layout, recent projects, gas volume units,
// interface language (applied by the translations work), theme. A thin typed layer; GUI thread.

#include "model/units.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace corridor::ui {

enum class Theme { System, Light, Dark };

/// The export dialog's options as the user left them (the subtitle and "draw model flows" are not kept:
/// they follow the date and what the window shows).
struct ExportPreferences {
    QString title;          // empty = the default title
    QString paper = QStringLiteral("A4"); // "A4", "A3", "Letter" or "pixels"
    QSize pixels = QSize(1920, 1080);
    bool landscape = true;
    int dpi = 300;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool inset = false;
    bool graticule = false;
    bool fullExtent = false; // false = the current map view
    QString outPath;         // empty = ~/corridor-map.pdf
};

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

    static model::GasUnit gasUnits();
    static void setGasUnits(model::GasUnit u);
    /// "" = the system language; otherwise a BCP 47 name ("en", "sr", "az", ...).
    static QString language();
    static void setLanguage(const QString& lang);
    static Theme theme();
    static void setTheme(Theme t);
    /// The map CRS used last ("EPSG:3035" or a custom definition).
    static QString mapCrs();
    static void setMapCrs(const QString& def);
    static ExportPreferences exportPreferences();
    static void setExportPreferences(const ExportPreferences& p);
};

} // namespace corridor::ui
