#include "gui/Notifier.h"

#include "core/platform/Clock.h"
#include "gui/UsageLook.h"

#include <QCoreApplication>

std::optional<Notifier::Message> Notifier::update(StatusModel::State state, const StatusModel &model)
{
    using L = StatusModel::State;
    const std::optional<L> previous = m_last;
    if (previous == state)
        return std::nullopt;
    m_last = state;
    auto tr = [](const char *s) { return QCoreApplication::translate("Notifier", s); };
    switch (state) {
    case L::NotSignedIn:
        return Message { tr("Observers cannot sign in"), model.auth().message + QLatin1Char('\n') + model.auth().hint,
            true };
    case L::CliNotFound:
        return Message { tr("Claude Code CLI not found"), model.auth().hint, true };
    case L::Stalled:
        return Message { tr("Observers record nothing"), model.stallDetail(), true };
    case L::PausedForLimits:
        return Message { tr("Observers paused for your limits"),
            UsageLook::guardText(model.usageVerdict(), Clock::nowMs()), false };
    case L::Observing:
        if (previous == L::PausedForLimits)
            return Message { tr("Observers resumed"), tr("Your usage is below your thresholds again."), false };
        if (previous == L::NotSignedIn || previous == L::CliNotFound)
            return Message { tr("Signed in again"),
                tr("Observing resumed with your %1.").arg(model.auth().credentialLabel()), false };
        return std::nullopt;
    default:
        return std::nullopt;
    }
}
