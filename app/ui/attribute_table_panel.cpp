#include "app/ui/attribute_table_panel.h"

#include "app/ui/layer_tree_model.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace corridor::ui {

AttributeTablePanel::AttributeTablePanel(LayerTreeModel* layers, FeatureSelection* selection, QWidget* parent)
    : QWidget(parent), m_layers(layers), m_selection(selection), m_model(new AttributeTableModel(this))
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_layerCombo = new QComboBox(this);
    m_layerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    auto* zoomBtn = new QToolButton(this);
    auto* clearBtn = new QToolButton(this);
    m_status = new QLabel(this);
    auto* layerLabel = new QLabel(this);
    m_texts([=, this] {
        m_layerCombo->setAccessibleName(tr("Layer"));
        m_filter->setPlaceholderText(tr("Filter rows…"));
        m_filter->setAccessibleName(tr("Filter rows"));
        zoomBtn->setText(tr("Zoom to selection"));
        zoomBtn->setToolTip(tr("Zoom the map to the selected rows"));
        clearBtn->setText(tr("Clear selection"));
        layerLabel->setText(tr("Layer:"));
    });
    bar->addWidget(layerLabel);
    bar->addWidget(m_layerCombo);
    bar->addWidget(m_filter, 1);
    bar->addWidget(zoomBtn);
    bar->addWidget(clearBtn);
    lay->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_texts([this] { m_view->setAccessibleName(tr("Attribute table")); });
    // Fixed row heights keep the view virtual: it never measures rows off screen.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_status);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); updateStatus(); });
    connect(m_layerCombo, &QComboBox::activated, this, [this](int i) { showLayer(m_layerCombo->itemData(i).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributeTablePanel::viewSelectionChanged);
    connect(m_model, &AttributeTableModel::orderApplied, this, [this] {
        applySelectionToView();
        updateStatus();
    });
    connect(m_selection, &FeatureSelection::changed, this, [this](FeatureSelection::Origin origin) {
        if (origin != FeatureSelection::Origin::Table)
            applySelectionToView();
        updateStatus();
    });
    connect(zoomBtn, &QToolButton::clicked, this, &AttributeTablePanel::zoomToSelectionRequested);
    connect(clearBtn, &QToolButton::clicked, this, [this] { m_selection->setRows(m_layerId, {}, FeatureSelection::Origin::Other); });
    connect(m_layers, &LayerTreeModel::layersChanged, this, &AttributeTablePanel::refreshLayerList);
    connect(m_layers, &LayerTreeModel::modelReset, this, &AttributeTablePanel::refreshLayerList);
    connect(m_layers, &LayerTreeModel::layerRemoved, this, [this](const QString& id) {
        if (id == m_layerId)
            showLayer({});
    });
    refreshLayerList();
}

void AttributeTablePanel::refreshLayerList()
{
    const QSignalBlocker block(m_layerCombo);
    m_layerCombo->clear();
    for (const MapLayer& l : m_layers->layers())
        m_layerCombo->addItem(styleSwatch(l.style, l.data ? l.data->geometryType : geo::GeometryType::None), l.title, l.id);
    const int i = m_layerCombo->findData(m_layerId);
    if (i >= 0) {
        m_layerCombo->setCurrentIndex(i);
        const MapLayer* l = m_layers->layerById(m_layerId);
        if (l && l->data != m_model->layer())
            showLayer(m_layerId);
    } else if (!m_layerId.isEmpty()) {
        showLayer({});
    }
}

void AttributeTablePanel::showLayer(const QString& layerId)
{
    const MapLayer* l = m_layers->layerById(layerId);
    m_layerId = l ? layerId : QString();
    {
        const QSignalBlocker block(m_layerCombo);
        m_layerCombo->setCurrentIndex(m_layerCombo->findData(m_layerId));
    }
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
    }
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setLayer(l ? l->data : geo::LayerDataPtr());
    // Size columns to a sample of rows, never to all of them.
    if (l && l->data && l->data->featureCount() < 2000)
        m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 320));
}

void AttributeTablePanel::viewSelectionChanged()
{
    if (m_syncing || m_layerId.isEmpty())
        return;
    FeatureSelection::Rows rows;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(m_model->sourceRow(r));
    m_selection->setRows(m_layerId, std::move(rows), FeatureSelection::Origin::Table);
}

void AttributeTablePanel::applySelectionToView()
{
    if (m_layerId.isEmpty())
        return;
    const FeatureSelection::Rows& rows = m_selection->rows(m_layerId);
    std::vector<int> viewRows;
    viewRows.reserve(rows.size());
    for (std::uint32_t r : rows) {
        const int v = m_model->viewRow(r);
        if (v >= 0)
            viewRows.push_back(v);
    }
    std::sort(viewRows.begin(), viewRows.end());
    QItemSelection sel;
    const int lastCol = std::max(0, m_model->columnCount() - 1);
    for (std::size_t i = 0; i < viewRows.size();) {
        std::size_t j = i;
        while (j + 1 < viewRows.size() && viewRows[j + 1] == viewRows[j] + 1)
            ++j;
        sel.select(m_model->index(viewRows[i], 0), m_model->index(viewRows[j], lastCol));
        i = j + 1;
    }
    m_syncing = true;
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!viewRows.empty())
        m_view->scrollTo(m_model->index(viewRows.front(), 0));
    m_syncing = false;
}

void AttributeTablePanel::updateStatus()
{
    const QLocale loc;
    const auto& layerData = m_model->layer();
    if (!layerData) {
        m_status->setText(tr("No layer"));
        return;
    }
    m_status->setText(tr("%1 of %2 features shown, %3 selected%4")
                          .arg(loc.toString(m_model->rowCount()), loc.toString(static_cast<qulonglong>(layerData->featureCount())),
                               loc.toString(static_cast<qulonglong>(m_selection->rows(m_layerId).size())),
                               m_model->isBusy() ? tr(" — sorting…") : QString()));
}

void AttributeTablePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace corridor::ui
