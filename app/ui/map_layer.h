#pragma once
// MapLayer: one layer as the desktop window holds it — the loaded data (immutable, shared with render
// jobs), its geometry projected into the current map CRS, its style and where it came from.
// A plain value owned by LayerTreeModel on the GUI thread; only the shared pointers travel to workers.

#include "app/render/layer_style.h"
#include "app/render/projected_layer.h"
#include "geo/layer_data.h"

#include <QString>

namespace corridor::ui {

struct MapLayer {
    /// Unique within a window session ("countries", "lines#2"): selection and tables refer to it.
    QString id;
    /// Shown in the layer tree; starts as the data's layer name.
    QString title;
    geo::LayerDataPtr data;
    render::ProjectedLayerPtr projected; // in the canvas CRS
    render::LayerStyle style;
    /// The file the layer was read from when it is not part of the project file itself (added data);
    /// empty for project layers.
    QString externalPath;
};

} // namespace corridor::ui
