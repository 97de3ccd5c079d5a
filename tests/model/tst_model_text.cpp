// model's messages go through the translators installed in the application (context "ModelText"): a
// stand-in translator marks every text it is asked for, and real failures come back marked, with
// SQLite's own words, ids and JSON keys left as they are.

#include "tests/common/marking_translator.h"

#include "model/database.h"
#include "model/flow_solver.h"
#include "model/network.h"
#include "model/network_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <vector>

using namespace corridor::model;

namespace {

Node node(const char* id, double supply = 0.0, double demand = 0.0)
{
    Node n;
    n.id = QString::fromLatin1(id);
    n.supply = supply;
    n.demand = demand;
    return n;
}

Link link(const char* id, const char* from, const char* to, double capacity)
{
    Link l;
    l.id = QString::fromLatin1(id);
    l.from = QString::fromLatin1(from);
    l.to = QString::fromLatin1(to);
    l.capacity = capacity;
    return l;
}

} // namespace

class TestModelText : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validationMessageIsTranslated();
    void jsonItemNameAndMessageAreTranslated();
    void sqlitePhraseIsTranslatedSqliteWordsAreNot();
    void pluralCountReachesTheTranslator();
    void englishWithoutTranslator();

private:
    corridor::test::MarkingTranslator* m_translator = nullptr;
};

void TestModelText::init()
{
    m_translator = new corridor::test::MarkingTranslator(QStringLiteral("ModelText"));
    QVERIFY(QCoreApplication::installTranslator(m_translator));
}

void TestModelText::cleanup()
{
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    m_translator = nullptr;
}

void TestModelText::validationMessageIsTranslated()
{
    Network net;
    net.nodes = {node("A", 1.0), node("A")};
    const Status st = net.validate();
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(st.error().message, QStringLiteral("«duplicate node id A»"));
    QVERIFY(m_translator->asked(QStringLiteral("duplicate node id %1")));
}

void TestModelText::jsonItemNameAndMessageAreTranslated()
{
    // The item's name and the sentence are both translated; the JSON key and the value are not.
    const QByteArray json = R"({"nodes": [{"id": "A", "supply": 1}, {"id": "B", "demand": 1}],
        "links": [{"id": "L", "from": "A", "to": "B", "capacity": -3}]})";
    auto d = networkFromJson(json);
    QVERIFY(!d);
    QCOMPARE(d.error().message, QStringLiteral("««link L»: capacity must be a finite number >= 0, not -3»"));
}

void TestModelText::sqlitePhraseIsTranslatedSqliteWordsAreNot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not-a-database.gpkg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().message, QStringLiteral("««not a database, or a corrupt one» (file is not a database)»"));
    QCOMPARE(db.error().context, path);
    QVERIFY(m_translator->asked(QStringLiteral("not a database, or a corrupt one"))); // the QT_TRANSLATE_NOOP table
}

void TestModelText::pluralCountReachesTheTranslator()
{
    Network net;
    net.nodes = {node("S", 1.0), node("D", 0.0, 1.0)};
    net.links = {link("a", "S", "D", 1.0)};
    SolveOptions o;
    o.outages = {QStringLiteral("zz"), QStringLiteral("yy")};
    const auto r = solveFlow(net, o);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("«outage of unknown link(s) yy, zz»"));
    QVERIFY(m_translator->asked(QStringLiteral("outage of unknown link(s) %1"), 2));
}

void TestModelText::englishWithoutTranslator()
{
    cleanup();
    Network net;
    net.nodes = {node("A", 1.0), node("A")};
    const Status st = net.validate();
    QVERIFY(!st);
    QCOMPARE(st.error().message, QStringLiteral("duplicate node id A"));
    init(); // for cleanup()
}

QTEST_GUILESS_MAIN(TestModelText)
#include "tst_model_text.moc"
