// The user's real path, end to end, from each layout: hooks installed by the
// app's own `--install-hooks` (the README's command in the build tree, and the
// installed program after `cmake --install`), a real `claude -p` session with
// tools against the loopback Messages API firing them through /bin/sh exactly
// as settings.json says, the pipeline run as the user's tray would, and the
// next session offered what was learned.
#include "MessagesApiStandIn.h"
#include "SandboxUser.h"
#include "TestEnv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString kPrompt = QStringLiteral("Find out why the pager skips its last page");

// "post-tool-use=2 stop=1 …": comparable, and readable when it fails.
template<typename Map> QString describe(const Map &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TestRealSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sessionIsRecordedObservedAndOfferedBack_data() { layouts(); }
    void sessionIsRecordedObservedAndOfferedBack();
    void sigtermWhileAnObserverWaitsLosesNothing_data() { layouts(); }
    void sigtermWhileAnObserverWaitsLosesNothing();

private:
    void layouts();
    std::unique_ptr<SandboxUser> newUser(const QString &name);
    void verifyEveryHookRan(const SandboxUser::ClientSession &session);
    void verifyAllQueued(const SandboxUser &user, const QString &sessionId);
    QString observerTextsSince(int call) const;
    void drainAndVerifyObserved(const SandboxUser &user, const QString &sessionId, QStringList *titles);

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
    QString m_prefix;
    int m_answers = 0;
};

void TestRealSession::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_api.listen());
    // Each observer answer has its own title, so "every stored title" means something.
    m_api.setAnswer([this](const MessagesApiStandIn::Request &) {
        return QStringLiteral("<observation><type>discovery</type><title>Pager finding number %1</title>"
                              "<narrative>The greeting tool ran and notes.txt was read.</narrative></observation>")
            .arg(++m_answers);
    });
    // Once for both cases: the layout a packager or `--prefix ~/.local` user gets.
    QElapsedTimer timer;
    timer.start();
    m_prefix = m_tmp.filePath(QStringLiteral("prefix"));
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(OT_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(OT_BINARY_DIR), QStringLiteral("--prefix"), m_prefix });
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    qInfo("cmake --install took %lld ms", timer.elapsed());
}

void TestRealSession::layouts()
{
    QTest::addColumn<QString>("app");
    // Exactly the README's command: the program in the build tree.
    QTest::newRow("build-tree") << QStringLiteral(OT_BINARY_DIR "/app/gui/observer-tray");
    QTest::newRow("install-prefix") << m_prefix + QStringLiteral("/bin/observer-tray");
}

std::unique_ptr<SandboxUser> TestRealSession::newUser(const QString &name)
{
    QFETCH(QString, app);
    auto user = std::make_unique<SandboxUser>(
        m_tmp.filePath(name + QLatin1Char('-') + QLatin1String(QTest::currentDataTag())), app, m_api.baseUrl());
    // The user's session asks for a command, then for a file of the project, then answers.
    m_api.setToolScript({ { QStringLiteral("Bash"),
                              QJsonObject { { QStringLiteral("command"), QStringLiteral("echo hello-from-tool") },
                                  { QStringLiteral("description"), QStringLiteral("Say hello") } } },
        { QStringLiteral("Read"),
            QJsonObject { { QStringLiteral("file_path"), user->projectDir() + QStringLiteral("/notes.txt") } } } });
    const SandboxUser::AppRun install = user->runApp({ QStringLiteral("--install-hooks") });
    if (install.exitCode != 0)
        qWarning("--install-hooks: %s", qPrintable(install.output));
    return install.exitCode == 0 ? std::move(user) : nullptr;
}

void TestRealSession::verifyEveryHookRan(const SandboxUser::ClientSession &session)
{
    QVERIFY2(session.exitCode == 0, qPrintable(session.stderrText));
    QVERIFY(!session.sessionId.isEmpty());
    // What Claude Code reports of each run (SessionEnd runs after the last
    // line it prints, so its proof is its row in the queue).
    QMap<QString, int> fired;
    for (const SandboxUser::HookRun &run : session.hookRuns) {
        ++fired[run.event];
        QVERIFY2(run.exitCode == 0 && run.outcome == QLatin1String("success") && run.stderrText.isEmpty(),
            qPrintable(QStringLiteral("%1 exited %2 (%3): %4")
                           .arg(run.name)
                           .arg(run.exitCode)
                           .arg(run.outcome, run.stderrText)));
    }
    QCOMPARE(describe(fired), QStringLiteral("PostToolUse=2 SessionStart=1 Stop=1 UserPromptSubmit=1"));
}

void TestRealSession::verifyAllQueued(const SandboxUser &user, const QString &sessionId)
{
    // One row per firing, nothing more, nothing less.
    QCOMPARE(describe(user.queuedKinds(sessionId)),
        QStringLiteral("post-tool-use=2 session-end=1 session-start=1 stop=1 user-prompt-submit=1"));
}

QString TestRealSession::observerTextsSince(int call) const
{
    QString texts;
    const QList<MessagesApiStandIn::Request> requests = m_api.messageRequests();
    for (qsizetype i = call; i < requests.size(); ++i) {
        if (!requests[i].offersTools)
            texts += requests[i].lastUserText + QLatin1Char('\n');
    }
    return texts;
}

// `--drain`, as a user's tray would run the pipeline: the prompt and both
// tool calls (the Read with its result) reach an observer, its observations
// are stored (titles) and the session's events leave the queue.
void TestRealSession::drainAndVerifyObserved(const SandboxUser &user, const QString &sessionId, QStringList *titles)
{
    const int beforeDrain = m_api.calls();
    const SandboxUser::AppRun drain = user.runApp({ QStringLiteral("--drain") });
    QVERIFY2(
        drain.exitCode == 0, qPrintable(QStringLiteral("--drain exited %1: %2").arg(drain.exitCode).arg(drain.output)));
    const QString seen = observerTextsSince(beforeDrain);
    for (const QString &expected : { kPrompt, QStringLiteral("echo hello-from-tool"),
             user.projectDir() + QStringLiteral("/notes.txt"), QStringLiteral("the pager skips its last page") })
        QVERIFY2(seen.contains(expected),
            qPrintable(QStringLiteral("no observer saw \"%1\"; they saw:\n%2").arg(expected, seen)));
    *titles = user.storedTitles();
    QVERIFY2(!titles->isEmpty() && !titles->constFirst().startsWith(QLatin1String("error")),
        qPrintable(titles->join(QLatin1Char('\n'))));
    QCOMPARE(describe(user.queuedKinds(sessionId)), QString());
}

void TestRealSession::sessionIsRecordedObservedAndOfferedBack()
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<SandboxUser> user = newUser(QStringLiteral("recorded"));
    QVERIFY(user);

    const SandboxUser::ClientSession first = user->runSession(kPrompt);
    verifyEveryHookRan(first);
    verifyAllQueued(*user, first.sessionId);
    if (QTest::currentTestFailed())
        return;
    QStringList titles;
    drainAndVerifyObserved(*user, first.sessionId, &titles);
    if (QTest::currentTestFailed())
        return;

    // The next session in the project is offered what was learned, in the
    // role:"system" message where Claude Code puts SessionStart output.
    const int beforeSecond = m_api.calls();
    const SandboxUser::ClientSession second = user->runSession(QStringLiteral("What do we know about the pager?"));
    verifyEveryHookRan(second);
    verifyAllQueued(*user, second.sessionId);
    if (QTest::currentTestFailed())
        return;
    const QList<MessagesApiStandIn::Request> requests = m_api.messageRequests().mid(beforeSecond);
    const auto firstRequest = std::find_if(requests.cbegin(), requests.cend(),
        [&](const MessagesApiStandIn::Request &r) { return r.sessionId == second.sessionId; });
    QVERIFY(firstRequest != requests.cend());
    QVERIFY2(firstRequest->systemMessageText.contains(QLatin1String("SessionStart:startup hook success")),
        qPrintable(firstRequest->systemMessageText.left(2000)));
    for (const QString &title : titles)
        QVERIFY2(firstRequest->systemMessageText.contains(title), qPrintable(title));

    // Observers leave no transcript: only the user's two sessions are there,
    // and nothing had to be hidden.
    QStringList names;
    for (const QString &t : user->transcripts())
        names << QFileInfo(t).fileName();
    QStringList expected { first.sessionId + QStringLiteral(".jsonl"), second.sessionId + QStringLiteral(".jsonl") };
    expected.sort();
    QCOMPARE(names, expected);
    QCOMPARE(user->hiddenFiles(), QStringList());
    qInfo("%s: %lld ms", QTest::currentDataTag(), timer.elapsed());
}

void TestRealSession::sigtermWhileAnObserverWaitsLosesNothing()
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<SandboxUser> user = newUser(QStringLiteral("sigterm"));
    QVERIFY(user);
    TestEnv::observeImmediately(user->environment()); // the observer mid-turn at SIGTERM, not a batch held
    // The tray runs while the user works, and the observer's answer is slow.
    m_api.setHoldObserverAnswers(true);
    const std::unique_ptr<QProcess> headless(user->startApp({ QStringLiteral("--headless") }));
    const auto stopOnFailure = qScopeGuard([this, &headless] {
        m_api.setHoldObserverAnswers(false);
        headless->kill();
        headless->waitForFinished(10000);
    });
    QVERIFY(headless->waitForStarted());
    // Its first line is the sign-in verdict: observing has begun.
    QTRY_VERIFY_WITH_TIMEOUT(headless->canReadLine(), 30000);
    const QByteArray verdict = headless->readLine();
    QVERIFY2(!verdict.contains("not signed in"), verdict.constData());

    const SandboxUser::ClientSession session = user->runSession(kPrompt);
    verifyEveryHookRan(session);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_api.heldCount() > 0, 30000);

    QSignalSpy finished(headless.get(), &QProcess::finished);
    headless->terminate();
    QVERIFY(finished.wait(30000));
    QCOMPARE(headless->exitStatus(), QProcess::NormalExit);
    QCOMPARE(headless->exitCode(), 0);
    m_api.setHoldObserverAnswers(false);
    m_api.releaseHeld(); // to nobody: the observer went with the tray
    // Nothing was acknowledged without a stored answer: every event is queued again.
    verifyAllQueued(*user, session.sessionId);
    if (QTest::currentTestFailed())
        return;

    // And the next run sends the session again: the prompt and both tool events.
    QStringList titles;
    drainAndVerifyObserved(*user, session.sessionId, &titles);
    if (QTest::currentTestFailed())
        return;
    qInfo("%s: %lld ms", QTest::currentDataTag(), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestRealSession)
#include "tst_real_session.moc"
