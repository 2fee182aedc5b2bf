// The older Claude Code CLIs of the version matrix (tests/e2e/clis/V, in the
// cache install-cli.sh fills), each real, offline against the loopback
// stand-in: capabilities detected from its own --help, and the user's story
// through the real app: a `--drain` before signing in keeps every event and
// says how to sign in, `--check-auth` sends no request, and a signed-in
// `--drain` stores observations with the user's bearer, offers the model no
// tool, gets our instructions to it, costs the calls the README's table
// states, and leaves no observer transcript where `claude --resume` lists it.
// Label `oldcli`: the plain suite only (scripts/test.sh --sanitize skips it).
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/ObserverCommand.h"
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Words only our observer prompt has (ObserverPrompt::systemPrompt).
const QString kOurInstructions = QStringLiteral("You are a silent observer of a developer's Claude Code session.");

QString systemTextOf(const QByteArray &body)
{
    const QJsonValue system = QJsonDocument::fromJson(body).object().value(QStringLiteral("system"));
    if (system.isString())
        return system.toString();
    QString text;
    for (const QJsonValue &block : system.toArray())
        text += block.toObject().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
    return text;
}
} // namespace

class TestCliMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void capabilitiesFromRealHelp_data();
    void capabilitiesFromRealHelp();
    void signedInDrainObserves_data();
    void signedInDrainObserves();

private:
    void addVersionRows();
    QProcessEnvironment userEnvironment(const QString &name, const QString &version);
    int runHook(const QProcessEnvironment &env, const QString &kind, const QJsonObject &payload);
    int runApp(const QProcessEnvironment &env, const QString &option, QByteArray *out);

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
};

void TestCliMatrix::initTestCase()
{
    QVERIFY(m_api.listen());
    QVERIFY(m_tmp.isValid());
}

void TestCliMatrix::addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("hasDontAsk"); // else --permission-mode default
    QTest::addColumn<bool>("hasToolsFlag"); // else --disallowedTools with its tools
    QTest::addColumn<bool>("hasSystemPrompt"); // else --append-system-prompt
    // README, "Calls per observer": before 2.1 a 1-token "quota" call at each observer start.
    QTest::addColumn<int>("quotaCallsPerStart");
    QTest::newRow("1.0.128") << QStringLiteral("1.0.128") << false << false << false << 1;
    QTest::newRow("2.0.77") << QStringLiteral("2.0.77") << true << true << true << 1;
    QTest::newRow("2.1.197") << QStringLiteral("2.1.197") << true << true << true << 0;
}

QProcessEnvironment TestCliMatrix::userEnvironment(const QString &name, const QString &version)
{
    const QString home = m_tmp.filePath(name);
    const QString config = home + QStringLiteral("/.claude");
    QDir().mkpath(config);
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    // This version first on PATH, where the app looks for `claude`; node for the old ones.
    env.insert(QStringLiteral("PATH"),
        QFileInfo(TestEnv::realClaude(version)).absolutePath() + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
    TestEnv::addAppFolders(&env, home);
    return env;
}

int TestCliMatrix::runHook(const QProcessEnvironment &env, const QString &kind, const QJsonObject &payload)
{
    QProcess hook;
    hook.setProcessEnvironment(env);
    hook.start(QStringLiteral(OT_HOOK), { kind });
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    return hook.waitForFinished(30000) ? hook.exitCode() : -1;
}

int TestCliMatrix::runApp(const QProcessEnvironment &env, const QString &option, QByteArray *out)
{
    QProcess app;
    app.setProcessEnvironment(env);
    QSignalSpy finished(&app, &QProcess::finished); // the stand-in needs this event loop
    app.start(QStringLiteral(OT_APP), { option });
    if (!finished.wait(120000))
        return -1;
    *out = app.readAllStandardOutput() + app.readAllStandardError();
    return app.exitCode();
}

void TestCliMatrix::capabilitiesFromRealHelp_data()
{
    addVersionRows();
}

void TestCliMatrix::capabilitiesFromRealHelp()
{
    QFETCH(QString, version);
    QFETCH(bool, hasDontAsk);
    QFETCH(bool, hasToolsFlag);
    QFETCH(bool, hasSystemPrompt);
    const QString claude = TestEnv::realClaude(version);
    QVERIFY2(
        QFileInfo::exists(claude), qPrintable(claude + QStringLiteral(" is missing: run tests/e2e/install-cli.sh")));
    const QProcessEnvironment env = userEnvironment(QStringLiteral("detect-") + version, version);
    const CliInfo cli = CliCapabilities::detect(claude, env);
    QVERIFY2(cli.usable(), qPrintable(cli.error));
    QCOMPARE(cli.version, version);
    QVERIFY(cli.accepts(QStringLiteral("--permission-mode"), QStringLiteral("default")));
    QCOMPARE(cli.accepts(QStringLiteral("--permission-mode"), QStringLiteral("dontAsk")), hasDontAsk);
    QCOMPARE(cli.supports(QStringLiteral("--tools")), hasToolsFlag);
    QCOMPARE(cli.supports(QStringLiteral("--system-prompt")), hasSystemPrompt);
    QVERIFY(cli.supports(QStringLiteral("--append-system-prompt")));
    QVERIFY(cli.supports(QStringLiteral("--disallowedTools")));
    QVERIFY2(ObserverCommand::whyUnsupported(cli).isEmpty(), qPrintable(ObserverCommand::whyUnsupported(cli)));
    qInfo("%s: flags %s; --permission-mode %s", qPrintable(version), qPrintable(cli.flags.join(QLatin1Char(' '))),
        qPrintable(cli.choices.value(QStringLiteral("--permission-mode")).join(QLatin1Char(','))));
}

void TestCliMatrix::signedInDrainObserves_data()
{
    addVersionRows();
}

void TestCliMatrix::signedInDrainObserves()
{
    QFETCH(QString, version);
    QFETCH(int, quotaCallsPerStart);
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude(version)), "run tests/e2e/install-cli.sh");
    const QProcessEnvironment env = userEnvironment(QStringLiteral("drain-") + version, version);
    const QString config = env.value(QStringLiteral("CLAUDE_CONFIG_DIR"));
    const QString token = QStringLiteral("sk-ant-oat01-matrix-") + version;
    const QJsonObject base { { QStringLiteral("session_id"), QStringLiteral("user-") + version },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") } };
    QJsonObject prompt = base;
    prompt.insert(QStringLiteral("prompt"), QStringLiteral("Fix the pager"));
    QCOMPARE(runHook(env, QStringLiteral("user-prompt-submit"), prompt), 0);
    for (int i = 0; i < 2; ++i) {
        QJsonObject tool = base;
        tool.insert(QStringLiteral("tool_name"), QStringLiteral("Read"));
        tool.insert(QStringLiteral("tool_input"),
            QJsonObject { { QStringLiteral("file_path"), QStringLiteral("src/pager%1.cpp").arg(i) } });
        tool.insert(QStringLiteral("tool_response"), QStringLiteral("contents %1").arg(i));
        QCOMPARE(runHook(env, QStringLiteral("post-tool-use"), tool), 0);
    }

    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    const int queued = Pipeline::countsIn(db.connection()).queuePending;
    QVERIFY(queued > 0);

    // Not signed in yet: every event kept, the way to sign in named for this
    // version, and no request (old CLIs are not even asked: no `auth status`).
    const int before = m_api.calls();
    QByteArray out;
    QCOMPARE(runApp(env, QStringLiteral("--drain"), &out), 1);
    const bool since21 = !version.startsWith(QLatin1String("1.")) && !version.startsWith(QLatin1String("2.0."));
    QVERIFY2(out.contains(since21 ? "claude auth login" : "/login"), out.constData());
    QVERIFY2(since21 || !out.contains("auth login"), out.constData());
    QCOMPARE(Pipeline::countsIn(db.connection()).queuePending, queued);
    QCOMPARE(m_api.calls(), before);

    // Signed in: the sign-in check sends no request either.
    QVERIFY(TestEnv::writeCredentials(config, token));
    QCOMPARE(runApp(env, QStringLiteral("--check-auth"), &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("state")).toString(),
        since21 ? QStringLiteral("signed_in") : QStringLiteral("probably_signed_in"));
    QCOMPARE(m_api.calls(), before);

    QElapsedTimer clock;
    clock.start();
    QVERIFY2(runApp(env, QStringLiteral("--drain"), &out) == 0, out.constData());
    const ObservationCounts counts = Pipeline::countsIn(db.connection());
    QVERIFY(counts.total > 0);
    QCOMPARE(counts.queuePending, 0);
    QCOMPARE(counts.queueParked, 0);

    const QList<MessagesApiStandIn::Request> all = m_api.messageRequests();
    const QList<MessagesApiStandIn::Request> requests = all.mid(before);
    QVERIFY(!requests.isEmpty());
    int instructed = 0, warmups = 0, quotaCalls = 0;
    qint64 bytes = 0;
    for (const MessagesApiStandIn::Request &r : requests) {
        QCOMPARE(r.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + token);
        QVERIFY(!r.headers.contains(QStringLiteral("x-api-key")));
        // 2.0.77 warms its subagents up at start ("Warmup", their tools
        // offered) unless the observer's environment stops it (ObserverEnvironment).
        if (r.lastUserText.trimmed() == QLatin1String("Warmup"))
            ++warmups;
        quotaCalls += r.lastUserText == QLatin1String("quota");
        bytes += r.body.size();
        // No request an observer makes offers a tool: `tools` absent or empty.
        QVERIFY2(!r.offersTools, r.body.left(300).constData());
        QVERIFY(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tools")).toArray().isEmpty());
        if (r.lastUserText.contains(QLatin1String("contents 1")))
            instructed += systemTextOf(r.body).contains(kOurInstructions) ? 1 : 0;
    }
    // The request that carried the events had our instructions in its system prompt.
    QVERIFY(instructed >= 1);
    QCOMPARE(warmups, 0);
    // Each run as this CLI reported it: its version, a clean exit, the stand-in's
    // usage per turn (10 in, 20 out). The quota call is not in the stream.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(cli_version), MAX(cli_version), MAX(exit_status), SUM(num_turns), "
                                  "SUM(input_tokens), SUM(output_tokens), SUM(api_calls), COUNT(*) FROM observer_runs"))
        && q.next());
    QCOMPARE(q.value(0).toString(), version);
    QCOMPARE(q.value(1).toString(), version);
    QCOMPARE(q.value(2).toInt(), 0);
    const int turns = q.value(3).toInt();
    QVERIFY(turns >= 1);
    QCOMPARE(q.value(4).toLongLong(), 10 * turns);
    QCOMPARE(q.value(5).toLongLong(), 20 * turns);
    QVERIFY(q.value(6).toInt() >= turns && q.value(6).toInt() <= int(requests.size()));
    // The README's calls per observer: one per turn, plus the quota call at each start.
    const int starts = q.value(7).toInt();
    QCOMPARE(quotaCalls, quotaCallsPerStart * starts);
    QCOMPARE(int(requests.size()), quotaCalls + turns);
    q.finish();

    // No observer transcript where `claude --resume` lists it: none written
    // (--no-session-persistence), or, where the CLI has no such flag, written
    // in the observers' own folder and hidden at once.
    const CliInfo cli = CliCapabilities::detect(TestEnv::realClaude(version), env);
    const QStringList visible = TestEnv::filesUnder(config + QStringLiteral("/projects"))
                                    .filter(QRegularExpression(QStringLiteral("\\.jsonl$")));
    QVERIFY2(visible.isEmpty(), qPrintable(visible.join(QLatin1Char('\n'))));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(project_folder) FROM hidden_sessions")) && q.next());
    const int hidden = q.value(0).toInt();
    if (cli.supports(QStringLiteral("--no-session-persistence")))
        QCOMPARE(hidden, 0);
    else
        QVERIFY2(hidden >= starts && q.value(1).toString().contains(QLatin1String("observer-cwd")),
            qPrintable(QStringLiteral("%1 hidden, in %2").arg(hidden).arg(q.value(1).toString())));
    qInfo("%s: drain %lld ms, %d observer starts, %d turns, %d API calls (%d quota, %d Warmup), %lld request "
          "bytes, %d observations, %d transcripts hidden",
        qPrintable(version), static_cast<long long>(clock.elapsed()), starts, turns, int(requests.size()), quotaCalls,
        warmups, bytes, int(counts.total), hidden);
}

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "tst_cli_matrix.moc"
