#include "model/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace corridor::model;

namespace {

QString describe(const Status& st)
{
    return st ? QString() : st.error().toString();
}

/// A database with table t(id, payload) holding `rows` rows of 200-byte blobs.
void makeDatabase(const QString& path, int rows)
{
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)")));
    auto ins = db->prepare(QStringLiteral("INSERT INTO t (payload) VALUES (randomblob(200))"));
    QVERIFY(ins);
    QVERIFY(db->exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < rows; ++i)
        QVERIFY(ins->run());
    QVERIFY(db->exec(QStringLiteral("COMMIT")));
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createWriteReopen();
    void connectionSettings();
    void emptyPathRefused();
    void missingFolder();
    void readOnlyOpenOfMissingFile();
    void readWriteOpenOfMissingFileDoesNotCreateIt();
    void pathUnderProc();
    void randomBytesAreNotADatabase();
    void overwrittenHeader();
    void corruptPageFoundByIntegrityCheck();
    void writeToReadOnlyDatabase();
    void syntaxErrorCarriesSqliteWords();
    void prepareTakesExactlyOneStatement();
    void tableExists();
    void lastInsertRowIdAndChanges();
    void foreignKeysEnforced();
    void moveKeepsConnection();
};

void TestDatabase::createWriteReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(!QFile::exists(path));
    {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(db->path(), path);
        QCOMPARE(db->mode(), Database::Mode::Create);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (7), (8);")));
        QVERIFY(db->checkIntegrity());
    }
    QVERIFY(QFile::exists(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db);
    auto sum = db->prepare(QStringLiteral("SELECT sum(a) FROM t"));
    QVERIFY(sum);
    const auto row = sum->step();
    QVERIFY(row && *row);
    QCOMPARE(sum->columnInt64(0), 15);
}

void TestDatabase::connectionSettings()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::Create, std::chrono::milliseconds(1234));
    QVERIFY(db);
    auto q = db->prepare(QStringLiteral("SELECT * FROM pragma_foreign_keys, pragma_busy_timeout"));
    QVERIFY(q);
    QVERIFY(*q->step());
    QCOMPARE(q->columnInt64(0), 1);
    QCOMPARE(q->columnInt64(1), 1234);
    q->reset();
    db->setBusyTimeout(std::chrono::milliseconds(50));
    QVERIFY(*q->step());
    QCOMPARE(q->columnInt64(1), 50);

    auto d = Database::open(dir.filePath(QStringLiteral("d.sqlite")), Database::Mode::Create);
    QVERIFY(d);
    auto t = d->prepare(QStringLiteral("PRAGMA busy_timeout"));
    QVERIFY(t && *t->step());
    QCOMPARE(t->columnInt64(0), Database::kDefaultBusyTimeout.count());
}

void TestDatabase::emptyPathRefused()
{
    auto db = Database::open(QString(), Database::Mode::Create);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::InvalidArgument);
}

void TestDatabase::missingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/project.gpkg"));
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Io);
    QCOMPARE(db.error().context, path);
    QVERIFY2(db.error().message.contains(QStringLiteral("does not exist")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("no-such-folder")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("unable to open database file")), qPrintable(db.error().message));
}

void TestDatabase::readOnlyOpenOfMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.gpkg"));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY(db.error().toString().startsWith(path + QStringLiteral(": cannot open the file")));
    QVERIFY2(db.error().message.contains(QStringLiteral("does not exist")), qPrintable(db.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::readWriteOpenOfMissingFileDoesNotCreateIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.gpkg"));
    auto db = Database::open(path, Database::Mode::ReadWrite);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::pathUnderProc()
{
    // Tests run as root, so chmod cannot make a file unwritable; /proc refuses new files even to root.
    const QString path = QStringLiteral("/proc/corridor-model-test.sqlite");
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY2(db.error().toString().contains(path), qPrintable(db.error().toString()));
    QVERIFY2(db.error().message.contains(QStringLiteral("cannot open")), qPrintable(db.error().message));
}

void TestDatabase::randomBytesAreNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.gpkg"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(8192, 42));
    }
    for (auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite, Database::Mode::Create}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Format);
        QCOMPARE(db.error().context, path);
        QVERIFY2(db.error().message.contains(QStringLiteral("not a database")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("file is not a database")), qPrintable(db.error().message));
    }
}

void TestDatabase::overwrittenHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("header.sqlite"));
    makeDatabase(path, 50);
    QVERIFY(Database::open(path, Database::Mode::ReadOnly));
    overwrite(path, 0, randomBytes(100, 7)); // the 100-byte file header, magic string included
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Format);
    QVERIFY2(db.error().toString().contains(path), qPrintable(db.error().toString()));
    QVERIFY2(db.error().message.contains(QStringLiteral("corrupt")), qPrintable(db.error().message));
}

void TestDatabase::corruptPageFoundByIntegrityCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    makeDatabase(path, 400); // ~80 KB: table t spans many pages beyond page 1
    qint64 pageSize = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db);
        QVERIFY(db->checkIntegrity());
        auto ps = db->prepare(QStringLiteral("PRAGMA page_size"));
        QVERIFY(ps && *ps->step());
        pageSize = ps->columnInt64(0);
    }
    // Page 1 (header + schema) stays intact, so the file still opens; pages 2..6 of the table are noise.
    overwrite(path, pageSize, randomBytes(5 * pageSize, 99));
    auto db = Database::open(path, Database::Mode::ReadWrite);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    const Status check = db->checkIntegrity();
    QVERIFY(!check);
    QCOMPARE(check.error().code, ErrorCode::Format);
    QCOMPARE(check.error().context, path);
    QVERIFY2(check.error().message.contains(QStringLiteral("corrupt")), qPrintable(check.error().message));

    auto read = db->prepare(QStringLiteral("SELECT sum(length(payload)) FROM t"));
    QVERIFY(read);
    const auto row = read->step();
    QVERIFY(!row);
    QCOMPARE(row.error().code, ErrorCode::Format);
    QVERIFY2(row.error().message.contains(QStringLiteral("malformed")), qPrintable(row.error().message));
}

void TestDatabase::writeToReadOnlyDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    makeDatabase(path, 3);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db);
    QVERIFY(db->tableExists(QStringLiteral("t")));

    const Status ddl = db->exec(QStringLiteral("CREATE TABLE u (a)"));
    QVERIFY(!ddl);
    QCOMPARE(ddl.error().code, ErrorCode::Io);
    QVERIFY2(ddl.error().message.contains(QStringLiteral("read-only")), qPrintable(ddl.error().message));
    QVERIFY2(ddl.error().message.contains(QStringLiteral("attempt to write a readonly database")), qPrintable(ddl.error().message));
    QCOMPARE(ddl.error().context, path);

    auto ins = db->prepare(QStringLiteral("INSERT INTO t (payload) VALUES (x'00')"));
    QVERIFY(ins); // compiling is reading; only running writes
    const Status run = ins->run();
    QVERIFY(!run);
    QCOMPARE(run.error().code, ErrorCode::Io);
    QVERIFY(run.error().message.contains(QStringLiteral("read-only")));

    auto count = db->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count && *count->step());
    QCOMPARE(count->columnInt64(0), 3);
}

void TestDatabase::syntaxErrorCarriesSqliteWords()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::Create);
    QVERIFY(db);
    const Status ex = db->exec(QStringLiteral("CREAT TABLE x (a)"));
    QVERIFY(!ex);
    QCOMPARE(ex.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(ex.error().message.contains(QStringLiteral("near \"CREAT\": syntax error")), qPrintable(ex.error().message));
    QVERIFY2(ex.error().message.contains(QStringLiteral("CREAT TABLE x (a)")), qPrintable(ex.error().message));

    auto st = db->prepare(QStringLiteral("SELEC 1"));
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(st.error().message.contains(QStringLiteral("syntax error")), qPrintable(st.error().message));

    auto missing = db->prepare(QStringLiteral("SELECT * FROM nowhere"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("no such table: nowhere")), qPrintable(missing.error().message));
}

void TestDatabase::prepareTakesExactlyOneStatement()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (a)")));
    auto two = db->prepare(QStringLiteral("INSERT INTO t VALUES (1); DELETE FROM t"));
    QVERIFY(!two);
    QCOMPARE(two.error().code, ErrorCode::InvalidArgument);
    QVERIFY(two.error().message.contains(QStringLiteral("more than one")));
    QVERIFY(db->prepare(QStringLiteral("SELECT 1; -- trailing comment")));
    QVERIFY(db->prepare(QStringLiteral("SELECT 1;  ")));
    auto none = db->prepare(QStringLiteral("-- only a comment"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::InvalidArgument);
}

void TestDatabase::tableExists()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(!db->tableExists(QStringLiteral("links")));
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE links (a); CREATE VIEW v AS SELECT 1;")));
    QVERIFY(db->tableExists(QStringLiteral("links")));
    QVERIFY(db->tableExists(QStringLiteral("LINKS")));
    QVERIFY(!db->tableExists(QStringLiteral("v")));
    QVERIFY(!db->tableExists(QStringLiteral("link")));
    QVERIFY(!db->tableExists(QStringLiteral("links' OR '1'='1")));
}

void TestDatabase::lastInsertRowIdAndChanges()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")), Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a)")));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t (id, a) VALUES (41, 'x')")));
    QCOMPARE(db->lastInsertRowId(), 41);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t (a) VALUES ('y')")));
    QCOMPARE(db->lastInsertRowId(), 42);
    QVERIFY(db->exec(QStringLiteral("UPDATE t SET a = 'z'")));
    QCOMPARE(db->changes(), 2);
    QVERIFY(!db->inTransaction());
}

void TestDatabase::foreignKeysEnforced()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fk.sqlite")), Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE node (id INTEGER PRIMARY KEY);"
                                    "CREATE TABLE link (id INTEGER PRIMARY KEY, from_node INTEGER REFERENCES node(id));"
                                    "INSERT INTO node VALUES (1);")));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO link (from_node) VALUES (1)")));
    const Status bad = db->exec(QStringLiteral("INSERT INTO link (from_node) VALUES (99)"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(bad.error().message.contains(QStringLiteral("FOREIGN KEY constraint failed")), qPrintable(describe(bad)));
}

void TestDatabase::moveKeepsConnection()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("m.sqlite")), Database::Mode::Create);
    QVERIFY(opened);
    Database db = std::move(*opened);
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (a)")));
    Database other = std::move(db);
    QVERIFY(other.tableExists(QStringLiteral("t")));
    QCOMPARE(other.path(), dir.filePath(QStringLiteral("m.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
