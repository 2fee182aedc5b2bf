// The scheduler's batching: which user sessions have a turn due now
// (BatchPolicy) and the single-shot timer for the next held one.
#include "core/observe/Scheduler.h"

#include "core/platform/Clock.h"

#include <limits>

BatchPolicy::Limits Scheduler::batchLimits() const
{
    BatchPolicy::Limits limits;
    limits.maxEvents = m_options.batchMaxEvents;
    limits.maxWaitMs = m_options.batchMaxWaitMs;
    limits.maxChars = m_options.rolloverChars;
    limits.maxTurnEvents = m_options.maxTurnEvents;
    return limits;
}

QList<Scheduler::DueTurn> Scheduler::dueTurns(const QStringList &busy, qint64 now, bool flush, qint64 *nextDueAt) const
{
    return dueTurnsIn(m_queue, batchLimits(), busy, now, flush, nextDueAt);
}

qint64 Scheduler::heldUntil(const QSqlDatabase &db, const BatchPolicy::Limits &limits, qint64 nowMs)
{
    qint64 next = 0;
    dueTurnsIn(EventQueue(db), limits, {}, nowMs, false, &next);
    return next;
}

QList<Scheduler::DueTurn> Scheduler::dueTurnsIn(const EventQueue &queue, const BatchPolicy::Limits &limits,
    const QStringList &busy, qint64 now, bool flush, qint64 *nextDueAt)
{
    QList<DueTurn> out;
    *nextDueAt = 0;
    for (const QString &userSessionId : queue.readySessions(busy, now, std::numeric_limits<int>::max())) {
        const BatchPolicy::Decision d = BatchPolicy::decide(
            queue.waitingRun(userSessionId, BatchPolicy::runLength(limits), now), limits, now, flush);
        if (d.count > 0)
            out << DueTurn { userSessionId, d.count };
        else if (d.dueAt > 0 && (*nextDueAt == 0 || d.dueAt < *nextDueAt))
            *nextDueAt = d.dueAt;
    }
    return out;
}

void Scheduler::armBatchTimer(qint64 nextDueAt)
{
    if (nextDueAt <= 0) {
        m_batchTimer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, nextDueAt - Clock::nowMs());
    m_batchTimer.start(int(std::min<qint64>(delay, 15 * 60 * 1000)));
}
