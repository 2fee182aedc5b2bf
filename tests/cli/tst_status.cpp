// --status (cli/CommandsStatus): the last known state as JSON, and it runs
// nothing: no database is made by asking. A database it cannot read is said
// in the JSON and with exit 2, and left exactly as it was. The CLI's facts are
// the ones the app last detected, read from the database: --status never runs it.
#include "AppRun.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

class TestStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDatabaseYetCreatesNothing();
    void freshDatabaseHasCountsAndQueue();
    void unusableDatabaseIsReportedAndKept();
    void cliFactsAreTheStoredOnesAndTheCliIsNotRun();
    void lastRunAndTodaysUsageAreTheStoredRuns();
    void captureIsPartOfTheTrayState();
};

void TestStatus::noDatabaseYetCreatesNothing()
{
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("dataDir")).toString(), sandbox.dataDir());
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QVERIFY(!json.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QStringLiteral("No database yet")), r.out);
    QVERIFY(!json.contains(QStringLiteral("counts")));
    QVERIFY(!QFileInfo::exists(sandbox.databasePath()));
}

void TestStatus::freshDatabaseHasCountsAndQueue()
{
    AppSandbox sandbox;
    // One event recorded the way the hook hands it over: the queue shows it.
    const AppRun recorded = sandbox.run({ QStringLiteral("--record-event"), QStringLiteral("post-tool-use") },
        R"({"session_id":"s1","cwd":"/tmp","hook_event_name":"PostToolUse","tool_name":"Bash","tool_input":{}})");
    QCOMPARE(recorded.exitCode, 0);
    QVERIFY2(recorded.err.isEmpty(), recorded.err.constData());

    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    for (const char *key : { "version", "dataDir", "state", "message", "counts", "queue" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
        QStringLiteral("Sign-in not checked yet; run observer-tray --check-auth."));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("today")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("perProject")).toObject(), QJsonObject());
    const QJsonObject queue = json.value(QStringLiteral("queue")).toObject();
    QCOMPARE(queue.value(QStringLiteral("pending")).toInt(-1), 1);
    QCOMPARE(queue.value(QStringLiteral("parked")).toInt(-1), 0);
}

void TestStatus::unusableDatabaseIsReportedAndKept()
{
    AppSandbox sandbox;
    QVERIFY(sandbox.putUnusableDatabase());
    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(sandbox.databasePath()), r.out);
    QCOMPARE(sandbox.databaseBytes(), AppSandbox::kNotADatabase);
}

// A 1.0.x-like `claude` that notes every run: no `auth` command, no --tools,
// --permission-mode without dontAsk.
static bool putLoggingOldClaude(const AppSandbox &sandbox)
{
    const QString log = sandbox.home() + QStringLiteral("/claude-runs.log");
    const QByteArray script = "#!/bin/sh\necho \"$*\" >> '" + log.toUtf8()
        + "'\n"
          "case \"$1\" in\n"
          "--version) echo '1.0.128 (Claude Code)' ;;\n"
          "--help) cat <<'EOF'\n"
          "Usage: claude [options] [command] [prompt]\n\nOptions:\n"
          "  -p, --print                      Print response and exit\n"
          "  --output-format <format>         Output format (choices: \"text\", \"json\", \"stream-json\")\n"
          "  --permission-mode <mode>         Permission mode (choices: \"acceptEdits\", \"bypassPermissions\",\n"
          "                                   \"default\", \"plan\")\n"
          "  --append-system-prompt <prompt>  Append a system prompt\n"
          "  --disallowedTools <tools...>     Tools to deny\n\nCommands:\n  config\n  mcp\nEOF\n"
          ";;\n*) exit 1 ;;\nesac\n";
    const QString path = sandbox.binDir() + QStringLiteral("/claude");
    return writeFile(path, script)
        && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestStatus::cliFactsAreTheStoredOnesAndTheCliIsNotRun()
{
    AppSandbox sandbox;
    QVERIFY(putLoggingOldClaude(sandbox));
    const AppRun check = sandbox.run({ QStringLiteral("--check-auth") }); // detects the CLI and stores it
    QVERIFY2(check.exitCode >= 0, check.err.constData());
    const QString log = sandbox.home() + QStringLiteral("/claude-runs.log");
    QVERIFY2(readFile(log).contains("--help"), readFile(log).constData());
    QVERIFY(QFile::remove(log));

    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject cli = r.json().value(QStringLiteral("cli")).toObject();
    QCOMPARE(cli.value(QStringLiteral("path")).toString(), sandbox.binDir() + QStringLiteral("/claude"));
    QCOMPARE(cli.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.128"));
    QCOMPARE(cli.value(QStringLiteral("hasAuthCommand")).toBool(true), false);
    QCOMPARE(cli.value(QStringLiteral("flags")).toVariant().toStringList(),
        (QStringList { QStringLiteral("--output-format"), QStringLiteral("--permission-mode"),
            QStringLiteral("--append-system-prompt"), QStringLiteral("--disallowedTools") }));
    const QJsonObject choices = cli.value(QStringLiteral("choices")).toObject();
    QCOMPARE(choices.value(QStringLiteral("--permission-mode")).toVariant().toStringList(),
        (QStringList { QStringLiteral("acceptEdits"), QStringLiteral("bypassPermissions"), QStringLiteral("default"),
            QStringLiteral("plan") }));
    QVERIFY2(!QFileInfo::exists(log), readFile(log).constData()); // --status ran nothing
}

void TestStatus::lastRunAndTodaysUsageAreTheStoredRuns()
{
    AppSandbox sandbox;
    const AppRun none = sandbox.run({ QStringLiteral("--record-event"), QStringLiteral("post-tool-use") },
        R"({"session_id":"s1","cwd":"/tmp","hook_event_name":"PostToolUse","tool_name":"Bash","tool_input":{}})");
    QCOMPARE(none.exitCode, 0);
    {
        Database db(sandbox.databasePath());
        QVERIFY2(db.open(), qPrintable(db.error()));
        ObserverRunLog runs(db.connection());
        QString error;
        RunUsage usage;
        usage.inputTokens = 10;
        usage.outputTokens = 20;
        usage.numTurns = 1;
        usage.apiCalls = 1;
        const auto first
            = runs.recordStart({ QStringLiteral("o1"), QStringLiteral("s1"), {}, QStringLiteral("/"), {} }, &error);
        QVERIFY(first);
        runs.recordEnd(*first, { 0, QStringLiteral("retired"), {}, QStringLiteral("2.1.330"), usage });
        const auto second
            = runs.recordStart({ QStringLiteral("o2"), QStringLiteral("s1"), {}, QStringLiteral("/"), {} }, &error);
        QVERIFY(second);
        runs.recordEnd(*second,
            { 1, QStringLiteral("exited"), QStringLiteral("error: option x"), QStringLiteral("2.1.330"), usage });
    }
    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject last = r.json().value(QStringLiteral("lastRun")).toObject();
    QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(-1), 1);
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("exited"));
    QCOMPARE(last.value(QStringLiteral("error")).toString(), QStringLiteral("error: option x"));
    QCOMPARE(last.value(QStringLiteral("cliVersion")).toString(), QStringLiteral("2.1.330"));
    QCOMPARE(last.value(QStringLiteral("outputTokens")).toInt(), 20);
    const QJsonObject today = r.json().value(QStringLiteral("runsToday")).toObject();
    QCOMPARE(today.value(QStringLiteral("runs")).toInt(), 2);
    QCOMPARE(today.value(QStringLiteral("inputTokens")).toInt(), 20);
    QCOMPARE(today.value(QStringLiteral("outputTokens")).toInt(), 40);
    QCOMPARE(today.value(QStringLiteral("apiCalls")).toInt(), 2);
}

// Issue 17: a first start without hooks is not "observing" (it was "unknown",
// and the tray showed the green tick); hooks that cannot run, and sessions
// that write transcripts while no event arrives, are states of their own.
void TestStatus::captureIsPartOfTheTrayState()
{
    AppSandbox sandbox;
    auto trayState = [&sandbox] {
        const AppRun r = sandbox.run({ QStringLiteral("--status") });
        return std::make_pair(r.json().value(QStringLiteral("trayState")).toString(),
            r.json().value(QStringLiteral("capture")).toObject());
    };
    auto [first, capture] = trayState();
    QCOMPARE(first, QStringLiteral("hooks_not_installed"));
    QCOMPARE(capture.value(QStringLiteral("hooks")).toString(), QStringLiteral("not_installed"));
    QVERIFY(capture.value(QStringLiteral("nextStep")).toString().contains(QStringLiteral("--install-hooks")));

    QVERIFY(writeFile(sandbox.settingsJson(),
        R"({"hooks":{"Stop":[{"hooks":[{"type":"command","command":"/gone/observer-tray-hook --record-event stop"}]}]}})"));
    QCOMPARE(trayState().first, QStringLiteral("hooks_broken"));

    QVERIFY(QFile::remove(sandbox.settingsJson()));
    QCOMPARE(sandbox.run({ QStringLiteral("--install-hooks") }).exitCode, 0);
    const AppRun recorded = sandbox.run({ QStringLiteral("--record-event"), QStringLiteral("stop") },
        R"({"session_id":"s1","cwd":"/tmp","hook_event_name":"Stop"})");
    QCOMPARE(recorded.exitCode, 0);
    QCOMPARE(trayState().first, QStringLiteral("unknown")); // recording; the sign-in is not checked yet

    // The event is twenty minutes old, and a session wrote its transcript just now.
    {
        Database db(sandbox.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET created_at = %1")
                           .arg(QDateTime::currentMSecsSinceEpoch() - 20 * 60 * 1000)));
    }
    QVERIFY(writeFile(sandbox.claudeDir() + QStringLiteral("/projects/-home-u-app/s2.jsonl"), "{}\n"));
    std::tie(first, capture) = trayState();
    QCOMPARE(first, QStringLiteral("capture_stalled"));
    QCOMPARE(capture.value(QStringLiteral("stalled")).toBool(), true);
    QVERIFY(capture.value(QStringLiteral("detail")).toString().contains(QStringLiteral("s2.jsonl")));
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
