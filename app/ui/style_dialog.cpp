#include "app/ui/style_dialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

namespace corridor::ui {

ColorButton::ColorButton(QWidget* parent) : QPushButton(parent)
{
    setMinimumWidth(90);
    connect(this, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_color, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid())
            setColor(c);
    });
}

void ColorButton::setColor(const QColor& c)
{
    if (c == m_color)
        return;
    m_color = c;
    QPixmap pm(28, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.fillRect(pm.rect(), Qt::white);
    p.fillRect(pm.rect(), c);
    p.setPen(Qt::darkGray);
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    p.end();
    setIcon(pm);
    setIconSize(pm.size());
    setText(c.name(c.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
    setAccessibleDescription(text());
    emit colorChanged(c);
}

SingleSymbolPage::SingleSymbolPage(QWidget* parent) : StyleEditorPage(parent)
{
    auto* form = new QFormLayout(this);
    m_visible = new QCheckBox(tr("Show this layer"), this);
    m_stroke = new ColorButton(this);
    m_fill = new ColorButton(this);
    m_width = new QDoubleSpinBox(this);
    m_width->setRange(0.0, 20.0);
    m_width->setSingleStep(0.2);
    m_width->setSuffix(tr(" px"));
    m_dash = new QComboBox(this);
    m_dash->addItem(tr("Solid"), static_cast<int>(Qt::SolidLine));
    m_dash->addItem(tr("Dashed"), static_cast<int>(Qt::DashLine));
    m_dash->addItem(tr("Dotted"), static_cast<int>(Qt::DotLine));
    m_dash->addItem(tr("Dash-dot"), static_cast<int>(Qt::DashDotLine));
    m_dash->addItem(tr("No line"), static_cast<int>(Qt::NoPen));
    m_pointSize = new QDoubleSpinBox(this);
    m_pointSize->setRange(1.0, 40.0);
    m_pointSize->setSuffix(tr(" px"));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setAccessibleName(tr("Opacity"));
    form->addRow(m_visible);
    form->addRow(tr("&Line colour:"), m_stroke);
    form->addRow(tr("&Fill colour:"), m_fill);
    form->addRow(tr("Line &width:"), m_width);
    form->addRow(tr("&Dash:"), m_dash);
    form->addRow(tr("&Point size:"), m_pointSize);
    form->addRow(tr("&Opacity:"), m_opacity);
    connect(m_visible, &QCheckBox::toggled, this, &StyleEditorPage::changed);
    connect(m_stroke, &ColorButton::colorChanged, this, &StyleEditorPage::changed);
    connect(m_fill, &ColorButton::colorChanged, this, &StyleEditorPage::changed);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &StyleEditorPage::changed);
    connect(m_dash, &QComboBox::currentIndexChanged, this, &StyleEditorPage::changed);
    connect(m_pointSize, &QDoubleSpinBox::valueChanged, this, &StyleEditorPage::changed);
    connect(m_opacity, &QSlider::valueChanged, this, &StyleEditorPage::changed);
}

QString SingleSymbolPage::title() const
{
    return tr("Single symbol");
}

void SingleSymbolPage::load(const render::LayerStyle& s, geo::GeometryType type)
{
    const QSignalBlocker b1(m_visible), b2(m_stroke), b3(m_fill), b4(m_width), b5(m_dash), b6(m_pointSize), b7(m_opacity);
    m_visible->setChecked(s.visible);
    m_stroke->setColor(s.stroke);
    m_fill->setColor(s.fill);
    m_width->setValue(s.strokeWidthPx);
    m_dash->setCurrentIndex(std::max(0, m_dash->findData(static_cast<int>(s.penStyle))));
    m_pointSize->setValue(s.pointSizePx);
    m_opacity->setValue(static_cast<int>(std::lround(s.opacity * 100)));
    m_fill->setEnabled(type != geo::GeometryType::Line);
    m_pointSize->setEnabled(type == geo::GeometryType::Point || type == geo::GeometryType::Mixed);
}

void SingleSymbolPage::store(render::LayerStyle& s) const
{
    s.visible = m_visible->isChecked();
    s.stroke = m_stroke->color();
    s.fill = m_fill->color();
    s.strokeWidthPx = m_width->value();
    s.penStyle = static_cast<Qt::PenStyle>(m_dash->currentData().toInt());
    s.pointSizePx = m_pointSize->value();
    s.opacity = m_opacity->value() / 100.0;
}

StyleDialog::StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::GeometryType type, QWidget* parent)
    : QDialog(parent), m_original(style), m_type(type)
{
    setWindowTitle(tr("Style — %1").arg(layerTitle));
    auto* lay = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    lay->addWidget(m_tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        emit styleChanged(m_original);
        reject();
    });
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        for (StyleEditorPage* p : m_pages)
            p->load(m_original, m_type);
        emit styleChanged(m_original);
    });
    addPage(new SingleSymbolPage(this));
}

void StyleDialog::addPage(StyleEditorPage* page)
{
    page->load(m_original, m_type);
    m_pages.push_back(page);
    m_tabs->addTab(page, page->title());
    connect(page, &StyleEditorPage::changed, this, [this] { emit styleChanged(style()); });
}

render::LayerStyle StyleDialog::style() const
{
    render::LayerStyle s = m_original;
    for (StyleEditorPage* p : m_pages)
        p->store(s);
    return s;
}

} // namespace corridor::ui
