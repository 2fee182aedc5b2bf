#pragma once

#include "core/queue/EventQueue.h"

#include <QList>

// When a user session's waiting events become a turn (one API call), and how
// many events it takes. Nobody needs an observation within a second: it is
// read at the next SessionStart or by search. So a session's events wait until
// its turn ends (a Stop, SessionEnd, or the user's next prompt after work),
// maxEvents work events are waiting, the oldest work event has waited
// maxWaitMs, or the batch reaches the rollover size; whichever comes first.
// maxEvents 1 is "observe immediately": any work event is due at once and the
// turn takes what is waiting, as before batching.
class BatchPolicy
{
public:
    struct Limits
    {
        int maxEvents = 12; // work events waiting that make a turn due; 1: observe immediately
        qint64 maxWaitMs = 90 * 1000; // age of the oldest waiting work event that makes it due
        qint64 maxChars = 40 * 1024; // payload size that makes it due (the observer's rollover size)
        int maxTurnEvents = 20; // events one turn takes at most (at least maxEvents)
    };
    struct Decision
    {
        int count = 0; // > 0: send the first count events of the run now
        qint64 dueAt = 0; // count == 0: when the run is due by age (0: never, no work waits)
    };

    // run: the session's ready events in order (EventQueue::waitingRun);
    // flush: everything waiting is due (--drain, a sign-in trial turn).
    static Decision decide(const QList<EventQueue::Waiting> &run, const Limits &limits, qint64 nowMs, bool flush);
    // How many events of a run decide() needs to see.
    static int runLength(const Limits &limits);
};
