// Switching the language at run time changes what the window shows, without a restart: menus,
// actions, dock titles, panels, the model pane, and Qt's own dialog buttons. Every visible text with
// English words becomes Serbian Cyrillic (nothing left behind), and switching back restores English.

#include "tests/common/window_test_support.h"
#include "tests/translations/script_support.h"

#include "app/ui/main_window.h"
#include "app/ui/model_session.h"
#include "translations/i18n.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace corridor;

using corridor::test::hasCyrillic;

namespace {

const QString kBundle = QStringLiteral(CORRIDOR_BUNDLE_GPKG);

// Text a translator must have translated: an English word of three or more lower-case letters that is
// not a unit, a file suffix or a name.
bool hasEnglishWords(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
    static const QStringList keep = {QStringLiteral("bcm"), QStringLiteral("mcm"), QStringLiteral("gpkg")};
    QString s = text;
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>|\\([^)]*\\.gpkg\\)")));
    for (auto it = word.globalMatch(s); it.hasNext();)
        if (!keep.contains(it.next().captured(0)))
            return true;
    return false;
}

// The texts the window shows: menu and action texts, dock titles, labels, buttons, tab titles.
QStringList visibleTexts(QMainWindow& w)
{
    QStringList out;
    for (QAction* a : w.menuBar()->actions()) {
        out << a->text();
        if (QMenu* m = a->menu())
            for (QAction* b : m->actions())
                if (!b->isSeparator() && !b->text().isEmpty() && !b->text().contains(QLatin1Char('/')))
                    out << b->text(); // (recent-project entries are paths)
    }
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        out << d->windowTitle();
    for (QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w) && !l->text().isEmpty())
            out << l->text();
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
        if (b->isVisibleTo(&w) && !b->text().isEmpty())
            out << b->text();
    for (QTabWidget* t : w.findChildren<QTabWidget*>())
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
    return out;
}

} // namespace

class TestGuiLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::useTestSettings("tst_translations_gui_language", kBundle);
        QVERIFY2(QFileInfo(kBundle).isFile(), qPrintable(kBundle));
        QCOMPARE(i18n::setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void switchesWithoutRestart()
    {
        ui::MainWindow w;
        w.setConfirmClose(false);
        w.resize(1400, 900);
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.openProject(kBundle);
        w.show();
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(w.modelSession()->latest() != nullptr, 30000);

        QMenu* fileMenu = w.menuBar()->actions().value(0)->menu();
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        const QString zoomIn = w.action(QStringLiteral("zoomIn"))->text();
        QCOMPARE(zoomIn, QStringLiteral("Zoom &In"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        const QStringList english = visibleTexts(w);
        QVERIFY(english.size() > 60);

        QCOMPARE(i18n::setLanguage(QStringLiteral("sr")), QStringLiteral("sr"));
        QTRY_VERIFY(hasCyrillic(fileMenu->title()));
        QVERIFY(hasCyrillic(w.action(QStringLiteral("zoomIn"))->text()));
        QVERIFY(hasCyrillic(w.action(QStringLiteral("zoomIn"))->toolTip()));
        QVERIFY(w.action(QStringLiteral("zoomIn"))->text().contains(QLatin1Char('&')));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Откажи"));
        QStringList leftOver;
        for (const QString& t : visibleTexts(w))
            if (hasEnglishWords(t) && !hasCyrillic(t))
                leftOver << t;
        QVERIFY2(leftOver.isEmpty(), qPrintable(QStringLiteral("still English after switching to sr: ") + leftOver.join(QStringLiteral(" | "))));

        // Latin-script Serbian: same words, other script.
        QCOMPARE(i18n::setLanguage(QStringLiteral("sr_Latn")), QStringLiteral("sr_Latn"));
        QTRY_VERIFY(!hasCyrillic(fileMenu->title()) && fileMenu->title() != QStringLiteral("&File"));

        QCOMPARE(i18n::setLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(w.action(QStringLiteral("zoomIn"))->text(), zoomIn);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QCOMPARE(visibleTexts(w), english);
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
