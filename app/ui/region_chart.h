#pragma once
// RegionChart: a stacked bar chart drawn with QPainter (no QtCharts) of what reaches each region — per
// region (Central Europe, Southern Europe) and commodity one bar for the inflow into the region and one
// bar per country for the demand it serves, each split by origin: from Azerbaijan vs the rest. Gas in
// the user's unit, power in MW, each on its own scale. GUI thread; holds copies of what it draws.

#include "model/flow_tracing.h"
#include "model/units.h"

#include <QWidget>

namespace corridor::ui {

class RegionChart : public QWidget {
    Q_OBJECT
public:
    explicit RegionChart(QWidget* parent = nullptr);

    /// The origin label counted as Azerbaijani (the bundled model's "AZ").
    static constexpr const char* kAzerbaijan = "AZ";

    /// Shows `regions` (gas groups first).
    void setRegions(std::vector<model::RegionSummary> regions, model::GasUnit unit);
    const std::vector<model::RegionSummary>& regions() const { return m_regions; }

    QSize sizeHint() const override { return {420, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<model::RegionSummary> m_regions;
    model::GasUnit m_unit = model::GasUnit::BcmPerYear;
};

} // namespace corridor::ui
