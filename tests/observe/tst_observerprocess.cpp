// ObserverProcess with the fake `claude`: each fault ends in the right signal
// and state (a turn past its timeout, a crash, garbage, a refused sign-in),
// stop() ends the whole process group within its grace, and afterwards no
// process of ours is left (children and grandchildren, checked in /proc).
#include "FakeObserver.h"
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/observe/ObserverProcess.h"

#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

class TestObserverProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void faults_data();
    void faults();
    void stopKillsTheWholeGroup();
    void stopAllLeavesNoOrphans();

private:
    static ObserverLaunch launch(const QString &mode, int turnTimeoutMs = 20000)
    {
        return fakeObserverLaunch(mode, turnTimeoutMs);
    }
};

void TestObserverProcess::cleanup()
{
    // Nothing of ours may outlive a test.
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestObserverProcess::faults_data()
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

void TestObserverProcess::faults()
{
    QFETCH(QString, mode);
    QFETCH(int, turns);
    QFETCH(bool, expectFailure);
    QFETCH(bool, expectBlocked);
    QFETCH(QString, reasonHas);
    AuthMonitor auth(QProcessEnvironment {});
    ObserverProcess process(launch(mode, 3000));
    connect(&process, &ObserverProcess::evidence, &auth, &AuthMonitor::reportEvidence);
    QSignalSpy finished(&process, &ObserverProcess::turnFinished);
    QSignalSpy failed(&process, &ObserverProcess::turnFailed);
    QSignalSpy stopped(&process, &ObserverProcess::stopped);
    process.start();
    for (int t = 0; t < turns; ++t) {
        // Sent before the process has even started: every turn is accepted.
        QVERIFY(process.sendTurn(QStringLiteral("event %1").arg(t)));
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
    process.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 15000);
    QCOMPARE(stopped.size(), 1);
}

void TestObserverProcess::stopKillsTheWholeGroup()
{
    ObserverProcess process(launch(QStringLiteral("hang"), 600000));
    QSignalSpy stopped(&process, &ObserverProcess::stopped);
    process.start();
    QVERIFY(process.sendTurn(QStringLiteral("x")));
    const qint64 pid = process.processId();
    QVERIFY(pid > 0);
    // The fake starts a grandchild (sleep) in the observer's own session.
    QTRY_VERIFY_WITH_TIMEOUT(TestEnv::processesInSession(pid).size() >= 2, 10000);
    process.stop();
    QVERIFY(stopped.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::processesInSession(pid).size(), 0, 10000);
}

void TestObserverProcess::stopAllLeavesNoOrphans()
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

QTEST_GUILESS_MAIN(TestObserverProcess)
#include "tst_observerprocess.moc"
