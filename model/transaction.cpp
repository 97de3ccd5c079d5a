#include "model/transaction.h"

#include "model/sqlite_support.h"
#include "model/tr.h"

#include <QDebug>

#include <utility>

namespace corridor::model {

Result<Transaction> Transaction::begin(Database& db)
{
    Database::Shared* shared = db.m_d.get();
    Q_ASSERT(shared);
    if (Status st = execRaw(shared->db.get(), "BEGIN IMMEDIATE", shared->path); !st)
        return st.error();
    return Transaction(shared, ++shared->transactionSerial);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_serial(other.m_serial)
{
}

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        (void)rollback();
        m_db = std::exchange(other.m_db, nullptr);
        m_serial = other.m_serial;
    }
    return *this;
}

Transaction::~Transaction()
{
    // Never throws: rollback() only calls SQLite's C API; a failure is logged and otherwise ignored,
    // since SQLite itself rolls back an unfinished transaction when the connection closes.
    if (const Status st = rollback(); !st)
        qWarning("Transaction rollback failed: %s", qPrintable(st.error().toString()));
}

bool Transaction::isActive() const
{
    // SQLite may have ended the transaction by itself (it rolls back on SQLITE_FULL, SQLITE_IOERR and
    // some SQLITE_BUSY cases), and a newer transaction may since have begun on the same connection.
    return m_db && m_db->transactionSerial == m_serial && sqlite3_get_autocommit(m_db->db.get()) == 0;
}

Status Transaction::commit()
{
    //: A programming error, rarely seen by users.
    if (!m_db)
        return Error{ErrorCode::InvalidArgument, ModelText::tr("commit without an open transaction"), {}};
    if (!isActive()) {
        const QString path = std::exchange(m_db, nullptr)->path;
        return Error{ErrorCode::Io, ModelText::tr("the changes were not saved: the transaction had already been rolled back after an earlier error"), path};
    }
    const Status st = execRaw(m_db->db.get(), "COMMIT", m_db->path);
    if (st || !isActive())
        m_db = nullptr; // committed, or failed and SQLite rolled back: either way it is over
    return st;
}

Status Transaction::rollback()
{
    if (!m_db)
        return Ok{};
    const bool ours = isActive();
    Database::Shared* db = std::exchange(m_db, nullptr);
    if (!ours)
        return Ok{};
    // Since SQLite 3.7.11 ROLLBACK succeeds even with statements still stepping (they then fail with
    // SQLITE_ABORT_ROLLBACK), so a forgotten Statement cannot keep the changes alive.
    return execRaw(db->db.get(), "ROLLBACK", db->path);
}

} // namespace corridor::model
