#pragma once
// The desktop application's start: display check, theme, the main window on the right project.

#include <QString>

namespace corridor::ui {

/// True when a windowing system is reachable (DISPLAY / WAYLAND_DISPLAY, or an explicit
/// QT_QPA_PLATFORM such as offscreen).
bool displayAvailable();

/// The project to start on: `commandLinePath` if given, else the last project (when it still exists),
/// else the bundled corridor project. Empty when there is none.
QString startupProject(const QString& commandLinePath);

/// Shows the main window on `projectPath` and runs the event loop. Needs a QApplication.
int runGui(const QString& commandLinePath);

} // namespace corridor::ui
