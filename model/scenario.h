#pragma once
// Scenarios: named sets of values that replace the base network's numbers (capacities, supplies,
// demands, efficiencies, costs, ...). "2026 baseline" and "2032 expansion" are two such sets over the
// same topology; a planned link that is not built yet simply has capacity 0 in a scenario. Every value
// may carry its source ids ([Sxx]) and a note.
//
// ScenarioSet is a value type: the model pane edits a copy and saves it (model_store.h) in one
// transaction. No thread affinity.

#include "model/error.h"
#include "model/network.h"

#include <QString>

#include <vector>

namespace corridor::model {

enum class ValueTarget { Node, Link };

struct ScenarioValue {
    ValueTarget target = ValueTarget::Link;
    QString itemId; // node or link id
    QString field;  // see nodeValueFields() / linkValueFields()
    double value = 0.0;
    QString source; // e.g. "[S18][S20]"
    QString note;
};

struct Scenario {
    QString name;
    QString description;
    std::vector<ScenarioValue> values;
};

class ScenarioSet {
public:
    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    bool isEmpty() const { return m_scenarios.empty(); }
    const Scenario* find(const QString& name) const;
    QStringList names() const;

    /// Appends a scenario; its name must be non-empty (after trimming) and unique.
    Status add(Scenario scenario);
    /// A copy of `from` under `newName`, appended.
    Status duplicate(const QString& from, const QString& newName);
    Status rename(const QString& from, const QString& to);
    Status remove(const QString& name);
    /// Sets (replaces or adds) one value of a scenario. The field name and the number are checked.
    Status setValue(const QString& scenario, const ScenarioValue& value);
    /// Removes one value (the base network's value applies again). NotFound when there is none.
    Status removeValue(const QString& scenario, ValueTarget target, const QString& itemId, const QString& field);

    /// `base` with the scenario's values applied, validated. Errors name the scenario and the item
    /// (an unknown node/link id, an unknown field, a bad number).
    Result<Network> apply(const Network& base, const QString& scenario) const;

private:
    Scenario* findMutable(const QString& name);
    std::vector<Scenario> m_scenarios;
};

/// A network with its scenarios: what a project stores and what the JSON form holds.
struct NetworkDocument {
    Network network;
    ScenarioSet scenarios;
};

} // namespace corridor::model
