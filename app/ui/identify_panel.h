#pragma once
// IdentifyPanel: the attributes of the features under the last identify click, all layers, topmost
// layer first; one expandable entry per feature. Selecting an entry asks the window to zoom to it.
// GUI thread.

#include "app/ui/app_settings.h"
#include "geo/layer_data.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace corridor::ui {

struct IdentifyResult {
    QString layerId;
    QString layerTitle;
    geo::LayerDataPtr data;
    std::uint32_t row = 0;
};

/// A model flow line under the click (from the flow overlay): shown above the features.
struct FlowDetail {
    QString title; // e.g. "G5 — IBS Novi Iskar – Niš"
    std::vector<std::pair<QString, QString>> rows; // field, value (already translated and formatted)
};

class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);

    void setResults(std::vector<IdentifyResult> results);
    /// Model flows under the click, listed first (cleared by the next setResults()).
    void setFlowDetails(std::vector<FlowDetail> flows);
    const std::vector<FlowDetail>& flowDetails() const { return m_flows; }
    const std::vector<IdentifyResult>& results() const { return m_results; }
    void setGasUnits(model::GasUnit units);
    QTreeWidget* tree() const { return m_tree; }

    /// The display name of a feature: its name/title/id attribute, else "#fid".
    static QString featureName(const geo::LayerData& data, std::size_t row);
    /// An attribute value formatted for people (gas volumes in the chosen units, numbers localised).
    static QString formatValue(const geo::LayerData& data, int column, std::size_t row, model::GasUnit units);

signals:
    void featureActivated(const QString& layerId, std::uint32_t row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();

    QLabel* m_summary;
    QTreeWidget* m_tree;
    std::vector<IdentifyResult> m_results;
    std::vector<FlowDetail> m_flows;
    model::GasUnit m_units = model::GasUnit::BcmPerYear;
    bool m_identified = false; // results (possibly none) were shown: the summary describes them
};

} // namespace corridor::ui
