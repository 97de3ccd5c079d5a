#include "app/ui/attribute_table_model.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace corridor::ui {

QString foldForSearch(const QString& s)
{
    const QString d = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar c : d) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that do not decompose but are typed without their stroke.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = QLatin1Char('d');
        else if (c == QChar(0x0131))
            c = QLatin1Char('i');
        out.append(c.toCaseFolded());
    }
    return out;
}

namespace {

bool hasNonAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7f)
            return true;
    return false;
}

bool cellMatches(const QString& cell, const QString& folded)
{
    if (cell.contains(folded, Qt::CaseInsensitive))
        return true;
    return hasNonAscii(cell) && foldForSearch(cell).contains(folded);
}

} // namespace

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

AttributeTableModel::~AttributeTableModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AttributeTableModel::setLayer(geo::LayerDataPtr data)
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    beginResetModel();
    m_data = std::move(data);
    m_sortColumn = -1;
    m_filter.clear();
    const std::size_t n = m_data ? m_data->featureCount() : 0;
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0u);
    m_inverse.resize(n);
    std::iota(m_inverse.begin(), m_inverse.end(), 0);
    endResetModel();
    emit orderApplied();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_data ? 0 : static_cast<int>(m_data->columns.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const std::uint32_t r = m_order[static_cast<std::size_t>(index.row())];
    const geo::AttributeColumn& col = m_data->columns[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        QString t = col.displayText(r);
        if (t.size() > 200) // long notes: the tooltip has the whole text
            t = t.left(200) + QChar(0x2026);
        return t;
    }
    case Qt::ToolTipRole: {
        const QString t = col.displayText(r);
        return t.size() > 40 ? t : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (col.field().type == geo::FieldType::Integer || col.field().type == geo::FieldType::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_data || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < columnCount() ? m_data->columns[static_cast<std::size_t>(section)].field().name : QVariant();
    if (section < rowCount())
        return QString::number(m_data->fids[m_order[static_cast<std::size_t>(section)]]);
    return {};
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    recompute();
}

void AttributeTableModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    recompute();
}

int AttributeTableModel::viewRow(std::uint32_t sourceRow) const
{
    return sourceRow < m_inverse.size() ? m_inverse[sourceRow] : -1;
}

void AttributeTableModel::recompute()
{
    if (!m_data)
        return;
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const std::uint64_t request = ++m_request;
    m_watcher = new QFutureWatcher<std::vector<std::uint32_t>>(this);
    connect(m_watcher, &QFutureWatcher<std::vector<std::uint32_t>>::finished, this, [this, request] {
        if (request != m_request || !m_watcher)
            return;
        std::vector<std::uint32_t> order = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (m_cancel && m_cancel->load())
            return;
        beginResetModel();
        m_order = std::move(order);
        std::fill(m_inverse.begin(), m_inverse.end(), -1);
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_inverse[m_order[i]] = static_cast<std::int32_t>(i);
        endResetModel();
        emit orderApplied();
    });
    m_watcher->setFuture(QtConcurrent::run([data = m_data, column = m_sortColumn, order = m_sortOrder, filter = m_filter, cancel] {
        return computeOrder(*data, column, order, filter, *cancel);
    }));
}

std::vector<std::uint32_t> AttributeTableModel::computeOrder(const geo::LayerData& data, int column, Qt::SortOrder order,
                                                             const QString& filter, const std::atomic_bool& cancel)
{
    const std::size_t n = data.featureCount();
    std::vector<std::uint32_t> rows;
    rows.reserve(n);
    const QString folded = foldForSearch(filter.trimmed());
    if (folded.isEmpty()) {
        rows.resize(n);
        std::iota(rows.begin(), rows.end(), 0u);
    } else {
        for (std::size_t r = 0; r < n; ++r) {
            if ((r & 4095) == 0 && cancel.load(std::memory_order_relaxed))
                return rows;
            for (const geo::AttributeColumn& c : data.columns) {
                if (c.isNull(r))
                    continue;
                const bool hit = (c.field().type == geo::FieldType::String) ? cellMatches(c.stringValue(r), folded)
                                                                            : c.displayText(r).contains(folded, Qt::CaseInsensitive);
                if (hit) {
                    rows.push_back(static_cast<std::uint32_t>(r));
                    break;
                }
            }
        }
    }
    if (column < 0 || column >= static_cast<int>(data.columns.size()) || cancel.load())
        return rows;
    const geo::AttributeColumn& c = data.columns[static_cast<std::size_t>(column)];
    const bool desc = order == Qt::DescendingOrder;
    // Nulls last in both directions; ties keep file order (stable).
    auto cmpNulls = [&](std::uint32_t a, std::uint32_t b, auto&& less) {
        const bool na = c.isNull(a), nb = c.isNull(b);
        if (na || nb)
            return !na && nb;
        return desc ? less(b, a) : less(a, b);
    };
    switch (c.field().type) {
    case geo::FieldType::Real:
        std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
            return cmpNulls(a, b, [&](std::uint32_t x, std::uint32_t y) { return c.realValue(x) < c.realValue(y); });
        });
        break;
    case geo::FieldType::Integer:
    case geo::FieldType::Boolean:
    case geo::FieldType::Date:
    case geo::FieldType::DateTime:
        std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
            return cmpNulls(a, b, [&](std::uint32_t x, std::uint32_t y) { return c.intValue(x) < c.intValue(y); });
        });
        break;
    case geo::FieldType::String:
    case geo::FieldType::Binary:
        std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
            return cmpNulls(a, b, [&](std::uint32_t x, std::uint32_t y) {
                return QString::compare(c.stringValue(x), c.stringValue(y), Qt::CaseInsensitive) < 0;
            });
        });
        break;
    }
    return rows;
}

} // namespace corridor::ui
