// Batching by turn with the real parts: the real hook fills the queue, the
// tray's own process (`observer-tray --headless`) runs the real `claude` CLI
// against the loopback Messages API, which counts the calls. A user session's
// events go to its observer as one turn when the turn ends (Stop), N are
// waiting or the oldest has waited T; "Observe immediately" sends each at once.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

class TestBatchingE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeTurnsAreThreeCalls();
    void loneEventGoesAfterTheWait();
    void sigtermWithABatchHeldLosesNothing();
    void observeImmediatelyIsOneCallPerIdleEvent();

private:
    QProcessEnvironment sandbox(const QString &name);
    // One hook event of session "batch-user"; a tool event carries marker as its result.
    void hook(const QProcessEnvironment &env, const QString &kind, const QString &marker = {});
    // `--headless` started, past its first look at the queue (the sign-in verdict).
    std::unique_ptr<QProcess> startHeadless(const QProcessEnvironment &env);
    static void terminate(QProcess *app);
    QStringList notSentOnce(const QStringList &markers) const;
    static ObservationCounts countsOf(const QProcessEnvironment &env);
    static QJsonObject queueStatus(const QProcessEnvironment &env); // `--status`'s "queue"

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
};

namespace {
QString marker(const QString &test, int n)
{
    return QStringLiteral("%1-marker-%2.").arg(test).arg(n, 2, 10, QLatin1Char('0'));
}
} // namespace

void TestBatchingE2e::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_api.listen());
    // One observation per tool event in the turn, each worded anew (as a
    // model's are): an event observed twice is stored twice.
    auto answers = std::make_shared<int>(0);
    m_api.setAnswer([answers](const MessagesApiStandIn::Request &r) {
        QString out;
        static const QRegularExpression re(QStringLiteral("([a-z]+-marker-\\d+)\\."));
        for (auto it = re.globalMatch(r.lastUserText); it.hasNext();)
            out += QStringLiteral("<observation><type>change</type><title>Work of %1</title>"
                                  "<narrative>Answer %2.</narrative></observation>\n")
                       .arg(it.next().captured(1))
                       .arg(++*answers);
        return out.isEmpty() ? QStringLiteral("<skip/>") : out;
    });
}

QProcessEnvironment TestBatchingE2e::sandbox(const QString &name)
{
    const QString home = m_tmp.filePath(name);
    const QString config = home + QStringLiteral("/.claude");
    QDir().mkpath(config);
    TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-batching"));
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    TestEnv::addAppFolders(&env, home);
    return env;
}

void TestBatchingE2e::hook(const QProcessEnvironment &env, const QString &kind, const QString &marker)
{
    QJsonObject payload { { QStringLiteral("session_id"), QStringLiteral("batch-user") },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") } };
    if (kind == QLatin1String("post-tool-use")) {
        payload.insert(QStringLiteral("tool_name"), QStringLiteral("Edit"));
        payload.insert(
            QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("src/a.cpp") } });
        payload.insert(QStringLiteral("tool_response"), marker);
    } else if (kind == QLatin1String("user-prompt-submit")) {
        payload.insert(QStringLiteral("prompt"), QStringLiteral("Next step please"));
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OT_HOOK), { kind });
    p.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
}

std::unique_ptr<QProcess> TestBatchingE2e::startHeadless(const QProcessEnvironment &env)
{
    auto app = std::make_unique<QProcess>();
    app->setProcessEnvironment(env);
    app->start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    if (!app->waitForStarted(10000))
        return nullptr;
    if (!QTest::qWaitFor([&app] { return app->canReadLine(); }, 60000))
        return nullptr;
    const QByteArray verdict = app->readLine();
    if (verdict.contains("not signed in"))
        qWarning("headless: %s", verdict.constData());
    return app;
}

void TestBatchingE2e::terminate(QProcess *app)
{
    if (!app || app->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(app->processId()), SIGTERM);
    if (!app->waitForFinished(30000))
        app->kill();
}

QStringList TestBatchingE2e::notSentOnce(const QStringList &markers) const
{
    QStringList out;
    for (const QString &m : markers) {
        if (m_api.timesSent(m) != 1)
            out << QStringLiteral("%1 sent %2 times").arg(m).arg(m_api.timesSent(m));
    }
    return out;
}

ObservationCounts TestBatchingE2e::countsOf(const QProcessEnvironment &env)
{
    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    return db.open() ? Pipeline::countsIn(db.connection()) : ObservationCounts {};
}

QJsonObject TestBatchingE2e::queueStatus(const QProcessEnvironment &env)
{
    return TestEnv::statusOf(QStringLiteral(OT_APP), env).value(QStringLiteral("queue")).toObject();
}

// 30 events in 3 turns (a prompt, 8 tool calls, Stop): 3 API calls, where
// each tool event used to cost one while the observer was idle.
void TestBatchingE2e::threeTurnsAreThreeCalls()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("turns"));
    TestEnv::setBatching(env, 12, 3600); // only the turn ends make a batch due here
    const std::unique_ptr<QProcess> app = startHeadless(env);
    QVERIFY(app);
    const auto stop = qScopeGuard([&app] { terminate(app.get()); });
    const int callsBefore = m_api.calls();
    QStringList markers;
    for (int turn = 0; turn < 3; ++turn) {
        hook(env, QStringLiteral("user-prompt-submit"));
        for (int i = 0; i < 8; ++i) {
            markers << marker(QStringLiteral("turns"), turn * 8 + i);
            hook(env, QStringLiteral("post-tool-use"), markers.constLast());
        }
        hook(env, QStringLiteral("stop"));
        // The user reads the answer before the next prompt: the observer is
        // idle when the next turn's first tool event comes.
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).total, 8 * (turn + 1), 60000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).queuePending, 0, 60000);
    QCOMPARE(m_api.calls() - callsBefore, 3);
    QVERIFY2(notSentOnce(markers).isEmpty(), qPrintable(notSentOnce(markers).join(QLatin1Char(' '))));
    QCOMPARE(countsOf(env).total, 24); // every tool event observed, once
    qint64 bytes = 0;
    for (const MessagesApiStandIn::Request &r : m_api.messageRequests().mid(callsBefore)) {
        QVERIFY2(r.lastUserText.contains(QLatin1String("STOP")), qPrintable(r.lastUserText.left(300)));
        bytes += r.body.size();
    }
    qInfo("batched: %d calls, %lld request bytes per tool event", m_api.calls() - callsBefore, bytes / 24);
    terminate(app.get());
    QCOMPARE(app->exitCode(), 0);
}

// A tool event with no Stop after it waits T (here 3 s), then goes alone.
void TestBatchingE2e::loneEventGoesAfterTheWait()
{
    constexpr int kWaitSeconds = 3;
    const QProcessEnvironment env = sandbox(QStringLiteral("lone"));
    TestEnv::setBatching(env, 12, kWaitSeconds);
    const std::unique_ptr<QProcess> app = startHeadless(env);
    QVERIFY(app);
    const auto stop = qScopeGuard([&app] { terminate(app.get()); });
    const int callsBefore = m_api.calls();
    const QString lone = marker(QStringLiteral("lone"), 0);
    hook(env, QStringLiteral("post-tool-use"), lone);
    Database db(env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")) + QStringLiteral("/observer-tray.db"));
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT created_at FROM events")) && q.next());
    const qint64 createdAt = q.value(0).toLongLong();
    q.finish();
    QTRY_COMPARE_WITH_TIMEOUT(m_api.timesSent(lone), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).queuePending, 0, 30000);
    QCOMPARE(m_api.calls() - callsBefore, 1);
    // Its observer was started once the event had waited T, not before.
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(started_at) FROM observer_runs")) && q.next());
    const qint64 startedAfter = q.value(0).toLongLong() - createdAt;
    QVERIFY2(startedAfter >= kWaitSeconds * 1000, qPrintable(QString::number(startedAfter)));
    QVERIFY2(startedAfter < (kWaitSeconds + 20) * 1000, qPrintable(QString::number(startedAfter)));
}

// SIGTERM while a batch is held (no Stop, fewer than N, younger than T): the
// events stay in the durable queue; the next start sends them, once.
void TestBatchingE2e::sigtermWithABatchHeldLosesNothing()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("sigterm"));
    TestEnv::setBatching(env, 12, 3600);
    std::unique_ptr<QProcess> app = startHeadless(env);
    QVERIFY(app);
    auto stop = qScopeGuard([&app] { terminate(app.get()); });
    const int callsBefore = m_api.calls();
    // A first turn goes (the app is observing), then five events of the next are held.
    QStringList markers;
    for (int i = 0; i < 7; ++i) {
        markers << marker(QStringLiteral("sigterm"), i);
        hook(env, QStringLiteral("post-tool-use"), markers.constLast());
        if (i == 1)
            hook(env, QStringLiteral("stop"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).total, 2, 60000);
    QCOMPARE(countsOf(env).queuePending, 5);
    // --status says they are held, and until when at the latest: T after the oldest.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject held = queueStatus(env);
    QCOMPARE(held.value(QStringLiteral("pending")).toInt(), 5);
    const qint64 heldUntil = held.value(QStringLiteral("heldUntil")).toInteger();
    QVERIFY2(heldUntil > now + 3500 * 1000 && heldUntil <= now + 3600 * 1000,
        qPrintable(QStringLiteral("%1 s from now").arg((heldUntil - now) / 1000)));
    terminate(app.get());
    QCOMPARE(app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(app->exitCode(), 0);
    QCOMPARE(m_api.calls() - callsBefore, 1); // the held five were never sent
    QCOMPARE(countsOf(env).queuePending, 5); // and nothing was lost

    // Next start: events older than T are due at once (T is 1 s now).
    TestEnv::setBatching(env, 12, 1);
    app = startHeadless(env);
    QVERIFY(app);
    QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).queuePending, 0, 60000);
    QCOMPARE(m_api.calls() - callsBefore, 2);
    QVERIFY2(notSentOnce(markers).isEmpty(), qPrintable(notSentOnce(markers).join(QLatin1Char(' '))));
    QCOMPARE(countsOf(env).total, 7);
    QVERIFY(!queueStatus(env).contains(QStringLiteral("heldUntil"))); // nothing held any more
}

// Observe immediately: today's behaviour, one call per tool event while the
// observer is idle.
void TestBatchingE2e::observeImmediatelyIsOneCallPerIdleEvent()
{
    const QProcessEnvironment env = sandbox(QStringLiteral("immediate"));
    TestEnv::setBatching(env, 12, 3600);
    TestEnv::observeImmediately(env);
    const std::unique_ptr<QProcess> app = startHeadless(env);
    QVERIFY(app);
    const auto stop = qScopeGuard([&app] { terminate(app.get()); });
    const int callsBefore = m_api.calls();
    QStringList markers;
    for (int i = 0; i < 3; ++i) {
        markers << marker(QStringLiteral("immediate"), i);
        hook(env, QStringLiteral("post-tool-use"), markers.constLast());
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(env).total, i + 1, 60000); // answered before the next comes
    }
    QCOMPARE(m_api.calls() - callsBefore, 3);
    QVERIFY2(notSentOnce(markers).isEmpty(), qPrintable(notSentOnce(markers).join(QLatin1Char(' '))));
    qint64 bytes = 0;
    for (const MessagesApiStandIn::Request &r : m_api.messageRequests().mid(callsBefore))
        bytes += r.body.size();
    qInfo("observe immediately: 3 calls, %lld request bytes per tool event", bytes / 3);
}

QTEST_GUILESS_MAIN(TestBatchingE2e)
#include "tst_batching_e2e.moc"
