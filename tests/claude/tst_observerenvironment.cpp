// Every rule of the observer's environment, asserted on the exact
// QProcessEnvironment that QProcess is given; plus the auth probe's rules.
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/ObserverCommand.h"
#include "core/claude/ObserverEnvironment.h"
#include "core/platform/AppPaths.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QProcessEnvironment userEnv(const QString &home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"),
        QFileInfo(QStringLiteral(OT_FAKE_CLAUDE)).absolutePath() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), home + QStringLiteral("/my-claude"));
    env.insert(QStringLiteral("CLAUDECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("CLAUDE_CODE_ENTRYPOINT"), QStringLiteral("cli"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    return env;
}
} // namespace

class TestObserverEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inheritsAndNeverTouchesConfigDir();
    void neverAddsCredentials();
    void billingGuardDropsKeysOnlyWithSubscription();
    void keysStayWithoutSubscription();
    void commandUsesOnlySupportedFlags();
    void oldCliIsNeverSentAuthStatus();
    void missingCliIsReportedWithWhereWeLooked();
    void oldCliGetsNoWarmupsAndShortRetries();
};

void TestObserverEnvironment::inheritsAndNeverTouchesConfigDir()
{
    const QProcessEnvironment in = userEnv(QStringLiteral("/home/u"));
    const QProcessEnvironment out = ObserverEnvironment::build(in, false);
    QCOMPARE(out.value(QStringLiteral("CLAUDE_CONFIG_DIR")), QStringLiteral("/home/u/my-claude"));
    QCOMPARE(out.value(QStringLiteral("HOME")), QStringLiteral("/home/u"));
    QCOMPARE(out.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(out.value(QStringLiteral("OBSERVER_TRAY_OBSERVER")), QStringLiteral("1"));
    QCOMPARE(out.value(QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC")), QStringLiteral("1"));
    QVERIFY(!out.contains(QStringLiteral("CLAUDECODE")));
    QVERIFY(!out.contains(QStringLiteral("CLAUDE_CODE_ENTRYPOINT")));
    // Without CLAUDE_CONFIG_DIR inherited, none is invented.
    QProcessEnvironment noConfig = in;
    noConfig.remove(QStringLiteral("CLAUDE_CONFIG_DIR"));
    QVERIFY(!ObserverEnvironment::build(noConfig, true).contains(QStringLiteral("CLAUDE_CONFIG_DIR")));
    // Exactly: inherited − Claude Code's child variables + marker + traffic switch.
    QStringList added = out.keys();
    for (const QString &k : in.keys())
        added.removeAll(k);
    added.sort();
    QCOMPARE(added,
        (QStringList {
            QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"), QStringLiteral("OBSERVER_TRAY_OBSERVER") }));
}

void TestObserverEnvironment::neverAddsCredentials()
{
    const QProcessEnvironment out = ObserverEnvironment::build(userEnv(QStringLiteral("/home/u")), false);
    for (const QString &k : out.keys()) {
        QVERIFY2(!k.contains(QLatin1String("API_KEY")) && !k.contains(QLatin1String("TOKEN")), qPrintable(k));
    }
}

void TestObserverEnvironment::billingGuardDropsKeysOnlyWithSubscription()
{
    QTemporaryDir home;
    QProcessEnvironment in = userEnv(home.path());
    in.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-api03-from-a-dotenv"));
    qputenv("FAKE_CLAUDE_MODE", "ok"); // auth status: subscription login (claude.ai, max)
    AuthMonitor monitor(in);
    monitor.setCli(CliCapabilities::detect(QStringLiteral(OT_FAKE_CLAUDE), in));
    monitor.setBillingGuard(true);
    QSignalSpy done(&monitor, &AuthMonitor::checkFinished);
    monitor.checkNow();
    QVERIFY(done.wait(20000));
    QCOMPARE(monitor.state().kind, AuthState::SignedIn);
    QCOMPARE(monitor.state().credential, AuthState::ClaudeSubscription);
    QCOMPARE(monitor.state().credentialLabel(), QStringLiteral("Claude subscription (max)"));
    QVERIFY(!monitor.observerEnvironment().contains(QStringLiteral("ANTHROPIC_API_KEY")));
    QCOMPARE(monitor.observerEnvironment().value(QStringLiteral("CLAUDE_CONFIG_DIR")),
        in.value(QStringLiteral("CLAUDE_CONFIG_DIR")));
    // Guard off: the user's key is what observers spend, and the app says so.
    monitor.setBillingGuard(false);
    monitor.checkNow();
    QVERIFY(done.wait(20000));
    QCOMPARE(monitor.observerEnvironment().value(QStringLiteral("ANTHROPIC_API_KEY")),
        QStringLiteral("sk-ant-api03-from-a-dotenv"));
}

void TestObserverEnvironment::keysStayWithoutSubscription()
{
    QProcessEnvironment in = userEnv(QStringLiteral("/home/u"));
    in.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-api03-k"));
    // The guard's decision is only ever "drop"; keeping is the default.
    QCOMPARE(ObserverEnvironment::build(in, false).value(QStringLiteral("ANTHROPIC_API_KEY")),
        QStringLiteral("sk-ant-api03-k"));
    QVERIFY(!ObserverEnvironment::build(in, true).contains(QStringLiteral("ANTHROPIC_API_KEY")));
}

void TestObserverEnvironment::commandUsesOnlySupportedFlags()
{
    CliInfo modern;
    CliCapabilities::parseHelp(
        QStringLiteral("Options:\n  --no-session-persistence  x\n  --tools <tools...>\n"
                       "  --setting-sources <s>\n  --strict-mcp-config\n  --permission-mode <m>\n"
                       "  --model <m>\n  --system-prompt <p>\n  --session-id <uuid>\nCommands:\n  auth  x\n"),
        &modern);
    QVERIFY(modern.hasAuthCommand);
    const QStringList args = ObserverCommand::build(modern, QStringLiteral("haiku"), QStringLiteral("SYS"),
        QStringLiteral("uuid-1"), QStringLiteral("/data/observer-cwd"))
                                 .arguments;
    QCOMPARE(args,
        (QStringList { QStringLiteral("-p"), QStringLiteral("--input-format"), QStringLiteral("stream-json"),
            QStringLiteral("--output-format"), QStringLiteral("stream-json"), QStringLiteral("--verbose"),
            QStringLiteral("--no-session-persistence"), QStringLiteral("--tools"), QString(),
            QStringLiteral("--setting-sources"), QString(), QStringLiteral("--strict-mcp-config"),
            QStringLiteral("--permission-mode"), QStringLiteral("dontAsk"), QStringLiteral("--model"),
            QStringLiteral("haiku"), QStringLiteral("--system-prompt"), QStringLiteral("SYS"),
            QStringLiteral("--session-id"), QStringLiteral("uuid-1") }));
    CliInfo old;
    CliCapabilities::parseHelp(QStringLiteral("Options:\n  --model <m>\nCommands:\n  config\n  mcp\n"), &old);
    QVERIFY(!old.hasAuthCommand);
    const QStringList oldArgs = ObserverCommand::build(
        old, QStringLiteral("haiku"), QStringLiteral("S"), QStringLiteral("u"), QStringLiteral("/c"))
                                    .arguments;
    QVERIFY(!oldArgs.contains(QStringLiteral("--no-session-persistence")));
    QVERIFY(!oldArgs.contains(QStringLiteral("--session-id")));
}

void TestObserverEnvironment::oldCliIsNeverSentAuthStatus()
{
    QTemporaryDir home;
    const QString log = home.filePath(QStringLiteral("prompts.log"));
    qputenv("FAKE_CLAUDE_MODE", "old");
    qputenv("FAKE_CLAUDE_LOG", log.toUtf8());
    QProcessEnvironment in = userEnv(home.path());
    in.insert(QStringLiteral("FAKE_CLAUDE_MODE"), QStringLiteral("old"));
    in.insert(QStringLiteral("FAKE_CLAUDE_LOG"), log);
    QDir().mkpath(home.filePath(QStringLiteral("my-claude")));
    QFile creds(home.filePath(QStringLiteral("my-claude/.credentials.json")));
    QVERIFY(creds.open(QIODevice::WriteOnly));
    creds.write("{}");
    creds.close();
    AppPaths::setDataDirOverride(home.filePath(QStringLiteral("data"))); // a fresh capability cache
    const CliInfo cli = CliCapabilities::detect(QStringLiteral(OT_FAKE_CLAUDE), in);
    AppPaths::setDataDirOverride({});
    QCOMPARE(cli.version, QStringLiteral("2.0.77"));
    QVERIFY(!cli.hasAuthCommand);
    AuthMonitor monitor(in);
    monitor.setCli(cli);
    QSignalSpy done(&monitor, &AuthMonitor::checkFinished);
    monitor.checkNow();
    QTRY_VERIFY(!done.isEmpty());
    QCOMPARE(monitor.state().kind, AuthState::ProbablySignedIn);
    QCOMPARE(monitor.state().credentialLabel(), QStringLiteral("Claude subscription"));
    QVERIFY2(!QFile::exists(log), "an old CLI was sent a prompt: that costs tokens");
    qunsetenv("FAKE_CLAUDE_LOG");
}

void TestObserverEnvironment::missingCliIsReportedWithWhereWeLooked()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-home"));
    // A folder named twice in PATH is searched, and reported, once.
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent-bin:/usr/local/bin:/nonexistent-bin"));
    const CliInfo cli = CliCapabilities::detect(QString(), env);
    QVERIFY(!cli.found());
    QVERIFY(cli.searched.contains(QStringLiteral("/nonexistent-home/.local/bin/claude")));
    QCOMPARE(cli.searched.count(QStringLiteral("/nonexistent-bin/claude")), 1);
    QCOMPARE(cli.searched.count(QStringLiteral("/usr/local/bin/claude")), 1); // in PATH and in the usual places
    AuthMonitor monitor(env);
    monitor.setCli(cli);
    monitor.checkNow();
    QCOMPARE(monitor.state().kind, AuthState::CliNotFound);
    QVERIFY(monitor.state().detail.contains(QStringLiteral("/nonexistent-bin/claude")));
}

// Measured on the real 2.0.77 (tst_old_cli_cost): these stop its three
// Warmup calls and its 3-minute silent 401 retries; the observer's own model
// keeps its prompt cache, and sign-in is untouched.
void TestObserverEnvironment::oldCliGetsNoWarmupsAndShortRetries()
{
    const QProcessEnvironment in = userEnv(QStringLiteral("/home/u"));
    const QProcessEnvironment haiku
        = ObserverEnvironment::build(in, false, QStringLiteral("2.0.77"), QStringLiteral("haiku"));
    QCOMPARE(haiku.value(QStringLiteral("CLAUDE_CODE_SUBAGENT_MODEL")),
        haiku.value(QStringLiteral("ANTHROPIC_DEFAULT_OPUS_MODEL")));
    QCOMPARE(haiku.value(QStringLiteral("DISABLE_PROMPT_CACHING_OPUS")), QStringLiteral("1"));
    QCOMPARE(haiku.value(QStringLiteral("CLAUDE_CODE_MAX_RETRIES")), QStringLiteral("3"));
    for (const char *kept : { "DISABLE_PROMPT_CACHING", "DISABLE_PROMPT_CACHING_HAIKU", "ANTHROPIC_DEFAULT_HAIKU_MODEL",
             "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN" })
        QVERIFY2(!haiku.contains(QString::fromLatin1(kept)), kept);
    QCOMPARE(haiku.value(QStringLiteral("CLAUDE_CONFIG_DIR")), QStringLiteral("/home/u/my-claude"));
    // An Opus observer keeps Opus's cache: the subagents go to Sonnet instead.
    const QProcessEnvironment opus
        = ObserverEnvironment::build(in, false, QStringLiteral("1.0.128"), QStringLiteral("opus"));
    QVERIFY(!opus.contains(QStringLiteral("DISABLE_PROMPT_CACHING_OPUS")));
    QVERIFY(!opus.contains(QStringLiteral("ANTHROPIC_DEFAULT_OPUS_MODEL")));
    QCOMPARE(opus.value(QStringLiteral("CLAUDE_CODE_SUBAGENT_MODEL")),
        opus.value(QStringLiteral("ANTHROPIC_DEFAULT_SONNET_MODEL")));
    QCOMPARE(opus.value(QStringLiteral("DISABLE_PROMPT_CACHING_SONNET")), QStringLiteral("1"));
    // 2.1 sends no warm-ups and reports retries as they happen: nothing added.
    for (const QString &version : { QStringLiteral("2.1.197"), QStringLiteral("2.1.330"), QString() })
        QCOMPARE(ObserverEnvironment::build(in, false, version, QStringLiteral("haiku")),
            ObserverEnvironment::build(in, false));
    QVERIFY(!ObserverEnvironment::build(in, false).contains(QStringLiteral("CLAUDE_CODE_MAX_RETRIES")));
}

QTEST_GUILESS_MAIN(TestObserverEnvironment)
#include "tst_observerenvironment.moc"
