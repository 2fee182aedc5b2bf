#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestEventQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void claimsInOrderPerSession();
    void promptWaitsForItsSessionsWorkAndRidesAlong();
    void acknowledgeDeletesInStoreTransaction();
    void acknowledgementAndStoreAreOneTransaction_data();
    void acknowledgementAndStoreAreOneTransaction();
    void claimTakesNothingWhenARowIsTakenBySomeoneElse();
    void failBacksOffThenParks();
    void parkedEventDoesNotBlockTheQueue();
    void releaseClaimsAfterCrash();
    void retryAndDiscardParked();
    void countsPendingAndParked();

private:
    qint64 add(const QString &session, int i = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventQueue> m_queue;
};

void TestEventQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
    m_queue = std::make_unique<EventQueue>(m_db->connection());
}

void TestEventQueue::cleanup()
{
    m_queue.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestEventQueue::add(const QString &session, int i)
{
    QString error;
    QueuedEvent e;
    e.userSessionId = session;
    e.kind = QStringLiteral("post-tool-use");
    e.project = QStringLiteral("/p");
    e.payload = QByteArray::number(i);
    e.createdAt = 1;
    const auto id = m_queue->enqueue(e, &error);
    return id.value_or(-1);
}

void TestEventQueue::claimsInOrderPerSession()
{
    const qint64 a1 = add(QStringLiteral("a"), 1);
    add(QStringLiteral("b"), 1);
    const qint64 a2 = add(QStringLiteral("a"), 2);
    QCOMPARE(m_queue->readySessions({}, 100, 10), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(m_queue->readySessions({ QStringLiteral("a") }, 100, 10), QStringList { QStringLiteral("b") });
    QString error;
    const auto claimed = m_queue->claim(QStringLiteral("a"), 10, 100, &error);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(claimed[0].id, a1);
    QCOMPARE(claimed[1].id, a2);
    QCOMPARE(claimed[1].payload, QByteArray("2"));
    // Claimed events are not handed out twice.
    QVERIFY(m_queue->claim(QStringLiteral("a"), 10, 100, &error).isEmpty());
    QCOMPARE(m_queue->pendingCount(), 3);
}

void TestEventQueue::promptWaitsForItsSessionsWorkAndRidesAlong()
{
    QString error;
    QueuedEvent prompt;
    prompt.userSessionId = QStringLiteral("a");
    prompt.kind = QStringLiteral("user-prompt-submit");
    prompt.payload = R"({"prompt":"x"})";
    prompt.createdAt = 1;
    const auto promptId = m_queue->enqueue(prompt, &error);
    QVERIFY(promptId);
    // Alone it makes no session ready (no call of its own), yet it stays.
    QVERIFY(m_queue->readySessions({}, 100, 10).isEmpty());
    QCOMPARE(m_queue->pendingCount(), 1);
    QCOMPARE(m_queue->waitingContextCount(), 1);
    const qint64 tool = add(QStringLiteral("a"), 1);
    QCOMPARE(m_queue->readySessions({}, 100, 10), QStringList { QStringLiteral("a") });
    QCOMPARE(m_queue->waitingContextCount(), 0);
    const auto claimed = m_queue->claim(QStringLiteral("a"), 10, 100, &error);
    QCOMPARE(claimed.size(), 2); // the prompt rides along, in order
    QCOMPARE(claimed[0].id, *promptId);
    QCOMPARE(claimed[1].id, tool);
    // A failed turn sends both back together, prompt included.
    QVERIFY(m_queue->fail({ *promptId, tool }, QStringLiteral("boom"), 100, &error));
    QCOMPARE(m_queue->pendingCount(), 2);
    const auto again = m_queue->claim(QStringLiteral("a"), 10, 100 + EventQueue::backoffMs(1), &error);
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].kind, QStringLiteral("user-prompt-submit"));
}

void TestEventQueue::acknowledgeDeletesInStoreTransaction()
{
    const qint64 id = add(QStringLiteral("a"));
    QString error;
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, 100, &error).size(), 1);
    ObservationStore store(m_db->connection());
    Observation o;
    o.userSessionId = QStringLiteral("a");
    o.title = QStringLiteral("t");
    QVERIFY2(store.commitAnswer({ o }, {}, { id }, 0, &error), qPrintable(error));
    QCOMPARE(m_queue->pendingCount(), 0);
    QCOMPARE(store.counts().total, 1);
}

// The store half and the acknowledgement half of a batch must stand or fall
// together. A trigger makes one half fail; nothing of the other half may
// remain. An acknowledgement moved after the COMMIT (or before the BEGIN)
// leaves observations without their event deleted (a replay stores them
// again) or a deleted event without its observations (lost).
void TestEventQueue::acknowledgementAndStoreAreOneTransaction_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("acknowledgement fails")
        << QStringLiteral("CREATE TRIGGER fault BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'ack fault'); END");
    QTest::newRow("storing fails") << QStringLiteral(
        "CREATE TRIGGER fault BEFORE INSERT ON observations BEGIN SELECT RAISE(ABORT, 'store fault'); END");
}

void TestEventQueue::acknowledgementAndStoreAreOneTransaction()
{
    QFETCH(QString, trigger);
    const qint64 id = add(QStringLiteral("a"));
    QString error;
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, 100, &error).size(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(trigger));
    ObservationStore store(m_db->connection());
    Observation o;
    o.userSessionId = QStringLiteral("a");
    o.title = QStringLiteral("t");
    QVERIFY(!store.commitAnswer({ o }, {}, { id }, 0, &error));
    QVERIFY2(error.contains(QLatin1String("fault")), qPrintable(error));
    // Seen from a second connection, as another process would see it.
    Database other(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(other.open());
    QCOMPARE(ObservationStore(other.connection()).counts().total, 0);
    QCOMPARE(EventQueue(other.connection()).pendingCount(), 1);
    // And the same batch goes through whole once the fault is gone.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fault")));
    QVERIFY2(store.commitAnswer({ o }, {}, { id }, 0, &error), qPrintable(error));
    QCOMPARE(ObservationStore(other.connection()).counts().total, 1);
    QCOMPARE(EventQueue(other.connection()).pendingCount(), 0);
}

// Another process claiming between the read and the update shows up as an
// UPDATE that changes fewer rows than were read: claim none, send none.
// (RAISE(IGNORE) makes the update skip a row, as a competing claim would.)
void TestEventQueue::claimTakesNothingWhenARowIsTakenBySomeoneElse()
{
    add(QStringLiteral("a"), 1);
    const qint64 taken = add(QStringLiteral("a"), 2);
    add(QStringLiteral("a"), 3);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER taken BEFORE UPDATE OF state ON events WHEN OLD.id = %1 "
                                  "BEGIN SELECT RAISE(IGNORE); END")
                       .arg(taken)));
    QString error;
    QVERIFY(m_queue->claim(QStringLiteral("a"), 10, 100, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE state = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the others were not left claimed either
    q.finish();
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER taken")));
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 10, 100, &error).size(), 3);
}

void TestEventQueue::failBacksOffThenParks()
{
    const qint64 id = add(QStringLiteral("a"));
    QString error;
    qint64 now = 1000;
    for (int attempt = 1; attempt < EventQueue::kMaxAttempts; ++attempt) {
        QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, now, &error).size(), 1);
        QVERIFY(m_queue->fail({ id }, QStringLiteral("boom"), now, &error));
        // Not ready until the backoff has passed.
        QVERIFY(m_queue->claim(QStringLiteral("a"), 1, now + 1, &error).isEmpty());
        QCOMPARE(m_queue->nextRetryAt(), now + EventQueue::backoffMs(attempt));
        now += EventQueue::backoffMs(attempt);
    }
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, now, &error).size(), 1);
    QVERIFY(m_queue->fail({ id }, QStringLiteral("still boom"), now, &error));
    QCOMPARE(m_queue->parkedCount(), 1);
    QCOMPARE(m_queue->pendingCount(), 0);
    const auto parked = m_queue->parked();
    QCOMPARE(parked.size(), 1);
    QCOMPARE(parked[0].lastError, QStringLiteral("still boom"));
    QCOMPARE(parked[0].attempts, EventQueue::kMaxAttempts);
}

void TestEventQueue::parkedEventDoesNotBlockTheQueue()
{
    const qint64 first = add(QStringLiteral("a"), 1);
    const qint64 second = add(QStringLiteral("a"), 2);
    QString error;
    qint64 now = 0;
    for (int i = 0; i < EventQueue::kMaxAttempts; ++i) {
        now += 3600 * 1000;
        const auto c = m_queue->claim(QStringLiteral("a"), 1, now, &error);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].id, first);
        QVERIFY(m_queue->fail({ first }, QStringLiteral("bad"), now, &error));
    }
    const auto next = m_queue->claim(QStringLiteral("a"), 5, now, &error);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].id, second);
}

void TestEventQueue::releaseClaimsAfterCrash()
{
    add(QStringLiteral("a"));
    add(QStringLiteral("a"));
    QString error;
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 5, 100, &error).size(), 2);
    QCOMPARE(m_queue->releaseClaims(&error), 2);
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 5, 100, &error).size(), 2);
}

void TestEventQueue::retryAndDiscardParked()
{
    const qint64 a = add(QStringLiteral("a"));
    const qint64 b = add(QStringLiteral("b"));
    QString error;
    for (qint64 id : { a, b }) {
        for (int i = 0; i < EventQueue::kMaxAttempts; ++i) {
            QVERIFY(
                !m_queue->claim(id == a ? QStringLiteral("a") : QStringLiteral("b"), 1, 1LL << 50, &error).isEmpty());
            QVERIFY(m_queue->fail({ id }, QStringLiteral("x"), 0, &error));
        }
    }
    QCOMPARE(m_queue->parkedCount(), 2);
    QVERIFY(m_queue->retryParked(a, &error));
    QVERIFY(m_queue->discardParked(b, &error));
    QVERIFY(!m_queue->discardParked(b, &error));
    QVERIFY(error.contains(QStringLiteral("not parked")));
    QCOMPARE(m_queue->parkedCount(), 0);
    QCOMPARE(m_queue->pendingCount(), 1);
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, 0, &error).size(), 1);
}

// Moved from tst_observationstore (the queue's counts are EventQueue's now).
void TestEventQueue::countsPendingAndParked()
{
    QString error;
    QVERIFY(m_queue->enqueue({ 0, QStringLiteral("s"), QStringLiteral("stop"), {}, "{}", 0, 0, {} }, &error));
    EventQueue::Counts c = m_queue->counts();
    QCOMPARE(c.pending, 1);
    QCOMPARE(c.parked, 0);
    // Claimed is pending too; parked is counted apart.
    const qint64 id = add(QStringLiteral("a"));
    QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, 0, &error).size(), 1);
    QCOMPARE(m_queue->counts().pending, 2);
    for (int i = 0; i < EventQueue::kMaxAttempts; ++i) {
        if (i > 0)
            QCOMPARE(m_queue->claim(QStringLiteral("a"), 1, 1LL << 50, &error).size(), 1);
        QVERIFY(m_queue->fail({ id }, QStringLiteral("x"), 0, &error));
    }
    c = m_queue->counts();
    QCOMPARE(c.pending, 1);
    QCOMPARE(c.parked, 1);
}

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_eventqueue.moc"
