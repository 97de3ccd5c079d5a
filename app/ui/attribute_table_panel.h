#pragma once
// AttributeTablePanel: the attribute table of one layer (chosen in a combo box) with a text filter,
// sorting by header click, and selection kept in step with the map through FeatureSelection: selecting
// rows selects (highlights, and zooms the map to) the features; selecting on the map selects the rows.
// GUI thread.

#include "app/ui/attribute_table_model.h"
#include "app/ui/feature_selection.h"

#include <QTimer>
#include "app/ui/text_binder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace corridor::ui {

class LayerTreeModel;

class AttributeTablePanel : public QWidget {
    Q_OBJECT
public:
    AttributeTablePanel(LayerTreeModel* layers, FeatureSelection* selection, QWidget* parent = nullptr);

    /// Shows the table of a layer (by id).
    void showLayer(const QString& layerId);
    const QString& layerId() const { return m_layerId; }
    QTableView* view() const { return m_view; }
    AttributeTableModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    /// The user asked to zoom to the selected rows.
    void zoomToSelectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    TextBinder m_texts;
    void refreshLayerList();
    void viewSelectionChanged();
    void applySelectionToView();
    void updateStatus();

    LayerTreeModel* m_layers;
    FeatureSelection* m_selection;
    AttributeTableModel* m_model;
    QComboBox* m_layerCombo;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_status;
    QTimer m_filterTimer;
    QString m_layerId;
    bool m_syncing = false;
};

} // namespace corridor::ui
