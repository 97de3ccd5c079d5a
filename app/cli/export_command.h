#pragma once
// `corridor-atlas export`: draws a project to an image file with the shared renderer.

#include "geo/error.h"
#include "geo/project.h"

#include <QSize>
#include <QString>

namespace corridor::cli {

struct ExportOptions {
    QString projectPath;
    QString outPath;
    QSize sizePx{2000, 1250};
};

/// Loads, renders and writes atomically (a failed export leaves any previous file untouched).
geo::Status exportMap(const ExportOptions& options);

} // namespace corridor::cli
