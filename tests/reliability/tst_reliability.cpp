// Faults, load and hostile conditions, end to end with the real binaries:
// nothing lost, nothing duplicated, nothing left running, the user never blocked.
#include "TestEnv.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

class TestReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void killedWhileDrainingLosesAndDuplicatesNothing();
    void sixteenWritersWhileTheAppDrains();
    void lockedDatabaseFailsOpenWithinBudget();
    void fullDiskFailsOpenAndDamagesNothing();
    void symlinkedDatabaseIsRefused();

private:
    QProcessEnvironment appEnv() const;
    void enqueue(int count, int sessions);
    int observationCount(QSet<QString> *titles = nullptr);
    QString integrity();
    int runHook(const QByteArray &payload, const QProcessEnvironment &env, QByteArray *err, qint64 *ms = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("OBSERVER_TRAY_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
    Settings settings;
    settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE));
    settings.setObserveImmediately(true); // faults per turn as it comes, not batching
    settings.sync();
}

QProcessEnvironment TestReliability::appEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_CLAUDE_MODE"), QStringLiteral("echo"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    return env;
}

void TestReliability::enqueue(int count, int sessions)
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    db.connection().transaction();
    EventQueue queue(db.connection());
    QString error;
    for (int i = 0; i < count; ++i) {
        const QByteArray payload = QStringLiteral(R"({"tool_name":"Edit","tool_input":{"i":%1}})").arg(i).toUtf8();
        QVERIFY(queue.enqueue({ 0, QStringLiteral("session-%1").arg(i % sessions), QStringLiteral("post-tool-use"),
                                  QStringLiteral("/p"), payload, i, 0, {} },
            &error));
    }
    db.connection().commit();
}

int TestReliability::observationCount(QSet<QString> *titles)
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    if (titles) {
        q.exec(QStringLiteral("SELECT title FROM observations"));
        while (q.next())
            titles->insert(q.value(0).toString());
    }
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM observations")) && q.next() ? q.value(0).toInt() : -1;
}

QString TestReliability::integrity()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return db.error();
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("?");
}

int TestReliability::runHook(const QByteArray &payload, const QProcessEnvironment &env, QByteArray *err, qint64 *ms)
{
    QProcess hook;
    hook.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    hook.start(QStringLiteral(OT_HOOK), { QStringLiteral("post-tool-use") });
    hook.write(payload);
    hook.closeWriteChannel();
    hook.waitForFinished(60000);
    if (ms)
        *ms = t.elapsed();
    *err = hook.readAllStandardError();
    return hook.exitStatus() == QProcess::NormalExit ? hook.exitCode() : -1;
}

void TestReliability::killedWhileDrainingLosesAndDuplicatesNothing()
{
    constexpr int kEvents = 1000;
    constexpr int kKills = 20;
    enqueue(kEvents, 25);
    auto *rng = QRandomGenerator::global();
    int kills = 0;
    for (int run = 0; run < kKills; ++run) {
        const int before = observationCount();
        if (before >= kEvents)
            break;
        // Kill at a random point: once a random number of new observations is stored.
        const int target = before + 1 + int(rng->bounded(quint32(std::max(1, (kEvents - before) / (kKills - run)))));
        QProcess app;
        QProcessEnvironment env = appEnv();
        // Each answer takes 40 ms, as real observers take seconds: the drain
        // then outlasts the check below often enough to be killed mid-way.
        env.insert(QStringLiteral("FAKE_CLAUDE_ANSWER_DELAY_MS"), QStringLiteral("40"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(observationCount() >= target || app.state() == QProcess::NotRunning, 60000);
        if (app.state() != QProcess::NotRunning) {
            ::kill(pid_t(app.processId()), SIGKILL);
            ++kills;
        }
        app.waitForFinished(10000);
        QCOMPARE(integrity(), QStringLiteral("ok"));
    }
    // Observers of a killed app die with it? No: SIGKILL gives it no chance. They
    // exit when their stdin closes (the app's end of the pipe is gone).
    QProcess app;
    app.setProcessEnvironment(appEnv());
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    QSet<QString> titles;
    QCOMPARE(observationCount(&titles), kEvents); // no duplicates
    QCOMPARE(titles.size(), kEvents); // none lost
    for (int i = 0; i < kEvents; i += 97)
        QVERIFY(titles.contains(QStringLiteral("event %1").arg(i)));
    QCOMPARE(integrity(), QStringLiteral("ok"));
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QCOMPARE(EventQueue(db.connection()).pendingCount(), 0);
    qInfo("kill -9 runs: %d, events: %d, observations: %d", kills, kEvents, int(titles.size()));
    QVERIFY(kills >= 5);
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestReliability::sixteenWritersWhileTheAppDrains()
{
    constexpr int kWriters = 16;
    constexpr int kPerWriter = 1000;
    QProcess app;
    app.setProcessEnvironment(appEnv());
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted());
    // Writers: same code path as the hook's enqueue, 16 processes at once.
    std::vector<std::unique_ptr<QProcess>> writers;
    QElapsedTimer t;
    t.start();
    for (int w = 0; w < kWriters; ++w) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(OT_QUEUE_WRITER),
            { AppPaths::databasePath(), QStringLiteral("writer-%1").arg(w), QString::number(kPerWriter) });
        writers.push_back(std::move(p));
    }
    int lockedFailures = 0;
    for (auto &p : writers) {
        QVERIFY(p->waitForFinished(120000));
        if (p->exitCode() != 0 || p->readAllStandardError().contains("locked"))
            ++lockedFailures;
    }
    const qint64 writeMs = t.elapsed();
    QCOMPARE(lockedFailures, 0);
    // Every event the writers stored: observed or still waiting, none missing.
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    QTRY_VERIFY_WITH_TIMEOUT(EventQueue(db.connection()).pendingCount() == 0, 240000);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // The writer's payloads are {"i":N} per writer; titles repeat across writers,
    // so count per session: each session has kPerWriter distinct observations.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT user_session_id, COUNT(*), COUNT(DISTINCT title) FROM observations GROUP BY user_session_id")));
    int sessions = 0;
    while (q.next()) {
        ++sessions;
        QCOMPARE(q.value(1).toInt(), kPerWriter);
        QCOMPARE(q.value(2).toInt(), kPerWriter);
    }
    QCOMPARE(sessions, kWriters);
    qInfo("16 x 1000 events written in %lld ms (%.0f events/s), 0 lost, 0 duplicated, 0 locked", writeMs,
        kWriters * kPerWriter * 1000.0 / std::max<qint64>(1, writeMs));
    app.terminate(); // SIGTERM: a clean stop
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestReliability::lockedDatabaseFailsOpenWithinBudget()
{
    enqueue(3, 1);
    QProcess locker;
    locker.start(QStringLiteral(OT_DB_LOCKER), { AppPaths::databasePath(), QStringLiteral("10") });
    QVERIFY(locker.waitForReadyRead(10000));
    QVERIFY(locker.readAll().contains("locked"));
    QByteArray err;
    qint64 ms = 0;
    const QByteArray payload = R"({"session_id":"s","cwd":"/p","tool_name":"Read","tool_input":{"i":1}})";
    QCOMPARE(runHook(payload, QProcessEnvironment::systemEnvironment(), &err, &ms), 0);
    QVERIFY2(err.contains("locked") && err.contains("not recorded"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(ms >= 4000 && ms < 9500, qPrintable(QString::number(ms))); // waited its budget, then gave up
    QVERIFY(locker.waitForFinished(20000));
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QCOMPARE(EventQueue(db.connection()).pendingCount(), 3); // nothing half-written
    QCOMPARE(integrity(), QStringLiteral("ok"));
    QCOMPARE(runHook(payload, QProcessEnvironment::systemEnvironment(), &err), 0);
    QCOMPARE(EventQueue(db.connection()).pendingCount(), 4);
}

void TestReliability::fullDiskFailsOpenAndDamagesNothing()
{
    enqueue(50, 1);
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // 1 KiB: less than one database page, so the first write of the event fails.
    const qint64 size = 1024;
    // No room to grow: the file-size limit makes every write past it fail the
    // way a full disk does (prlimit; no mount needed, so it runs unprivileged).
    QByteArray err;
    QProcess hook;
    hook.start(QStringLiteral("prlimit"),
        { QStringLiteral("--fsize=%1").arg(size), QStringLiteral(OT_HOOK), QStringLiteral("post-tool-use") });
    const QByteArray big = QByteArray(R"({"session_id":"s","cwd":"/p","tool_name":"Read","tool_response":")")
        + QByteArray(200000, 'x') + "\"}";
    hook.write(big);
    hook.closeWriteChannel();
    QVERIFY(hook.waitForFinished(30000));
    QCOMPARE(hook.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hook.exitCode(), 0);
    err = hook.readAllStandardError();
    QVERIFY2(err.startsWith("observer-tray-hook: ") && err.contains("not recorded"), err.constData());
    QCOMPARE(integrity(), QStringLiteral("ok"));
    QCOMPARE(EventQueue(db.connection()).pendingCount(), 50);
}

void TestReliability::symlinkedDatabaseIsRefused()
{
    QString error;
    QVERIFY(AppPaths::ensurePrivateDir(AppPaths::dataDir(), &error));
    const QString elsewhere = m_dir->filePath(QStringLiteral("someone-elses.db"));
    QFile other(elsewhere);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not yours to touch");
    other.close();
    QVERIFY(QFile::link(elsewhere, AppPaths::databasePath()));
    QByteArray err;
    QCOMPARE(
        runHook(R"({"session_id":"s","cwd":"/p","tool_name":"Read"})", QProcessEnvironment::systemEnvironment(), &err),
        0);
    QVERIFY2(err.contains("not recorded"), err.constData());
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("not yours to touch"));
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
