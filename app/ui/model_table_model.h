#pragma once
// Table models of the model pane: links (capacity editable) and nodes (supply and demand editable),
// with the latest solve's flows. Values are shown and edited in the user's units (gas in bcm/yr, mcm/d
// or GWh/d; power in MW) and stored in model units (bcm/yr, MW) through ModelSession::setValue, which
// pushes an undo command; an edit that is not a number, negative or not finite is refused and
// inputRejected() says why. Rows follow the network's order (the topology does not change with
// scenarios). GUI thread; they read the session and never own model data.

#include "app/ui/model_session.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace corridor::ui {

/// Number formatting shared by the pane's tables and chart.
QString formatModelNumber(const QString& commodity, double modelValue, model::GasUnit unit, bool withUnit = true);
/// Parses a number typed by the user: the UI locale first, then the C locale ("2.5" always works).
std::optional<double> parseUserNumber(const QString& text);

class ModelTableBase : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ModelTableBase(ModelSession* session, QObject* parent = nullptr);
    /// Re-reads the session (after a solve, an edit or a unit change).
    void refresh();
    /// Headers changed (language change).
    void retranslate();

signals:
    void inputRejected(const QString& message);

protected:
    bool commit(model::ValueTarget target, const QString& itemId, const QString& field, const QString& commodity,
                const QVariant& value);
    const model::FlowResult* result() const;
    ModelSession* m_session;
    int m_rows = -1;
};

class LinkTableModel : public ModelTableBase {
    Q_OBJECT
public:
    enum Column { Id, Name, Route, Capacity, Flow, Utilisation, Status, ColumnCount };
    using ModelTableBase::ModelTableBase;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Row of a link id, -1 if none.
    int rowOf(const QString& linkId) const;
};

class NodeTableModel : public ModelTableBase {
    Q_OBJECT
public:
    enum Column { Id, Name, Kind, Country, Supply, Demand, Served, Unserved, Origins, ColumnCount };
    using ModelTableBase::ModelTableBase;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    int rowOf(const QString& nodeId) const;
};

/// Editor for the numeric cells: a line edit that accepts only number syntax (QDoubleValidator); the
/// model refuses negative values with a message rather than the editor silently dropping the sign.
class NumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace corridor::ui
