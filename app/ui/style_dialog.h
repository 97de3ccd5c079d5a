#pragma once
// StyleDialog: edits a layer's LayerStyle, QGIS-like. At the top the renderer choice (single symbol,
// categorised, graduated) shows the page that edits that renderer (style_pages.h); the "Symbol" page
// edits the base symbol (the whole layer for a single symbol, the fallback for "all other values"
// otherwise) and "Labels" the labels. Further pages plug in via addPage() — each page loads from and
// stores into the style, and stores what it did not edit exactly as loaded (OK without edits gives the
// same LayerStyle back).
//
// styleChanged() hands a style to the map: on Apply and OK, and on every edit while "Live update" is
// on. Cancel (or Escape) restores the style the dialog opened with if anything was applied.
//
// GUI thread. The dialog shares the layer's read-only LayerData (for fields and values; may be null).

#include "app/render/layer_style.h"
#include "geo/geometry_store.h"

#include <QDialog>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSlider;
class QTabWidget;

namespace corridor::ui {

/// One page of the style dialog. load() fills the widgets; store() writes them back; emit changed()
/// on every edit.
class StyleEditorPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void load(const render::LayerStyle& style, geo::GeometryType type) = 0;
    virtual void store(render::LayerStyle& style) const = 0;

signals:
    void changed();
};

/// A button showing a colour; click opens a colour chooser (with alpha).
class ColorButton : public QPushButton {
    Q_OBJECT
public:
    explicit ColorButton(QWidget* parent = nullptr);
    QColor color() const { return m_color; }
    void setColor(const QColor& c);

signals:
    void colorChanged(const QColor& c);

private:
    QColor m_color;
};

/// A spin box that gives back the exact value it was set to while the user has not changed it (a spin
/// box rounds to its decimals and range; a style must survive OK without edits unchanged).
class PreciseSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    void setExactValue(double v);
    double exactValue() const { return value() == m_shown ? m_exact : value(); }

private:
    double m_exact = 0.0;
    double m_shown = 0.0;
};

/// The base symbol, visibility and opacity; for the categorised and graduated renderers also whether
/// (and under which legend text) features matching no category/class are drawn with it.
class SingleSymbolPage : public StyleEditorPage {
    Q_OBJECT
public:
    explicit SingleSymbolPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const render::LayerStyle& style, geo::GeometryType type) override;
    void store(render::LayerStyle& style) const override;
    /// Shows the "other values" part for the categorised and graduated renderers.
    void setRendererKind(render::LayerStyle::Kind kind);

    // Parts, for tests.
    ColorButton* strokeButton() const { return m_stroke; }
    ColorButton* fillButton() const { return m_fill; }
    QCheckBox* drawOthersCheck() const { return m_drawOthers; }

private:
    QCheckBox* m_visible;
    ColorButton* m_stroke;
    ColorButton* m_fill;
    PreciseSpinBox* m_width;
    QComboBox* m_dash;
    PreciseSpinBox* m_pointSize;
    QSlider* m_opacity;
    QGroupBox* m_others;
    QCheckBox* m_drawOthers;
    QLineEdit* m_othersLabel;
    double m_loadedOpacity = 1.0;
};

class CategorisedPage;
class GraduatedPage;
class LabelsPage;
class RendererPage;

class StyleDialog : public QDialog {
    Q_OBJECT
public:
    /// `layer` supplies the geometry type, the fields and the values to classify (may be null).
    StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::LayerDataPtr layer, QWidget* parent = nullptr);
    /// Without layer data: no fields to choose from (the style's own field stays selectable).
    StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::GeometryType type, QWidget* parent = nullptr);

    void addPage(StyleEditorPage* page);
    /// The style as the pages show it now.
    render::LayerStyle style() const;
    /// The style the dialog opened with (Cancel restores it).
    const render::LayerStyle& originalStyle() const { return m_original; }

    /// Hands the current style to the map (styleChanged) if it differs from the last one handed over.
    void apply();
    void reject() override;
    void accept() override;

    // Parts, for tests.
    QComboBox* rendererCombo() const { return m_renderer; }
    QTabWidget* tabs() const { return m_tabs; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    QCheckBox* liveUpdateCheck() const { return m_live; }
    SingleSymbolPage* symbolPage() const { return m_symbolPage; }
    CategorisedPage* categorisedPage() const { return m_categorised; }
    GraduatedPage* graduatedPage() const { return m_graduated; }
    LabelsPage* labelsPage() const { return m_labels; }

signals:
    /// A style for the map: on Apply/OK, on every edit while live update is on, and the original on
    /// Cancel after something was applied.
    void styleChanged(const render::LayerStyle& style);

private:
    void build(const QString& layerTitle);
    render::LayerStyle::Kind kind() const;
    void showRenderer(render::LayerStyle::Kind kind);
    void pageEdited();
    void updateApplyButton();
    void loadPages(const render::LayerStyle& style);

    render::LayerStyle m_original;
    /// The style last handed to the map.
    render::LayerStyle m_applied;
    geo::LayerDataPtr m_layer;
    geo::GeometryType m_type;
    QComboBox* m_renderer = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QCheckBox* m_live = nullptr;
    SingleSymbolPage* m_symbolPage = nullptr;
    CategorisedPage* m_categorised = nullptr;
    GraduatedPage* m_graduated = nullptr;
    LabelsPage* m_labels = nullptr;
    std::vector<StyleEditorPage*> m_pages;
    std::vector<RendererPage*> m_rendererPages;
};

} // namespace corridor::ui
