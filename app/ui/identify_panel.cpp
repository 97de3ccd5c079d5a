#include "app/ui/identify_panel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor::ui {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    retranslate();
    lay->addWidget(m_summary);
    lay->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        while (item && item->parent())
            item = item->parent();
        if (!item)
            return;
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < static_cast<int>(m_results.size()))
            emit featureActivated(m_results[static_cast<std::size_t>(i)].layerId, m_results[static_cast<std::size_t>(i)].row);
    });
}

void IdentifyPanel::setResults(std::vector<IdentifyResult> results)
{
    m_results = std::move(results);
    m_flows.clear();
    rebuild();
}

void IdentifyPanel::setFlowDetails(std::vector<FlowDetail> flows)
{
    m_flows = std::move(flows);
    rebuild();
}

void IdentifyPanel::setGasUnits(model::GasUnit units)
{
    m_units = units;
    rebuild();
}

QString IdentifyPanel::featureName(const geo::LayerData& data, std::size_t row)
{
    for (const char* f : {"name", "NAME", "title", "label", "name_en", "NAME_EN", "iata", "id"}) {
        const int c = data.fieldIndex(QString::fromLatin1(f));
        if (c >= 0 && !data.columns[static_cast<std::size_t>(c)].isNull(row)) {
            const QString t = data.columns[static_cast<std::size_t>(c)].displayText(row);
            if (!t.isEmpty())
                return t;
        }
    }
    return QStringLiteral("#%1").arg(row < data.fids.size() ? data.fids[row] : static_cast<std::int64_t>(row));
}

QString IdentifyPanel::formatValue(const geo::LayerData& data, int column, std::size_t row, model::GasUnit units)
{
    const geo::AttributeColumn& col = data.columns[static_cast<std::size_t>(column)];
    if (col.isNull(row))
        return {};
    const QLocale loc;
    const QString& name = col.field().name;
    if (col.field().type == geo::FieldType::Real || col.field().type == geo::FieldType::Integer) {
        const double v = col.field().type == geo::FieldType::Real ? col.realValue(row) : static_cast<double>(col.intValue(row));
        if (name.endsWith(QLatin1String("_bcm_y")))
            return QStringLiteral("%1 %2").arg(loc.toString(model::gasFromModel(v, units), 'f', units == model::GasUnit::BcmPerYear ? 2 : 1), model::gasUnitSymbol(units));
        if (name.endsWith(QLatin1String("_km")))
            return tr("%1 km").arg(loc.toString(v, 'f', 1));
        if (name.endsWith(QLatin1String("_mw")))
            return tr("%1 MW").arg(loc.toString(v, 'f', 0));
        if (col.field().type == geo::FieldType::Integer)
            return name.contains(QLatin1String("year")) ? QString::number(col.intValue(row)) : loc.toString(col.intValue(row));
        return loc.toString(v, 'g', 10);
    }
    return col.displayText(row);
}

void IdentifyPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAccessibleName(tr("Identify results"));
    if (m_identified)
        rebuild();
    else
        m_summary->setText(tr("Click a feature on the map with the Identify tool (I)."));
}

void IdentifyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IdentifyPanel::rebuild()
{
    m_identified = true;
    m_tree->clear();
    QList<QTreeWidgetItem*> items;
    for (const FlowDetail& f : m_flows) {
        auto* top = new QTreeWidgetItem({tr("Model flow"), f.title});
        top->setData(0, Qt::UserRole, -1);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(1, bold);
        for (const auto& [field, value] : f.rows)
            top->addChild(new QTreeWidgetItem({field, value}));
        items << top;
    }
    if (m_results.empty() && m_flows.empty()) {
        m_summary->setText(tr("No feature under the cursor."));
        return;
    }
    m_summary->setText(m_results.empty() ? tr("A model flow under the cursor.")
                                         : tr("%n feature(s) under the cursor, topmost layer first.", nullptr, static_cast<int>(m_results.size())));
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        const IdentifyResult& r = m_results[i];
        const geo::LayerData& d = *r.data;
        auto* top = new QTreeWidgetItem({r.layerTitle, featureName(d, r.row)});
        top->setData(0, Qt::UserRole, static_cast<int>(i));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(1, bold);
        top->addChild(new QTreeWidgetItem({tr("Feature id"), QString::number(d.fids[r.row])}));
        for (int c = 0; c < static_cast<int>(d.columns.size()); ++c) {
            const QString value = formatValue(d, c, r.row, m_units);
            auto* item = new QTreeWidgetItem({d.columns[static_cast<std::size_t>(c)].field().name, value});
            item->setToolTip(1, value.size() > 60 ? value : QString());
            top->addChild(item);
        }
        items << top;
    }
    m_tree->addTopLevelItems(items);
    if (!items.isEmpty())
        items.first()->setExpanded(true);
}

} // namespace corridor::ui
