#include "app/cli/cli.h"

#include "app/cli/cli_common.h"
#include "app/cli/export_command.h"
#include "app/cli/info_command.h"
#include "app/cli/solve_command.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <array>

namespace corridor::cli {

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command {
    const char* name;
    int (*run)(const QStringList& args);
    bool needsGui; // draws with Qt Gui (needs a QGuiApplication; offscreen is fine)
};

// One row per sub-command; each lives in its own <name>_command.cpp.
constexpr std::array kCommands{
    Command{"info", &runInfo, false},
    Command{"export", &runExport, true},
    Command{"solve", &runSolve, false},
};

const Command* find(const QString& name)
{
    for (const Command& c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

bool isCliCommand(const QStringList& args) { return !args.isEmpty() && find(args[0]); }

bool commandNeedsGui(const QStringList& args)
{
    const Command* c = args.isEmpty() ? nullptr : find(args[0]);
    return c && c->needsGui;
}

int runCli(const QStringList& args)
{
    const Command* c = args.isEmpty() ? nullptr : find(args[0]);
    if (!c)
        return fail(Cli::tr("unknown command \"%1\"").arg(args.value(0)));
    return c->run(args.mid(1));
}

QString bundledProjectPath()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("CORRIDOR_ATLAS_DATA");
    if (!env.isEmpty())
        candidates << QDir(env).filePath(QStringLiteral("corridor.gpkg"));
    const QDir exeDir(QCoreApplication::applicationDirPath());
    candidates << exeDir.filePath(QStringLiteral("../resources/corridor.gpkg"))
               << exeDir.filePath(QStringLiteral("../share/corridor-atlas/corridor.gpkg"));
    for (const QString& c : candidates)
        if (QFileInfo(c).isFile())
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

} // namespace corridor::cli
