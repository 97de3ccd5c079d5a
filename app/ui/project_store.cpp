#include "app/ui/project_store.h"

#include "app/render/style_store.h"
#include "model/database.h"
#include "model/gpkg_tables.h"
#include "model/model_store.h"
#include "model/transaction.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace corridor::ui {

namespace {
const QString kBookmarks = QStringLiteral("corridor_bookmarks");
const QString kLayerState = QStringLiteral("corridor_layer_state");
const QString kProject = QStringLiteral("corridor_project");

geo::Status ensureTable(model::Database& db, const QString& table, const QString& columns, const QString& description)
{
    if (db.tableExists(table))
        return geo::Ok{};
    return model::createAttributeTable(db, table, columns, description);
}
} // namespace

QJsonObject styleToJson(const render::LayerStyle& s)
{
    return render::styleToJson(s); // every member, versioned (the cartography work's StyleStore format)
}

render::LayerStyle styleFromJson(const QJsonObject& o, const render::LayerStyle& base)
{
    if (o.isEmpty())
        return base;
    auto s = render::styleFromJson(o, base);
    return s ? *s : base;
}

geo::Result<ProjectState> loadProjectState(const QString& gpkgPath)
{
    ProjectState state;
    auto db = model::Database::open(gpkgPath, model::Database::Mode::ReadOnly);
    if (!db || !model::isGeoPackage(*db))
        return state;
    if (db->tableExists(kBookmarks)) {
        auto st = db->prepare(QStringLiteral("SELECT name, crs, min_x, min_y, max_x, max_y FROM corridor_bookmarks ORDER BY id"));
        if (!st)
            return st.error();
        if (auto rows = st->forEachRow([&]() -> geo::Status {
            state.bookmarks.push_back({st->columnText(0), st->columnText(1),
                                       geo::Envelope(st->columnDouble(2), st->columnDouble(3), st->columnDouble(4), st->columnDouble(5))});
            return geo::Ok{};
        }); !rows)
            return rows.error();
    }
    if (db->tableExists(kLayerState)) {
        auto st = db->prepare(QStringLiteral("SELECT layer, title, source_path, position, style FROM corridor_layer_state ORDER BY position"));
        if (!st)
            return st.error();
        if (auto rows = st->forEachRow([&]() -> geo::Status {
            LayerState ls;
            ls.layer = st->columnText(0);
            ls.title = st->columnText(1);
            ls.sourcePath = st->columnText(2);
            ls.position = static_cast<int>(st->columnInt64(3));
            ls.styleJson = QJsonDocument::fromJson(st->columnText(4).toUtf8()).object();
            ls.style = ui::styleFromJson(ls.styleJson, render::LayerStyle{});
            state.layers.push_back(std::move(ls));
            return geo::Ok{};
        }); !rows)
            return rows.error();
    }
    if (db->tableExists(kProject)) {
        auto st = db->prepare(QStringLiteral("SELECT key, value FROM corridor_project"));
        if (!st)
            return st.error();
        if (auto rows = st->forEachRow([&]() -> geo::Status {
            const QString key = st->columnText(0), value = st->columnText(1);
            if (key == QLatin1String("map_crs"))
                state.mapCrs = value;
            else if (key == QLatin1String("view")) {
                const QStringList p = value.split(QLatin1Char(' '));
                if (p.size() == 4)
                    state.view = geo::Envelope(p[0].toDouble(), p[1].toDouble(), p[2].toDouble(), p[3].toDouble());
            }
            return geo::Ok{};
        }); !rows)
            return rows.error();
    }
    return state;
}

geo::Status saveProjectState(const QString& gpkgPath, const ProjectState& state, const model::NetworkDocument* model)
{
    auto db = model::Database::open(gpkgPath, model::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (!model::isGeoPackage(*db))
        return geo::Error{geo::ErrorCode::Format, QStringLiteral("the project is not a GeoPackage; save it as one (.gpkg) first"), gpkgPath};
    auto tx = model::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    for (const auto& [table, cols, desc] :
         {std::tuple{kBookmarks, QStringLiteral("name TEXT NOT NULL, crs TEXT NOT NULL, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE"),
                     QStringLiteral("Corridor Atlas: spatial bookmarks (named map views)")},
          std::tuple{kLayerState, QStringLiteral("layer TEXT NOT NULL, title TEXT, source_path TEXT, position INTEGER, style TEXT"),
                     QStringLiteral("Corridor Atlas: layer order, visibility and style")},
          std::tuple{kProject, QStringLiteral("key TEXT NOT NULL UNIQUE, value TEXT"), QStringLiteral("Corridor Atlas: project settings")}}) {
        if (auto s = ensureTable(*db, table, cols, desc); !s)
            return s;
    }
    for (const QString& t : {kBookmarks, kLayerState, kProject})
        if (auto s = db->exec(QStringLiteral("DELETE FROM \"%1\"").arg(t)); !s)
            return s;
    {
        auto st = db->prepare(QStringLiteral("INSERT INTO corridor_bookmarks (name, crs, min_x, min_y, max_x, max_y) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        for (const Bookmark& b : state.bookmarks) {
            for (auto s : {st->bind(1, b.name), st->bind(2, b.crs), st->bind(3, b.extent.minX), st->bind(4, b.extent.minY),
                           st->bind(5, b.extent.maxX), st->bind(6, b.extent.maxY)})
                if (!s)
                    return s;
            if (auto s = st->run(); !s)
                return s;
        }
    }
    {
        auto st = db->prepare(QStringLiteral("INSERT INTO corridor_layer_state (layer, title, source_path, position, style) VALUES (?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        for (const LayerState& l : state.layers) {
            const QString style = QString::fromUtf8(QJsonDocument(ui::styleToJson(l.style)).toJson(QJsonDocument::Compact));
            for (auto s : {st->bind(1, l.layer), st->bind(2, l.title), st->bind(3, l.sourcePath), st->bind(4, l.position), st->bind(5, style)})
                if (!s)
                    return s;
            if (auto s = st->run(); !s)
                return s;
        }
    }
    {
        auto st = db->prepare(QStringLiteral("INSERT INTO corridor_project (key, value) VALUES (?, ?)"));
        if (!st)
            return st.error();
        const QString view = state.view.isNull() ? QString()
                                                 : QStringLiteral("%1 %2 %3 %4")
                                                       .arg(state.view.minX, 0, 'g', 17)
                                                       .arg(state.view.minY, 0, 'g', 17)
                                                       .arg(state.view.maxX, 0, 'g', 17)
                                                       .arg(state.view.maxY, 0, 'g', 17);
        for (const auto& [k, v] : {std::pair{QStringLiteral("map_crs"), state.mapCrs}, std::pair{QStringLiteral("view"), view}}) {
            for (auto s : {st->bind(1, k), st->bind(2, v)})
                if (!s)
                    return s;
            if (auto s = st->run(); !s)
                return s;
        }
    }
    // The styles of the project's own layers also go where `corridor-atlas export` reads them
    // (corridor_layer_styles), so an export draws the map as the window shows it — in the same
    // transaction: a save writes everything or nothing.
    QHash<QString, render::LayerStyle> styles;
    for (const LayerState& l : state.layers)
        if (l.sourcePath.isEmpty())
            styles.insert(l.layer, l.style);
    if (auto st = render::saveStyles(*db, styles); !st)
        return st;
    if (model)
        if (auto st = model::saveModelInTransaction(*db, *model); !st)
            return st;
    return tx->commit();
}

} // namespace corridor::ui
