#include "app/ui/app_settings.h"

#include <QCoreApplication>
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

GasUnits AppSettings::gasUnits()
{
    return QSettings().value(kUnits).toString() == QLatin1String("mcm/d") ? GasUnits::McmPerDay : GasUnits::BcmPerYear;
}

void AppSettings::setGasUnits(GasUnits u)
{
    QSettings().setValue(kUnits, u == GasUnits::McmPerDay ? QStringLiteral("mcm/d") : QStringLiteral("bcm/yr"));
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

double gasVolume(double bcmPerYear, GasUnits units)
{
    // 1 bcm/yr = 1000 mcm over 365.25 days.
    return units == GasUnits::McmPerDay ? bcmPerYear * 1000.0 / 365.25 : bcmPerYear;
}

QString gasUnitLabel(GasUnits units)
{
    return units == GasUnits::McmPerDay ? QCoreApplication::translate("corridor::ui::AppSettings", "mcm/d")
                                        : QCoreApplication::translate("corridor::ui::AppSettings", "bcm/yr");
}

} // namespace corridor::ui
