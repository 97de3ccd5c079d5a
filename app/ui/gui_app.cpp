#include "app/ui/gui_app.h"

#include "app/cli/cli.h"
#include "app/ui/app_settings.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/theme.h"

#include <QTimer>

#include <QApplication>
#include <QFileInfo>

namespace corridor::ui {

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString startupProject(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QStringList recent = AppSettings::recentProjects();
    if (!recent.isEmpty() && QFileInfo(recent.first()).isFile())
        return recent.first();
    return cli::bundledProjectPath();
}

int runGui(const QString& commandLinePath)
{
    applyTheme(AppSettings::theme());
    MainWindow window;
    if (!window.restoreGeometry(AppSettings::windowGeometry()))
        window.resize(1400, 900);
    window.restoreState(AppSettings::windowState());
    // Start reading the project before the window is laid out and painted: both take a while.
    const QString project = startupProject(commandLinePath);
    if (!project.isEmpty())
        window.openProject(project);
    window.show();
    // CORRIDOR_ATLAS_SCREENSHOT=FILE.png: save the window once the first complete frame is on screen,
    // then quit (documentation screenshots; also a smoke test of the whole start-up).
    const QString shot = qEnvironmentVariable("CORRIDOR_ATLAS_SCREENSHOT");
    if (!shot.isEmpty()) {
        QObject::connect(window.canvas(), &MapCanvas::frameRendered, &window, [&window, shot] {
            QTimer::singleShot(400, &window, [&window, shot] {
                window.grab().save(shot);
                QApplication::quit();
            });
        }, Qt::SingleShotConnection);
    }
    return QApplication::exec();
}

} // namespace corridor::ui
