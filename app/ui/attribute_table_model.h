#pragma once
// AttributeTableModel: a layer's attributes as a virtualised table (the view asks only for the rows on
// screen; values come straight from the column arrays, nothing is copied per row), so a million rows
// cost one index array. Sorting and text filtering build a new row order in a worker thread and swap it
// in when done; a newer request cancels an older one. Rows are the layer's data rows ("source rows");
// the vertical header shows the feature id.
//
// GUI thread; the worker sees only the immutable LayerData.

#include "geo/layer_data.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <vector>

namespace corridor::ui {

class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AttributeTableModel(QObject* parent = nullptr);
    ~AttributeTableModel() override;

    void setLayer(geo::LayerDataPtr data);
    const geo::LayerDataPtr& layer() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Starts a background sort (the current order stays until it is done).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keeps rows where any value contains `text` (case- and accent-insensitive); empty = all.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filter; }

    std::uint32_t sourceRow(int viewRow) const { return m_order[static_cast<std::size_t>(viewRow)]; }
    /// The view row of a source row, or -1 when filtered out.
    int viewRow(std::uint32_t sourceRow) const;
    bool isBusy() const { return m_watcher != nullptr; }

    /// The row order for `data` sorted by `column` (-1 = file order) and filtered by `filter`. Runs on
    /// any thread; returns early (incomplete) when `cancel` becomes true.
    static std::vector<std::uint32_t> computeOrder(const geo::LayerData& data, int column, Qt::SortOrder order,
                                                   const QString& filter, const std::atomic_bool& cancel);

signals:
    /// A new row order (sort/filter) is in place; view selections must be restored from the model of
    /// record (FeatureSelection).
    void orderApplied();

private:
    void recompute();

    geo::LayerDataPtr m_data;
    std::vector<std::uint32_t> m_order;
    std::vector<std::int32_t> m_inverse;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QFutureWatcher<std::vector<std::uint32_t>>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::uint64_t m_request = 0;
};

/// Lower-case, accents removed ("Niš" → "nis"), for matching what people type.
QString foldForSearch(const QString& s);

} // namespace corridor::ui
