#pragma once
// StyleDialog: edits a layer's LayerStyle, applying each change at once (styleChanged) so the map
// re-renders while the dialog is open; Cancel restores the original. The dialog is a list of pages
// (StyleEditorPage): today one "Single symbol" page for the fields LayerStyle has (visibility, colours,
// width, dash, point size, opacity). Renderer types of the cartography work (categorised, graduated,
// labels) plug in as further pages via addPage() — each page loads from and stores into the style.

#include "app/render/layer_style.h"
#include "geo/geometry_store.h"

#include <QDialog>
#include <QPushButton>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
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

class SingleSymbolPage : public StyleEditorPage {
    Q_OBJECT
public:
    explicit SingleSymbolPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const render::LayerStyle& style, geo::GeometryType type) override;
    void store(render::LayerStyle& style) const override;

private:
    QCheckBox* m_visible;
    ColorButton* m_stroke;
    ColorButton* m_fill;
    QDoubleSpinBox* m_width;
    QComboBox* m_dash;
    QDoubleSpinBox* m_pointSize;
    QSlider* m_opacity;
};

class StyleDialog : public QDialog {
    Q_OBJECT
public:
    StyleDialog(const QString& layerTitle, const render::LayerStyle& style, geo::GeometryType type, QWidget* parent = nullptr);

    void addPage(StyleEditorPage* page);
    render::LayerStyle style() const;

signals:
    /// Every edit (for a live map).
    void styleChanged(const render::LayerStyle& style);

private:
    render::LayerStyle m_original;
    geo::GeometryType m_type;
    QTabWidget* m_tabs;
    std::vector<StyleEditorPage*> m_pages;
};

} // namespace corridor::ui
