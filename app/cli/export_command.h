#pragma once
// `corridor-atlas export`: draws a project to an image file with the shared renderer.

#include "geo/error.h"
#include "geo/project.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace corridor::cli {

struct ExportOptions {
    QString projectPath;
    QString outPath;
    QSize sizePx{2000, 1250};
};

/// Loads, renders and writes atomically (a failed export leaves any previous file untouched). On
/// success, returns the warnings raised while loading the project (e.g. an assumed CRS).
geo::Result<QStringList> exportMap(const ExportOptions& options);

/// The sub-command: `args` are the words after "export". Returns the exit code.
int runExport(const QStringList& args);

} // namespace corridor::cli
