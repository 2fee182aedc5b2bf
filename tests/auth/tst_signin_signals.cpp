// Sign-in trouble is judged from the CLI's own error signals, never from the
// model's words; it pauses observing without counting an attempt, and a
// paused event is not sent again until the state changes back. The fake
// `claude` plays the CLI's real lines (tests/support/fake_claude.cpp).
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/observe/ObserverProcess.h"
#include "core/observe/Scheduler.h"
#include "core/platform/Clock.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestSigninSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void modelQuotingTheLoginMessageIsAnAnswer();
    void refusedLoginPausesUncountedAndIsNotResent();
    void refusedLoginRetriesOneTurnOnAGrowingBackoff();
    void refusedLoginWithNoEventIsRecheckedWithTheNext();
    void refusedLoginTrialTakesAnEventWaitingOutItsBackoff();
    void serverErrorCountsAnAttempt();
    void usageLimitPausesUncounted();

private:
    // The pipeline's wiring (Pipeline::start) around one fake observer mode.
    struct Rig
    {
        Database db;
        EventQueue queue;
        AuthMonitor auth;
        Scheduler scheduler;
        Rig(const QString &dbPath, const QProcessEnvironment &env, Scheduler::LaunchFactory factory)
            : db(dbPath)
            , queue((db.open(), db.connection()))
            , auth(env)
            , scheduler(db.connection(), std::move(factory), {})
        {
            QObject::connect(&scheduler, &Scheduler::evidence, &auth, &AuthMonitor::reportEvidence);
            QObject::connect(&auth, &AuthMonitor::stateChanged, &scheduler,
                [this](const AuthState &s) { scheduler.setAuthReady(s.canObserve()); });
            QObject::connect(&auth, &AuthMonitor::trialTurnWanted, &scheduler, [this] {
                if (!scheduler.tryOneTurn())
                    auth.noTurnToTry();
            });
        }
    };
    std::unique_ptr<Rig> rig(const QString &mode);
    // A queued event, a login the API refuses (401): told SignInRejected, its
    // observer gone, retried on this back-off. Null when that was not reached.
    std::unique_ptr<Rig> rejectedRig(int firstBackoffMs, int maxBackoffMs);
    void enqueueToolEvent(EventQueue &queue);
    int attemptsOfAll(Database &db);
    int turnsSent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mode; // the fake's mode for the next observer started
    QString m_config;
};

void TestSigninSignals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = m_dir->filePath(QStringLiteral("claude-config"));
    QVERIFY(TestEnv::writeCredentials(m_config, QStringLiteral("sk-ant-oat01-first")));
}

void TestSigninSignals::cleanup()
{
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

std::unique_ptr<TestSigninSignals::Rig> TestSigninSignals::rig(const QString &mode)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    env.insert(QStringLiteral("FAKE_CLAUDE_MODE"), mode);
    env.insert(QStringLiteral("FAKE_CLAUDE_LOG"), m_dir->filePath(QStringLiteral("turns.log")));
    m_mode = mode;
    auto factory = [this, env, mode](const QString &, QString *) {
        ObserverLaunch l;
        l.program = QStringLiteral(OT_FAKE_CLAUDE);
        l.arguments = { QStringLiteral("-p") };
        l.environment = env;
        l.environment.insert(QStringLiteral("FAKE_CLAUDE_MODE"), m_mode);
        l.workingDirectory = QDir::tempPath();
        l.observerSessionId = QStringLiteral("obs-") + mode;
        l.userSessionId = QStringLiteral("u1");
        l.stopGraceMs = 1000;
        return std::optional(l);
    };
    auto r = std::make_unique<Rig>(m_dir->filePath(QStringLiteral("o.db")), env, factory);
    r->auth.setCli(CliCapabilities::detect(QStringLiteral(OT_FAKE_CLAUDE), env));
    return r;
}

std::unique_ptr<TestSigninSignals::Rig> TestSigninSignals::rejectedRig(int firstBackoffMs, int maxBackoffMs)
{
    auto r = rig(QStringLiteral("reject401"));
    r->auth.setBackoff(firstBackoffMs, maxBackoffMs);
    enqueueToolEvent(r->queue);
    r->auth.checkNow(); // `auth status` says a login is configured
    if (!QTest::qWaitFor([&r] { return r->auth.state().kind == AuthState::SignInRejected; }, 20000)
        || !QTest::qWaitFor([&r] { return r->scheduler.runningObservers() == 0; }, 15000)) {
        qWarning("not rejected with no observer: state %d, %d running", int(r->auth.state().kind),
            r->scheduler.runningObservers());
        r->scheduler.shutdown();
        return nullptr;
    }
    return r;
}

void TestSigninSignals::enqueueToolEvent(EventQueue &queue)
{
    QString error;
    QVERIFY(queue.enqueue({ 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                              R"({"tool_name":"Bash","tool_response":"Not logged in · Please run /login"})", 1, 0, {} },
        &error));
}

int TestSigninSignals::attemptsOfAll(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(attempts), -1) FROM events")) && q.next() ? q.value(0).toInt()
                                                                                                : -2;
}

int TestSigninSignals::turnsSent() const
{
    QFile f(m_dir->filePath(QStringLiteral("turns.log")));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

void TestSigninSignals::modelQuotingTheLoginMessageIsAnAnswer()
{
    // A tool printed the CLI's login message and the model repeats it.
    auto r = rig(QStringLiteral("parrot"));
    QSignalSpy checked(&r->auth, &AuthMonitor::checkFinished);
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    QSignalSpy stored(&r->scheduler, &Scheduler::stored);
    enqueueToolEvent(r->queue);
    r->scheduler.pump();
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().at(0).toInt(), 1); // the answer's observation
    QCOMPARE(r->queue.pendingCount(), 0); // acknowledged, not released for a resend
    QCOMPARE(r->auth.state().kind, AuthState::SignedIn); // nothing paused
    QCOMPARE(r->scheduler.runningObservers(), 1);
    QCOMPARE(turnsSent(), 1);
    r->scheduler.shutdown();
}

void TestSigninSignals::refusedLoginPausesUncountedAndIsNotResent()
{
    auto r = rejectedRig(60000, 60000); // no try within this test
    QVERIFY(r);
    QVERIFY2(r->auth.state().message.contains(QStringLiteral("401")), qPrintable(r->auth.state().message));
    QCOMPARE(r->queue.pendingCount(), 1); // kept
    QCOMPARE(attemptsOfAll(r->db), 0); // not the event's fault
    r->scheduler.shutdown();
}

// While rejected, one queued turn is the recheck, on a growing back-off and at
// once on "Check now"; `auth status` (the fake says logged in) never lifts it;
// only a turn's answer does.
void TestSigninSignals::refusedLoginRetriesOneTurnOnAGrowingBackoff()
{
    auto r = rig(QStringLiteral("reject401"));
    r->auth.setBackoff(300, 1200);
    enqueueToolEvent(r->queue);
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignInRejected, 20000);
    QVERIFY2(r->auth.state().hint.contains(QStringLiteral("claude auth login")), qPrintable(r->auth.state().hint));
    QElapsedTimer clock;
    clock.start();
    QList<qint64> tries;
    connect(&r->auth, &AuthMonitor::trialTurnWanted, this, [&] { tries << clock.elapsed(); });
    QList<AuthState::Kind> seen;
    connect(&r->auth, &AuthMonitor::checkFinished, this, [&](const AuthState &s) { seen << s.kind; });
    QTRY_VERIFY_WITH_TIMEOUT(tries.size() >= 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(turnsSent(), 4, 20000); // the first turn and three tries
    QVERIFY2(tries[2] - tries[1] > (tries[1] - tries[0]) * 3 / 2,
        qPrintable(QStringLiteral("%1 %2 %3").arg(tries[0]).arg(tries[1]).arg(tries[2])));
    QVERIFY(!seen.isEmpty());
    for (AuthState::Kind k : seen)
        QCOMPARE(k, AuthState::SignInRejected);
    QCOMPARE(attemptsOfAll(r->db), 0);
    QCOMPARE(r->queue.pendingCount(), 1);
    // "Check now": a try at once, and `auth status` is not asked to judge.
    QTRY_COMPARE_WITH_TIMEOUT(r->scheduler.runningObservers(), 0, 15000);
    const int before = turnsSent();
    r->auth.setBackoff(60000, 60000);
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(turnsSent(), before + 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(r->scheduler.runningObservers(), 0, 15000);
    QCOMPARE(r->auth.state().kind, AuthState::SignInRejected);
    // The login works again: the next try's answer clears it and the event is observed.
    m_mode = QStringLiteral("ok");
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(r->queue.pendingCount(), 0, 20000);
    r->scheduler.shutdown();
}

void TestSigninSignals::refusedLoginWithNoEventIsRecheckedWithTheNext()
{
    auto r = rejectedRig(200, 200);
    QVERIFY(r);
    // The user's session ends with nothing to observe: the queue empties.
    QSqlQuery(r->db.connection()).exec(QStringLiteral("DELETE FROM events"));
    QTRY_VERIFY_WITH_TIMEOUT(r->auth.state().message.contains(QStringLiteral("rechecked with the next event")), 10000);
    QCOMPARE(r->auth.state().kind, AuthState::SignInRejected);
    const int before = turnsSent();
    m_mode = QStringLiteral("ok");
    enqueueToolEvent(r->queue);
    r->scheduler.pump(); // the queue's wake-up (QueueWatcher)
    QTRY_COMPARE_WITH_TIMEOUT(turnsSent(), before + 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    r->scheduler.shutdown();
}

// The user signs in again while a try runs: the old CLI (1.0.128) crashes on
// that turn ("Cannot read properties of undefined"), the event counts an
// attempt and waits out its backoff. The next try must still take it: "No
// event is waiting" would be false, and the state would stay rejected until
// the user's next event (CI, tst_signin_rejected_oldcli_1_0_128).
void TestSigninSignals::refusedLoginTrialTakesAnEventWaitingOutItsBackoff()
{
    auto r = rejectedRig(200, 400);
    QVERIFY(r);
    m_mode = QStringLiteral("crash");
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOfAll(r->db), 1, 20000); // the try crashed: counted
    QTRY_COMPARE_WITH_TIMEOUT(r->scheduler.runningObservers(), 0, 15000);
    QVERIFY(r->queue.nextRetryAt() > Clock::nowMs()); // the event waits out 5 s
    m_mode = QStringLiteral("ok");
    QStringList messages;
    connect(&r->auth, &AuthMonitor::checkFinished, this, [&](const AuthState &s) { messages << s.message; });
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(r->queue.pendingCount(), 0, 20000);
    for (const QString &m : std::as_const(messages))
        QVERIFY2(!m.contains(QStringLiteral("No event is waiting")), qPrintable(m));
    r->scheduler.shutdown();
}

void TestSigninSignals::serverErrorCountsAnAttempt()
{
    // The API refused that request for a reason of its own (500): the event's
    // failure, counted, retried with backoff; sign-in is not in question.
    auto r = rig(QStringLiteral("error500"));
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    enqueueToolEvent(r->queue);
    r->scheduler.pump();
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOfAll(r->db), 1, 20000);
    QCOMPARE(r->auth.state().kind, AuthState::SignedIn);
    QCOMPARE(r->queue.pendingCount(), 1);
    QVERIFY(r->queue.nextRetryAt() > 0); // waits for its backoff, no tight resend
    QCOMPARE(turnsSent(), 1);
    r->scheduler.shutdown();
}

void TestSigninSignals::usageLimitPausesUncounted()
{
    auto r = rig(QStringLiteral("limit429"));
    r->auth.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::SignedIn, 20000);
    enqueueToolEvent(r->queue);
    r->scheduler.pump();
    QTRY_COMPARE_WITH_TIMEOUT(r->auth.state().kind, AuthState::UsageLimited, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(r->scheduler.runningObservers(), 0, 15000);
    QCOMPARE(r->queue.pendingCount(), 1);
    QCOMPARE(attemptsOfAll(r->db), 0); // a limit is nobody's event's fault
    QCOMPARE(turnsSent(), 1);
    r->scheduler.shutdown();
}

QTEST_GUILESS_MAIN(TestSigninSignals)
#include "tst_signin_signals.moc"
