// One pipeline per data folder (issue 13): a second pipeline on the same data
// folder processes nothing, leaves the holder's claimed events alone, says
// who processes (the tray's status line), and takes over when the holder
// goes, however it goes.
#include "AppPaths.h"
#include "DataFolderLock.h"
#include "Database.h"
#include "EventQueue.h"
#include "Pipeline.h"
#include "Settings.h"
#include "StatusModel.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

class TestPipelineLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secondPipelineStandsByAndLeavesClaimsAlone();
    void takesOverWhenTheHolderIsKilled();
    void lockIsNotInheritedByChildren();

private:
    qint64 claimOneEvent();
    int stateOf(qint64 id);

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

void TestPipelineLock::secondPipelineStandsByAndLeavesClaimsAlone()
{
    const qint64 id = claimOneEvent();
    QVERIFY(id > 0);
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
    QCOMPARE(model.stateText(), QStringLiteral("processing in another Observer Tray (pid %1)").arg(::getpid()));
    QVERIFY(model.toolTip().contains(QLatin1String("processing in another Observer Tray")));
    // Claimed means "in the holder's observer right now", not orphaned.
    QCOMPARE(stateOf(id), int(EventQueue::Claimed));

    holder.reset(); // the holder quits
    QTRY_VERIFY_WITH_TIMEOUT(second.isProcessing(), 10000);
    QCOMPARE(elsewhere.constLast().at(0).toLongLong(), 0);
    QVERIFY(!model.processingElsewhere());
    QVERIFY(!model.stateText().contains(QLatin1String("another")));
    // Now its own: what the gone holder had claimed is queued again.
    QCOMPARE(stateOf(id), int(EventQueue::Queued));
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

QTEST_GUILESS_MAIN(TestPipelineLock)
#include "tst_pipelinelock.moc"
