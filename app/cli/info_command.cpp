#include "app/cli/info_command.h"

#include "app/cli/cli_common.h"
#include "geo/vector_dataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace corridor::cli {

namespace {

class Info {
    Q_DECLARE_TR_FUNCTIONS(Info)
public:
    static int run(const QStringList& args);
};

QString formatNumber(double v) { return QString::number(v, 'f', std::abs(v) < 1000 ? 6 : 2); }

int Info::run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Print the layers of a vector file: geometry type, CRS, feature count, extent."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Any vector file GDAL reads (GeoPackage, GeoJSON, Shapefile, ...)."));
    p.addHelpOption();
    if (const auto done = parseCommandLine(p, QStringLiteral("info"), args))
        return *done;
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

} // namespace

int runInfo(const QStringList& args) { return Info::run(args); }

} // namespace corridor::cli
