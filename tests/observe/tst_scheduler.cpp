// Scheduler with a launch factory that starts the fake `claude`
// (FakeObserver.h) and the injected Clock: which events go to which observer,
// when, how many at once, and what happens to them when a turn fails; back-off
// and retry are tested by moving the clock, never by waiting for it.
#include "FakeObserver.h"
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/observe/Scheduler.h"
#include "core/platform/Clock.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
constexpr qint64 kT0 = 1'000'000'000'000; // 2001: far from the system clock, so reading it shows

QueuedEvent toolEvent(const QString &userSessionId, int i = 0)
{
    return { 0, userSessionId, QStringLiteral("post-tool-use"), QStringLiteral("/p"),
        QStringLiteral(R"({"tool_name":"Read","tool_input":{"i":%1}})").arg(i).toUtf8(), 1, 0, {} };
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void answerIsCommittedAndTheRunRecorded();
    void backoffWaitsForTheClock();
    void atMostMaxObserversAndShutdownReleases();
    void retriesThenParksWithReason();
    void authFailureMidSessionKeepsEventsQueued();
    void promptBeforeAnyToolEventReachesTheObserver();

private:
    static ObserverLaunch launch(const QString &mode, int turnTimeoutMs = 20000)
    {
        return fakeObserverLaunch(mode, turnTimeoutMs);
    }
    qint64 m_now = kT0;
};

void TestScheduler::init()
{
    m_now = kT0;
    Clock::set([this] { return m_now; });
}

void TestScheduler::cleanup()
{
    Clock::set({});
    // Nothing of ours may outlive a test.
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestScheduler::answerIsCommittedAndTheRunRecorded()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    QVERIFY(queue.enqueue(toolEvent(QStringLiteral("u1")), &error));
    Scheduler scheduler(
        db.connection(), [](const QString &, QString *) { return std::optional(launch(QStringLiteral("ok"))); }, {});
    QSignalSpy stored(&scheduler, &Scheduler::stored);
    QSignalSpy finished(&scheduler, &Scheduler::observerSessionFinished);
    scheduler.setAuthReady(true);
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().at(0).toInt(), 1);
    QCOMPARE(queue.pendingCount(), 0); // acknowledged with the answer
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT o.user_session_id, o.project, o.created_at, r.observer_session_id, "
                                  "r.user_session_id, r.started_at FROM observations o JOIN observer_runs r "
                                  "ON r.id = o.observer_run_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("u1")); // attributed to the user session observed
    QCOMPARE(q.value(1).toString(), QStringLiteral("/p"));
    QCOMPARE(q.value(2).toLongLong(), kT0); // the injected clock
    QCOMPARE(q.value(3).toString(), QStringLiteral("obs-ok"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("u1"));
    QCOMPARE(q.value(5).toLongLong(), kT0);
    q.finish();
    scheduler.shutdown();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("obs-ok")); // the observer session, not the user's
    // The run ends once the process has (its real exit code), as the CLI told it.
    QTRY_VERIFY_WITH_TIMEOUT(
        q.exec(QStringLiteral("SELECT 1 FROM observer_runs WHERE ended_at IS NOT NULL")) && q.next(), 15000);
    QVERIFY(q.exec(QStringLiteral("SELECT ended_at, exit_status, outcome, error, cli_version FROM observer_runs"))
        && q.next());
    QCOMPARE(q.value(0).toLongLong(), kT0);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toString(), QStringLiteral("retired"));
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toString(), QStringLiteral("2.1.330")); // the fake's init line
}

void TestScheduler::backoffWaitsForTheClock()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    QVERIFY(queue.enqueue(toolEvent(QStringLiteral("u1")), &error));
    int launches = 0;
    Scheduler scheduler(db.connection(),
        [&](const QString &, QString *) {
            // The first observer crashes mid-turn; the retry gets a good one.
            return std::optional(launch(++launches == 1 ? QStringLiteral("crash") : QStringLiteral("ok")));
        },
        {});
    QSignalSpy stored(&scheduler, &Scheduler::stored);
    scheduler.setAuthReady(true);
    QTRY_COMPARE_WITH_TIMEOUT(queue.nextRetryAt(), kT0 + EventQueue::backoffMs(1), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.runningObservers(), 0, 15000);
    scheduler.pump(); // the back-off has not passed on the clock: nothing is sent
    QCOMPARE(launches, 1);
    QVERIFY(!scheduler.hasWorkInFlight());
    m_now = kT0 + EventQueue::backoffMs(1) - 1;
    scheduler.pump();
    QCOMPARE(launches, 1);
    m_now = kT0 + EventQueue::backoffMs(1);
    scheduler.pump();
    QCOMPARE(launches, 2);
    QVERIFY(stored.wait(20000));
    QCOMPARE(queue.pendingCount(), 0);
    scheduler.shutdown();
}

void TestScheduler::atMostMaxObserversAndShutdownReleases()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    QVERIFY(queue.enqueue(toolEvent(QStringLiteral("u1")), &error));
    QVERIFY(queue.enqueue(toolEvent(QStringLiteral("u2")), &error));
    QStringList served;
    Scheduler::Options options;
    options.maxObservers = 1;
    Scheduler scheduler(
        db.connection(),
        [&](const QString &userSessionId, QString *) {
            served << userSessionId;
            return std::optional(launch(QStringLiteral("hang"), 600000));
        },
        options);
    scheduler.setAuthReady(true);
    QCOMPARE(served, QStringList { QStringLiteral("u1") }); // oldest first, one at a time
    QCOMPARE(scheduler.runningObservers(), 1);
    QVERIFY(scheduler.hasWorkInFlight());
    scheduler.pump();
    QCOMPARE(served.size(), 1); // u2 waits while u1's turn is in flight
    scheduler.shutdown();
    QCOMPARE(scheduler.runningObservers(), 0);
    // Stopped by us, not their fault: both queued again, no attempt counted.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(state), MAX(attempts) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toInt(), int(EventQueue::Queued));
    QCOMPARE(q.value(2).toInt(), 0);
}

void TestScheduler::retriesThenParksWithReason()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    QVERIFY(queue.enqueue({ 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                              R"({"tool_name":"Read"})", 1, 0, {} },
        &error));
    int launches = 0;
    Scheduler scheduler(db.connection(),
        [&](const QString &, QString *) {
            ++launches;
            return std::optional(launch(QStringLiteral("crash")));
        },
        {});
    scheduler.setAuthReady(true);
    QSqlQuery q(db.connection());
    auto row = [&q] { return q.exec(QStringLiteral("SELECT attempts, state, last_error FROM events")) && q.next(); };
    for (int attempt = 1; attempt <= EventQueue::kMaxAttempts; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(row() && q.value(0).toInt() == attempt, 20000);
        QCOMPARE(launches, attempt); // one observer per try, no more
        QVERIFY2(q.value(2).toString().contains(QStringLiteral("exited mid-turn")), qPrintable(q.value(2).toString()));
        q.finish();
        if (attempt == EventQueue::kMaxAttempts)
            break;
        QCOMPARE(queue.parkedCount(), 0);
        // The backoff has passed (the clock moved on, not the test sleeping).
        m_now += EventQueue::backoffMs(attempt);
        scheduler.pump();
    }
    QVERIFY(row());
    QCOMPARE(q.value(1).toInt(), int(EventQueue::Parked));
    q.finish();
    QCOMPARE(queue.parkedCount(), 1);
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(queue.parked().constFirst().attempts, EventQueue::kMaxAttempts);
    scheduler.pump(); // a parked event is never sent again by itself
    QCOMPARE(launches, EventQueue::kMaxAttempts);
    QCOMPARE(scheduler.runningObservers(), 0);
    scheduler.shutdown();
}

void TestScheduler::authFailureMidSessionKeepsEventsQueued()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    ObservationStore store(db.connection());
    QString error;
    AuthMonitor auth(QProcessEnvironment {});
    Scheduler::Options options;
    options.maxTurnEvents = 1; // one turn per event: the third turn fails to sign in
    options.batchMaxEvents = 1; // observe immediately
    Scheduler scheduler(
        db.connection(),
        [this](const QString &, QString *) { return std::optional(launch(QStringLiteral("authfail3"))); }, options);
    connect(&scheduler, &Scheduler::evidence, &auth, &AuthMonitor::reportEvidence);
    for (int i = 0; i < 5; ++i)
        QVERIFY(queue.enqueue(
            { 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                QStringLiteral(R"({"tool_name":"Read","tool_input":{"i":%1}})").arg(i).toUtf8(), 1, 0, {} },
            &error));
    scheduler.setAuthReady(true);
    QTRY_COMPARE_WITH_TIMEOUT(auth.state().kind, AuthState::NotSignedIn, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.runningObservers(), 0, 15000);
    QCOMPARE(store.counts().total, 2); // two answers stored
    QCOMPARE(queue.pendingCount(), 3); // the rest waits, untouched
    QCOMPARE(queue.parkedCount(), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(attempts) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not the events' fault: no attempt counted
}

void TestScheduler::promptBeforeAnyToolEventReachesTheObserver()
{
    // Live, a session's first prompt arrives before any tool event has started
    // an observer: it must still reach the observer, once, with the next tool
    // event, and cost no call of its own.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    const QString log = dir.filePath(QStringLiteral("prompts.log"));
    ObserverLaunch l = launch(QStringLiteral("ok"));
    l.environment.insert(QStringLiteral("FAKE_CLAUDE_LOG"), log);
    int launches = 0;
    Scheduler scheduler(db.connection(),
        [&](const QString &, QString *) {
            ++launches;
            return std::optional(l);
        },
        {});
    QSignalSpy stored(&scheduler, &Scheduler::stored);
    scheduler.setAuthReady(true);
    QVERIFY(queue.enqueue({ 0, QStringLiteral("u1"), QStringLiteral("user-prompt-submit"), QStringLiteral("/p"),
                              R"({"prompt":"Make the pager remember its page"})", 1, 0, {} },
        &error));
    scheduler.pump();
    QCOMPARE(launches, 0); // context alone starts no observer and costs no call
    QCOMPARE(queue.pendingCount(), 1); // and stays queued until a turn carries it
    for (int i = 0; i < 2; ++i) {
        QVERIFY(queue.enqueue({ 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                                  R"({"tool_name":"Read","tool_input":{"file_path":"/p/pager.cpp"}})", 1, 0, {} },
            &error));
        scheduler.pump();
        QVERIFY(stored.wait(20000));
    }
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> turns = f.readAll().split('\n');
    QVERIFY2(turns.size() >= 2, qPrintable(QString::number(turns.size())));
    QVERIFY2(turns.at(0).contains("<user_request>Make the pager remember its page"), turns.at(0).constData());
    QVERIFY(!turns.at(1).contains("Make the pager")); // sent once
    scheduler.shutdown();
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
