#include "app/ui/style_dialog.h"

#include "app/ui/style_pages.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace corridor::ui {

ColorButton::ColorButton(QWidget* parent) : QPushButton(parent)
{
    setMinimumWidth(90);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // a swatch, not a bar across the form
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

void PreciseSpinBox::setExactValue(double v)
{
    setValue(v);
    m_exact = v;
    m_shown = value();
}

SingleSymbolPage::SingleSymbolPage(QWidget* parent) : StyleEditorPage(parent)
{
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    lay->addLayout(form);
    m_visible = new QCheckBox(tr("Show this layer"), this);
    m_stroke = new ColorButton(this);
    m_fill = new ColorButton(this);
    m_width = new PreciseSpinBox(this);
    m_width->setRange(0.0, 20.0);
    m_width->setSingleStep(0.2);
    m_width->setSuffix(tr(" px"));
    m_dash = new QComboBox(this);
    m_dash->addItem(tr("Solid"), static_cast<int>(Qt::SolidLine));
    m_dash->addItem(tr("Dashed"), static_cast<int>(Qt::DashLine));
    m_dash->addItem(tr("Dotted"), static_cast<int>(Qt::DotLine));
    m_dash->addItem(tr("Dash-dot"), static_cast<int>(Qt::DashDotLine));
    m_dash->addItem(tr("No line"), static_cast<int>(Qt::NoPen));
    // The bundled styles use their own dash patterns (dashPattern); offered only when loaded with one.
    m_dash->addItem(tr("Custom dashes"), static_cast<int>(Qt::CustomDashLine));
    m_pointSize = new PreciseSpinBox(this);
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

    m_others = new QGroupBox(tr("Other values"), this);
    auto* othersForm = new QFormLayout(m_others);
    m_drawOthers = new QCheckBox(tr("Draw features matching no category or class wit&h this symbol"), m_others);
    m_othersLabel = new QLineEdit(m_others);
    m_othersLabel->setPlaceholderText(tr("e.g. Other"));
    othersForm->addRow(m_drawOthers);
    othersForm->addRow(tr("Legend &text:"), m_othersLabel);
    lay->addWidget(m_others);
    lay->addStretch(1);
    m_others->hide();

    connect(m_visible, &QCheckBox::toggled, this, &StyleEditorPage::changed);
    connect(m_stroke, &ColorButton::colorChanged, this, &StyleEditorPage::changed);
    connect(m_fill, &ColorButton::colorChanged, this, &StyleEditorPage::changed);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &StyleEditorPage::changed);
    connect(m_dash, &QComboBox::currentIndexChanged, this, &StyleEditorPage::changed);
    connect(m_pointSize, &QDoubleSpinBox::valueChanged, this, &StyleEditorPage::changed);
    connect(m_opacity, &QSlider::valueChanged, this, &StyleEditorPage::changed);
    connect(m_drawOthers, &QCheckBox::toggled, this, &StyleEditorPage::changed);
    connect(m_drawOthers, &QCheckBox::toggled, m_othersLabel, &QWidget::setEnabled);
    connect(m_othersLabel, &QLineEdit::textEdited, this, &StyleEditorPage::changed);
}

QString SingleSymbolPage::title() const
{
    return tr("Symbol");
}

void SingleSymbolPage::load(const render::LayerStyle& s, geo::GeometryType type)
{
    const QSignalBlocker b1(m_visible), b2(m_stroke), b3(m_fill), b4(m_width), b5(m_dash), b6(m_pointSize), b7(m_opacity),
        b8(m_drawOthers), b9(m_othersLabel);
    m_visible->setChecked(s.visible);
    m_stroke->setColor(s.stroke);
    m_fill->setColor(s.fill);
    m_width->setExactValue(s.strokeWidthPx);
    // "Custom dashes" only when the style has a pattern to keep; otherwise the user picks a named style.
    const int custom = m_dash->findData(static_cast<int>(Qt::CustomDashLine));
    if (auto* items = qobject_cast<QStandardItemModel*>(m_dash->model()))
        items->item(custom)->setEnabled(s.penStyle == Qt::CustomDashLine);
    m_dash->setCurrentIndex(std::max(0, m_dash->findData(static_cast<int>(s.penStyle))));
    m_pointSize->setExactValue(s.pointSizePx);
    m_loadedOpacity = s.opacity;
    m_opacity->setValue(static_cast<int>(std::lround(s.opacity * 100)));
    m_fill->setEnabled(type != geo::GeometryType::Line);
    m_pointSize->setEnabled(type == geo::GeometryType::Point || type == geo::GeometryType::Mixed);
    m_drawOthers->setChecked(s.drawOthers);
    m_othersLabel->setEnabled(s.drawOthers);
    m_othersLabel->setText(s.othersLabel);
    setRendererKind(s.kind);
}

void SingleSymbolPage::store(render::LayerStyle& s) const
{
    s.visible = m_visible->isChecked();
    s.stroke = m_stroke->color();
    s.fill = m_fill->color();
    s.strokeWidthPx = m_width->exactValue();
    s.penStyle = static_cast<Qt::PenStyle>(m_dash->currentData().toInt());
    s.pointSizePx = m_pointSize->exactValue();
    const int shown = static_cast<int>(std::lround(m_loadedOpacity * 100));
    s.opacity = m_opacity->value() == shown ? m_loadedOpacity : m_opacity->value() / 100.0;
    s.drawOthers = m_drawOthers->isChecked();
    s.othersLabel = m_othersLabel->text();
}

void SingleSymbolPage::setRendererKind(render::LayerStyle::Kind kind)
{
    m_others->setVisible(kind != render::LayerStyle::Kind::Single);
}

StyleDialog::StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::LayerDataPtr layer, QWidget* parent)
    : QDialog(parent), m_original(style), m_applied(style), m_layer(std::move(layer)),
      m_type(m_layer ? m_layer->geometryType : geo::GeometryType::None)
{
    build(layerTitle);
}

StyleDialog::StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::GeometryType type, QWidget* parent)
    : QDialog(parent), m_original(style), m_applied(style), m_type(type)
{
    build(layerTitle);
}

void StyleDialog::build(const QString& layerTitle)
{
    using Kind = render::LayerStyle::Kind;
    setWindowTitle(tr("Style — %1").arg(layerTitle));
    auto* lay = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* rendererLabel = new QLabel(tr("&Renderer:"), this);
    m_renderer = new QComboBox(this);
    m_renderer->addItem(tr("Single symbol"), static_cast<int>(Kind::Single));
    m_renderer->addItem(tr("Categorised"), static_cast<int>(Kind::Categorised));
    m_renderer->addItem(tr("Graduated"), static_cast<int>(Kind::Graduated));
    m_renderer->setToolTip(tr("Single symbol: every feature alike. Categorised: a symbol per value of a field. "
                              "Graduated: classes of a numeric field along a colour ramp."));
    rendererLabel->setBuddy(m_renderer);
    top->addWidget(rendererLabel);
    top->addWidget(m_renderer, 1);
    lay->addLayout(top);

    m_tabs = new QTabWidget(this);
    lay->addWidget(m_tabs, 1);

    auto* bottom = new QHBoxLayout;
    m_live = new QCheckBox(tr("Li&ve update"), this);
    m_live->setChecked(true);
    m_live->setToolTip(tr("Redraw the map after every change; otherwise on Apply"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::Reset, this);
    m_buttons->button(QDialogButtonBox::Reset)->setToolTip(tr("Back to the style the dialog opened with"));
    bottom->addWidget(m_live);
    bottom->addWidget(m_buttons, 1);
    lay->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StyleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StyleDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &StyleDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        loadPages(m_original);
        pageEdited();
    });
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            apply();
    });

    m_categorised = new CategorisedPage(m_layer, this);
    m_graduated = new GraduatedPage(m_layer, this);
    m_symbolPage = new SingleSymbolPage(this);
    m_labels = new LabelsPage(m_layer, this);
    for (RendererPage* p : {static_cast<RendererPage*>(m_categorised), static_cast<RendererPage*>(m_graduated)}) {
        // Symbols of new categories/classes start from the base symbol as edited now.
        p->setBaseSymbolSource([this] {
            render::LayerStyle s = m_original;
            m_symbolPage->store(s);
            return s.baseSymbol();
        });
        m_rendererPages.push_back(p);
        addPage(p);
    }
    addPage(m_symbolPage);
    addPage(m_labels);

    m_renderer->setCurrentIndex(m_renderer->findData(static_cast<int>(m_original.kind)));
    showRenderer(m_original.kind);
    connect(m_renderer, &QComboBox::currentIndexChanged, this, [this] {
        const Kind k = kind();
        for (RendererPage* p : m_rendererPages)
            if (p->kind() == k)
                p->activate();
        showRenderer(k);
        pageEdited();
    });
    updateApplyButton();
    m_renderer->setFocus();
    resize(sizeHint().expandedTo(QSize(620, 560)));
}

render::LayerStyle::Kind StyleDialog::kind() const
{
    return static_cast<render::LayerStyle::Kind>(m_renderer->currentData().toInt());
}

void StyleDialog::showRenderer(render::LayerStyle::Kind k)
{
    // The page of the chosen renderer first; the base symbol is the layer's symbol for a single symbol
    // and the symbol of "all other values" otherwise.
    QWidget* current = nullptr;
    for (RendererPage* p : m_rendererPages) {
        const int i = m_tabs->indexOf(p);
        m_tabs->setTabVisible(i, p->kind() == k);
        if (p->kind() == k)
            current = p;
    }
    const int symbolTab = m_tabs->indexOf(m_symbolPage);
    m_tabs->setTabText(symbolTab, k == render::LayerStyle::Kind::Single ? tr("Symbol") : tr("Base symbol"));
    m_symbolPage->setRendererKind(k);
    m_tabs->setCurrentWidget(current ? current : m_symbolPage);
}

void StyleDialog::loadPages(const render::LayerStyle& s)
{
    {
        const QSignalBlocker b(m_renderer);
        m_renderer->setCurrentIndex(m_renderer->findData(static_cast<int>(s.kind)));
    }
    for (StyleEditorPage* p : m_pages)
        p->load(s, m_type);
    showRenderer(s.kind);
}

void StyleDialog::addPage(StyleEditorPage* page)
{
    page->load(m_original, m_type);
    m_pages.push_back(page);
    m_tabs->addTab(page, page->title());
    connect(page, &StyleEditorPage::changed, this, &StyleDialog::pageEdited);
}

void StyleDialog::pageEdited()
{
    if (m_live->isChecked())
        apply();
    else
        updateApplyButton();
}

void StyleDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(style() != m_applied);
}

render::LayerStyle StyleDialog::style() const
{
    render::LayerStyle s = m_original;
    s.kind = kind();
    for (StyleEditorPage* p : m_pages)
        p->store(s);
    return s;
}

void StyleDialog::apply()
{
    render::LayerStyle s = style();
    if (s != m_applied) {
        m_applied = std::move(s);
        emit styleChanged(m_applied);
    }
    updateApplyButton();
}

void StyleDialog::accept()
{
    apply();
    QDialog::accept();
}

void StyleDialog::reject()
{
    // Escape and closing the window land here too, not only the Cancel button.
    if (m_applied != m_original) {
        m_applied = m_original;
        emit styleChanged(m_original);
    }
    QDialog::reject();
}

} // namespace corridor::ui
