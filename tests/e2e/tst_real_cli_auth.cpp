// The seed bug, with the real CLI: observers must sign in with the user's own
// login (inherited CLAUDE_CONFIG_DIR and its credentials file), and an
// observer whose config dir is overridden to an empty folder is "not signed
// in" — reported as such, in the CLI's own words.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/ObserverCommand.h"
#include "core/observe/ObserverProcess.h"
#include "core/observe/ObserverPrompt.h"
#include "core/observe/Scheduler.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

class TestRealCliAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inheritedLoginSignsInAndObserverSucceeds();
    void overriddenConfigDirIsReportedNotSignedIn();
    void oneCallPerTurnAndNoTranscript();
    void refusedLoginPausesWithEventsQueuedUncounted();

private:
    struct Run
    {
        AuthState auth;
        QString answer;
        QString failure;
        bool authProblem = false;
    };
    Run runObserver(const QProcessEnvironment &inherited, const QString &workDir, int turns = 1);
    ObserverLaunch launchFor(const QProcessEnvironment &observerEnv, const QString &workDir) const;

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
    CliInfo m_cli;
};

void TestRealCliAuth::initTestCase()
{
    if (!QFileInfo::exists(TestEnv::realClaude()))
        QFAIL("The real Claude Code CLI is missing: run tests/e2e/install-cli.sh (scripts/test.sh does).");
    QVERIFY(m_api.listen());
    QVERIFY(m_tmp.isValid());
    m_api.setAnswer([](const MessagesApiStandIn::Request &) {
        return QStringLiteral("Here you go:\n<observation><type>discovery</type><title>Login inherited</title>"
                              "<narrative>The observer used the user's own login.</narrative></observation>");
    });
    const QProcessEnvironment env = TestEnv::userEnvironment(m_tmp.filePath(QStringLiteral("home")), {}, {});
    QDir().mkpath(m_tmp.filePath(QStringLiteral("home")));
    m_cli = CliCapabilities::detect(TestEnv::realClaude(), env);
    QVERIFY2(m_cli.usable(), qPrintable(m_cli.error));
    QVERIFY(m_cli.hasAuthCommand);
    QVERIFY(m_cli.supports(QStringLiteral("--no-session-persistence")));
}

ObserverLaunch TestRealCliAuth::launchFor(const QProcessEnvironment &observerEnv, const QString &workDir) const
{
    ObserverLaunch launch;
    launch.program = m_cli.path;
    launch.observerSessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    launch.userSessionId = QStringLiteral("user-session");
    QDir().mkpath(workDir);
    const ObserverCommand cmd = ObserverCommand::build(
        m_cli, QStringLiteral("haiku"), ObserverPrompt::systemPrompt(), launch.observerSessionId, workDir);
    launch.arguments = cmd.arguments;
    launch.workingDirectory = cmd.workingDirectory;
    launch.environment = observerEnv;
    launch.turnTimeoutMs = 90000;
    return launch;
}

TestRealCliAuth::Run TestRealCliAuth::runObserver(
    const QProcessEnvironment &inherited, const QString &workDir, int turns)
{
    Run run;
    AuthMonitor monitor(inherited);
    monitor.setCli(m_cli);
    QSignalSpy checked(&monitor, &AuthMonitor::checkFinished);
    monitor.checkNow();
    if (!checked.wait(60000))
        return run;
    run.auth = monitor.state();

    ObserverProcess session(launchFor(monitor.observerEnvironment(), workDir));
    connect(&session, &ObserverProcess::evidence, &monitor, &AuthMonitor::reportEvidence);
    QSignalSpy finished(&session, &ObserverProcess::turnFinished);
    QSignalSpy failed(&session, &ObserverProcess::turnFailed);
    QSignalSpy stopped(&session, &ObserverProcess::stopped);
    session.start();
    for (int i = 0; i < turns; ++i) {
        session.sendTurn(
            QStringLiteral("<tool_use tool=\"Read\"><input>{\"file_path\":\"/p/%1.cpp\"}</input></tool_use>").arg(i));
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > i; }, 90000))
            break;
        if (!failed.isEmpty())
            break;
    }
    if (!finished.isEmpty())
        run.answer = finished.last().at(0).toString();
    if (!failed.isEmpty()) {
        run.failure = failed.first().at(0).toString();
        run.authProblem = failed.first().at(1).toBool();
    }
    session.stop();
    if (stopped.isEmpty())
        stopped.wait(15000);
    run.auth = monitor.state();
    return run;
}

void TestRealCliAuth::inheritedLoginSignsInAndObserverSucceeds()
{
    const QString home = m_tmp.filePath(QStringLiteral("u1"));
    const QString config = home + QStringLiteral("/claude-config");
    QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-inherited-login")));
    // The user's own setting: CLAUDE_CONFIG_DIR points at their config. The
    // observer inherits it unchanged.
    const QProcessEnvironment inherited = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    const int before = m_api.calls();
    const Run run = runObserver(inherited, home + QStringLiteral("/observer-cwd"));
    QCOMPARE(run.auth.kind, AuthState::SignedIn);
    QCOMPARE(run.auth.credentialLabel(), QStringLiteral("Claude subscription (max)"));
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    QVERIFY(run.answer.contains(QStringLiteral("<title>Login inherited</title>")));
    QVERIFY(m_api.calls() > before);
    const auto requests = m_api.messageRequests();
    for (qsizetype i = before; i < requests.size(); ++i) {
        QCOMPARE(requests[i].headers.value(QStringLiteral("authorization")),
            QStringLiteral("Bearer sk-ant-oat01-inherited-login"));
        QVERIFY(!requests[i].headers.contains(QStringLiteral("x-api-key")));
    }
}

void TestRealCliAuth::overriddenConfigDirIsReportedNotSignedIn()
{
    const QString home = m_tmp.filePath(QStringLiteral("u2"));
    const QString config = home + QStringLiteral("/claude-config");
    QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-never-seen")));
    // The old bug: CLAUDE_CONFIG_DIR pointed at an empty folder.
    const QString empty = home + QStringLiteral("/observer-config");
    QDir().mkpath(empty);
    const QProcessEnvironment broken = TestEnv::userEnvironment(home, empty, m_api.baseUrl());
    const int before = m_api.calls();
    const Run run = runObserver(broken, home + QStringLiteral("/observer-cwd"));
    QCOMPARE(run.auth.kind, AuthState::NotSignedIn);
    QVERIFY(!run.failure.isEmpty());
    QVERIFY(run.authProblem);
    QVERIFY2(run.failure.contains(QStringLiteral("Not logged in · Please run /login")), qPrintable(run.failure));
    QVERIFY2(run.auth.detail.contains(QStringLiteral("Please run /login"))
            || run.auth.hint.contains(QStringLiteral("claude auth login")),
        qPrintable(run.auth.detail));
    QCOMPARE(m_api.calls(), before); // nothing reached the API, no token spent
}

void TestRealCliAuth::oneCallPerTurnAndNoTranscript()
{
    const QString home = m_tmp.filePath(QStringLiteral("u3"));
    const QString config = home + QStringLiteral("/claude-config");
    QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-third")));
    const QProcessEnvironment inherited = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    const int before = m_api.calls();
    const Run run = runObserver(inherited, home + QStringLiteral("/observer-cwd"), 3);
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    // CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: no title side call.
    QCOMPARE(m_api.calls() - before, 3);
    // --no-session-persistence: nothing in the resume list, nothing on disk.
    const QStringList transcripts = TestEnv::filesUnder(config + QStringLiteral("/projects"));
    QVERIFY2(transcripts.isEmpty(), qPrintable(transcripts.join(QLatin1Char('\n'))));
}

void TestRealCliAuth::refusedLoginPausesWithEventsQueuedUncounted()
{
    // A configured login the API refuses (expired, revoked): `auth status`
    // says signed in, the real CLI's first request gets 401. Observing pauses
    // as "sign-in rejected"; the events wait, no attempt counted.
    const QString home = m_tmp.filePath(QStringLiteral("u4"));
    const QString config = home + QStringLiteral("/claude-config");
    QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-revoked")));
    const QProcessEnvironment inherited = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    m_api.setRejectAuth(true);
    const auto accept = qScopeGuard([this] { m_api.setRejectAuth(false); });
    Database db(home + QStringLiteral("/o.db"));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    for (int i = 0; i < 2; ++i)
        QVERIFY(queue.enqueue(
            { 0, QStringLiteral("user-session"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                QStringLiteral(R"({"tool_name":"Read","tool_input":{"i":%1}})").arg(i).toUtf8(), 1, 0, {} },
            &error));
    AuthMonitor monitor(inherited);
    monitor.setCli(m_cli);
    Scheduler scheduler(db.connection(),
        [&](const QString &, QString *) {
            return std::optional(launchFor(monitor.observerEnvironment(), home + QStringLiteral("/observer-cwd")));
        },
        {});
    // Wired as Pipeline::start wires them.
    connect(&scheduler, &Scheduler::evidence, &monitor, &AuthMonitor::reportEvidence);
    connect(&monitor, &AuthMonitor::stateChanged, &scheduler,
        [&scheduler](const AuthState &s) { scheduler.setAuthReady(s.canObserve()); });
    const int before = m_api.calls();
    monitor.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().kind, AuthState::SignInRejected, 90000);
    QVERIFY(m_api.calls() > before); // a real request was refused
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.runningObservers(), 0, 30000);
    QCOMPARE(queue.pendingCount(), 2);
    QCOMPARE(queue.parkedCount(), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(attempts), SUM(state) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not the events' fault
    QCOMPARE(q.value(1).toInt(), 0); // queued, not left claimed
    scheduler.shutdown();
}

QTEST_GUILESS_MAIN(TestRealCliAuth)
#include "tst_real_cli_auth.moc"
