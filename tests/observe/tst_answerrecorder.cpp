// AnswerRecorder on a real SQLite file: an answer's observations and summaries
// are attributed to the user session observed, committed with the turn's
// events in one transaction (all or nothing), and answers without a block
// where one was due make it stalled.
#include "core/observe/AnswerRecorder.h"
#include "core/platform/Clock.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 kT0 = 1'000'000'000'000;
const QString kObservation = QStringLiteral(
    "<observation><type>discovery</type><title>Pager keeps its page</title><narrative>n</narrative></observation>");
const QString kSummary
    = QStringLiteral("<summary><request>fix the pager</request><completed>done</completed></summary>");
} // namespace

class TestAnswerRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordCommitsAttributedAndAcknowledges();
    void failedCommitStoresNothingAndLeavesTheEvents();
    void acknowledgeUnansweredStoresNothing();
    void stallsAfterAnswersWithoutABlock();

private:
    AnswerRecorder::Turn claimedTurn(const QString &kind);
    int count(const QString &table);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAnswerRecorder::init()
{
    Clock::set([] { return kT0; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
}

void TestAnswerRecorder::cleanup()
{
    m_db.reset();
    m_dir.reset();
    Clock::set({});
}

AnswerRecorder::Turn TestAnswerRecorder::claimedTurn(const QString &kind)
{
    EventQueue queue(m_db->connection());
    QString error;
    queue.enqueue({ 0, QStringLiteral("u1"), kind, QStringLiteral("/p"), "{}", 1, 0, {} }, &error);
    const auto run = ObserverRunLog(m_db->connection())
                         .recordStart({ QStringLiteral("obs-1"), QStringLiteral("u1"), QStringLiteral("/p"),
                                          QStringLiteral("/tmp"), {} },
                             &error);
    return { QStringLiteral("u1"), QStringLiteral("/p"), run.value_or(0),
        queue.claim(QStringLiteral("u1"), 10, kT0, &error) };
}

int TestAnswerRecorder::count(const QString &table)
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

void TestAnswerRecorder::recordCommitsAttributedAndAcknowledges()
{
    AnswerRecorder recorder(m_db->connection(), 3);
    QSignalSpy stored(&recorder, &AnswerRecorder::stored);
    const AnswerRecorder::Turn turn = claimedTurn(QStringLiteral("post-tool-use"));
    QCOMPARE(turn.events.size(), 1);
    QString error;
    QVERIFY2(recorder.record(turn, kObservation + kSummary, &error), qPrintable(error));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().at(0).toInt(), 1);
    QCOMPARE(stored.first().at(1).toInt(), 1);
    QCOMPARE(EventQueue(m_db->connection()).pendingCount(), 0); // acknowledged in the same commit
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_session_id, project, created_at, observer_run_id FROM observations"))
        && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("u1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("/p"));
    QCOMPARE(q.value(2).toLongLong(), kT0);
    QCOMPARE(q.value(3).toLongLong(), turn.runId);
    QVERIFY(q.exec(QStringLiteral("SELECT user_session_id, project, created_at FROM summaries")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("u1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("/p"));
    QCOMPARE(q.value(2).toLongLong(), kT0);
}

void TestAnswerRecorder::failedCommitStoresNothingAndLeavesTheEvents()
{
    AnswerRecorder recorder(m_db->connection(), 3);
    QSignalSpy stored(&recorder, &AnswerRecorder::stored);
    const AnswerRecorder::Turn turn = claimedTurn(QStringLiteral("post-tool-use"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE summaries"))); // the summary's insert fails after the observation's
    QString error;
    QVERIFY(!recorder.record(turn, kObservation + kSummary, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(stored.size(), 0);
    QCOMPARE(count(QStringLiteral("observations")), 0); // rolled back with the rest
    QCOMPARE(EventQueue(m_db->connection()).pendingCount(), 1); // left for the caller to release or fail
}

void TestAnswerRecorder::acknowledgeUnansweredStoresNothing()
{
    AnswerRecorder recorder(m_db->connection(), 3);
    QSignalSpy stored(&recorder, &AnswerRecorder::stored);
    const AnswerRecorder::Turn turn = claimedTurn(QStringLiteral("session-end"));
    QString error;
    QVERIFY2(recorder.acknowledgeUnanswered(turn.events, &error), qPrintable(error));
    QCOMPARE(EventQueue(m_db->connection()).pendingCount(), 0);
    QCOMPARE(count(QStringLiteral("observations")), 0);
    QCOMPARE(stored.size(), 0);
}

void TestAnswerRecorder::stallsAfterAnswersWithoutABlock()
{
    AnswerRecorder recorder(m_db->connection(), 2);
    QSignalSpy stall(&recorder, &AnswerRecorder::stallChanged);
    QString error;
    const QueuedEvent tool { 0, QStringLiteral("u1"), QStringLiteral("post-tool-use"), {}, {}, 0, 0, {} };
    const QueuedEvent stop { 0, QStringLiteral("u1"), QStringLiteral("stop"), {}, {}, 0, 0, {} };
    const AnswerRecorder::Turn toolTurn { QStringLiteral("u1"), QStringLiteral("/p"), 0, { tool } };
    const AnswerRecorder::Turn stopTurn { QStringLiteral("u1"), QStringLiteral("/p"), 0, { stop } };
    QVERIFY(recorder.record(toolTurn, QStringLiteral("Sure, here is what I saw."), &error));
    QVERIFY(!recorder.isStalled());
    // A turn with no tool use owes no block: it does not count either way.
    QVERIFY(recorder.record(stopTurn, QStringLiteral("nothing"), &error));
    QVERIFY(!recorder.isStalled());
    QVERIFY(recorder.record(toolTurn, QStringLiteral("Still prose."), &error));
    QVERIFY(recorder.isStalled());
    QCOMPARE(stall.size(), 1);
    QCOMPARE(stall.first().at(0).toBool(), true);
    QVERIFY(stall.first().at(1).toString().contains(QStringLiteral("2 times")));
    QVERIFY(recorder.record(toolTurn, QStringLiteral("<skip/>"), &error)); // a block again
    QVERIFY(!recorder.isStalled());
    QCOMPARE(stall.size(), 2);
    QCOMPARE(stall.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestAnswerRecorder)
#include "tst_answerrecorder.moc"
