#include "geo/layer_data.h"

namespace corridor::geo {

void LayerData::finalise()
{
    m_fieldIndex.clear();
    for (int i = 0; i < static_cast<int>(columns.size()); ++i)
        m_fieldIndex.insert(columns[static_cast<std::size_t>(i)].field().name, i);
}

int LayerData::fieldIndex(const QString& fieldName) const
{
    return m_fieldIndex.value(fieldName, -1);
}

QVariant LayerData::attribute(std::size_t row, const QString& field) const
{
    const int c = fieldIndex(field);
    if (c < 0 || row >= featureCount())
        return {};
    return columns[static_cast<std::size_t>(c)].value(row);
}

std::optional<std::size_t> LayerData::rowOfFid(std::int64_t fid) const
{
    std::call_once(m_fidOnce, [this] {
        m_fidRows = std::make_unique<QHash<std::int64_t, std::size_t>>();
        m_fidRows->reserve(static_cast<qsizetype>(fids.size()));
        for (std::size_t i = 0; i < fids.size(); ++i)
            m_fidRows->insert(fids[i], i);
    });
    const auto it = m_fidRows->constFind(fid);
    if (it == m_fidRows->constEnd())
        return std::nullopt;
    return *it;
}

const SpatialIndex& LayerData::spatialIndex() const
{
    std::call_once(m_indexOnce, [this] {
        std::vector<Envelope> envs(featureCount());
        for (std::size_t i = 0; i < envs.size(); ++i)
            envs[i] = geometry.featureEnvelope(i);
        m_index = std::make_unique<SpatialIndex>(envs);
    });
    return *m_index;
}

} // namespace corridor::geo
