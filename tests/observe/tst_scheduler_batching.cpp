// The scheduler's batching with the fake `claude` (FakeObserver.h) and the
// injected Clock: a user session's events wait until its turn ends, N are
// waiting or the oldest has waited T, then go as one turn; a failed batch is
// retried as a whole. Time moves on the clock; the batch timer is real and
// single-shot, so a test waits for its effect (QTRY), never sleeps.
#include "FakeObserver.h"
#include "TestEnv.h"
#include "core/observe/Scheduler.h"
#include "core/platform/Clock.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
constexpr qint64 kT0 = 1'000'000'000'000;

QueuedEvent queued(const char *kind, int i, qint64 createdAt)
{
    return { 0, QStringLiteral("u1"), QString::fromLatin1(kind), QStringLiteral("/p"),
        QStringLiteral(R"({"tool_name":"Read","tool_input":{"file_path":"/p/f%1.cpp"}})").arg(i).toUtf8(), createdAt, 0,
        {} };
}
} // namespace

class TestSchedulerBatching : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void heldUntilTheTurnEnds();
    void loneEventGoesAfterTheWait();
    void maxEventsWaitingGoAtOnce();
    void failedBatchIsRetriedWhole();

private:
    // A scheduler whose observers log every turn they get (one line each).
    Scheduler *makeScheduler(const QString &mode, Scheduler::Options options);
    QStringList turnsLogged() const;
    int enqueue(const char *kind, int n, qint64 createdAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Scheduler> m_scheduler;
    QStringList m_modes; // one per launch, the last one repeats
    int m_launches = 0;
    qint64 m_now = kT0;
};

void TestSchedulerBatching::init()
{
    m_now = kT0;
    m_launches = 0;
    Clock::set([this] { return m_now; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
}

void TestSchedulerBatching::cleanup()
{
    m_scheduler.reset();
    m_db.reset();
    Clock::set({});
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

Scheduler *TestSchedulerBatching::makeScheduler(const QString &mode, Scheduler::Options options)
{
    m_modes = mode.split(QLatin1Char(','));
    const QString log = m_dir->filePath(QStringLiteral("turns.log"));
    m_scheduler = std::make_unique<Scheduler>(
        m_db->connection(),
        [this, log](const QString &, QString *) {
            ObserverLaunch l = fakeObserverLaunch(m_modes.at(std::min(m_launches++, int(m_modes.size()) - 1)));
            l.environment.insert(QStringLiteral("FAKE_CLAUDE_LOG"), log);
            return std::optional(l);
        },
        options);
    return m_scheduler.get();
}

QStringList TestSchedulerBatching::turnsLogged() const
{
    QFile f(m_dir->filePath(QStringLiteral("turns.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int TestSchedulerBatching::enqueue(const char *kind, int n, qint64 createdAt)
{
    EventQueue queue(m_db->connection());
    QString error;
    int done = 0;
    for (int i = 0; i < n; ++i)
        done += queue.enqueue(queued(kind, i, createdAt), &error).has_value();
    return done;
}

void TestSchedulerBatching::heldUntilTheTurnEnds()
{
    Scheduler *scheduler = makeScheduler(QStringLiteral("ok"), {});
    QSignalSpy stored(scheduler, &Scheduler::stored);
    scheduler->setAuthReady(true);
    QCOMPARE(enqueue("post-tool-use", 5, kT0), 5);
    scheduler->pump(); // the queue's wake-up
    QCOMPARE(m_launches, 0); // held: the user's turn goes on
    QCOMPARE(enqueue("stop", 1, kT0), 1);
    scheduler->pump();
    QCOMPARE(m_launches, 1);
    QVERIFY(stored.wait(20000));
    const QStringList turns = turnsLogged();
    QCOMPARE(turns.size(), 1); // one turn, one API call
    QCOMPARE(turns.constFirst().count(QStringLiteral("<tool_use ")), 5);
    QVERIFY(turns.constFirst().contains(QStringLiteral("STOP")));
    QCOMPARE(EventQueue(m_db->connection()).pendingCount(), 0);
}

void TestSchedulerBatching::loneEventGoesAfterTheWait()
{
    Scheduler::Options options;
    options.batchMaxWaitMs = 200; // the batch timer's real wait, each time it is armed
    Scheduler *scheduler = makeScheduler(QStringLiteral("ok"), options);
    QSignalSpy stored(scheduler, &Scheduler::stored);
    scheduler->setAuthReady(true);
    QCOMPARE(enqueue("post-tool-use", 1, kT0), 1);
    scheduler->pump();
    QCOMPARE(m_launches, 0);
    // The timer fires (its pump says quiescent), but on the clock the event
    // has not waited T yet: nothing is sent.
    QSignalSpy quiet(scheduler, &Scheduler::quiescent);
    QVERIFY(quiet.wait(5000));
    QCOMPARE(m_launches, 0);
    m_now = kT0 + options.batchMaxWaitMs;
    QTRY_COMPARE_WITH_TIMEOUT(m_launches, 1, 5000); // the single-shot timer, no pump from here
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000); // may have come while waiting for the launch
    QCOMPARE(turnsLogged().size(), 1);
}

void TestSchedulerBatching::maxEventsWaitingGoAtOnce()
{
    Scheduler::Options options;
    options.batchMaxEvents = 4;
    Scheduler *scheduler = makeScheduler(QStringLiteral("ok"), options);
    QSignalSpy stored(scheduler, &Scheduler::stored);
    scheduler->setAuthReady(true);
    QCOMPARE(enqueue("post-tool-use", 3, kT0), 3);
    scheduler->pump();
    QCOMPARE(m_launches, 0);
    QCOMPARE(enqueue("post-tool-use", 1, kT0), 1);
    scheduler->pump();
    QCOMPARE(m_launches, 1);
    QVERIFY(stored.wait(20000));
    QCOMPARE(turnsLogged().constFirst().count(QStringLiteral("<tool_use ")), 4);
}

void TestSchedulerBatching::failedBatchIsRetriedWhole()
{
    Scheduler *scheduler = makeScheduler(QStringLiteral("crash,ok"), {});
    QSignalSpy stored(scheduler, &Scheduler::stored);
    QCOMPARE(enqueue("post-tool-use", 3, kT0), 3);
    QCOMPARE(enqueue("stop", 1, kT0), 1);
    scheduler->setAuthReady(true);
    EventQueue queue(m_db->connection());
    QSqlQuery q(m_db->connection());
    // The crash fails the batch: each of its events counts one attempt, and
    // all four wait for the same back-off.
    QTRY_VERIFY_WITH_TIMEOUT(
        q.exec(QStringLiteral("SELECT COUNT(*), MIN(attempts), MAX(attempts), COUNT(DISTINCT next_attempt_at) "
                              "FROM events WHERE attempts > 0"))
            && q.next() && q.value(0).toInt() == 4,
        20000);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 1);
    q.finish();
    QTRY_COMPARE_WITH_TIMEOUT(scheduler->runningObservers(), 0, 15000);
    m_now = kT0 + EventQueue::backoffMs(1);
    scheduler->pump();
    QCOMPARE(m_launches, 2);
    QVERIFY(stored.wait(20000));
    const QStringList turns = turnsLogged();
    QCOMPARE(turns.size(), 2); // the crashed one, then the retry
    QCOMPARE(turns.at(1).count(QStringLiteral("<tool_use ")), 3); // the whole batch again, in one turn
    QVERIFY(turns.at(1).contains(QStringLiteral("STOP")));
    QCOMPARE(queue.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestSchedulerBatching)
#include "tst_scheduler_batching.moc"
