// ObserverRunLog on a real SQLite file: a run is recorded when its observer
// starts and ended once; it answers whether a user session was served before
// (carry-over) and which observer sessions are ours (hiding). Its end keeps the
// CLI's real exit code, version and the usage it reported; a version-1 database
// gains those columns and keeps its rows.
#include "core/platform/Clock.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestObserverRunLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startRecordsTheRun();
    void endIsRecordedOnce();
    void endRecordsExitVersionAndUsage();
    void versionOneDatabaseGainsTheColumns();
    void servedBeforeAndObserverSessionIds();

private:
    ObserverRunLog::Start run(const QString &observerSessionId, const QString &userSessionId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = 5000;
};

void TestObserverRunLog::init()
{
    m_now = 5000;
    Clock::set([this] { return m_now; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
}

void TestObserverRunLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
    Clock::set({});
}

ObserverRunLog::Start TestObserverRunLog::run(const QString &observerSessionId, const QString &userSessionId) const
{
    return { observerSessionId, userSessionId, QStringLiteral("/p"), QStringLiteral("/cwd"),
        QStringLiteral("/bin/claude") };
}

void TestObserverRunLog::startRecordsTheRun()
{
    ObserverRunLog log(m_db->connection());
    QString error;
    const auto id = log.recordStart(run(QStringLiteral("obs-1"), QStringLiteral("u1")), &error);
    QVERIFY2(id && *id > 0, qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT observer_session_id, user_session_id, project, cwd, cli_path, started_at, "
                                  "ended_at FROM observer_runs")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("obs-1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("u1"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("/p"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("/cwd"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("/bin/claude"));
    QCOMPARE(q.value(5).toLongLong(), 5000);
    QVERIFY(q.value(6).isNull()); // still running
}

void TestObserverRunLog::endIsRecordedOnce()
{
    ObserverRunLog log(m_db->connection());
    QString error;
    const auto id = log.recordStart(run(QStringLiteral("obs-1"), QStringLiteral("u1")), &error);
    QVERIFY(id);
    m_now = 6000;
    log.recordEnd(*id, { 1, QStringLiteral("exited"), QStringLiteral("error: option bad"), {}, {} });
    m_now = 7000;
    log.recordEnd(*id, { 0, QStringLiteral("retired"), {}, {}, {} }); // a run already ended keeps its first outcome
    log.recordEnd(0, { 0, QStringLiteral("no run"), {}, {}, {} }); // a run that was never recorded: nothing to end
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ended_at, exit_status, outcome, error FROM observer_runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 6000);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("exited"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("error: option bad"));
    QVERIFY(!q.next());
}

void TestObserverRunLog::endRecordsExitVersionAndUsage()
{
    ObserverRunLog log(m_db->connection());
    QString error;
    const auto id = log.recordStart(run(QStringLiteral("obs-1"), QStringLiteral("u1")), &error);
    QVERIFY(id);
    RunUsage usage;
    usage.inputTokens = 20;
    usage.outputTokens = 40;
    usage.cacheReadTokens = 7;
    usage.cacheCreationTokens = 3;
    usage.numTurns = 2;
    usage.apiCalls = 2;
    usage.costUsd = 0.000022;
    log.recordEnd(*id, { 0, QStringLiteral("retired"), {}, QStringLiteral("2.1.330"), usage });
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT exit_status, outcome, error, cli_version, api_calls, num_turns, "
                                  "input_tokens, output_tokens, cache_read_tokens, cache_creation_tokens, cost_usd "
                                  "FROM observer_runs"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toString(), QStringLiteral("retired"));
    QVERIFY(q.value(2).isNull()); // no error said
    QCOMPARE(q.value(3).toString(), QStringLiteral("2.1.330"));
    QCOMPARE(q.value(4).toInt(), 2);
    QCOMPARE(q.value(5).toInt(), 2);
    QCOMPARE(q.value(6).toLongLong(), 20);
    QCOMPARE(q.value(7).toLongLong(), 40);
    QCOMPARE(q.value(8).toLongLong(), 7);
    QCOMPARE(q.value(9).toLongLong(), 3);
    QCOMPARE(q.value(10).toDouble(), 0.000022);
}

void TestObserverRunLog::versionOneDatabaseGainsTheColumns()
{
    const QString path = m_dir->filePath(QStringLiteral("o.db"));
    QString error;
    QVERIFY(
        ObserverRunLog(m_db->connection()).recordStart(run(QStringLiteral("obs-old"), QStringLiteral("u1")), &error));
    m_db.reset();
    {
        // Back to the version-1 table, as a database written before the run's usage was kept.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char *column : { "outcome", "num_turns", "input_tokens", "output_tokens", "cache_read_tokens",
                 "cache_creation_tokens", "cost_usd" })
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE observer_runs DROP COLUMN %1").arg(QLatin1String(column))),
                qPrintable(q.lastError().text()));
        for (const char *table : { "observations", "summaries" }) // and without schema 3's columns
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN provenance").arg(QLatin1String(table))),
                qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    m_db = std::make_unique<Database>(path);
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    ObserverRunLog log(m_db->connection());
    QVERIFY(log.servedBefore(QStringLiteral("u1"))); // the old row is kept
    const auto id = log.recordStart(run(QStringLiteral("obs-new"), QStringLiteral("u2")), &error);
    QVERIFY(id);
    RunUsage usage;
    usage.inputTokens = 10;
    log.recordEnd(*id, { 1, QStringLiteral("exited"), QStringLiteral("boom"), QStringLiteral("2.1.330"), usage });
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT observer_session_id, input_tokens, outcome FROM observer_runs ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("obs-old"));
    QCOMPARE(q.value(1).toLongLong(), 0); // nothing was measured then
    QVERIFY(q.value(2).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), 10);
    QCOMPARE(q.value(2).toString(), QStringLiteral("exited"));
}

void TestObserverRunLog::servedBeforeAndObserverSessionIds()
{
    ObserverRunLog log(m_db->connection());
    QString error;
    QVERIFY(!log.servedBefore(QStringLiteral("u1")));
    QVERIFY(log.observerSessionIds().isEmpty());
    QVERIFY(log.recordStart(run(QStringLiteral("obs-1"), QStringLiteral("u1")), &error));
    QVERIFY(log.recordStart(run(QStringLiteral("obs-2"), QStringLiteral("u1")), &error));
    QVERIFY(log.recordStart(run(QStringLiteral("obs-3"), QStringLiteral("u2")), &error));
    QVERIFY(log.servedBefore(QStringLiteral("u1")));
    QVERIFY(!log.servedBefore(QStringLiteral("obs-1"))); // an observer session is not a user session
    QCOMPARE(log.observerSessionIds(),
        (QSet<QString> { QStringLiteral("obs-1"), QStringLiteral("obs-2"), QStringLiteral("obs-3") }));
}

QTEST_GUILESS_MAIN(TestObserverRunLog)
#include "tst_observerrunlog.moc"
