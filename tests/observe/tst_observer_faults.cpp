// Observer faults with the fake `claude`: each ends in the right signal and
// state, and afterwards no process of ours is left (children and
// grandchildren, checked in /proc).
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/observe/ObserverProcess.h"
#include "core/observe/Scheduler.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestObserverFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void faults_data();
    void faults();
    void stopKillsTheWholeGroup();
    void stopAllLeavesNoOrphans();
    void schedulerRetriesThenParksWithReason();
    void authFailureMidSessionKeepsEventsQueued();
    void promptBeforeAnyToolEventReachesTheObserver();

private:
    ObserverLaunch launch(const QString &mode, int turnTimeoutMs = 20000);
};

ObserverLaunch TestObserverFaults::launch(const QString &mode, int turnTimeoutMs)
{
    ObserverLaunch l;
    l.program = QStringLiteral(OT_FAKE_CLAUDE);
    l.arguments = { QStringLiteral("-p"), QStringLiteral("--input-format"), QStringLiteral("stream-json") };
    l.environment = QProcessEnvironment::systemEnvironment();
    l.environment.insert(QStringLiteral("FAKE_CLAUDE_MODE"), mode);
    l.workingDirectory = QDir::tempPath();
    l.observerSessionId = QStringLiteral("obs-") + mode;
    l.userSessionId = QStringLiteral("user");
    l.turnTimeoutMs = turnTimeoutMs;
    l.stopGraceMs = 1000;
    return l;
}

void TestObserverFaults::cleanup()
{
    // Nothing of ours may outlive a test.
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestObserverFaults::faults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("turns");
    QTest::addColumn<bool>("expectFailure");
    QTest::addColumn<bool>("expectBlocked"); // not the event's fault: no attempt counted
    QTest::addColumn<QString>("reasonHas"); // what turnFailed tells a person
    QTest::newRow("ok") << QStringLiteral("ok") << 2 << false << false << QString();
    QTest::newRow("crash mid-turn") << QStringLiteral("crash") << 1 << true << false << QStringLiteral("mid-turn");
    QTest::newRow("hang past the timeout")
        << QStringLiteral("hang") << 1 << true << false << QStringLiteral("no answer within 3 s");
    QTest::newRow("garbage and partial lines") << QStringLiteral("garbage") << 2 << false << false << QString();
    QTest::newRow("a 6 MB line") << QStringLiteral("bigline") << 1 << false << false << QString();
    QTest::newRow("auth failure on the third turn")
        << QStringLiteral("authfail3") << 3 << true << true << QStringLiteral("Not logged in");
    // Offline: the CLI retries until the turn times out; not the event's fault.
    QTest::newRow("endless api_retry") << QStringLiteral("retry") << 1 << true << true
                                       << QStringLiteral("no answer within 3 s");
    QTest::newRow("exits at once") << QStringLiteral("exit") << 1 << true << false
                                   << QStringLiteral("exited mid-turn (exit code 1)");
    QTest::newRow("stdout closed early") << QStringLiteral("closeout") << 1 << true << false
                                         << QStringLiteral("no answer within 3 s");
}

void TestObserverFaults::faults()
{
    QFETCH(QString, mode);
    QFETCH(int, turns);
    QFETCH(bool, expectFailure);
    QFETCH(bool, expectBlocked);
    QFETCH(QString, reasonHas);
    AuthMonitor auth(QProcessEnvironment {});
    ObserverProcess session(launch(mode, 3000));
    connect(&session, &ObserverProcess::evidence, &auth, &AuthMonitor::reportEvidence);
    QSignalSpy finished(&session, &ObserverProcess::turnFinished);
    QSignalSpy failed(&session, &ObserverProcess::turnFailed);
    QSignalSpy stopped(&session, &ObserverProcess::stopped);
    session.start();
    for (int t = 0; t < turns; ++t) {
        // Sent before the process has even started: every turn is accepted.
        QVERIFY(session.sendTurn(QStringLiteral("event %1").arg(t)));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > t, 20000);
        if (!failed.isEmpty())
            break;
    }
    // Each fault ends the turn in exactly one signal, with its own reason.
    QCOMPARE(failed.size(), expectFailure ? 1 : 0);
    if (expectFailure) {
        QCOMPARE(failed.first().at(1).toBool(), expectBlocked);
        QVERIFY2(failed.first().at(0).toString().contains(reasonHas), qPrintable(failed.first().at(0).toString()));
        QCOMPARE(finished.size(), turns - 1);
    } else {
        QCOMPARE(finished.size(), turns);
        QVERIFY(finished.last().at(0).toString().contains(QStringLiteral("<observation>")));
    }
    if (mode == QLatin1String("authfail3"))
        QCOMPARE(auth.state().kind, AuthState::NotSignedIn);
    if (mode == QLatin1String("retry"))
        QCOMPARE(auth.state().kind, AuthState::Offline);
    session.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 15000);
    QCOMPARE(stopped.size(), 1);
}

void TestObserverFaults::stopKillsTheWholeGroup()
{
    ObserverProcess session(launch(QStringLiteral("hang"), 600000));
    QSignalSpy stopped(&session, &ObserverProcess::stopped);
    session.start();
    QVERIFY(session.sendTurn(QStringLiteral("x")));
    const qint64 pid = session.processId();
    QVERIFY(pid > 0);
    // The fake starts a grandchild (sleep) in the observer's own session.
    QTRY_VERIFY_WITH_TIMEOUT(TestEnv::processesInSession(pid).size() >= 2, 10000);
    session.stop();
    QVERIFY(stopped.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::processesInSession(pid).size(), 0, 10000);
}

void TestObserverFaults::stopAllLeavesNoOrphans()
{
    QList<qint64> sessions;
    std::vector<std::unique_ptr<ObserverProcess>> live;
    for (int i = 0; i < 3; ++i) {
        live.push_back(std::make_unique<ObserverProcess>(launch(QStringLiteral("hang"), 600000)));
        live.back()->start();
        live.back()->sendTurn(QStringLiteral("x"));
        QTRY_VERIFY(live.back()->processId() > 0);
        sessions << live.back()->processId();
    }
    for (qint64 sid : sessions)
        QTRY_VERIFY_WITH_TIMEOUT(TestEnv::processesInSession(sid).size() >= 2, 10000);
    ObserverProcess::stopAll(); // what the app does when it quits
    for (qint64 sid : sessions)
        QCOMPARE(TestEnv::processesInSession(sid).size(), 0);
    QCOMPARE(ObserverProcess::liveCount(), 0);
}

void TestObserverFaults::schedulerRetriesThenParksWithReason()
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
        // The backoff has passed (time moved on, not the test sleeping).
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET next_attempt_at = 0 WHERE state = 0")));
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

void TestObserverFaults::authFailureMidSessionKeepsEventsQueued()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    ObservationStore store(db.connection());
    QString error;
    AuthMonitor auth(QProcessEnvironment {});
    Scheduler::Options options;
    options.maxBatch = 1; // one turn per event: the third turn fails to sign in
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

void TestObserverFaults::promptBeforeAnyToolEventReachesTheObserver()
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

QTEST_GUILESS_MAIN(TestObserverFaults)
#include "tst_observer_faults.moc"
