#include "app/ui/feature_search.h"

#include "app/ui/attribute_table_model.h"
#include "app/ui/identify_panel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace corridor::ui {

namespace {
const char* const kSearchFields[] = {"name", "NAME", "name_en", "NAME_EN", "iata", "icao", "id", "city", "title", "label", "ADMIN", "admin"};
}

FeatureSearch::FeatureSearch(QObject* parent) : QObject(parent) {}

std::shared_ptr<const FeatureSearch::Index> FeatureSearch::buildIndex(std::vector<SearchLayer> layers)
{
    auto idx = std::make_shared<Index>();
    idx->layers = std::move(layers);
    for (int li = 0; li < static_cast<int>(idx->layers.size()); ++li) {
        const geo::LayerData& d = *idx->layers[static_cast<std::size_t>(li)].data;
        std::vector<int> cols;
        for (const char* f : kSearchFields) {
            const int c = d.fieldIndex(QString::fromLatin1(f));
            if (c >= 0 && std::find(cols.begin(), cols.end(), c) == cols.end())
                cols.push_back(c);
        }
        if (cols.empty())
            continue;
        for (std::size_t r = 0; r < d.featureCount(); ++r) {
            Entry e{li, static_cast<std::uint32_t>(r), IdentifyPanel::featureName(d, r), {}};
            QStringList codes;
            for (int c : cols) {
                const geo::AttributeColumn& col = d.columns[static_cast<std::size_t>(c)];
                if (col.isNull(r))
                    continue;
                const QString v = col.displayText(r);
                if (v.isEmpty())
                    continue;
                e.folded << foldForSearch(v);
                const QString fname = col.field().name.toLower();
                if ((fname == QLatin1String("iata") || fname == QLatin1String("icao")) && !e.label.contains(v))
                    codes << v;
            }
            if (!codes.isEmpty())
                e.label += QStringLiteral(" (%1)").arg(codes.join(QStringLiteral(", ")));
            if (!e.folded.isEmpty())
                idx->entries.push_back(std::move(e));
        }
    }
    return idx;
}

std::vector<SearchHit> FeatureSearch::query(const Index& index, const QString& text, int maxResults)
{
    std::vector<SearchHit> hits;
    const QString q = foldForSearch(text.trimmed());
    if (q.isEmpty())
        return hits;
    for (const Entry& e : index.entries) {
        int best = 99;
        for (const QString& f : e.folded) {
            if (f == q)
                best = 0;
            else if (f.startsWith(q))
                best = std::min(best, 1);
            else {
                const qsizetype at = f.indexOf(q);
                if (at > 0 && !f.at(at - 1).isLetterOrNumber())
                    best = std::min(best, 2);
                else if (at > 0)
                    best = std::min(best, 3);
            }
            if (best == 0)
                break;
        }
        if (best < 99) {
            const SearchLayer& l = index.layers[static_cast<std::size_t>(e.layer)];
            hits.push_back({l.id, l.title, e.row, e.label, best});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (static_cast<int>(hits.size()) > maxResults)
        hits.resize(static_cast<std::size_t>(maxResults));
    return hits;
}

void FeatureSearch::setLayers(std::vector<SearchLayer> layers)
{
    if (m_indexWatcher) {
        m_indexWatcher->disconnect(this);
        m_indexWatcher->deleteLater();
    }
    m_indexWatcher = new QFutureWatcher<std::shared_ptr<const Index>>(this);
    auto* w = m_indexWatcher;
    connect(w, &QFutureWatcher<std::shared_ptr<const Index>>::finished, this, [this, w] {
        m_index = w->result();
        w->deleteLater();
        m_indexWatcher = nullptr;
        runPending();
    });
    w->setFuture(QtConcurrent::run([l = std::move(layers)]() mutable { return buildIndex(std::move(l)); }));
}

void FeatureSearch::search(const QString& text, int maxResults)
{
    m_pending = text;
    m_hasPending = true;
    m_maxResults = maxResults;
    runPending();
}

void FeatureSearch::runPending()
{
    if (!m_hasPending || m_indexWatcher || m_queryWatcher || !m_index)
        return;
    m_hasPending = false;
    const QString text = m_pending;
    m_queryWatcher = new QFutureWatcher<std::vector<SearchHit>>(this);
    auto* w = m_queryWatcher;
    connect(w, &QFutureWatcher<std::vector<SearchHit>>::finished, this, [this, w, text] {
        const std::vector<SearchHit> hits = w->result();
        w->deleteLater();
        m_queryWatcher = nullptr;
        emit resultsReady(text, hits);
        runPending();
    });
    w->setFuture(QtConcurrent::run([idx = m_index, text, n = m_maxResults] { return query(*idx, text, n); }));
}

} // namespace corridor::ui
