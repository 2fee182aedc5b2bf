// --import-claude-mem with the real binary, against claude-mem's own schema
// (tests/fixtures/claude-mem: made by its worker): observations and summaries
// mapped, original ids kept in the provenance column, what cannot be mapped
// reported; a damaged, locked or foreign file imports nothing; the peer's
// file is byte-identical afterwards.
#include "../cli/AppRun.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
QByteArray digest(const QString &path)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal" })
        all += readFile(path + QLatin1String(suffix));
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

// The peer's database with a session, two observations (one unreadable), a summary.
QString makePeer(const QString &dir, bool wal)
{
    QFile fixture(QStringLiteral(OT_FIXTURES_DIR "/claude-mem/claude-mem-13.25.3.db.qz"));
    if (!fixture.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir + QStringLiteral("/claude-mem.db");
    if (!writeFile(path, qUncompress(fixture.readAll())))
        return {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const bool ok = db.open() && (!wal || q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            && q.exec(QStringLiteral("INSERT INTO sdk_sessions(content_session_id, memory_session_id, project, "
                                     "started_at, started_at_epoch) VALUES ('c1', 'm1', 'proj', 'x', 1700000000000)"))
            && q.exec(QStringLiteral(
                "INSERT INTO observations(memory_session_id, project, type, title, subtitle, facts, narrative, "
                "concepts, files_read, files_modified, created_at, created_at_epoch) VALUES ('m1', 'proj', "
                "'bugfix', 'Fixed the flaky login test', 'tests/login', '[\"race in setup\"]', 'The fixture raced.', "
                "'[\"testing\"]', '[\"a.ts\"]', '[\"b.ts\"]', 'x', 1700000001000)"))
            && q.exec(QStringLiteral("INSERT INTO observations(memory_session_id, project, type, created_at, "
                                     "created_at_epoch) VALUES ('m1', 'proj', 'change', 'x', 1700000002000)"))
            && q.exec(QStringLiteral(
                "INSERT INTO session_summaries(memory_session_id, project, request, completed, created_at, "
                "created_at_epoch) VALUES ('m1', 'proj', 'Fix the login test', 'Fixed', 'x', 1700000003000)"));
        if (!ok)
            qWarning() << q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peer"));
    return path;
}
// claude-mem's tables as its migration 004 created them (runner.ts), before
// migration 8 added title, facts, narrative and the rest to observations;
// `renamed` says whether its later rename of sdk_session_id to
// memory_session_id has run.
QString makeOlderPeer(const QString &dir, bool renamed)
{
    const QString path = dir + QStringLiteral("/old-claude-mem.db");
    const QString sessionId = renamed ? QStringLiteral("memory_session_id") : QStringLiteral("sdk_session_id");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        bool ok = db.open();
        for (const QString &sql :
            { QStringLiteral("CREATE TABLE observations (id INTEGER PRIMARY KEY AUTOINCREMENT, %1 TEXT NOT NULL, "
                             "project TEXT NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, created_at TEXT NOT NULL, "
                             "created_at_epoch INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE session_summaries (id INTEGER PRIMARY KEY AUTOINCREMENT, %1 TEXT UNIQUE "
                               "NOT NULL, project TEXT NOT NULL, request TEXT, investigated TEXT, learned TEXT, "
                               "completed TEXT, next_steps TEXT, files_read TEXT, files_edited TEXT, notes TEXT, "
                               "created_at TEXT NOT NULL, created_at_epoch INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO observations(%1, project, text, type, created_at, created_at_epoch) VALUES "
                               "('m1', 'proj', 'The cache key ignored the locale.', 'discovery', 'x', 1600000000000)"),
                QStringLiteral("INSERT INTO session_summaries(%1, project, request, learned, created_at, "
                               "created_at_epoch) VALUES ('m1', 'proj', 'Find the cache bug', 'Locale', 'x', "
                               "1600000001000)") })
            ok = ok && q.exec(sql.arg(sessionId));
        if (!ok)
            qWarning() << q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    return path;
}
} // namespace

class TestClaudeMemImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsWhatItCanAndSaysWhatNot();
    void badPeerFilesImportNothing_data();
    void badPeerFilesImportNothing();
    void lockedPeerImportsNothing();
    void olderSchemasImportWhatTheyHave_data();
    void olderSchemasImportWhatTheyHave();
};

void TestClaudeMemImport::olderSchemasImportWhatTheyHave_data()
{
    QTest::addColumn<bool>("renamed");
    QTest::newRow("sdk_session_id, text only") << false;
    QTest::newRow("memory_session_id, text only") << true;
}

void TestClaudeMemImport::olderSchemasImportWhatTheyHave()
{
    QFETCH(bool, renamed);
    QTemporaryDir dir;
    const QString peer = makeOlderPeer(dir.path(), renamed);
    const QByteArray before = digest(peer);
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--import-claude-mem"), peer });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("observationsStored")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("summariesStored")).toInt(), 1);
    QCOMPARE(digest(peer), before);
    Database db(sandbox.databasePath());
    QVERIFY(db.open());
    const QList<Observation> found = ObservationStore(db.connection()).search(QStringLiteral("locale"));
    QCOMPARE(found.size(), 1);
    // Columns this version did not have are empty; its text is the narrative and gives the title.
    QCOMPARE(found.first().narrative, QStringLiteral("The cache key ignored the locale."));
    QVERIFY(!found.first().title.isEmpty());
    QVERIFY(found.first().facts.isEmpty() && found.first().filesRead.isEmpty());
    QCOMPARE(found.first().userSessionId, QStringLiteral("m1"));
    QCOMPARE(found.first().createdAt, 1600000000000);
}

void TestClaudeMemImport::importsWhatItCanAndSaysWhatNot()
{
    QTemporaryDir dir;
    const QString peer = makePeer(dir.path(), true);
    QVERIFY(!peer.isEmpty());
    const QByteArray before = digest(peer);
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--import-claude-mem"), peer });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("observationsStored")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("summariesStored")).toInt(), 1);
    const QJsonArray unmapped = json.value(QStringLiteral("unmapped")).toArray();
    QCOMPARE(unmapped.size(), 1);
    QCOMPARE(unmapped.first().toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("claude-mem:observations:2"));
    QCOMPARE(digest(peer), before); // read-only: not a byte of the peer's files changed

    Database db(sandbox.databasePath());
    QVERIFY(db.open());
    const QList<Observation> found = ObservationStore(db.connection()).search(QStringLiteral("flaky"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().facts, QStringList { QStringLiteral("race in setup") });
    QCOMPARE(found.first().filesModified, QStringList { QStringLiteral("b.ts") });
    QCOMPARE(found.first().createdAt, 1700000001000);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT provenance FROM observations")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("claude-mem:observations:1"));
    QVERIFY(q.exec(QStringLiteral("SELECT provenance, request FROM summaries")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("claude-mem:session_summaries:1"));
    q.finish();

    // Once more: nothing is stored twice.
    const AppRun again = sandbox.run({ QStringLiteral("--import-claude-mem"), peer });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("observationsStored")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("alreadyStored")).toInt(), 2);
}

void TestClaudeMemImport::badPeerFilesImportNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("truncated") << "truncate"
                               << "cannot import";
    QTest::newRow("garbage") << "garbage"
                             << "cannot import";
    QTest::newRow("not claude-mem") << "ours"
                                    << "not a claude-mem database";
    QTest::newRow("missing") << "missing"
                             << "no such file";
}

void TestClaudeMemImport::badPeerFilesImportNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QString peer = makePeer(dir.path(), false);
    QVERIFY(!peer.isEmpty());
    QByteArray bytes = readFile(peer);
    if (damage == QLatin1String("truncate"))
        bytes.truncate(bytes.size() / 3);
    else if (damage == QLatin1String("garbage"))
        bytes.replace(0, 4096, QByteArray(4096, '\x5a'));
    QVERIFY(writeFile(peer, bytes));
    if (damage == QLatin1String("ours")) {
        Database ours(peer + QStringLiteral(".ours"));
        QVERIFY(ours.open());
        peer += QStringLiteral(".ours");
    } else if (damage == QLatin1String("missing")) {
        peer += QStringLiteral(".gone");
    }
    const QByteArray before = digest(peer);
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--import-claude-mem"), peer });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(says.toUtf8()) && r.err.contains("nothing was imported"), r.err.constData());
    QCOMPARE(digest(peer), before);
    QVERIFY(!QFileInfo::exists(sandbox.databasePath())); // nothing half-imported: not even a database made
}

void TestClaudeMemImport::lockedPeerImportsNothing()
{
    QTemporaryDir dir;
    const QString peer = makePeer(dir.path(), false);
    QVERIFY(!peer.isEmpty());
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(peer);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // what a writer mid-commit holds
        AppSandbox sandbox;
        const AppRun r = sandbox.run({ QStringLiteral("--import-claude-mem"), peer });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("locked") && r.err.contains("nothing was imported"), r.err.constData());
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

QTEST_GUILESS_MAIN(TestClaudeMemImport)
#include "tst_claudemem_import.moc"
