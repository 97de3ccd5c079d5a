#include "app/ui/model_session.h"

#include "model/flow_solver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace corridor::ui {

QString ModelSession::fieldTitle(const QString& field)
{
    // The model's field names (model/network.h) as users read them in undo texts.
    static const std::pair<const char*, const char*> titles[] = {
        {"capacity", QT_TR_NOOP("capacity")},
        {"reverse_capacity", QT_TR_NOOP("reverse capacity")},
        {"entry_capacity", QT_TR_NOOP("entry capacity")},
        {"exit_capacity", QT_TR_NOOP("exit capacity")},
        {"cost", QT_TR_NOOP("cost")},
        {"supply", QT_TR_NOOP("supply")},
        {"demand", QT_TR_NOOP("demand")},
        {"weight", QT_TR_NOOP("weight")},
        {"efficiency", QT_TR_NOOP("efficiency")},
        {"unit_factor", QT_TR_NOOP("unit factor")},
        {"output_limit", QT_TR_NOOP("output limit")},
    };
    for (const auto& [name, title] : titles)
        if (field == QLatin1String(name))
            return tr(title);
    return field;
}

namespace {

/// The document before and after one edit; redo/undo hand the whole (small) document back.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(ModelSession* session, model::NetworkDocument before, QString scenarioBefore, model::NetworkDocument after,
                    QString scenarioAfter, const QString& text)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
          m_scenarioBefore(std::move(scenarioBefore)), m_scenarioAfter(std::move(scenarioAfter))
    {
    }
    void redo() override { m_session->restore(m_after, m_scenarioAfter); }
    void undo() override { m_session->restore(m_before, m_scenarioBefore); }

private:
    ModelSession* m_session;
    model::NetworkDocument m_before, m_after;
    QString m_scenarioBefore, m_scenarioAfter;
};

struct SolveInput {
    std::uint64_t generation = 0;
    QString scenario;
    model::Network network;
    QString compareScenario;
    std::optional<model::Network> compareNetwork;
    QString compareError;
    std::vector<geo::LayerDataPtr> layers;
    geo::Crs crs;
    model::GasUnit unit = model::GasUnit::BcmPerYear;
};

double msSince(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

/// Worker: solve, summarise, build the overlays. Catches everything (nothing may cross the thread).
ModelSolvePtr solveInWorker(const SolveInput& in) noexcept
{
    auto out = std::make_shared<ModelSolve>();
    try {
        out->generation = in.generation;
        out->scenario = in.scenario;
        out->network = in.network;
        out->compareScenario = in.compareScenario;
        out->compareError = in.compareError;
        QElapsedTimer t;
        t.start();
        auto r = model::solveFlow(in.network);
        if (!r) {
            out->error = r.error().message;
            out->solveMs = msSince(t);
            return out;
        }
        out->result = std::move(*r);
        out->regions = model::summariseRegions(in.network, out->result);
        if (in.compareNetwork) {
            if (auto c = model::solveFlow(*in.compareNetwork))
                out->compareResult = std::move(*c);
            else
                out->compareError = c.error().message;
        }
        out->solveMs = msSince(t);
        if (in.crs.isValid() && !in.layers.empty()) {
            t.restart();
            render::FlowStyle style;
            style.gasUnit = in.unit;
            if (auto o = render::buildFlowOverlay(in.network, out->result, in.layers, in.crs, style))
                out->overlay = std::make_shared<const render::FlowOverlay>(std::move(*o));
            else
                out->overlayError = o.error().message;
            if (out->compareResult) {
                // Same topology: the comparison scenario differs only in numbers. Δ = comparison − current.
                if (auto d = render::buildFlowDifference(*in.compareNetwork, out->result, *out->compareResult, in.layers, in.crs, style))
                    out->differenceOverlay = std::make_shared<const render::FlowOverlay>(std::move(*d));
                else
                    out->overlayError = d.error().message;
            }
            out->overlayMs = msSince(t);
        }
    } catch (const std::exception& e) {
        out->error = QString::fromUtf8(e.what());
    } catch (...) {
        out->error = QStringLiteral("unexpected failure in the solver");
    }
    return out;
}

} // namespace

ModelSession::ModelSession(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(QStringLiteral("ModelUndoStack"));
}

ModelSession::~ModelSession() = default;

const model::NetworkDocument& ModelSession::document() const
{
    static const model::NetworkDocument empty;
    return m_doc ? *m_doc : empty;
}

QStringList ModelSession::scenarioNames() const
{
    return m_doc ? m_doc->scenarios.names() : QStringList();
}

void ModelSession::setDocument(std::optional<model::NetworkDocument> doc)
{
    m_undo->clear();
    m_doc = std::move(doc);
    m_compare.clear();
    const QStringList names = scenarioNames();
    m_scenario = names.isEmpty() ? QString() : names.first();
    m_latest.reset();
    m_latestGeneration = ++m_generation; // any solve of the previous model still running is stale
    applyScenario();
    emit documentChanged();
    emit currentScenarioChanged(m_scenario);
    requestSolve();
}

void ModelSession::setCurrentScenario(const QString& name)
{
    if (!m_doc || name == m_scenario || !m_doc->scenarios.find(name))
        return;
    m_scenario = name;
    if (m_compare == name)
        m_compare.clear();
    applyScenario();
    emit currentScenarioChanged(m_scenario);
    requestSolve();
}

void ModelSession::applyScenario()
{
    if (!m_doc) {
        m_network = {};
        return;
    }
    if (m_scenario.isEmpty()) {
        m_network = m_doc->network;
        return;
    }
    auto applied = m_doc->scenarios.apply(m_doc->network, m_scenario);
    // The document was checked when loaded and on every edit, so this holds; keep the base otherwise.
    m_network = applied ? std::move(*applied) : m_doc->network;
}

model::Status ModelSession::setValue(model::ValueTarget target, const QString& itemId, const QString& field, double modelValue)
{
    if (!m_doc)
        return model::Error{model::ErrorCode::InvalidArgument, tr("the project has no network model"), {}};
    if (!std::isfinite(modelValue))
        return model::Error{model::ErrorCode::InvalidArgument, tr("the value must be a finite number"), itemId};
    if (modelValue < 0.0)
        return model::Error{model::ErrorCode::InvalidArgument, tr("the value must not be negative"), itemId};
    {
        // The same number again (an editor closed without a change) is not an edit.
        const bool node = target == model::ValueTarget::Node;
        const int i = node ? m_network.nodeIndex(itemId) : m_network.linkIndex(itemId);
        if (i >= 0) {
            const auto k = static_cast<std::size_t>(i);
            const auto current = node ? model::nodeValue(m_network.nodes[k], field) : model::linkValue(m_network.links[k], field);
            if (current && std::abs(*current - modelValue) <= 1e-9 * std::max(1.0, std::abs(modelValue)))
                return model::Ok{};
        }
    }
    model::NetworkDocument after = *m_doc;
    if (m_scenario.isEmpty()) {
        const bool node = target == model::ValueTarget::Node;
        const int i = node ? after.network.nodeIndex(itemId) : after.network.linkIndex(itemId);
        if (i < 0)
            return model::Error{model::ErrorCode::NotFound, tr("no such item: %1").arg(itemId), itemId};
        const auto k = static_cast<std::size_t>(i);
        if (auto st = node ? model::setNodeValue(after.network.nodes[k], field, modelValue)
                           : model::setLinkValue(after.network.links[k], field, modelValue);
            !st)
            return st;
    } else {
        model::ScenarioValue v;
        v.target = target;
        v.itemId = itemId;
        v.field = field;
        v.value = modelValue;
        v.note = QStringLiteral("edited in Corridor Atlas"); // stored data, not shown as UI text
        if (auto st = after.scenarios.setValue(m_scenario, v); !st)
            return st;
        if (auto applied = after.scenarios.apply(after.network, m_scenario); !applied)
            return applied.error();
    }
    return pushDocument(std::move(after), m_scenario, tr("Set %1 of %2").arg(fieldTitle(field), itemId));
}

model::Status ModelSession::duplicateScenario(const QString& from, const QString& newName)
{
    if (!m_doc)
        return model::Error{model::ErrorCode::InvalidArgument, tr("the project has no network model"), {}};
    model::NetworkDocument after = *m_doc;
    if (auto st = after.scenarios.duplicate(from, newName.trimmed()); !st)
        return st;
    return pushDocument(std::move(after), newName.trimmed(), tr("Duplicate scenario %1").arg(from));
}

model::Status ModelSession::renameScenario(const QString& from, const QString& to)
{
    if (!m_doc)
        return model::Error{model::ErrorCode::InvalidArgument, tr("the project has no network model"), {}};
    model::NetworkDocument after = *m_doc;
    if (auto st = after.scenarios.rename(from, to.trimmed()); !st)
        return st;
    const QString current = m_scenario == from ? to.trimmed() : m_scenario;
    return pushDocument(std::move(after), current, tr("Rename scenario %1").arg(from));
}

model::Status ModelSession::removeScenario(const QString& name)
{
    if (!m_doc)
        return model::Error{model::ErrorCode::InvalidArgument, tr("the project has no network model"), {}};
    model::NetworkDocument after = *m_doc;
    if (auto st = after.scenarios.remove(name); !st)
        return st;
    QString current = m_scenario;
    if (current == name) {
        const QStringList names = after.scenarios.names();
        current = names.isEmpty() ? QString() : names.first();
    }
    return pushDocument(std::move(after), current, tr("Delete scenario %1").arg(name));
}

model::Status ModelSession::pushDocument(model::NetworkDocument after, const QString& scenarioAfter, const QString& text)
{
    m_undo->push(new DocumentCommand(this, *m_doc, m_scenario, std::move(after), scenarioAfter, text)); // redo() applies it
    return model::Ok{};
}

void ModelSession::restore(const model::NetworkDocument& doc, const QString& scenario)
{
    m_doc = doc;
    const bool switched = scenario != m_scenario;
    m_scenario = doc.scenarios.find(scenario) ? scenario : QString();
    if (!m_compare.isEmpty() && (!doc.scenarios.find(m_compare) || m_compare == m_scenario))
        m_compare.clear();
    applyScenario();
    emit documentChanged();
    if (switched)
        emit currentScenarioChanged(m_scenario);
    emit edited();
    requestSolve();
}

void ModelSession::setCompareScenario(const QString& name)
{
    const QString n = name == m_scenario ? QString() : name;
    if (n == m_compare)
        return;
    m_compare = n;
    requestSolve();
}

void ModelSession::setMapContext(std::vector<geo::LayerDataPtr> featureLayers, const geo::Crs& crs)
{
    if (featureLayers == m_featureLayers && crs.isValid() == m_crs.isValid() && (!crs.isValid() || crs.isSame(m_crs)))
        return;
    m_featureLayers = std::move(featureLayers);
    m_crs = crs;
    requestSolve();
}

void ModelSession::setGasUnit(model::GasUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    requestSolve(); // the overlay's labels are in this unit
}

void ModelSession::requestSolve()
{
    if (!m_doc)
        return;
    QElapsedTimer t;
    t.start();
    SolveInput in;
    in.generation = ++m_generation;
    in.scenario = m_scenario;
    in.network = m_network;
    in.compareScenario = m_compare;
    if (!m_compare.isEmpty()) {
        if (auto c = m_doc->scenarios.apply(m_doc->network, m_compare))
            in.compareNetwork = std::move(*c);
        else
            in.compareError = c.error().message;
    }
    in.layers = m_featureLayers;
    in.crs = m_crs;
    in.unit = m_unit;
    auto* watcher = new QFutureWatcher<ModelSolvePtr>(this);
    ++m_running;
    QElapsedTimer roundTrip;
    roundTrip.start();
    connect(watcher, &QFutureWatcher<ModelSolvePtr>::finished, this, [this, watcher, roundTrip] {
        --m_running;
        watcher->deleteLater();
        ModelSolvePtr r = watcher->result();
        if (!r || r->generation != m_generation)
            return; // stale: a newer request is on its way
        m_latest = std::move(r);
        m_latestGeneration = m_latest->generation;
        m_lastRoundTripMs = msSince(roundTrip);
        emit solved();
    });
    watcher->setFuture(QtConcurrent::run([in = std::move(in)] { return solveInWorker(in); }));
    m_lastRequestMs = msSince(t);
}

} // namespace corridor::ui
