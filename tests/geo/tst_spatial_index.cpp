#include "geo/spatial_index.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace corridor::geo;

namespace {

constexpr std::size_t kItems = 20000;
constexpr std::size_t kQueries = 500;

/// Random boxes in [0, 1000]², up to 10 wide; some are points, some segments; every 97th is null.
std::vector<Envelope> randomEnvelopes(std::uint32_t seed, std::size_t n)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(0.0, 1000.0), size(0.0, 10.0);
    std::vector<Envelope> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = pos(rng), y = pos(rng);
        double w = size(rng), h = size(rng);
        if (i % 50 == 1)
            w = h = 0; // a point
        else if (i % 50 == 2)
            h = 0; // a horizontal segment
        out.push_back(i % 97 == 5 ? Envelope{} : Envelope(x, y, x + w, y + h));
    }
    return out;
}

std::vector<Envelope> randomQueries(std::uint32_t seed, std::size_t n)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(-20.0, 1020.0), size(0.0, 50.0);
    std::vector<Envelope> out;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = pos(rng), y = pos(rng);
        out.emplace_back(x, y, x + size(rng), y + size(rng));
    }
    return out;
}

std::vector<std::uint32_t> bruteQuery(const std::vector<Envelope>& items, const Envelope& box)
{
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].isNull() && items[i].minX <= box.maxX && box.minX <= items[i].maxX
            && items[i].minY <= box.maxY && box.minY <= items[i].maxY)
            ids.push_back(static_cast<std::uint32_t>(i));
    return ids;
}

// Distance from (x, y) to a box, written out independently of the index.
double boxDistance(const Envelope& e, double x, double y)
{
    const double cx = std::clamp(x, e.minX, e.maxX), cy = std::clamp(y, e.minY, e.maxY);
    return std::sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
}

// Item i as the segment from the box's lower-left to its upper-right corner: an "exact geometry" whose
// distance is never below the box distance.
double segmentDistance(const Envelope& e, double px, double py)
{
    const double ax = e.minX, ay = e.minY, bx = e.maxX, by = e.maxY;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

template <class Dist>
double bruteNearestDistance(const std::vector<Envelope>& items, double x, double y, Dist dist)
{
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].isNull())
            best = std::min(best, dist(items[i], x, y));
    return best;
}

std::vector<std::pair<double, double>> randomPoints(std::uint32_t seed, std::size_t n)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(-100.0, 1100.0);
    std::vector<std::pair<double, double>> out;
    for (std::size_t i = 0; i < n; ++i)
        out.emplace_back(pos(rng), pos(rng));
    return out;
}

} // namespace

class TestSpatialIndex : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void queryMatchesBruteForce();
    void visitStopsEarly();
    void unboundedQueryBox();
    void nearestEnvelopeDistance();
    void nearestCustomDistance();
    void emptyIndex();
    void nullEnvelopesSkipped();
    void concurrentQueries();

private:
    std::vector<Envelope> m_items;
    std::vector<Envelope> m_queries;
    std::unique_ptr<SpatialIndex> m_index;
};

void TestSpatialIndex::initTestCase()
{
    m_items = randomEnvelopes(20240601, kItems);
    m_queries = randomQueries(7, kQueries);
    m_index = std::make_unique<SpatialIndex>(m_items);
    QCOMPARE(m_index->size(), kItems);
}

void TestSpatialIndex::queryMatchesBruteForce()
{
    std::size_t hits = 0, nonEmpty = 0;
    for (std::size_t q = 0; q < m_queries.size(); ++q) {
        const auto expected = bruteQuery(m_items, m_queries[q]);
        const auto got = m_index->query(m_queries[q]);
        QVERIFY2(got == expected,
            qPrintable(QStringLiteral("query %1: %2 ids, expected %3").arg(q).arg(got.size()).arg(expected.size())));
        hits += got.size();
        nonEmpty += got.empty() ? 0 : 1;
    }
    // The data make the comparison meaningful: most queries find something, some find nothing.
    QVERIFY(nonEmpty > kQueries / 2);
    QVERIFY(nonEmpty < kQueries);
    QVERIFY(hits > 1000);

    // Touching counts as intersecting (closed boxes), as in Envelope::intersects.
    const SpatialIndex small({Envelope(0, 0, 1, 1), Envelope(2, 2, 3, 3)});
    QCOMPARE(small.query(Envelope(1, 1, 2, 2)), (std::vector<std::uint32_t>{0, 1}));
    QCOMPARE(small.query(Envelope(1.5, 1.5, 1.6, 1.6)), std::vector<std::uint32_t>{});
    QCOMPARE(small.query(Envelope(0.5, 0.5, 0.5, 0.5)), std::vector<std::uint32_t>{0}); // a point
    QCOMPARE(small.query(Envelope{}), std::vector<std::uint32_t>{});                     // a null box
}

void TestSpatialIndex::visitStopsEarly()
{
    const Envelope all(-1e9, -1e9, 1e9, 1e9);
    std::size_t calls = 0;
    m_index->visit(all, [&calls](std::uint32_t) {
        ++calls;
        return calls < 3;
    });
    QCOMPARE(calls, std::size_t(3));

    std::vector<std::uint32_t> seen;
    m_index->visit(m_queries[0], [&seen](std::uint32_t id) {
        seen.push_back(id);
        return true;
    });
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, bruteQuery(m_items, m_queries[0]));
}

void TestSpatialIndex::unboundedQueryBox()
{
    const double inf = std::numeric_limits<double>::infinity();
    const auto all = m_index->query(Envelope(-inf, -inf, inf, inf));
    std::size_t nonNull = 0;
    for (const auto& e : m_items)
        nonNull += e.isNull() ? 0 : 1;
    QCOMPARE(all.size(), nonNull);
    QVERIFY(std::is_sorted(all.begin(), all.end()));
}

void TestSpatialIndex::nearestEnvelopeDistance()
{
    const auto points = randomPoints(99, kQueries);
    int inside = 0;
    for (const auto& [x, y] : points) {
        const auto id = m_index->nearest(x, y);
        QVERIFY(id.has_value());
        QVERIFY(*id < m_items.size());
        QVERIFY(!m_items[*id].isNull());
        const double best = bruteNearestDistance(m_items, x, y, boxDistance);
        // Ties are common (a point inside several boxes): compare distances, not ids.
        QCOMPARE(boxDistance(m_items[*id], x, y), best);
        inside += best == 0 ? 1 : 0;
    }
    QVERIFY(inside > 0);                    // some points fall inside boxes,
    QVERIFY(inside < int(points.size()));   // others don't
    QVERIFY(!m_index->nearest(std::nan(""), 1.0).has_value());
}

void TestSpatialIndex::nearestCustomDistance()
{
    const auto points = randomPoints(1234, kQueries);
    std::size_t calls = 0;
    const auto dist = [this, &calls](std::uint32_t id, double x, double y) {
        ++calls;
        return segmentDistance(m_items[id], x, y);
    };
    int differs = 0;
    for (const auto& [x, y] : points) {
        const auto id = m_index->nearest(x, y, dist);
        QVERIFY(id.has_value());
        const double best = bruteNearestDistance(m_items, x, y, segmentDistance);
        QCOMPARE(segmentDistance(m_items[*id], x, y), best);
        const auto byEnvelope = m_index->nearest(x, y);
        differs += (segmentDistance(m_items[*byEnvelope], x, y) != best) ? 1 : 0;
    }
    // The custom function was used (and mattered): the envelope answer is often not the nearest segment,
    // and far fewer distances were computed than a brute-force scan would need.
    QVERIFY(differs > 0);
    QVERIFY(calls > 0);
    QVERIFY(calls < points.size() * kItems / 20);
}

void TestSpatialIndex::emptyIndex()
{
    const SpatialIndex empty({});
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(!empty.nearest(0, 0).has_value());
    QVERIFY(!empty.nearest(0, 0, [](std::uint32_t, double, double) { return 0.0; }).has_value());
    QVERIFY(empty.query(Envelope(-1, -1, 1, 1)).empty());
    bool called = false;
    empty.visit(Envelope(-1, -1, 1, 1), [&called](std::uint32_t) { return called = true; });
    QVERIFY(!called);

    const SpatialIndex allNull({Envelope{}, Envelope{}});
    QCOMPARE(allNull.size(), std::size_t(2));
    QVERIFY(!allNull.nearest(0, 0).has_value());
    QVERIFY(allNull.query(Envelope(-1e300, -1e300, 1e300, 1e300)).empty());
}

void TestSpatialIndex::nullEnvelopesSkipped()
{
    const double nan = std::nan("");
    const SpatialIndex idx({Envelope{}, Envelope(5, 5, 6, 6), Envelope(3, 3, 1, 1), Envelope(nan, 0, 1, 1),
        Envelope(0, 0, 1, 1)});
    QCOMPARE(idx.size(), std::size_t(5));
    QCOMPARE(idx.query(Envelope(-100, -100, 100, 100)), (std::vector<std::uint32_t>{1, 4}));
    QCOMPARE(idx.nearest(2, 2), std::optional<std::uint32_t>(4)); // (3,3)-(1,1) is null (min > max)
    QCOMPARE(idx.nearest(4.9, 4.9), std::optional<std::uint32_t>(1));

    // Never returned by the big random index either.
    for (std::uint32_t id : m_index->query(Envelope(-1e9, -1e9, 1e9, 1e9)))
        QVERIFY(!m_items[id].isNull());
}

void TestSpatialIndex::concurrentQueries()
{
    const auto points = randomPoints(5, 200);
    auto run = [&] {
        std::vector<std::vector<std::uint32_t>> q;
        for (const auto& box : m_queries)
            q.push_back(m_index->query(box));
        std::vector<double> n;
        for (const auto& [x, y] : points) {
            const auto id = m_index->nearest(x, y, [this](std::uint32_t i, double px, double py) {
                return segmentDistance(m_items[i], px, py);
            });
            n.push_back(id ? segmentDistance(m_items[*id], x, y) : -1.0);
        }
        return std::pair{q, n};
    };
    const auto expected = run();

    std::vector<decltype(run())> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&results, &run, t] {
            for (int round = 0; round < 3; ++round)
                results[t] = run();
        });
    for (auto& th : threads)
        th.join();
    for (int t = 0; t < 4; ++t) {
        QVERIFY2(results[t].first == expected.first, qPrintable(QStringLiteral("thread %1 queries").arg(t)));
        QVERIFY2(results[t].second == expected.second, qPrintable(QStringLiteral("thread %1 nearest").arg(t)));
    }
}

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatial_index.moc"
