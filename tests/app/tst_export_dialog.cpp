// GUI tests of File ▸ Export Map… in the real MainWindow on the offscreen platform, on the bundled
// project: the live preview (appears, follows the title, the legend toggle and a layer hidden in the
// window; stale renders dropped), the export through the CLI's engine (PDF text: title and flow labels;
// PNG pixel size; legend entries follow the window's visibility), errors for unwritable paths (shown in
// the dialog, no file left), Cancel, remembered options, keyboard access and retranslation.

#include "tests/common/window_test_support.h"

#include "app/ui/app_settings.h"
#include "app/ui/export_dialog.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/model_session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace corridor;
using test::waitUntil;
using ui::ExportDialog;
using ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);

bool previewSettled(ExportDialog* d)
{
    return waitUntil([&] { return d->previewGeneration() > 0 && !d->isPreviewBusy(); });
}

/// Pixels of `r` whose colour differs noticeably between two images of the same size.
int differing(const QImage& a, const QImage& b, const QRect& r)
{
    if (a.size() != b.size())
        return r.width() * r.height();
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor ca = a.pixelColor(x, y), cb = b.pixelColor(x, y);
            if (std::abs(ca.red() - cb.red()) + std::abs(ca.green() - cb.green()) + std::abs(ca.blue() - cb.blue()) > 40)
                ++n;
        }
    return n;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The name a layer has in the legend.
QString legendName(const ui::MapLayer& l) { return l.style.title.isEmpty() ? l.data->name : l.style.title; }

struct Outcome {
    bool finished = false;
    bool ok = false;
    QString error;
    render::ExportResult result;
};

/// Sets the output file and presses Export; waits for the result (the dialog closes itself on success).
Outcome runExport(ExportDialog* d, const QString& path)
{
    Outcome out;
    QPointer<ExportDialog> guard(d);
    const auto c1 = QObject::connect(d, &ExportDialog::exported, d, [&](const QString&) {
        out.finished = out.ok = true;
        out.result = d->lastResult();
    });
    const auto c2 = QObject::connect(d, &ExportDialog::exportFailed, d, [&](const QString& m) {
        out.finished = true;
        out.error = m;
    });
    d->pathEdit()->setText(QDir::toNativeSeparators(path));
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    waitUntil([&] { return out.finished; });
    if (guard) {
        QObject::disconnect(c1);
        QObject::disconnect(c2);
    }
    return out;
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsFollowTheWindow();
    void previewFollowsOptions();
    void previewFollowsWindowLayers();
    void exportPdfHasTitleAndFlows();
    void hiddenLayerLeavesLegend();
    void exportPngPixelSize();
    void unwritablePathShowsError();
    void cancelLeavesNoFile();
    void remembersOptions();
    void keyboardAndRetranslate();

private:
    ExportDialog* openDialog();
    std::unique_ptr<MainWindow> m_w;
    QTemporaryDir m_tmp;
};

void TestExportDialog::initTestCase()
{
    test::useTestSettings("tst_app_export_dialog", kBundle);
    QVERIFY2(QFileInfo(kBundle).isFile(), qPrintable(kBundle));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    ui::AppSettings::setExportPreferences({}); // start from the defaults
}

void TestExportDialog::init()
{
    ui::AppSettings::setExportPreferences({}); // each test starts from the defaults
    ui::AppSettings::setGasUnits(model::GasUnit::BcmPerYear);
    m_w = std::make_unique<MainWindow>();
    m_w->setConfirmClose(false);
    m_w->resize(1400, 900);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QSignalSpy opened(m_w.get(), &MainWindow::projectOpened);
    m_w->openProject(kBundle);
    QVERIFY(opened.wait(kTimeoutMs));
    QVERIFY(test::modelSettled(*m_w));
    QVERIFY(m_w->canvas()->flowOverlay()); // the bundled model's flows are on the map
}

void TestExportDialog::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    // A look at the dialog: CORRIDOR_EXPORT_SCREENSHOT=dir tst_app_export_dialog <test>.
    if (m_w && qEnvironmentVariableIsSet("CORRIDOR_EXPORT_SCREENSHOT"))
        if (auto* d = m_w->findChild<ExportDialog*>())
            d->grab().save(QDir(qEnvironmentVariable("CORRIDOR_EXPORT_SCREENSHOT"))
                               .filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_w.reset();
}

ExportDialog* TestExportDialog::openDialog()
{
    QAction* a = m_w->action(QStringLiteral("export"));
    if (!a || !a->isEnabled())
        return nullptr;
    a->trigger();
    auto* d = m_w->findChild<ExportDialog*>();
    if (!d || !d->isVisible() || !QTest::qWaitForWindowExposed(d))
        return nullptr;
    return previewSettled(d) ? d : nullptr;
}

void TestExportDialog::defaultsFollowTheWindow()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    // Triggering the action again raises the same dialog.
    m_w->action(QStringLiteral("export"))->trigger();
    QCOMPARE(m_w->findChildren<ExportDialog*>().size(), 1);

    QCOMPARE(d->titleEdit()->text(), QStringLiteral("Azerbaijan–Serbia energy corridor"));
    const QString scenario = m_w->modelSession()->latest()->scenario;
    QVERIFY(!scenario.isEmpty());
    QVERIFY2(d->subtitleEdit()->text().contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(d->subtitleEdit()->text()));
    QVERIFY2(d->subtitleEdit()->text().contains(scenario), qPrintable(d->subtitleEdit()->text()));
    QVERIFY(d->flowsCheck()->isEnabled());
    QVERIFY(d->flowsCheck()->isChecked());
    QCOMPARE(d->dpiSpin()->value(), 300);
    QCOMPARE(d->extentCombo()->currentIndex(), 0); // the current map view
    QVERIFY(d->legendCheck()->isChecked());

    // What is drawn is what the window shows.
    const render::ExportRequest rq = d->request();
    QCOMPARE(rq.layers.size(), m_w->canvas()->layers().size());
    for (std::size_t i = 0; i < rq.layers.size(); ++i) {
        QCOMPARE(rq.layers[i].layer, m_w->canvas()->layers()[i].layer);
        QCOMPARE(rq.layers[i].style.visible, m_w->canvas()->layers()[i].style.visible);
    }
    QVERIFY(rq.crs == m_w->canvas()->crs());
    QVERIFY(rq.extent == m_w->canvas()->viewport().extent());
    QCOMPARE(rq.flows, m_w->canvas()->flowOverlay());
    QCOMPARE(rq.insetLayers.size(), std::size_t(1));
    QVERIFY(rq.layout.attribution.contains(QLatin1String("Natural Earth")));
    d->extentCombo()->setCurrentIndex(1);
    QVERIFY(d->request().extent == m_w->canvas()->fullExtent());

    // Without flows, the subtitle says what the map is; the flows are left out.
    d->flowsCheck()->click();
    QVERIFY(!d->request().flows);
    QVERIFY(!d->subtitleEdit()->text().contains(scenario));
    // A subtitle the user typed stays.
    d->subtitleEdit()->selectAll();
    QTest::keyClicks(d->subtitleEdit(), QStringLiteral("Briefing"));
    d->flowsCheck()->click();
    QCOMPARE(d->subtitleEdit()->text(), QStringLiteral("Briefing"));
    QVERIFY(d->request().flows);

    // Format from the suffix: the DPI applies to PNG on paper only.
    d->pathEdit()->setText(m_tmp.filePath(QStringLiteral("a.pdf")));
    QVERIFY(!d->dpiSpin()->isEnabled());
    d->pathEdit()->setText(m_tmp.filePath(QStringLiteral("a.png")));
    QVERIFY(d->dpiSpin()->isEnabled());
    d->paperCombo()->setCurrentIndex(3);
    QVERIFY(!d->dpiSpin()->isEnabled());
    QVERIFY(d->widthSpin()->isEnabled());
    QVERIFY(!d->orientationCombo()->isEnabled());
}

void TestExportDialog::previewFollowsOptions()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    const QImage first = d->previewImage();
    QVERIFY(!first.isNull());
    QVERIFY(first.width() > 200 && first.height() > 140);
    // A landscape page: wider than high, and not blank (the map is drawn).
    QVERIFY(first.width() > first.height());
    QVERIFY(differing(first, QImage(first.size(), first.format()), first.rect()) > first.width() * first.height() / 4);

    // The title: a change repaints the title area (top of the page) a little later, in a worker.
    const quint64 gen = d->previewGeneration();
    QElapsedTimer gui;
    gui.start();
    d->titleEdit()->setText(QStringLiteral("Gas flows to Serbia — briefing"));
    const double guiMs = static_cast<double>(gui.nsecsElapsed()) / 1e6;
    QVERIFY(d->isPreviewBusy()); // "Rendering…"
    QVERIFY2(guiMs < 50, qPrintable(QString::number(guiMs)));
    QVERIFY(previewSettled(d));
    QVERIFY(d->previewGeneration() > gen);
    const QImage titled = d->previewImage();
    const QRect titleArea(0, 0, titled.width(), titled.height() / 10);
    const int titleChanged = differing(first, titled, titleArea);
    QVERIFY2(titleChanged > 100, qPrintable(QString::number(titleChanged)));
    qInfo("preview: %.0f ms from the title change to the new preview on screen (%d ms debounce + %.0f ms render in the "
          "worker); GUI thread %.2f ms for the change",
          d->lastPreviewLatencyMs(), ExportDialog::kPreviewDelayMs, d->lastPreviewRenderMs(), guiMs);
    QVERIFY(d->lastPreviewLatencyMs() >= ExportDialog::kPreviewDelayMs);

    // The legend off: the map frame grows into the legend column.
    d->legendCheck()->click();
    QVERIFY(previewSettled(d));
    const QImage noLegend = d->previewImage();
    const QRect right(noLegend.width() * 3 / 4, noLegend.height() / 5, noLegend.width() / 4 - 4, noLegend.height() * 3 / 5);
    const int legendChanged = differing(titled, noLegend, right);
    QVERIFY2(legendChanged > right.width() * right.height() / 5, qPrintable(QString::number(legendChanged)));

    // A burst of changes: only the last one is shown (stale previews dropped).
    for (int i = 0; i < 5; ++i) {
        d->titleEdit()->setText(QStringLiteral("Burst %1").arg(i));
        QTest::qWait(40);
    }
    QVERIFY(previewSettled(d));
    const QImage burst = d->previewImage();
    d->titleEdit()->setText(QStringLiteral("Other"));
    QVERIFY(previewSettled(d));
    QVERIFY(differing(burst, d->previewImage(), titleArea) > 50);
    d->titleEdit()->setText(QStringLiteral("Burst 4"));
    QVERIFY(previewSettled(d));
    QCOMPARE(differing(burst, d->previewImage(), burst.rect()), 0); // the burst's last state was on screen

    // Portrait: a page higher than wide.
    d->orientationCombo()->setCurrentIndex(1);
    QVERIFY(previewSettled(d));
    QVERIFY(d->previewImage().height() > d->previewImage().width());
}

void TestExportDialog::previewFollowsWindowLayers()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    const QImage before = d->previewImage();
    ui::LayerTreeModel* layers = m_w->layerModel();
    const int row = layers->rowOf(QStringLiteral("countries"));
    QVERIFY(row >= 0);
    const quint64 gen = d->previewGeneration();
    layers->setVisible(row, false);
    QVERIFY(waitUntil([&] { return d->previewGeneration() > gen && !d->isPreviewBusy(); }));
    const int changed = differing(before, d->previewImage(), before.rect());
    QVERIFY2(changed > before.width() * before.height() / 10, qPrintable(QString::number(changed)));
}

void TestExportDialog::exportPdfHasTitleAndFlows()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    QPointer<ExportDialog> guard(d);
    const QString title = QStringLiteral("Corridor export test title");
    d->titleEdit()->setText(title);
    const QString path = m_tmp.filePath(QStringLiteral("map.pdf"));
    const Outcome r = runExport(d, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(waitUntil([&] { return guard.isNull(); })); // closed on success
    QVERIFY2(m_w->statusBar()->currentMessage().contains(QLatin1String("map.pdf")), qPrintable(m_w->statusBar()->currentMessage()));
    if (qEnvironmentVariableIsSet("CORRIDOR_EXPORT_SCREENSHOT"))
        QFile::copy(path, QDir(qEnvironmentVariable("CORRIDOR_EXPORT_SCREENSHOT")).filePath(QStringLiteral("map.pdf")));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(title), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QLatin1String("bcm/yr")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("Natural Earth")));
    QVERIFY(!r.result.layout.legendEntries.isEmpty());
    // No temporary files left next to it.
    QCOMPARE(QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("map.pdf")});

    // Without flows, no flow labels.
    d = openDialog();
    QVERIFY(d);
    d->flowsCheck()->click();
    QVERIFY(!d->flowsCheck()->isChecked());
    const QString path2 = m_tmp.filePath(QStringLiteral("noflows.pdf"));
    const Outcome r2 = runExport(d, path2);
    QVERIFY2(r2.ok, qPrintable(r2.error));
    QVERIFY(!pdfText(path2).contains(QLatin1String("bcm/yr")));
}

void TestExportDialog::hiddenLayerLeavesLegend()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    const Outcome first = runExport(d, m_tmp.filePath(QStringLiteral("all.pdf")));
    QVERIFY2(first.ok, qPrintable(first.error));
    const QStringList entries = first.result.layout.legendEntries;

    // A layer listed in the legend (not the countries: they are the inset's base too).
    ui::LayerTreeModel* layers = m_w->layerModel();
    int row = -1;
    QString name;
    for (int i = 0; i < layers->count() && row < 0; ++i) {
        const ui::MapLayer& l = layers->layer(i);
        if (l.style.visible && l.data->name != QLatin1String("countries") && entries.contains(legendName(l))) {
            row = i;
            name = legendName(l);
        }
    }
    QVERIFY2(row >= 0, qPrintable(entries.join(QStringLiteral(" | "))));
    const bool inPdf = pdfText(m_tmp.filePath(QStringLiteral("all.pdf"))).contains(name);

    layers->setVisible(row, false);
    QVERIFY(test::modelSettled(*m_w));
    d = openDialog();
    QVERIFY(d);
    QVERIFY(!d->request().layers.empty());
    const QString path = m_tmp.filePath(QStringLiteral("hidden.pdf"));
    const Outcome second = runExport(d, path);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY2(!second.result.layout.legendEntries.contains(name), qPrintable(second.result.layout.legendEntries.join(QStringLiteral(" | "))));
    QVERIFY(second.result.layout.legendEntries.size() < entries.size());
    if (inPdf)
        QVERIFY(!pdfText(path).contains(name));
}

void TestExportDialog::exportPngPixelSize()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    d->paperCombo()->setCurrentIndex(3);
    d->widthSpin()->setValue(800);
    d->heightSpin()->setValue(500);
    QVERIFY(previewSettled(d));
    // The preview keeps the page's aspect.
    QVERIFY(std::abs(d->previewImage().width() / double(d->previewImage().height()) - 1.6) < 0.02);
    const QString path = m_tmp.filePath(QStringLiteral("map.png"));
    const Outcome r = runExport(d, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QImage img(path);
    QCOMPARE(img.size(), QSize(800, 500));
    QCOMPARE(r.result.imageSize, QSize(800, 500));
}

void TestExportDialog::unwritablePathShowsError()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    for (const QString& path : {QStringLiteral("/proc/x.pdf"), m_tmp.filePath(QStringLiteral("no/such/folder/x.pdf"))}) {
        const Outcome r = runExport(d, path);
        QVERIFY(r.finished);
        QVERIFY(!r.ok);
        QVERIFY(d->isVisible()); // the dialog stays, with the message
        QVERIFY(d->errorLabel()->isVisible());
        const QString msg = d->errorText();
        QVERIFY2(msg.contains(QDir::toNativeSeparators(path)), qPrintable(msg));
        // File name, then the reason.
        const QString reason = msg.section(QLatin1Char('\n'), 1).trimmed();
        QVERIFY2(reason.size() > 5, qPrintable(msg));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!d->isExporting());
        QVERIFY(d->exportButton()->isEnabled());
    }
    QVERIFY(QDir(QStringLiteral("/proc")).entryList({QStringLiteral(".x.export-*")}, QDir::Files | QDir::Hidden).isEmpty());
    // An unknown suffix is refused before anything runs.
    const Outcome r = runExport(d, m_tmp.filePath(QStringLiteral("map.jpg")));
    QVERIFY(!r.ok);
    QVERIFY(d->errorText().contains(QLatin1String("map.jpg")));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("map.jpg"))));
    // Editing the path clears the message.
    d->pathEdit()->setText(m_tmp.filePath(QStringLiteral("map.pdf")));
    QVERIFY(!d->errorLabel()->isVisible());
}

void TestExportDialog::cancelLeavesNoFile()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.png"));
    // A4 at 300 dpi: a second or so, long enough to cancel (the worker checks the flag before the move).
    d->pathEdit()->setText(path);
    QSignalSpy exported(d, &ExportDialog::exported);
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    QVERIFY(d->isExporting());
    QVERIFY(d->progressBar()->isVisible());
    QVERIFY(!d->exportButton()->isEnabled());
    QCOMPARE(d->closeButton()->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(d->closeButton(), Qt::LeftButton);
    QVERIFY(!d->isExporting());
    QVERIFY(d->isVisible()); // Cancel stops the export, not the dialog
    QCOMPARE(d->closeButton()->text(), QStringLiteral("Close"));
    QVERIFY(waitUntil([&] { return d->exportWorkersRunning() == 0; }, 120000));
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestExportDialog::remembersOptions()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    d->titleEdit()->setText(QStringLiteral("Remembered title"));
    d->paperCombo()->setCurrentIndex(1); // A3
    d->orientationCombo()->setCurrentIndex(1);
    d->dpiSpin()->setValue(150);
    d->insetCheck()->setChecked(true);
    d->graticuleCheck()->setChecked(true);
    d->northArrowCheck()->setChecked(false);
    d->extentCombo()->setCurrentIndex(1);
    d->pathEdit()->setText(m_tmp.filePath(QStringLiteral("kept.svg")));
    QPointer<ExportDialog> guard(d);
    d->close();
    QVERIFY(waitUntil([&] { return guard.isNull(); }));

    d = openDialog();
    QVERIFY(d);
    QCOMPARE(d->titleEdit()->text(), QStringLiteral("Remembered title"));
    QCOMPARE(d->paperCombo()->currentIndex(), 1);
    QCOMPARE(d->orientationCombo()->currentIndex(), 1);
    QCOMPARE(d->dpiSpin()->value(), 150);
    QVERIFY(d->insetCheck()->isChecked());
    QVERIFY(d->graticuleCheck()->isChecked());
    QVERIFY(!d->northArrowCheck()->isChecked());
    QCOMPARE(d->extentCombo()->currentIndex(), 1);
    QCOMPARE(QDir::fromNativeSeparators(d->pathEdit()->text()), m_tmp.filePath(QStringLiteral("kept.svg")));
    const render::ExportRequest rq = d->request();
    QCOMPARE(rq.page.paper, QPageSize::A3);
    QVERIFY(!rq.page.landscape);
    QVERIFY(rq.layout.inset && rq.graticule.enabled && !rq.layout.northArrow);
    // An SVG export with these options.
    const Outcome r = runExport(d, m_tmp.filePath(QStringLiteral("kept.svg")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile svg(m_tmp.filePath(QStringLiteral("kept.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("Remembered title"));
    ui::AppSettings::setExportPreferences({});
}

void TestExportDialog::keyboardAndRetranslate()
{
    ExportDialog* d = openDialog();
    QVERIFY(d);
    // Every label with a mnemonic has a buddy; mnemonics are unique across labels, boxes and buttons.
    QSet<QChar> keys;
    const auto mnemonic = [&](const QString& text) {
        const int i = text.indexOf(QLatin1Char('&'));
        if (i < 0 || i + 1 >= text.size())
            return true;
        const QChar k = text.at(i + 1).toLower();
        if (keys.contains(k))
            return false;
        keys.insert(k);
        return true;
    };
    int labelled = 0;
    for (QLabel* l : d->findChildren<QLabel*>())
        if (l->text().contains(QLatin1Char('&'))) {
            QVERIFY2(l->buddy(), qPrintable(l->text()));
            QVERIFY2(mnemonic(l->text()), qPrintable(l->text()));
            ++labelled;
        }
    QVERIFY(labelled >= 7);
    for (QAbstractButton* b : d->findChildren<QAbstractButton*>())
        QVERIFY2(mnemonic(b->text()), qPrintable(b->text()));
    // Tab order: the options top to bottom, then the output and the buttons.
    QList<QWidget*> chain;
    QWidget* w = d->titleEdit();
    do {
        if (w->focusPolicy() & Qt::TabFocus)
            chain << w;
        w = w->nextInFocusChain();
    } while (w != d->titleEdit() && chain.size() < 100);
    const QList<QWidget*> expected{d->titleEdit(), d->subtitleEdit(), d->paperCombo(), d->widthSpin(), d->heightSpin(),
                                   d->orientationCombo(), d->dpiSpin(), d->extentCombo(), d->legendCheck(), d->scaleBarCheck(),
                                   d->northArrowCheck(), d->insetCheck(), d->graticuleCheck(), d->flowsCheck(), d->pathEdit(),
                                   d->browseButton(), d->exportButton(), d->closeButton()};
    int last = -1;
    for (QWidget* e : expected) {
        const int i = static_cast<int>(chain.indexOf(e));
        QVERIFY2(i > last, qPrintable(e->objectName()));
        last = i;
    }
    // Alt+L toggles the legend.
    d->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d));
    d->titleEdit()->setFocus();
    const bool legend = d->legendCheck()->isChecked();
    QTest::keyClick(d, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(d->legendCheck()->isChecked(), !legend); // a mnemonic "animates" the click
    QVERIFY(d->isPreviewBusy() || d->previewGeneration() > 0);
    // Alt+X focuses the extent (a label's buddy).
    QTest::keyClick(d, Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(d->extentCombo()->hasFocus());

    // Language change: the texts are set again.
    d->exportButton()->setText(QString());
    d->legendCheck()->setText(QString());
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(d, &change);
    QCOMPARE(d->exportButton()->text(), QStringLiteral("&Export"));
    QCOMPARE(d->legendCheck()->text(), QStringLiteral("&Legend"));
    QCOMPARE(d->windowTitle(), QStringLiteral("Export Map"));
    // Esc closes it.
    QPointer<ExportDialog> guard(d);
    QTest::keyClick(d, Qt::Key_Escape);
    QVERIFY(waitUntil([&] { return guard.isNull(); }));
}

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
