#include "app/ui/model_pane.h"

#include "app/ui/model_table_model.h"
#include "app/ui/region_chart.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace corridor::ui {

namespace {

enum Tab { LinksTab, NodesTab, RegionsTab, DifferenceTab, N1Tab };

QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* v = new QTableView(parent);
    v->setObjectName(objectName);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setMaximumSectionSize(260); // long names are elided, ids stay in view
    v->setWordWrap(false);
    return v;
}

QStandardItem* numberItem(const QString& text, double sortValue)
{
    auto* item = new QStandardItem(text);
    item->setData(sortValue, Qt::UserRole + 1);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

double valueAt(const std::map<QString, double>& m, const QString& k)
{
    const auto it = m.find(k);
    return it == m.end() ? 0.0 : it->second;
}

QString linkCommodity(const model::Network& net, const model::Link& l)
{
    if (!l.commodity.isEmpty())
        return l.commodity;
    const int from = net.nodeIndex(l.from);
    return from >= 0 ? net.nodes[static_cast<std::size_t>(from)].commodity : QString();
}

} // namespace

ModelPane::ModelPane(ModelSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("ModelPane"));
    m_units = AppSettings::gasUnits();
    m_session->setGasUnit(m_units);
    buildUi();
    retranslateUi();
    connect(m_session, &ModelSession::documentChanged, this, &ModelPane::documentChanged);
    connect(m_session, &ModelSession::currentScenarioChanged, this, [this] {
        fillScenarioCombos();
        m_linkModel->refresh();
        m_nodeModel->refresh();
        updateSummary();
    });
    connect(m_session, &ModelSession::solved, this, &ModelPane::solved);
    documentChanged();
}

ModelPane::~ModelPane() = default;

void ModelPane::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_noModel = new QLabel(m_stack);
    m_noModel->setObjectName(QStringLiteral("NoModelLabel"));
    m_noModel->setWordWrap(true);
    m_noModel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noModel->setMargin(8);
    m_stack->addWidget(m_noModel);

    auto* body = new QWidget(m_stack);
    auto* lay = new QVBoxLayout(body);
    lay->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(body);

    // Scenario row.
    auto* row = new QHBoxLayout;
    m_scenarioLabel = new QLabel(body);
    m_scenario = new QComboBox(body);
    m_scenario->setObjectName(QStringLiteral("ScenarioCombo"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(16);
    m_scenarioLabel->setBuddy(m_scenario);
    auto makeButton = [body](const QString& name) {
        auto* b = new QToolButton(body);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_duplicate = makeButton(QStringLiteral("DuplicateScenario"));
    m_rename = makeButton(QStringLiteral("RenameScenario"));
    m_delete = makeButton(QStringLiteral("DeleteScenario"));
    m_unitsLabel = new QLabel(body);
    m_unitsCombo = new QComboBox(body);
    m_unitsCombo->setObjectName(QStringLiteral("UnitsCombo"));
    for (model::GasUnit u : {model::GasUnit::BcmPerYear, model::GasUnit::McmPerDay, model::GasUnit::GWhPerDay})
        m_unitsCombo->addItem(model::gasUnitSymbol(u), static_cast<int>(u)); // unit symbols: not translated
    m_unitsCombo->setCurrentIndex(std::max(0, m_unitsCombo->findData(static_cast<int>(m_units))));
    m_unitsLabel->setBuddy(m_unitsCombo);
    m_showFlows = new QToolButton(body);
    m_showFlows->setObjectName(QStringLiteral("ShowFlowsButton"));
    m_showFlows->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_showFlows->hide(); // until the window hands its action over
    row->addWidget(m_scenarioLabel);
    row->addWidget(m_scenario, 1);
    row->addWidget(m_duplicate);
    row->addWidget(m_rename);
    row->addWidget(m_delete);
    lay->addLayout(row);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_unitsLabel);
    row2->addWidget(m_unitsCombo);
    row2->addStretch(1);
    row2->addWidget(m_showFlows);
    lay->addLayout(row2);

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("ModelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_summary);
    m_message = new QLabel(body);
    m_message->setObjectName(QStringLiteral("ModelMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; }"));
    m_message->hide();
    lay->addWidget(m_message);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);

    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(QStringLiteral("ModelTabs"));
    m_tabs->setDocumentMode(true);
    lay->addWidget(m_tabs, 1);

    // Links and nodes.
    m_linkModel = new LinkTableModel(m_session, this);
    m_linkView = makeTable(m_tabs, QStringLiteral("LinkTable"));
    m_linkView->setModel(m_linkModel);
    // One delegate per view: a delegate's commit/close signals reach every view that uses it.
    m_linkView->setItemDelegateForColumn(LinkTableModel::Capacity, new NumberDelegate(m_linkView));
    m_linkView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_linkView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tabs->addTab(m_linkView, QString());
    for (int c : {LinkTableModel::Id, LinkTableModel::Route, LinkTableModel::Capacity, LinkTableModel::Flow, LinkTableModel::Utilisation})
        m_linkView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_linkView->horizontalHeader()->resizeSection(LinkTableModel::Name, 150);
    m_nodeModel = new NodeTableModel(m_session, this);
    m_nodeView = makeTable(m_tabs, QStringLiteral("NodeTable"));
    m_nodeView->setModel(m_nodeModel);
    auto* nodeDelegate = new NumberDelegate(m_nodeView);
    m_nodeView->setItemDelegateForColumn(NodeTableModel::Supply, nodeDelegate);
    m_nodeView->setItemDelegateForColumn(NodeTableModel::Demand, nodeDelegate);
    m_nodeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tabs->addTab(m_nodeView, QString());
    for (int c : {NodeTableModel::Id, NodeTableModel::Kind, NodeTableModel::Country, NodeTableModel::Supply, NodeTableModel::Demand,
                  NodeTableModel::Served, NodeTableModel::Unserved})
        m_nodeView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_nodeView->horizontalHeader()->resizeSection(NodeTableModel::Name, 150);
    for (ModelTableBase* m : {static_cast<ModelTableBase*>(m_linkModel), static_cast<ModelTableBase*>(m_nodeModel)})
        connect(m, &ModelTableBase::inputRejected, this, &ModelPane::showMessage);

    // Regions.
    auto* regions = new QSplitter(Qt::Vertical, m_tabs);
    m_chart = new RegionChart(regions);
    m_regionModel = new QStandardItemModel(this);
    m_regionView = makeTable(regions, QStringLiteral("RegionTable"));
    m_regionView->setModel(m_regionModel);
    m_regionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    regions->addWidget(m_chart);
    regions->addWidget(m_regionView);
    regions->setStretchFactor(0, 3);
    regions->setStretchFactor(1, 2);
    m_tabs->addTab(regions, QString());

    // Difference.
    auto* diff = new QWidget(m_tabs);
    auto* diffLay = new QVBoxLayout(diff);
    diffLay->setContentsMargins(2, 4, 2, 2);
    auto* diffRow = new QHBoxLayout;
    m_compareLabel = new QLabel(diff);
    m_compare = new QComboBox(diff);
    m_compare->setObjectName(QStringLiteral("CompareCombo"));
    m_compareLabel->setBuddy(m_compare);
    m_diffOnMap = new QCheckBox(diff);
    m_diffOnMap->setObjectName(QStringLiteral("DifferenceOnMap"));
    diffRow->addWidget(m_compareLabel);
    diffRow->addWidget(m_compare, 1);
    diffRow->addWidget(m_diffOnMap);
    diffLay->addLayout(diffRow);
    m_diffNote = new QLabel(diff);
    m_diffNote->setWordWrap(true);
    diffLay->addWidget(m_diffNote);
    m_diffModel = new QStandardItemModel(this);
    m_diffView = makeTable(diff, QStringLiteral("DifferenceTable"));
    m_diffView->setModel(m_diffModel);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    diffLay->addWidget(m_diffView, 1);
    m_tabs->addTab(diff, QString());
    connect(m_compare, &QComboBox::activated, this, [this] { m_session->setCompareScenario(m_compare->currentData().toString()); });
    connect(m_diffOnMap, &QCheckBox::toggled, this, [this] { emit overlayChoiceChanged(); });

    // N-1.
    auto* n1 = new QWidget(m_tabs);
    auto* n1Lay = new QVBoxLayout(n1);
    n1Lay->setContentsMargins(2, 4, 2, 2);
    auto* n1Row = new QHBoxLayout;
    m_n1Run = new QPushButton(n1);
    m_n1Run->setObjectName(QStringLiteral("RunN1"));
    m_n1Cancel = new QPushButton(n1);
    m_n1Cancel->setObjectName(QStringLiteral("CancelN1"));
    m_n1Cancel->setEnabled(false);
    m_n1Progress = new QProgressBar(n1);
    m_n1Progress->setRange(0, 1);
    m_n1Progress->setValue(0);
    m_n1Progress->setTextVisible(false);
    m_n1Progress->setMaximumHeight(m_n1Run->sizeHint().height() / 2);
    n1Row->addWidget(m_n1Run);
    n1Row->addWidget(m_n1Cancel);
    n1Row->addWidget(m_n1Progress, 1);
    n1Lay->addLayout(n1Row);
    m_n1Note = new QLabel(n1);
    m_n1Note->setWordWrap(true);
    n1Lay->addWidget(m_n1Note);
    m_n1Model = new QStandardItemModel(this);
    m_n1View = makeTable(n1, QStringLiteral("N1Table"));
    m_n1View->setModel(m_n1Model);
    m_n1View->setEditTriggers(QAbstractItemView::NoEditTriggers);
    n1Lay->addWidget(m_n1View, 1);
    m_tabs->addTab(n1, QString());
    connect(m_n1Run, &QPushButton::clicked, this, &ModelPane::runN1);
    connect(m_n1Cancel, &QPushButton::clicked, this, &ModelPane::cancelN1);
    auto zoomFrom = [this](const QModelIndex& i) {
        const QString id = i.siblingAtColumn(1).data(Qt::UserRole + 2).toString();
        if (!id.isEmpty())
            emit zoomToLinkRequested(id);
    };
    connect(m_n1View, &QTableView::clicked, this, zoomFrom);
    connect(m_n1View, &QTableView::activated, this, zoomFrom);
    // Links table: a double-click (or Enter) on a cell that is not edited shows the link on the map.
    connect(m_linkView, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (i.column() != LinkTableModel::Capacity)
            emit zoomToLinkRequested(i.data(Qt::UserRole).toString());
    });
    connect(m_diffView, &QTableView::clicked, this, [this](const QModelIndex& i) {
        const QString id = i.siblingAtColumn(0).data(Qt::UserRole + 2).toString();
        if (!id.isEmpty())
            emit zoomToLinkRequested(id);
    });

    connect(m_scenario, &QComboBox::activated, this, [this] { m_session->setCurrentScenario(m_scenario->currentText()); });
    connect(m_unitsCombo, &QComboBox::activated, this, [this] {
        const auto units = static_cast<model::GasUnit>(m_unitsCombo->currentData().toInt());
        setGasUnits(units);
        emit gasUnitsChanged(units);
    });
    connect(m_duplicate, &QToolButton::clicked, this, &ModelPane::askDuplicate);
    connect(m_rename, &QToolButton::clicked, this, &ModelPane::askRename);
    connect(m_delete, &QToolButton::clicked, this, &ModelPane::askDelete);
}

void ModelPane::retranslateUi()
{
    m_noModel->setText(tr("This project has no network model.\n\nA model (nodes, links and scenarios in the tables model_nodes, "
                          "model_links, model_scenarios of the GeoPackage) lets you edit capacities and demands and see the "
                          "resulting flows on the map. The bundled corridor project has one."));
    m_scenarioLabel->setText(tr("&Scenario:"));
    m_scenario->setToolTip(tr("The scenario shown on the map and edited in the tables"));
    m_duplicate->setText(tr("Duplicate…"));
    m_duplicate->setToolTip(tr("Copy the current scenario under a new name"));
    m_rename->setText(tr("Rename…"));
    m_rename->setToolTip(tr("Rename the current scenario"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the current scenario"));
    m_unitsLabel->setText(tr("&Units:"));
    m_unitsCombo->setToolTip(tr("Units of gas figures (power is always in MW)"));
    m_tabs->setTabText(LinksTab, tr("Links"));
    m_tabs->setTabText(NodesTab, tr("Nodes"));
    m_tabs->setTabText(RegionsTab, tr("Regions"));
    m_tabs->setTabText(DifferenceTab, tr("Difference"));
    m_tabs->setTabText(N1Tab, tr("N-1"));
    m_tabs->setTabToolTip(LinksTab, tr("Capacities and flows of pipelines and power links; edit a capacity to re-solve"));
    m_tabs->setTabToolTip(NodesTab, tr("Supply, demand and what is served; edit supply or demand to re-solve"));
    m_tabs->setTabToolTip(RegionsTab, tr("Gas into Central and Southern Europe by country and origin"));
    m_tabs->setTabToolTip(DifferenceTab, tr("Flows of another scenario compared with this one"));
    m_tabs->setTabToolTip(N1Tab, tr("Each link out of service in turn, ranked by the demand it cuts"));
    m_linkView->setAccessibleName(tr("Links of the network model"));
    m_nodeView->setAccessibleName(tr("Nodes of the network model"));
    m_regionView->setAccessibleName(tr("Regional summary"));
    m_diffView->setAccessibleName(tr("Flow differences between scenarios"));
    m_n1View->setAccessibleName(tr("Single-outage ranking"));
    m_compareLabel->setText(tr("&Compare with:"));
    m_compare->setToolTip(tr("Δflow = that scenario's flow minus this scenario's flow"));
    m_diffOnMap->setText(tr("Show Δ on the &map"));
    m_diffOnMap->setToolTip(tr("Draw the flow differences instead of the flows: blue more, red less"));
    m_n1Run->setText(tr("&Run N-1"));
    m_n1Run->setToolTip(tr("Solve once per link with that link out of service"));
    m_n1Cancel->setText(tr("Cancel"));
    if (!m_n1Running && !m_n1)
        m_n1Note->setText(tr("Runs in the background; click a row to show the link on the map."));
    m_linkModel->retranslate();
    m_nodeModel->retranslate();
    fillScenarioCombos();
    fillRegionTable();
    fillDifferenceTable();
    fillN1Table();
    updateSummary();
}

void ModelPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ModelPane::setShowFlowsAction(QAction* action)
{
    m_showFlows->setDefaultAction(action);
    m_showFlows->setVisible(action != nullptr);
}

void ModelPane::setGasUnits(model::GasUnit units)
{
    m_units = units;
    {
        const QSignalBlocker block(m_unitsCombo);
        m_unitsCombo->setCurrentIndex(std::max(0, m_unitsCombo->findData(static_cast<int>(units))));
    }
    m_session->setGasUnit(units);
    m_linkModel->refresh();
    m_nodeModel->refresh();
    m_chart->setRegions(m_session->latest() ? m_session->latest()->regions : std::vector<model::RegionSummary>{}, units);
    fillRegionTable();
    fillDifferenceTable();
    fillN1Table();
    updateSummary();
}

bool ModelPane::showsDifferenceOnMap() const
{
    return m_diffOnMap->isChecked() && !m_session->compareScenario().isEmpty();
}

void ModelPane::documentChanged()
{
    const bool has = m_session->hasModel();
    m_stack->setCurrentIndex(has ? 1 : 0);
    setEnabled(true); // the explanation stays readable
    m_stack->widget(1)->setEnabled(has);
    m_delete->setEnabled(m_session->scenarioNames().size() > 1);
    m_rename->setEnabled(!m_session->currentScenario().isEmpty());
    m_duplicate->setEnabled(!m_session->currentScenario().isEmpty());
    fillScenarioCombos();
    m_linkModel->refresh();
    m_nodeModel->refresh();
    updateSummary();
}

void ModelPane::fillScenarioCombos()
{
    const QStringList names = m_session->scenarioNames();
    {
        const QSignalBlocker block(m_scenario);
        m_scenario->clear();
        m_scenario->addItems(names);
        m_scenario->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(m_session->currentScenario()))));
    }
    {
        const QSignalBlocker block(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("(none)"), QString());
        for (const QString& n : names)
            if (n != m_session->currentScenario())
                m_compare->addItem(n, n);
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_session->compareScenario())));
    }
    m_delete->setEnabled(names.size() > 1);
}

void ModelPane::solved()
{
    const ModelSolvePtr& s = m_session->latest();
    m_linkModel->refresh();
    m_nodeModel->refresh();
    m_chart->setRegions(s ? s->regions : std::vector<model::RegionSummary>{}, m_units);
    fillRegionTable();
    fillDifferenceTable();
    updateSummary();
    if (s && !s->error.isEmpty())
        showMessage(tr("The scenario “%1” could not be solved: %2").arg(s->scenario, s->error));
    emit overlayChoiceChanged();
}

void ModelPane::updateSummary()
{
    const ModelSolvePtr& s = m_session->latest();
    if (!m_session->hasModel() || !s || !s->error.isEmpty()) {
        m_summary->setText(m_session->hasModel() ? tr("Solving…") : QString());
        return;
    }
    const model::GasUnit unit = m_units;
    QStringList parts;
    for (const auto& [commodity, demand] : s->result.demandByCommodity) {
        if (commodity.isEmpty() && demand <= 0.0)
            continue;
        const double served = valueAt(s->result.servedByCommodity, commodity);
        parts << tr("%1 served of %2 demanded").arg(formatModelNumber(commodity, served, unit), formatModelNumber(commodity, demand, unit));
    }
    int bottlenecks = 0;
    for (const auto& l : s->result.links)
        bottlenecks += l.bottleneck ? 1 : 0;
    m_summary->setText(tr("%1 · %n bottleneck(s) · solved in %2 ms", nullptr, bottlenecks)
                           .arg(parts.join(QStringLiteral(" · ")), QLocale().toString(s->solveMs + s->overlayMs, 'f', 1)));
}

void ModelPane::fillRegionTable()
{
    m_regionModel->clear();
    m_regionModel->setHorizontalHeaderLabels({tr("Region / country"), tr("Inflow"), tr("Demand"), tr("Served"), tr("Unserved"),
                                              tr("From Azerbaijan"), tr("Other origins")});
    const ModelSolvePtr& s = m_session->latest();
    if (!s || !s->error.isEmpty())
        return;
    const model::GasUnit unit = m_units;
    const QString az = QString::fromLatin1(RegionChart::kAzerbaijan);
    for (const model::RegionSummary& r : s->regions) {
        const QString c = r.commodity;
        auto fmt = [&](double v) { return formatModelNumber(c, v, unit); };
        const double azServed = valueAt(r.servedByOrigin, az);
        QList<QStandardItem*> row{textItem(c.isEmpty() ? r.name : QStringLiteral("%1 (%2)").arg(r.name, c)), numberItem(fmt(r.inflow), r.inflow),
                                  numberItem(fmt(r.demand), r.demand), numberItem(fmt(r.served), r.served),
                                  numberItem(fmt(r.unserved), r.unserved), numberItem(fmt(azServed), azServed),
                                  numberItem(fmt(std::max(0.0, r.served - azServed)), r.served - azServed)};
        QFont bold = row.first()->font();
        bold.setBold(true);
        for (QStandardItem* i : row)
            i->setFont(bold);
        m_regionModel->appendRow(row);
        for (const model::CountrySummary& cs : r.countries) {
            const double a = valueAt(cs.servedByOrigin, az);
            m_regionModel->appendRow({textItem(QStringLiteral("    %1").arg(cs.country)), numberItem(fmt(cs.inflow), cs.inflow),
                                      numberItem(fmt(cs.demand), cs.demand), numberItem(fmt(cs.served), cs.served),
                                      numberItem(fmt(cs.unserved), cs.unserved), numberItem(fmt(a), a),
                                      numberItem(fmt(std::max(0.0, cs.served - a)), cs.served - a)});
        }
    }
    m_regionView->resizeColumnsToContents();
}

void ModelPane::fillDifferenceTable()
{
    m_diffModel->clear();
    const QString other = m_session->compareScenario();
    m_diffModel->setHorizontalHeaderLabels({tr("Link"), tr("Name"), tr("Flow here"), other.isEmpty() ? tr("Flow there") : tr("Flow in %1").arg(other),
                                            tr("Δ flow")});
    const ModelSolvePtr& s = m_session->latest();
    if (other.isEmpty()) {
        m_diffNote->setText(tr("Choose a scenario to compare with."));
        return;
    }
    if (!s || !s->error.isEmpty() || s->compareScenario != other) {
        m_diffNote->setText(tr("Solving…"));
        return;
    }
    if (!s->compareResult) {
        m_diffNote->setText(tr("“%1” could not be solved: %2").arg(other, s->compareError));
        return;
    }
    m_diffNote->setText(tr("Δ = flow in “%1” minus flow in “%2”, largest changes first.").arg(other, s->scenario));
    const model::GasUnit unit = m_units;
    struct Row {
        std::size_t i;
        double delta;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < s->result.links.size() && i < s->compareResult->links.size(); ++i)
        rows.push_back({i, s->compareResult->links[i].flow - s->result.links[i].flow});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return std::abs(a.delta) > std::abs(b.delta); });
    for (const Row& r : rows) {
        const model::Link& l = s->network.links[r.i];
        const QString c = linkCommodity(s->network, l);
        auto* id = textItem(l.id);
        id->setData(l.id, Qt::UserRole + 2);
        QString delta = formatModelNumber(c, r.delta, unit);
        if (r.delta > 0 && delta.at(0).isDigit())
            delta.prepend(QLatin1Char('+'));
        auto* d = numberItem(delta, r.delta);
        if (std::abs(r.delta) > 1e-9)
            d->setForeground(r.delta > 0 ? QColor(0x1f, 0x5f, 0xb4) : QColor(0xb0, 0x1c, 0x1c));
        m_diffModel->appendRow({id, textItem(l.name), numberItem(formatModelNumber(c, s->result.links[r.i].flow, unit), s->result.links[r.i].flow),
                                numberItem(formatModelNumber(c, s->compareResult->links[r.i].flow, unit), s->compareResult->links[r.i].flow), d});
    }
    m_diffView->resizeColumnsToContents();
}

void ModelPane::runN1()
{
    if (!m_session->hasModel() || m_n1Running)
        return;
    const std::uint64_t request = ++m_n1Request;
    m_n1Running = true;
    m_n1Network = m_session->network();
    m_n1Scenario = m_session->currentScenario();
    m_n1Run->setEnabled(false);
    m_n1Cancel->setEnabled(true);
    m_n1Progress->setRange(0, 0); // busy: the sweep is one library call
    m_n1Note->setText(tr("Solving with each of %n link(s) out of service…", nullptr, static_cast<int>(m_n1Network.links.size())));
    auto* watcher = new QFutureWatcher<model::Result<model::OutageSweep>>(this);
    connect(watcher, &QFutureWatcher<model::Result<model::OutageSweep>>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_n1Request)
            return; // cancelled or superseded
        m_n1Running = false;
        m_n1Run->setEnabled(true);
        m_n1Cancel->setEnabled(false);
        m_n1Progress->setRange(0, 1);
        m_n1Progress->setValue(1);
        auto r = watcher->result();
        if (!r) {
            m_n1.reset();
            showMessage(tr("The N-1 analysis failed: %1").arg(r.error().message));
        } else {
            m_n1 = std::move(*r);
        }
        fillN1Table();
        emit n1Finished();
    });
    watcher->setFuture(QtConcurrent::run([net = m_n1Network]() -> model::Result<model::OutageSweep> {
        try {
            return model::sweepSingleOutages(net);
        } catch (const std::exception& e) {
            return model::Error{model::ErrorCode::Internal, QString::fromUtf8(e.what()), {}};
        }
    }));
}

void ModelPane::cancelN1()
{
    if (!m_n1Running)
        return;
    ++m_n1Request; // the running sweep's result is dropped when it arrives
    m_n1Running = false;
    m_n1Run->setEnabled(true);
    m_n1Cancel->setEnabled(false);
    m_n1Progress->setRange(0, 1);
    m_n1Progress->setValue(0);
    m_n1Note->setText(tr("Cancelled."));
}

void ModelPane::fillN1Table()
{
    m_n1Model->clear();
    m_n1Model->setHorizontalHeaderLabels({tr("Rank"), tr("Link out of service"), tr("Name"), tr("Demand lost"), tr("Unserved in total"),
                                          tr("Cost change")});
    if (!m_n1)
        return;
    m_n1Note->setText(tr("Scenario “%1”: %n outage(s), ranked by the demand they cut. Click a row to show the link.", nullptr,
                         static_cast<int>(m_n1->ranking.size()))
                          .arg(m_n1Scenario));
    const model::GasUnit unit = m_units;
    int rank = 0;
    for (const model::OutageImpact& o : m_n1->ranking) {
        const int li = m_n1Network.linkIndex(o.linkId);
        const model::Link* l = li >= 0 ? &m_n1Network.links[static_cast<std::size_t>(li)] : nullptr;
        QStringList lost;
        for (const auto& [commodity, v] : o.lossByCommodity)
            if (v > 1e-9)
                lost << formatModelNumber(commodity, v, unit);
        auto* id = textItem(o.linkId);
        id->setData(o.linkId, Qt::UserRole + 2);
        m_n1Model->appendRow({numberItem(QLocale().toString(++rank), rank), id, textItem(l ? l->name : QString()),
                              numberItem(lost.isEmpty() ? QStringLiteral("0") : lost.join(QStringLiteral(" + ")), o.servedLoss),
                              numberItem(QLocale().toString(o.unservedTotal, 'f', 2), o.unservedTotal),
                              numberItem(QLocale().toString(o.costChange, 'f', 0), o.costChange)});
    }
    m_n1View->resizeColumnsToContents();
}

// --- scenarios -------------------------------------------------------------------------------------

void ModelPane::showMessage(const QString& text)
{
    m_lastMessage = text;
    m_message->setText(text);
    m_message->show();
    m_messageTimer->start();
    emit messageShown(text);
}

QString ModelPane::checkNewName(const QString& name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("A scenario needs a name.");
    if (m_session->scenarioNames().contains(n))
        return tr("There is already a scenario called “%1”.").arg(n);
    return {};
}

bool ModelPane::duplicateScenario(const QString& newName)
{
    if (const QString problem = checkNewName(newName); !problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    if (auto st = m_session->duplicateScenario(m_session->currentScenario(), newName); !st) {
        showMessage(tr("The scenario was not copied: %1").arg(st.error().message));
        return false;
    }
    return true;
}

bool ModelPane::renameScenario(const QString& newName)
{
    if (newName.trimmed() == m_session->currentScenario())
        return true;
    if (const QString problem = checkNewName(newName); !problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    if (auto st = m_session->renameScenario(m_session->currentScenario(), newName); !st) {
        showMessage(tr("The scenario was not renamed: %1").arg(st.error().message));
        return false;
    }
    return true;
}

bool ModelPane::deleteScenario()
{
    if (m_session->scenarioNames().size() <= 1) {
        showMessage(tr("The last scenario cannot be deleted."));
        return false;
    }
    if (auto st = m_session->removeScenario(m_session->currentScenario()); !st) {
        showMessage(tr("The scenario was not deleted: %1").arg(st.error().message));
        return false;
    }
    return true;
}

void ModelPane::askDuplicate()
{
    // Window-modal, never a nested event loop (QInputDialog::open).
    auto* dlg = new QInputDialog(this);
    dlg->setObjectName(QStringLiteral("ScenarioNameDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Duplicate Scenario"));
    dlg->setLabelText(tr("Name of the copy of “%1”:").arg(m_session->currentScenario()));
    dlg->setTextValue(tr("%1 (copy)").arg(m_session->currentScenario()));
    connect(dlg, &QInputDialog::textValueSelected, this, [this](const QString& name) { duplicateScenario(name); });
    dlg->open();
}

void ModelPane::askRename()
{
    auto* dlg = new QInputDialog(this);
    dlg->setObjectName(QStringLiteral("ScenarioNameDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Rename Scenario"));
    dlg->setLabelText(tr("New name of “%1”:").arg(m_session->currentScenario()));
    dlg->setTextValue(m_session->currentScenario());
    connect(dlg, &QInputDialog::textValueSelected, this, [this](const QString& name) { renameScenario(name); });
    dlg->open();
}

void ModelPane::askDelete()
{
    if (m_session->scenarioNames().size() <= 1) {
        showMessage(tr("The last scenario cannot be deleted."));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Scenario"),
                                tr("Delete the scenario “%1”? You can undo this with Edit ▸ Undo.").arg(m_session->currentScenario()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("DeleteScenarioConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            deleteScenario();
    });
    box->open();
}

} // namespace corridor::ui
