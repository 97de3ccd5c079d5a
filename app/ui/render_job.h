#pragma once
// RenderJob: one frame of the map drawn off the GUI thread (STYLE.md §3). The snapshot is immutable and
// owned by the job; cancellation is a shared atomic flag the GUI thread sets without waiting. Errors are
// caught in the worker and returned in the result, never thrown across the thread boundary.

#include "app/render/map_renderer.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <memory>

namespace corridor::ui {

struct RenderResult {
    QImage image;
    render::Viewport viewport;
    std::uint64_t generation = 0;
    render::RenderStats stats;
    double totalMs = 0.0;
    QString error;
};

/// Draws `snapshot` into a new image of its viewport size × `devicePixelRatio`. Runs on any thread.
RenderResult runRenderJob(const render::RenderSnapshot& snapshot, qreal devicePixelRatio,
                          const std::shared_ptr<std::atomic_bool>& cancel);

} // namespace corridor::ui
