#include "model/database.h"
#include "model/statement.h"
#include "model/transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace corridor::model;
using namespace std::chrono_literals;

namespace {

QString describe(const Status& st)
{
    return st ? QString() : st.error().toString();
}

qint64 count(Database& db, const QString& table = QStringLiteral("t"))
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!st)
        return -1;
    const auto row = st->step();
    return row && *row ? st->columnInt64(0) : -1;
}

/// A hash of every row (id and payload bytes), to see that contents, not just the count, survived.
QByteArray checksum(Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT id, payload FROM t ORDER BY id"));
    if (!st)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto row = st->step(); row && *row; row = st->step()) {
        hash.addData(QByteArray::number(qint64(st->columnInt64(0))));
        hash.addData(st->columnBlob(1));
    }
    return hash.result();
}

Database openOrFail(const QString& path, Database::Mode mode = Database::Mode::ReadWrite,
                    std::chrono::milliseconds timeout = Database::kDefaultBusyTimeout)
{
    auto db = Database::open(path, mode, timeout);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    return std::move(*db);
}

/// t(id, payload) with `rows` committed rows.
void makeTable(Database& db, int rows)
{
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)")));
    auto t = Transaction::begin(db);
    QVERIFY(t);
    auto ins = db.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (randomblob(?1))"));
    QVERIFY(ins);
    for (int i = 0; i < rows; ++i) {
        QVERIFY(ins->bind(1, 100 + i % 50));
        QVERIFY(ins->run());
    }
    QVERIFY(t->commit());
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void commitPersists();
    void destructorRollsBackThousandRows();
    void explicitRollbackAndCommitTwice();
    void noNesting();
    void moveTransfersOwnership();
    void staleTransactionLeavesNewerOneAlone();
    void secondWriterFailsFastThenSucceeds();
    void commitBlockedByReaderCanBeRetried();
    void crashMidSaveKeepsLastCommittedState();
    void diskFullKeepsCommittedData();
};

void TestTransaction::commitPersists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    Database db = openOrFail(path, Database::Mode::Create);
    makeTable(db, 10);
    {
        auto t = Transaction::begin(db);
        QVERIFY(t);
        QVERIFY(t->isActive());
        QVERIFY(db.inTransaction());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'AB')")));
        const Status st = t->commit();
        QVERIFY2(st, qPrintable(describe(st)));
        QVERIFY(!t->isActive());
        QVERIFY(!db.inTransaction());
    }
    Database other = openOrFail(path, Database::Mode::ReadOnly);
    QCOMPARE(count(other), 11);
}

void TestTransaction::destructorRollsBackThousandRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    Database db = openOrFail(path, Database::Mode::Create);
    makeTable(db, 5);
    const QByteArray sum = checksum(db);
    {
        auto t = Transaction::begin(db);
        QVERIFY(t);
        auto ins = db.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?1)"));
        QVERIFY(ins);
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(ins->bind(1, QByteArray(64, char(i))));
            QVERIFY(ins->run());
        }
        QVERIFY(db.exec(QStringLiteral("DELETE FROM t WHERE id <= 2; CREATE TABLE scratch (a)")));
        QCOMPARE(count(db), 1003);
    } // no commit
    QVERIFY(!db.inTransaction());
    QCOMPARE(count(db), 5);
    QCOMPARE(checksum(db), sum);
    QVERIFY(!db.tableExists(QStringLiteral("scratch")));
    Database other = openOrFail(path, Database::Mode::ReadOnly);
    QCOMPARE(count(other), 5);
}

void TestTransaction::explicitRollbackAndCommitTwice()
{
    QTemporaryDir dir;
    Database db = openOrFail(dir.filePath(QStringLiteral("e.sqlite")), Database::Mode::Create);
    makeTable(db, 3);
    auto t = Transaction::begin(db);
    QVERIFY(t);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM t")));
    QVERIFY(t->rollback());
    QVERIFY(!t->isActive());
    QCOMPARE(count(db), 3);
    QVERIFY(t->rollback()); // nothing left to roll back: harmless
    const Status late = t->commit();
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::InvalidArgument);

    auto u = Transaction::begin(db);
    QVERIFY(u);
    QVERIFY(u->commit());
    QVERIFY(!u->commit());
}

void TestTransaction::noNesting()
{
    QTemporaryDir dir;
    Database db = openOrFail(dir.filePath(QStringLiteral("n.sqlite")), Database::Mode::Create);
    makeTable(db, 1);
    auto outer = Transaction::begin(db);
    QVERIFY(outer);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'01')")));
    auto inner = Transaction::begin(db);
    QVERIFY(!inner);
    QVERIFY2(inner.error().message.contains(QStringLiteral("cannot start a transaction within a transaction")),
             qPrintable(inner.error().toString()));
    QVERIFY(outer->isActive()); // the failed inner BEGIN did not disturb the outer transaction
    QVERIFY(outer->commit());
    QCOMPARE(count(db), 2);
}

void TestTransaction::moveTransfersOwnership()
{
    QTemporaryDir dir;
    Database db = openOrFail(dir.filePath(QStringLiteral("m.sqlite")), Database::Mode::Create);
    makeTable(db, 2);
    {
        auto begun = Transaction::begin(db);
        QVERIFY(begun);
        Transaction t = std::move(*begun);
        QVERIFY(!begun->isActive());
        QVERIFY(t.isActive());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM t")));
        Transaction u = std::move(t);
        QVERIFY(u.isActive());
        QVERIFY(!t.isActive()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    }
    QCOMPARE(count(db), 2);

    // Moving the Database while a transaction is open keeps the transaction working.
    auto t = Transaction::begin(db);
    QVERIFY(t);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM t")));
    Database moved = std::move(db);
    QVERIFY(t->isActive());
    QVERIFY(t->commit());
    QCOMPARE(count(moved), 0);
}

void TestTransaction::staleTransactionLeavesNewerOneAlone()
{
    // SQLite can end a transaction by itself (e.g. after SQLITE_FULL or an I/O error). A Transaction
    // object that outlives that must not roll back a newer transaction on the same connection.
    QTemporaryDir dir;
    Database db = openOrFail(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::Create);
    makeTable(db, 1);
    auto first = Transaction::begin(db);
    QVERIFY(first);
    QVERIFY(db.exec(QStringLiteral("ROLLBACK"))); // stands in for SQLite's own rollback
    QVERIFY(!first->isActive());
    auto second = Transaction::begin(db);
    QVERIFY(second);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'02')")));
    const Status late = first->commit();
    QVERIFY(!late);
    QVERIFY2(late.error().message.contains(QStringLiteral("not saved")), qPrintable(describe(late)));
    { Transaction dropped = std::move(*first); }
    QVERIFY(second->isActive());
    QVERIFY(second->commit());
    QCOMPARE(count(db), 2);
}

void TestTransaction::secondWriterFailsFastThenSucceeds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    Database first = openOrFail(path, Database::Mode::Create);
    makeTable(first, 4);
    constexpr auto timeout = 300ms;
    Database second = openOrFail(path, Database::Mode::ReadWrite, timeout);

    auto t1 = Transaction::begin(first);
    QVERIFY(t1);
    QVERIFY(first.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'01')")));

    QElapsedTimer clock;
    clock.start();
    auto t2 = Transaction::begin(second);
    const qint64 waitedMs = clock.elapsed();
    QVERIFY(!t2);
    QCOMPARE(t2.error().code, ErrorCode::Io);
    QCOMPARE(t2.error().context, path);
    QVERIFY2(t2.error().message.contains(QStringLiteral("another program is writing")), qPrintable(t2.error().toString()));
    QVERIFY2(t2.error().message.contains(QStringLiteral("database is locked")), qPrintable(t2.error().toString()));
    // It waited for the lock about as long as its busy timeout, no less and not much more.
    QVERIFY2(waitedMs >= timeout.count() - 50 && waitedMs < timeout.count() + 1500, qPrintable(QString::number(waitedMs)));
    // Readers are not blocked by a writer that has not reached its commit yet; they see the old state.
    QCOMPARE(count(second), 4);

    QVERIFY(t1->commit());
    auto again = Transaction::begin(second);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(count(second), 5);
    QVERIFY(second.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'02')")));
    QVERIFY(again->commit());
    QCOMPARE(count(first), 6);
}

void TestTransaction::commitBlockedByReaderCanBeRetried()
{
    // In rollback-journal mode (the GeoPackage default) COMMIT needs every reader gone. A busy COMMIT
    // must leave the transaction open so the caller can retry, instead of losing the changes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    Database writer = openOrFail(path, Database::Mode::Create, 200ms);
    makeTable(writer, 3);
    Database reader = openOrFail(path, Database::Mode::ReadOnly);
    auto scan = reader.prepare(QStringLiteral("SELECT id FROM t"));
    QVERIFY(scan);
    QVERIFY(*scan->step()); // holds a read lock until reset

    auto t = Transaction::begin(writer);
    QVERIFY(t);
    QVERIFY(writer.exec(QStringLiteral("INSERT INTO t (payload) VALUES (x'03')")));
    const Status busy = t->commit();
    QVERIFY(!busy);
    QCOMPARE(busy.error().code, ErrorCode::Io);
    QVERIFY2(busy.error().message.contains(QStringLiteral("another program")), qPrintable(describe(busy)));
    QVERIFY(t->isActive());

    scan->reset();
    const Status retry = t->commit();
    QVERIFY2(retry, qPrintable(describe(retry)));
    QCOMPARE(count(reader), 4);
}

void TestTransaction::crashMidSaveKeepsLastCommittedState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.gpkg"));
    QByteArray sum;
    {
        Database db = openOrFail(path, Database::Mode::Create);
        makeTable(db, 200);
        sum = checksum(db);
    }
    const QByteArray before = fileHash(path);

    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        // Child: no QTest macros here, the exit code tells the parent how far it got. A fresh
        // connection (never one inherited across fork), and _exit so no destructor, rollback or
        // atexit handler runs: to SQLite this is a process that died mid-write.
        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db)
            _exit(10);
        // A tiny page cache makes SQLite spill changed pages into the database file before COMMIT,
        // so the crash really leaves the file half-overwritten (the journal holds the originals).
        if (!db->exec(QStringLiteral("PRAGMA cache_size = 4")))
            _exit(11);
        auto t = Transaction::begin(*db);
        if (!t)
            _exit(12);
        if (!db->exec(QStringLiteral("UPDATE t SET payload = zeroblob(7); DELETE FROM t WHERE id % 3 = 0")))
            _exit(13);
        auto ins = db->prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?1)"));
        if (!ins)
            _exit(14);
        for (int i = 0; i < 3000; ++i) {
            if (!ins->bind(1, QByteArray(300, char(i))) || !ins->run())
                _exit(15);
        }
        _exit(1);
    }
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 1);

    const QString journal = path + QStringLiteral("-journal");
    QVERIFY2(QFile::exists(journal), "the crash should leave a hot journal behind");
    QVERIFY2(fileHash(path) != before, "the crash should leave changed pages in the file");

    Database db = openOrFail(path, Database::Mode::ReadWrite); // rolls the hot journal back
    const Status ok = db.checkIntegrity();
    QVERIFY2(ok, qPrintable(describe(ok)));
    QCOMPARE(count(db), 200);
    QCOMPARE(checksum(db), sum);
    QVERIFY(!QFile::exists(journal));
    QCOMPARE(fileHash(path), before);
}

void TestTransaction::diskFullKeepsCommittedData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    Database db = openOrFail(path, Database::Mode::Create);
    makeTable(db, 20);
    const QByteArray sum = checksum(db);

    qint64 pageCount = 0;
    {
        auto pages = db.prepare(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && *pages->step());
        pageCount = pages->columnInt64(0);
    }
    // The file may grow by only a few pages: the emulated disk is nearly full.
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount + 3)));

    Status failure = Ok{};
    {
        auto t = Transaction::begin(db);
        QVERIFY(t);
        auto ins = db.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?1)"));
        QVERIFY(ins);
        for (int i = 0; i < 1000 && failure; ++i) {
            QVERIFY(ins->bind(1, QByteArray(1000, 'x')));
            failure = ins->run();
        }
    } // dropped without commit: rolled back
    QVERIFY2(!failure, "the insert loop never hit the page limit");
    QCOMPARE(failure.error().code, ErrorCode::Io);
    QCOMPARE(failure.error().context, path);
    QVERIFY2(failure.error().message.contains(QStringLiteral("disk full")), qPrintable(describe(failure)));
    QVERIFY2(failure.error().message.contains(QStringLiteral("database or disk is full")), qPrintable(describe(failure)));

    QVERIFY(!db.inTransaction());
    QCOMPARE(count(db), 20);
    QCOMPARE(checksum(db), sum);
    QVERIFY(db.checkIntegrity());
    Database other = openOrFail(path, Database::Mode::ReadOnly);
    QCOMPARE(count(other), 20);
    QCOMPARE(checksum(other), sum);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
