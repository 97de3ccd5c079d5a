#include "app/render/style_store.h"

#include "model/database.h"
#include "model/gpkg_tables.h"
#include "model/statement.h"
#include "model/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace corridor::render {

namespace {
class StyleStoreText {
    Q_DECLARE_TR_FUNCTIONS(StyleStoreText)
};

constexpr int kVersion = 1;
const QString kTable = QStringLiteral("corridor_layer_styles");

QString colour(const QColor& c) { return c.name(QColor::HexArgb); }
QColor colour(const QJsonValue& v, const QColor& fallback)
{
    const QColor c = QColor::fromString(v.toString());
    return v.isString() && c.isValid() ? c : fallback;
}

QJsonArray dashes(const QVector<qreal>& d)
{
    QJsonArray a;
    for (qreal x : d)
        a.append(x);
    return a;
}
QVector<qreal> dashes(const QJsonValue& v, const QVector<qreal>& fallback)
{
    if (!v.isArray())
        return fallback;
    QVector<qreal> d;
    for (const auto& x : v.toArray())
        d.append(x.toDouble());
    return d;
}

QJsonObject symbolJson(const Symbol& s)
{
    return QJsonObject{{QStringLiteral("fill"), colour(s.fill)},
                       {QStringLiteral("stroke"), colour(s.stroke)},
                       {QStringLiteral("strokeWidthPx"), s.strokeWidthPx},
                       {QStringLiteral("penStyle"), static_cast<int>(s.penStyle)},
                       {QStringLiteral("dashPattern"), dashes(s.dashPattern)},
                       {QStringLiteral("pointSizePx"), s.pointSizePx},
                       {QStringLiteral("icon"), s.icon},
                       {QStringLiteral("casingPx"), s.casingPx},
                       {QStringLiteral("casing"), colour(s.casing)}};
}
Symbol symbolFrom(const QJsonObject& o, const Symbol& b)
{
    Symbol s;
    s.fill = colour(o.value(QStringLiteral("fill")), b.fill);
    s.stroke = colour(o.value(QStringLiteral("stroke")), b.stroke);
    s.strokeWidthPx = o.value(QStringLiteral("strokeWidthPx")).toDouble(b.strokeWidthPx);
    s.penStyle = static_cast<Qt::PenStyle>(o.value(QStringLiteral("penStyle")).toInt(b.penStyle));
    s.dashPattern = dashes(o.value(QStringLiteral("dashPattern")), b.dashPattern);
    s.pointSizePx = o.value(QStringLiteral("pointSizePx")).toDouble(b.pointSizePx);
    s.icon = o.value(QStringLiteral("icon")).toString(b.icon);
    s.casingPx = o.value(QStringLiteral("casingPx")).toDouble(b.casingPx);
    s.casing = colour(o.value(QStringLiteral("casing")), b.casing);
    return s;
}
} // namespace

QJsonObject styleToJson(const LayerStyle& st)
{
    QJsonObject o;
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("visible")] = st.visible;
    o[QStringLiteral("title")] = st.title;
    o[QStringLiteral("symbol")] = symbolJson(st.baseSymbol());
    o[QStringLiteral("opacity")] = st.opacity;
    o[QStringLiteral("kind")] = st.kind == LayerStyle::Kind::Single ? QStringLiteral("single")
                                : st.kind == LayerStyle::Kind::Categorised ? QStringLiteral("categorised")
                                                                           : QStringLiteral("graduated");
    o[QStringLiteral("field")] = st.field;
    QJsonArray cats;
    for (const Category& c : st.categories)
        cats.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("label"), c.label},
                                {QStringLiteral("symbol"), symbolJson(c.symbol)}, {QStringLiteral("visible"), c.visible},
                                {QStringLiteral("showLabel"), c.showLabel}, {QStringLiteral("labelPriority"), c.labelPriority}});
    o[QStringLiteral("categories")] = cats;
    QJsonArray classes;
    for (const GraduatedClass& c : st.classes)
        classes.append(QJsonObject{{QStringLiteral("lower"), c.lower}, {QStringLiteral("upper"), c.upper},
                                   {QStringLiteral("label"), c.label}, {QStringLiteral("symbol"), symbolJson(c.symbol)}});
    o[QStringLiteral("classes")] = classes;
    o[QStringLiteral("drawOthers")] = st.drawOthers;
    o[QStringLiteral("othersLabel")] = st.othersLabel;
    QJsonArray lv;
    for (double v : st.size.legendValues)
        lv.append(v);
    o[QStringLiteral("size")] = QJsonObject{{QStringLiteral("field"), st.size.field}, {QStringLiteral("maxValue"), st.size.maxValue},
                                            {QStringLiteral("maxPx"), st.size.maxPx}, {QStringLiteral("minPx"), st.size.minPx},
                                            {QStringLiteral("unit"), st.size.unit}, {QStringLiteral("legendValues"), lv}};
    const LabelStyle& l = st.label;
    o[QStringLiteral("label")] = QJsonObject{
        {QStringLiteral("enabled"), l.enabled}, {QStringLiteral("field"), l.field}, {QStringLiteral("shorten"), l.shorten},
        {QStringLiteral("fontPx"), l.fontPx}, {QStringLiteral("bold"), l.bold}, {QStringLiteral("italic"), l.italic},
        {QStringLiteral("upperCase"), l.upperCase}, {QStringLiteral("letterSpacing"), l.letterSpacing},
        {QStringLiteral("color"), colour(l.color)}, {QStringLiteral("halo"), colour(l.halo)}, {QStringLiteral("haloPx"), l.haloPx},
        {QStringLiteral("priority"), l.priority}, {QStringLiteral("priorityField"), l.priorityField},
        {QStringLiteral("minPriorityValue"), l.minPriorityValue}, {QStringLiteral("repeatDistancePx"), l.repeatDistancePx}};
    o[QStringLiteral("capitalField")] = st.capitalField;
    o[QStringLiteral("showInLegend")] = st.showInLegend;
    return o;
}

geo::Result<LayerStyle> styleFromJson(const QJsonObject& o, const LayerStyle& base)
{
    const int version = o.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kVersion)
        return geo::Error{geo::ErrorCode::Format, StyleStoreText::tr("unsupported style version %1").arg(version), {}};
    LayerStyle st = base;
    st.visible = o.value(QStringLiteral("visible")).toBool(base.visible);
    st.title = o.value(QStringLiteral("title")).toString(base.title);
    st.setBaseSymbol(symbolFrom(o.value(QStringLiteral("symbol")).toObject(), base.baseSymbol()));
    st.opacity = o.value(QStringLiteral("opacity")).toDouble(base.opacity);
    const QString kind = o.value(QStringLiteral("kind")).toString();
    st.kind = kind == QLatin1String("categorised") ? LayerStyle::Kind::Categorised
              : kind == QLatin1String("graduated") ? LayerStyle::Kind::Graduated
                                                   : LayerStyle::Kind::Single;
    st.field = o.value(QStringLiteral("field")).toString(base.field);
    if (o.contains(QStringLiteral("categories"))) {
        st.categories.clear();
        for (const auto& v : o.value(QStringLiteral("categories")).toArray()) {
            const QJsonObject c = v.toObject();
            Category cat;
            cat.value = c.value(QStringLiteral("value")).toString();
            cat.label = c.value(QStringLiteral("label")).toString();
            cat.symbol = symbolFrom(c.value(QStringLiteral("symbol")).toObject(), Symbol{});
            cat.visible = c.value(QStringLiteral("visible")).toBool(true);
            cat.showLabel = c.value(QStringLiteral("showLabel")).toBool(true);
            cat.labelPriority = c.value(QStringLiteral("labelPriority")).toInt(0);
            st.categories.push_back(cat);
        }
    }
    if (o.contains(QStringLiteral("classes"))) {
        st.classes.clear();
        for (const auto& v : o.value(QStringLiteral("classes")).toArray()) {
            const QJsonObject c = v.toObject();
            st.classes.push_back({c.value(QStringLiteral("lower")).toDouble(), c.value(QStringLiteral("upper")).toDouble(),
                                  c.value(QStringLiteral("label")).toString(),
                                  symbolFrom(c.value(QStringLiteral("symbol")).toObject(), Symbol{})});
        }
    }
    st.drawOthers = o.value(QStringLiteral("drawOthers")).toBool(base.drawOthers);
    st.othersLabel = o.value(QStringLiteral("othersLabel")).toString(base.othersLabel);
    if (o.contains(QStringLiteral("size"))) {
        const QJsonObject z = o.value(QStringLiteral("size")).toObject();
        st.size.field = z.value(QStringLiteral("field")).toString();
        st.size.maxValue = z.value(QStringLiteral("maxValue")).toDouble();
        st.size.maxPx = z.value(QStringLiteral("maxPx")).toDouble();
        st.size.minPx = z.value(QStringLiteral("minPx")).toDouble(1.0);
        st.size.unit = z.value(QStringLiteral("unit")).toString();
        st.size.legendValues.clear();
        for (const auto& v : z.value(QStringLiteral("legendValues")).toArray())
            st.size.legendValues.push_back(v.toDouble());
    }
    if (o.contains(QStringLiteral("label"))) {
        const QJsonObject l = o.value(QStringLiteral("label")).toObject();
        LabelStyle& d = st.label;
        d.enabled = l.value(QStringLiteral("enabled")).toBool(d.enabled);
        d.field = l.value(QStringLiteral("field")).toString(d.field);
        d.shorten = l.value(QStringLiteral("shorten")).toBool(d.shorten);
        d.fontPx = l.value(QStringLiteral("fontPx")).toDouble(d.fontPx);
        d.bold = l.value(QStringLiteral("bold")).toBool(d.bold);
        d.italic = l.value(QStringLiteral("italic")).toBool(d.italic);
        d.upperCase = l.value(QStringLiteral("upperCase")).toBool(d.upperCase);
        d.letterSpacing = l.value(QStringLiteral("letterSpacing")).toDouble(d.letterSpacing);
        d.color = colour(l.value(QStringLiteral("color")), d.color);
        d.halo = colour(l.value(QStringLiteral("halo")), d.halo);
        d.haloPx = l.value(QStringLiteral("haloPx")).toDouble(d.haloPx);
        d.priority = l.value(QStringLiteral("priority")).toInt(d.priority);
        d.priorityField = l.value(QStringLiteral("priorityField")).toString(d.priorityField);
        d.minPriorityValue = l.value(QStringLiteral("minPriorityValue")).toDouble(d.minPriorityValue);
        d.repeatDistancePx = l.value(QStringLiteral("repeatDistancePx")).toDouble(d.repeatDistancePx);
    }
    st.capitalField = o.value(QStringLiteral("capitalField")).toString(base.capitalField);
    st.showInLegend = o.value(QStringLiteral("showInLegend")).toBool(base.showInLegend);
    return st;
}

geo::Status saveStyles(model::Database& db, const QHash<QString, LayerStyle>& styles)
{
    if (!db.tableExists(kTable)) {
        if (auto st = model::createAttributeTable(db, kTable, QStringLiteral("layer_name TEXT NOT NULL, style_json TEXT NOT NULL, UNIQUE (layer_name)"),
                                                  StyleStoreText::tr("Corridor Atlas layer styles (JSON, one row per layer)"));
            !st)
            return st.error();
    }
    auto stmt = db.prepare(QStringLiteral("INSERT INTO corridor_layer_styles (layer_name, style_json) VALUES (?1, ?2) "
                                          "ON CONFLICT (layer_name) DO UPDATE SET style_json = excluded.style_json"));
    if (!stmt)
        return stmt.error();
    for (auto it = styles.begin(); it != styles.end(); ++it) {
        const QString json = QString::fromUtf8(QJsonDocument(styleToJson(*it)).toJson(QJsonDocument::Compact));
        if (auto b = stmt->bind(1, it.key()); !b)
            return b.error();
        if (auto b = stmt->bind(2, json); !b)
            return b.error();
        if (auto r = stmt->run(); !r)
            return r.error();
    }
    return geo::Ok{};
}

geo::Status saveStyles(const QString& gpkgPath, const QHash<QString, LayerStyle>& styles)
{
    auto db = model::Database::open(gpkgPath, model::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto tx = model::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    if (auto st = saveStyles(*db, styles); !st)
        return st;
    return tx->commit();
}

geo::Result<QHash<QString, LayerStyle>> loadStyles(const QString& gpkgPath)
{
    auto db = model::Database::open(gpkgPath, model::Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    QHash<QString, LayerStyle> out;
    if (!db->tableExists(kTable))
        return out;
    auto stmt = db->prepare(QStringLiteral("SELECT layer_name, style_json FROM corridor_layer_styles"));
    if (!stmt)
        return stmt.error();
    if (auto rows = stmt->forEachRow([&]() -> geo::Status {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(stmt->columnText(1).toUtf8(), &pe);
        if (doc.isNull())
            return geo::Error{geo::ErrorCode::Format,
                              StyleStoreText::tr("the saved style of layer \"%1\" is not valid JSON: %2").arg(stmt->columnText(0), pe.errorString()),
                              gpkgPath};
        auto st = styleFromJson(doc.object());
        if (!st)
            return geo::Error{st.error().code, st.error().message, gpkgPath + QStringLiteral(": ") + stmt->columnText(0)};
        out.insert(stmt->columnText(0), *st);
        return geo::Ok{};
    }); !rows)
        return rows.error();
    return out;
}

} // namespace corridor::render
