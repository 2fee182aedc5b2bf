#include "core/observe/BatchPolicy.h"

#include "hookcore/EventKind.h"

namespace {
bool isKind(const EventQueue::Waiting &e, EventKind kind)
{
    const std::string_view name = eventKindName(kind);
    return e.kind == QLatin1String(name.data(), qsizetype(name.size()));
}

bool isWork(const EventQueue::Waiting &e)
{
    return !EventQueue::ridesAlong(e.kind);
}

// The last event of a user's turn: Claude finished answering, or the session ended.
bool endsTurn(const EventQueue::Waiting &e)
{
    return isKind(e, EventKind::Stop) || isKind(e, EventKind::SessionEnd);
}
} // namespace

int BatchPolicy::runLength(const Limits &limits)
{
    return limits.maxEvents <= 1 ? limits.maxTurnEvents : std::max(limits.maxEvents, limits.maxTurnEvents);
}

BatchPolicy::Decision BatchPolicy::decide(
    const QList<EventQueue::Waiting> &run, const Limits &limits, qint64 nowMs, bool flush)
{
    const int cap = std::min(int(run.size()), runLength(limits));
    if (limits.maxEvents <= 1)
        return { cap, 0 }; // observe immediately
    int work = 0;
    bool enoughWork = false; // maxEvents wait: due, and a backlog goes in turns of up to runLength
    qint64 chars = 0;
    qint64 firstWorkAt = 0;
    for (int i = 0; i < cap; ++i) {
        const EventQueue::Waiting &e = run.at(i);
        // The user's next prompt after work: the turn before it has ended
        // (interrupted, no Stop); the prompt opens the next one.
        if (work > 0 && isKind(e, EventKind::UserPromptSubmit))
            return { i, 0 };
        // One more would make the message pass the rollover size: send what
        // is there (a single event goes alone, however large).
        if (work > 0 && chars + e.bytes > limits.maxChars)
            return { i, 0 };
        chars += e.bytes;
        if (isWork(e) && work++ == 0)
            firstWorkAt = e.createdAt;
        if (endsTurn(e) || chars >= limits.maxChars)
            return { i + 1, 0 };
        enoughWork = enoughWork || work >= limits.maxEvents;
    }
    if (work == 0)
        return {}; // context alone waits for work
    // A clock set back must not hold events for longer than maxWaitMs from now.
    const qint64 dueAt = std::min(firstWorkAt + limits.maxWaitMs, nowMs + limits.maxWaitMs);
    if (flush || enoughWork || dueAt <= nowMs || cap == runLength(limits))
        return { cap, 0 };
    return { 0, dueAt };
}
