#include "core/platform/Clock.h"

#include <QDateTime>

namespace {
Clock::Source &source()
{
    static Clock::Source s;
    return s;
}
} // namespace

qint64 Clock::nowMs()
{
    const Clock::Source &s = source();
    return s ? s() : QDateTime::currentMSecsSinceEpoch();
}

void Clock::set(Source s)
{
    source() = std::move(s);
}
