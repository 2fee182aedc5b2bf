// BatchPolicy on its own: when a user session's waiting events are due as one
// turn, and how many the turn takes.
#include "core/observe/BatchPolicy.h"

#include <QtTest>

namespace {
constexpr qint64 kNow = 1'000'000'000'000;

EventQueue::Waiting waiting(const char *kind, qint64 ageMs = 0, qint64 bytes = 100)
{
    static qint64 id = 0;
    return { ++id, QString::fromLatin1(kind), kNow - ageMs, bytes };
}

QList<EventQueue::Waiting> tools(int n, qint64 ageMs = 0)
{
    QList<EventQueue::Waiting> out;
    for (int i = 0; i < n; ++i)
        out << waiting("post-tool-use", ageMs);
    return out;
}
} // namespace

class TestBatchPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heldUntilTheOldestHasWaited();
    void turnEndsAtStop();
    void nextPromptEndsTheTurnBeforeIt();
    void sessionEndIsDueAtOnce();
    void maxEventsWaitingIsDue();
    void rolloverSizeIsDue();
    void contextAloneIsNeverDue();
    void observeImmediatelyTakesWhatWaits();
    void flushTakesWhatWaits();
};

void TestBatchPolicy::heldUntilTheOldestHasWaited()
{
    const BatchPolicy::Limits limits;
    QList<EventQueue::Waiting> run { waiting("user-prompt-submit", 200000) }; // context: not what ages
    run << tools(1, 30000) << tools(2, 1000);
    BatchPolicy::Decision d = BatchPolicy::decide(run, limits, kNow, false);
    QCOMPARE(d.count, 0);
    QCOMPARE(d.dueAt, kNow - 30000 + limits.maxWaitMs);
    d = BatchPolicy::decide(run, limits, d.dueAt, false);
    QCOMPARE(d.count, 4); // due by age: everything waiting, the prompt first
    // A clock set back: never held longer than maxWaitMs from now.
    d = BatchPolicy::decide(tools(1, -10 * limits.maxWaitMs), limits, kNow, false);
    QCOMPARE(d.dueAt, kNow + limits.maxWaitMs);
}

void TestBatchPolicy::turnEndsAtStop()
{
    QList<EventQueue::Waiting> run = tools(5);
    run << waiting("stop") << tools(3);
    const BatchPolicy::Decision d = BatchPolicy::decide(run, {}, kNow, false);
    QCOMPARE(d.count, 6); // the turn, with its Stop; the next turn waits
}

void TestBatchPolicy::nextPromptEndsTheTurnBeforeIt()
{
    QList<EventQueue::Waiting> run { waiting("user-prompt-submit") };
    run << tools(4) << waiting("user-prompt-submit") << tools(1);
    const BatchPolicy::Decision d = BatchPolicy::decide(run, {}, kNow, false);
    QCOMPARE(d.count, 5); // the interrupted turn; the new prompt opens the next one
}

void TestBatchPolicy::sessionEndIsDueAtOnce()
{
    QList<EventQueue::Waiting> run = tools(2);
    run << waiting("session-end");
    QCOMPARE(BatchPolicy::decide(run, {}, kNow, false).count, 3);
}

void TestBatchPolicy::maxEventsWaitingIsDue()
{
    BatchPolicy::Limits limits;
    limits.maxEvents = 12;
    QList<EventQueue::Waiting> run { waiting("user-prompt-submit") };
    run << tools(11);
    QCOMPARE(BatchPolicy::decide(run, limits, kNow, false).count, 0);
    run << tools(1);
    QCOMPARE(BatchPolicy::decide(run, limits, kNow, false).count, 13); // 12 work events and their prompt
    run << tools(10); // a backlog (the observer was busy): turns of up to runLength events
    QCOMPARE(BatchPolicy::decide(run, limits, kNow, false).count, BatchPolicy::runLength(limits));
}

void TestBatchPolicy::rolloverSizeIsDue()
{
    BatchPolicy::Limits limits;
    limits.maxChars = 1000;
    QList<EventQueue::Waiting> run { waiting("post-tool-use", 0, 400), waiting("post-tool-use", 0, 400),
        waiting("post-tool-use", 0, 400) };
    QCOMPARE(BatchPolicy::decide(run, limits, kNow, false).count, 2); // a third would pass the size
    QCOMPARE(BatchPolicy::decide({ waiting("post-tool-use", 0, 5000) }, limits, kNow, false).count, 1);
}

void TestBatchPolicy::contextAloneIsNeverDue()
{
    const BatchPolicy::Decision d = BatchPolicy::decide(
        { waiting("session-start", 500000), waiting("user-prompt-submit", 500000) }, {}, kNow, true);
    QCOMPARE(d.count, 0);
    QCOMPARE(d.dueAt, 0);
}

void TestBatchPolicy::observeImmediatelyTakesWhatWaits()
{
    BatchPolicy::Limits limits;
    limits.maxEvents = 1;
    QList<EventQueue::Waiting> run = tools(3);
    run << waiting("stop") << tools(2);
    QCOMPARE(BatchPolicy::decide(tools(1), limits, kNow, false).count, 1);
    QCOMPARE(BatchPolicy::decide(run, limits, kNow, false).count, 6); // as before batching
    QCOMPARE(BatchPolicy::runLength(limits), limits.maxTurnEvents);
}

void TestBatchPolicy::flushTakesWhatWaits()
{
    QCOMPARE(BatchPolicy::decide(tools(3), {}, kNow, true).count, 3);
}

QTEST_GUILESS_MAIN(TestBatchPolicy)
#include "tst_batchpolicy.moc"
