#include "app/ui/app_settings.h"

#include <QFileInfo>
#include <QSettings>

namespace corridor::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kRecent = QStringLiteral("projects/recent");
const QString kUnits = QStringLiteral("units/gas");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kMapCrs = QStringLiteral("map/crs");
const QString kExportGroup = QStringLiteral("export");
} // namespace

QByteArray AppSettings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& g) { QSettings().setValue(kGeometry, g); }
QByteArray AppSettings::windowState() { return QSettings().value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& s) { QSettings().setValue(kState, s); }

QStringList AppSettings::recentProjects()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = recentProjects();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > kMaxRecent)
        l.removeLast();
    QSettings().setValue(kRecent, l);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList l = recentProjects();
    l.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, l);
}

model::GasUnit AppSettings::gasUnits()
{
    return model::gasUnitFromSymbol(QSettings().value(kUnits).toString()).value_or(model::GasUnit::BcmPerYear);
}

void AppSettings::setGasUnits(model::GasUnit u)
{
    QSettings().setValue(kUnits, model::gasUnitSymbol(u));
}

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString& lang) { QSettings().setValue(kLanguage, lang); }

Theme AppSettings::theme()
{
    const QString t = QSettings().value(kTheme).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme t)
{
    QSettings().setValue(kTheme, t == Theme::Light ? QStringLiteral("light") : t == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("system"));
}

QString AppSettings::mapCrs() { return QSettings().value(kMapCrs).toString(); }
void AppSettings::setMapCrs(const QString& def) { QSettings().setValue(kMapCrs, def); }

ExportPreferences AppSettings::exportPreferences()
{
    QSettings s;
    s.beginGroup(kExportGroup);
    ExportPreferences p;
    p.title = s.value(QStringLiteral("title"), p.title).toString();
    p.paper = s.value(QStringLiteral("paper"), p.paper).toString();
    p.pixels = s.value(QStringLiteral("pixels"), p.pixels).toSize();
    p.landscape = s.value(QStringLiteral("landscape"), p.landscape).toBool();
    p.dpi = s.value(QStringLiteral("dpi"), p.dpi).toInt();
    p.legend = s.value(QStringLiteral("legend"), p.legend).toBool();
    p.scaleBar = s.value(QStringLiteral("scaleBar"), p.scaleBar).toBool();
    p.northArrow = s.value(QStringLiteral("northArrow"), p.northArrow).toBool();
    p.inset = s.value(QStringLiteral("inset"), p.inset).toBool();
    p.graticule = s.value(QStringLiteral("graticule"), p.graticule).toBool();
    p.fullExtent = s.value(QStringLiteral("fullExtent"), p.fullExtent).toBool();
    p.outPath = s.value(QStringLiteral("outPath"), p.outPath).toString();
    return p;
}

void AppSettings::setExportPreferences(const ExportPreferences& p)
{
    QSettings s;
    s.beginGroup(kExportGroup);
    s.setValue(QStringLiteral("title"), p.title);
    s.setValue(QStringLiteral("paper"), p.paper);
    s.setValue(QStringLiteral("pixels"), p.pixels);
    s.setValue(QStringLiteral("landscape"), p.landscape);
    s.setValue(QStringLiteral("dpi"), p.dpi);
    s.setValue(QStringLiteral("legend"), p.legend);
    s.setValue(QStringLiteral("scaleBar"), p.scaleBar);
    s.setValue(QStringLiteral("northArrow"), p.northArrow);
    s.setValue(QStringLiteral("inset"), p.inset);
    s.setValue(QStringLiteral("graticule"), p.graticule);
    s.setValue(QStringLiteral("fullExtent"), p.fullExtent);
    s.setValue(QStringLiteral("outPath"), p.outPath);
}

} // namespace corridor::ui
