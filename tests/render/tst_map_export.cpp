// Export and layout: PDF (text stays text, no page-sized raster), SVG (parses, renders with QtSvg), PNG
// (paper × DPI, deterministic), layout items (scale bar, north arrow, legend), control images.
// Set CORRIDOR_RENDER_SAMPLES=DIR to keep the exported files for a look.

#include "app/cli/export_command.h"
#include "app/render/map_export.h"
#include "app/render/map_layout.h"
#include "geo/crs_transform.h"
#include "geo/project.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace corridor;

namespace {

const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);

/// Control-image comparison (STYLE.md §6): a pixel differs when any channel moves by more than
/// `threshold`; at most `allowed` pixels may differ. Writes the actual image next to the build when not.
bool compareToControl(const QImage& actual, const QString& name, int threshold, double allowedFraction, QString* why)
{
    const QString control = QStringLiteral(TEST_DATA_DIR "/%1.png").arg(name);
    const QString dump = QStringLiteral(TEST_BUILD_DIR "/render-actual-%1.png").arg(name);
    if (qEnvironmentVariableIsSet("CORRIDOR_UPDATE_CONTROL")) {
        actual.save(control, "PNG");
        return true;
    }
    QImage expected(control);
    if (expected.isNull()) {
        actual.save(dump, "PNG");
        *why = QStringLiteral("missing control image %1 (actual written to %2; set CORRIDOR_UPDATE_CONTROL=1 to accept)").arg(control, dump);
        return false;
    }
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
    if (a.size() != e.size()) {
        *why = QStringLiteral("size %1x%2, control %3x%4").arg(a.width()).arg(a.height()).arg(e.width()).arg(e.height());
        return false;
    }
    qint64 bad = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const QRgb* pe = reinterpret_cast<const QRgb*>(e.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pe[x])), std::abs(qGreen(pa[x]) - qGreen(pe[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pe[x])), std::abs(qAlpha(pa[x]) - qAlpha(pe[x]))});
            bad += d > threshold;
        }
    }
    const qint64 allowed = static_cast<qint64>(allowedFraction * a.width() * a.height());
    if (bad > allowed) {
        actual.save(dump, "PNG");
        *why = QStringLiteral("%1 pixels differ by more than %2 (allowed %3); actual written to %4").arg(bad).arg(threshold).arg(allowed).arg(dump);
        return false;
    }
    return true;
}

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestMapExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void layoutHelpers();
    void pngSizeMatchesPaperAndDpi_data();
    void pngSizeMatchesPaperAndDpi();
    void pngIsDeterministic();
    void pdfKeepsTextAndIsVector();
    void svgParsesAndRenders();
    void northArrowAndScaleBar();
    void legendListsOnlyWhatIsVisible();
    void controlImages_data();
    void controlImages();
    void badRequests();

private:
    QString out(const QString& name) const
    {
        const QString keep = qEnvironmentVariable("CORRIDOR_RENDER_SAMPLES");
        return keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    }
    cli::ExportOptions options(const QString& file) const
    {
        cli::ExportOptions o;
        o.projectPath = kBundle;
        o.outPath = out(file);
        o.title = QStringLiteral("Azerbaijan–Serbia energy corridor");
        o.subtitle = QStringLiteral("Test briefing · 2026-01-01");
        return o;
    }
    QTemporaryDir m_dir;
};

void TestMapExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(kBundle), qPrintable(kBundle));
    render::ensureRenderFonts();
}

void TestMapExport::layoutHelpers()
{
    QCOMPARE(render::MapLayout::roundKm(730), 500.0);
    QCOMPARE(render::MapLayout::roundKm(260), 250.0);
    QCOMPARE(render::MapLayout::roundKm(199), 100.0);
    QCOMPARE(render::MapLayout::roundKm(2.2), 2.0);
    QCOMPARE(render::PageSetup{}.imageSize(), QSize(3508, 2480)); // A4 landscape at 300 dpi
}

void TestMapExport::pngSizeMatchesPaperAndDpi_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("A4 landscape 300") << QStringLiteral("A4") << true << 300 << QSize(3508, 2480);
    QTest::newRow("A4 portrait 96") << QStringLiteral("A4") << false << 96 << QSize(794, 1123);
    QTest::newRow("A3 landscape 150") << QStringLiteral("A3") << true << 150 << QSize(2480, 1754);
    QTest::newRow("letter portrait 200") << QStringLiteral("letter") << false << 200 << QSize(1700, 2200);
    QTest::newRow("pixels 1920x1080") << QStringLiteral("1920x1080") << true << 300 << QSize(1920, 1080);
}

void TestMapExport::pngSizeMatchesPaperAndDpi()
{
    QFETCH(QString, size);
    QFETCH(bool, landscape);
    QFETCH(int, dpi);
    QFETCH(QSize, expected);
    cli::ExportOptions o = options(QStringLiteral("size-%1-%2-%3.png").arg(size).arg(landscape).arg(dpi));
    if (size == QLatin1String("A3"))
        o.page.paper = QPageSize::A3;
    else if (size == QLatin1String("letter"))
        o.page.paper = QPageSize::Letter;
    else if (size.contains(QLatin1Char('x')))
        o.page.pixels = QSize(size.section(QLatin1Char('x'), 0, 0).toInt(), size.section(QLatin1Char('x'), 1, 1).toInt());
    o.page.landscape = landscape;
    o.page.dpi = dpi;
    const auto r = cli::exportMap(o);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QImage img(o.outPath);
    QCOMPARE(img.size(), expected);
    if (!o.page.pixels.isValid())
        QCOMPARE(std::lround(img.dotsPerMeterX() * 0.0254), long(dpi));
}

void TestMapExport::pngIsDeterministic()
{
    cli::ExportOptions a = options(QStringLiteral("det-a.png"));
    a.page.dpi = 120;
    cli::ExportOptions b = a;
    b.outPath = out(QStringLiteral("det-b.png"));
    QVERIFY(cli::exportMap(a));
    QVERIFY(cli::exportMap(b));
    const QImage ia(a.outPath), ib(b.outPath);
    QCOMPARE(ia.size(), ib.size());
    int differing = 0;
    QPoint first;
    for (int y = 0; y < ia.height(); ++y)
        for (int x = 0; x < ia.width(); ++x)
            if (ia.pixel(x, y) != ib.pixel(x, y) && differing++ == 0)
                first = QPoint(x, y);
    // Within one process Qt's glyph caches may move a few antialiased text pixels after other renders;
    // separate runs are compared byte for byte in tst_cli (exportIsDeterministic).
    QVERIFY2(differing < ia.width() * ia.height() / 10000, qPrintable(QStringLiteral("%1 pixels differ, first at %2,%3").arg(differing).arg(first.x()).arg(first.y())));
}

void TestMapExport::pdfKeepsTextAndIsVector()
{
    // poppler-utils is a build dependency (packaging/debian-build-deps.txt): its absence is a failure.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is missing");
    cli::ExportOptions o = options(QStringLiteral("briefing.pdf"));
    o.inset = true;
    o.graticule = true;
    const auto r = cli::exportMap(o);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    int code = -1;
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), o.outPath, QStringLiteral("-")}, &code);
    QCOMPARE(code, 0);
    for (const char* s : {"Azerbaijan–Serbia energy corridor", "Test briefing", "Legend", "Gas pipelines", "operating", "planned",
                          "Power plant", "Airports", "km", "Natural Earth", "TANAP"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(QString::fromUtf8(s), text)));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+ km")).match(text).hasMatch(), qPrintable(text));
    // No raster images at all (icons are SVG, drawn as vectors).
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), o.outPath});
    QVERIFY2(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 2, qPrintable(images));
    // Fonts embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {o.outPath});
    QVERIFY2(fonts.contains(QLatin1String("DejaVuSans")), qPrintable(fonts));
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(fonts));
}

void TestMapExport::svgParsesAndRenders()
{
    cli::ExportOptions o = options(QStringLiteral("briefing.svg"));
    const auto r = cli::exportMap(o);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QSvgRenderer svg(o.outPath);
    QVERIFY(svg.isValid());
    QImage img(svg.defaultSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    svg.render(&p);
    p.end();
    // Page white, sea blue and the gas orange all present.
    int white = 0, sea = 0, orange = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) {
            const QColor c = img.pixelColor(x, y);
            white += c == QColor(Qt::white);
            sea += c == QColor(0xd6, 0xe6, 0xf2);
            orange += std::abs(c.red() - 0xd9) < 20 && std::abs(c.green() - 0x5f) < 20 && std::abs(c.blue() - 0x0e) < 30;
        }
    QVERIFY(white > 1000);
    QVERIFY(sea > 1000);
    QVERIFY2(orange > 50, qPrintable(QString::number(orange)));
    QFile f(o.outPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("Gas pipelines")); // text stays text
    QVERIFY(!bytes.contains("<image"));       // no raster
}

void TestMapExport::northArrowAndScaleBar()
{
    // In LAEA (centre meridian 10°E) north leans left east of 10°E; in Web Mercator it is straight up.
    const geo::Envelope ll(40, 38, 50, 44); // the Caucasus, well east of 10°E
    for (const auto& crs : {geo::Crs::etrs89Laea(), geo::Crs::webMercator(), geo::Crs::wgs84()}) {
        auto tr = geo::CrsTransform::get(geo::Crs::wgs84(), crs);
        QVERIFY(tr);
        const render::Viewport vp(crs, (*tr)->transformEnvelope(ll), QSize(800, 600));
        const double angle = render::MapLayout::northAngleAtCentre(vp);
        if (crs.authId() == QLatin1String("EPSG:3035"))
            QVERIFY2(angle < -15 && angle > -40, qPrintable(QString::number(angle)));
        else
            QVERIFY2(std::abs(angle) < 0.01, qPrintable(QString::number(angle)));
        // Metres per pixel: the frame spans about 10° of longitude at 41°N ≈ 840 km over 800 px.
        const double mpp = render::MapLayout::metresPerPixelAtCentre(vp);
        QVERIFY2(mpp > 700 && mpp < 2000, qPrintable(QString::number(mpp)));
    }
}

void TestMapExport::legendListsOnlyWhatIsVisible()
{
    // Zoomed on Serbia: no LNG terminal in view (Krk, Revithoussa, Alexandroupolis are outside), the
    // Niš plant is.
    cli::ExportOptions o = options(QStringLiteral("serbia.pdf"));
    o.extentLonLat = geo::Envelope(19.0, 42.2, 23.2, 46.3);
    QVERIFY(cli::exportMap(o));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), o.outPath, QStringLiteral("-")});
    QVERIFY2(!text.isEmpty(), "pdftotext produced no text");
    QVERIFY2(text.contains(QLatin1String("Power plant")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("LNG terminal")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Oil pipelines")), qPrintable(text));
}

void TestMapExport::controlImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("crs");
    QTest::addColumn<QString>("extent");
    QTest::addColumn<bool>("graticule");
    QTest::addColumn<bool>("inset");
    QTest::addColumn<bool>("portrait");
    QTest::newRow("laea overview") << QStringLiteral("layout_laea") << QString() << QString() << true << true << false;
    QTest::newRow("web mercator") << QStringLiteral("layout_3857") << QStringLiteral("EPSG:3857") << QString() << true << false << false;
    QTest::newRow("balkans portrait") << QStringLiteral("layout_balkans") << QString() << QStringLiteral("17,39,30,47.5") << false << true << true;
    QTest::newRow("wgs84") << QStringLiteral("layout_4326") << QStringLiteral("EPSG:4326") << QString() << true << false << false;
}

void TestMapExport::controlImages()
{
    QFETCH(QString, name);
    QFETCH(QString, crs);
    QFETCH(QString, extent);
    QFETCH(bool, graticule);
    QFETCH(bool, inset);
    QFETCH(bool, portrait);
    cli::ExportOptions o = options(name + QStringLiteral(".png"));
    o.crs = crs;
    o.page.dpi = 96;
    o.page.landscape = !portrait;
    o.graticule = graticule;
    o.inset = inset;
    if (!extent.isEmpty())
        o.extentLonLat = *cli::parseExtent(extent);
    const auto r = cli::exportMap(o);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QString why;
    QVERIFY2(compareToControl(QImage(o.outPath), name, 40, 0.004, &why), qPrintable(why));
}

void TestMapExport::badRequests()
{
    QVERIFY(!cli::parseExtent(QStringLiteral("1,2,3")));
    QVERIFY(!cli::parseExtent(QStringLiteral("30,40,20,45")));
    QVERIFY(!cli::parseExtent(QStringLiteral("a,b,c,d")));
    QVERIFY(!cli::parseExtent(QStringLiteral("-200,0,10,10")));
    QVERIFY(cli::parseExtent(QStringLiteral("19,42.2,23.2,46.3")));
    cli::ExportOptions o = options(QStringLiteral("bad.png"));
    o.crs = QStringLiteral("EPSG:999999");
    const auto r = cli::exportMap(o);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("EPSG:999999")), qPrintable(r.error().message));
    o = options(QStringLiteral("bad.png"));
    o.layers = QStringList{QStringLiteral("no_such_layer")};
    QVERIFY(!cli::exportMap(o));
    QVERIFY(!QFileInfo::exists(o.outPath));
}

QTEST_MAIN(TestMapExport)
#include "tst_map_export.moc"
