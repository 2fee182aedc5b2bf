// Pipeline assembled on a real data folder with the fake `claude` as the CLI:
// start() recovers what a crash left claimed, an event in the queue becomes a
// stored observation, the counts combine store and queue, and the observer's
// session is reported finished when the pipeline shuts down.
#include "TestEnv.h"
#include "core/observe/Pipeline.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void claimedAtCrashIsObservedAfterStart();
    void countsCombineStoreAndQueue();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("OBSERVER_TRAY_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
    qputenv("FAKE_CLAUDE_MODE", "ok");
    Settings settings;
    settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE));
    settings.sync();
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
}

void TestPipeline::cleanup()
{
    m_dir.reset();
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestPipeline::claimedAtCrashIsObservedAfterStart()
{
    {
        // A crash left an event claimed: no observer will ever answer it.
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        EventQueue queue(db.connection());
        QString error;
        QVERIFY(queue.enqueue({ 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                                  R"({"tool_name":"Read"})", 1, 0, {} },
            &error));
        QCOMPARE(queue.claim(QStringLiteral("u1"), 1, 100, &error).size(), 1);
    }
    Pipeline pipeline;
    QSignalSpy finished(&pipeline, &Pipeline::observerSessionFinished);
    QVERIFY2(pipeline.start(), qPrintable(pipeline.error()));
    QVERIFY(pipeline.isProcessing());
    QTRY_COMPARE_WITH_TIMEOUT(pipeline.counts().total, 1, 30000);
    QCOMPARE(pipeline.counts().queuePending, 0);
    QVERIFY(finished.isEmpty()); // the observer stays for the session's next turn
    pipeline.shutdown();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(!finished.first().at(0).toString().isEmpty());
    QVERIFY(finished.first().at(0).toString() != QStringLiteral("u1")); // the observer's session, not the user's
}

void TestPipeline::countsCombineStoreAndQueue()
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QString error;
    for (const char *s : { "a", "b" })
        QVERIFY(queue.enqueue(
            { 0, QString::fromLatin1(s), QStringLiteral("stop"), QStringLiteral("/p"), "{}", 1, 0, {} }, &error));
    const qint64 id = *queue.enqueue(
        { 0, QStringLiteral("c"), QStringLiteral("post-tool-use"), QStringLiteral("/p"), "{}", 1, 0, {} }, &error);
    for (int i = 0; i < EventQueue::kMaxAttempts; ++i) {
        QCOMPARE(queue.claim(QStringLiteral("c"), 1, 1LL << 50, &error).size(), 1);
        QVERIFY(queue.fail({ id }, QStringLiteral("x"), 0, &error));
    }
    const ObservationCounts c = Pipeline::countsIn(db.connection());
    QCOMPARE(c.queuePending, 2);
    QCOMPARE(c.queueParked, 1);
    QCOMPARE(c.total, 0);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
