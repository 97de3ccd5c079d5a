#pragma once
// Light and dark palettes (Fusion style), and the map background that suits each.

#include "app/ui/app_settings.h"

#include <QColor>

namespace corridor::ui {

/// Applies `theme` to the running QApplication.
void applyTheme(Theme theme);
/// True when the current application palette is dark.
bool isDarkPalette();

} // namespace corridor::ui
