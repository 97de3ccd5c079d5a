#pragma once
// `corridor-atlas export`: draws a project as a briefing page (map, title, legend, scale bar, north
// arrow, attribution) to PDF, SVG or PNG with the shared renderer; with a scenario, the network model
// stored in the project is solved and its flows drawn over the map.

#include "app/render/map_export.h"
#include "geo/error.h"
#include "geo/project.h"
#include "model/units.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace corridor::cli {

struct ExportOptions {
    QString projectPath;
    QString outPath;
    QString title;
    QString subtitle;
    std::optional<geo::Envelope> extentLonLat; // minlon, minlat, maxlon, maxlat
    QString crs;                               // empty = ETRS89-LAEA (EPSG:3035)
    render::PageSetup page;
    /// Shorthand kept for callers of the first version (the UI's export): a pixel page, same as page.pixels.
    QSize sizePx;
    QStringList layers; // empty = all
    bool graticule = false;
    bool inset = false;
    bool legend = true;
    /// When set: the project's network model under this scenario is solved and its flows drawn
    /// (labels and legend in `flowUnit` for gas). An unknown scenario, or a project without a model,
    /// is an error naming the scenarios there are.
    QString scenario;
    model::GasUnit flowUnit = model::GasUnit::BcmPerYear;
    /// With `scenario`: the reference scenario. The map then shows the change in flows
    /// Δ = scenario − compare (blue: more flow than in the reference, red: less). Unknown: an error.
    QString compare;
    /// With `scenario`: link ids taken out of service before `scenario` is solved (not the reference),
    /// drawn as outages. An unknown id is an error naming it and the valid ids.
    QStringList outages;
};

/// Loads, renders and writes atomically (a failed export leaves any previous file untouched). On
/// success, returns the warnings raised while loading the project (e.g. an assumed CRS).
geo::Result<QStringList> exportMap(const ExportOptions& options);

/// Parses "minlon,minlat,maxlon,maxlat"; an error message when it is not a usable extent.
geo::Result<geo::Envelope> parseExtent(const QString& text);

/// The sub-command: `args` are the words after "export". Returns the exit code.
int runExport(const QStringList& args);

} // namespace corridor::cli
