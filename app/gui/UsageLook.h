#pragma once

#include "core/claude/RateLimitInfo.h"
#include "core/observe/UsageGuard.h"

#include <QCoreApplication>
#include <QString>

// How the login's usage windows and the usage guard read to a person, in
// their language: "5-hour window: 83 % · resets 17:42 — week: 41 % · resets
// Fri", and "as of 14:05" when the figure is old.
class UsageLook
{
    Q_DECLARE_TR_FUNCTIONS(UsageLook)
public:
    // A figure older than this says when it was seen.
    static constexpr qint64 kStaleAfterMs = 15 * 60 * 1000;

    // Both windows on one line; empty when the login reports none (API key).
    static QString windowsLine(const RateLimitInfo &info, qint64 nowMs);
    static QString fiveHourText(const RateLimitInfo &info, qint64 nowMs); // "5-hour window: 83 % · resets 17:42"
    static QString weekText(const RateLimitInfo &info, qint64 nowMs); // "week: 41 % · resets Fri"
    static QString asOfText(const RateLimitInfo &info, qint64 nowMs); // "as of 14:05", empty when fresh
    // A reset time as short as it can be: "17:42" today, "Fri" later on.
    static QString resetText(qint64 resetsAtMs, qint64 nowMs);
    // What the guard does: "paused for your limits until 17:42 (5-hour window above 80 %)", ...
    static QString guardText(const UsageGuard::Verdict &verdict, qint64 nowMs);
    static QString stateText(const UsageGuard::Verdict &verdict, qint64 nowMs); // "paused for your limits until 17:42"

private:
    static QString windowText(const QString &label, const UsageWindow &window, qint64 nowMs);
};
