#include "gui/UsageLook.h"

#include <QDateTime>
#include <QLocale>

namespace {
QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

QString percent(double utilization)
{
    return UsageLook::tr("%1 %").arg(QLocale().toString(qRound(utilization * 100)));
}
} // namespace

QString UsageLook::resetText(qint64 resetsAtMs, qint64 nowMs)
{
    const QLocale locale;
    const QDateTime at = local(resetsAtMs);
    if (at.date() == local(nowMs).date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() < local(nowMs).date().addDays(7))
        return locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(at.date(), QLocale::ShortFormat);
}

QString UsageLook::windowText(const QString &label, const UsageWindow &window, qint64 nowMs)
{
    if (!window.known())
        return {};
    if (window.hasReset(nowMs))
        return tr("%1: reset at %2").arg(label, resetText(window.resetsAtMs, nowMs));
    if (window.resetsAtMs <= 0)
        return tr("%1: %2").arg(label, percent(window.utilization));
    return tr("%1: %2 · resets %3").arg(label, percent(window.utilization), resetText(window.resetsAtMs, nowMs));
}

QString UsageLook::fiveHourText(const RateLimitInfo &info, qint64 nowMs)
{
    return windowText(tr("5-hour window"), info.fiveHour, nowMs);
}

QString UsageLook::weekText(const RateLimitInfo &info, qint64 nowMs)
{
    return windowText(tr("week"), info.sevenDay, nowMs);
}

QString UsageLook::asOfText(const RateLimitInfo &info, qint64 nowMs)
{
    if (info.seenAtMs <= 0 || nowMs - info.seenAtMs < kStaleAfterMs)
        return {};
    const QLocale locale;
    const QDateTime seen = local(info.seenAtMs);
    const QString when = seen.date() == local(nowMs).date() ? locale.toString(seen.time(), QLocale::ShortFormat)
                                                            : locale.toString(seen, QLocale::ShortFormat);
    return tr("as of %1").arg(when);
}

QString UsageLook::windowsLine(const RateLimitInfo &info, qint64 nowMs)
{
    QStringList parts;
    for (const QString &part : { fiveHourText(info, nowMs), weekText(info, nowMs) }) {
        if (!part.isEmpty())
            parts << part;
    }
    if (parts.isEmpty())
        return {};
    QString line = parts.join(QStringLiteral(" — "));
    if (const QString asOf = asOfText(info, nowMs); !asOf.isEmpty())
        line += QStringLiteral(" (%1)").arg(asOf);
    return line;
}

QString UsageLook::stateText(const UsageGuard::Verdict &verdict, qint64 nowMs)
{
    return verdict.resumesAtMs > 0 ? tr("paused for your limits until %1").arg(resetText(verdict.resumesAtMs, nowMs))
                                   : tr("paused for your limits");
}

QString UsageLook::guardText(const UsageGuard::Verdict &verdict, qint64 nowMs)
{
    QString why;
    if (verdict.reason == QLatin1String("five_hour"))
        why = tr("the 5-hour window is above your threshold");
    else if (verdict.reason == QLatin1String("seven_day"))
        why = tr("the weekly window is above your threshold");
    else if (verdict.reason == QLatin1String("rejected"))
        why = tr("the API refused: the usage limit is reached");
    else if (verdict.reason == QLatin1String("daily_budget"))
        why = tr("observers used today's token budget");
    if (verdict.engaged)
        return tr("Observing is %1: %2. Events stay queued.").arg(stateText(verdict, nowMs), why);
    if (verdict.overridden)
        return tr("Observing anyway until %1 although %2.").arg(resetText(verdict.resumesAtMs, nowMs), why);
    // Nothing seen yet is not "an API key": the figures ride on observer turns.
    if (verdict.figures == UsageGuard::Verdict::Figures::NotSeenYet)
        return tr("The windows appear with the first observer turn (a Claude subscription reports them; an API "
                  "key does not).");
    if (verdict.figures == UsageGuard::Verdict::Figures::NoWindows)
        return verdict.dailyTokenBudget > 0
            ? tr("This login reports no usage windows (API key): the guard goes by the daily token budget only.")
            : tr("This login reports no usage windows (API key): the usage guard has nothing to go on.");
    return tr("Observing stays below your thresholds.");
}
