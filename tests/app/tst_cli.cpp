// Runs the real corridor-atlas executable (CORRIDOR_ATLAS_EXE) through QProcess, as a user or a script
// would: exit codes, stdout/stderr contract, and the files it writes.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

constexpr int kTimeoutMs = 120000;

struct Run {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;

    /// Non-empty stderr lines.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("finished=%1 crashed=%2 exit=%3\n--- stdout:\n%4\n--- stderr:\n%5")
            .arg(finished)
            .arg(status == QProcess::CrashExit)
            .arg(exitCode)
            .arg(out.left(2000), err.left(2000));
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void version_data();
    void version();
    void help_data();
    void help();
    void unknownCommand();
    void withoutDisplay_data();
    void withoutDisplay();

    void infoBundled();
    void infoBadFile_data();
    void infoBadFile();
    void infoBadArguments_data();
    void infoBadArguments();

    void exportBundled();
    void exportReplacesExistingFile();
    void exportFormats_data();
    void exportFormats();
    void exportIsDeterministic();
    void exportFailure_data();
    void exportFailure();
    void failedExportKeepsExistingFile_data();
    void failedExportKeepsExistingFile();

    void exportScenarioPdf();
    void exportScenarioFlowUnits();
    void exportScenariosDiffer();
    void exportScenarioWithoutModel();
    void exportScenarioComparison();
    void exportScenarioOutage();
    void exportScenarioLegendOnA4_data();
    void exportScenarioLegendOnA4();

private:
    /// Runs corridor-atlas with `args` in the temporary directory, offscreen unless `withoutDisplay`
    /// (then with no platform chosen and no X11/Wayland display: a headless server or CI job).
    Run run(const QStringList& args, bool withoutDisplay = false) const;
    QString tmp(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

    QTemporaryDir m_dir;
    QTemporaryDir m_runtimeDir;
    QString m_exe;
    QString m_bundle;
    QString m_truncated;
};

void TestCli::initTestCase()
{
    m_exe = QStringLiteral(CORRIDOR_ATLAS_EXE);
    m_bundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);
    QVERIFY2(QFileInfo(m_exe).isExecutable(), qPrintable(m_exe));
    QVERIFY2(QFileInfo(m_bundle).isFile(), qPrintable(m_bundle));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runtimeDir.isValid());
    // Qt wants a private runtime directory; without one it warns on stderr, which would be the test
    // environment's noise, not the CLI's message.
    QVERIFY(QFile::setPermissions(m_runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // Fixtures: a truncated GeoPackage (the first half of the bundled one), an empty file, a text file.
    const QByteArray bundle = readAll(m_bundle);
    QVERIFY(bundle.size() > 4096);
    m_truncated = tmp(QStringLiteral("truncated.gpkg"));
    QVERIFY(writeAll(m_truncated, bundle.left(bundle.size() / 2)));
    QVERIFY(writeAll(tmp(QStringLiteral("empty.gpkg")), QByteArray()));
    QVERIFY(writeAll(tmp(QStringLiteral("notes.txt")), "Shopping list\nmilk\neggs\n"));
}

Run TestCli::run(const QStringList& args, bool withoutDisplay) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withoutDisplay) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    } else {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CORRIDOR_ATLAS_DATA")); // find the bundled project next to the build's exe
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(m_exe, args);
    Run r;
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(kTimeoutMs);
    if (!r.finished)
        p.kill();
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#define VERIFY_EXIT(r, code)                                                                                          \
    QVERIFY2((r).finished && (r).status == QProcess::NormalExit && (r).exitCode == (code), qPrintable((r).describe()))

void TestCli::version_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestCli::version()
{
    QFETCH(QString, flag);
    const Run r = run({flag});
    VERIFY_EXIT(r, 0);
    // GNU style: "NAME VERSION" on the first line, then copyright and licence.
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("corridor-atlas " CORRIDOR_VERSION));
    QVERIFY(r.out.contains(QLatin1String("Copyright (C) 2026")));
    QVERIFY(r.out.contains(QLatin1String("License MIT")));
    QVERIFY(r.out.contains(QLatin1String("NO WARRANTY")));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const QStringList commands{QStringLiteral("info"), QStringLiteral("export")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << commands;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << commands;
    QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("FILE")};
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << QStringList{QStringLiteral("PROJECT"), QStringLiteral("--out"), QStringLiteral("--size"),
                                                  QStringLiteral("--scenario"), QStringLiteral("--flow-units"), QStringLiteral("--compare"),
                                                  QStringLiteral("--outage"), QStringLiteral("Δ = NAME − OTHER")};
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = run(args);
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Usage:"), Qt::CaseInsensitive), qPrintable(r.out));
    for (const QString& m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(m + QStringLiteral(" not in:\n") + r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::unknownCommand()
{
    const Run r = run({QStringLiteral("frobnicate"), QStringLiteral("x")});
    VERIFY_EXIT(r, 2);
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(QLatin1String("frobnicate")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral(CORRIDOR_BUNDLE_GPKG)} << 0;
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("nodisplay.png"),
                                           QStringLiteral("--size"), QStringLiteral("64x40")}
                            << 0;
}

// None of the command-line paths needs a display: a script on a headless server may call any of them.
void TestCli::withoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args, true);
    VERIFY_EXIT(r, exitCode);
}

void TestCli::infoBundled()
{
    const Run r = run({QStringLiteral("info"), m_bundle});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Driver: GPKG")));

    struct LayerText {
        QString geometry, crs;
        qint64 features = -1;
    };
    std::map<QString, LayerText> layers;
    QString current;
    static const QRegularExpression layerRe(QStringLiteral("^Layer (\\d+): (\\S+)$"));
    static const QRegularExpression fieldRe(QStringLiteral("^  (Geometry|CRS|Features): (.*)$"));
    int count = 0;
    for (const QString& line : r.out.split(QLatin1Char('\n'))) {
        if (const auto m = layerRe.match(line); m.hasMatch()) {
            ++count;
            QCOMPARE(m.captured(1).toInt(), count);
            current = m.captured(2);
            QVERIFY2(!layers.count(current), qPrintable(current));
            layers[current] = {};
        } else if (const auto f = fieldRe.match(line); f.hasMatch() && !current.isEmpty()) {
            if (f.captured(1) == QLatin1String("Geometry"))
                layers[current].geometry = f.captured(2);
            else if (f.captured(1) == QLatin1String("CRS"))
                layers[current].crs = f.captured(2);
            else
                layers[current].features = f.captured(2).toLongLong();
        }
    }
    // 7 spatial layers, the `sources` table and the 4 network model tables (model_*).
    QCOMPARE(count, 12);
    const QStringList spatial{QStringLiteral("countries"), QStringLiteral("gas_pipelines"), QStringLiteral("oil_pipelines"),
                              QStringLiteral("power_links"), QStringLiteral("facilities"), QStringLiteral("airports"),
                              QStringLiteral("air_routes")};
    for (const QString& name : spatial) {
        QVERIFY2(layers.count(name), qPrintable(name + QStringLiteral(" missing from:\n") + r.out));
        const LayerText& l = layers[name];
        QVERIFY2(l.crs.startsWith(QLatin1String("EPSG:4326")), qPrintable(name + QStringLiteral(": ") + l.crs));
        QVERIFY2(l.features > 0, qPrintable(name));
        QVERIFY2(!l.geometry.isEmpty() && l.geometry != QLatin1String("None"), qPrintable(name + QStringLiteral(": ") + l.geometry));
    }
    QVERIFY(layers.count(QStringLiteral("sources")));
    QCOMPARE(layers[QStringLiteral("sources")].geometry, QStringLiteral("None"));
    QVERIFY(layers[QStringLiteral("sources")].features > 0);
    QVERIFY(layers[QStringLiteral("countries")].geometry.contains(QLatin1String("Polygon")));
    QVERIFY(layers[QStringLiteral("airports")].geometry.contains(QLatin1String("Point")));
    QCOMPARE(layers[QStringLiteral("airports")].features, qint64(2));
    QVERIFY(layers[QStringLiteral("air_routes")].geometry.contains(QLatin1String("Line")));
}

void TestCli::infoBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("missing") << QStringLiteral("does-not-exist.gpkg");
    QTest::newRow("empty") << QStringLiteral("empty.gpkg");
    QTest::newRow("text, not GIS") << QStringLiteral("notes.txt");
    QTest::newRow("truncated GeoPackage") << QStringLiteral("truncated.gpkg");
}

void TestCli::infoBadFile()
{
    QFETCH(QString, name);
    const QString path = tmp(name);
    const Run r = run({QStringLiteral("info"), path});
    VERIFY_EXIT(r, 2);
    const QStringList lines = r.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(QStringLiteral("expected one line on stderr:\n") + r.err));
    QVERIFY2(lines.first().contains(path), qPrintable(lines.first()));
    // More than the path: a reason.
    QVERIFY2(lines.first().size() > path.size() + 4, qPrintable(lines.first()));
}

void TestCli::infoBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList{QStringLiteral("info")};
    QTest::newRow("two files") << QStringList{QStringLiteral("info"), QStringLiteral("a.gpkg"), QStringLiteral("b.gpkg")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate"), QStringLiteral("a.gpkg")};
}

void TestCli::infoBadArguments()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
}

void TestCli::exportBundled()
{
    const QString out = tmp(QStringLiteral("overview.png"));
    QFile::remove(out);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("640x400")});
    VERIFY_EXIT(r, 0);
    // A page this small cannot hold the whole legend: said once on stderr, nothing else.
    QVERIFY2(r.errLines().size() == 1 && r.err.contains(QLatin1String("warning: the legend does not fit the page")), qPrintable(r.err));
    QVERIFY(QFileInfo(out).isFile());
    QImage img;
    QVERIFY(img.load(out, "PNG"));
    QCOMPARE(img.size(), QSize(640, 400));

    QSet<QRgb> colours;
    qint64 sea = 0, land = 0;
    const QRgb seaRgb = qRgb(0xd6, 0xe6, 0xf2);  // RenderSnapshot's background
    const QRgb landRgb = qRgb(0xf1, 0xef, 0xe9); // defaultStyle("countries").fill ("Other countries")
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y) | 0xff000000u;
            colours.insert(c);
            sea += c == seaRgb;
            land += c == landRgb;
        }
    }
    const qint64 total = qint64(img.width()) * img.height();
    QVERIFY2(colours.size() >= 8, qPrintable(QString::number(colours.size())));
    QVERIFY2(sea > total / 100, qPrintable(QStringLiteral("sea pixels: %1 of %2").arg(sea).arg(total)));
    QVERIFY2(land > total / 100, qPrintable(QStringLiteral("land pixels: %1 of %2").arg(land).arg(total)));
    // No temporary files left behind.
    QVERIFY2(!entries().join(QLatin1Char(' ')).contains(QLatin1String("overview.png.")), qPrintable(entries().join(QLatin1Char(' '))));
}

void TestCli::exportReplacesExistingFile()
{
    const QString out = tmp(QStringLiteral("replace.png"));
    QVERIFY(writeAll(out, "not a png"));
    const Run r = run({QStringLiteral("export"), m_bundle, QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("64x40")});
    VERIFY_EXIT(r, 0);
    QImage img;
    QVERIFY(img.load(out, "PNG"));
    QCOMPARE(img.size(), QSize(64, 40));
}

void TestCli::exportFormats_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf A4 landscape") << QStringList{QStringLiteral("--title"), QStringLiteral("Corridor"), QStringLiteral("--size"), QStringLiteral("A4")}
                                      << QStringLiteral("a4.pdf");
    QTest::newRow("svg A3 portrait") << QStringList{QStringLiteral("--size"), QStringLiteral("A3"), QStringLiteral("--portrait")} << QStringLiteral("a3.svg");
    QTest::newRow("png letter 72 dpi, 3857, layers")
        << QStringList{QStringLiteral("--size"), QStringLiteral("letter"), QStringLiteral("--dpi"), QStringLiteral("72"), QStringLiteral("--crs"),
                       QStringLiteral("EPSG:3857"), QStringLiteral("--layers"), QStringLiteral("countries,gas_pipelines,airports")}
        << QStringLiteral("letter.png");
    QTest::newRow("png extent, graticule, inset")
        << QStringList{QStringLiteral("--extent"), QStringLiteral("18,41,24,46.5"), QStringLiteral("--graticule"), QStringLiteral("--inset"),
                       QStringLiteral("--dpi"), QStringLiteral("100"), QStringLiteral("--subtitle"), QStringLiteral("Serbia")}
        << QStringLiteral("serbia.png");
}

void TestCli::exportFormats()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const QString out = tmp(file);
    QFile::remove(out);
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), out} + args);
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(QFileInfo(out).size() > 1000);
    if (file == QLatin1String("letter.png")) {
        QImage img(out);
        QCOMPARE(img.size(), QSize(792, 612)); // 11 × 8.5 in at 72 dpi
    }
}

void TestCli::exportIsDeterministic()
{
    // Two separate processes, same inputs: the same pixels.
    QImage first;
    for (int i = 0; i < 2; ++i) {
        const QString out = tmp(QStringLiteral("det%1.png").arg(i));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--dpi"), QStringLiteral("100"),
                           QStringLiteral("--subtitle"), QStringLiteral("fixed")});
        VERIFY_EXIT(r, 0);
        QImage img(out);
        QVERIFY(!img.isNull());
        if (i == 0)
            first = img;
        else
            QVERIFY(img == first);
    }
}

void TestCli::exportFailure_data()
{
    // "@/" stands for the test's temporary directory.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("mustNotExist");
    const QString size = QStringLiteral("--size"), outOpt = QStringLiteral("--out"), exp = QStringLiteral("export");
    QTest::newRow("no --out") << QStringList{exp, size, QStringLiteral("640x400")} << QStringLiteral("--out") << QString();
    QTest::newRow("--size abc") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), size, QStringLiteral("abc")}
                                << QStringLiteral("abc") << QStringLiteral("@/a.png");
    QTest::newRow("--size 640x") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), size, QStringLiteral("640x")}
                                 << QStringLiteral("640x") << QStringLiteral("@/a.png");
    QTest::newRow("--size 0x0") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), size, QStringLiteral("0x0")}
                                << QStringLiteral("size") << QStringLiteral("@/a.png");
    QTest::newRow(".bmp") << QStringList{exp, outOpt, QStringLiteral("@/a.bmp"), size, QStringLiteral("64x40")}
                          << QStringLiteral("bmp") << QStringLiteral("@/a.bmp");
    QTest::newRow("no extension") << QStringList{exp, outOpt, QStringLiteral("@/picture"), size, QStringLiteral("64x40")}
                                  << QStringLiteral("picture") << QStringLiteral("@/picture");
    QTest::newRow("unwritable /proc") << QStringList{exp, outOpt, QStringLiteral("/proc/corridor-test.png"), size, QStringLiteral("64x40")}
                                      << QStringLiteral("/proc/corridor-test.png") << QString();
    QTest::newRow("missing directory") << QStringList{exp, outOpt, QStringLiteral("@/no/such/dir/a.png"), size, QStringLiteral("64x40")}
                                       << QStringLiteral("@/no/such/dir/a.png") << QString();
    QTest::newRow("nonexistent project") << QStringList{exp, QStringLiteral("@/nope.gpkg"), outOpt, QStringLiteral("@/a.png")}
                                         << QStringLiteral("@/nope.gpkg") << QStringLiteral("@/a.png");
    QTest::newRow("text project") << QStringList{exp, QStringLiteral("@/notes.txt"), outOpt, QStringLiteral("@/a.png")}
                                  << QStringLiteral("@/notes.txt") << QStringLiteral("@/a.png");
    QTest::newRow("two projects") << QStringList{exp, QStringLiteral("@/x.gpkg"), QStringLiteral("@/y.gpkg"), outOpt, QStringLiteral("@/a.png")}
                                  << QStringLiteral("PROJECT") << QStringLiteral("@/a.png");
    QTest::newRow("bad extent") << QStringList{exp, outOpt, QStringLiteral("@/a.pdf"), QStringLiteral("--extent"), QStringLiteral("30,40,20")}
                                << QStringLiteral("--extent") << QStringLiteral("@/a.pdf");
    QTest::newRow("inverted extent") << QStringList{exp, outOpt, QStringLiteral("@/a.pdf"), QStringLiteral("--extent"), QStringLiteral("30,40,20,45")}
                                     << QStringLiteral("minimum") << QStringLiteral("@/a.pdf");
    QTest::newRow("bad crs") << QStringList{exp, outOpt, QStringLiteral("@/a.svg"), QStringLiteral("--crs"), QStringLiteral("EPSG:999999")}
                             << QStringLiteral("EPSG:999999") << QStringLiteral("@/a.svg");
    QTest::newRow("bad paper") << QStringList{exp, outOpt, QStringLiteral("@/a.pdf"), size, QStringLiteral("B5")}
                               << QStringLiteral("B5") << QStringLiteral("@/a.pdf");
    QTest::newRow("bad dpi") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--dpi"), QStringLiteral("lots")}
                             << QStringLiteral("lots") << QStringLiteral("@/a.png");
    QTest::newRow("unknown layer") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--layers"), QStringLiteral("pipes")}
                                   << QStringLiteral("pipes") << QStringLiteral("@/a.png");
    QTest::newRow("unwritable pdf") << QStringList{exp, outOpt, QStringLiteral("/proc/corridor-test.pdf")}
                                    << QStringLiteral("/proc/corridor-test.pdf") << QString();
    QTest::newRow("unknown option") << QStringList{exp, QStringLiteral("--frobnicate"), outOpt, QStringLiteral("@/a.png")}
                                    << QStringLiteral("frobnicate") << QStringLiteral("@/a.png");
    // The message names the scenario asked for and the ones there are.
    QTest::newRow("unknown scenario") << QStringList{exp, outOpt, QStringLiteral("@/a.pdf"), QStringLiteral("--scenario"), QStringLiteral("2040 dream")}
                                      << QStringLiteral("\"2040 dream\" (available scenarios: 2026 baseline, 2032 expansion)")
                                      << QStringLiteral("@/a.pdf");
    QTest::newRow("bad flow units") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"),
                                                   QStringLiteral("--flow-units"), QStringLiteral("barrels")}
                                    << QStringLiteral("barrels") << QStringLiteral("@/a.png");
    // Outages: unknown ids are named, with the valid ones listed.
    QTest::newRow("unknown outage ids") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"),
                                                       QStringLiteral("--outage"), QStringLiteral("G5,IBX"), QStringLiteral("--outage"), QStringLiteral("ZZ9")}
                                        << QStringLiteral("IBX, ZZ9 (valid ids: G1x, G14,") << QStringLiteral("@/a.png");
    QTest::newRow("outage without scenario") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--outage"), QStringLiteral("G5")}
                                             << QStringLiteral("--scenario") << QStringLiteral("@/a.png");
    QTest::newRow("compare without scenario") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--compare"), QStringLiteral("2026 baseline")}
                                              << QStringLiteral("--scenario") << QStringLiteral("@/a.png");
    QTest::newRow("unknown reference scenario")
        << QStringList{exp, outOpt, QStringLiteral("@/a.pdf"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--compare"),
                       QStringLiteral("1990")}
        << QStringLiteral("\"1990\" (available scenarios: 2026 baseline, 2032 expansion)") << QStringLiteral("@/a.pdf");
    QTest::newRow("flow units without scenario") << QStringList{exp, outOpt, QStringLiteral("@/a.png"), QStringLiteral("--flow-units"), QStringLiteral("mcm/d")}
                                                 << QStringLiteral("--scenario") << QStringLiteral("@/a.png");
}

void TestCli::exportFailure()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QFETCH(QString, mustNotExist);
    const QString dir = m_dir.path() + QLatin1Char('/');
    args.replaceInStrings(QStringLiteral("@/"), dir);
    mentions.replace(QStringLiteral("@/"), dir);
    mustNotExist.replace(QStringLiteral("@/"), dir);
    if (!mustNotExist.isEmpty())
        QFile::remove(mustNotExist);
    const QStringList before = entries();

    const Run r = run(args);
    VERIFY_EXIT(r, 2);
    const QStringList lines = r.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(QStringLiteral("expected one line on stderr:\n") + r.err));
    QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
    if (!mustNotExist.isEmpty())
        QVERIFY2(!QFileInfo::exists(mustNotExist), qPrintable(mustNotExist));
    // Nothing created next to it either (no half-written or temporary files).
    QCOMPARE(entries(), before);
}

void TestCli::failedExportKeepsExistingFile_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("truncated GeoPackage") << QStringLiteral("truncated.gpkg");
    QTest::newRow("corrupt GeoPackage") << QStringLiteral("corrupt.gpkg");
    QTest::newRow("empty file") << QStringLiteral("empty.gpkg");
    QTest::newRow("not GIS") << QStringLiteral("notes.txt");
    QTest::newRow("missing") << QStringLiteral("does-not-exist.gpkg");
}

void TestCli::failedExportKeepsExistingFile()
{
    QFETCH(QString, project);
    // A corrupt project: the bundled GeoPackage with its middle overwritten.
    const QString corrupt = tmp(QStringLiteral("corrupt.gpkg"));
    if (!QFileInfo::exists(corrupt)) {
        QByteArray bytes = readAll(m_bundle);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 100; i < bytes.size() - 100; ++i)
            bytes[i] = static_cast<char>((i * 131) & 0xff);
        QVERIFY(writeAll(corrupt, bytes));
    }
    // The previous export the user wants to keep.
    const QString out = tmp(QStringLiteral("previous.png"));
    QImage old(32, 20, QImage::Format_RGB32);
    old.fill(QColor(0x12, 0x34, 0x56));
    QVERIFY(old.save(out, "PNG"));
    const QByteArray oldBytes = readAll(out);
    QVERIFY(!oldBytes.isEmpty());
    const QDateTime oldTime = QFileInfo(out).lastModified();
    const QStringList before = entries();

    const Run r = run({QStringLiteral("export"), tmp(project), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("640x400")});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(tmp(project)), qPrintable(r.err));
    QCOMPARE(readAll(out), oldBytes);
    QCOMPARE(QFileInfo(out).lastModified(), oldTime);
    QCOMPARE(entries(), before);
}

namespace {
/// The text of a PDF (pdftotext from poppler-utils); empty when it cannot be read. In content-stream
/// order (-raw): labels drawn along lines are rotated, and the layout mode would cut them up.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(kTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Pixels that differ by more than a few units in some channel.
qint64 differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    qint64 n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qGreen(p) - qGreen(q)) > 8 || std::abs(qBlue(p) - qBlue(q)) > 8;
        }
    return n;
}
} // namespace

void TestCli::exportScenarioPdf()
{
    const QString out = tmp(QStringLiteral("flows-2032.pdf"));
    QFile::remove(out);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--out"), out});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString text = pdfText(out);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the export");
    // Flow labels on the map ("11.2 bcm/yr", "1,000 MW") and the legend's flow section.
    static const QRegularExpression gasLabel(QStringLiteral("\\d[\\x{00a0} ]bcm/yr"));
    static const QRegularExpression powerLabel(QStringLiteral("\\d[\\x{00a0} ]MW"));
    QVERIFY2(text.count(gasLabel) >= 4, qPrintable(text));
    QVERIFY2(text.contains(powerLabel), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Flows")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Width: gas flow (bcm/yr)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2032 expansion")), qPrintable(text)); // the subtitle names the scenario

    // Without --scenario: no flows, no flow units (the base legend speaks of capacities in bcm/y).
    const QString plain = tmp(QStringLiteral("plain.pdf"));
    const Run p = run({QStringLiteral("export"), QStringLiteral("--out"), plain});
    VERIFY_EXIT(p, 0);
    const QString plainText = pdfText(plain);
    QVERIFY(!plainText.isEmpty());
    QVERIFY2(!plainText.contains(QLatin1String("bcm/yr")) && !plainText.contains(QLatin1String("Flows")), qPrintable(plainText));
}

void TestCli::exportScenarioFlowUnits()
{
    const QString out = tmp(QStringLiteral("flows-mcmd.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2026 baseline"), QStringLiteral("--flow-units"),
                       QStringLiteral("mcm/d"), QStringLiteral("--out"), out});
    VERIFY_EXIT(r, 0);
    const QString text = pdfText(out);
    static const QRegularExpression label(QStringLiteral("\\d[\\x{00a0} ]mcm/d"));
    QVERIFY2(text.count(label) >= 3, qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("bcm/yr")), qPrintable(text));
}

void TestCli::exportScenariosDiffer()
{
    QImage images[3];
    const QStringList scenarios{QString(), QStringLiteral("2026 baseline"), QStringLiteral("2032 expansion")};
    for (int i = 0; i < 3; ++i) {
        const QString out = tmp(QStringLiteral("scenario%1.png").arg(i));
        QStringList args{QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("800x500"),
                         QStringLiteral("--subtitle"), QStringLiteral("fixed")};
        if (!scenarios[i].isEmpty())
            args << QStringLiteral("--scenario") << scenarios[i];
        const Run r = run(args);
        VERIFY_EXIT(r, 0);
        QVERIFY(images[i].load(out, "PNG"));
        QCOMPARE(images[i].size(), QSize(800, 500));
    }
    // Flows drawn at all, and different flows in the two scenarios (2032: new links, the Niš plant, the
    // Black Sea cable): thousands of pixels, not antialiasing noise.
    const qint64 base = differingPixels(images[0], images[1]);
    const qint64 between = differingPixels(images[1], images[2]);
    QVERIFY2(base > 5000, qPrintable(QString::number(base)));
    QVERIFY2(between > 2000, qPrintable(QString::number(between)));
}

void TestCli::exportScenarioWithoutModel()
{
    // A vector file has no network model: a clear error, no output.
    const QString geojson = tmp(QStringLiteral("line.geojson"));
    QVERIFY(writeAll(geojson, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"A"},)"
                              R"("geometry":{"type":"LineString","coordinates":[[20,45],[21,46]]}}]})"));
    const QString out = tmp(QStringLiteral("nomodel.png"));
    QFile::remove(out);
    const Run r = run({QStringLiteral("export"), geojson, QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--out"), out});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no network model")) && r.err.contains(QLatin1String("2032 expansion")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::exportScenarioComparison()
{
    // Δ = NAME − OTHER: 2032 adds the Black Sea cable and the IGB/IBS expansions, so signed labels appear.
    const QString out = tmp(QStringLiteral("compare.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--compare"),
                       QStringLiteral("2026 baseline"), QStringLiteral("--out"), out});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString text = pdfText(out);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the export");
    QVERIFY2(text.contains(QLatin1String("Change in flows")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Δ = \"2032 expansion\" − \"2026 baseline\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("More flow than the reference")) && text.contains(QLatin1String("Less flow than the reference")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Width: change in gas flow (bcm/yr)")), qPrintable(text));
    // Signed labels: "+1.8 bcm/yr", "+1,000 MW".
    static const QRegularExpression signedLabel(QStringLiteral("[+\\x{2212}]\\d[\\d.,]*[\\x{00a0} ](bcm/yr|MW)"));
    QVERIFY2(text.count(signedLabel) >= 2, qPrintable(text));
    // The subtitle names both scenarios.
    QVERIFY2(text.contains(QLatin1String("scenario \"2032 expansion\" minus reference \"2026 baseline\"")), qPrintable(text));
    // Not the plain flow legend.
    QVERIFY2(!text.contains(QLatin1String("share of capacity used")), qPrintable(text));

    // The reverse comparison flips the signs: what was "+" becomes "−".
    const QString rev = tmp(QStringLiteral("compare-reverse.pdf"));
    const Run r2 = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2026 baseline"), QStringLiteral("--compare"),
                        QStringLiteral("2032 expansion"), QStringLiteral("--out"), rev});
    VERIFY_EXIT(r2, 0);
    const QString revText = pdfText(rev);
    static const QRegularExpression minusPower(QStringLiteral("\\x{2212}1,000[\\x{00a0} ]MW"));
    static const QRegularExpression plusPower(QStringLiteral("\\+1,000[\\x{00a0} ]MW"));
    QVERIFY2(text.contains(plusPower), qPrintable(text));
    QVERIFY2(revText.contains(minusPower), qPrintable(revText));
}

void TestCli::exportScenarioOutage()
{
    // G5 is IBS (Novi Iskar – Niš), carrying gas in 2032: out of service, the picture changes.
    QImage images[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = tmp(QStringLiteral("outage%1.png").arg(i));
        QStringList args{QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("800x500"),
                         QStringLiteral("--subtitle"), QStringLiteral("fixed"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion")};
        if (i == 1)
            args << QStringLiteral("--outage") << QStringLiteral("G5");
        const Run r = run(args);
        VERIFY_EXIT(r, 0); // (a small page: the legend may not fit, which is a warning)
        QVERIFY(images[i].load(out, "PNG"));
    }
    const qint64 changed = differingPixels(images[0], images[1]);
    QVERIFY2(changed > 300, qPrintable(QString::number(changed)));

    // The legend names the outage; the default subtitle names the link.
    const QString pdf = tmp(QStringLiteral("outage.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--outage"),
                       QStringLiteral("G5"), QStringLiteral("--out"), pdf});
    VERIFY_EXIT(r, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Out of service")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("with G5 out of service")), qPrintable(text));
}

void TestCli::exportScenarioLegendOnA4_data()
{
    QTest::addColumn<QString>("orientation");
    QTest::newRow("portrait") << QStringLiteral("--portrait");
    QTest::newRow("landscape") << QStringLiteral("--landscape");
}

void TestCli::exportScenarioLegendOnA4()
{
    // Gas and power flows plus every base layer: the longest legend there is. Every entry stays (more
    // columns, tighter rows), none dropped at the foot of the frame or cut at the page edge.
    QFETCH(QString, orientation);
    const QString out = tmp(QStringLiteral("legend-a4%1.pdf").arg(orientation));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("2032 expansion"), QStringLiteral("--size"),
                       QStringLiteral("A4"), orientation, QStringLiteral("--inset"), QStringLiteral("--out"), out});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no "legend does not fit" warning
    const QString text = pdfText(out);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the export");
    for (const char* entry : {"Legend", "Flows", "Width: gas flow (bcm/yr)", "Width: power flow (MW)", "Colour: share of capacity used",
                              "Airports", "Facilities", "Power plant", "Substation / converter", "Power links", "Oil pipelines",
                              "Gas pipelines", "Countries", "Supplier", "Eastern neighbourhood", "Other countries"})
        QVERIFY2(text.contains(QLatin1String(entry)), qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(entry), text)));
    QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text)); // nothing elided
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
