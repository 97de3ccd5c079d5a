#pragma once
// LayerTreeModel: the window's layers, top of the list drawn on top (row 0 = topmost), as a Qt item
// model for the layer panel: check box = visibility, drag (or Move Up/Down) = drawing order, a swatch
// of the style as the icon. Owns the MapLayer values; every change emits layersChanged() so the canvas
// re-renders at once and the project is marked modified.
//
// GUI thread only.

#include "app/render/map_renderer.h"
#include "app/ui/map_layer.h"

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace corridor::ui {

class LayerTreeModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LayerIdRole = Qt::UserRole + 1, OpacityRole };

    explicit LayerTreeModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

    // --- layers ------------------------------------------------------------------------------------
    const std::vector<MapLayer>& layers() const { return m_layers; }
    int count() const { return static_cast<int>(m_layers.size()); }
    const MapLayer& layer(int row) const { return m_layers[static_cast<std::size_t>(row)]; }
    int rowOf(const QString& id) const;
    const MapLayer* layerById(const QString& id) const;
    /// A layer id not used yet, derived from `base`.
    QString uniqueId(const QString& base) const;

    /// Replaces everything (a newly opened project).
    void resetLayers(std::vector<MapLayer> layers);
    /// Inserts at `row` (0 = top).
    void insertLayer(int row, MapLayer layer);
    void removeLayer(int row);
    /// Moves layer `from` to position `to` (in the list after removal). Returns false if out of range.
    bool moveLayer(int from, int to);
    void setVisible(int row, bool visible);
    void setStyle(int row, const render::LayerStyle& style);
    /// Swaps in layers projected into a new CRS, by layer id (layers not in `projected` keep theirs).
    void setProjected(const QHash<QString, render::ProjectedLayerPtr>& projected);

    /// What the renderer draws: visible or not, bottom first.
    std::vector<render::RenderLayer> renderLayers() const;

signals:
    /// Anything that changes the picture: visibility, order, style, layers added or removed.
    void layersChanged();
    void layerRemoved(const QString& id);

private:
    std::vector<MapLayer> m_layers;
};

/// A small picture of a layer's style for lists and legends.
QIcon styleSwatch(const render::LayerStyle& style, geo::GeometryType type, int sizePx = 16);

} // namespace corridor::ui
