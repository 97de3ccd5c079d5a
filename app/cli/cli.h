#pragma once
// Headless sub-commands of corridor-atlas (info, export). Each returns the process exit code:
// 0 success, 2 bad input or a failure the user can act on (message on stderr, one line).

#include <QStringList>

namespace corridor::cli {

/// True when `args` (argv without the program name) start with a sub-command this module handles.
bool isCliCommand(const QStringList& args);
/// True when the sub-command draws (needs a QGuiApplication rather than a QCoreApplication).
bool commandNeedsGui(const QStringList& args);
/// Runs the sub-command in `args`. Needs a Q(Gui)Application for export.
int runCli(const QStringList& args);

/// Where the bundled corridor project lives: $CORRIDOR_ATLAS_DATA/corridor.gpkg, next to the build
/// tree's executable (../resources/corridor.gpkg) or the installed one (../share/corridor-atlas/).
QString bundledProjectPath();

} // namespace corridor::cli
