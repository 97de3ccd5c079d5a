#include "app/ui/model_table_model.h"

#include "model/flow_solver.h"

#include <QBrush>
#include <QColor>
#include <QDoubleValidator>
#include <QFont>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace corridor::ui {

QString formatModelNumber(const QString& commodity, double modelValue, model::GasUnit unit, bool withUnit)
{
    const double v = model::toDisplay(commodity, modelValue, unit);
    // Fixed decimals per unit so that a column lines up: bcm/yr 2, mcm/d 1, GWh/d and MW none.
    int decimals = 2;
    if (commodity != QLatin1String("gas"))
        decimals = 0; // MW
    else if (unit == model::GasUnit::McmPerDay)
        decimals = 1;
    else if (unit == model::GasUnit::GWhPerDay)
        decimals = 0;
    QString text = QLocale().toString(std::abs(v) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : v, 'f', decimals);
    const QString symbol = model::unitSymbolFor(commodity, unit);
    if (withUnit && !symbol.isEmpty())
        text += QChar(0x00a0) + symbol;
    return text;
}

std::optional<double> parseUserNumber(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

// --- base ----------------------------------------------------------------------------------------

ModelTableBase::ModelTableBase(ModelSession* session, QObject* parent) : QAbstractTableModel(parent), m_session(session) {}

void ModelTableBase::refresh()
{
    // Same rows (the usual case: new numbers after a solve): keep the views' current cell and selection.
    const int rows = rowCount();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

void ModelTableBase::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const model::FlowResult* ModelTableBase::result() const
{
    const ModelSolvePtr& s = m_session->latest();
    if (!s || !s->error.isEmpty() || s->scenario != m_session->currentScenario())
        return nullptr;
    if (s->result.links.size() != m_session->network().links.size() || s->result.nodes.size() != m_session->network().nodes.size())
        return nullptr;
    return &s->result;
}

bool ModelTableBase::commit(model::ValueTarget target, const QString& itemId, const QString& field, const QString& commodity,
                            const QVariant& value)
{
    const QString text = value.typeId() == QMetaType::Double ? QLocale::c().toString(value.toDouble(), 'g', 17) : value.toString();
    const auto number = value.typeId() == QMetaType::Double ? std::optional<double>(value.toDouble()) : parseUserNumber(text);
    if (!number || !std::isfinite(*number)) {
        emit inputRejected(tr("“%1” is not a number. Enter a value such as 2.5.").arg(text.trimmed()));
        return false;
    }
    if (*number < 0.0) {
        emit inputRejected(tr("%1 cannot be negative (you entered %2).").arg(itemId, QLocale().toString(*number)));
        return false;
    }
    const double modelValue = model::fromDisplay(commodity, *number, m_session->gasUnit());
    if (auto st = m_session->setValue(target, itemId, field, modelValue); !st) {
        emit inputRejected(tr("%1 was not changed: %2").arg(itemId, st.error().message));
        return false;
    }
    return true;
}

// --- links ---------------------------------------------------------------------------------------

int LinkTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->network().links.size());
}

int LinkTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LinkTableModel::rowOf(const QString& linkId) const
{
    return m_session->network().linkIndex(linkId);
}

QVariant LinkTableModel::data(const QModelIndex& index, int role) const
{
    const auto& links = m_session->network().links;
    if (!index.isValid() || index.row() >= static_cast<int>(links.size()))
        return {};
    const std::size_t r = static_cast<std::size_t>(index.row());
    const model::Link& l = links[r];
    const model::FlowResult* res = result();
    const model::LinkResult* lr = res ? &res->links[r] : nullptr;
    const model::GasUnit unit = m_session->gasUnit();
    if (role == Qt::UserRole)
        return l.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Capacity && index.column() <= Utilisation ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::EditRole && index.column() == Capacity)
        return model::toDisplay(l.commodity, l.capacity, unit);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Capacity)
            return tr("Capacity from %1 to %2; double-click or press F2 to edit").arg(l.from, l.to);
        if (index.column() == Status && lr && lr->bottleneck)
            return tr("On the minimum cut: more capacity here would serve more demand");
        return l.note.isEmpty() ? QVariant() : QVariant(l.note);
    }
    if (role == Qt::FontRole && index.column() == Status && lr && lr->bottleneck) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == Status && lr && lr->bottleneck)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return l.id;
    case Name:
        return l.name;
    case Route:
        return QStringLiteral("%1 %2 %3").arg(l.from, l.bidirectional ? QStringLiteral("⇄") : QStringLiteral("→"), l.to);
    case Capacity:
        return formatModelNumber(l.commodity, l.capacity, unit);
    case Flow:
        return lr ? formatModelNumber(l.commodity, lr->flow, unit) : QString();
    case Utilisation:
        return lr ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * lr->utilisation, 'f', 0)) : QString();
    case Status:
        if (!lr)
            return QString();
        if (lr->outage)
            return tr("out of service");
        if (lr->bottleneck)
            return tr("bottleneck");
        if (lr->binding)
            return tr("binding");
        return QString();
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Link");
    case Route:
        return tr("From → to");
    case Capacity:
        return tr("Capacity");
    case Flow:
        return tr("Flow");
    case Utilisation:
        return tr("Utilisation");
    case Status:
        return tr("Limit");
    default:
        return {};
    }
}

Qt::ItemFlags LinkTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Capacity)
        f |= Qt::ItemIsEditable;
    return f;
}

bool LinkTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Capacity || index.row() >= rowCount())
        return false;
    const model::Link& l = m_session->network().links[static_cast<std::size_t>(index.row())];
    return commit(model::ValueTarget::Link, l.id, QStringLiteral("capacity"), l.commodity, value);
}

// --- nodes ---------------------------------------------------------------------------------------

namespace {

QString nodeCommodity(const model::Network& net, const model::Node& n)
{
    if (!n.commodity.isEmpty())
        return n.commodity;
    for (const model::Link& l : net.links)
        if (l.to == n.id && !l.commodity.isEmpty())
            return l.commodity;
    return {};
}

bool editableNode(const model::Node& n) { return n.kind != model::NodeKind::Plant; }

} // namespace

int NodeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->network().nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int NodeTableModel::rowOf(const QString& nodeId) const
{
    return m_session->network().nodeIndex(nodeId);
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const
{
    const model::Network& net = m_session->network();
    if (!index.isValid() || index.row() >= static_cast<int>(net.nodes.size()))
        return {};
    const std::size_t r = static_cast<std::size_t>(index.row());
    const model::Node& n = net.nodes[r];
    const model::FlowResult* res = result();
    const model::NodeResult* nr = res ? &res->nodes[r] : nullptr;
    const model::GasUnit unit = m_session->gasUnit();
    const QString commodity = nodeCommodity(net, n);
    if (role == Qt::UserRole)
        return n.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Supply && index.column() <= Unserved ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::EditRole && (index.column() == Supply || index.column() == Demand))
        return model::toDisplay(commodity, index.column() == Supply ? n.supply : n.demand, unit);
    if (role == Qt::ToolTipRole && (index.column() == Supply || index.column() == Demand))
        return editableNode(n) ? tr("Double-click or press F2 to edit") : tr("A plant converts gas into power: no supply or demand of its own");
    if (role == Qt::ForegroundRole && index.column() == Unserved && nr && nr->unserved > 1e-9)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return n.id;
    case Name:
        return n.name;
    case Kind:
        switch (n.kind) {
        case model::NodeKind::Supply:
            return tr("supply");
        case model::NodeKind::Demand:
            return tr("demand");
        case model::NodeKind::Plant:
            return tr("plant");
        case model::NodeKind::Hub:
            return tr("hub");
        }
        return {};
    case Country:
        return n.country;
    case Supply:
        return editableNode(n) ? formatModelNumber(commodity, n.supply, unit) : QString();
    case Demand:
        return editableNode(n) ? formatModelNumber(commodity, n.demand, unit) : QString();
    case Served:
        return nr && n.demand > 0 ? formatModelNumber(commodity, nr->served, unit) : QString();
    case Unserved:
        return nr && n.demand > 0 ? formatModelNumber(commodity, nr->unserved, unit) : QString();
    case Origins: {
        if (!nr || nr->served <= 1e-12)
            return QString();
        QStringList parts;
        for (const auto& [origin, v] : nr->servedByOrigin)
            if (v > 1e-9)
                parts << QStringLiteral("%1 %2 %").arg(origin, QLocale().toString(100.0 * v / nr->served, 'f', 0));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Node");
    case Kind:
        return tr("Kind");
    case Country:
        return tr("Country");
    case Supply:
        return tr("Supply");
    case Demand:
        return tr("Demand");
    case Served:
        return tr("Served");
    case Unserved:
        return tr("Unserved");
    case Origins:
        return tr("Served by origin");
    default:
        return {};
    }
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Supply || index.column() == Demand)
        && index.row() < rowCount() && editableNode(m_session->network().nodes[static_cast<std::size_t>(index.row())]))
        f |= Qt::ItemIsEditable;
    return f;
}

bool NodeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || (index.column() != Supply && index.column() != Demand) || index.row() >= rowCount())
        return false;
    const model::Network& net = m_session->network();
    const model::Node& n = net.nodes[static_cast<std::size_t>(index.row())];
    if (!editableNode(n))
        return false;
    return commit(model::ValueTarget::Node, n.id, index.column() == Supply ? QStringLiteral("supply") : QStringLiteral("demand"),
                  nodeCommodity(net, n), value);
}

// --- editor --------------------------------------------------------------------------------------

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QStringLiteral("NumberEditor"));
    // Number syntax only; the range (not negative) is the model's check, so "-1" gets a message.
    auto* v = new QDoubleValidator(e);
    v->setNotation(QDoubleValidator::StandardNotation);
    e->setValidator(v);
    e->setFrame(false);
    return e;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* e = static_cast<QLineEdit*>(editor);
    e->setText(QLocale().toString(index.data(Qt::EditRole).toDouble(), 'g', 10).remove(QLocale().groupSeparator()));
    e->selectAll();
}

void NumberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QLineEdit*>(editor)->text(), Qt::EditRole);
}

} // namespace corridor::ui
