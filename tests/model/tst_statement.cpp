#include "model/database.h"
#include "model/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace corridor::model;

namespace {

QString describe(const Status& st)
{
    return st ? QString() : st.error().toString();
}

} // namespace

class TestStatement : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void integers_data();
    void integers();
    void doubles_data();
    void doubles();
    void text_data();
    void text();
    void emptyAndNullText();
    void blobs();
    void nulls();
    void booleans();
    void namedParameters();
    void unknownNameAndIndex();
    void nanRefused();
    void stepResetRun();
    void columnsDescribed();
    void constraintErrorLeavesStatementReusable();
    void statementOutlivesDatabase();

private:
    /// SELECT ?1, typeof(?1) on a fresh statement.
    Statement echo();

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
};

void TestStatement::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("st.sqlite")), Database::Mode::Create);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db.emplace(std::move(*db));
    QVERIFY(m_db->exec(QStringLiteral("DROP TABLE IF EXISTS v;"
                                      "CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB, flag BOOLEAN)")));
}

void TestStatement::cleanup()
{
    m_db.reset();
}

Statement TestStatement::echo()
{
    auto st = m_db->prepare(QStringLiteral("SELECT ?1, typeof(?1)"));
    Q_ASSERT(st);
    return std::move(*st);
}

void TestStatement::integers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("2032") << qint64(2032);
    QTest::newRow("negative") << qint64(-1);
    QTest::newRow("max") << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestStatement::integers()
{
    QFETCH(qint64, value);
    // Through the table, so storage (not just expression evaluation) is exercised.
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (i) VALUES (?1)"));
    QVERIFY(ins);
    QVERIFY(ins->bind(1, value));
    QVERIFY(ins->run());
    const std::int64_t id = m_db->lastInsertRowId();
    auto sel = m_db->prepare(QStringLiteral("SELECT i, typeof(i) FROM v WHERE id = ?1"));
    QVERIFY(sel);
    QVERIFY(sel->bind(1, id));
    const auto row = sel->step();
    QVERIFY(row && *row);
    QCOMPARE(qint64(sel->columnInt64(0)), value);
    QCOMPARE(sel->columnText(1), QStringLiteral("integer"));

    // Narrower integer types go through the same 64-bit bind.
    Statement e = echo();
    QVERIFY(e.bind(1, int(-7)));
    QVERIFY(*e.step());
    QCOMPARE(qint64(e.columnInt64(0)), qint64(-7));
    e.reset();
    QVERIFY(e.bind(1, quint32(4000000000u)));
    QVERIFY(*e.step());
    QCOMPARE(qint64(e.columnInt64(0)), qint64(4000000000));
}

void TestStatement::doubles_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("capacity") << 31.0;
    QTest::newRow("fraction") << -0.25;
    QTest::newRow("tiny") << 5e-324;
    QTest::newRow("huge") << 1.7976931348623157e308;
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
}

void TestStatement::doubles()
{
    QFETCH(double, value);
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (r) VALUES (?1)"));
    QVERIFY(ins);
    QVERIFY(ins->bind(1, value));
    QVERIFY(ins->run());
    auto sel = m_db->prepare(QStringLiteral("SELECT r, typeof(r) FROM v WHERE id = last_insert_rowid()"));
    QVERIFY(sel && *sel->step());
    QCOMPARE(sel->columnText(1), QStringLiteral("real"));
    QCOMPARE(sel->columnDouble(0), value); // bit-exact: REAL is an IEEE double
    QCOMPARE(std::signbit(sel->columnDouble(0)), std::signbit(value));
}

void TestStatement::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("characters");
    QTest::newRow("Niš (Cyrillic)") << QStringLiteral("Ниш") << 3;
    QTest::newRow("Bakı") << QStringLiteral("Bakı") << 4;
    QTest::newRow("Niš (Latin)") << QStringLiteral("Niš") << 3;
    QTest::newRow("Thessaloniki") << QStringLiteral("Θεσσαλονίκη") << 11;
    QTest::newRow("Tbilisi") << QStringLiteral("თბილისი") << 7;
    QTest::newRow("outside BMP") << QStringLiteral("pipe 🛢 gas") << 10;
    QTest::newRow("quotes") << QStringLiteral("it's \"TAP\"; DROP TABLE v") << 24;
}

void TestStatement::text()
{
    QFETCH(QString, value);
    QFETCH(int, characters);
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (t) VALUES (:t)"));
    QVERIFY(ins);
    QVERIFY(ins->bind(":t", value));
    QVERIFY(ins->run());
    // length() counts characters of TEXT, hex() shows the stored bytes: UTF-8, stored as TEXT not BLOB.
    auto sel = m_db->prepare(QStringLiteral("SELECT t, typeof(t), length(t), hex(t) FROM v WHERE id = last_insert_rowid()"));
    QVERIFY(sel && *sel->step());
    QCOMPARE(sel->columnText(0), value);
    QCOMPARE(sel->columnText(1), QStringLiteral("text"));
    QCOMPARE(sel->columnInt64(2), characters);
    QCOMPARE(sel->columnText(3).toLatin1(), value.toUtf8().toHex().toUpper());
    // ... and equal to the same text written as an SQL literal.
    auto cmp = m_db->prepare(QStringLiteral("SELECT count(*) FROM v WHERE t = '%1'").arg(QString(value).replace(QLatin1Char('\''), QStringLiteral("''"))));
    QVERIFY(cmp && *cmp->step());
    QCOMPARE(cmp->columnInt64(0), 1);
    QVERIFY(m_db->tableExists(QStringLiteral("v")));
}

void TestStatement::emptyAndNullText()
{
    Statement e = echo();
    QVERIFY(e.bind(1, QString()));
    QVERIFY(*e.step());
    QCOMPARE(e.columnText(1), QStringLiteral("text"));
    QVERIFY(!e.isNull(0));
    QVERIFY(!e.columnText(0).isNull());
    QVERIFY(e.columnText(0).isEmpty());

    e.reset();
    QVERIFY(e.bind(1, std::optional<QString>()));
    QVERIFY(*e.step());
    QVERIFY(e.isNull(0));
    QVERIFY(e.columnText(0).isNull());

    e.reset();
    QVERIFY(e.bind(1, std::optional<QString>(QStringLiteral("Ниш"))));
    QVERIFY(*e.step());
    QCOMPARE(e.columnText(0), QStringLiteral("Ниш"));
}

void TestStatement::blobs()
{
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const QByteArray big = all.repeated(4096); // 1 MiB, spans overflow pages
    const QByteArray utf8 = QStringLiteral("Bakı").toUtf8();
    for (const QByteArray& value : {all, big, utf8, QByteArray(3, '\0')}) {
        auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (b) VALUES (?)"));
        QVERIFY(ins);
        QVERIFY(ins->bind(1, value));
        QVERIFY(ins->run());
        auto sel = m_db->prepare(QStringLiteral("SELECT b, typeof(b), length(b) FROM v WHERE id = last_insert_rowid()"));
        QVERIFY(sel && *sel->step());
        QCOMPARE(sel->columnBlob(0), value);
        QCOMPARE(sel->columnText(1), QStringLiteral("blob"));
        QCOMPARE(sel->columnInt64(2), value.size());
    }

    Statement e = echo();
    QVERIFY(e.bind(1, QByteArray()));
    QVERIFY(*e.step());
    QCOMPARE(e.columnText(1), QStringLiteral("blob")); // a zero-length blob, not NULL
    QVERIFY(!e.isNull(0));
    QVERIFY(!e.columnBlob(0).isNull());
    QVERIFY(e.columnBlob(0).isEmpty());
}

void TestStatement::nulls()
{
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (i, r, t, b, flag) VALUES (?1, ?2, ?3, ?4, ?5)"));
    QVERIFY(ins);
    QVERIFY(ins->bindNull(1));
    QVERIFY(ins->bind(2, std::optional<double>()));
    QVERIFY(ins->bind(3, std::nullopt));
    QVERIFY(ins->bind(4, std::optional<QByteArray>()));
    QVERIFY(ins->bind(5, std::optional<bool>()));
    QVERIFY(ins->run());
    auto sel = m_db->prepare(QStringLiteral("SELECT i, r, t, b, flag, typeof(i) FROM v WHERE id = last_insert_rowid()"));
    QVERIFY(sel && *sel->step());
    for (int c = 0; c < 5; ++c)
        QVERIFY2(sel->isNull(c), qPrintable(sel->columnName(c)));
    QCOMPARE(sel->columnText(5), QStringLiteral("null"));
    QCOMPARE(sel->columnInt64(0), 0);
    QCOMPARE(sel->columnDouble(1), 0.0);
    QVERIFY(sel->columnText(2).isNull());
    QVERIFY(sel->columnBlob(3).isNull());

    // optional with a value binds the value.
    Statement e = echo();
    QVERIFY(e.bind(1, std::optional<std::int64_t>(2026)));
    QVERIFY(*e.step());
    QCOMPARE(e.columnInt64(0), 2026);
    QCOMPARE(e.columnText(1), QStringLiteral("integer"));
}

void TestStatement::booleans()
{
    Statement e = echo();
    QVERIFY(e.bind(1, true));
    QVERIFY(*e.step());
    QCOMPARE(e.columnInt64(0), 1);
    QCOMPARE(e.columnText(1), QStringLiteral("integer"));
    QVERIFY(e.columnBool(0));
    e.reset();
    QVERIFY(e.bind(1, false));
    QVERIFY(*e.step());
    QCOMPARE(e.columnInt64(0), 0);
    QVERIFY(!e.columnBool(0));
}

void TestStatement::namedParameters()
{
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (i, r, t, b, flag) VALUES (:i, @r, $t, :b, :flag)"));
    QVERIFY(ins);
    QCOMPARE(ins->parameterCount(), 5);
    QCOMPARE(*ins->parameterIndex("@r"), 2);
    QVERIFY(ins->bind(":i", std::int64_t(7)));
    QVERIFY(ins->bind("@r", 1.8));
    QVERIFY(ins->bind("$t", QStringLiteral("Bakı")));
    QVERIFY(ins->bind(":b", QByteArrayLiteral("\x01\x00\x02")));
    QVERIFY(ins->bind(":flag", true));
    QVERIFY(ins->run());
    // Binds survive run(): rebinding one parameter and running again repeats the others.
    QVERIFY(ins->bindNull("$t"));
    QVERIFY(ins->run());
    auto sel = m_db->prepare(QStringLiteral("SELECT i, r, t, b, flag FROM v ORDER BY id"));
    QVERIFY(sel);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(*sel->step());
        QCOMPARE(sel->columnInt64(0), 7);
        QCOMPARE(sel->columnDouble(1), 1.8);
        if (row == 0)
            QCOMPARE(sel->columnText(2), QStringLiteral("Bakı"));
        else
            QVERIFY(sel->isNull(2));
        QCOMPARE(sel->columnBlob(3), QByteArray("\x01\x00\x02", 3));
        QVERIFY(sel->columnBool(4));
    }
    QVERIFY(!*sel->step());

    ins->clearBindings();
    QVERIFY(ins->run());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM v WHERE i IS NULL AND r IS NULL AND t IS NULL AND b IS NULL AND flag IS NULL")));
    QCOMPARE(m_db->changes(), 1);
}

void TestStatement::unknownNameAndIndex()
{
    auto st = m_db->prepare(QStringLiteral("SELECT :a"));
    QVERIFY(st);
    const Status byName = st->bind(":nope", 1);
    QVERIFY(!byName);
    QCOMPARE(byName.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(byName.error().message.contains(QStringLiteral(":nope")), qPrintable(describe(byName)));
    QVERIFY(!st->bindNull(":nope"));

    const Status byIndex = st->bind(2, 1);
    QVERIFY(!byIndex);
    QCOMPARE(byIndex.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(byIndex.error().message.contains(QStringLiteral("out of range")), qPrintable(describe(byIndex)));
    QVERIFY(byIndex.error().message.contains(QStringLiteral("parameter 2")));
    QVERIFY(!st->bind(0, QStringLiteral("x")));
}

void TestStatement::nanRefused()
{
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (r) VALUES (:r)"));
    QVERIFY(ins);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Status st = ins->bind(1, nan);
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(st.error().message.contains(QStringLiteral("NaN")), qPrintable(describe(st)));
    QCOMPARE(st.error().context, m_db->path());
    QVERIFY(!ins->bind(":r", nan));
    QVERIFY(!ins->bind(":r", std::optional<double>(std::nan(""))));
    QVERIFY(!ins->bind(1, float(std::nan(""))));
    // The refused value was not bound: the parameter is still NULL, not a silently stored NaN.
    QVERIFY(ins->run());
    auto sel = m_db->prepare(QStringLiteral("SELECT r FROM v"));
    QVERIFY(sel && *sel->step());
    QVERIFY(sel->isNull(0));
}

void TestStatement::stepResetRun()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO v (i) VALUES (1), (2), (3)")));
    auto sel = m_db->prepare(QStringLiteral("SELECT i FROM v WHERE i >= ?1 ORDER BY i"));
    QVERIFY(sel);
    QVERIFY(sel->bind(1, 2));
    QList<qint64> seen;
    for (auto row = sel->step(); row && *row; row = sel->step())
        seen << sel->columnInt64(0);
    QCOMPARE(seen, (QList<qint64>{2, 3}));
    const auto done = sel->step(); // after SQLITE_DONE SQLite restarts the statement
    QVERIFY(done);
    sel->reset();
    QVERIFY(sel->bind(1, 3));
    QVERIFY(*sel->step());
    QCOMPARE(sel->columnInt64(0), 3);
    QVERIFY(!*sel->step());
    QCOMPARE(sel->sql(), QStringLiteral("SELECT i FROM v WHERE i >= ?1 ORDER BY i"));
}

void TestStatement::columnsDescribed()
{
    auto sel = m_db->prepare(QStringLiteral("SELECT i AS year, t AS \"имя\", 2.5 FROM v"));
    QVERIFY(sel);
    QCOMPARE(sel->columnCount(), 3);
    QCOMPARE(sel->columnName(0), QStringLiteral("year"));
    QCOMPARE(sel->columnName(1), QStringLiteral("имя"));
    QCOMPARE(sel->columnName(2), QStringLiteral("2.5"));
}

void TestStatement::constraintErrorLeavesStatementReusable()
{
    QVERIFY(m_db->exec(QStringLiteral("CREATE UNIQUE INDEX v_t ON v (t)")));
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO v (t) VALUES (?1)"));
    QVERIFY(ins);
    QVERIFY(ins->bind(1, QStringLiteral("TAP")));
    QVERIFY(ins->run());
    const Status dup = ins->run();
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(dup.error().message.contains(QStringLiteral("UNIQUE constraint failed: v.t")), qPrintable(describe(dup)));
    QVERIFY(dup.error().message.contains(QStringLiteral("INSERT INTO v")));
    QVERIFY(ins->bind(1, QStringLiteral("TANAP")));
    QVERIFY2(ins->run(), "statement is usable again after an error");
    auto count = m_db->prepare(QStringLiteral("SELECT count(*) FROM v"));
    QVERIFY(count && *count->step());
    QCOMPARE(count->columnInt64(0), 2);
}

void TestStatement::statementOutlivesDatabase()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO v (t) VALUES ('Ниш')")));
    auto sel = m_db->prepare(QStringLiteral("SELECT t FROM v"));
    QVERIFY(sel);
    Statement st = std::move(*sel);
    m_db.reset(); // sqlite3_close_v2 waits for the statement
    QVERIFY(*st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("Ниш"));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
