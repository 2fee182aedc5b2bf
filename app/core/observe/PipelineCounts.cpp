// What the tray and --status count: the store's observations, the queue's
// events, and the latest a batch held for its turn's end goes out.
#include "core/observe/Pipeline.h"
#include "core/observe/Scheduler.h"
#include "core/platform/Clock.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

ObservationCounts Pipeline::counts() const
{
    return m_db ? countsIn(m_db->connection(), m_settings.get()) : ObservationCounts {};
}

ObservationCounts Pipeline::countsIn(const QSqlDatabase &db, const Settings *settings)
{
    ObservationCounts c = ObservationStore(db).counts();
    const EventQueue::Counts queue = EventQueue(db).counts();
    c.queuePending = queue.pending;
    c.queueParked = queue.parked;
    if (settings && c.queuePending > 0)
        c.queueHeldUntil = Scheduler::heldUntil(db, batchLimits(*settings), Clock::nowMs());
    return c;
}

BatchPolicy::Limits Pipeline::batchLimits(const Settings &settings)
{
    BatchPolicy::Limits limits;
    limits.maxEvents = settings.batchSize();
    limits.maxWaitMs = settings.batchMaxWaitSeconds() * 1000LL;
    return limits;
}

int Pipeline::waitingPrompts() const
{
    return m_db ? EventQueue(m_db->connection()).waitingContextCount() : 0;
}

void Pipeline::refreshCounts()
{
    if (!m_db)
        return;
    Q_EMIT countsChanged(counts());
    const ObserverRunLog runs(m_db->connection());
    int n = 0;
    Q_EMIT spendChanged(runs.usageSince(ObservationStore::startOfTodayLocalMs(), &n),
        runs.usageSince(UsageGuard::startOfWeekMs(Clock::nowMs()), &n));
}
