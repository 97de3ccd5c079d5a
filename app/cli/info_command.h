#pragma once
// `corridor-atlas info FILE`: layers, geometry types, CRS, feature counts, extents, fields, warnings.

#include <QStringList>

namespace corridor::cli {

/// `args` are the words after "info". Returns the exit code.
int runInfo(const QStringList& args);

} // namespace corridor::cli
