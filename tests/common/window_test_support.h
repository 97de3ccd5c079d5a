#pragma once
// Helpers for GUI tests of the real MainWindow: a private settings location, opening a project and
// waiting until what it shows has settled.

#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/model_session.h"
#include "tests/common/gui_test_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>

namespace corridor::test {

/// Settings in QStandardPaths' test location under this test's own name (never the user's), and the
/// bundled data where the window looks for it from a test executable.
inline void useTestSettings(const char* application, const QString& bundle)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CORRIDOR_ATLAS_DATA", QFile::encodeName(QFileInfo(bundle).absolutePath()));
    QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas Tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

/// The canvas shows a complete frame and renders nothing (no waiting).
inline bool frameDone(ui::MainWindow& w)
{
    return w.canvas()->isFrameComplete() && !w.canvas()->isRendering();
}

/// Waits until the model is solved for the current state and that frame is on screen.
inline bool modelSettled(ui::MainWindow& w, int timeoutMs = 30000)
{
    return waitUntil([&] {
        ui::ModelSession* s = w.modelSession();
        return s->latest() && !s->isSolving() && frameDone(w);
    }, timeoutMs);
}

/// Opens `path` and waits for projectOpened and a complete frame (and, with `withModel`, the solved model).
inline bool openProjectAndWait(ui::MainWindow& w, const QString& path, bool withModel, int timeoutMs = 30000)
{
    QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
    w.openProject(path);
    if (!opened.wait(timeoutMs))
        return false;
    return withModel ? modelSettled(w, timeoutMs) : waitUntil([&] { return frameDone(w); }, timeoutMs);
}

} // namespace corridor::test
