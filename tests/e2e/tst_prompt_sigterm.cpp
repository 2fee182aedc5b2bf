// A user's prompt survives a SIGTERM while the observer waits for its answer:
// the real hook records the prompt while `observer-tray --headless` runs, then
// a tool event; the real `claude` sends both to the loopback API, which holds
// the answer; the app is SIGTERMed. Nothing is lost: the next `--drain` sends
// that session's prompt and tool event again and stores the observation.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPrompt = QStringLiteral("Make the pager remember its page");
const QString kFile = QStringLiteral("src/pager-remembers.cpp");
} // namespace

class TestPromptSigterm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sigtermWhileTheObserverWaitsLosesNothing();

private:
    int runHook(const QString &kind, const QJsonObject &extra);
    bool heldRequestFor(const QString &text) const;
    int drain();

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestPromptSigterm::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_api.listen());
    const QString home = m_tmp.filePath(QStringLiteral("home"));
    const QString config = home + QStringLiteral("/.claude");
    QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-sigterm")));
    m_env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    for (const auto &[name, dir] : { std::pair { "OBSERVER_TRAY_DATA_DIR", "/data" },
             { "OBSERVER_TRAY_CONFIG_DIR", "/config" }, { "OBSERVER_TRAY_RUNTIME_DIR", "/run" },
             { "XDG_CONFIG_HOME", "/.config" }, { "XDG_DATA_HOME", "/.local/share" } })
        m_env.insert(QString::fromLatin1(name), home + QLatin1String(dir));
    TestEnv::observeImmediately(m_env); // the observer mid-turn at SIGTERM, not a batch held
}

int TestPromptSigterm::runHook(const QString &kind, const QJsonObject &extra)
{
    QJsonObject payload { { QStringLiteral("session_id"), QStringLiteral("user-session-sigterm") },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    QProcess hook;
    hook.setProcessEnvironment(m_env);
    hook.start(QStringLiteral(OT_HOOK), { kind });
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    return hook.waitForFinished(30000) ? hook.exitCode() : -1;
}

bool TestPromptSigterm::heldRequestFor(const QString &text) const
{
    const auto requests = m_api.messageRequests();
    return std::any_of(requests.cbegin(), requests.cend(),
        [&text](const MessagesApiStandIn::Request &r) { return r.lastUserText.contains(text); });
}

int TestPromptSigterm::drain()
{
    QProcess app;
    app.setProcessEnvironment(m_env);
    QSignalSpy finished(&app, &QProcess::finished); // an event loop: the stand-in lives here
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    return finished.wait(180000) ? app.exitCode() : -1;
}

void TestPromptSigterm::sigtermWhileTheObserverWaitsLosesNothing()
{
    m_api.setHoldObserverAnswers(true);
    QCOMPARE(runHook(QStringLiteral("user-prompt-submit"), { { QStringLiteral("prompt"), kPrompt } }), 0);
    // A prompt alone is no work a drain can do: done (0), no call, and kept.
    const int before = m_api.calls();
    QCOMPARE(drain(), 0);
    QCOMPARE(m_api.calls(), before);
    QProcess app;
    app.setProcessEnvironment(m_env);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted(10000));
    // It prints the sign-in verdict after its first look at the queue.
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += app.readAllStandardOutput();
            return out.contains("sign in");
        },
        60000));
    Database db(m_env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(Pipeline::countsIn(db.connection()).queuePending, 1); // the prompt waits for work

    QCOMPARE(runHook(QStringLiteral("post-tool-use"),
                 { { QStringLiteral("tool_name"), QStringLiteral("Read") },
                     { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), kFile } } } }),
        0);
    QTRY_VERIFY_WITH_TIMEOUT(heldRequestFor(kFile), 60000); // the observer waits for its answer
    QVERIFY(heldRequestFor(kPrompt));
    const int heldCalls = m_api.calls();

    QSignalSpy finished(&app, &QProcess::finished);
    app.terminate(); // SIGTERM
    QVERIFY(finished.wait(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(attempts), SUM(state) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // prompt and tool event both kept
    QCOMPARE(q.value(1).toInt(), 0); // a stop is not their fault
    QCOMPARE(q.value(2).toInt(), 0); // released: queued, not claimed
    q.finish();
    QCOMPARE(Pipeline::countsIn(db.connection()).total, 0);

    m_api.setHoldObserverAnswers(false);
    QCOMPARE(drain(), 0);
    const auto requests = m_api.messageRequests();
    QVERIFY(requests.size() > heldCalls);
    const QString resent = requests.constLast().lastUserText;
    QVERIFY2(resent.contains(kPrompt) && resent.contains(kFile), qPrintable(resent));
    const ObservationCounts counts = Pipeline::countsIn(db.connection());
    QCOMPARE(counts.queuePending, 0);
    QVERIFY(counts.total >= 1);
}

QTEST_GUILESS_MAIN(TestPromptSigterm)
#include "tst_prompt_sigterm.moc"
