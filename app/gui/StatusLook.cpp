#include "gui/StatusLook.h"

#include "core/platform/Clock.h"
#include "core/status/ReadableMessage.h"
#include "gui/UsageLook.h"

#include <QDateTime>
#include <QLocale>

QString StatusLook::iconName(StatusModel::State state)
{
    using S = StatusModel::State;
    switch (state) {
    case S::Observing:
        return QStringLiteral(":/icons/state-observing.svg");
    case S::Paused:
    case S::ProcessingElsewhere: // nothing runs here
        return QStringLiteral(":/icons/state-paused.svg");
    case S::PausedForLimits: // a warning, not the user's own pause: it resumes by itself at the reset
        return QStringLiteral(":/icons/state-paused-for-limits.svg");
    case S::NotSignedIn:
    case S::Error:
        return QStringLiteral(":/icons/state-not-signed-in.svg");
    case S::Offline:
        return QStringLiteral(":/icons/state-offline.svg");
    case S::CliNotFound:
        return QStringLiteral(":/icons/state-cli-not-found.svg");
    case S::Stalled:
        return QStringLiteral(":/icons/state-stalled.svg");
    case S::SignInRejected:
        return QStringLiteral(":/icons/state-sign-in-rejected.svg");
    case S::HooksNotInstalled:
        return QStringLiteral(":/icons/state-hooks-not-installed.svg");
    case S::HooksBroken:
        return QStringLiteral(":/icons/state-hooks-broken.svg");
    case S::CaptureStalled:
        return QStringLiteral(":/icons/state-capture-stalled.svg");
    case S::Unknown:
        break;
    }
    return QStringLiteral(":/icons/state-unknown.svg");
}

QString StatusLook::stateText(const StatusModel &model)
{
    using S = StatusModel::State;
    const AuthState auth = model.auth();
    switch (model.state()) {
    case S::ProcessingElsewhere:
        return model.processingElsewherePid() > 0
            ? tr("processing in another Observer Tray (pid %1)").arg(model.processingElsewherePid())
            : tr("processing in another Observer Tray");
    case S::Observing:
        return auth.kind == AuthState::ProbablySignedIn ? tr("probably signed in (%1)").arg(auth.credentialLabel())
                                                        : tr("signed in (%1)").arg(auth.credentialLabel());
    case S::Paused:
        return tr("paused");
    case S::PausedForLimits:
        return UsageLook::stateText(model.usageVerdict(), Clock::nowMs());
    case S::NotSignedIn:
        return tr("not signed in");
    case S::Offline:
        return tr("offline, retrying");
    case S::CliNotFound:
        return tr("Claude Code CLI not found");
    case S::Stalled:
        return tr("stalled: observers answer but record nothing");
    case S::Error:
        return tr("error: %1").arg(ReadableMessage::of(auth.message));
    case S::SignInRejected:
        return tr("sign-in rejected by the server");
    case S::HooksNotInstalled:
        return model.hooksState() == QLatin1String("outdated")
            ? tr("Claude Code hooks outdated: nothing is recorded")
            : tr("Claude Code hooks not installed: nothing is recorded");
    case S::HooksBroken:
        return tr("Claude Code hooks broken: nothing is recorded");
    case S::CaptureStalled:
        return tr("no events from running Claude Code sessions");
    case S::Unknown:
        break;
    }
    return tr("checking sign-in…");
}

QString StatusLook::countsText(const StatusModel &model)
{
    const QLocale locale;
    const ObservationCounts counts = model.counts();
    QString text = tr("%1 observations, %2 today").arg(locale.toString(counts.total), locale.toString(counts.today));
    if (counts.queuePending > 0)
        text += QStringLiteral(" · ") + queuedText(model);
    if (counts.queueParked > 0)
        text += tr(" · %1 parked").arg(locale.toString(counts.queueParked));
    return text;
}

bool StatusLook::batchHeld(const StatusModel &model)
{
    const ObservationCounts counts = model.counts();
    const bool observing // otherwise the state says why events wait
        = model.state() == StatusModel::State::Observing || model.state() == StatusModel::State::ProcessingElsewhere;
    return observing && counts.queuePending > 0 && counts.queueHeldUntil > Clock::nowMs();
}

QString StatusLook::queuedText(const StatusModel &model)
{
    const QLocale locale;
    const ObservationCounts counts = model.counts();
    if (!batchHeld(model))
        return tr("%1 queued").arg(locale.toString(counts.queuePending));
    const QTime by = QDateTime::fromMSecsSinceEpoch(counts.queueHeldUntil).time();
    return tr("%1 queued until their turn ends (by %2)")
        .arg(locale.toString(counts.queuePending), locale.toString(by, QLocale::ShortFormat));
}

bool StatusLook::needsAttention(StatusModel::State state)
{
    using S = StatusModel::State;
    switch (state) {
    case S::NotSignedIn:
    case S::SignInRejected:
    case S::CliNotFound:
    case S::Error:
    case S::Stalled:
    case S::HooksNotInstalled:
    case S::HooksBroken:
    case S::CaptureStalled:
        return true;
    default:
        return false;
    }
}

bool StatusLook::hooksFixHelps(StatusModel::State state)
{
    using S = StatusModel::State;
    return state == S::HooksNotInstalled || state == S::HooksBroken || state == S::CaptureStalled;
}

QString StatusLook::toolTip(const StatusModel &model)
{
    const QString tip = tr("Observer Tray — %1 · %2").arg(stateText(model), countsText(model));
    const QString windows = UsageLook::windowsLine(model.rateLimit(), Clock::nowMs());
    return windows.isEmpty() ? tip : tip + QLatin1Char('\n') + windows;
}
