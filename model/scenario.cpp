#include "model/scenario.h"

#include "model/tr.h"

#include <QStringList>

#include <algorithm>

namespace corridor::model {

namespace {

Error invalid(const QString& message) { return Error{ErrorCode::InvalidArgument, message, {}}; }

// An error found while applying a scenario, with the scenario named.
Error inScenario(const QString& scenario, const Error& e)
{
    //: %1: a scenario name; %2: what is wrong with the network it makes (a whole message such as
    //: "link SCP: capacity must be a finite number >= 0, not -1").
    return Error{e.code, ModelText::tr("scenario \"%1\": %2").arg(scenario, e.message), {}};
}
Error notFound(const QString& name)
{
    //: %1: a scenario name.
    return Error{ErrorCode::NotFound, ModelText::tr("no scenario called \"%1\"").arg(name), {}};
}

Error nameTaken(const QString& name)
{
    //: %1: a scenario name.
    return invalid(ModelText::tr("a scenario called \"%1\" already exists").arg(name));
}

} // namespace

const Scenario* ScenarioSet::find(const QString& name) const
{
    for (const Scenario& s : m_scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

Scenario* ScenarioSet::findMutable(const QString& name)
{
    return const_cast<Scenario*>(std::as_const(*this).find(name));
}

QStringList ScenarioSet::names() const
{
    QStringList n;
    for (const Scenario& s : m_scenarios)
        n << s.name;
    return n;
}

Status ScenarioSet::add(Scenario scenario)
{
    scenario.name = scenario.name.trimmed();
    if (scenario.name.isEmpty())
        return invalid(ModelText::tr("a scenario needs a name"));
    if (find(scenario.name))
        return nameTaken(scenario.name);
    m_scenarios.push_back(std::move(scenario));
    return Ok{};
}

Status ScenarioSet::duplicate(const QString& from, const QString& newName)
{
    const Scenario* s = find(from);
    if (!s)
        return notFound(from);
    Scenario copy = *s;
    copy.name = newName;
    return add(std::move(copy));
}

Status ScenarioSet::rename(const QString& from, const QString& to)
{
    Scenario* s = findMutable(from);
    if (!s)
        return notFound(from);
    const QString name = to.trimmed();
    if (name.isEmpty())
        return invalid(ModelText::tr("a scenario needs a name"));
    if (name != from && find(name))
        return nameTaken(name);
    s->name = name;
    return Ok{};
}

Status ScenarioSet::remove(const QString& name)
{
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(), [&](const Scenario& s) { return s.name == name; });
    if (it == m_scenarios.end())
        return notFound(name);
    m_scenarios.erase(it);
    return Ok{};
}

Status ScenarioSet::setValue(const QString& scenario, const ScenarioValue& value)
{
    Scenario* s = findMutable(scenario);
    if (!s)
        return notFound(scenario);
    // Check field and number on a throw-away item.
    Status st = value.target == ValueTarget::Node ? [&] { Node n; n.id = value.itemId; return setNodeValue(n, value.field, value.value); }()
                                                  : [&] { Link l; l.id = value.itemId; return setLinkValue(l, value.field, value.value); }();
    if (!st)
        return st;
    for (ScenarioValue& v : s->values) {
        if (v.target == value.target && v.itemId == value.itemId && v.field == value.field) {
            v = value;
            return Ok{};
        }
    }
    s->values.push_back(value);
    return Ok{};
}

Status ScenarioSet::removeValue(const QString& scenario, ValueTarget target, const QString& itemId, const QString& field)
{
    Scenario* s = findMutable(scenario);
    if (!s)
        return notFound(scenario);
    const auto it = std::find_if(s->values.begin(), s->values.end(), [&](const ScenarioValue& v) {
        return v.target == target && v.itemId == itemId && v.field == field;
    });
    //: %1: a scenario name; %2: a field name such as capacity (keep it); %3: a node or link id.
    if (it == s->values.end())
        return Error{ErrorCode::NotFound, ModelText::tr("scenario \"%1\" sets no %2 for %3").arg(scenario, field, itemId), {}};
    s->values.erase(it);
    return Ok{};
}

Result<Network> ScenarioSet::apply(const Network& base, const QString& scenario) const
{
    const Scenario* s = find(scenario);
    if (!s)
        return notFound(scenario);
    Network net = base;
    for (const ScenarioValue& v : s->values) {
        Status st = Ok{};
        if (v.target == ValueTarget::Node) {
            const int i = net.nodeIndex(v.itemId);
            //: %1: a scenario name; %2: the node id it names.
            if (i < 0)
                return invalid(ModelText::tr("scenario \"%1\": unknown node %2").arg(scenario, v.itemId));
            st = setNodeValue(net.nodes[static_cast<std::size_t>(i)], v.field, v.value);
        } else {
            const int i = net.linkIndex(v.itemId);
            //: %1: a scenario name; %2: the link id it names.
            if (i < 0)
                return invalid(ModelText::tr("scenario \"%1\": unknown link %2").arg(scenario, v.itemId));
            st = setLinkValue(net.links[static_cast<std::size_t>(i)], v.field, v.value);
        }
        if (!st)
            return inScenario(scenario, st.error());
    }
    if (Status st = net.validate(); !st)
        return inScenario(scenario, st.error());
    return net;
}

} // namespace corridor::model
