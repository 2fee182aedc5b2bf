// One pipeline per data folder (issue 13): a second pipeline on the same data
// folder processes nothing, leaves the holder's claimed events alone, says
// who processes (the tray's status line), and takes over when the holder
// goes, however it goes.
#include "core/observe/Pipeline.h"
#include "core/platform/AppPaths.h"
#include "core/platform/DataFolderLock.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

class TestPipelineLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secondPipelineStandsByAndLeavesClaimsAlone();
    void takesOverWhenTheHolderIsKilled();
    void lockIsNotInheritedByChildren();
    void hideCommandRecoversOnlyWithTheLock();
    void drainWaitTakesOverWhenTheHolderExits();
    void waiterTakesOverAtEveryHandover();
    void waiterLooksAgainWhenWokenBeforeTheUnlock();

private:
    qint64 claimOneEvent();
    int stateOf(qint64 id);
    void startHide(); // a hide in progress: journal written, file not moved yet
    int hidesInProgress();
    int runApp(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPipelineLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("OBSERVER_TRAY_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
    Settings settings;
    settings.setClaudePath(m_dir->filePath(QStringLiteral("no-such-claude"))); // nothing is sent here
    settings.sync();
}

// An event the holder has handed to its observer.
qint64 TestPipelineLock::claimOneEvent()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -1;
    EventQueue queue(db.connection());
    QString error;
    const auto id = queue.enqueue(
        { 0, QStringLiteral("s"), QStringLiteral("post-tool-use"), QStringLiteral("/p"), "{}", 1, 0, {} }, &error);
    return id && queue.claim(QStringLiteral("s"), 1, 100, &error).size() == 1 ? *id : -1;
}

int TestPipelineLock::stateOf(qint64 id)
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -2;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT state FROM events WHERE id = %1").arg(id)) && q.next() ? q.value(0).toInt()
                                                                                                : -1;
}

void TestPipelineLock::startHide()
{
    const QString original = m_dir->filePath(QStringLiteral("session.jsonl"));
    QFile f(original);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}\n");
    f.close();
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO hidden_sessions(original_path, hidden_path, project_folder, size, sha256, "
                             "mtime, state, hidden_at, updated_at) VALUES (?, ?, '', 3, '', 0, 0, 0, 0)"));
    q.addBindValue(original);
    q.addBindValue(m_dir->filePath(QStringLiteral("hidden/session.jsonl")));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

int TestPipelineLock::hidesInProgress()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM hidden_sessions WHERE state = 0")) && q.next()
        ? q.value(0).toInt()
        : -1;
}

int TestPipelineLock::runApp(const QStringList &arguments)
{
    QProcess app;
    app.start(QStringLiteral(OT_APP), arguments);
    return app.waitForFinished(60000) && app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void TestPipelineLock::secondPipelineStandsByAndLeavesClaimsAlone()
{
    const qint64 id = claimOneEvent();
    QVERIFY(id > 0);
    startHide();
    auto holder = std::make_unique<DataFolderLock>(); // the tray that claimed it
    QString error;
    QVERIFY2(holder->tryAcquire(&error), qPrintable(error));

    Pipeline second;
    StatusModel model;
    connect(&second, &Pipeline::processingElsewhere, &model, &StatusModel::setProcessingElsewhere);
    QSignalSpy elsewhere(&second, &Pipeline::processingElsewhere);
    QVERIFY2(second.start(), qPrintable(second.error()));
    QVERIFY(!second.isProcessing());
    QCOMPARE(second.holderPid(), qint64(::getpid()));
    QCOMPARE(model.state(), StatusModel::State::ProcessingElsewhere);
    QCOMPARE(model.processingElsewherePid(), qint64(::getpid()));
    // Claimed means "in the holder's observer right now", not orphaned; a
    // journalled hide is the holder's move in progress, not a crash.
    QCOMPARE(stateOf(id), int(EventQueue::Claimed));
    QCOMPARE(hidesInProgress(), 1);

    holder.reset(); // the holder quits
    QTRY_VERIFY_WITH_TIMEOUT(second.isProcessing(), 10000);
    QCOMPARE(elsewhere.constLast().at(0).toLongLong(), 0);
    QVERIFY(!model.processingElsewhere());
    QVERIFY(model.state() != StatusModel::State::ProcessingElsewhere);
    // Now its own: what the gone holder had claimed is queued again, its
    // interrupted hide rolled back.
    QCOMPARE(stateOf(id), int(EventQueue::Queued));
    QCOMPARE(hidesInProgress(), 0);
}

void TestPipelineLock::takesOverWhenTheHolderIsKilled()
{
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    // A holder in another process: a shell that takes the lock and stays.
    QProcess holder;
    holder.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("exec 9>>\"$1\" && flock -x 9 && echo held && exec sleep 600"),
            QStringLiteral("sh"), DataFolderLock::defaultPath() });
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAll(), QByteArray("held\n"));

    Pipeline second;
    QSignalSpy elsewhere(&second, &Pipeline::processingElsewhere);
    QVERIFY2(second.start(), qPrintable(second.error()));
    QVERIFY(!second.isProcessing());
    QCOMPARE(elsewhere.constFirst().at(0).toLongLong(), -1); // it wrote no pid
    ::kill(pid_t(holder.processId()), SIGKILL); // no chance to clean up
    QVERIFY(holder.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(second.isProcessing(), 10000);
    QCOMPARE(elsewhere.constLast().at(0).toLongLong(), 0);
}

// An observer (any child) outliving the app must not keep the folder locked.
void TestPipelineLock::lockIsNotInheritedByChildren()
{
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    auto lock = std::make_unique<DataFolderLock>();
    QString error;
    QVERIFY(lock->tryAcquire(&error));
    QProcess child;
    child.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("echo up && exec sleep 600") });
    QVERIFY(child.waitForReadyRead(10000));
    lock.reset();
    DataFolderLock next;
    QVERIFY(next.tryAcquire(&error));
    child.kill();
    child.waitForFinished(10000);
}

// The command-line hide finishes interrupted hides only when no pipeline runs.
void TestPipelineLock::hideCommandRecoversOnlyWithTheLock()
{
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    startHide();
    auto holder = std::make_unique<DataFolderLock>();
    QString error;
    QVERIFY(holder->tryAcquire(&error));
    QCOMPARE(runApp({ QStringLiteral("--hide-observer-sessions"), QStringLiteral("--dry-run") }), 0);
    QCOMPARE(hidesInProgress(), 1);
    holder.reset();
    QCOMPARE(runApp({ QStringLiteral("--hide-observer-sessions"), QStringLiteral("--dry-run") }), 0);
    QCOMPARE(hidesInProgress(), 0);
}

// --drain --wait beside a holder that exits with events still queued: it
// takes over and drains them itself (exit 0), where --drain alone exits 4.
void TestPipelineLock::drainWaitTakesOverWhenTheHolderExits()
{
    {
        Settings settings;
        settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE));
        settings.sync();
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(EventQueue(db.connection())
                        .enqueue({ 0, QStringLiteral("s"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                                     QStringLiteral(R"({"tool_name":"Edit","tool_input":{"i":%1}})").arg(i).toUtf8(), 1,
                                     0, {} },
                            &error));
    }
    auto holder = std::make_unique<DataFolderLock>();
    QString error;
    QVERIFY(holder->tryAcquire(&error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_CLAUDE_MODE"), QStringLiteral("echo"));
    QProcess drain;
    drain.setProcessEnvironment(env);
    drain.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    QVERIFY(drain.waitForFinished(60000));
    QCOMPARE(drain.exitCode(), 4);
    QVERIFY(drain.readAllStandardError().contains(
        QStringLiteral("processing in another Observer Tray (pid %1)").arg(::getpid()).toUtf8()));

    QProcess waiter;
    waiter.setProcessEnvironment(env);
    waiter.start(QStringLiteral(OT_APP), { QStringLiteral("--drain"), QStringLiteral("--wait") });
    QVERIFY(waiter.waitForStarted());
    QVERIFY(!waiter.waitForFinished(1500)); // it waits: the queue is not empty and the holder is there
    holder.reset();
    QVERIFY(waiter.waitForFinished(60000));
    QCOMPARE(waiter.exitCode(), 0);
    QVERIFY(waiter.readAllStandardOutput().contains(R"("observations":3)"));
}

// The kernel wakes an inotify watcher on close before it drops that file's
// flock; a waiter that tried only once on waking saw the lock still held and
// slept on for good (a second tray that never took over). Many handovers, the
// holder quitting on another thread as a second tray in the same process does.
void TestPipelineLock::waiterTakesOverAtEveryHandover()
{
    const QString path = m_dir->filePath(QStringLiteral("handover.lock"));
    DataFolderLock waiter(path);
    QSignalSpy acquired(&waiter, &DataFolderLock::acquired);
    for (int i = 0; i < 100; ++i) {
        DataFolderLock holder(path);
        QString error;
        QVERIFY2(holder.tryAcquire(&error), qPrintable(error));
        waiter.acquireWhenFree();
        QVERIFY(!waiter.isHeld());
        std::thread quitting([&holder] { holder.release(); });
        const bool tookOver = acquired.count() > i || acquired.wait(2000);
        quitting.join();
        QVERIFY2(tookOver, qPrintable(QStringLiteral("handover %1: the waiter did not take over").arg(i)));
        QVERIFY(waiter.isHeld());
        waiter.release();
    }
}

// The same order made certain: a close wakes the waiter while the lock is
// still held, then the lock goes with no close of its own (as when the kernel
// drops a closed file's flock just after waking watchers). Before the fix the
// waiter tried once on that wake-up and then slept for good.
void TestPipelineLock::waiterLooksAgainWhenWokenBeforeTheUnlock()
{
    const QString path = m_dir->filePath(QStringLiteral("woken-early.lock"));
    const QByteArray native = QFile::encodeName(path);
    const int holder = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(holder >= 0);
    QCOMPARE(::flock(holder, LOCK_EX | LOCK_NB), 0);
    DataFolderLock waiter(path);
    QSignalSpy acquired(&waiter, &DataFolderLock::acquired);
    waiter.acquireWhenFree();
    QVERIFY(!waiter.isHeld());

    ::close(::open(native.constData(), O_RDWR | O_CLOEXEC)); // the wake-up
    QCoreApplication::processEvents(); // the waiter wakes, finds the lock held
    QVERIFY(!waiter.isHeld());
    QCOMPARE(::flock(holder, LOCK_UN), 0); // then the lock goes, with no wake-up of its own
    QVERIFY(acquired.wait(5000));
    QVERIFY(waiter.isHeld());
    QCOMPARE(acquired.count(), 1);
    ::close(holder);
}

QTEST_GUILESS_MAIN(TestPipelineLock)
#include "tst_datafolderlock.moc"
