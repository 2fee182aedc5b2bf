// An observer that exits at once with the CLI's usage error (what 1.0.128 did
// with `--permission-mode dontAsk`) is a CLI the app cannot observe with: the
// state says so in the CLI's words, the events stay queued with no attempt
// counted, and nothing is started again until the CLI changes.
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/observe/ObserverProcess.h"
#include "core/observe/Scheduler.h"
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestUnsupportedCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrorIsUnsupportedNotAnAttempt();
    void capabilityCacheFromBeforeChoicesIsNotTrusted();
};

void TestUnsupportedCli::usageErrorIsUnsupportedNotAnAttempt()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    for (int i = 0; i < 2; ++i)
        QVERIFY(queue.enqueue(
            { 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                QStringLiteral(R"({"tool_name":"Read","tool_input":{"i":%1}})").arg(i).toUtf8(), 1, 0, {} },
            &error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_CLAUDE_MODE"), QStringLiteral("usage"));
    AuthMonitor monitor(env);
    monitor.setCli(CliCapabilities::detect(QStringLiteral(OT_FAKE_CLAUDE), env));
    int launches = 0;
    Scheduler scheduler(db.connection(),
        [&](const QString &userSessionId, QString *) {
            ++launches;
            ObserverLaunch l;
            l.program = QStringLiteral(OT_FAKE_CLAUDE);
            l.arguments = { QStringLiteral("-p"), QStringLiteral("--permission-mode"), QStringLiteral("dontAsk") };
            l.environment = env;
            l.workingDirectory = dir.path();
            l.observerSessionId = QStringLiteral("obs-usage");
            l.userSessionId = userSessionId;
            l.stopGraceMs = 1000;
            return std::optional(l);
        },
        {});
    // Wired as Pipeline::takeOver wires them.
    connect(&scheduler, &Scheduler::evidence, &monitor, &AuthMonitor::reportEvidence);
    connect(&monitor, &AuthMonitor::stateChanged, &scheduler,
        [&scheduler](const AuthState &s) { scheduler.setAuthReady(s.canObserve()); });
    monitor.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().kind, AuthState::CliUnsupported, 20000);
    const AuthState state = monitor.state();
    QCOMPARE(AuthState::kindName(state.kind), QStringLiteral("cli_unsupported"));
    QVERIFY2(state.message.contains(QStringLiteral("is not supported: error: option '--permission-mode <mode>' "
                                                   "argument 'dontAsk' is invalid")),
        qPrintable(state.message));
    QVERIFY(!state.hint.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.runningObservers(), 0, 15000);
    QCOMPARE(launches, 1);
    QCOMPARE(queue.pendingCount(), 2);
    QCOMPARE(queue.parkedCount(), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(attempts), MAX(state) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not the events' fault
    QCOMPARE(q.value(1).toInt(), 0); // queued, not left claimed
    // Its run says how it really ended: exit 1, in the CLI's words.
    QVERIFY(q.exec(QStringLiteral("SELECT exit_status, outcome, error FROM observer_runs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("exited"));
    QVERIFY2(q.value(2).toString().startsWith(QStringLiteral("error: option '--permission-mode <mode>' argument "
                                                             "'dontAsk' is invalid")),
        qPrintable(q.value(2).toString()));
    q.finish();
    // A state, not a retry loop: a recheck (the backoff's or the user's) keeps
    // it and starts nothing while the CLI is the same.
    QSignalSpy checked(&monitor, &AuthMonitor::checkFinished);
    monitor.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
    QCOMPARE(monitor.state().kind, AuthState::CliUnsupported);
    scheduler.pump();
    QCOMPARE(launches, 1);
    scheduler.shutdown();
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

// An app update must not keep a 1.0.128 looking as if it took dontAsk: an
// entry cached before accepted values were detected is detected again.
void TestUnsupportedCli::capabilityCacheFromBeforeChoicesIsNotTrusted()
{
    QTemporaryDir data;
    AppPaths::setDataDirOverride(data.path());
    const auto restore = qScopeGuard([] { AppPaths::setDataDirOverride({}); });
    const QFileInfo fake(QStringLiteral(OT_FAKE_CLAUDE));
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(fake.canonicalFilePath())
                            .arg(fake.size())
                            .arg(fake.lastModified().toMSecsSinceEpoch());
    QFile cache(data.filePath(QStringLiteral("cli-capabilities.json")));
    QVERIFY(cache.open(QIODevice::WriteOnly));
    cache.write(QJsonDocument(
        QJsonObject { { key,
            QJsonObject { { QStringLiteral("version"), QStringLiteral("9.9.9") }, { QStringLiteral("auth"), true },
                { QStringLiteral("flags"), QJsonArray { QStringLiteral("--permission-mode") } } } } })
                    .toJson());
    cache.close();
    const CliInfo cli = CliCapabilities::detect(fake.filePath(), QProcessEnvironment::systemEnvironment());
    QCOMPARE(cli.version, QStringLiteral("2.1.330")); // asked the CLI, not the stale entry
    QVERIFY(cli.supports(QStringLiteral("--tools")));
    // And the fresh entry is trusted next time.
    const CliInfo again = CliCapabilities::detect(fake.filePath(), QProcessEnvironment::systemEnvironment());
    QCOMPARE(again.flags, cli.flags);
    QCOMPARE(again.version, cli.version);
}

QTEST_GUILESS_MAIN(TestUnsupportedCli)
#include "tst_unsupported_cli.moc"
