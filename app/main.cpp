// corridor-atlas: desktop GIS for the Azerbaijan–Serbia energy corridor.
// Sub-commands (info, export) run headless; without one (or with just a project file) the desktop
// window opens (app/ui).

#include "app/cli/cli.h"
#include "app/ui/app_settings.h"
#include "app/ui/gui_app.h"
#include "translations/i18n.h"

#include <QApplication>
#include <QFileInfo>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace {
class Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
public:
    static QString usage()
    {
        return tr("Usage: corridor-atlas [PROJECT]          open the desktop window\n"
                  "       corridor-atlas COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  info FILE                       list the layers of a vector file\n"
                  "  export [PROJECT] --out FILE.pdf|.svg|.png [--size A4|A3|WxH]\n"
                  "                                  draw a project (default: the bundled corridor project)\n"
                  "  solve PROJECT|NETWORK.json [--scenario NAME] [--n-1]\n"
                  "                                  solve the network model and print flows\n"
                  "  COMMAND --help                  the options of one command\n"
                  "\n"
                  "Options:\n"
                  "  --lang CODE    interface language: en, sr, sr_Latn, az, ru (default: the system's)\n"
                  "  -h, --help     show this help and exit\n"
                  "  -v, --version  show version information and exit\n"
                  "\n"
                  "Exit status: 0 on success, 2 on bad input or a failure you can act on.\n"
                  "Full documentation: man corridor-atlas\n");
    }
    /// GNU style: name and version, then copyright and licence.
    static QString versionText()
    {
        return QStringLiteral("corridor-atlas %1\n").arg(QStringLiteral(CORRIDOR_VERSION))
            + tr("Copyright (C) 2026 The Corridor Atlas authors.\n"
                 "License MIT: <https://opensource.org/licenses/MIT>.\n"
                 "This is free software: you are free to change and redistribute it.\n"
                 "There is NO WARRANTY, to the extent permitted by law.\n"
                 "Country borders: Made with Natural Earth (public domain).\n");
    }
};
} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // --lang CODE / --lang=CODE, anywhere on the line (a global option): taken out before the commands
    // see their arguments; applied once the application object exists.
    QString lang;
    bool langGiven = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang")) {
            langGiven = true;
            lang = i + 1 < args.size() ? args[i + 1] : QString();
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            langGiven = true;
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    // Applies the language (GUI: --lang, else the setting, else the system's; CLI: --lang, else the
    // system's). A bad --lang is an error like any bad option.
    const auto applyLanguage = [&](bool gui) -> bool {
        const QString request = langGiven ? lang : gui ? corridor::ui::AppSettings::language() : QString();
        QString error;
        if (!corridor::i18n::setLanguage(request, &error).isEmpty())
            return true;
        if (!langGiven) { // a stale setting: fall back to the system's language
            corridor::i18n::setLanguage(QString());
            return true;
        }
        QTextStream(stderr) << "corridor-atlas: " << error << Qt::endl;
        return false;
    };

    const bool headless = corridor::cli::isCliCommand(args);
    // No sub-command, or a single existing file: the desktop window on that project.
    const bool gui = !headless
        && (args.isEmpty() || (args.size() == 1 && !args[0].startsWith(QLatin1Char('-')) && QFileInfo(args[0]).isFile()));
    if (gui) {
        if (!corridor::ui::displayAvailable()) {
            QTextStream err(stderr);
            err << "corridor-atlas: "
                << Main::tr("no display to open the window on (DISPLAY is not set); "
                            "use `corridor-atlas export --out FILE.png` to draw the map without one")
                << Qt::endl;
            return 2;
        }
        QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("corridor-atlas"));
        QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CORRIDOR_VERSION));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Corridor Atlas"));
        QGuiApplication::setDesktopFileName(QStringLiteral("corridor-atlas"));
        if (!applyLanguage(true))
            return 2;
        return corridor::ui::runGui(args.isEmpty() ? QString() : QFileInfo(args[0]).absoluteFilePath());
    }
    // Headless commands draw with Qt Gui but need no display.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Only drawing needs Qt Gui (and so a platform plugin); info, --version, --help and errors must work
    // on a machine without a display.
    const bool needsGui = corridor::cli::commandNeedsGui(args);
    // Headless runs (cron, containers, CI) often have no XDG_RUNTIME_DIR; Qt would warn on stderr and
    // break the one-line error contract. Give it a private one, as Qt itself would.
    if (headless && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-corridor-atlas-") + QString::number(getuid());
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corridor-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Corridor Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRIDOR_VERSION));
    if (!applyLanguage(false))
        return 2;

    if (headless)
        return corridor::cli::runCli(args);

    QTextStream out(stdout);
    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
        out << Main::versionText();
        out.flush();
        return 0;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << Main::usage();
        out.flush();
        return 0;
    }
    QTextStream err(stderr);
    err << "corridor-atlas: " << Main::tr("unknown command \"%1\"").arg(args[0]) << Qt::endl << Main::usage();
    return 2;
}
