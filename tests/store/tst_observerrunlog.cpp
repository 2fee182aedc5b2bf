// ObserverRunLog on a real SQLite file: a run is recorded when its observer
// starts and ended once; it answers whether a user session was served before
// (carry-over) and which observer sessions are ours (hiding).
#include "core/platform/Clock.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

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
    log.recordEnd(*id, 1, QStringLiteral("exited mid-turn"));
    m_now = 7000;
    log.recordEnd(*id, 0, QStringLiteral("retired")); // a run already ended keeps its first outcome
    log.recordEnd(0, 0, QStringLiteral("no run")); // a run that was never recorded: nothing to end
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ended_at, exit_status, error FROM observer_runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 6000);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("exited mid-turn"));
    QVERIFY(!q.next());
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
