#include "app/ui/style_pages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corridor::ui {

using render::Category;
using render::GraduatedClass;
using render::LayerStyle;
using render::Symbol;

// --- shared pieces ---------------------------------------------------------------------------------

QColor mainColor(const Symbol& s, geo::GeometryType type)
{
    return type == geo::GeometryType::Line ? s.stroke : s.fill;
}

void setMainColor(Symbol& s, const QColor& c, geo::GeometryType type)
{
    if (type == geo::GeometryType::Line) {
        s.stroke = c;
    } else {
        s.fill = c;
        s.icon.clear();
    }
}

QIcon symbolSwatch(const Symbol& s, geo::GeometryType type, QSize size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const double w = size.width(), h = size.height();
        if (!s.icon.isEmpty()) {
            QSvgRenderer svg(s.icon);
            if (svg.isValid()) {
                const double d = h - 1;
                svg.render(&p, QRectF((w - d) / 2, 0.5, d, d));
            }
        } else if (type == geo::GeometryType::Line) {
            const double lw = std::clamp(s.strokeWidthPx, 2.0, h / 3); // thin lines hide their colour
            if (s.casingPx > 0) {
                p.setPen(QPen(s.casing, lw + 2 * std::min(s.casingPx, 2.0), Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2));
            }
            QPen pen(s.stroke, lw, s.penStyle, Qt::FlatCap);
            if (s.penStyle == Qt::CustomDashLine && !s.dashPattern.isEmpty()) {
                pen.setDashPattern(s.dashPattern);
                if (s.dashPattern[0] < 0.5)
                    pen.setCapStyle(Qt::RoundCap); // the renderer's dots
            }
            p.setPen(pen);
            p.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2));
        } else if (type == geo::GeometryType::Point || type == geo::GeometryType::Mixed) {
            p.setPen(QPen(s.stroke, 1));
            p.setBrush(s.fill);
            const double r = std::clamp(s.pointSizePx / 2.0, 2.5, h / 2 - 1);
            p.drawEllipse(QPointF(w / 2, h / 2), r, r);
        } else {
            p.setPen(s.penStyle == Qt::NoPen ? QPen(Qt::NoPen) : QPen(s.stroke, 1));
            p.setBrush(s.fill);
            p.drawRoundedRect(QRectF(2.5, 1.5, w - 5, h - 3), 2, 2);
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QColor qualitativeColor(int i)
{
    // Tableau 10: distinct hues of similar weight, readable as lines and as fills.
    static const QColor kPalette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                      QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                      QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                      QColor(0xba, 0xb0, 0xac)};
    constexpr int n = static_cast<int>(std::size(kPalette));
    i = std::max(0, i);
    const QColor base = kPalette[i % n];
    const int round = i / n;
    if (round == 0)
        return base;
    // Later rounds alternate darker and lighter variants of the same hues.
    const int step = 100 + 30 * ((round + 1) / 2);
    return round % 2 ? base.darker(step) : base.lighter(step);
}

QColor ColorRamp::at(double t) const
{
    if (stops.empty())
        return {};
    if (stops.size() == 1 || !(t > 0))
        return stops.front();
    const double pos = std::min(t, 1.0) * static_cast<double>(stops.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(pos), stops.size() - 2);
    const double f = pos - static_cast<double>(i);
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    const auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

const std::vector<ColorRamp>& colorRamps()
{
    // ColorBrewer sequential schemes from their third class on (the palest are lost on the pale map);
    // viridis reversed so that, like the others, more is darker.
    static const std::vector<ColorRamp> ramps = [] {
        const auto hex = [](std::initializer_list<const char*> names) {
            std::vector<QColor> v;
            for (const char* n : names)
                v.push_back(QColor::fromString(QLatin1String(n)));
            return v;
        };
        return std::vector<ColorRamp>{
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Oranges"),
             hex({"#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Blues"),
             hex({"#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Greens"),
             hex({"#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Reds"),
             hex({"#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Purples"),
             hex({"#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Yellow-orange-red"),
             hex({"#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"})},
            {QT_TRANSLATE_NOOP("corridor::ui::GraduatedPage", "Viridis"),
             hex({"#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e", "#3e4989", "#482878", "#440154"})},
        };
    }();
    return ramps;
}

namespace {
bool isNumeric(geo::FieldType t)
{
    return t == geo::FieldType::Integer || t == geo::FieldType::Real;
}

QIcon rampIcon(const ColorRamp& ramp)
{
    QPixmap pm(48, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    QLinearGradient g(0, 0, pm.width(), 0);
    for (std::size_t i = 0; i < ramp.stops.size(); ++i)
        g.setColorAt(static_cast<double>(i) / static_cast<double>(ramp.stops.size() - 1), ramp.stops[i]);
    p.fillRect(pm.rect(), g);
    p.setPen(QColor(0, 0, 0, 90));
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    return QIcon(pm);
}

void setupTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->setTabKeyNavigation(false); // Tab leaves the table (keyboard users reach the buttons)
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setIconSize(QSize(28, 16));
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}
} // namespace

namespace {
/// "site 2" before "site 10": digit runs compare by value, the rest locale-aware and case-blind.
/// (QCollator's numeric mode needs ICU, which not every Qt build has.)
int naturalCompare(const QString& a, const QString& b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a[i].isDigit(), db = b[j].isDigit();
        qsizetype ei = i, ej = j;
        while (ei < a.size() && a[ei].isDigit() == da)
            ++ei;
        while (ej < b.size() && b[ej].isDigit() == db)
            ++ej;
        const QStringView ra = QStringView(a).mid(i, ei - i), rb = QStringView(b).mid(j, ej - j);
        int c = 0;
        if (da && db) {
            qsizetype za = 0, zb = 0; // leading zeros
            while (za + 1 < ra.size() && ra[za] == QLatin1Char('0'))
                ++za;
            while (zb + 1 < rb.size() && rb[zb] == QLatin1Char('0'))
                ++zb;
            const QStringView na = ra.mid(za), nb = rb.mid(zb);
            c = na.size() != nb.size() ? (na.size() < nb.size() ? -1 : 1) : na.compare(nb);
        } else {
            c = QString::localeAwareCompare(ra.toString().toCaseFolded(), rb.toString().toCaseFolded());
        }
        if (c != 0)
            return c;
        i = ei;
        j = ej;
    }
    return (a.size() - i > 0) - (b.size() - j > 0);
}
} // namespace

QStringList distinctValues(const geo::LayerData& layer, const QString& field)
{
    const int fi = layer.fieldIndex(field);
    if (fi < 0)
        return {};
    QSet<QString> seen;
    QStringList out;
    QVector<double> numbers; // parallel to out for numeric fields
    const bool numeric = isNumeric(layer.columns[static_cast<std::size_t>(fi)].field().type);
    for (std::size_t row = 0; row < layer.featureCount(); ++row) {
        const QVariant v = layer.attribute(row, field);
        // The renderer compares QVariant::toString(): the same here, so every category matches.
        const QString s = v.toString();
        if (s.isEmpty() || seen.contains(s))
            continue;
        seen.insert(s);
        out.append(s);
        numbers.append(v.toDouble());
    }
    if (numeric) {
        std::vector<int> order(static_cast<std::size_t>(out.size()));
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<int>(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return numbers[a] < numbers[b]; });
        QStringList sorted;
        for (int i : order)
            sorted.append(out[i]);
        return sorted;
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int c = naturalCompare(a, b);
        return c != 0 ? c < 0 : a < b; // case variants in a stable order
    });
    return out;
}

std::vector<double> numericValues(const geo::LayerData& layer, const QString& field)
{
    std::vector<double> out;
    if (layer.fieldIndex(field) < 0)
        return out;
    out.reserve(layer.featureCount());
    for (std::size_t row = 0; row < layer.featureCount(); ++row) {
        bool ok = false;
        const double x = layer.attribute(row, field).toDouble(&ok); // as LayerStyle::symbolFor reads it
        if (ok && std::isfinite(x))
            out.push_back(x);
    }
    return out;
}

std::vector<double> classBreaks(std::vector<double> values, int classes, ClassMethod method)
{
    if (values.empty() || classes < 1)
        return {};
    std::sort(values.begin(), values.end());
    const double lo = values.front(), hi = values.back();
    if (!(hi > lo))
        return {lo, hi};
    std::vector<double> b{lo};
    for (int i = 1; i < classes; ++i) {
        const double p = static_cast<double>(i) / classes;
        if (method == ClassMethod::EqualInterval) {
            b.push_back(lo + (hi - lo) * p);
        } else {
            // Interpolated quantile (R type 7): ties give equal breaks less often than order statistics.
            const double pos = static_cast<double>(values.size() - 1) * p;
            const auto k = static_cast<std::size_t>(pos);
            const double f = pos - static_cast<double>(k);
            b.push_back(k + 1 < values.size() ? values[k] + f * (values[k + 1] - values[k]) : values[k]);
        }
    }
    b.push_back(hi);
    return b;
}

int decimalsFor(const std::vector<double>& breaks)
{
    bool whole = true;
    double gap = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        whole = whole && breaks[i] == std::round(breaks[i]);
        if (i > 0 && breaks[i] > breaks[i - 1])
            gap = std::min(gap, breaks[i] - breaks[i - 1]);
    }
    if (whole || !std::isfinite(gap))
        return 0;
    return std::clamp(static_cast<int>(std::ceil(-std::log10(gap))) + 1, 0, 6);
}

QString rangeLabel(double lower, double upper, int decimals)
{
    const QLocale loc;
    return GraduatedPage::tr("%1 – %2").arg(loc.toString(lower, 'f', decimals), loc.toString(upper, 'f', decimals));
}

std::vector<GraduatedClass> makeClasses(const std::vector<double>& breaks, int decimals)
{
    std::vector<GraduatedClass> out;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        GraduatedClass c;
        c.lower = breaks[i];
        // Classes are lower <= v < upper: the last one reaches just past the maximum to draw it.
        c.upper = i + 2 == breaks.size() ? std::nextafter(breaks[i + 1], std::numeric_limits<double>::infinity()) : breaks[i + 1];
        c.label = rangeLabel(breaks[i], breaks[i + 1], decimals);
        out.push_back(c);
    }
    return out;
}

// --- CategoryModel ---------------------------------------------------------------------------------

CategoryModel::CategoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void CategoryModel::setCategories(std::vector<Category> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    m_swatches.clear();
    for (const Category& c : m_categories)
        m_swatches.push_back(symbolSwatch(c.symbol, m_type));
    endResetModel();
}

void CategoryModel::setSymbol(int row, const Symbol& s)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto r = static_cast<std::size_t>(row);
    m_categories[r].symbol = s;
    m_swatches[r] = symbolSwatch(s, m_type);
    emit dataChanged(index(row, SymbolColumn), index(row, SymbolColumn));
}

void CategoryModel::append(Category c)
{
    beginInsertRows({}, rowCount(), rowCount());
    m_swatches.push_back(symbolSwatch(c.symbol, m_type));
    m_categories.push_back(std::move(c));
    endInsertRows();
}

void CategoryModel::removeRowsAt(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        beginRemoveRows({}, row, row);
        m_categories.erase(m_categories.begin() + row);
        m_swatches.erase(m_swatches.begin() + row);
        endRemoveRows();
    }
}

int CategoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

int CategoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto r = static_cast<std::size_t>(index.row());
    const Category& c = m_categories[r];
    switch (index.column()) {
    case SymbolColumn:
        if (role == Qt::DecorationRole)
            return m_swatches[r];
        if (role == Qt::CheckStateRole)
            return c.visible ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return c.visible ? tr("Drawn; colour %1").arg(mainColor(c.symbol, m_type).name())
                             : tr("Hidden; colour %1").arg(mainColor(c.symbol, m_type).name());
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.value;
        break;
    case LegendColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.label;
        break;
    case LabelColumn:
        if (role == Qt::CheckStateRole)
            return c.showLabel ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Label the features of this category");
        break;
    default:
        break;
    }
    return {};
}

bool CategoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    Category& c = m_categories[static_cast<std::size_t>(index.row())];
    bool* flag = index.column() == SymbolColumn ? &c.visible : index.column() == LabelColumn ? &c.showLabel : nullptr;
    if (role == Qt::CheckStateRole && flag) {
        const bool on = value.toInt() == Qt::Checked;
        if (*flag == on)
            return true;
        *flag = on;
    } else if (role == Qt::EditRole && (index.column() == ValueColumn || index.column() == LegendColumn)) {
        QString& text = index.column() == ValueColumn ? c.value : c.label;
        const QString v = value.toString();
        if (text == v)
            return true;
        // A legend that just repeated the value follows it.
        if (index.column() == ValueColumn && c.label == c.value) {
            c.label = v;
            emit dataChanged(this->index(index.row(), LegendColumn), this->index(index.row(), LegendColumn));
        }
        text = v;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags CategoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == SymbolColumn || index.column() == LabelColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == ValueColumn || index.column() == LegendColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SymbolColumn: return tr("Symbol");
        case ValueColumn: return tr("Value");
        case LegendColumn: return tr("Legend");
        case LabelColumn: return tr("Labels");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SymbolColumn: return tr("Tick to draw the category; double-click (or the colour button) to change its colour");
        case ValueColumn: return tr("The field value the category matches");
        case LegendColumn: return tr("The text in the legend");
        case LabelColumn: return tr("Tick to label the features of the category");
        default: return {};
        }
    }
    return {};
}

// --- ClassModel ------------------------------------------------------------------------------------

ClassModel::ClassModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClassModel::setClasses(std::vector<GraduatedClass> classes, int decimals)
{
    beginResetModel();
    m_classes = std::move(classes);
    m_decimals = decimals;
    m_swatches.clear();
    for (const GraduatedClass& c : m_classes)
        m_swatches.push_back(symbolSwatch(c.symbol, m_type));
    endResetModel();
}

void ClassModel::setSymbol(int row, const Symbol& s)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto r = static_cast<std::size_t>(row);
    m_classes[r].symbol = s;
    m_swatches[r] = symbolSwatch(s, m_type);
    emit dataChanged(index(row, SymbolColumn), index(row, SymbolColumn));
}

int ClassModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_classes.size());
}

int ClassModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto r = static_cast<std::size_t>(index.row());
    const GraduatedClass& c = m_classes[r];
    const QLocale loc;
    switch (index.column()) {
    case SymbolColumn:
        if (role == Qt::DecorationRole)
            return m_swatches[r];
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Colour %1").arg(mainColor(c.symbol, m_type).name());
        break;
    case LowerColumn:
    case UpperColumn: {
        const double v = index.column() == LowerColumn ? c.lower : c.upper;
        if (role == Qt::DisplayRole)
            return loc.toString(v, 'f', m_decimals);
        if (role == Qt::EditRole)
            return loc.toString(v, 'g', QLocale::FloatingPointShortest);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case LegendColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.label;
        break;
    default:
        break;
    }
    return {};
}

void ClassModel::setBound(int row, bool upper, double v)
{
    GraduatedClass& c = m_classes[static_cast<std::size_t>(row)];
    const bool automatic = c.label == rangeLabel(c.lower, c.upper, m_decimals);
    (upper ? c.upper : c.lower) = v;
    if (automatic)
        c.label = rangeLabel(c.lower, c.upper, m_decimals);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ClassModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::EditRole)
        return false;
    const int row = index.row();
    GraduatedClass& c = m_classes[static_cast<std::size_t>(row)];
    if (index.column() == LegendColumn) {
        if (c.label == value.toString())
            return true;
        c.label = value.toString();
        emit dataChanged(index, index);
        emit edited();
        return true;
    }
    if (index.column() != LowerColumn && index.column() != UpperColumn)
        return false;
    bool ok = value.typeId() == QMetaType::Double;
    double v = value.toDouble();
    if (!ok) {
        const QString text = value.toString().trimmed();
        v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
    }
    const bool upper = index.column() == UpperColumn;
    if (!ok || !std::isfinite(v) || (upper ? v < c.lower : v > c.upper))
        return false;
    const double old = upper ? c.upper : c.lower;
    if (v == old)
        return true;
    setBound(row, upper, v);
    // Keep the classes contiguous: the neighbour that shared the bound moves with it.
    const int next = upper ? row + 1 : row - 1;
    if (next >= 0 && next < rowCount()) {
        const GraduatedClass& n = m_classes[static_cast<std::size_t>(next)];
        if ((upper ? n.lower : n.upper) == old && (upper ? v <= n.upper : v >= n.lower))
            setBound(next, !upper, v);
    }
    emit edited();
    return true;
}

Qt::ItemFlags ClassModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != SymbolColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SymbolColumn: return tr("Symbol");
        case LowerColumn: return tr("From");
        case UpperColumn: return tr("To");
        case LegendColumn: return tr("Legend");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LowerColumn: return tr("Lower bound (included)");
        case UpperColumn: return tr("Upper bound (excluded; the last class includes the maximum)");
        default: return {};
        }
    }
    return {};
}

// --- RendererPage ----------------------------------------------------------------------------------

RendererPage::RendererPage(geo::LayerDataPtr layer, QWidget* parent) : StyleEditorPage(parent), m_layer(std::move(layer))
{
    if (m_layer)
        m_type = m_layer->geometryType;
}

void RendererPage::fillFields(QComboBox* combo, bool numericOnly, const QString& current) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (m_layer) {
        for (const geo::AttributeColumn& col : m_layer->columns) {
            const geo::Field& f = col.field();
            if (numericOnly && !isNumeric(f.type))
                continue;
            combo->addItem(f.name, f.name);
            combo->setItemData(combo->count() - 1, QString::fromLatin1(geo::fieldTypeName(f.type)), Qt::ToolTipRole);
        }
    }
    if (!current.isEmpty() && combo->findData(current) < 0) {
        combo->addItem(current, current);
        combo->setItemData(combo->count() - 1, tr("Not a field of this layer"), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(current.isEmpty() ? -1 : combo->findData(current));
}

QString RendererPage::currentField(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void RendererPage::showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// --- CategorisedPage -------------------------------------------------------------------------------

CategorisedPage::CategorisedPage(geo::LayerDataPtr layer, QWidget* parent) : RendererPage(std::move(layer), parent)
{
    auto* lay = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("&Field:"), this);
    m_field = new QComboBox(this);
    m_field->setAccessibleName(tr("Field to categorise by"));
    fieldLabel->setBuddy(m_field);
    m_classify = new QPushButton(tr("&Classify"), this);
    m_classify->setToolTip(tr("One category per value of the field (at most %1)").arg(kMaxCategories));
    top->addWidget(fieldLabel);
    top->addWidget(m_field, 1);
    top->addWidget(m_classify);
    lay->addLayout(top);

    m_model = new CategoryModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Categories"));
    setupTable(m_view);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(CategoryModel::SymbolColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CategoryModel::ValueColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(CategoryModel::LegendColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(CategoryModel::LabelColumn, QHeaderView::ResizeToContents);
    h->resizeSection(CategoryModel::ValueColumn, 170);
    lay->addWidget(m_view, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    lay->addWidget(m_message);

    auto* bottom = new QHBoxLayout;
    auto* colorLabel = new QLabel(tr("C&olour:"), this);
    m_color = new ColorButton(this);
    m_color->setToolTip(tr("The colour of the selected categories (a category drawn with an icon becomes a coloured marker)"));
    colorLabel->setBuddy(m_color);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setToolTip(tr("Add a category and type its value"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setToolTip(tr("Delete the selected categories (Del)"));
    m_deleteAll = new QPushButton(tr("Delete A&ll"), this);
    bottom->addWidget(colorLabel);
    bottom->addWidget(m_color);
    bottom->addStretch(1);
    bottom->addWidget(m_add);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_deleteAll);
    lay->addLayout(bottom);
    setTabOrder(m_field, m_classify);
    setTabOrder(m_classify, m_view);
    setTabOrder(m_view, m_color);

    connect(m_classify, &QPushButton::clicked, this, &CategorisedPage::classify);
    connect(m_add, &QPushButton::clicked, this, &CategorisedPage::addCategory);
    connect(m_delete, &QPushButton::clicked, this, &CategorisedPage::deleteSelected);
    connect(m_deleteAll, &QPushButton::clicked, this, &CategorisedPage::deleteAll);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CategorisedPage::deleteSelected);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        showMessage(m_message, {});
        emit changed();
    });
    connect(m_model, &CategoryModel::edited, this, &StyleEditorPage::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategorisedPage::syncColorButton);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CategorisedPage::syncColorButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CategorisedPage::syncColorButton);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.column() == CategoryModel::SymbolColumn)
            m_color->click();
    });
    connect(m_color, &ColorButton::colorChanged, this, [this](const QColor& c) {
        std::vector<int> rows = selectedRows();
        if (rows.empty() && m_view->currentIndex().isValid())
            rows.push_back(m_view->currentIndex().row());
        for (int row : rows) {
            Symbol s = m_model->categories()[static_cast<std::size_t>(row)].symbol;
            setMainColor(s, c, m_type);
            m_model->setSymbol(row, s);
        }
        if (!rows.empty())
            emit changed();
    });
    syncColorButton();
}

QString CategorisedPage::title() const
{
    return tr("Categories");
}

void CategorisedPage::load(const LayerStyle& s, geo::GeometryType type)
{
    m_type = type;
    m_model->setGeometryType(type);
    fillFields(m_field, false, s.kind == LayerStyle::Kind::Categorised ? s.field : QString());
    m_model->setCategories(s.categories);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CategoryModel::ValueColumn)); // the colour button has a row
    showMessage(m_message, {});
}

void CategorisedPage::store(LayerStyle& s) const
{
    s.categories = m_model->categories();
    if (s.kind == LayerStyle::Kind::Categorised)
        s.field = currentField(m_field);
}

void CategorisedPage::activate()
{
    if (m_field->currentIndex() < 0 && m_layer) {
        // A text field with a handful of values makes a legible map (status, kind, …).
        int best = -1;
        for (int i = 0; i < m_field->count() && best < 0; ++i) {
            const int fi = m_layer->fieldIndex(m_field->itemData(i).toString());
            if (fi < 0 || m_layer->columns[static_cast<std::size_t>(fi)].field().type != geo::FieldType::String)
                continue;
            const qsizetype n = distinctValues(*m_layer, m_field->itemData(i).toString()).size();
            if (n >= 2 && n <= 12)
                best = i;
        }
        const QSignalBlocker block(m_field);
        m_field->setCurrentIndex(best >= 0 ? best : (m_field->count() > 0 ? 0 : -1));
    }
    if (m_model->rowCount() == 0 && m_field->currentIndex() >= 0)
        classify();
}

void CategorisedPage::classify()
{
    const QString field = currentField(m_field);
    if (field.isEmpty()) {
        showMessage(m_message, tr("Choose a field first."));
        return;
    }
    QStringList values = m_layer ? distinctValues(*m_layer, field) : QStringList();
    QString message;
    if (values.isEmpty()) {
        message = tr("The field “%1” has no values in this layer.").arg(field);
    } else if (values.size() > kMaxCategories) {
        message = tr("The field “%1” has %2 different values: only the first %3 are listed; the others are drawn as "
                     "“other values” (Base symbol page).")
                      .arg(field)
                      .arg(values.size())
                      .arg(kMaxCategories);
        values = values.mid(0, kMaxCategories);
    }
    // Values that already have a category keep it (symbol, legend, flags): classifying again after new
    // data does not undo the user's work.
    QHash<QString, Category> existing;
    for (const Category& c : m_model->categories())
        if (!existing.contains(c.value))
            existing.insert(c.value, c);
    const Symbol base = baseSymbol();
    std::vector<Category> cats;
    int colour = 0;
    for (const QString& v : values) {
        if (auto it = existing.constFind(v); it != existing.cend()) {
            cats.push_back(*it);
            continue;
        }
        Category c;
        c.value = v;
        c.label = v;
        c.symbol = base;
        setMainColor(c.symbol, qualitativeColor(colour++), m_type);
        cats.push_back(c);
    }
    m_model->setCategories(std::move(cats));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CategoryModel::ValueColumn));
    showMessage(m_message, message);
    emit changed();
}

void CategorisedPage::addCategory()
{
    Category c;
    c.symbol = baseSymbol();
    setMainColor(c.symbol, qualitativeColor(m_model->rowCount()), m_type);
    m_model->append(c);
    const QModelIndex i = m_model->index(m_model->rowCount() - 1, CategoryModel::ValueColumn);
    m_view->setCurrentIndex(i);
    m_view->setFocus();
    m_view->edit(i);
    emit changed();
}

std::vector<int> CategorisedPage::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.push_back(i.row());
    return rows;
}

void CategorisedPage::deleteSelected()
{
    std::vector<int> rows = selectedRows();
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.push_back(m_view->currentIndex().row());
    if (rows.empty())
        return;
    m_model->removeRowsAt(rows);
    emit changed();
}

void CategorisedPage::deleteAll()
{
    if (m_model->rowCount() == 0)
        return;
    m_model->setCategories({});
    emit changed();
}

void CategorisedPage::syncColorButton()
{
    const QModelIndex i = m_view->currentIndex();
    const bool valid = i.isValid() && i.row() < m_model->rowCount();
    m_color->setEnabled(valid);
    m_delete->setEnabled(m_model->rowCount() > 0);
    m_deleteAll->setEnabled(m_model->rowCount() > 0);
    if (valid) {
        const QSignalBlocker block(m_color);
        m_color->setColor(mainColor(m_model->categories()[static_cast<std::size_t>(i.row())].symbol, m_type));
    }
}

// --- GraduatedPage ---------------------------------------------------------------------------------

GraduatedPage::GraduatedPage(geo::LayerDataPtr layer, QWidget* parent) : RendererPage(std::move(layer), parent)
{
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_field = new QComboBox(this);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Equal interval"), static_cast<int>(ClassMethod::EqualInterval));
    m_method->addItem(tr("Quantile (equal count)"), static_cast<int>(ClassMethod::Quantile));
    m_count = new QSpinBox(this);
    m_count->setRange(2, 9);
    m_count->setValue(5);
    m_ramp = new QComboBox(this);
    for (const ColorRamp& r : colorRamps())
        m_ramp->addItem(rampIcon(r), tr(r.name));
    m_ramp->setIconSize(QSize(48, 14));
    m_classify = new QPushButton(tr("&Classify"), this);
    m_classify->setToolTip(tr("New classes from the field's values"));
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    countRow->addWidget(m_classify);
    auto* countLabel = new QLabel(tr("&Number of classes:"), this);
    countLabel->setBuddy(m_count);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(countLabel, countRow);
    form->addRow(tr("Colour &ramp:"), m_ramp);
    lay->addLayout(form);

    m_model = new ClassModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Classes"));
    setupTable(m_view);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(ClassModel::SymbolColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ClassModel::LowerColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(ClassModel::UpperColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(ClassModel::LegendColumn, QHeaderView::Stretch);
    h->resizeSection(ClassModel::LowerColumn, 100);
    h->resizeSection(ClassModel::UpperColumn, 100);
    lay->addWidget(m_view, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    lay->addWidget(m_message);

    auto* bottom = new QHBoxLayout;
    auto* colorLabel = new QLabel(tr("C&olour:"), this);
    m_color = new ColorButton(this);
    m_color->setToolTip(tr("The colour of the selected classes"));
    colorLabel->setBuddy(m_color);
    bottom->addWidget(colorLabel);
    bottom->addWidget(m_color);
    bottom->addStretch(1);
    lay->addLayout(bottom);

    connect(m_classify, &QPushButton::clicked, this, &GraduatedPage::classify);
    // As in QGIS, the field, method and count re-classify at once (an explicit choice of the user);
    // the ramp only recolours, keeping edited bounds and labels.
    connect(m_field, &QComboBox::currentIndexChanged, this, &GraduatedPage::classify);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GraduatedPage::classify);
    connect(m_count, &QSpinBox::valueChanged, this, &GraduatedPage::classify);
    connect(m_ramp, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model->rowCount() > 0) {
            applyRamp();
            emit changed();
        }
    });
    connect(m_model, &ClassModel::edited, this, &StyleEditorPage::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GraduatedPage::syncColorButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GraduatedPage::syncColorButton);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.column() == ClassModel::SymbolColumn)
            m_color->click();
    });
    connect(m_color, &ColorButton::colorChanged, this, [this](const QColor& c) {
        std::vector<int> rows;
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
            rows.push_back(i.row());
        if (rows.empty() && m_view->currentIndex().isValid())
            rows.push_back(m_view->currentIndex().row());
        for (int row : rows) {
            Symbol s = m_model->classes()[static_cast<std::size_t>(row)].symbol;
            setMainColor(s, c, m_type);
            m_model->setSymbol(row, s);
        }
        if (!rows.empty())
            emit changed();
    });
    syncColorButton();
}

QString GraduatedPage::title() const
{
    return tr("Classes");
}

void GraduatedPage::load(const LayerStyle& s, geo::GeometryType type)
{
    m_type = type;
    m_model->setGeometryType(type);
    fillFields(m_field, true, s.kind == LayerStyle::Kind::Graduated ? s.field : QString());
    std::vector<double> bounds;
    for (const GraduatedClass& c : s.classes)
        bounds.push_back(c.lower);
    if (!s.classes.empty())
        bounds.push_back(s.classes.back().upper);
    m_model->setClasses(s.classes, decimalsFor(bounds));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClassModel::LowerColumn));
    const QSignalBlocker b(m_count);
    m_count->setValue(s.classes.empty() ? 5 : std::clamp(static_cast<int>(s.classes.size()), 2, 9));
    showMessage(m_message, {});
}

void GraduatedPage::store(LayerStyle& s) const
{
    s.classes = m_model->classes();
    if (s.kind == LayerStyle::Kind::Graduated)
        s.field = currentField(m_field);
}

void GraduatedPage::activate()
{
    if (m_field->currentIndex() < 0 && m_field->count() > 0) {
        const QSignalBlocker block(m_field);
        m_field->setCurrentIndex(0);
    }
    if (m_model->rowCount() == 0 && m_field->currentIndex() >= 0)
        classify();
}

void GraduatedPage::classify()
{
    const QString field = currentField(m_field);
    if (field.isEmpty()) {
        showMessage(m_message, m_field->count() == 0 ? tr("The layer has no numeric field.") : tr("Choose a field first."));
        return;
    }
    const std::vector<double> values = m_layer ? numericValues(*m_layer, field) : std::vector<double>{};
    const auto method = static_cast<ClassMethod>(m_method->currentData().toInt());
    const std::vector<double> breaks = classBreaks(values, m_count->value(), method);
    QString message;
    if (breaks.empty())
        message = tr("The field “%1” has no numeric values in this layer.").arg(field);
    else if (breaks.size() == 2 && breaks.front() == breaks.back())
        message = tr("All values of “%1” are equal: one class.").arg(field);
    m_model->setClasses(makeClasses(breaks, decimalsFor(breaks)), decimalsFor(breaks));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClassModel::LowerColumn));
    applyRamp();
    showMessage(m_message, message);
    emit changed();
}

void GraduatedPage::applyRamp()
{
    const auto& ramps = colorRamps();
    const ColorRamp& ramp = ramps[static_cast<std::size_t>(std::clamp(m_ramp->currentIndex(), 0, static_cast<int>(ramps.size()) - 1))];
    const Symbol base = baseSymbol();
    const int n = m_model->rowCount();
    for (int i = 0; i < n; ++i) {
        // Keep each class's own symbol (width, dashes) when it has one; new classes start from the base.
        Symbol s = m_model->classes()[static_cast<std::size_t>(i)].symbol;
        if (s == Symbol{})
            s = base;
        setMainColor(s, ramp.at(n == 1 ? 1.0 : static_cast<double>(i) / (n - 1)), m_type);
        m_model->setSymbol(i, s);
    }
    syncColorButton();
}

void GraduatedPage::syncColorButton()
{
    const QModelIndex i = m_view->currentIndex();
    const bool valid = i.isValid() && i.row() < m_model->rowCount();
    m_color->setEnabled(valid);
    if (valid) {
        const QSignalBlocker block(m_color);
        m_color->setColor(mainColor(m_model->classes()[static_cast<std::size_t>(i.row())].symbol, m_type));
    }
}

// --- LabelsPage ------------------------------------------------------------------------------------

LabelsPage::LabelsPage(geo::LayerDataPtr layer, QWidget* parent) : StyleEditorPage(parent), m_layer(std::move(layer))
{
    auto* form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("&Label features"), this);
    m_text = new QComboBox(this);
    m_text->setEditable(true);
    m_text->setInsertPolicy(QComboBox::NoInsert);
    m_text->setAccessibleName(tr("Label text"));
    if (m_layer)
        for (const geo::AttributeColumn& col : m_layer->columns)
            m_text->addItem(col.field().name);
    m_text->setToolTip(tr("A field, or a template with fields in braces such as {name} ({iata})"));
    auto* hint = new QLabel(tr("A field, or a template such as <tt>{name} ({iata})</tt>"), this);
    hint->setTextFormat(Qt::RichText);
    hint->setEnabled(false);
    m_shorten = new QCheckBox(tr("S&horten long names (cut at “ (”, “;”, “ – ”)"), this);
    m_fontPx = new PreciseSpinBox(this);
    m_fontPx->setRange(4.0, 48.0);
    m_fontPx->setSingleStep(0.5);
    m_fontPx->setDecimals(1);
    m_fontPx->setSuffix(tr(" px"));
    m_bold = new QCheckBox(tr("&Bold"), this);
    m_italic = new QCheckBox(tr("&Italic"), this);
    auto* fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontPx);
    fontRow->addWidget(m_bold);
    fontRow->addWidget(m_italic);
    fontRow->addStretch(1);
    m_color = new ColorButton(this);
    m_halo = new QCheckBox(tr("Hal&o"), this);
    m_halo->setToolTip(tr("A light outline around the text, for legibility over lines and fills"));
    m_haloPx = new PreciseSpinBox(this);
    m_haloPx->setRange(0.2, 6.0);
    m_haloPx->setSingleStep(0.2);
    m_haloPx->setSuffix(tr(" px"));
    m_haloPx->setAccessibleName(tr("Halo width"));
    auto* haloRow = new QHBoxLayout;
    haloRow->addWidget(m_halo);
    haloRow->addWidget(m_haloPx);
    haloRow->addStretch(1);
    m_preview = new QLabel(this);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_enabled);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_shorten);
    auto* sizeLabel = new QLabel(tr("Font si&ze:"), this);
    sizeLabel->setBuddy(m_fontPx);
    form->addRow(sizeLabel, fontRow);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("Outline:"), haloRow);
    form->addRow(tr("Example:"), m_preview);

    const auto edited = [this] {
        updateEnabled();
        updatePreview();
        emit changed();
    };
    connect(m_enabled, &QCheckBox::toggled, this, edited);
    connect(m_text, &QComboBox::editTextChanged, this, edited);
    connect(m_shorten, &QCheckBox::toggled, this, edited);
    connect(m_fontPx, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_bold, &QCheckBox::toggled, this, edited);
    connect(m_italic, &QCheckBox::toggled, this, edited);
    connect(m_color, &ColorButton::colorChanged, this, edited);
    connect(m_halo, &QCheckBox::toggled, this, edited);
    connect(m_haloPx, &QDoubleSpinBox::valueChanged, this, edited);
}

QString LabelsPage::title() const
{
    return tr("Labels");
}

void LabelsPage::load(const LayerStyle& s, geo::GeometryType)
{
    const render::LabelStyle& l = s.label;
    const QSignalBlocker b1(m_enabled), b2(m_text), b3(m_shorten), b4(m_fontPx), b5(m_bold), b6(m_italic), b7(m_color), b8(m_halo),
        b9(m_haloPx);
    m_enabled->setChecked(l.enabled);
    m_text->setCurrentIndex(-1);
    m_text->setEditText(l.field);
    m_shorten->setChecked(l.shorten);
    m_fontPx->setExactValue(l.fontPx);
    m_bold->setChecked(l.bold);
    m_italic->setChecked(l.italic);
    m_color->setColor(l.color);
    m_halo->setChecked(l.haloPx > 0);
    m_loadedHaloPx = l.haloPx > 0 ? l.haloPx : render::LabelStyle{}.haloPx;
    m_haloPx->setExactValue(m_loadedHaloPx);
    updateEnabled();
    updatePreview();
}

void LabelsPage::store(LayerStyle& s) const
{
    render::LabelStyle& l = s.label;
    l.enabled = m_enabled->isChecked();
    l.field = m_text->currentText();
    l.shorten = m_shorten->isChecked();
    l.fontPx = m_fontPx->exactValue();
    l.bold = m_bold->isChecked();
    l.italic = m_italic->isChecked();
    l.color = m_color->color();
    l.haloPx = m_halo->isChecked() ? m_haloPx->exactValue() : 0.0;
}

void LabelsPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_text, m_shorten, m_fontPx, m_bold, m_italic, m_color, m_halo, m_preview})
        w->setEnabled(on);
    m_haloPx->setEnabled(on && m_halo->isChecked());
}

void LabelsPage::updatePreview()
{
    render::LabelStyle l;
    l.field = m_text->currentText();
    l.shorten = m_shorten->isChecked();
    QString text;
    bool known = !l.field.isEmpty();
    if (m_layer && known) {
        if (l.field.contains(QLatin1Char('{'))) {
            static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
            for (auto it = re.globalMatch(l.field); it.hasNext();)
                known = known && m_layer->fieldIndex(it.next().captured(1)) >= 0;
        } else {
            known = m_layer->fieldIndex(l.field) >= 0;
        }
        const std::size_t n = std::min<std::size_t>(m_layer->featureCount(), 1000);
        for (std::size_t row = 0; known && row < n && text.trimmed().isEmpty(); ++row)
            text = render::labelText(l, *m_layer, row);
    }
    if (!m_layer)
        m_preview->setText({});
    else if (!known)
        m_preview->setText(tr("(no such field)"));
    else
        m_preview->setText(text.isEmpty() ? tr("(empty)") : text);
    QFont f = m_preview->font();
    f.setBold(m_bold->isChecked());
    f.setItalic(m_italic->isChecked());
    m_preview->setFont(f);
}

} // namespace corridor::ui
