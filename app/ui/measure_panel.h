#pragma once
// MeasurePanel: what the measure tool measured — geodesic segment lengths (km) and the total, or the
// area (km²) and perimeter of the drawn polygon, all on the WGS 84 ellipsoid. GUI thread.

#include "app/ui/text_binder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace corridor::ui {

class MeasureTool;

class MeasurePanel : public QWidget {
    Q_OBJECT
public:
    MeasurePanel(MeasureTool* tool, QWidget* parent = nullptr);
    QTableWidget* segments() const { return m_segments; }
    QLabel* totalLabel() const { return m_total; }

protected:
    void changeEvent(QEvent* event) override;

private:
    TextBinder m_texts;
    void update();

    MeasureTool* m_tool;
    QComboBox* m_mode;
    QTableWidget* m_segments;
    QLabel* m_total;
};

} // namespace corridor::ui
