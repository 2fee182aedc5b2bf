// The whole path with real parts: Claude Code's hook sequence piped into the
// real hook binary → the durable queue → `observer-tray --drain` running the
// real `claude` CLI against the loopback Messages API → stored observations.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestPipelineE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hookSequenceBecomesObservations();
    void notSignedInKeepsEventsQueued();
    void drainBesideHeadlessSendsNothingTwice();

private:
    QProcessEnvironment appEnvironment(const QString &name, bool signedIn);
    int runHook(const QProcessEnvironment &env, const QString &kind, const QJsonObject &payload);
    int drain(const QProcessEnvironment &env, QByteArray *out);

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
};

void TestPipelineE2e::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_api.listen());
    // What a model really does: prose around the XML, a second block left
    // unclosed, and a summary when the batch has a stop.
    m_api.setAnswer([](const MessagesApiStandIn::Request &r) {
        QString answer
            = QStringLiteral("Sure! Here are my observations:\n```xml\n"
                             "<observation><type>bugfix</type><title>Fixed off-by-one in pager</title>"
                             "<subtitle>src/pager.cpp</subtitle><facts><fact>Last page was skipped</fact></facts>"
                             "<narrative>The pager skipped the last page; fixed the loop bound.</narrative>"
                             "<files_modified><file>src/pager.cpp</file></files_modified></observation>\n"
                             "<observation><type>discovery</type><title>Pager tests live in tests/pager</title>"
                             "<narrative>Found the tests for the pager.\n```\n");
        if (r.lastUserText.contains(QLatin1String("STOP")))
            answer
                += QStringLiteral("<summary><request>Fix the pager</request><investigated>src/pager.cpp</investigated>"
                                  "<learned>Loop bound was wrong</learned><completed>Fixed and tested</completed>"
                                  "<next_steps>None</next_steps></summary>");
        return answer;
    });
}

QProcessEnvironment TestPipelineE2e::appEnvironment(const QString &name, bool signedIn)
{
    const QString home = m_tmp.filePath(name);
    const QString config = home + QStringLiteral("/.claude");
    QDir().mkpath(config);
    if (signedIn)
        TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-pipeline"));
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    TestEnv::addAppFolders(&env, home);
    return env;
}

int TestPipelineE2e::runHook(const QProcessEnvironment &env, const QString &kind, const QJsonObject &payload)
{
    QProcess hook;
    hook.setProcessEnvironment(env);
    hook.start(QStringLiteral(OT_HOOK), { kind });
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    if (!hook.waitForFinished(30000))
        return -1;
    return hook.readAllStandardError().isEmpty() ? hook.exitCode() : 100 + hook.exitCode();
}

int TestPipelineE2e::drain(const QProcessEnvironment &env, QByteArray *out)
{
    QProcess app;
    app.setProcessEnvironment(env);
    // Wait with an event loop running: the stand-in API lives in this process.
    QSignalSpy finished(&app, &QProcess::finished);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    if (!finished.wait(180000)) {
        app.kill();
        app.waitForFinished(5000);
        return -1;
    }
    *out = app.readAllStandardOutput() + app.readAllStandardError();
    return app.exitCode();
}

void TestPipelineE2e::hookSequenceBecomesObservations()
{
    const QProcessEnvironment env = appEnvironment(QStringLiteral("signed-in"), true);
    const QString project = QStringLiteral("/home/u/proj");
    const QJsonObject base { { QStringLiteral("session_id"), QStringLiteral("user-session-1") },
        { QStringLiteral("cwd"), project },
        { QStringLiteral("transcript_path"), QStringLiteral("/home/u/.claude/projects/x.jsonl") } };
    auto with = [&base](std::initializer_list<QPair<QString, QJsonValue>> extra) {
        QJsonObject o = base;
        for (const auto &[k, v] : extra)
            o.insert(k, v);
        return o;
    };
    QCOMPARE(runHook(env, QStringLiteral("session-start"),
                 with({ { QStringLiteral("source"), QStringLiteral("startup") } })),
        0);
    QCOMPARE(runHook(env, QStringLiteral("user-prompt-submit"),
                 with({ { QStringLiteral("prompt"), QStringLiteral("Fix the pager") } })),
        0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(runHook(env, QStringLiteral("post-tool-use"),
                     with({ { QStringLiteral("tool_name"), QStringLiteral("Edit") },
                         { QStringLiteral("tool_use_id"), QStringLiteral("toolu_%1").arg(i) },
                         { QStringLiteral("tool_input"),
                             QJsonObject { { QStringLiteral("file_path"), QStringLiteral("src/pager.cpp") } } },
                         { QStringLiteral("tool_response"), QStringLiteral("edited line %1").arg(i) } })),
            0);
    }
    QCOMPARE(runHook(env, QStringLiteral("stop"), with({ { QStringLiteral("stop_hook_active"), false } })), 0);

    const int callsBefore = m_api.calls();
    QByteArray out;
    QCOMPARE(drain(env, &out), 0);
    // Events that arrive together go in one message: one API call in all.
    QCOMPARE(m_api.calls() - callsBefore, 1);
    // The user's own bearer, no API key, and no tool offered to the observer.
    const MessagesApiStandIn::Request call = m_api.messageRequests().constLast();
    QCOMPARE(call.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer sk-ant-oat01-pipeline"));
    QVERIFY(!call.headers.contains(QStringLiteral("x-api-key")));
    QVERIFY2(!call.offersTools, call.body.left(300).constData());
    QVERIFY(m_api.messageRequests().constLast().lastUserText.contains(QLatin1String("edited line 2")));

    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    ObservationStore store(db.connection());
    const ObservationCounts counts = Pipeline::countsIn(db.connection());
    QCOMPARE(counts.total, 2);
    QCOMPARE(counts.today, 2);
    QCOMPARE(counts.perProject.value(project), 2);
    QCOMPARE(counts.queuePending, 0);
    QCOMPARE(counts.queueParked, 0);
    const auto found = store.search(QStringLiteral("pager"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(store.search(QStringLiteral("off-by-one")).constFirst().filesModified,
        QStringList { QStringLiteral("src/pager.cpp") });
    const auto summary = store.lastSummary(project);
    QVERIFY(summary);
    QCOMPARE(summary->request, QStringLiteral("Fix the pager"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(ended_at IS NOT NULL) FROM observer_runs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 1);
    // The run as the CLI reported it: its version, a clean exit once we closed
    // it, and the usage of the stand-in's one answer (10 in, 20 out).
    QVERIFY(q.exec(QStringLiteral("SELECT cli_version, exit_status, outcome, error, api_calls, num_turns, "
                                  "input_tokens, output_tokens, cost_usd FROM observer_runs"))
        && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2.1.330"));
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toString(), QStringLiteral("retired"));
    QVERIFY2(q.value(3).isNull(), qPrintable(q.value(3).toString()));
    QCOMPARE(q.value(4).toInt(), 1); // the one call the stand-in counted
    QCOMPARE(q.value(5).toInt(), 1);
    QCOMPARE(q.value(6).toLongLong(), 10);
    QCOMPARE(q.value(7).toLongLong(), 20);
    QVERIFY(q.value(8).toDouble() > 0);
    q.finish();
    // A replay stores nothing twice: a second drain finds nothing to do.
    QCOMPARE(drain(env, &out), 0);
    QCOMPARE(store.counts().total, 2);
}

void TestPipelineE2e::notSignedInKeepsEventsQueued()
{
    const QProcessEnvironment env = appEnvironment(QStringLiteral("signed-out"), false);
    const QJsonObject event { { QStringLiteral("session_id"), QStringLiteral("s2") },
        { QStringLiteral("cwd"), QStringLiteral("/p") }, { QStringLiteral("tool_name"), QStringLiteral("Read") },
        { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("/p/a") } } } };
    QCOMPARE(runHook(env, QStringLiteral("post-tool-use"), event), 0);
    const int callsBefore = m_api.calls();
    QByteArray out;
    QCOMPARE(drain(env, &out), 1);
    QVERIFY2(out.contains("not signed in") || out.contains("claude auth login"), out.constData());
    QCOMPARE(m_api.calls(), callsBefore);
    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY(db.open());
    QCOMPARE(Pipeline::countsIn(db.connection()).queuePending, 1);
}

// The race of issue 13: `--drain` started while `--headless` has events in
// its observers' hands used to hand them back and send them again (12 events
// gave 16 observations). Now the data folder's lock lets one process run the
// pipeline; the drain says who does and sends nothing.
void TestPipelineE2e::drainBesideHeadlessSendsNothingTwice()
{
    const QProcessEnvironment env = appEnvironment(QStringLiteral("race"), true);
    TestEnv::observeImmediately(env); // observers in flight while the drain starts, not batches held
    constexpr int kSessions = 4, kPerSession = 3, kEvents = kSessions * kPerSession;
    auto marker = [](int n) { return QStringLiteral("event-marker-%1.").arg(n, 2, 10, QLatin1Char('0')); };
    for (int n = 0; n < kEvents; ++n) {
        const int session = n % kSessions;
        const QJsonObject event { { QStringLiteral("session_id"), QStringLiteral("race-%1").arg(session) },
            { QStringLiteral("cwd"), QStringLiteral("/home/u/race-%1").arg(session) },
            { QStringLiteral("tool_name"), QStringLiteral("Read") },
            { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("/a") } } },
            { QStringLiteral("tool_response"), marker(n) } };
        QCOMPARE(runHook(env, QStringLiteral("post-tool-use"), event), 0);
    }
    // One observation per event an answer covers; every answer worded anew,
    // as a model's are, so an event observed twice is stored twice.
    auto answers = std::make_shared<int>(0);
    m_api.setAnswer([answers](const MessagesApiStandIn::Request &r) {
        QString out;
        static const QRegularExpression re(QStringLiteral("event-marker-(\\d+)\\."));
        for (auto it = re.globalMatch(r.lastUserText); it.hasNext();)
            out += QStringLiteral("<observation><type>discovery</type><title>Read for tool call %1</title>"
                                  "<narrative>Answer %2.</narrative></observation>\n")
                       .arg(it.next().captured(1))
                       .arg(++*answers);
        return out;
    });
    m_api.setHoldObserverAnswers(true); // observers stay mid-turn, their events claimed

    QProcess headless;
    headless.setProcessEnvironment(env);
    headless.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(headless.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_api.heldCount(), 2, 120000); // two observers, two sessions in flight

    QProcess drain, waiter;
    drain.setProcessEnvironment(env);
    waiter.setProcessEnvironment(env);
    drain.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    waiter.start(QStringLiteral(OT_APP), { QStringLiteral("--drain"), QStringLiteral("--wait") });
    // Either the drain gives up, or (the bug) it sends the claimed events again.
    QTRY_VERIFY_WITH_TIMEOUT(drain.state() == QProcess::NotRunning || m_api.heldCount() > 2, 120000);
    m_api.setHoldObserverAnswers(false);
    m_api.releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(drain.state(), QProcess::NotRunning, 120000);

    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    ObservationStore store(db.connection());
    QTRY_VERIFY_WITH_TIMEOUT(
        Pipeline::countsIn(db.connection()).queuePending == 0 && store.counts().total >= kEvents, 180000);
    QStringList notOnce;
    for (int n = 0; n < kEvents; ++n) {
        if (m_api.timesSent(marker(n)) != 1)
            notOnce << QStringLiteral("%1 sent %2 times").arg(marker(n)).arg(m_api.timesSent(marker(n)));
    }
    QVERIFY2(notOnce.isEmpty(),
        qPrintable(notOnce.join(QLatin1Char(' ')) + QStringLiteral(" (%1 observations)").arg(store.counts().total)));
    QCOMPARE(store.counts().total, kEvents);

    const QByteArray drainErr = drain.readAllStandardError();
    QCOMPARE(drain.exitCode(), 4);
    QVERIFY2(drainErr.contains(
                 QStringLiteral("processing in another Observer Tray (pid %1)").arg(headless.processId()).toUtf8()),
        drainErr.constData());
    // --wait returns once the holder has emptied the queue, having sent nothing itself.
    QTRY_COMPARE_WITH_TIMEOUT(waiter.state(), QProcess::NotRunning, 30000);
    QCOMPARE(waiter.exitCode(), 0);
    QVERIFY(waiter.readAllStandardOutput().contains("\"drained\":true"));

    ::kill(pid_t(headless.processId()), SIGTERM);
    QVERIFY(headless.waitForFinished(30000));
    QCOMPARE(headless.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestPipelineE2e)
#include "tst_pipeline_e2e.moc"
