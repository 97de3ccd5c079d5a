#include "app/cli/export_command.h"

#include "app/cli/cli.h"
#include "app/cli/cli_common.h"
#include "app/render/map_export.h"
#include "app/render/style_store.h"
#include "geo/crs.h"
#include "geo/crs_transform.h"
#include "model/database.h"
#include "model/flow_solver.h"
#include "model/model_store.h"
#include "model/scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

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
/// The project's network model under `options.scenario` (with `options.outages`), solved, as a flow
/// overlay in `mapCrs`; with `options.compare`, the difference to that reference scenario.
geo::Result<render::FlowOverlay> scenarioFlows(const ExportOptions& options, const geo::Project& project, const geo::Crs& mapCrs)
{
    const auto noScenario = [&](const QString& name, const QStringList& available) {
        return geo::Error{geo::ErrorCode::NotFound,
                          available.isEmpty()
                              ? ExportText::tr("no scenario called \"%1\": the project has no network model (available scenarios: none)")
                                    .arg(name)
                              : ExportText::tr("no scenario called \"%1\" (available scenarios: %2)")
                                    .arg(name, available.join(QStringLiteral(", "))),
                          options.projectPath};
    };
    if (QFileInfo(options.projectPath).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0)
        return noScenario(options.scenario, {});
    auto db = model::Database::open(options.projectPath, model::Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    if (!model::hasModel(*db))
        return noScenario(options.scenario, {});
    auto doc = model::loadModel(*db);
    if (!doc)
        return doc.error();
    for (const QString& name : {options.scenario, options.compare})
        if (!name.isEmpty() && !doc->scenarios.find(name))
            return noScenario(name, doc->scenarios.names());

    // Outages: every id checked here, so that the message can list the valid ones (briefly).
    QStringList unknown;
    for (const QString& id : options.outages)
        if (doc->network.linkIndex(id) < 0 && !unknown.contains(id))
            unknown << id;
    if (!unknown.isEmpty()) {
        QStringList valid;
        for (const model::Link& l : doc->network.links)
            valid << l.id;
        constexpr int kListed = 40;
        QString listed = valid.mid(0, kListed).join(QStringLiteral(", "));
        if (valid.size() > kListed)
            listed += QStringLiteral(", …");
        return geo::Error{geo::ErrorCode::NotFound,
                          ExportText::tr("--outage: %n unknown link id(s): %1 (valid ids: %2)", nullptr, static_cast<int>(unknown.size()))
                              .arg(unknown.join(QStringLiteral(", ")), listed),
                          options.projectPath};
    }

    const auto solved = [&](const QString& name, const QStringList& outages)
        -> geo::Result<std::pair<model::Network, model::FlowResult>> {
        auto network = doc->scenarios.apply(doc->network, name);
        if (!network)
            return network.error();
        model::SolveOptions solve;
        solve.traceOrigins = false; // the map shows flows only
        solve.outages = QSet<QString>(outages.begin(), outages.end());
        auto result = model::solveFlow(*network, solve);
        if (!result)
            return geo::Error{result.error().code,
                              ExportText::tr("scenario \"%1\" cannot be solved: %2").arg(name, result.error().message),
                              options.projectPath};
        return std::pair{std::move(*network), std::move(*result)};
    };
    auto current = solved(options.scenario, options.outages);
    if (!current)
        return current.error();
    std::vector<geo::LayerDataPtr> featureLayers;
    for (const char* name : {"gas_pipelines", "power_links"})
        if (auto l = project.layer(QLatin1String(name)))
            featureLayers.push_back(l);
    render::FlowStyle style;
    style.gasUnit = options.flowUnit;
    if (options.compare.isEmpty())
        return render::buildFlowOverlay(current->first, current->second, featureLayers, mapCrs, style);
    // Δ = scenario − reference: the reference solved as it is (outages apply to the scenario drawn).
    auto reference = solved(options.compare, {});
    if (!reference)
        return reference.error();
    style.scenarioName = options.scenario;
    style.referenceName = options.compare;
    return render::buildFlowDifference(current->first, reference->second, current->second, featureLayers, mapCrs, style);
}
} // namespace

geo::Result<geo::Envelope> parseExtent(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const auto bad = [&](const QString& why) {
        return geo::Error{geo::ErrorCode::InvalidArgument, ExportText::tr("bad --extent \"%1\": %2").arg(text, why), {}};
    };
    if (parts.size() != 4)
        return bad(ExportText::tr("expected minlon,minlat,maxlon,maxlat"));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return bad(ExportText::tr("\"%1\" is not a number").arg(parts[i]));
    }
    if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90)
        return bad(ExportText::tr("longitudes must be within -180..180 and latitudes within -90..90"));
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        return bad(ExportText::tr("the minimum must be less than the maximum"));
    return geo::Envelope(v[0], v[1], v[2], v[3]);
}

geo::Result<QStringList> exportMap(const ExportOptions& options)
{
    if (!render::exportFormatFor(options.outPath))
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          ExportText::tr("unsupported output format \"%1\" (use .pdf, .svg or .png)").arg(QFileInfo(options.outPath).suffix()),
                          options.outPath};
    render::PageSetup page = options.page;
    if (options.sizePx.isValid() && !page.pixels.isValid())
        page.pixels = options.sizePx;
    const QSize px = page.pixels;
    if (px.isValid() && (px.width() < 16 || px.height() < 16 || px.width() > 20000 || px.height() > 20000))
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          ExportText::tr("image size must be between 16 and 20000 pixels per side"), {}};
    if (page.dpi < 10 || page.dpi > 2400)
        return geo::Error{geo::ErrorCode::InvalidArgument, ExportText::tr("--dpi must be between 10 and 2400"), {}};

    geo::Crs mapCrs = geo::Crs::etrs89Laea();
    if (!options.crs.isEmpty()) {
        auto c = geo::Crs::fromUserInput(options.crs);
        if (!c)
            return geo::Error{geo::ErrorCode::Crs, ExportText::tr("unknown map CRS \"%1\": %2").arg(options.crs, c.error().message), {}};
        mapCrs = *c;
    }

    auto project = geo::loadProject(options.projectPath);
    if (!project)
        return project.error();

    for (const QString& name : options.layers)
        if (!project->layer(name))
            return geo::Error{geo::ErrorCode::NotFound, ExportText::tr("no layer \"%1\" in the project").arg(name), options.projectPath};

    // Styles saved in the project GeoPackage win over the defaults (a file without any is fine).
    QHash<QString, render::LayerStyle> saved;
    if (QFileInfo(options.projectPath).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0) {
        auto st = render::loadStyles(options.projectPath);
        if (st)
            saved = *st;
        else
            project->warnings << ExportText::tr("saved styles ignored: %1").arg(st.error().message);
    }

    render::ExportRequest rq;
    rq.crs = mapCrs;
    for (const auto& layer : project->layers) {
        auto projected = render::ProjectedLayer::create(layer, mapCrs);
        if (!projected)
            return projected.error();
        render::RenderLayer rl{*projected, saved.value(layer->name, render::defaultStyle(*layer))};
        if (layer->name == QLatin1String("countries"))
            rq.insetLayers.push_back(rl);
        if (!options.layers.isEmpty() && !options.layers.contains(layer->name))
            continue;
        rq.layers.push_back(std::move(rl));
    }
    if (rq.layers.empty())
        return geo::Error{geo::ErrorCode::Empty, ExportText::tr("the project has no layers to draw"), options.projectPath};

    if (!options.scenario.isEmpty()) {
        auto flows = scenarioFlows(options, *project, mapCrs);
        if (!flows)
            return flows.error();
        rq.flows = std::make_shared<const render::FlowOverlay>(std::move(*flows));
        // The infrastructure the flows run on, muted: the flows are the subject, the lines underneath
        // (and those without flow) stay readable as context.
        for (auto& rl : rq.layers)
            if (rl.layer->source().name == QLatin1String("gas_pipelines") || rl.layer->source().name == QLatin1String("power_links"))
                rl.style.opacity *= 0.5;
    }

    if (options.extentLonLat) {
        auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), mapCrs);
        if (!tr)
            return tr.error();
        rq.extent = (*tr)->transformEnvelope(*options.extentLonLat, false, 41);
        if (rq.extent.isNull() || rq.extent.width() <= 0 || rq.extent.height() <= 0)
            return geo::Error{geo::ErrorCode::InvalidArgument,
                              ExportText::tr("the extent cannot be shown in %1").arg(mapCrs.displayName()), {}};
    } else {
        rq.extent = overviewExtent(rq.layers);
    }

    rq.page = page;
    rq.outPath = options.outPath;
    rq.graticule.enabled = options.graticule;
    render::LayoutSpec& ls = rq.layout;
    ls.title = options.title;
    ls.subtitle = options.subtitle;
    ls.inset = options.inset;
    ls.legend = options.legend;
    ls.attribution = render::briefingAttribution(mapCrs);
    render::fitLayoutToPage(ls, rq.page); // a thumbnail: just the map
    const auto done = render::exportLayout(rq);
    if (!done)
        return done.error();
    if (const int n = done->layout.legendEntriesOmitted; n > 0)
        project->warnings << ExportText::tr("the legend does not fit the page: %n entry(ies) left out (use a larger page, or --no-legend)",
                                            nullptr, n);
    return project->warnings;
}

namespace {
int ExportText::run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Draw a project (default: the bundled corridor project) as a briefing map: PDF, SVG or PNG."));
    p.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file (GeoPackage or any vector file)."), QStringLiteral("[PROJECT]"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("Output file: .pdf (vector), .svg (vector) or .png."), QStringLiteral("FILE"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), tr("Map title."), QStringLiteral("T"));
    const QCommandLineOption subtitleOpt(QStringLiteral("subtitle"), tr("Subtitle (default: the date)."), QStringLiteral("S"));
    const QCommandLineOption extentOpt(QStringLiteral("extent"), tr("Area to show, in degrees."), QStringLiteral("minlon,minlat,maxlon,maxlat"));
    const QCommandLineOption crsOpt(QStringLiteral("crs"), tr("Map CRS: EPSG code, PROJ string or WKT (default EPSG:3035, ETRS89-LAEA)."),
                                    QStringLiteral("CRS"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), tr("Paper A4, A3 or letter, or a pixel size WxH (default A4)."),
                                     QStringLiteral("A4|A3|letter|WxH"));
    const QCommandLineOption landscapeOpt(QStringLiteral("landscape"), tr("Landscape paper (the default)."));
    const QCommandLineOption portraitOpt(QStringLiteral("portrait"), tr("Portrait paper."));
    const QCommandLineOption dpiOpt(QStringLiteral("dpi"), tr("PNG resolution for paper sizes (default 300)."), QStringLiteral("N"));
    const QCommandLineOption layersOpt(QStringLiteral("layers"), tr("Only these layers, comma-separated."), QStringLiteral("a,b,c"));
    const QCommandLineOption graticuleOpt(QStringLiteral("graticule"), tr("Draw a graticule with degree labels."));
    const QCommandLineOption insetOpt(QStringLiteral("inset"), tr("Add an inset locator map."));
    const QCommandLineOption noLegendOpt(QStringLiteral("no-legend"), tr("Leave out the legend."));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
                                         tr("Solve the project's network model under this scenario and draw the flows "
                                            "(width by flow, colour by utilisation, arrows in the direction of flow)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption flowUnitsOpt(QStringLiteral("flow-units"), tr("Unit of gas flows with --scenario: bcm/yr (default), mcm/d or GWh/d."),
                                          QStringLiteral("UNIT"));
    const QCommandLineOption compareOpt(QStringLiteral("compare"),
                                        tr("With --scenario NAME: draw the change in flows against the reference scenario OTHER, "
                                           "Δ = NAME − OTHER (blue: more flow in NAME, red: less)."),
                                        QStringLiteral("OTHER"));
    const QCommandLineOption outageOpt(QStringLiteral("outage"),
                                       tr("With --scenario: links out of service before solving (comma-separated ids; repeatable); "
                                          "drawn as outages. With --compare they apply to NAME, not to the reference."),
                                       QStringLiteral("ID[,ID...]"));
    for (const auto* o : {&outOpt, &titleOpt, &subtitleOpt, &extentOpt, &crsOpt, &sizeOpt, &landscapeOpt, &portraitOpt, &dpiOpt,
                          &layersOpt, &graticuleOpt, &insetOpt, &noLegendOpt, &scenarioOpt, &flowUnitsOpt, &compareOpt, &outageOpt})
        p.addOption(*o);
    p.addHelpOption();
    if (const auto done = parseCommandLine(p, QStringLiteral("export"), args))
        return *done;
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
    if (p.isSet(scenarioOpt)) {
        o.scenario = p.value(scenarioOpt);
        if (o.scenario.trimmed().isEmpty())
            return fail(tr("--scenario needs a scenario name"));
    }
    if (p.isSet(flowUnitsOpt)) {
        if (o.scenario.isEmpty())
            return fail(tr("--flow-units only applies with --scenario"));
        const auto unit = model::gasUnitFromSymbol(p.value(flowUnitsOpt).trimmed());
        if (!unit)
            return fail(tr("--flow-units must be bcm/yr, mcm/d or GWh/d, not \"%1\"").arg(p.value(flowUnitsOpt)));
        o.flowUnit = *unit;
    }
    if (p.isSet(compareOpt)) {
        if (o.scenario.isEmpty())
            return fail(tr("--compare only applies with --scenario"));
        o.compare = p.value(compareOpt);
        if (o.compare.trimmed().isEmpty())
            return fail(tr("--compare needs a scenario name"));
    }
    if (p.isSet(outageOpt)) {
        if (o.scenario.isEmpty())
            return fail(tr("--outage only applies with --scenario"));
        for (const QString& v : p.values(outageOpt))
            for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!id.trimmed().isEmpty() && !o.outages.contains(id.trimmed()))
                    o.outages << id.trimmed();
        if (o.outages.isEmpty())
            return fail(tr("--outage needs at least one link id"));
    }
    o.title = p.isSet(titleOpt) ? p.value(titleOpt) : tr("Azerbaijan–Serbia energy corridor");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (p.isSet(subtitleOpt))
        o.subtitle = p.value(subtitleOpt);
    else if (!o.compare.isEmpty() && !o.outages.isEmpty())
        o.subtitle = tr("Change in flows: scenario \"%1\" with %2 out of service, minus \"%3\" · %4")
                         .arg(o.scenario, o.outages.join(QStringLiteral(", ")), o.compare, today);
    else if (!o.compare.isEmpty())
        o.subtitle = tr("Change in modelled flows: scenario \"%1\" minus reference \"%2\" · %3").arg(o.scenario, o.compare, today);
    else if (!o.outages.isEmpty())
        o.subtitle = tr("Modelled flows, scenario \"%1\" with %2 out of service · %3").arg(o.scenario, o.outages.join(QStringLiteral(", ")), today);
    else if (!o.scenario.isEmpty())
        o.subtitle = tr("Modelled flows, scenario \"%1\" · %2").arg(o.scenario, today);
    else
        o.subtitle = tr("Gas, oil, power and air links · %1").arg(today);
    if (p.isSet(extentOpt)) {
        auto e = parseExtent(p.value(extentOpt));
        if (!e)
            return fail(e.error().toString());
        o.extentLonLat = *e;
    }
    o.crs = p.value(crsOpt);
    if (p.isSet(landscapeOpt) && p.isSet(portraitOpt))
        return fail(tr("--landscape and --portrait exclude each other"));
    o.page.landscape = !p.isSet(portraitOpt);
    if (p.isSet(sizeOpt)) {
        const QString s = p.value(sizeOpt).trimmed();
        static const QRegularExpression re(QStringLiteral("^(\\d{1,6})[xX](\\d{1,6})$"));
        const auto m = re.match(s);
        if (s.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            o.page.paper = QPageSize::A4;
        else if (s.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
            o.page.paper = QPageSize::A3;
        else if (s.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
            o.page.paper = QPageSize::Letter;
        else if (m.hasMatch())
            o.page.pixels = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        else
            return fail(tr("--size must be A4, A3, letter or a pixel size like 1920x1080, not \"%1\"").arg(s));
    }
    if (p.isSet(dpiOpt)) {
        bool ok = false;
        o.page.dpi = p.value(dpiOpt).toInt(&ok);
        if (!ok)
            return fail(tr("--dpi must be a whole number, not \"%1\"").arg(p.value(dpiOpt)));
    }
    if (p.isSet(layersOpt)) {
        for (const QString& l : p.value(layersOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.layers << l.trimmed();
        if (o.layers.isEmpty())
            return fail(tr("--layers needs at least one layer name"));
    }
    o.graticule = p.isSet(graticuleOpt);
    o.inset = p.isSet(insetOpt);
    o.legend = !p.isSet(noLegendOpt);
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
