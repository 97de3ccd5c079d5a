// bench_load: how fast a GeoPackage layer loads into our layer storage, against a bare OGR read loop
// over the same file in the same run (foundation issue: goal ratio <= 1.2, medians reported).
//
//   bench_load [--vertices N] [--runs R] [--keep PATH] [--only VARIANT] [--fresh-memory] [--smoke]
//
// Generates a deterministic polygon layer of >= N vertices (rings of 4..2000 vertices, some with holes,
// a few features with several parts; attributes id/value/name), then times, on a freshly opened dataset each
// time (open included), in an order that rotates between runs so no variant always gets the warmest
// caches:
//   ogr-loop   bare OGR C API feature loop (the baseline)
//   ours-arrow VectorDataset::readLayer, useArrow = true
//   ours-loop  VectorDataset::readLayer, useArrow = false
//   arrow-only OGR_L_GetArrowStream, batches fetched and released untouched (a lower bound)
// Memory: by default glibc's malloc behaves as in the application: after the first large free() it
// raises its mmap/trim thresholds, so later runs (and later batches) reuse heap pages without page
// faults. --fresh-memory pins the thresholds to their initial values, so every large block is new
// memory from the kernel, as in the very first load of a process; the page-fault column shows the
// difference.
// --only runs a single variant (for profiling it: perf record / valgrind --tool=callgrind).
// Exits non-zero when a loaded layer does not match what was generated.

#include "geo/gpkg_writer.h"
#include "geo/layer_data.h"
#include "geo/vector_dataset.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_recordbatch.h>
#include <cpl_string.h>

#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <numbers>
#include <string>
#include <vector>

using namespace corridor::geo;

namespace {

using Clock = std::chrono::steady_clock;

/// Minor page faults of the process so far: fresh memory costs a fault per 4 KiB page, which is a large
/// part of loading into new arrays and is invisible in a loop that reuses one buffer.
long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

/// CPU time of the process (user + system, all threads) in ms: less disturbed than wall time when other
/// jobs share the machine.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// ---- deterministic generation ----------------------------------------------------------------------

/// splitmix64: tiny, fast, and the same sequence on every platform and standard library (unlike
/// std::uniform_*_distribution), so the generated file is the same everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_s(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }

private:
    std::uint64_t m_s;
};

struct Generated {
    std::size_t features = 0;
    std::size_t vertices = 0; // every stored point, closing points of rings included
    std::size_t rings = 0;
    std::size_t minFeatureVertices = SIZE_MAX;
    std::size_t maxFeatureVertices = 0;
};

/// Vertex count of one feature: mostly small polygons, a quarter medium, a few very large ones, as in
/// real boundary data (the per-feature cost and the per-vertex cost both show up).
int featureSize(Rng& rng)
{
    const double u = rng.uniform();
    if (u < 0.70)
        return rng.between(4, 32);
    if (u < 0.95)
        return rng.between(33, 300);
    return rng.between(301, 2000);
}

/// A closed star-shaped ring of `n` points (n-1 distinct + the closing point) around (cx, cy);
/// counter-clockwise unless `clockwise` (holes).
void addRing(GeometryStore& g, Rng& rng, int n, double cx, double cy, double radius, bool clockwise)
{
    g.beginRing();
    const int distinct = n - 1;
    double firstX = 0, firstY = 0;
    for (int i = 0; i < distinct; ++i) {
        const double t = 2.0 * std::numbers::pi * i / distinct;
        const double a = clockwise ? -t : t;
        const double r = radius * rng.uniform(0.75, 1.0);
        const double x = cx + r * std::cos(a), y = cy + r * std::sin(a);
        if (i == 0) {
            firstX = x;
            firstY = y;
        }
        g.addPoint(x, y);
    }
    g.addPoint(firstX, firstY);
}

std::shared_ptr<LayerData> generateLayer(std::size_t targetVertices, Generated& stats)
{
    Rng rng(20260215);
    auto layer = std::make_shared<LayerData>();
    layer->name = QStringLiteral("bench_polygons");
    layer->crs = Crs::wgs84();
    layer->geometryType = GeometryType::Polygon;
    layer->columns.emplace_back(Field{QStringLiteral("id"), FieldType::Integer});
    layer->columns.emplace_back(Field{QStringLiteral("value"), FieldType::Real});
    layer->columns.emplace_back(Field{QStringLiteral("name"), FieldType::String});
    auto& g = layer->geometry;
    static const char* const kinds[] = {"field", "basin", "block", "concession", "buffer zone", "corridor segment"};

    while (stats.vertices < targetVertices) {
        const std::size_t row = stats.features;
        const auto fid = static_cast<std::int64_t>(row + 1);
        layer->fids.push_back(fid);
        layer->columns[0].appendInt(fid * 7 + 3);
        if (row % 20 == 19)
            layer->columns[1].appendNull(); // some nulls, as in real data
        else
            layer->columns[1].appendReal(rng.uniform(-1000.0, 1.0e6));
        layer->columns[2].appendString(QStringLiteral("%1 %2").arg(QLatin1String(kinds[rng.next() % 6])).arg(row));

        g.beginFeature();
        std::size_t fv = 0;
        // 4% multipolygons (2-3 parts), 10% of polygons get a hole.
        const int parts = rng.uniform() < 0.04 ? rng.between(2, 3) : 1;
        const double cx0 = rng.uniform(-170.0, 170.0), cy0 = rng.uniform(-80.0, 80.0);
        for (int p = 0; p < parts; ++p) {
            const int n = featureSize(rng);
            const double radius = 0.01 + 0.5 * n / 2000.0;
            const double cx = cx0 + 3.0 * p, cy = cy0;
            g.beginPart(PartKind::Polygon);
            addRing(g, rng, n, cx, cy, radius, false);
            fv += static_cast<std::size_t>(n);
            ++stats.rings;
            if (n >= 12 && rng.uniform() < 0.10) {
                const int h = std::max(4, n / 4);
                addRing(g, rng, h, cx, cy, radius * 0.3, true);
                fv += static_cast<std::size_t>(h);
                ++stats.rings;
            }
        }
        stats.vertices += fv;
        stats.minFeatureVertices = std::min(stats.minFeatureVertices, fv);
        stats.maxFeatureVertices = std::max(stats.maxFeatureVertices, fv);
        ++stats.features;
    }
    g.finish();
    layer->finalise();
    return layer;
}

// ---- the variants --------------------------------------------------------------------------------

struct Outcome {
    std::size_t features = 0;
    std::size_t vertices = 0;   // only the variants that decode geometries fill this
    std::size_t memoryBytes = 0;
    std::uint64_t checksum = 0; // keeps the compiler from dropping reads
    QString error;
};

/// Baseline: the plain OGR C API loop an application would write. Geometries are exported to ISO WKB
/// into one reused buffer rather than walked point by point with OGR_G_GetX/GetY: that is the cheapest
/// way to get every coordinate out of an OGRGeometry (one memcpy per ring instead of a C call per
/// point and per ring), so the baseline is as fast as a bare reader can be, and it produces the same
/// bytes our loader consumes. Each attribute is read with the typed getter.
Outcome runOgrLoop(const QByteArray& path)
{
    Outcome o;
    GDALDatasetH ds = GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        o.error = QStringLiteral("GDALOpenEx failed: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
        return o;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int fId = OGR_FD_GetFieldIndex(defn, "id");
    const int fValue = OGR_FD_GetFieldIndex(defn, "value");
    const int fName = OGR_FD_GetFieldIndex(defn, "name");
    std::vector<unsigned char> wkb;
    std::uint64_t sum = 0;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        sum += static_cast<std::uint64_t>(OGR_F_GetFID(f));
        if (OGR_F_IsFieldSetAndNotNull(f, fId))
            sum += static_cast<std::uint64_t>(OGR_F_GetFieldAsInteger64(f, fId));
        if (OGR_F_IsFieldSetAndNotNull(f, fValue))
            sum += static_cast<std::uint64_t>(OGR_F_GetFieldAsDouble(f, fValue));
        if (OGR_F_IsFieldSetAndNotNull(f, fName))
            sum += std::strlen(OGR_F_GetFieldAsString(f, fName));
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            const auto n = static_cast<std::size_t>(OGR_G_WkbSizeEx(g));
            if (wkb.size() < n)
                wkb.resize(n);
            OGR_G_ExportToIsoWkb(g, wkbNDR, wkb.data());
            sum += wkb[n - 1];
        }
        OGR_F_Destroy(f);
        ++o.features;
    }
    GDALClose(ds);
    o.checksum = sum;
    return o;
}

/// Lower bound: the Arrow stream with the options our loader uses, every batch fetched and released
/// without looking at it.
Outcome runArrowOnly(const QByteArray& path)
{
    Outcome o;
    GDALDatasetH ds = GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        o.error = QStringLiteral("GDALOpenEx failed: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
        return o;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    char** opts = nullptr;
    opts = CSLSetNameValue(opts, "INCLUDE_FID", "YES");
    opts = CSLSetNameValue(opts, "MAX_FEATURES_IN_BATCH", "32768");
    ArrowArrayStream stream{};
    const bool ok = OGR_L_GetArrowStream(layer, &stream, opts);
    CSLDestroy(opts);
    if (!ok) {
        o.error = QStringLiteral("OGR_L_GetArrowStream failed");
        GDALClose(ds);
        return o;
    }
    for (;;) {
        ArrowArray batch{};
        if (stream.get_next(&stream, &batch) != 0) {
            o.error = QStringLiteral("get_next failed");
            break;
        }
        if (!batch.release)
            break;
        o.features += static_cast<std::size_t>(batch.length);
        batch.release(&batch);
    }
    stream.release(&stream);
    GDALClose(ds);
    return o;
}

Outcome runOurs(const QString& path, bool useArrow, std::shared_ptr<LayerData>* keep)
{
    Outcome o;
    auto ds = VectorDataset::open(path);
    if (!ds) {
        o.error = ds.error().toString();
        return o;
    }
    ReadOptions options;
    options.useArrow = useArrow;
    auto layer = (*ds)->readLayer(0, options);
    if (!layer) {
        o.error = layer.error().toString();
        return o;
    }
    const LayerData& l = **layer;
    o.features = l.featureCount();
    o.vertices = l.geometry.pointCount();
    o.memoryBytes = l.geometry.memoryBytes();
    if (!l.warnings.isEmpty())
        o.error = QStringLiteral("unexpected warnings: ") + l.warnings.join(QStringLiteral("; "));
    if (keep)
        *keep = *layer;
    return o;
}

// ---- reporting -------------------------------------------------------------------------------------

struct Variant {
    const char* name;
    const char* what;
    std::function<Outcome(int run)> run;
    std::vector<double> ms;
    std::vector<double> cpu;
    std::vector<double> faults;
    Outcome last;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

bool sameLayer(const LayerData& a, const LayerData& b)
{
    if (a.fids != b.fids || a.geometry.coords() != b.geometry.coords()
        || a.geometry.featureCount() != b.geometry.featureCount() || a.geometry.ringCount() != b.geometry.ringCount()
        || a.columns.size() != b.columns.size())
        return false;
    for (std::size_t f = 0; f < a.geometry.featureCount(); ++f)
        if (a.geometry.featurePartEnd(f) != b.geometry.featurePartEnd(f))
            return false;
    for (std::size_t r = 0; r < a.geometry.ringCount(); ++r)
        if (a.geometry.ringPointEnd(r) != b.geometry.ringPointEnd(r))
            return false;
    for (std::size_t c = 0; c < a.columns.size(); ++c)
        for (std::size_t row = 0; row < a.featureCount(); ++row)
            if (a.columns[c].value(row) != b.columns[c].value(row))
                return false;
    return true;
}

int usage(const char* argv0)
{
    std::fprintf(stderr, "usage: %s [--vertices N] [--runs R] [--keep PATH] [--only ogr-loop|ours-arrow|ours-loop|arrow-only] "
                         "[--fresh-memory] [--smoke]\n", argv0);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t targetVertices = 2'000'000;
    int runs = 7;
    QString keepPath;
    std::string only;
    bool freshMemory = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--smoke") {
            targetVertices = 20'000;
            runs = 2;
        } else if (a == "--vertices" && i + 1 < argc) {
            targetVertices = std::strtoull(argv[++i], nullptr, 10);
        } else if (a == "--runs" && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
        } else if (a == "--keep" && i + 1 < argc) {
            keepPath = QString::fromLocal8Bit(argv[++i]);
        } else if (a == "--fresh-memory") {
            freshMemory = true;
        } else if (a == "--only" && i + 1 < argc) {
            only = argv[++i];
        } else {
            return usage(argv[0]);
        }
    }
    if (targetVertices == 0 || runs < 1)
        return usage(argv[0]);

    if (freshMemory) {
        // Setting the thresholds (to glibc's initial values) switches off their adaptation: large
        // blocks are mmap'ed and returned to the kernel on free, in every run.
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    }
    GDALAllRegister();

    // ---- generate ----
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QString path = keepPath.isEmpty() ? tmp.filePath(QStringLiteral("bench_load.gpkg"))
                                            : QFileInfo(keepPath).absoluteFilePath();
    Generated gen;
    const auto tGen = Clock::now();
    const auto source = generateLayer(targetVertices, gen);
    const double buildMs = msSince(tGen);
    const auto tWrite = Clock::now();
    GpkgWriteOptions wopts;
    wopts.timestamp = QStringLiteral("2026-02-15T00:00:00.000Z");
    if (auto st = writeGeoPackage(path, {source}, wopts); !st) {
        std::fprintf(stderr, "writing the GeoPackage failed: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    const double writeMs = msSince(tWrite);
    const QByteArray pathUtf8 = path.toUtf8();
    std::printf("bench_load: %s\n", pathUtf8.constData());
    std::printf("generated %zu polygon features (%zu rings, %zu..%zu vertices per feature), %zu vertices, "
                "file %.1f MB\n",
                gen.features, gen.rings, gen.minFeatureVertices, gen.maxFeatureVertices, gen.vertices,
                static_cast<double>(QFileInfo(path).size()) / 1e6);
    std::printf("generation: %.0f ms building + %.0f ms writeGeoPackage\n", buildMs, writeMs);
    {
        GDALDatasetH ds = GDALOpenEx(pathUtf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        if (ds) {
            OGRLayerH l = GDALDatasetGetLayer(ds, 0);
            std::printf("GDAL %s, layer type %s, FastGetArrowStream %s\n", GDALVersionInfo("RELEASE_NAME"),
                        OGRGeometryTypeToName(OGR_L_GetGeomType(l)),
                        OGR_L_TestCapability(l, OLCFastGetArrowStream) ? "yes" : "no");
            GDALClose(ds);
        }
    }

    // ---- measure ----
    std::shared_ptr<LayerData> arrowLayer, loopLayer;
    std::vector<Variant> variants;
    variants.push_back({"ogr-loop", "(a) bare OGR C loop: GetNextFeature, ExportToIsoWkb, typed field getters",
                        [&](int) { return runOgrLoop(pathUtf8); }, {}, {}, {}, {}});
    variants.push_back({"ours-arrow", "(b) VectorDataset::open + readLayer, useArrow=true",
                        [&](int r) { return runOurs(path, true, r == 0 ? &arrowLayer : nullptr); }, {}, {}, {}, {}});
    variants.push_back({"ours-loop", "(c) VectorDataset::open + readLayer, useArrow=false",
                        [&](int r) { return runOurs(path, false, r == 0 ? &loopLayer : nullptr); }, {}, {}, {}, {}});
    variants.push_back({"arrow-only", "lower bound: OGR_L_GetArrowStream, batches untouched",
                        [&](int) { return runArrowOnly(pathUtf8); }, {}, {}, {}, {}});

    if (!only.empty()) {
        std::erase_if(variants, [&](const Variant& v) { return only != v.name; });
        if (variants.empty())
            return usage(argv[0]);
        std::printf("only %s (ratios below are against it, not against ogr-loop)\n", only.c_str());
    }

    bool failed = false;
    const std::size_t nv = variants.size();
    for (int r = 0; r < runs; ++r) {
        // Rotate the starting variant each run, and reverse every other run, so no variant always
        // follows the same one (page cache, allocator state, CPU frequency).
        for (std::size_t k = 0; k < nv; ++k) {
            std::size_t idx = (static_cast<std::size_t>(r) + k) % nv;
            if (r % 2)
                idx = nv - 1 - idx;
            Variant& v = variants[idx];
            const long f0 = minorFaults();
            const double c0 = cpuMs();
            const auto t0 = Clock::now();
            Outcome o = v.run(r);
            v.ms.push_back(msSince(t0));
            v.cpu.push_back(cpuMs() - c0);
            v.faults.push_back(static_cast<double>(minorFaults() - f0));
            if (!o.error.isEmpty()) {
                std::fprintf(stderr, "%s, run %d: %s\n", v.name, r, qPrintable(o.error));
                failed = true;
            }
            if (o.features != gen.features) {
                std::fprintf(stderr, "%s, run %d: %zu features read, %zu generated\n", v.name, r, o.features, gen.features);
                failed = true;
            }
            if (o.vertices != 0 && o.vertices != gen.vertices) {
                std::fprintf(stderr, "%s, run %d: %zu vertices loaded, %zu generated\n", v.name, r, o.vertices, gen.vertices);
                failed = true;
            }
            v.last = o;
        }
    }
    for (const char* name : {"ours-arrow", "ours-loop"})
        for (const auto& v : variants)
            if (!std::strcmp(v.name, name) && v.last.vertices == 0) {
                std::fprintf(stderr, "%s: no vertices loaded\n", name);
                failed = true;
            }
    if (arrowLayer && loopLayer && !sameLayer(*arrowLayer, *loopLayer)) {
        std::fprintf(stderr, "the Arrow and the feature-loop paths loaded different layers\n");
        failed = true;
    }
    if (arrowLayer && !sameLayer(*arrowLayer, *source)) {
        std::fprintf(stderr, "the loaded layer differs from the generated one\n");
        failed = true;
    }

    // ---- report ----
    auto find = [&](const char* name) -> const Variant* {
        for (const auto& v : variants)
            if (!std::strcmp(v.name, name))
                return &v;
        return nullptr;
    };
    const Variant* baseline = find("ogr-loop");
    const double base = median((baseline ? *baseline : variants.front()).ms);
    const double baseCpu = median((baseline ? *baseline : variants.front()).cpu);
    std::printf("\n%d runs, each on a freshly opened dataset (open included), %s\n", runs,
                freshMemory ? "--fresh-memory (new pages for every large block)" : "glibc malloc defaults");
    std::printf("%-11s %10s %8s %8s %10s %6s %8s %6s %8s\n", "variant", "median ms", "min", "max", "Mvertex/s",
                "/ogr", "cpu ms", "/ogr", "faults");
    for (const auto& v : variants) {
        const double med = median(v.ms);
        std::printf("%-11s %10.1f %8.1f %8.1f %10.2f %6.2f %8.1f %6.2f %8.0f\n", v.name, med,
                    *std::min_element(v.ms.begin(), v.ms.end()), *std::max_element(v.ms.begin(), v.ms.end()),
                    static_cast<double>(gen.vertices) / (med / 1000.0) / 1e6, med / base, median(v.cpu),
                    median(v.cpu) / baseCpu, median(v.faults));
    }
    for (const auto& v : variants)
        std::printf("  %-11s %s\n", v.name, v.what);
    std::printf("  (wall ms: median/min/max; cpu ms: median process CPU time, user + system; faults: median\n"
                "   minor page faults per run)\n");
    std::printf("\n");
    const Variant* arrow = find("ours-arrow");
    const Variant* loop = find("ours-loop");
    if (baseline && arrow) {
        const double ratio = median(arrow->ms) / base;
        std::printf("ratio (b)/(a) ours-arrow / ogr-loop = %.2f  (goal <= 1.20: %s)\n", ratio, ratio <= 1.2 ? "met" : "NOT met");
    }
    if (baseline && loop)
        std::printf("ratio (c)/(a) ours-loop  / ogr-loop = %.2f\n", median(loop->ms) / base);
    if (const Variant* ours = arrow ? arrow : loop)
        std::printf("LayerData geometry memory: %.1f MB (%.1f bytes/vertex; raw x,y = 16)\n",
                    static_cast<double>(ours->last.memoryBytes) / 1e6,
                    static_cast<double>(ours->last.memoryBytes) / static_cast<double>(gen.vertices));
    std::printf("sanity: %s\n", failed ? "FAILED" : "feature and vertex counts match; Arrow and loop paths agree");
    return failed ? 1 : 0;
}
