// The whole path with real parts: Claude Code's hook sequence piped into the
// real hook binary → the durable queue → `observer-tray --drain` running the
// real `claude` CLI against the loopback Messages API → stored observations.
#include "Database.h"
#include "MessagesApiStandIn.h"
#include "ObservationStore.h"
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestPipelineE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hookSequenceBecomesObservations();
    void notSignedInKeepsEventsQueued();

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
    env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("OBSERVER_TRAY_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
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
    QCOMPARE(m_api.messageRequests().constLast().headers.value(QStringLiteral("authorization")),
        QStringLiteral("Bearer sk-ant-oat01-pipeline"));
    QVERIFY(m_api.messageRequests().constLast().lastUserText.contains(QLatin1String("edited line 2")));

    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    ObservationStore store(db.connection());
    const ObservationCounts counts = store.counts();
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
    QCOMPARE(ObservationStore(db.connection()).counts().queuePending, 1);
}

QTEST_GUILESS_MAIN(TestPipelineE2e)
#include "tst_pipeline_e2e.moc"
