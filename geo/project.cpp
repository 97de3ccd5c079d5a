#include "geo/project.h"

#include "geo/tr.h"

#include <algorithm>

namespace corridor::geo {

LayerDataPtr Project::layer(const QString& name) const
{
    for (const auto& l : layers)
        if (l->name == name)
            return l;
    return {};
}

namespace {
int drawRank(GeometryType t)
{
    switch (t) {
    case GeometryType::Polygon: return 0;
    case GeometryType::Mixed: return 1;
    case GeometryType::Line: return 2;
    case GeometryType::Point: return 3;
    case GeometryType::None: return 4;
    }
    return 4;
}
} // namespace

Result<Project> loadProject(const QString& path, const ReadOptions& options)
{
    auto ds = VectorDataset::open(path);
    if (!ds)
        return ds.error();
    Project project;
    project.path = path;
    for (int i = 0; i < (*ds)->layerCount(); ++i) {
        auto info = (*ds)->layerInfo(i);
        if (!info)
            return info.error();
        if (info->geometryType == GeometryType::None) {
            project.tables << info->name;
            continue;
        }
        auto layer = (*ds)->readLayer(i, options);
        if (!layer)
            return layer.error();
        for (const QString& w : (*layer)->warnings)
            project.warnings << (*layer)->name + QStringLiteral(": ") + w;
        project.layers.push_back(std::move(*layer));
    }
    if (project.layers.empty())
        return Error{ErrorCode::Empty, GeoText::tr("the project has no spatial layers"), path};
    std::stable_sort(project.layers.begin(), project.layers.end(), [](const LayerDataPtr& a, const LayerDataPtr& b) {
        return drawRank(a->geometryType) < drawRank(b->geometryType);
    });
    return project;
}

} // namespace corridor::geo
