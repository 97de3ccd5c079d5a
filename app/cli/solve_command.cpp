#include "app/cli/solve_command.h"

#include "app/cli/cli_common.h"
#include "model/database.h"
#include "model/flow_solver.h"
#include "model/flow_tracing.h"
#include "model/model_store.h"
#include "model/network_json.h"
#include "model/outage_sweep.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace corridor::cli {

namespace {

using namespace corridor::model;

class Solve {
    Q_DECLARE_TR_FUNCTIONS(Solve)
public:
    static int run(const QStringList& args);
};

/// Solver noise (1e-13 and the like) printed as 0, so that scripts can compare with ==.
double clean(double v) { return std::abs(v) < 1e-9 ? 0.0 : v; }

QJsonObject originObject(const std::map<QString, double>& m)
{
    QJsonObject o;
    for (const auto& [k, v] : m)
        o.insert(k, clean(v));
    return o;
}

Result<NetworkDocument> loadDocument(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::Io, Solve::tr("no such file"), path};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, f.errorString(), path};
    const QByteArray head = f.peek(64).trimmed();
    f.close();
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || head.startsWith('{') || head.startsWith('['))
        return readNetworkJson(path);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    return loadModel(*db);
}

QJsonObject resultJson(const Network& net, const FlowResult& r, const std::vector<RegionSummary>& regions)
{
    QJsonArray links;
    for (std::size_t i = 0; i < r.links.size(); ++i) {
        const LinkResult& l = r.links[i];
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("from"), net.links[i].from},
                      {QStringLiteral("to"), net.links[i].to},
                      {QStringLiteral("flow"), clean(l.flow)},
                      {QStringLiteral("capacity"), l.capacity},
                      {QStringLiteral("utilisation"), clean(l.utilisation)},
                      {QStringLiteral("cost"), l.cost},
                      {QStringLiteral("binding"), l.binding},
                      {QStringLiteral("bottleneck"), l.bottleneck},
                      {QStringLiteral("outage"), l.outage}};
        if (!net.links[i].featureId.isEmpty())
            o.insert(QStringLiteral("feature_id"), net.links[i].featureId);
        links.append(o);
    }
    QJsonArray nodes;
    for (std::size_t j = 0; j < r.nodes.size(); ++j) {
        const NodeResult& n = r.nodes[j];
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("demand"), n.demand},
                      {QStringLiteral("served"), clean(n.served)},
                      {QStringLiteral("unserved"), clean(n.unserved)},
                      {QStringLiteral("supplied"), clean(n.supplied)},
                      {QStringLiteral("inflow"), clean(n.inflow)},
                      {QStringLiteral("outflow"), clean(n.outflow)},
                      {QStringLiteral("served_by_origin"), originObject(n.servedByOrigin)}};
        if (net.nodes[j].kind == NodeKind::Plant)
            o.insert(QStringLiteral("converted"), clean(n.converted));
        if (!net.nodes[j].country.isEmpty())
            o.insert(QStringLiteral("country"), net.nodes[j].country);
        if (!net.nodes[j].commodity.isEmpty())
            o.insert(QStringLiteral("commodity"), net.nodes[j].commodity);
        nodes.append(o);
    }
    QJsonArray regs;
    for (const RegionSummary& s : regions) {
        QJsonArray countries;
        for (const CountrySummary& c : s.countries)
            countries.append(QJsonObject{{QStringLiteral("country"), c.country},
                                         {QStringLiteral("inflow"), clean(c.inflow)},
                                         {QStringLiteral("outflow"), clean(c.outflow)},
                                         {QStringLiteral("demand"), c.demand},
                                         {QStringLiteral("served"), clean(c.served)},
                                         {QStringLiteral("unserved"), clean(c.unserved)},
                                         {QStringLiteral("served_by_origin"), originObject(c.servedByOrigin)}});
        regs.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("commodity"), s.commodity},
                                {QStringLiteral("inflow"), clean(s.inflow)},
                                {QStringLiteral("outflow"), clean(s.outflow)},
                                {QStringLiteral("transit"), clean(s.transit)},
                                {QStringLiteral("demand"), s.demand},
                                {QStringLiteral("served"), clean(s.served)},
                                {QStringLiteral("unserved"), clean(s.unserved)},
                                {QStringLiteral("inflow_by_origin"), originObject(s.inflowByOrigin)},
                                {QStringLiteral("served_by_origin"), originObject(s.servedByOrigin)},
                                {QStringLiteral("countries"), countries}});
    }
    QJsonObject byCommodity;
    for (const auto& [c, v] : r.servedByCommodity)
        byCommodity.insert(c.isEmpty() ? QStringLiteral("-") : c, clean(v));
    QJsonArray outages;
    QStringList out(r.outages.begin(), r.outages.end());
    out.sort();
    for (const QString& id : out)
        outages.append(id);
    return QJsonObject{{QStringLiteral("solver"), backendName(r.backend)},
                       {QStringLiteral("outages"), outages},
                       {QStringLiteral("total_served"), clean(r.totalServed)},
                       {QStringLiteral("total_demand"), r.totalDemand},
                       {QStringLiteral("total_unserved"), clean(r.totalDemand - r.totalServed)},
                       {QStringLiteral("total_cost"), clean(r.totalCost)},
                       {QStringLiteral("served_by_commodity"), byCommodity},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("regions"), regs}};
}

QString num(double v) { return QString::number(clean(v), 'g', 8); }

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void printCsv(const Network& net, const FlowResult& r, const std::vector<RegionSummary>& regions, const OutageSweep* sweep)
{
    QTextStream& o = out();
    o << "record,id,flow,capacity,utilisation,binding,bottleneck,demand,served,unserved,origin,served_loss,cost_change\n";
    for (const LinkResult& l : r.links)
        o << "link," << csvField(l.id) << ',' << num(l.flow) << ',' << num(l.capacity) << ',' << num(l.utilisation) << ','
          << int(l.binding) << ',' << int(l.bottleneck) << ",,,,,,\n";
    for (std::size_t j = 0; j < r.nodes.size(); ++j) {
        const NodeResult& n = r.nodes[j];
        QStringList origins;
        for (const auto& [k, v] : n.servedByOrigin)
            origins << k + QLatin1Char('=') + num(v);
        o << "node," << csvField(n.id) << ",,,,,," << num(n.demand) << ',' << num(n.served) << ',' << num(n.unserved) << ','
          << csvField(origins.join(QLatin1Char(';'))) << ",,\n";
    }
    for (const RegionSummary& s : regions) {
        QStringList origins;
        for (const auto& [k, v] : s.inflowByOrigin)
            origins << k + QLatin1Char('=') + num(v);
        o << "region," << csvField(s.name + QLatin1Char('/') + s.commodity) << ',' << num(s.inflow) << ",,,,," << num(s.demand)
          << ',' << num(s.served) << ',' << num(s.unserved) << ',' << csvField(origins.join(QLatin1Char(';'))) << ",,\n";
        for (const CountrySummary& c : s.countries) {
            QStringList co;
            for (const auto& [k, v] : c.servedByOrigin)
                co << k + QLatin1Char('=') + num(v);
            o << "country," << csvField(s.name + QLatin1Char('/') + s.commodity + QLatin1Char('/') + c.country) << ','
              << num(c.inflow) << ",,,,," << num(c.demand) << ',' << num(c.served) << ',' << num(c.unserved) << ','
              << csvField(co.join(QLatin1Char(';'))) << ",,\n";
        }
    }
    if (sweep)
        for (const OutageImpact& i : sweep->ranking)
            o << "outage," << csvField(i.linkId) << ",,,,,,,,,," << num(i.servedLoss) << ',' << num(i.costChange) << '\n';
    o << "total,,,,,,," << num(r.totalDemand) << ',' << num(r.totalServed) << ',' << num(r.totalDemand - r.totalServed)
      << ",,," << num(r.totalCost) << '\n';
    Q_UNUSED(net);
}

void printTable(const Network& net, const FlowResult& r, const std::vector<RegionSummary>& regions, const OutageSweep* sweep)
{
    QTextStream& o = out();
    auto pad = [](const QString& s, int w) { return s.leftJustified(w); };
    auto rnum = [](double v, int w) { return QString::number(clean(v), 'f', 3).rightJustified(w); };
    o << Solve::tr("Solver: %1").arg(backendName(r.backend)) << '\n';
    o << Solve::tr("Served %1 of %2 (unserved %3); total cost %4")
             .arg(num(r.totalServed), num(r.totalDemand), num(r.totalDemand - r.totalServed), num(r.totalCost))
      << "\n\n";
    o << pad(Solve::tr("Link"), 10) << pad(Solve::tr("From"), 12) << pad(Solve::tr("To"), 12) << Solve::tr("      Flow  Capacity  Util.  Note")
      << '\n';
    for (std::size_t i = 0; i < r.links.size(); ++i) {
        const LinkResult& l = r.links[i];
        QString note = l.outage ? Solve::tr("outage") : l.bottleneck ? Solve::tr("bottleneck") : l.binding ? Solve::tr("binding") : QString();
        o << pad(l.id, 10) << pad(net.links[i].from, 12) << pad(net.links[i].to, 12) << rnum(l.flow, 10) << rnum(l.capacity, 10)
          << QString::number(100.0 * l.utilisation, 'f', 0).rightJustified(6) << "%  " << note << '\n';
    }
    o << '\n' << pad(Solve::tr("Node"), 14) << Solve::tr("    Demand    Served  Unserved  Origin of served") << '\n';
    for (const NodeResult& n : r.nodes) {
        if (n.demand <= 0.0)
            continue;
        QStringList origins;
        for (const auto& [k, v] : n.servedByOrigin)
            origins << QStringLiteral("%1 %2").arg(k, QString::number(v, 'f', 3));
        o << pad(n.id, 14) << rnum(n.demand, 10) << rnum(n.served, 10) << rnum(n.unserved, 10) << "  " << origins.join(QStringLiteral(", "))
          << '\n';
    }
    if (!regions.empty()) {
        o << '\n' << Solve::tr("Regions") << '\n';
        for (const RegionSummary& s : regions) {
            QStringList origins;
            for (const auto& [k, v] : s.inflowByOrigin)
                origins << QStringLiteral("%1 %2").arg(k, QString::number(v, 'f', 3));
            o << "  " << s.name << " (" << (s.commodity.isEmpty() ? QStringLiteral("-") : s.commodity) << "): "
              << Solve::tr("inflow %1, outflow %2, served %3 of %4; inflow origin: %5")
                     .arg(num(s.inflow), num(s.outflow), num(s.served), num(s.demand), origins.join(QStringLiteral(", ")))
              << '\n';
            for (const CountrySummary& c : s.countries) {
                QStringList co;
                for (const auto& [k, v] : c.servedByOrigin)
                    co << QStringLiteral("%1 %2").arg(k, QString::number(v, 'f', 3));
                o << "    " << pad(c.country, 4)
                  << Solve::tr("inflow %1, served %2 of %3; origin: %4").arg(num(c.inflow), num(c.served), num(c.demand), co.join(QStringLiteral(", ")))
                  << '\n';
            }
        }
    }
    if (sweep) {
        o << '\n' << Solve::tr("N-1 outages ranked by demand lost") << '\n';
        int rank = 1;
        for (const OutageImpact& i : sweep->ranking)
            o << QString::number(rank++).rightJustified(4) << "  " << pad(i.linkId, 10)
              << Solve::tr("lost %1, cost change %2").arg(num(i.servedLoss), num(i.costChange)) << '\n';
    }
}

int Solve::run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Solve the network model: maximise served demand, then minimise total cost, within capacities. "
           "Without --scenario a project's first scenario is solved (a JSON network without scenarios: its own values)."));
    p.addPositionalArgument(QStringLiteral("NETWORK"), tr("A project GeoPackage with a model, or a NETWORK.json."));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), tr("Scenario to solve."), QStringLiteral("NAME"));
    const QCommandLineOption outageOpt(QStringLiteral("outage"), tr("Links out of service (comma-separated ids; repeatable)."),
                                       QStringLiteral("ID[,ID...]"));
    const QCommandLineOption n1Opt(QStringLiteral("n-1"), tr("Rank every single-link outage by the demand lost."));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("Output: json, csv or table (default)."), QStringLiteral("FORMAT"),
                                       QStringLiteral("table"));
    const QCommandLineOption solverOpt(QStringLiteral("solver"), tr("auto (default), clp or lemon."), QStringLiteral("NAME"),
                                       QStringLiteral("auto"));
    p.addOptions({scenarioOpt, outageOpt, n1Opt, formatOpt, solverOpt});
    p.addHelpOption();
    if (const auto done = parseCommandLine(p, QStringLiteral("solve"), args))
        return *done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return fail(tr("solve takes exactly one PROJECT.gpkg or NETWORK.json"));
    const QString format = p.value(formatOpt);
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("table"))
        return fail(tr("unknown format \"%1\" (json, csv or table)").arg(format));
    SolveOptions options;
    const QString solver = p.value(solverOpt);
    if (solver == QLatin1String("clp"))
        options.backend = SolverBackend::Lp;
    else if (solver == QLatin1String("lemon"))
        options.backend = SolverBackend::NetworkSimplex;
    else if (solver != QLatin1String("auto"))
        return fail(tr("unknown solver \"%1\" (auto, clp or lemon)").arg(solver));
    for (const QString& v : p.values(outageOpt))
        for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.outages.insert(id.trimmed());

    auto doc = loadDocument(pos[0]);
    if (!doc)
        return fail(doc.error().toString());
    Network net = doc->network;
    QString scenario;
    if (p.isSet(scenarioOpt)) {
        scenario = p.value(scenarioOpt);
        if (!doc->scenarios.find(scenario))
            return fail(tr("%1: no scenario called \"%2\" (available: %3)")
                            .arg(pos[0], scenario, doc->scenarios.isEmpty() ? tr("none") : doc->scenarios.names().join(QStringLiteral(", "))));
    } else if (!doc->scenarios.isEmpty()) {
        scenario = doc->scenarios.names().first();
    }
    if (!scenario.isEmpty()) {
        auto applied = doc->scenarios.apply(doc->network, scenario);
        if (!applied)
            return fail(QStringLiteral("%1: %2").arg(pos[0], applied.error().message));
        net = std::move(*applied);
    }

    std::optional<OutageSweep> sweep;
    FlowResult result;
    if (p.isSet(n1Opt)) {
        auto s = sweepSingleOutages(net, options);
        if (!s)
            return fail(QStringLiteral("%1: %2").arg(pos[0], s.error().message));
        result = s->base;
        sweep = std::move(*s);
    } else {
        auto r = solveFlow(net, options);
        if (!r)
            return fail(QStringLiteral("%1: %2").arg(pos[0], r.error().message));
        result = std::move(*r);
    }
    const std::vector<RegionSummary> regions = summariseRegions(net, result);

    if (format == QLatin1String("json")) {
        QJsonObject o = resultJson(net, result, regions);
        o.insert(QStringLiteral("scenario"), scenario.isEmpty() ? QJsonValue() : QJsonValue(scenario));
        if (sweep) {
            QJsonArray ranking;
            for (const OutageImpact& i : sweep->ranking) {
                QJsonObject lost;
                for (const auto& [c, v] : i.lossByCommodity)
                    lost.insert(c.isEmpty() ? QStringLiteral("-") : c, clean(v));
                ranking.append(QJsonObject{{QStringLiteral("link"), i.linkId},
                                           {QStringLiteral("served_loss"), clean(i.servedLoss)},
                                           {QStringLiteral("unserved_total"), clean(i.unservedTotal)},
                                           {QStringLiteral("cost_change"), clean(i.costChange)},
                                           {QStringLiteral("loss_by_commodity"), lost}});
            }
            o.insert(QStringLiteral("n_1"), ranking);
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        printCsv(net, result, regions, sweep ? &*sweep : nullptr);
    } else {
        if (!scenario.isEmpty())
            out() << tr("Scenario: %1").arg(scenario) << '\n';
        printTable(net, result, regions, sweep ? &*sweep : nullptr);
    }
    out().flush();
    return 0;
}

} // namespace

int runSolve(const QStringList& args) { return Solve::run(args); }

} // namespace corridor::cli
