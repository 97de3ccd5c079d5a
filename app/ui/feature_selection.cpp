#include "app/ui/feature_selection.h"

#include <algorithm>

namespace corridor::ui {

const FeatureSelection::Rows& FeatureSelection::rows(const QString& layerId) const
{
    static const Rows kNone;
    const auto it = m_rows.find(layerId);
    return it == m_rows.end() ? kNone : it->second;
}

std::size_t FeatureSelection::totalCount() const
{
    std::size_t n = 0;
    for (const auto& [id, r] : m_rows)
        n += r.size();
    return n;
}

void FeatureSelection::setRows(const QString& layerId, Rows r, Origin origin)
{
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    if (r.empty())
        m_rows.erase(layerId);
    else
        m_rows[layerId] = std::move(r);
    emit changed(origin);
}

void FeatureSelection::setAll(std::map<QString, Rows> rows, Origin origin)
{
    m_rows.clear();
    for (auto& [id, r] : rows) {
        std::sort(r.begin(), r.end());
        r.erase(std::unique(r.begin(), r.end()), r.end());
        if (!r.empty())
            m_rows[id] = std::move(r);
    }
    emit changed(origin);
}

void FeatureSelection::clear(Origin origin)
{
    if (m_rows.empty())
        return;
    m_rows.clear();
    emit changed(origin);
}

void FeatureSelection::removeLayer(const QString& layerId)
{
    if (m_rows.erase(layerId))
        emit changed(Origin::Other);
}

} // namespace corridor::ui
