#include "app/ui/measure_panel.h"

#include "app/ui/map_tool.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corridor::ui {

MeasurePanel::MeasurePanel(MeasureTool* tool, QWidget* parent) : QWidget(parent), m_tool(tool)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    auto* clear = new QPushButton(this);
    bar->addWidget(m_mode, 1);
    bar->addWidget(clear);
    lay->addLayout(bar);
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    lay->addWidget(hint);
    m_segments = new QTableWidget(0, 2, this);
    m_segments->horizontalHeader()->setStretchLastSection(true);
    m_segments->verticalHeader()->hide();
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lay->addWidget(m_segments, 1);
    m_total = new QLabel(this);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont f = m_total->font();
    f.setBold(true);
    m_total->setFont(f);
    lay->addWidget(m_total);
    m_texts([=, this] {
        m_mode->setItemText(0, tr("Distance (polyline)"));
        m_mode->setItemText(1, tr("Area (polygon)"));
        m_mode->setAccessibleName(tr("Measure mode"));
        clear->setText(tr("Clear"));
        hint->setText(tr("Click points on the map (snaps to facilities and airports; Shift: no snapping). "
                         "Double-click or Enter finishes, Backspace undoes, Esc clears. Ellipsoidal (WGS 84) geodesics."));
        m_segments->setHorizontalHeaderLabels({tr("Segment"), tr("Length (km)")});
        m_segments->setAccessibleName(tr("Segment lengths"));
    });

    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_tool->setMode(i == 1 ? MeasureTool::Mode::Area : MeasureTool::Mode::Distance); });
    connect(clear, &QPushButton::clicked, m_tool, &MeasureTool::clear);
    connect(m_tool, &MeasureTool::changed, this, &MeasurePanel::update);
    update();
}

void MeasurePanel::update()
{
    const Measurement m = m_tool->measurement();
    const bool area = m_tool->mode() == MeasureTool::Mode::Area;
    {
        const QSignalBlocker b(m_mode);
        m_mode->setCurrentIndex(area ? 1 : 0);
    }
    const QLocale loc;
    m_segments->setRowCount(static_cast<int>(m.segmentM.size()));
    for (int i = 0; i < static_cast<int>(m.segmentM.size()); ++i) {
        const bool closing = area && i + 1 == static_cast<int>(m.segmentM.size());
        auto* a = new QTableWidgetItem(closing ? tr("%1 → 1 (closing)").arg(i + 1) : tr("%1 → %2").arg(i + 1).arg(i + 2));
        auto* b = new QTableWidgetItem(loc.toString(m.segmentM[static_cast<std::size_t>(i)] / 1000.0, 'f', 2));
        b->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_segments->setItem(i, 0, a);
        m_segments->setItem(i, 1, b);
    }
    if (m_tool->points().empty())
        m_total->setText(tr("Nothing measured yet."));
    else if (area)
        m_total->setText(tr("Area: %1 km² · perimeter: %2 km")
                             .arg(loc.toString(m.areaM2 / 1e6, 'f', 1), loc.toString(m.lengthM / 1000.0, 'f', 2)));
    else
        m_total->setText(tr("Total: %1 km").arg(loc.toString(m.lengthM / 1000.0, 'f', 2)));
}

void MeasurePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace corridor::ui
