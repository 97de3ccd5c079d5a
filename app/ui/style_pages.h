#pragma once
// The renderer and label pages of the style dialog (StyleDialog): CategorisedPage (one symbol per
// attribute value), GraduatedPage (classes of a numeric field) and LabelsPage, plus the pieces they share
// — the table models of categories and classes, symbol swatches, the qualitative palette, the sequential
// colour ramps and the classification (distinct values, equal-interval and quantile breaks).
//
// A RendererPage edits the parts of LayerStyle of its renderer kind: it always stores its list
// (categories / classes, so switching renderers and back keeps them) and stores `field` only while its
// kind is the style's kind. Everything a page did not touch is stored exactly as loaded, so OK without
// edits gives back the same LayerStyle.
//
// GUI thread. The pages share the layer's read-only LayerData (may be null: no fields to offer).

#include "app/ui/style_dialog.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace corridor::ui {

// --- shared pieces ---------------------------------------------------------------------------------

/// The colour a user means by "the colour" of a symbol: the line colour of lines, the fill otherwise.
QColor mainColor(const render::Symbol& s, geo::GeometryType type);
/// Sets that colour. An SVG icon keeps its own colours, so a symbol with an icon becomes a plain marker.
void setMainColor(render::Symbol& s, const QColor& c, geo::GeometryType type);
/// A small picture of one symbol (its icon, a dashed line, a marker or a filled box).
QIcon symbolSwatch(const render::Symbol& s, geo::GeometryType type, QSize size = QSize(28, 16));

/// Colour `i` of a qualitative palette (Tableau 10; lighter and darker variants after the first ten).
QColor qualitativeColor(int i);

/// Sequential colour ramps, light to dark (ColorBrewer single hues, YlOrRd and viridis).
struct ColorRamp {
    const char* name; // untranslated; tr() by the caller
    std::vector<QColor> stops;
    /// The colour at t in [0, 1].
    QColor at(double t) const;
};
const std::vector<ColorRamp>& colorRamps();

/// The distinct non-empty values of a field as the renderer compares them (QVariant::toString()),
/// sorted naturally (numbers by value). Empty when the field does not exist.
QStringList distinctValues(const geo::LayerData& layer, const QString& field);
/// The finite numeric values of a field.
std::vector<double> numericValues(const geo::LayerData& layer, const QString& field);

enum class ClassMethod { EqualInterval, Quantile };
/// `classes + 1` breaks from the minimum to the maximum of `values` (empty when there are none;
/// fewer when all values are equal).
std::vector<double> classBreaks(std::vector<double> values, int classes, ClassMethod method);
/// Graduated classes over `breaks`: lower <= v < upper, the last upper just above the maximum so the
/// maximum is drawn; labels "a – b" with `decimals` digits.
std::vector<render::GraduatedClass> makeClasses(const std::vector<double>& breaks, int decimals);
/// Digits that tell the breaks apart (0 for whole numbers).
int decimalsFor(const std::vector<double>& breaks);
/// "a – b" in the user's locale.
QString rangeLabel(double lower, double upper, int decimals);

// --- models ----------------------------------------------------------------------------------------

/// The categories of a categorised renderer as an editable table: symbol (check = visible), value,
/// legend, label (check = label features of this category).
class CategoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SymbolColumn, ValueColumn, LegendColumn, LabelColumn, ColumnCount };
    explicit CategoryModel(QObject* parent = nullptr);

    void setGeometryType(geo::GeometryType type) { m_type = type; }
    void setCategories(std::vector<render::Category> categories);
    const std::vector<render::Category>& categories() const { return m_categories; }
    void setSymbol(int row, const render::Symbol& s);
    void append(render::Category c);
    void removeRowsAt(std::vector<int> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void edited();

private:
    std::vector<render::Category> m_categories;
    std::vector<QIcon> m_swatches; // parallel to m_categories (an SVG per paint would be slow)
    geo::GeometryType m_type = geo::GeometryType::None;
};

/// The classes of a graduated renderer as an editable table: symbol, from, to, legend. Editing a bound
/// moves the neighbour's bound with it (classes stay contiguous) and renews labels that were automatic.
class ClassModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SymbolColumn, LowerColumn, UpperColumn, LegendColumn, ColumnCount };
    explicit ClassModel(QObject* parent = nullptr);

    void setGeometryType(geo::GeometryType type) { m_type = type; }
    void setClasses(std::vector<render::GraduatedClass> classes, int decimals);
    const std::vector<render::GraduatedClass>& classes() const { return m_classes; }
    void setSymbol(int row, const render::Symbol& s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void edited();

private:
    void setBound(int row, bool upper, double v);
    std::vector<render::GraduatedClass> m_classes;
    std::vector<QIcon> m_swatches; // parallel to m_classes
    int m_decimals = 2;
    geo::GeometryType m_type = geo::GeometryType::None;
};

// --- pages -----------------------------------------------------------------------------------------

/// A page editing one renderer kind (the dialog's renderer choice shows it).
class RendererPage : public StyleEditorPage {
    Q_OBJECT
public:
    RendererPage(geo::LayerDataPtr layer, QWidget* parent = nullptr);
    virtual render::LayerStyle::Kind kind() const = 0;
    /// The renderer choice switched to this page: pick a field if none is chosen yet.
    virtual void activate() = 0;
    /// Where new symbols start from: the dialog's current base symbol.
    void setBaseSymbolSource(std::function<render::Symbol()> source) { m_base = std::move(source); }

protected:
    render::Symbol baseSymbol() const { return m_base ? m_base() : render::Symbol{}; }
    /// Fills `combo` with the layer's fields (numeric ones only if asked), keeping `current` selectable
    /// even when the layer has no such field.
    void fillFields(QComboBox* combo, bool numericOnly, const QString& current) const;
    static QString currentField(const QComboBox* combo);
    /// Sets `label` to `text` (hidden when empty).
    static void showMessage(QLabel* label, const QString& text);

    geo::LayerDataPtr m_layer;
    geo::GeometryType m_type = geo::GeometryType::None;

private:
    std::function<render::Symbol()> m_base;
};

class CategorisedPage : public RendererPage {
    Q_OBJECT
public:
    /// Classify offers at most this many values.
    static constexpr int kMaxCategories = 100;

    explicit CategorisedPage(geo::LayerDataPtr layer, QWidget* parent = nullptr);
    QString title() const override;
    render::LayerStyle::Kind kind() const override { return render::LayerStyle::Kind::Categorised; }
    void activate() override;
    void load(const render::LayerStyle& style, geo::GeometryType type) override;
    void store(render::LayerStyle& style) const override;

    /// Replaces the categories by the distinct values of the chosen field (those already present keep
    /// their symbol, label and flags).
    void classify();
    void addCategory();
    void deleteSelected();
    void deleteAll();

    // Parts, for tests.
    QComboBox* fieldCombo() const { return m_field; }
    QPushButton* classifyButton() const { return m_classify; }
    QTableView* view() const { return m_view; }
    CategoryModel* model() const { return m_model; }
    ColorButton* colorButton() const { return m_color; }
    QLabel* messageLabel() const { return m_message; }

private:
    void syncColorButton();
    std::vector<int> selectedRows() const;

    QComboBox* m_field;
    QTableView* m_view;
    CategoryModel* m_model;
    ColorButton* m_color;
    QPushButton* m_classify;
    QPushButton* m_add;
    QPushButton* m_delete;
    QPushButton* m_deleteAll;
    QLabel* m_message;
};

class GraduatedPage : public RendererPage {
    Q_OBJECT
public:
    explicit GraduatedPage(geo::LayerDataPtr layer, QWidget* parent = nullptr);
    QString title() const override;
    render::LayerStyle::Kind kind() const override { return render::LayerStyle::Kind::Graduated; }
    void activate() override;
    void load(const render::LayerStyle& style, geo::GeometryType type) override;
    void store(render::LayerStyle& style) const override;

    /// New classes of the chosen field, method and count, coloured by the ramp.
    void classify();
    /// Colours the classes along the chosen ramp.
    void applyRamp();

    // Parts, for tests.
    QComboBox* fieldCombo() const { return m_field; }
    QComboBox* methodCombo() const { return m_method; }
    QSpinBox* classCountSpin() const { return m_count; }
    QComboBox* rampCombo() const { return m_ramp; }
    QTableView* view() const { return m_view; }
    ClassModel* model() const { return m_model; }
    ColorButton* colorButton() const { return m_color; }
    QPushButton* classifyButton() const { return m_classify; }
    QLabel* messageLabel() const { return m_message; }

private:
    void syncColorButton();

    QComboBox* m_field;
    QComboBox* m_method;
    QSpinBox* m_count;
    QComboBox* m_ramp;
    QPushButton* m_classify;
    QTableView* m_view;
    ClassModel* m_model;
    ColorButton* m_color;
    QLabel* m_message;
};

class LabelsPage : public StyleEditorPage {
    Q_OBJECT
public:
    explicit LabelsPage(geo::LayerDataPtr layer, QWidget* parent = nullptr);
    QString title() const override;
    void load(const render::LayerStyle& style, geo::GeometryType type) override;
    void store(render::LayerStyle& style) const override;

    // Parts, for tests.
    QCheckBox* enabledCheck() const { return m_enabled; }
    QComboBox* textCombo() const { return m_text; }
    PreciseSpinBox* fontSizeSpin() const { return m_fontPx; }
    QCheckBox* boldCheck() const { return m_bold; }
    QCheckBox* haloCheck() const { return m_halo; }
    QLabel* previewLabel() const { return m_preview; }

private:
    void updatePreview();
    void updateEnabled();

    geo::LayerDataPtr m_layer;
    QCheckBox* m_enabled;
    QComboBox* m_text;
    QCheckBox* m_shorten;
    PreciseSpinBox* m_fontPx;
    QCheckBox* m_bold;
    QCheckBox* m_italic;
    ColorButton* m_color;
    QCheckBox* m_halo;
    PreciseSpinBox* m_haloPx;
    QLabel* m_preview;
    /// The halo width to restore when the halo is switched back on.
    double m_loadedHaloPx = 1.6;
};

} // namespace corridor::ui
