#include "app/ui/layer_tree_model.h"

#include <QDataStream>
#include <QIcon>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace corridor::ui {

namespace {
const QString kMime = QStringLiteral("application/x-corridor-layer-row");
}

LayerTreeModel::LayerTreeModel(QObject* parent) : QAbstractListModel(parent) {}

int LayerTreeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const MapLayer& l = layer(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l.title;
    case Qt::CheckStateRole:
        return l.style.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return styleSwatch(l.style, l.data ? l.data->geometryType : geo::GeometryType::None);
    case Qt::ToolTipRole: {
        if (!l.data)
            return l.title;
        const QLocale loc;
        QString tip = tr("<b>%1</b><br>%2 · %n feature(s)<br>CRS: %3", nullptr, static_cast<int>(l.data->featureCount()))
                          .arg(l.title.toHtmlEscaped(), QString::fromLatin1(geo::geometryTypeName(l.data->geometryType)),
                               l.data->crs.displayName().toHtmlEscaped());
        const QString src = l.externalPath.isEmpty() ? l.data->sourcePath : l.externalPath;
        if (!src.isEmpty())
            tip += tr("<br>Source: %1").arg(src.toHtmlEscaped());
        for (const QString& w : l.data->warnings)
            tip += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return l.style.visible ? tr("visible") : tr("hidden");
    case LayerIdRole:
        return l.id;
    case OpacityRole:
        return l.style.opacity;
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= count())
        return false;
    if (role == Qt::CheckStateRole) {
        setVisible(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole) {
        const QString t = value.toString().trimmed();
        if (t.isEmpty())
            return false;
        m_layers[static_cast<std::size_t>(index.row())].title = t;
        emit dataChanged(index, index, {Qt::DisplayRole});
        emit layersChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kMime};
}

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* md = new QMimeData;
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s << indexes.first().row();
    md->setData(kMime, bytes);
    return md;
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    QByteArray bytes = data->data(kMime);
    QDataStream s(&bytes, QIODevice::ReadOnly);
    int from = -1;
    s >> from;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : count());
    if (to > from)
        --to; // position after removing the dragged row
    moveLayer(from, to);
    // Returning false: the move is done; the view must not remove the "source" row as well.
    return false;
}

bool LayerTreeModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int countRows, const QModelIndex& destinationParent,
                              int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || countRows != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return moveLayer(sourceRow, to);
}

int LayerTreeModel::rowOf(const QString& id) const
{
    for (int i = 0; i < count(); ++i)
        if (layer(i).id == id)
            return i;
    return -1;
}

const MapLayer* LayerTreeModel::layerById(const QString& id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &layer(r);
}

QString LayerTreeModel::uniqueId(const QString& base) const
{
    if (rowOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + QLatin1Char('#') + QString::number(n);
        if (rowOf(id) < 0)
            return id;
    }
}

void LayerTreeModel::resetLayers(std::vector<MapLayer> layers)
{
    beginResetModel();
    m_layers = std::move(layers);
    endResetModel();
    emit layersChanged();
}

void LayerTreeModel::insertLayer(int row, MapLayer l)
{
    row = std::clamp(row, 0, count());
    beginInsertRows({}, row, row);
    m_layers.insert(m_layers.begin() + row, std::move(l));
    endInsertRows();
    emit layersChanged();
}

void LayerTreeModel::removeLayer(int row)
{
    if (row < 0 || row >= count())
        return;
    const QString id = layer(row).id;
    beginRemoveRows({}, row, row);
    m_layers.erase(m_layers.begin() + row);
    endRemoveRows();
    emit layerRemoved(id);
    emit layersChanged();
}

bool LayerTreeModel::moveLayer(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count())
        return false;
    if (from == to)
        return true;
    // Qt's destination is the row before which the item lands, counted before removal.
    const int dest = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, dest))
        return false;
    MapLayer l = std::move(m_layers[static_cast<std::size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(l));
    endMoveRows();
    emit layersChanged();
    return true;
}

void LayerTreeModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= count() || layer(row).style.visible == visible)
        return;
    m_layers[static_cast<std::size_t>(row)].style.visible = visible;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {Qt::CheckStateRole, Qt::AccessibleDescriptionRole});
    emit layersChanged();
}

void LayerTreeModel::setStyle(int row, const render::LayerStyle& style)
{
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].style = style;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
    emit layersChanged();
}

void LayerTreeModel::setProjected(const QHash<QString, render::ProjectedLayerPtr>& projected)
{
    for (MapLayer& l : m_layers)
        if (auto it = projected.constFind(l.id); it != projected.constEnd())
            l.projected = *it;
    emit layersChanged();
}

std::vector<render::RenderLayer> LayerTreeModel::renderLayers() const
{
    std::vector<render::RenderLayer> out;
    out.reserve(m_layers.size());
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        if (it->projected)
            out.push_back({it->projected, it->style});
    return out;
}

QIcon styleSwatch(const render::LayerStyle& style, geo::GeometryType type, int sizePx)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(sizePx * scale, sizePx * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(std::max(0.25, style.opacity));
        const double s = sizePx;
        switch (type) {
        case geo::GeometryType::Point: {
            p.setPen(QPen(style.stroke, 1));
            p.setBrush(style.fill);
            const double r = std::clamp(style.pointSizePx / 2.0, 2.5, s / 2.0 - 1);
            p.drawEllipse(QPointF(s / 2, s / 2), r, r);
            break;
        }
        case geo::GeometryType::Line: {
            QPen pen(style.stroke, std::clamp(style.strokeWidthPx, 1.0, 4.0), style.penStyle, Qt::RoundCap);
            p.setPen(pen);
            p.drawLine(QPointF(1.5, s - 4), QPointF(s - 1.5, 4));
            break;
        }
        default:
            p.setPen(QPen(style.stroke, 1));
            p.setBrush(style.fill);
            p.drawRoundedRect(QRectF(1.5, 2.5, s - 3, s - 5), 2, 2);
            break;
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace corridor::ui
