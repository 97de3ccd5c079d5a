#include "app/cli/export_command.h"

#include "app/cli/cli.h"
#include "app/cli/cli_common.h"
#include "app/render/map_renderer.h"
#include "geo/crs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace corridor::cli {

namespace {
class ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
public:
    static int run(const QStringList& args);
};

/// The overview extent: every layer except area layers (countries would show all of the region),
/// falling back to everything when there is nothing else; with a margin of 6%.
geo::Envelope overviewExtent(const std::vector<render::RenderLayer>& layers)
{
    geo::Envelope e;
    for (const auto& l : layers)
        if (l.layer->source().geometryType != geo::GeometryType::Polygon)
            e.expand(l.layer->extent());
    if (e.isNull())
        for (const auto& l : layers)
            e.expand(l.layer->extent());
    const double m = 0.06 * std::max(e.width(), e.height());
    return e.buffered(m);
}
} // namespace

geo::Result<QStringList> exportMap(const ExportOptions& options)
{
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != QLatin1String("png"))
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          ExportText::tr("unsupported output format \"%1\" (use .png)").arg(suffix), options.outPath};
    if (options.sizePx.width() < 16 || options.sizePx.height() < 16 || options.sizePx.width() > 20000
        || options.sizePx.height() > 20000)
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          ExportText::tr("image size must be between 16 and 20000 pixels per side"), {}};

    auto project = geo::loadProject(options.projectPath);
    if (!project)
        return project.error();

    const geo::Crs mapCrs = geo::Crs::etrs89Laea();
    render::RenderSnapshot snap;
    for (const auto& layer : project->layers) {
        auto projected = render::ProjectedLayer::create(layer, mapCrs);
        if (!projected)
            return projected.error();
        snap.layers.push_back({*projected, render::defaultStyle(*layer)});
    }
    snap.viewport = render::Viewport(mapCrs, overviewExtent(snap.layers), options.sizePx);

    QImage image(options.sizePx, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    {
        QPainter painter(&image);
        render::renderMap(snap, painter);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(std::max(10, options.sizePx.height() / 90));
        painter.setFont(font);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRect box(0, 0, options.sizePx.width() - 8, options.sizePx.height() - 6);
        painter.drawText(box, Qt::AlignRight | Qt::AlignBottom,
                         ExportText::tr("Made with Natural Earth. Infrastructure: Corridor Atlas facts sheet (sources in layer attributes). %1")
                             .arg(mapCrs.displayName()));
    }

    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return geo::Error{geo::ErrorCode::Io, ExportText::tr("cannot write: %1").arg(file.errorString()), options.outPath};
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return geo::Error{geo::ErrorCode::Io, ExportText::tr("cannot write the image: %1").arg(writer.errorString()),
                          options.outPath};
    }
    if (!file.commit())
        return geo::Error{geo::ErrorCode::Io, ExportText::tr("cannot write: %1").arg(file.errorString()), options.outPath};
    return project->warnings;
}

namespace {
int ExportText::run(const QStringList& args)
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
    for (const QString& w : *st)
        warn(w);
    return 0;
}

} // namespace

int runExport(const QStringList& args) { return ExportText::run(args); }

} // namespace corridor::cli
