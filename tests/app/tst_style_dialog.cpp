// GUI tests of the layer style dialog in the real MainWindow on the offscreen platform, on the bundled
// project: OK without edits keeps every bundled style; categorised classification from the field's
// values, a category colour applied to the map (model, canvas generation and pixels); graduated
// quantile/equal-interval classes covering the values; labels; Cancel after Apply restores; a
// categorised style saved with the project and reopened.

#include "tests/common/window_test_support.h"

#include "app/render/layer_style.h"
#include "app/render/style_store.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/main_window.h"
#include "app/ui/map_canvas.h"
#include "app/ui/style_dialog.h"
#include "app/ui/style_pages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace corridor;
using test::waitUntil;
using test::editCell;
using ui::MainWindow;
using ui::StyleDialog;

namespace {

/// Waits for a complete frame.
bool frameSettled(MainWindow& w) { return waitUntil([&] { return test::frameDone(w); }); }

constexpr int kTimeoutMs = 30000;
const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);

/// Pixels of the last canvas frame within `tol` (each channel) of `c`.
int pixelsNear(const QImage& image, const QColor& c, int tol = 40)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if (std::abs(qRed(line[x]) - c.red()) <= tol && std::abs(qGreen(line[x]) - c.green()) <= tol &&
                std::abs(qBlue(line[x]) - c.blue()) <= tol)
                ++n;
    }
    return n;
}

const render::Category* category(const render::LayerStyle& s, const QString& value)
{
    for (const render::Category& c : s.categories)
        if (c.value == value)
            return &c;
    return nullptr;
}

} // namespace

class TestStyleDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void okWithoutChangesKeepsEveryStyle();
    void categorisedClassifyAndApply();
    void graduatedQuantileClasses();
    void graduatedEqualIntervalAndEdits();
    void labelsPage();
    void escapeRestoresLiveEdits();
    void saveAsAndReopenKeepsCategorisedStyle();
    void classification_data();
    void classification();
    void manyValuesAreCapped();

private:
    bool open(MainWindow& w, const QString& path);
    /// Opens the dialog on a layer as the user does (select it, Layer ▸ Style…).
    StyleDialog* openDialog(MainWindow& w, const QString& layerId);
    void screenshot(QWidget* dialog, const QString& name);
    std::unique_ptr<MainWindow> m_w;
    QTemporaryDir m_tmp;
};

void TestStyleDialog::initTestCase()
{
    test::useTestSettings("tst_app_style_dialog", kBundle);
    QVERIFY2(QFileInfo(kBundle).isFile(), qPrintable(kBundle));
    QVERIFY(m_tmp.isValid());
}

bool TestStyleDialog::open(MainWindow& w, const QString& path)
{
    return test::openProjectAndWait(w, path, false);
}

void TestStyleDialog::init()
{
    m_w = std::make_unique<MainWindow>();
    m_w->setConfirmClose(false);
    m_w->resize(1400, 900);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QVERIFY(open(*m_w, kBundle));
    // The model's flows are drawn over the pipelines: off, so the pipelines' own colours show.
    m_w->action(QStringLiteral("showFlows"))->setChecked(false);
    QVERIFY(frameSettled(*m_w));
    QVERIFY(!m_w->isWindowModified());
}

void TestStyleDialog::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    m_w.reset();
}

StyleDialog* TestStyleDialog::openDialog(MainWindow& w, const QString& layerId)
{
    const int row = w.layerModel()->rowOf(layerId);
    if (row < 0)
        return nullptr;
    w.layerView()->setCurrentIndex(w.layerModel()->index(row));
    w.action(QStringLiteral("layerStyle"))->trigger();
    auto* dlg = w.findChild<StyleDialog*>();
    if (dlg && !QTest::qWaitForWindowExposed(dlg))
        return nullptr;
    return dlg;
}

void TestStyleDialog::screenshot(QWidget* dialog, const QString& name)
{
    // A look at the dialog: CORRIDOR_STYLE_SCREENSHOTS=dir tst_app_style_dialog.
    if (qEnvironmentVariableIsSet("CORRIDOR_STYLE_SCREENSHOTS"))
        dialog->grab().save(QDir(qEnvironmentVariable("CORRIDOR_STYLE_SCREENSHOTS")).filePath(name + QStringLiteral(".png")));
}

void TestStyleDialog::okWithoutChangesKeepsEveryStyle()
{
    MainWindow& w = *m_w;
    int checked = 0;
    for (const ui::MapLayer& layer : std::vector<ui::MapLayer>(w.layerModel()->layers())) {
        const render::LayerStyle before = layer.style;
        StyleDialog* dlg = openDialog(w, layer.id);
        QVERIFY2(dlg, qPrintable(layer.id));
        QCOMPARE(dlg->rendererCombo()->currentData().toInt(), static_cast<int>(before.kind));
        QCOMPARE(dlg->categorisedPage()->model()->rowCount(), static_cast<int>(before.categories.size()));
        QVERIFY2(dlg->style() == before, qPrintable(layer.id));
        // Visiting every page changes nothing either.
        for (int i = 0; i < dlg->tabs()->count(); ++i) {
            dlg->tabs()->setCurrentIndex(i);
            if (dlg->tabs()->isTabVisible(i))
                screenshot(dlg, QStringLiteral("ok-%1-%2").arg(layer.id).arg(i));
        }
        QSignalSpy changed(dlg, &StyleDialog::styleChanged);
        dlg->buttonBox()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(changed.count(), 0);
        QTRY_VERIFY(!w.findChild<StyleDialog*>());
        QVERIFY2(w.layerModel()->layerById(layer.id)->style == before, qPrintable(layer.id));
        ++checked;
    }
    QVERIFY(checked >= 7);
    QVERIFY(!w.isWindowModified());
    // The bundled categories with icons (facilities by kind) are still there.
    const render::LayerStyle& fac = w.layerModel()->layerById(QStringLiteral("facilities"))->style;
    QVERIFY(category(fac, QStringLiteral("power_plant")) && !category(fac, QStringLiteral("power_plant"))->symbol.icon.isEmpty());
}

void TestStyleDialog::categorisedClassifyAndApply()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("gas_pipelines");
    const render::LayerStyle original = w.layerModel()->layerById(id)->style;
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    dlg->liveUpdateCheck()->setChecked(false);
    QCOMPARE(dlg->rendererCombo()->currentData().toInt(), static_cast<int>(render::LayerStyle::Kind::Categorised));
    QCOMPARE(dlg->tabs()->currentWidget(), dlg->categorisedPage());
    QVERIFY(!dlg->buttonBox()->button(QDialogButtonBox::Apply)->isEnabled());

    // Categorise by operator: one category per distinct value.
    ui::CategorisedPage* page = dlg->categorisedPage();
    const int fieldIndex = page->fieldCombo()->findData(QStringLiteral("operator"));
    QVERIFY(fieldIndex >= 0);
    page->fieldCombo()->setCurrentIndex(fieldIndex);
    page->classifyButton()->click();
    const geo::LayerData& data = *w.layerModel()->layerById(id)->data;
    QSet<QString> expected;
    for (std::size_t row = 0; row < data.featureCount(); ++row)
        if (const QString v = data.attribute(row, QStringLiteral("operator")).toString(); !v.isEmpty())
            expected.insert(v);
    QVERIFY(expected.size() >= 3);
    const std::vector<render::Category>& cats = page->model()->categories();
    QCOMPARE(static_cast<qsizetype>(cats.size()), expected.size());
    QSet<QString> got;
    QSet<QRgb> colours;
    for (const render::Category& c : cats) {
        got.insert(c.value);
        QCOMPARE(c.label, c.value);
        QVERIFY(c.visible);
        colours.insert(c.symbol.stroke.rgb());
    }
    QCOMPARE(got, expected);
    QCOMPARE(static_cast<qsizetype>(colours.size()), expected.size()); // a distinct palette colour each
    QVERIFY(std::is_sorted(cats.begin(), cats.end(), [](const auto& a, const auto& b) { return a.value.compare(b.value, Qt::CaseInsensitive) < 0; }));
    QVERIFY(page->messageLabel()->isHidden());
    screenshot(dlg, QStringLiteral("categorised"));

    // The most frequent operator turns magenta: nothing on the map until Apply.
    QHash<QString, int> counts;
    for (std::size_t row = 0; row < data.featureCount(); ++row)
        ++counts[data.attribute(row, QStringLiteral("operator")).toString()];
    QString busiest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && (busiest.isEmpty() || it.value() > counts.value(busiest) || (it.value() == counts.value(busiest) && it.key() < busiest)))
            busiest = it.key();
    int row = -1;
    for (std::size_t i = 0; i < cats.size(); ++i)
        if (cats[i].value == busiest)
            row = static_cast<int>(i);
    QVERIFY(row >= 0);
    page->view()->setCurrentIndex(page->model()->index(row, ui::CategoryModel::ValueColumn));
    QCOMPARE(page->colorButton()->color(), cats[static_cast<std::size_t>(row)].symbol.stroke);
    const QColor magenta(255, 0, 255);
    // The map shows the longest pipeline of that operator.
    std::size_t longest = 0;
    double longestKm = -1;
    for (std::size_t r = 0; r < data.featureCount(); ++r)
        if (data.attribute(r, QStringLiteral("operator")).toString() == busiest && data.attribute(r, QStringLiteral("length_km")).toDouble() > longestKm) {
            longest = r;
            longestKm = data.attribute(r, QStringLiteral("length_km")).toDouble();
        }
    w.zoomToFeature(id, static_cast<std::uint32_t>(longest));
    QVERIFY(frameSettled(w));
    const QImage before = w.canvas()->lastImage();
    QCOMPARE(pixelsNear(before, magenta), 0);
    page->colorButton()->setColor(magenta);
    QCOMPARE(page->model()->categories()[static_cast<std::size_t>(row)].symbol.stroke, magenta);
    QCOMPARE(w.layerModel()->layerById(id)->style, original); // live update is off
    QVERIFY(!w.isWindowModified());
    QVERIFY(dlg->buttonBox()->button(QDialogButtonBox::Apply)->isEnabled());

    const std::uint64_t gen = w.canvas()->generation();
    dlg->buttonBox()->button(QDialogButtonBox::Apply)->click();
    QVERIFY(dlg->isVisible()); // Apply keeps the dialog open
    QVERIFY(!dlg->buttonBox()->button(QDialogButtonBox::Apply)->isEnabled());
    const render::LayerStyle applied = w.layerModel()->layerById(id)->style;
    QCOMPARE(applied.kind, render::LayerStyle::Kind::Categorised);
    QCOMPARE(applied.field, QStringLiteral("operator"));
    QVERIFY(category(applied, busiest) && category(applied, busiest)->symbol.stroke == magenta);
    QVERIFY(w.isWindowModified());
    QTRY_VERIFY(w.canvas()->generation() > gen);
    QVERIFY(frameSettled(w));
    const int magentaPixels = pixelsNear(w.canvas()->lastImage(), magenta);
    screenshot(w.canvas(), QStringLiteral("canvas-magenta"));
    QVERIFY2(magentaPixels > 30, qPrintable(QString::number(magentaPixels)));
    bool canvasHasIt = false;
    for (const auto& rl : w.canvas()->layers())
        if (rl.layer->source().name == id)
            canvasHasIt = rl.style == applied;
    QVERIFY(canvasHasIt);

    // Cancel after Apply: the style before the dialog, on the map too.
    dlg->buttonBox()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!w.findChild<StyleDialog*>());
    QCOMPARE(w.layerModel()->layerById(id)->style, original);
    QVERIFY(frameSettled(w));
    QCOMPARE(pixelsNear(w.canvas()->lastImage(), magenta), 0);
}

void TestStyleDialog::graduatedQuantileClasses()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("gas_pipelines");
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    dlg->liveUpdateCheck()->setChecked(false);
    // Keyboard: the renderer combo has the focus; Down twice = Graduated.
    QCOMPARE(QApplication::focusWidget(), dlg->rendererCombo());
    QTest::keyClick(dlg->rendererCombo(), Qt::Key_Down);
    QCOMPARE(dlg->rendererCombo()->currentData().toInt(), static_cast<int>(render::LayerStyle::Kind::Graduated));
    QCOMPARE(dlg->tabs()->currentWidget(), dlg->graduatedPage());
    QVERIFY(!dlg->tabs()->isTabVisible(dlg->tabs()->indexOf(dlg->categorisedPage())));

    ui::GraduatedPage* page = dlg->graduatedPage();
    // Only numeric fields are offered.
    const geo::LayerData& data = *w.layerModel()->layerById(id)->data;
    for (int i = 0; i < page->fieldCombo()->count(); ++i) {
        const int fi = data.fieldIndex(page->fieldCombo()->itemData(i).toString());
        QVERIFY(fi >= 0);
        const geo::FieldType t = data.columns[static_cast<std::size_t>(fi)].field().type;
        QVERIFY(t == geo::FieldType::Integer || t == geo::FieldType::Real);
    }
    const QString field = QStringLiteral("capacity_bcm_y");
    page->fieldCombo()->setCurrentIndex(page->fieldCombo()->findData(field));
    page->methodCombo()->setCurrentIndex(page->methodCombo()->findData(static_cast<int>(ui::ClassMethod::Quantile)));
    page->classCountSpin()->setValue(5);
    page->classifyButton()->click();

    const std::vector<double> values = ui::numericValues(data, field);
    QVERIFY(values.size() >= 10);
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    const std::vector<render::GraduatedClass>& classes = page->model()->classes();
    QCOMPARE(classes.size(), std::size_t(5));
    QCOMPARE(classes.front().lower, *mn);
    QVERIFY(classes.back().upper > *mx && classes.back().upper - *mx < 1e-9);
    for (std::size_t i = 0; i + 1 < classes.size(); ++i) {
        QCOMPARE(classes[i].upper, classes[i + 1].lower); // contiguous
        QVERIFY(classes[i].lower < classes[i].upper);
    }
    // Every value falls in exactly one class; quantiles spread them: no class is empty.
    std::vector<int> perClass(classes.size(), 0);
    for (double v : values) {
        int hits = 0;
        for (std::size_t i = 0; i < classes.size(); ++i)
            if (v >= classes[i].lower && v < classes[i].upper) {
                ++hits;
                ++perClass[i];
            }
        QCOMPARE(hits, 1);
    }
    for (int n : perClass)
        QVERIFY(n > 0);
    // A sequential ramp: each class darker than the one before.
    for (std::size_t i = 0; i + 1 < classes.size(); ++i)
        QVERIFY(classes[i].symbol.stroke.lightness() > classes[i + 1].symbol.stroke.lightness());
    QVERIFY(!classes.front().label.isEmpty());
    screenshot(dlg, QStringLiteral("graduated"));

    // OK applies it to the layer.
    dlg->buttonBox()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!w.findChild<StyleDialog*>());
    const render::LayerStyle& s = w.layerModel()->layerById(id)->style;
    QCOMPARE(s.kind, render::LayerStyle::Kind::Graduated);
    QCOMPARE(s.field, field);
    QCOMPARE(s.classes.size(), std::size_t(5));
    // The project stores it as JSON (style_store): the classes survive, the last bound included.
    const auto stored = render::styleFromJson(render::styleToJson(s));
    QVERIFY(stored);
    QCOMPARE(*stored, s);
    // Each feature with a value gets its class's symbol.
    for (std::size_t row = 0; row < data.featureCount(); ++row) {
        int index = -2;
        const auto sym = s.symbolFor(data, row, &index);
        bool ok = false;
        data.attribute(row, field).toDouble(&ok);
        if (ok)
            QVERIFY(sym && index >= 0 && sym->stroke == s.classes[static_cast<std::size_t>(index)].symbol.stroke);
    }
    QVERIFY(w.isWindowModified());
}

void TestStyleDialog::graduatedEqualIntervalAndEdits()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("gas_pipelines");
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    dlg->rendererCombo()->setCurrentIndex(dlg->rendererCombo()->findData(static_cast<int>(render::LayerStyle::Kind::Graduated)));
    ui::GraduatedPage* page = dlg->graduatedPage();
    page->fieldCombo()->setCurrentIndex(page->fieldCombo()->findData(QStringLiteral("length_km")));
    page->methodCombo()->setCurrentIndex(page->methodCombo()->findData(static_cast<int>(ui::ClassMethod::EqualInterval)));
    page->classCountSpin()->setValue(4); // re-classifies at once
    const std::vector<render::GraduatedClass> classes = page->model()->classes();
    QCOMPARE(classes.size(), std::size_t(4));
    const double width = classes[0].upper - classes[0].lower;
    QVERIFY(width > 0);
    for (std::size_t i = 1; i + 1 < classes.size(); ++i)
        QVERIFY(std::abs((classes[i].upper - classes[i].lower) - width) < 1e-6 * width);
    // Live update is on by default: the layer already draws it.
    QCOMPARE(w.layerModel()->layerById(id)->style.field, QStringLiteral("length_km"));
    QCOMPARE(w.layerModel()->layerById(id)->style.classes, classes);

    // Typing a bound moves the neighbour's bound and renews automatic labels.
    QVERIFY(editCell(page->view(), page->model()->index(0, ui::ClassModel::UpperColumn), QStringLiteral("500")) >= 0);
    QCOMPARE(page->model()->classes()[0].upper, 500.0);
    QCOMPARE(page->model()->classes()[1].lower, 500.0);
    QVERIFY(page->model()->classes()[0].label.contains(QLatin1String("500")));
    // A bound below the class's lower one is refused.
    QVERIFY(!page->model()->setData(page->model()->index(1, ui::ClassModel::UpperColumn), QStringLiteral("-1"), Qt::EditRole));
    // Another ramp recolours, keeping the bounds.
    page->rampCombo()->setCurrentIndex(1);
    QCOMPARE(page->model()->classes()[1].lower, 500.0);
    QCOMPARE(page->model()->classes()[0].symbol.stroke, ui::colorRamps()[1].at(0.0));
    QCOMPARE(w.layerModel()->layerById(id)->style.classes, page->model()->classes());
    dlg->buttonBox()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!w.findChild<StyleDialog*>());
}

void TestStyleDialog::labelsPage()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("airports");
    const render::LayerStyle original = w.layerModel()->layerById(id)->style;
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    dlg->liveUpdateCheck()->setChecked(false);
    ui::LabelsPage* page = dlg->labelsPage();
    dlg->tabs()->setCurrentWidget(page);
    QVERIFY(page->enabledCheck()->isChecked());
    QCOMPARE(page->textCombo()->currentText(), QStringLiteral("{city} ({iata})"));
    QVERIFY2(page->previewLabel()->text().contains(QRegularExpression(QStringLiteral("\\([A-Z]{3}\\)"))), qPrintable(page->previewLabel()->text()));
    screenshot(dlg, QStringLiteral("labels"));

    // A template typed by the user, bigger font, not bold, no halo.
    page->textCombo()->setFocus();
    page->textCombo()->lineEdit()->selectAll();
    QTest::keyClicks(page->textCombo()->lineEdit(), QStringLiteral("{iata}"));
    QCOMPARE(page->textCombo()->currentText(), QStringLiteral("{iata}"));
    QVERIFY(page->previewLabel()->text().contains(QRegularExpression(QStringLiteral("^[A-Z]{3}$"))));
    page->fontSizeSpin()->setValue(14);
    page->boldCheck()->setChecked(false);
    page->haloCheck()->setChecked(false);
    dlg->buttonBox()->button(QDialogButtonBox::Apply)->click();
    render::LabelStyle l = w.layerModel()->layerById(id)->style.label;
    QCOMPARE(l.field, QStringLiteral("{iata}"));
    QCOMPARE(l.fontPx, 14.0);
    QVERIFY(!l.bold);
    QCOMPARE(l.haloPx, 0.0);
    QCOMPARE(l.priority, original.label.priority); // what the page does not edit stays
    // Halo back on: the width it had.
    page->haloCheck()->setChecked(true);
    page->enabledCheck()->setChecked(false);
    QVERIFY(!page->textCombo()->isEnabled());
    dlg->apply();
    l = w.layerModel()->layerById(id)->style.label;
    QCOMPARE(l.haloPx, original.label.haloPx);
    QVERIFY(!l.enabled);
    dlg->reject();
    QTRY_VERIFY(!w.findChild<StyleDialog*>());
    QCOMPARE(w.layerModel()->layerById(id)->style, original);
}

void TestStyleDialog::escapeRestoresLiveEdits()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("facilities");
    const render::LayerStyle original = w.layerModel()->layerById(id)->style;
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    QVERIFY(dlg->liveUpdateCheck()->isChecked());
    // Switching to a single symbol is drawn at once (live update).
    dlg->rendererCombo()->setCurrentIndex(dlg->rendererCombo()->findData(static_cast<int>(render::LayerStyle::Kind::Single)));
    QCOMPARE(w.layerModel()->layerById(id)->style.kind, render::LayerStyle::Kind::Single);
    QCOMPARE(dlg->tabs()->currentWidget(), dlg->symbolPage());
    QVERIFY(w.isWindowModified());
    QTest::keyClick(dlg, Qt::Key_Escape);
    QTRY_VERIFY(!w.findChild<StyleDialog*>());
    QCOMPARE(w.layerModel()->layerById(id)->style, original);
}

void TestStyleDialog::saveAsAndReopenKeepsCategorisedStyle()
{
    MainWindow& w = *m_w;
    const QString id = QStringLiteral("facilities");
    StyleDialog* dlg = openDialog(w, id);
    QVERIFY(dlg);
    ui::CategorisedPage* page = dlg->categorisedPage();
    // Edit the bundled categories: a colour (the icon gives way to a coloured marker), a legend typed in
    // the table, one hidden, one deleted with the Delete key.
    auto rowOf = [&](const QString& value) {
        for (std::size_t i = 0; i < page->model()->categories().size(); ++i)
            if (page->model()->categories()[i].value == value)
                return static_cast<int>(i);
        return -1;
    };
    const int lng = rowOf(QStringLiteral("lng_terminal"));
    QVERIFY(lng >= 0);
    page->view()->setCurrentIndex(page->model()->index(lng, ui::CategoryModel::ValueColumn));
    page->colorButton()->setColor(QColor(0, 150, 60));
    QVERIFY(editCell(page->view(), page->model()->index(lng, ui::CategoryModel::LegendColumn), QStringLiteral("LNG import terminal")) >= 0);
    const int storage = rowOf(QStringLiteral("storage"));
    QVERIFY(page->model()->setData(page->model()->index(storage, ui::CategoryModel::SymbolColumn), Qt::Unchecked, Qt::CheckStateRole));
    const int subst = rowOf(QStringLiteral("substation"));
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(subst, ui::CategoryModel::ValueColumn));
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCOMPARE(rowOf(QStringLiteral("substation")), -1);
    dlg->buttonBox()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!w.findChild<StyleDialog*>());

    const render::LayerStyle edited = w.layerModel()->layerById(id)->style;
    const render::Category* c = category(edited, QStringLiteral("lng_terminal"));
    QVERIFY(c);
    QCOMPARE(c->label, QStringLiteral("LNG import terminal"));
    QCOMPARE(c->symbol.fill, QColor(0, 150, 60));
    QVERIFY(c->symbol.icon.isEmpty());
    QVERIFY(!category(edited, QStringLiteral("storage"))->visible);
    QVERIFY(!category(edited, QStringLiteral("substation")));
    QVERIFY(category(edited, QStringLiteral("power_plant")) && !category(edited, QStringLiteral("power_plant"))->symbol.icon.isEmpty());

    const QString path = m_tmp.filePath(QStringLiteral("styled.gpkg"));
    QSignalSpy saved(&w, &MainWindow::projectSaved);
    w.saveProjectAs(path);
    QVERIFY(saved.wait(kTimeoutMs));
    QVERIFY(!w.isWindowModified());

    MainWindow w2;
    w2.setConfirmClose(false);
    w2.resize(1200, 800);
    w2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w2));
    QVERIFY(open(w2, path));
    QCOMPARE(w2.layerModel()->layerById(id)->style, edited);
    // And the dialog there shows it, unchanged by OK.
    StyleDialog* dlg2 = openDialog(w2, id);
    QVERIFY(dlg2);
    QCOMPARE(dlg2->categorisedPage()->model()->categories(), edited.categories);
    dlg2->accept();
    QTRY_VERIFY(!w2.findChild<StyleDialog*>());
    QCOMPARE(w2.layerModel()->layerById(id)->style, edited);
    QVERIFY(!w2.isWindowModified());
}

void TestStyleDialog::classification_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("method");
    QTest::addColumn<QVector<double>>("breaks");
    QTest::newRow("equal") << QVector<double>{0, 1, 2, 10} << 5 << int(ui::ClassMethod::EqualInterval) << QVector<double>{0, 2, 4, 6, 8, 10};
    QTest::newRow("quantile") << QVector<double>{1, 2, 3, 4, 5} << 4 << int(ui::ClassMethod::Quantile) << QVector<double>{1, 2, 3, 4, 5};
    QTest::newRow("quantile interpolated") << QVector<double>{0, 10} << 2 << int(ui::ClassMethod::Quantile) << QVector<double>{0, 5, 10};
    QTest::newRow("all equal") << QVector<double>{3, 3, 3} << 5 << int(ui::ClassMethod::Quantile) << QVector<double>{3, 3};
    QTest::newRow("none") << QVector<double>{} << 5 << int(ui::ClassMethod::EqualInterval) << QVector<double>{};
}

void TestStyleDialog::classification()
{
    QFETCH(QVector<double>, values);
    QFETCH(int, classes);
    QFETCH(int, method);
    QFETCH(QVector<double>, breaks);
    const std::vector<double> b = ui::classBreaks({values.begin(), values.end()}, classes, static_cast<ui::ClassMethod>(method));
    QCOMPARE(QVector<double>(b.begin(), b.end()), breaks);
    const auto cls = ui::makeClasses(b, ui::decimalsFor(b));
    QCOMPARE(cls.size(), b.empty() ? std::size_t(0) : b.size() - 1);
    for (double v : values) {
        int hits = 0;
        for (const auto& c : cls)
            hits += v >= c.lower && v < c.upper;
        QCOMPARE(hits, 1);
    }
}

void TestStyleDialog::manyValuesAreCapped()
{
    // A point layer with 150 names and numeric ids: Classify lists the first 100 (natural order) and says so.
    auto layer = std::make_shared<geo::LayerData>();
    layer->name = QStringLiteral("many");
    layer->geometryType = geo::GeometryType::Point;
    geo::AttributeColumn name(geo::Field{QStringLiteral("name"), geo::FieldType::String});
    geo::AttributeColumn num(geo::Field{QStringLiteral("num"), geo::FieldType::Integer});
    for (int i = 0; i < 150; ++i) {
        layer->fids.push_back(i);
        name.appendString(QStringLiteral("site %1").arg(149 - i));
        num.appendInt(149 - i);
    }
    name.appendNull(); // a feature without a value gets no category
    num.appendNull();
    layer->fids.push_back(150);
    layer->columns = {name, num};
    layer->finalise();
    render::LayerStyle style;
    StyleDialog dlg(QStringLiteral("many"), style, layer);
    dlg.rendererCombo()->setCurrentIndex(dlg.rendererCombo()->findData(static_cast<int>(render::LayerStyle::Kind::Categorised)));
    ui::CategorisedPage* page = dlg.categorisedPage();
    page->fieldCombo()->setCurrentIndex(page->fieldCombo()->findData(QStringLiteral("name")));
    page->classifyButton()->click();
    const auto& cats = page->model()->categories();
    QCOMPARE(cats.size(), std::size_t(ui::CategorisedPage::kMaxCategories));
    QCOMPARE(cats[0].value, QStringLiteral("site 0"));
    QCOMPARE(cats[2].value, QStringLiteral("site 2"));
    QCOMPARE(cats[10].value, QStringLiteral("site 10")); // natural order, not "site 10" after "site 1"
    QVERIFY(!page->messageLabel()->isHidden());
    QVERIFY(page->messageLabel()->text().contains(QLatin1String("150")));
    // Numbers sort by value; points get the palette as fill (marker), no icon.
    page->fieldCombo()->setCurrentIndex(page->fieldCombo()->findData(QStringLiteral("num")));
    page->classifyButton()->click();
    QCOMPARE(page->model()->categories()[9].value, QStringLiteral("9"));
    QCOMPARE(page->model()->categories()[10].value, QStringLiteral("10"));
    QCOMPARE(page->model()->categories()[0].symbol.fill, ui::qualitativeColor(0));
    QCOMPARE(dlg.style().field, QStringLiteral("num"));
    QCOMPARE(dlg.style().categories.size(), std::size_t(100));
    // Delete All empties the list.
    page->deleteAll();
    QVERIFY(dlg.style().categories.empty());
}

QTEST_MAIN(TestStyleDialog)
#include "tst_style_dialog.moc"
