#pragma once

#include <QtGlobal>

#include <functional>

// The one clock the core reads (milliseconds since the epoch). Tests inject
// their own (Clock::set) to move time without waiting; production reads the
// system clock. One clock, so a scheduler and a journal never disagree.
class Clock
{
public:
    using Source = std::function<qint64()>;

    static qint64 nowMs();
    // Replaces the source for this process; an empty Source restores the system clock.
    static void set(Source source);
};
