// The usage guard on the user's path: the real hook, `observer-tray --drain`
// and `--status`, the real Claude Code CLI against the loopback stand-in that
// sends the API's `anthropic-ratelimit-unified-*` headers (so the CLI prints
// its rate_limit_event). 79 % goes on; 85 % pauses after that turn and keeps
// later events; the window resets and the stand-in says 10 %: they drain,
// exactly once. A refusal (HTTP 429) pauses with no attempt counted; an
// API-key-like login without windows leaves the guard nothing to go on.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/claude/StreamJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestUsageGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliPrintsTheWindows();
    void belowThresholdGoesOn();
    void aboveThresholdPausesUntilReset();
    void refusalPausesWithoutAttempt();
    void noWindowsNothingToGoOn();
    void runningAppResumesAtTheReset();

private:
    QProcessEnvironment sandbox(const QString &name);
    void recordTool(const QProcessEnvironment &env, const QString &marker);
    int drain(const QProcessEnvironment &env);
    QJsonObject status(const QProcessEnvironment &env);
    static qint64 secondsFromNow(int s) { return QDateTime::currentSecsSinceEpoch() + s; }

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
};

void TestUsageGuard::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_api.listen());
}

QProcessEnvironment TestUsageGuard::sandbox(const QString &name)
{
    const QString home = m_tmp.filePath(name);
    const QString config = home + QStringLiteral("/.claude");
    QDir().mkpath(config);
    TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-usage"));
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    TestEnv::addAppFolders(&env, home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // As the user does: without hooks the tray's state is "hooks not installed",
    // which outranks every observing state.
    QProcess install;
    install.setProcessEnvironment(env);
    install.start(QStringLiteral(OT_APP), { QStringLiteral("--install-hooks") });
    if (!install.waitForFinished(60000) || install.exitCode() != 0)
        qWarning("--install-hooks failed: %s", install.readAllStandardError().constData());
    return env;
}

void TestUsageGuard::recordTool(const QProcessEnvironment &env, const QString &marker)
{
    QProcess hook;
    hook.setProcessEnvironment(env);
    hook.start(QStringLiteral(OT_HOOK), { QStringLiteral("post-tool-use") });
    const QJsonObject payload { { QStringLiteral("session_id"), QStringLiteral("user-session-usage") },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") },
        { QStringLiteral("tool_name"), QStringLiteral("Edit") },
        { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("src/a.cpp") } } },
        { QStringLiteral("tool_response"), marker } };
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    QVERIFY(hook.waitForFinished(30000));
    QCOMPARE(hook.exitCode(), 0);
}

int TestUsageGuard::drain(const QProcessEnvironment &env)
{
    QProcess app;
    app.setProcessEnvironment(env);
    QSignalSpy finished(&app, &QProcess::finished); // an event loop: the stand-in lives here
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    if (!finished.wait(180000)) {
        app.kill();
        app.waitForFinished(5000);
        return -1;
    }
    return app.exitCode();
}

QJsonObject TestUsageGuard::status(const QProcessEnvironment &env)
{
    return TestEnv::statusOf(QStringLiteral(OT_APP), env);
}

namespace {
int pending(const QJsonObject &status)
{
    return status.value(QStringLiteral("queue")).toObject().value(QStringLiteral("pending")).toInt();
}

QJsonObject guardOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("usage")).toObject().value(QStringLiteral("guard")).toObject();
}

QJsonObject windowOf(const QJsonObject &status, const char *name)
{
    return status.value(QStringLiteral("usage"))
        .toObject()
        .value(QStringLiteral("rateLimit"))
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}
} // namespace

// The real CLI turns the headers into its rate_limit_event, and StreamJson
// reads both windows from it. OT_DUMP_STREAM=file keeps the lines (fixture).
void TestUsageGuard::cliPrintsTheWindows()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("stream"));
    const qint64 fiveReset = secondsFromNow(2 * 3600), weekReset = secondsFromNow(3 * 86400);
    m_api.setRateLimit(
        MessagesApiStandIn::RateLimit { 0.83, fiveReset, 0.41, weekReset, QStringLiteral("allowed_warning") });
    QProcess claude;
    claude.setProcessEnvironment(env);
    claude.setWorkingDirectory(env.value(QStringLiteral("HOME")));
    claude.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&claude, &QProcess::finished);
    claude.start(TestEnv::realClaude(),
        { QStringLiteral("-p"), QStringLiteral("hello"), QStringLiteral("--output-format"),
            QStringLiteral("stream-json"), QStringLiteral("--verbose"), QStringLiteral("--model"),
            QStringLiteral("haiku") });
    QVERIFY(finished.wait(90000));
    const QByteArray out = claude.readAllStandardOutput();
    if (const QString dump = qEnvironmentVariable("OT_DUMP_STREAM"); !dump.isEmpty()) {
        QFile f(dump);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(out) == out.size());
    }
    std::optional<RateLimitInfo> seen;
    for (const QByteArray &line : out.split('\n')) {
        const StreamEvent e = StreamJson::classify(line);
        if (e.kind == StreamEvent::RateLimit)
            seen = e.rateLimit;
    }
    QVERIFY2(seen, out.constData());
    QCOMPARE(seen->status, QStringLiteral("allowed_warning"));
    QCOMPARE(seen->fiveHour.utilization, 0.83);
    QCOMPARE(seen->fiveHour.resetsAtMs, fiveReset * 1000);
    QCOMPARE(seen->sevenDay.utilization, 0.41);
    QCOMPARE(seen->sevenDay.resetsAtMs, weekReset * 1000);
}

void TestUsageGuard::belowThresholdGoesOn()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("below"));
    const qint64 reset = secondsFromNow(3600);
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        0.79, reset, 0.41, secondsFromNow(4 * 86400), QStringLiteral("allowed_warning") });
    recordTool(env, QStringLiteral("below-1"));
    drain(env);
    recordTool(env, QStringLiteral("below-2"));
    drain(env);
    QCOMPARE(m_api.timesSent(QStringLiteral("below-1")), 1);
    QCOMPARE(m_api.timesSent(QStringLiteral("below-2")), 1); // 79 % < 80 %: goes on
    const QJsonObject s = status(env);
    QCOMPARE(pending(s), 0);
    QCOMPARE(windowOf(s, "fiveHour").value(QStringLiteral("utilization")).toDouble(), 0.79);
    QCOMPARE(windowOf(s, "fiveHour").value(QStringLiteral("resetsAt")).toInteger(), reset * 1000);
    QCOMPARE(windowOf(s, "sevenDay").value(QStringLiteral("utilization")).toDouble(), 0.41);
    QVERIFY(s.value(QStringLiteral("usage"))
                .toObject()
                .value(QStringLiteral("rateLimit"))
                .toObject()
                .value(QStringLiteral("seenAt"))
                .toInteger()
        > 0);
    QCOMPARE(guardOf(s).value(QStringLiteral("engaged")).toBool(), false);
    QCOMPARE(guardOf(s).value(QStringLiteral("hasWindows")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("observing"));
}

void TestUsageGuard::aboveThresholdPausesUntilReset()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("above"));
    const qint64 reset = secondsFromNow(20); // room for two drains before it
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        0.85, reset, 0.41, secondsFromNow(4 * 86400), QStringLiteral("allowed_warning") });
    recordTool(env, QStringLiteral("above-1"));
    drain(env);
    QCOMPARE(m_api.timesSent(QStringLiteral("above-1")), 1); // that turn went; the guard holds after it
    QJsonObject s = status(env);
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("paused_for_limits"));
    QCOMPARE(guardOf(s).value(QStringLiteral("reason")).toString(), QStringLiteral("five_hour"));
    QCOMPARE(guardOf(s).value(QStringLiteral("resumesAt")).toInteger(), reset * 1000);

    const int callsBefore = m_api.calls();
    recordTool(env, QStringLiteral("above-2"));
    recordTool(env, QStringLiteral("above-3"));
    QCOMPARE(drain(env), 1); // observers cannot work now: paused for your limits
    QCOMPARE(m_api.calls(), callsBefore); // held: nothing sent
    s = status(env);
    QCOMPARE(pending(s), 2); // kept
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("paused_for_limits"));

    // The window resets; the API now says 10 %.
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        0.10, secondsFromNow(5 * 3600), 0.42, secondsFromNow(4 * 86400), QStringLiteral("allowed") });
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > reset * 1000 + 500, 40000);
    // Past the reset --status no longer says paused, even before an app has run.
    QCOMPARE(status(env).value(QStringLiteral("trayState")).toString(), QStringLiteral("observing"));
    drain(env);
    QCOMPARE(m_api.timesSent(QStringLiteral("above-2")), 1);
    QCOMPARE(m_api.timesSent(QStringLiteral("above-3")), 1);
    QCOMPARE(m_api.timesSent(QStringLiteral("above-1")), 1);
    s = status(env);
    QCOMPARE(pending(s), 0);
    QCOMPARE(guardOf(s).value(QStringLiteral("engaged")).toBool(), false);
    QCOMPARE(windowOf(s, "fiveHour").value(QStringLiteral("utilization")).toDouble(), 0.10);
}

void TestUsageGuard::refusalPausesWithoutAttempt()
{
    QProcessEnvironment env = sandbox(QStringLiteral("refused"));
    // The user's path: the CLI's own retry count (TestEnv sets 0 for offline tests).
    env.remove(QStringLiteral("CLAUDE_CODE_MAX_RETRIES"));
    const qint64 reset = secondsFromNow(3 * 3600);
    m_api.setRateLimit(
        MessagesApiStandIn::RateLimit { 1.0, reset, 0.5, secondsFromNow(4 * 86400), QStringLiteral("rejected") });
    const int callsBefore = m_api.calls();
    recordTool(env, QStringLiteral("refused-1"));
    QCOMPARE(drain(env), 1); // told at once, not after a timeout
    const int calls = m_api.calls() - callsBefore;
    QVERIFY2(calls >= 1 && calls <= 3, qPrintable(QString::number(calls))); // no retry storm
    QCOMPARE(drain(env), 1); // a second run sends nothing either
    QCOMPARE(m_api.calls() - callsBefore, calls);
    const QJsonObject s = status(env);
    QCOMPARE(pending(s), 1);
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("paused_for_limits"));
    QCOMPARE(guardOf(s).value(QStringLiteral("reason")).toString(), QStringLiteral("rejected"));
    QCOMPARE(guardOf(s).value(QStringLiteral("resumesAt")).toInteger(), reset * 1000);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refused"));
    db.setDatabaseName(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY(db.open());
    QSqlQuery q(QStringLiteral("SELECT SUM(attempts) FROM events"), db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nobody's event's fault
}

void TestUsageGuard::noWindowsNothingToGoOn()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("apikey"));
    m_api.setRateLimit(std::nullopt);
    recordTool(env, QStringLiteral("apikey-1"));
    drain(env);
    QCOMPARE(m_api.timesSent(QStringLiteral("apikey-1")), 1);
    const QJsonObject s = status(env);
    QCOMPARE(guardOf(s).value(QStringLiteral("engaged")).toBool(), false);
    QCOMPARE(guardOf(s).value(QStringLiteral("hasWindows")).toBool(), false);
}

// The tray's own process (--headless) holds the queue through the window and
// resumes on its single-shot timer at the reset: nothing polls, nothing restarts it.
void TestUsageGuard::runningAppResumesAtTheReset()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("headless"));
    TestEnv::observeImmediately(env); // each tool event goes at once, as the guard's turns are counted
    const qint64 reset = secondsFromNow(15);
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        0.85, reset, 0.41, secondsFromNow(4 * 86400), QStringLiteral("allowed_warning") });
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&app] { // also when a check fails: leave nothing running
        app.terminate();
        if (!app.waitForFinished(30000))
            app.kill();
    });
    recordTool(env, QStringLiteral("headless-1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api.timesSent(QStringLiteral("headless-1")), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(
        status(env).value(QStringLiteral("trayState")).toString(), QStringLiteral("paused_for_limits"), 20000);
    recordTool(env, QStringLiteral("headless-2"));
    const int held = m_api.calls();
    // Until just before the reset nothing goes out.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > reset * 1000 - 1000, 40000);
    QCOMPARE(m_api.calls(), held);
    QCOMPARE(pending(status(env)), 1);
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        0.10, secondsFromNow(5 * 3600), 0.42, secondsFromNow(4 * 86400), QStringLiteral("allowed") });
    QTRY_COMPARE_WITH_TIMEOUT(m_api.timesSent(QStringLiteral("headless-2")), 1, 40000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= reset * 1000); // not before the reset
    QTRY_COMPARE_WITH_TIMEOUT(pending(status(env)), 0, 20000);
    const QJsonObject s = status(env);
    QCOMPARE(guardOf(s).value(QStringLiteral("engaged")).toBool(), false);
    QCOMPARE(m_api.timesSent(QStringLiteral("headless-1")), 1);
    QCOMPARE(m_api.timesSent(QStringLiteral("headless-2")), 1); // exactly once
}

QTEST_GUILESS_MAIN(TestUsageGuard)
#include "tst_usage_guard.moc"
