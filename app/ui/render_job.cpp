#include "app/ui/render_job.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <cmath>
#include <exception>

namespace corridor::ui {

RenderResult runRenderJob(const render::RenderSnapshot& snapshot, qreal devicePixelRatio,
                          const std::shared_ptr<std::atomic_bool>& cancel)
{
    RenderResult r;
    r.viewport = snapshot.viewport;
    r.generation = snapshot.generation;
    QElapsedTimer timer;
    timer.start();
    try {
        const QSize logical = snapshot.viewport.sizePx();
        const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
        const QSize device(static_cast<int>(std::ceil(logical.width() * dpr)), static_cast<int>(std::ceil(logical.height() * dpr)));
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            r.error = QCoreApplication::translate("corridor::ui::RenderJob", "not enough memory for a %1×%2 map image")
                          .arg(device.width())
                          .arg(device.height());
            return r;
        }
        // QPainter scales by the image's device pixel ratio, so the renderer keeps drawing in logical
        // pixels and the map is sharp on high-DPI screens.
        image.setDevicePixelRatio(dpr);
        {
            QPainter painter(&image);
            r.stats = render::renderMap(snapshot, painter, cancel.get());
        }
        if (!r.stats.cancelled)
            r.image = std::move(image);
    } catch (const std::exception& e) {
        r.error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        r.error = QCoreApplication::translate("corridor::ui::RenderJob", "the renderer failed");
    }
    r.totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace corridor::ui
