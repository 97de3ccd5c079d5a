#pragma once
// FeatureSearch: finds features by name across layers ("TANAP", "Niš" or "Nis", "BEG"). The index
// (name-like fields: name, iata, icao, id, city…) is built in a worker when the layers change; queries
// also run in a worker and come back through resultsReady() with the query they answer, so a slow
// answer for an old query can be told apart. Matching is case- and accent-insensitive; exact matches
// rank first, then prefixes (of the text or of a word), then substrings.
//
// GUI thread (the workers see only immutable layer data and a shared, read-only index).

#include "geo/layer_data.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <vector>

namespace corridor::ui {

struct SearchHit {
    QString layerId;
    QString layerTitle;
    std::uint32_t row = 0;
    QString label;      // what matched, e.g. "Belgrade Nikola Tesla Airport (BEG)"
    int rank = 0;       // 0 exact, 1 prefix, 2 word prefix, 3 substring
};

struct SearchLayer {
    QString id;
    QString title;
    geo::LayerDataPtr data;
};

class FeatureSearch : public QObject {
    Q_OBJECT
public:
    explicit FeatureSearch(QObject* parent = nullptr);

    /// Rebuilds the index (in a worker).
    void setLayers(std::vector<SearchLayer> layers);
    /// Starts a query; resultsReady() follows.
    void search(const QString& text, int maxResults = 30);
    bool isIndexing() const { return m_indexWatcher != nullptr; }

    struct Entry {
        int layer;
        std::uint32_t row;
        QString label;
        QStringList folded; // folded searchable values
    };
    struct Index {
        std::vector<SearchLayer> layers;
        std::vector<Entry> entries;
    };
    static std::shared_ptr<const Index> buildIndex(std::vector<SearchLayer> layers);
    static std::vector<SearchHit> query(const Index& index, const QString& text, int maxResults);

signals:
    void resultsReady(const QString& query, const std::vector<corridor::ui::SearchHit>& hits);

private:
    void runPending();

    std::shared_ptr<const Index> m_index;
    QFutureWatcher<std::shared_ptr<const Index>>* m_indexWatcher = nullptr;
    QFutureWatcher<std::vector<SearchHit>>* m_queryWatcher = nullptr;
    QString m_pending;
    bool m_hasPending = false;
    int m_maxResults = 30;
};

} // namespace corridor::ui
