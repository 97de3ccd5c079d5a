#pragma once
// FeatureSelection: the selected features of every layer (rows of the layer data, sorted), shared by the
// map (highlight), the attribute tables (selected rows) and the identify panel. Changes carry their
// origin so a view does not echo its own change back.
//
// GUI thread only.

#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace corridor::ui {

class FeatureSelection : public QObject {
    Q_OBJECT
public:
    enum class Origin { Map, Table, Search, Other };
    Q_ENUM(Origin)

    using Rows = std::vector<std::uint32_t>;
    explicit FeatureSelection(QObject* parent = nullptr) : QObject(parent) {}

    const std::map<QString, Rows>& all() const { return m_rows; }
    /// Sorted rows of one layer (empty when none).
    const Rows& rows(const QString& layerId) const;
    bool isEmpty() const { return m_rows.empty(); }
    std::size_t totalCount() const;

    /// Replaces the selection of one layer (the others are kept).
    void setRows(const QString& layerId, Rows rows, Origin origin);
    /// Replaces the whole selection.
    void setAll(std::map<QString, Rows> rows, Origin origin);
    void clear(Origin origin = Origin::Other);
    /// Drops a layer's rows (the layer was removed).
    void removeLayer(const QString& layerId);

signals:
    void changed(corridor::ui::FeatureSelection::Origin origin);

private:
    std::map<QString, Rows> m_rows;
};

} // namespace corridor::ui
