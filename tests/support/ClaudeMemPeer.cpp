#include "ClaudeMemPeer.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool writeFixture(const QString &path)
{
    QFile fixture(QStringLiteral(OT_SOURCE_DIR "/tests/fixtures/claude-mem/claude-mem-13.25.3.db.qz"));
    QFile out(path);
    if (!fixture.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(path).absolutePath())
        || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = qUncompress(fixture.readAll());
    return !bytes.isEmpty() && out.write(bytes) == bytes.size();
}

const char *const kRows[] = {
    "INSERT INTO sdk_sessions(content_session_id, memory_session_id, project, started_at, started_at_epoch) "
    "VALUES ('c1', 'm1', '/home/u/shop', 'x', 1700000000000)",
    "INSERT INTO observations(memory_session_id, project, type, title, subtitle, facts, narrative, concepts, "
    "files_read, files_modified, created_at, created_at_epoch) VALUES ('m1', '/home/u/shop', 'bugfix', "
    "'Fixed the flaky login test', 'tests/login', '[\"race in setup\"]', 'The fixture raced.', '[\"testing\"]', "
    "'[\"a.ts\"]', '[\"b.ts\"]', 'x', 1700000001000)",
    "INSERT INTO observations(memory_session_id, project, type, created_at, created_at_epoch) "
    "VALUES ('m1', '/home/u/shop', 'change', 'x', 1700000002000)",
    "INSERT INTO session_summaries(memory_session_id, project, request, completed, created_at, created_at_epoch) "
    "VALUES ('m1', '/home/u/shop', 'Fix the login test', 'Fixed', 'x', 1700000003000)",
};
} // namespace

bool ClaudeMemPeer::make(const QString &path, bool wal)
{
    if (!writeFixture(path))
        return false;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("claude-mem-peer"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && (!wal || q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        for (const char *sql : kRows)
            if (ok && !(ok = q.exec(QString::fromUtf8(sql))))
                qWarning() << q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("claude-mem-peer"));
    return ok;
}

QByteArray ClaudeMemPeer::digest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : { path, path + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}
