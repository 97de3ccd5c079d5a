// The desktop state saved in the project GeoPackage: round trip, and a save that fails half-way
// (here: in the styles table, the last thing written) leaves the previous state whole.

#include "app/render/style_store.h"
#include "app/ui/project_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace corridor;

class TestProjectStore : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void failedSaveKeepsPreviousState();
    void refusesNonGeoPackage();

private:
    static QString copyBundle(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("project.gpkg"));
        QFile::copy(QStringLiteral(CORRIDOR_BUNDLE_GPKG), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    static ui::ProjectState sampleState(const QString& bookmark)
    {
        ui::ProjectState s;
        s.mapCrs = QStringLiteral("EPSG:3035");
        s.view = geo::Envelope(5.0e6, 2.0e6, 6.0e6, 2.6e6);
        s.bookmarks.push_back({bookmark, QStringLiteral("EPSG:3035"), geo::Envelope(5.1e6, 2.1e6, 5.3e6, 2.3e6)});
        ui::LayerState l;
        l.layer = QStringLiteral("gas_pipelines");
        l.title = QStringLiteral("Gas");
        l.style.strokeWidthPx = 3.5;
        s.layers.push_back(l);
        return s;
    }
};

void TestProjectStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = copyBundle(dir);
    const auto saved = ui::saveProjectState(path, sampleState(QStringLiteral("Niš area")));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    auto back = ui::loadProjectState(path);
    QVERIFY(back);
    QCOMPARE(back->mapCrs, QStringLiteral("EPSG:3035"));
    QCOMPARE(back->bookmarks.size(), std::size_t(1));
    QCOMPARE(back->bookmarks[0].name, QStringLiteral("Niš area"));
    QCOMPARE(back->bookmarks[0].extent, geo::Envelope(5.1e6, 2.1e6, 5.3e6, 2.3e6));
    QCOMPARE(back->view, geo::Envelope(5.0e6, 2.0e6, 6.0e6, 2.6e6));
    // The style also reached the table `corridor-atlas export` reads.
    auto styles = render::loadStyles(path);
    QVERIFY(styles);
    QVERIFY(styles->contains(QStringLiteral("gas_pipelines")));
    QCOMPARE(styles->value(QStringLiteral("gas_pipelines")).strokeWidthPx, 3.5);
}

void TestProjectStore::failedSaveKeepsPreviousState()
{
    QTemporaryDir dir;
    const QString path = copyBundle(dir);
    QVERIFY(ui::saveProjectState(path, sampleState(QStringLiteral("first"))));
    // Sabotage the styles table (written last): without its UNIQUE constraint the upsert fails.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "ALTER TABLE corridor_layer_styles RENAME TO old_styles;"
                          "CREATE TABLE corridor_layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, layer_name TEXT, style_json TEXT);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    const auto second = ui::saveProjectState(path, sampleState(QStringLiteral("second")));
    QVERIFY(!second);
    QVERIFY(second.error().toString().contains(QStringLiteral("ON CONFLICT")) || !second.error().message.isEmpty());
    // Nothing of the failed save is visible: the bookmarks are still the first save's.
    auto back = ui::loadProjectState(path);
    QVERIFY(back);
    QCOMPARE(back->bookmarks.size(), std::size_t(1));
    QCOMPARE(back->bookmarks[0].name, QStringLiteral("first"));
}

void TestProjectStore::refusesNonGeoPackage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (a INTEGER);", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const auto st = ui::saveProjectState(path, sampleState(QStringLiteral("x")));
    QVERIFY(!st);
    QCOMPARE(st.error().code, geo::ErrorCode::Format);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_project_store.moc"
