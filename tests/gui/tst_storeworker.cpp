// The window's database worker against a real SQLite file: the observation
// list's pages (newest first, "more" exactly when there is more), and the
// Status page's Retry / Discard of parked events.
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/StoreWorker.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestStoreWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void searchPagesNewestFirst();
    void searchFiltersByWordsAndProject();
    void retryPutsAParkedEventBackInTheQueue();
    void discardDeletesOnlyTheParkedEvent();
    void aParkedEventGoneMeanwhileIsSaid();
    void anUnusableDatabaseIsSaid();

private:
    void seedObservations(int count);
    qint64 parkOneEvent();
    QList<Observation> page(const QString &query, const QString &project, qint64 beforeId, int limit, bool *more);
    QList<QueuedEvent> parkedAfter(void (StoreWorker::*action)(qint64), qint64 id);

    std::unique_ptr<QTemporaryDir> m_home; // the data folder lives here, whoever runs the test
    std::unique_ptr<Database> m_db; // the test's own connection, as the pipeline has its own
    std::unique_ptr<StoreWorker> m_worker;
};

void TestStoreWorker::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("OBSERVER_TRAY_DATA_DIR", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_worker = std::make_unique<StoreWorker>();
}

void TestStoreWorker::cleanup()
{
    m_worker.reset();
    m_db.reset();
    m_home.reset();
}

void TestStoreWorker::seedObservations(int count)
{
    QList<Observation> batch;
    for (int i = 1; i <= count; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s");
        o.project = i % 2 ? QStringLiteral("/odd") : QStringLiteral("/even");
        o.type = QStringLiteral("discovery");
        o.title = QStringLiteral("note %1").arg(i) + (i == 3 ? QStringLiteral(" websocket") : QString());
        o.narrative = QStringLiteral("narrative %1").arg(i);
        o.createdAt = 1000 + i;
        batch << o;
    }
    QString error;
    QVERIFY2(ObservationStore(m_db->connection()).commitAnswer(batch, {}, {}, 0, &error), qPrintable(error));
}

// Fails one event until the queue parks it.
qint64 TestStoreWorker::parkOneEvent()
{
    EventQueue queue(m_db->connection());
    QString error;
    const auto id = queue.enqueue(
        { 0, QStringLiteral("s"), QStringLiteral("stop"), QStringLiteral("/p"), "{}", 0, 0, {} }, &error);
    if (!id)
        return 0;
    qint64 now = 1'000'000'000'000;
    for (int i = 0; i < EventQueue::kMaxAttempts; ++i, now += 3600 * 1000) {
        const QList<QueuedEvent> claimed = queue.claim(QStringLiteral("s"), 1, now, &error);
        if (claimed.size() != 1 || !queue.fail({ claimed.first().id }, QStringLiteral("boom"), now, &error))
            return 0;
    }
    return queue.parkedCount() == 1 ? *id : 0;
}

QList<Observation> TestStoreWorker::page(
    const QString &query, const QString &project, qint64 beforeId, int limit, bool *more)
{
    QSignalSpy ready(m_worker.get(), &StoreWorker::searchReady);
    m_worker->search(7, query, project, beforeId, limit);
    if (ready.count() != 1)
        return {};
    const QList<QVariant> args = ready.takeFirst();
    *more = args.at(2).toBool();
    return args.at(0).toInt() == 7 ? args.at(1).value<QList<Observation>>() : QList<Observation>();
}

QList<QueuedEvent> TestStoreWorker::parkedAfter(void (StoreWorker::*action)(qint64), qint64 id)
{
    QSignalSpy ready(m_worker.get(), &StoreWorker::parkedReady);
    (m_worker.get()->*action)(id);
    return ready.count() == 1 ? ready.first().at(0).value<QList<QueuedEvent>>() : QList<QueuedEvent> { {} };
}

void TestStoreWorker::searchPagesNewestFirst()
{
    seedObservations(5);
    bool more = false;
    const QList<Observation> first = page({}, {}, 0, 2, &more);
    QCOMPARE(first.size(), 2);
    QVERIFY(more);
    QCOMPARE(first.at(0).title, QStringLiteral("note 5"));
    QCOMPARE(first.at(1).title, QStringLiteral("note 4"));
    const QList<Observation> second = page({}, {}, first.last().id, 2, &more);
    QCOMPARE(second.size(), 2);
    QVERIFY(more);
    QCOMPARE(second.at(0).title, QStringLiteral("note 3 websocket"));
    const QList<Observation> last = page({}, {}, second.last().id, 2, &more);
    QCOMPARE(last.size(), 1);
    QVERIFY(!more); // exactly the rest: no empty page to fetch
    QCOMPARE(last.at(0).title, QStringLiteral("note 1"));
    // Exactly a page left: all of it, and no "more".
    QCOMPARE(page({}, {}, first.last().id, 3, &more).size(), 3);
    QVERIFY(!more);
}

void TestStoreWorker::searchFiltersByWordsAndProject()
{
    seedObservations(5);
    bool more = true;
    QList<Observation> hits = page(QStringLiteral("websock"), {}, 0, 10, &more);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).title, QStringLiteral("note 3 websocket"));
    QVERIFY(!more);
    hits = page({}, QStringLiteral("/even"), 0, 10, &more);
    QCOMPARE(hits.size(), 2);
    for (const Observation &o : hits)
        QCOMPARE(o.project, QStringLiteral("/even"));
}

void TestStoreWorker::retryPutsAParkedEventBackInTheQueue()
{
    const qint64 id = parkOneEvent();
    QVERIFY(id > 0);
    QSignalSpy failed(m_worker.get(), &StoreWorker::failed);
    QSignalSpy ready(m_worker.get(), &StoreWorker::parkedReady);
    m_worker->loadParked();
    QCOMPARE(ready.count(), 1);
    const QList<QueuedEvent> shown = ready.first().at(0).value<QList<QueuedEvent>>();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().id, id);
    QCOMPARE(shown.first().lastError, QStringLiteral("boom"));

    QCOMPARE(parkedAfter(&StoreWorker::retryParked, id).size(), 0); // the page is told at once
    QCOMPARE(failed.count(), 0);
    EventQueue queue(m_db->connection());
    QCOMPARE(queue.parkedCount(), 0);
    QCOMPARE(queue.pendingCount(), 1); // queued again, attempts from zero
    QString error;
    const QList<QueuedEvent> claimed = queue.claim(QStringLiteral("s"), 1, 0, &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 0);
}

void TestStoreWorker::discardDeletesOnlyTheParkedEvent()
{
    const qint64 id = parkOneEvent();
    QVERIFY(id > 0);
    EventQueue queue(m_db->connection());
    QString error;
    QVERIFY(queue.enqueue(
        { 0, QStringLiteral("t"), QStringLiteral("stop"), QStringLiteral("/p"), "{}", 0, 0, {} }, &error));
    QSignalSpy failed(m_worker.get(), &StoreWorker::failed);
    QCOMPARE(parkedAfter(&StoreWorker::discardParked, id).size(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(queue.parkedCount(), 0);
    QCOMPARE(queue.pendingCount(), 1); // the other session's event is untouched
}

// Two clicks, or the pipeline retried it first: say so, and show what is true now.
void TestStoreWorker::aParkedEventGoneMeanwhileIsSaid()
{
    const qint64 id = parkOneEvent();
    QVERIFY(id > 0);
    QCOMPARE(parkedAfter(&StoreWorker::discardParked, id).size(), 0);
    QSignalSpy failed(m_worker.get(), &StoreWorker::failed);
    QCOMPARE(parkedAfter(&StoreWorker::retryParked, id).size(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("not parked")),
        qPrintable(failed.first().at(0).toString()));
}

void TestStoreWorker::anUnusableDatabaseIsSaid()
{
    m_db.reset();
    QDir(AppPaths::dataDir()).removeRecursively();
    QFile blocker(AppPaths::dataDir()); // a file where the data folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy failed(m_worker.get(), &StoreWorker::failed);
    QSignalSpy ready(m_worker.get(), &StoreWorker::searchReady);
    m_worker->search(1, {}, {}, 0, 10);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(ready.count(), 0);
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
