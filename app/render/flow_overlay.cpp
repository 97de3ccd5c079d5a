#include "app/render/flow_overlay.h"

#include "geo/crs_transform.h"
#include "geo/geodesic.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace corridor::render {

namespace {

class FlowText {
    Q_DECLARE_TR_FUNCTIONS(FlowText)
};

// Geodesic fallback lines: a vertex every 25 km keeps the curve smooth in any projection at any scale
// a corridor map is drawn at, and a 3000 km link costs only 120 points.
constexpr double kGeodesicStepM = 25000.0;
// An end node "lies on" the feature when it is this close to it, relative to the feature's length: the
// link is then drawn only between the points nearest its end nodes (two links sharing one long pipeline,
// e.g. TANAP east and west of Eskişehir, each get their own stretch).
constexpr double kOnLineTolerance = 0.05;
// ...unless that stretch would be shorter than this share of the feature (both nodes near one end).
constexpr double kMinStretch = 0.1;

using Path = std::vector<QPointF>;

double dist(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

double pathLength(const Path& p)
{
    double l = 0;
    for (std::size_t i = 1; i < p.size(); ++i)
        l += dist(p[i - 1], p[i]);
    return l;
}

struct Projection {
    double along = 0.0;    // distance along the path to the nearest point
    double distance = 0.0; // from the point to the path
};

Projection project(const Path& p, QPointF q)
{
    Projection best{0.0, std::numeric_limits<double>::infinity()};
    double s = 0;
    for (std::size_t i = 1; i < p.size(); ++i) {
        const QPointF a = p[i - 1], b = p[i];
        const QPointF d = b - a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double t = 0;
        if (len2 > 0)
            t = std::clamp(((q.x() - a.x()) * d.x() + (q.y() - a.y()) * d.y()) / len2, 0.0, 1.0);
        const QPointF f = a + d * t;
        const double dd = dist(f, q);
        const double seg = std::sqrt(len2);
        if (dd < best.distance)
            best = {s + t * seg, dd};
        s += seg;
    }
    return best;
}

/// The part of `p` between arc lengths s0 < s1.
Path substring(const Path& p, double s0, double s1)
{
    Path out;
    double s = 0;
    for (std::size_t i = 1; i < p.size(); ++i) {
        const QPointF a = p[i - 1], b = p[i];
        const double seg = dist(a, b);
        const double e = s + seg;
        if (e >= s0 && s <= s1 && seg > 0) {
            const double t0 = std::clamp((s0 - s) / seg, 0.0, 1.0);
            const double t1 = std::clamp((s1 - s) / seg, 0.0, 1.0);
            const QPointF p0 = a + (b - a) * t0, p1 = a + (b - a) * t1;
            if (out.empty() || out.back() != p0)
                out.push_back(p0);
            if (out.back() != p1)
                out.push_back(p1);
        }
        s = e;
    }
    return out;
}

/// The line parts of one feature, in map units (non-finite points dropped).
std::vector<Path> featureParts(const geo::LayerData& layer, std::size_t row, const geo::CrsTransform& t)
{
    std::vector<Path> parts;
    const geo::GeometryStore& g = layer.geometry;
    for (auto p = g.featurePartBegin(row); p < g.featurePartEnd(row); ++p) {
        if (g.partKind(p) != geo::PartKind::Line)
            continue;
        for (auto r = g.partRingBegin(p); r < g.partRingEnd(p); ++r) {
            const auto c = g.ringCoords(r);
            std::vector<double> xy(c.begin(), c.end());
            t.transformInPlace(xy);
            Path path;
            for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
                if (std::isfinite(xy[i]) && std::isfinite(xy[i + 1]))
                    path.emplace_back(xy[i], xy[i + 1]);
            if (path.size() >= 2)
                parts.push_back(std::move(path));
        }
    }
    return parts;
}

/// Multi-part features: the parts chained greedily, starting at the end nearest the from-node, each next
/// part the one whose nearer end is closest to the chain's end. Then the whole oriented from → to.
Path chainAndOrient(std::vector<Path> parts, std::optional<QPointF> from, std::optional<QPointF> to)
{
    Path chain;
    if (parts.empty())
        return chain;
    if (parts.size() == 1) {
        chain = std::move(parts.front());
    } else {
        QPointF anchor = from ? *from : parts.front().front();
        while (!parts.empty()) {
            std::size_t best = 0;
            bool reversed = false;
            double bestD = std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < parts.size(); ++i) {
                const double ds = dist(parts[i].front(), anchor), de = dist(parts[i].back(), anchor);
                if (ds < bestD) {
                    bestD = ds;
                    best = i;
                    reversed = false;
                }
                if (de < bestD) {
                    bestD = de;
                    best = i;
                    reversed = true;
                }
            }
            Path part = std::move(parts[best]);
            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(best));
            if (reversed)
                std::reverse(part.begin(), part.end());
            for (const QPointF& q : part)
                if (chain.empty() || chain.back() != q)
                    chain.push_back(q);
            anchor = chain.back();
        }
    }
    const QPointF s = chain.front(), e = chain.back();
    bool reverse = false;
    if (from && to)
        reverse = dist(s, *to) + dist(e, *from) < dist(s, *from) + dist(e, *to);
    else if (from)
        reverse = dist(e, *from) < dist(s, *from);
    else if (to)
        reverse = dist(s, *to) < dist(e, *to);
    if (reverse)
        std::reverse(chain.begin(), chain.end());

    // One link on a stretch of a longer feature: cut at the points nearest the end nodes that lie on it.
    if (from && to && chain.size() >= 2) {
        const double len = pathLength(chain);
        const Projection pf = project(chain, *from), pt = project(chain, *to);
        const bool onF = pf.distance <= kOnLineTolerance * len && pf.along > 0.01 * len;
        const bool onT = pt.distance <= kOnLineTolerance * len && pt.along < 0.99 * len;
        const double s0 = onF ? pf.along : 0.0, s1 = onT ? pt.along : len;
        if ((onF || onT) && s1 - s0 >= kMinStretch * len) {
            Path cut = substring(chain, s0, s1);
            if (cut.size() >= 2)
                chain = std::move(cut);
        }
    }
    return chain;
}

struct Geometry {
    const model::Network& network;
    std::shared_ptr<geo::CrsTransform> fromWgs84;
    struct Feature {
        const geo::LayerData* layer;
        std::size_t row;
    };
    QHash<QString, Feature> features;
    QHash<const geo::LayerData*, std::shared_ptr<geo::CrsTransform>> layerTransforms;

    std::optional<QPointF> nodePosition(const QString& id) const
    {
        const int i = network.nodeIndex(id);
        if (i < 0 || !network.nodes[static_cast<std::size_t>(i)].position)
            return std::nullopt;
        const geo::GeoPoint g = *network.nodes[static_cast<std::size_t>(i)].position;
        const geo::MapPoint m = fromWgs84->transform(g.lon, g.lat);
        if (!std::isfinite(m.x) || !std::isfinite(m.y))
            return std::nullopt;
        return QPointF(m.x, m.y);
    }

    Path geodesicPath(const QString& fromId, const QString& toId) const
    {
        const int a = network.nodeIndex(fromId), b = network.nodeIndex(toId);
        if (a < 0 || b < 0)
            return {};
        const auto& pa = network.nodes[static_cast<std::size_t>(a)].position;
        const auto& pb = network.nodes[static_cast<std::size_t>(b)].position;
        if (!pa || !pb)
            return {};
        const std::vector<geo::GeoPoint> line = geo::geodesic::densify(*pa, *pb, kGeodesicStepM);
        std::vector<double> xy;
        xy.reserve(2 * line.size());
        for (const geo::GeoPoint& g : line) {
            xy.push_back(g.lon);
            xy.push_back(g.lat);
        }
        fromWgs84->transformInPlace(xy);
        Path path;
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
            if (std::isfinite(xy[i]) && std::isfinite(xy[i + 1]))
                path.emplace_back(xy[i], xy[i + 1]);
        return path.size() >= 2 ? path : Path{};
    }

    Path linkPath(const model::Link& link) const
    {
        if (!link.featureId.isEmpty()) {
            const auto it = features.constFind(link.featureId);
            if (it != features.constEnd()) {
                const auto t = layerTransforms.value(it->layer);
                if (t) {
                    Path p = chainAndOrient(featureParts(*it->layer, it->row, *t), nodePosition(link.from), nodePosition(link.to));
                    if (p.size() >= 2)
                        return p;
                }
            }
        }
        return geodesicPath(link.from, link.to);
    }
};

geo::Result<Geometry> prepare(const model::Network& network, const std::vector<geo::LayerDataPtr>& layers, const geo::Crs& mapCrs)
{
    if (!mapCrs.isValid())
        return geo::Error{geo::ErrorCode::InvalidArgument, FlowText::tr("no map CRS for the flow overlay"), {}};
    auto t = geo::CrsTransform::get(geo::Crs::wgs84(), mapCrs);
    if (!t)
        return t.error();
    Geometry g{network, *t, {}, {}};
    for (const geo::LayerDataPtr& layer : layers) {
        if (!layer || layer->fieldIndex(QStringLiteral("id")) < 0)
            continue;
        auto lt = geo::CrsTransform::get(layer->crs, mapCrs);
        if (!lt)
            return geo::Error{lt.error().code, lt.error().message, layer->name};
        g.layerTransforms.insert(layer.get(), *lt);
        for (std::size_t row = 0; row < layer->featureCount(); ++row) {
            const QString id = layer->attribute(row, QStringLiteral("id")).toString();
            if (!id.isEmpty() && !g.features.contains(id)) // the first layer holding an id wins
                g.features.insert(id, {layer.get(), row});
        }
    }
    return g;
}

void fillMaxFlow(const model::Network& network, FlowStyle& style)
{
    std::map<QString, double> caps;
    for (const model::Link& l : network.links) {
        const double c = std::max(l.capacity, l.bidirectional ? l.reverseCapacity.value_or(l.capacity) : 0.0);
        double& m = caps[l.commodity];
        m = std::max(m, c);
    }
    for (const auto& [commodity, cap] : caps)
        if (!style.maxFlow.count(commodity) && cap > 0)
            style.maxFlow[commodity] = cap;
}

geo::Status checkSizes(const model::Network& network, const model::FlowResult& r)
{
    if (r.links.size() != network.links.size())
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          FlowText::tr("the flow result has %1 links but the network has %2").arg(r.links.size()).arg(network.links.size()),
                          {}};
    return geo::Ok{};
}

/// A link's line with `flow` (a flow or a Δflow) and the state of `r` (utilisation, outage, bottleneck);
/// no label yet.
FlowLine makeLine(const model::Link& link, Path path, double flow, const model::LinkResult& r)
{
    FlowLine line;
    line.linkId = link.id;
    line.name = link.name;
    line.commodity = link.commodity;
    line.path = std::move(path);
    line.flow = flow;
    line.utilisation = r.utilisation;
    line.outage = r.outage;
    line.bottleneck = r.bottleneck;
    return line;
}

} // namespace

geo::Result<FlowOverlay> buildFlowOverlay(const model::Network& network, const model::FlowResult& result,
                                          const std::vector<geo::LayerDataPtr>& featureLayers, const geo::Crs& mapCrs,
                                          FlowStyle style)
{
    if (auto ok = checkSizes(network, result); !ok)
        return ok.error();
    auto geometry = prepare(network, featureLayers, mapCrs);
    if (!geometry)
        return geometry.error();
    style.difference = false;
    fillMaxFlow(network, style);
    FlowOverlay overlay;
    for (std::size_t i = 0; i < network.links.size(); ++i) {
        const model::Link& link = network.links[i];
        const model::LinkResult& r = result.links[i];
        Path path = geometry->linkPath(link);
        if (path.empty())
            continue;
        FlowLine line = makeLine(link, std::move(path), r.flow, r);
        if (std::abs(r.flow) > style.minFlow && !r.outage)
            line.label = model::formatQuantity(link.commodity, std::abs(r.flow), style.gasUnit);
        overlay.lines.push_back(std::move(line));
    }
    overlay.style = std::move(style);
    return overlay;
}

geo::Result<FlowOverlay> buildFlowDifference(const model::Network& network, const model::FlowResult& before,
                                             const model::FlowResult& after, const std::vector<geo::LayerDataPtr>& featureLayers,
                                             const geo::Crs& mapCrs, FlowStyle style)
{
    if (auto ok = checkSizes(network, before); !ok)
        return ok.error();
    if (auto ok = checkSizes(network, after); !ok)
        return ok.error();
    auto geometry = prepare(network, featureLayers, mapCrs);
    if (!geometry)
        return geometry.error();
    style.difference = true;
    fillMaxFlow(network, style);
    FlowOverlay overlay;
    for (std::size_t i = 0; i < network.links.size(); ++i) {
        const model::Link& link = network.links[i];
        const double delta = after.links[i].flow - before.links[i].flow;
        if (!(std::abs(delta) > style.minFlow) && !after.links[i].outage)
            continue;
        Path path = geometry->linkPath(link);
        if (path.empty())
            continue;
        FlowLine line = makeLine(link, std::move(path), delta, after.links[i]);
        // U+2212 MINUS SIGN: the typographic minus, as wide as the plus.
        if (std::abs(delta) > style.minFlow)
            line.label = (delta > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + model::formatQuantity(link.commodity, std::abs(delta), style.gasUnit);
        overlay.lines.push_back(std::move(line));
    }
    overlay.style = std::move(style);
    return overlay;
}

double flowWidthPx(const FlowStyle& style, const QString& commodity, double flow)
{
    const double a = std::abs(flow);
    if (!(a > style.minFlow) || !std::isfinite(a))
        return 0.0;
    const auto it = style.maxFlow.find(commodity);
    if (it == style.maxFlow.end() || !(it->second > 0))
        return (style.minWidthPx + style.maxWidthPx) / 2; // no scale for this commodity: a middle width
    const double w = style.minWidthPx + (style.maxWidthPx - style.minWidthPx) * a / it->second;
    return std::min(w, style.maxWidthPx);
}

QColor flowColour(const FlowStyle& style, const FlowLine& line)
{
    if (line.outage)
        return QColor(0x8c, 0x8c, 0x8c);
    if (style.difference) {
        if (line.flow > 0)
            return QColor(0x21, 0x66, 0xac); // more flow: blue
        if (line.flow < 0)
            return QColor(0xc0, 0x27, 0x2d); // less flow: red
        return QColor(0x8c, 0x8c, 0x8c);
    }
    // Green → yellow → orange → dark red; ≥ 0.999 counts as full (the solver's capacity tolerance).
    struct Stop {
        double at;
        QColor c;
    };
    static const Stop stops[] = {
        {0.0, QColor(0x1a, 0x98, 0x50)},
        {0.5, QColor(0xe8, 0xc1, 0x1c)},
        {0.9, QColor(0xf0, 0x7c, 0x1e)},
        {0.999, QColor(0x9e, 0x10, 0x16)},
    };
    const double u = std::isfinite(line.utilisation) ? std::max(0.0, line.utilisation) : 0.0;
    if (u >= stops[3].at)
        return stops[3].c;
    for (int i = 1; i < 4; ++i) {
        if (u <= stops[i].at) {
            const double t = (u - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
            const QColor& a = stops[i - 1].c;
            const QColor& b = stops[i].c;
            return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                                    static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                                    static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
        }
    }
    return stops[3].c;
}

} // namespace corridor::render
