// Styles as data: JSON round trip of every default style, and persistence in the project GeoPackage
// (survives reopening; the table is a registered GeoPackage attribute table, the layers still load).

#include "app/render/style_store.h"
#include "geo/project.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace corridor;

class TestStyleStore : public QObject {
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void futureVersionRejected();
    void savedInGeoPackage();
};

void TestStyleStore::jsonRoundTrip()
{
    auto project = geo::loadProject(QStringLiteral(CORRIDOR_BUNDLE_GPKG));
    QVERIFY(project);
    QVERIFY(project->layers.size() >= 7);
    for (const auto& layer : project->layers) {
        const render::LayerStyle s = render::defaultStyle(*layer);
        const QByteArray json = QJsonDocument(render::styleToJson(s)).toJson();
        const auto back = render::styleFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(back, qPrintable(layer->name));
        QVERIFY2(*back == s, qPrintable(layer->name + QStringLiteral(": ") + QString::fromUtf8(json)));
    }
}

void TestStyleStore::futureVersionRejected()
{
    QJsonObject o = render::styleToJson(render::LayerStyle{});
    o[QStringLiteral("version")] = 99;
    QVERIFY(!render::styleFromJson(o));
}

void TestStyleStore::savedInGeoPackage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(CORRIDOR_BUNDLE_GPKG), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto none = render::loadStyles(path);
    QVERIFY2(none, qPrintable(none ? QString() : none.error().toString()));
    QVERIFY(none->isEmpty());

    auto project = geo::loadProject(path);
    QVERIFY(project);
    QHash<QString, render::LayerStyle> styles;
    for (const auto& layer : project->layers)
        styles.insert(layer->name, render::defaultStyle(*layer));
    // A user's change: gas pipelines in another colour, a hidden category.
    render::LayerStyle& gas = styles[QStringLiteral("gas_pipelines")];
    gas.categories[0].symbol.stroke = QColor(0x12, 0x34, 0x56);
    gas.categories[2].visible = false;
    gas.opacity = 0.8;
    QVERIFY(render::saveStyles(path, styles));
    // Saving again replaces (no duplicate rows).
    gas.label.fontPx = 13;
    QVERIFY(render::saveStyles(path, styles));

    auto loaded = render::loadStyles(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->size(), styles.size());
    for (auto it = styles.begin(); it != styles.end(); ++it)
        QVERIFY2(loaded->value(it.key()) == *it, qPrintable(it.key()));
    QCOMPARE(loaded->value(QStringLiteral("gas_pipelines")).label.fontPx, 13.0);

    // Still a GeoPackage that loads, with the styles table listed as an attribute table.
    auto again = geo::loadProject(path);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->layers.size(), project->layers.size());
    QVERIFY2(again->tables.contains(QStringLiteral("corridor_layer_styles")), qPrintable(again->tables.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestStyleStore)
#include "tst_style_store.moc"
