#include "hookcore/QueueAppender.h"

#include "hookcore/QueueSchema.h"

#include <sqlite3.h>

#include <memory>

namespace {
struct CloseDb
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using DbHandle = std::unique_ptr<sqlite3, CloseDb>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

StatementHandle prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return StatementHandle(statement);
}

// PRAGMA user_version; -1 when the file is not a readable database.
int schemaVersion(sqlite3 *db, int *rc)
{
    const StatementHandle q = prepare(db, "PRAGMA user_version");
    *rc = q ? sqlite3_step(q.get()) : sqlite3_errcode(db);
    return *rc == SQLITE_ROW ? sqlite3_column_int(q.get(), 0) : -1;
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

bool bindText(sqlite3_stmt *statement, int index, const std::string &utf8)
{
    return sqlite3_bind_text(statement, index, utf8.c_str(), int(utf8.size()), SQLITE_STATIC) == SQLITE_OK;
}
} // namespace

QueueAppender::Result QueueAppender::append(const std::string &databasePath, const Event &event, std::string *error)
{
    sqlite3 *raw = nullptr;
    // No CREATE: a new database is the full path's job (folder 0700, file 0600).
    // NOFOLLOW: a symlink planted in place of the database is refused, as there.
    const int openRc
        = sqlite3_open_v2(databasePath.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr);
    const DbHandle db(raw);
    if (openRc != SQLITE_OK)
        return Result::NeedsFullOpen;
    sqlite3_busy_timeout(db.get(), 5000); // concurrent hooks wait for each other, as in Database
    int rc = SQLITE_OK;
    const int version = schemaVersion(db.get(), &rc);
    if (isBusy(rc)) {
        // Another program held the database for the whole budget; the full path would only wait again.
        *error = sqlite3_errmsg(db.get());
        return Result::Failed;
    }
    if (version != QueueSchema::kVersion)
        return Result::NeedsFullOpen;
    // Per-connection settings, the same as Database's.
    sqlite3_exec(db.get(), "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);

    const StatementHandle insert = prepare(db.get(), QueueSchema::kInsertSql);
    if (!insert)
        return Result::NeedsFullOpen;
    const bool bound = bindText(insert.get(), 1, event.sessionId) && bindText(insert.get(), 2, event.kind)
        && bindText(insert.get(), 3, event.project) && bindText(insert.get(), 4, event.payload)
        && sqlite3_bind_int64(insert.get(), 5, event.createdAt) == SQLITE_OK;
    // A single INSERT is its own transaction: the event is wholly there or not at all.
    if (!bound || sqlite3_step(insert.get()) != SQLITE_DONE) {
        *error = sqlite3_errmsg(db.get());
        return Result::Failed;
    }
    return Result::Appended;
}
