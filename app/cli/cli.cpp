#include "app/cli/cli.h"

#include "app/cli/export_command.h"
#include "geo/vector_dataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace corridor::cli {

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int info(const QStringList& args);
    static int exportCommand(const QStringList& args);
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message)
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 2;
}

QString formatNumber(double v) { return QString::number(v, 'f', std::abs(v) < 1000 ? 6 : 2); }

int Cli::info(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Print the layers of a vector file: geometry type, CRS, feature count, extent."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...)."));
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("info")} + args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return fail(tr("info takes exactly one FILE"));
    auto ds = geo::VectorDataset::open(pos[0]);
    if (!ds)
        return fail(ds.error().toString());
    out() << tr("File: %1").arg(pos[0]) << '\n' << tr("Driver: %1").arg((*ds)->driverName()) << '\n';
    for (int i = 0; i < (*ds)->layerCount(); ++i) {
        auto info = (*ds)->layerInfo(i);
        if (!info)
            return fail(info.error().toString());
        out() << '\n' << tr("Layer %1: %2").arg(i + 1).arg(info->name) << '\n';
        out() << "  " << tr("Geometry: %1").arg(info->geometryTypeName) << '\n';
        out() << "  " << tr("CRS: %1").arg(info->crs ? info->crs->displayName() + QStringLiteral(" (") + info->crs->name() + QLatin1Char(')')
                                                    : tr("none")) << '\n';
        out() << "  " << tr("Features: %1").arg(info->featureCount) << '\n';
        if (!info->extent.isNull())
            out() << "  " << tr("Extent: %1, %2 : %3, %4")
                                 .arg(formatNumber(info->extent.minX), formatNumber(info->extent.minY),
                                      formatNumber(info->extent.maxX), formatNumber(info->extent.maxY)) << '\n';
        QStringList fields;
        for (const auto& f : info->fields)
            fields << f.name + QStringLiteral(" (") + QString::fromLatin1(geo::fieldTypeName(f.type)) + QLatin1Char(')');
        out() << "  " << tr("Fields: %1").arg(fields.isEmpty() ? tr("none") : fields.join(QStringLiteral(", "))) << '\n';
        for (const QString& w : info->warnings)
            out() << "  " << tr("Warning: %1").arg(w) << '\n';
    }
    out().flush();
    return 0;
}

int Cli::exportCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Draw a project (default: the bundled corridor project) to an image."));
    p.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file (GeoPackage or any vector file)."), QStringLiteral("[PROJECT]"));
    QCommandLineOption outOpt(QStringLiteral("out"), tr("Output file (.png)."), QStringLiteral("FILE"));
    QCommandLineOption sizeOpt(QStringLiteral("size"), tr("Image size in pixels, WxH (default 2000x1250)."), QStringLiteral("WxH"));
    p.addOption(outOpt);
    p.addOption(sizeOpt);
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("export")} + args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    ExportOptions o;
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1)
        return fail(tr("export takes at most one PROJECT"));
    o.projectPath = pos.isEmpty() ? bundledProjectPath() : pos[0];
    if (o.projectPath.isEmpty())
        return fail(tr("the bundled corridor project was not found; give a PROJECT file"));
    if (!p.isSet(outOpt))
        return fail(tr("--out FILE is required"));
    o.outPath = p.value(outOpt);
    if (p.isSet(sizeOpt)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,6})[xX](\\d{1,6})$"));
        const auto m = re.match(p.value(sizeOpt));
        if (!m.hasMatch())
            return fail(tr("--size must look like 1920x1080, not \"%1\"").arg(p.value(sizeOpt)));
        o.sizePx = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const auto st = exportMap(o);
    if (!st)
        return fail(st.error().toString());
    QTextStream err(stderr);
    for (const QString& w : *st)
        err << QCoreApplication::applicationName() << ": " << tr("warning: %1").arg(w) << Qt::endl;
    return 0;
}

} // namespace

bool isCliCommand(const QStringList& args)
{
    return !args.isEmpty() && (args[0] == QLatin1String("info") || args[0] == QLatin1String("export"));
}

int runCli(const QStringList& args)
{
    const QStringList rest = args.mid(1);
    if (args.value(0) == QLatin1String("info"))
        return Cli::info(rest);
    if (args.value(0) == QLatin1String("export"))
        return Cli::exportCommand(rest);
    return fail(Cli::tr("unknown command \"%1\"").arg(args.value(0)));
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
