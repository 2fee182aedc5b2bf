#include "gui/Notifier.h"

#include "core/platform/Clock.h"
#include "core/status/ReadableMessage.h"
#include "gui/UsageLook.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Notifier", s);
}

QString authBody(const StatusModel &model)
{
    QStringList lines { ReadableMessage::of(model.auth().message), model.auth().hint };
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

std::optional<Notifier::Message> Notifier::update(StatusModel::State state, const StatusModel &model)
{
    if (m_last == state)
        return std::nullopt;
    m_last = state;
    const qint64 now = Clock::nowMs();
    std::optional<Message> message = problemMessage(state, model);
    const bool problem = message.has_value();
    if (!problem)
        message = recoveryMessage(state, model);
    if (!message || !mayAnnounce(state, now))
        return std::nullopt;
    m_problemSaid = problem ? std::optional<StatusModel::State>(state) : std::nullopt;
    m_saidAt.insert(int(state), now);
    m_lastMessageAt = now;
    return message;
}

bool Notifier::mayAnnounce(StatusModel::State state, qint64 now) const
{
    if (m_lastMessageAt != 0 && now - m_lastMessageAt < kQuietMs)
        return false;
    const auto said = m_saidAt.constFind(int(state));
    return said == m_saidAt.cend() || now - *said >= kRepeatMs;
}

std::optional<Notifier::Message> Notifier::problemMessage(StatusModel::State state, const StatusModel &model)
{
    using L = StatusModel::State;
    switch (state) {
    case L::NotSignedIn:
        return Message { tr("Observers cannot sign in"), authBody(model), true };
    case L::SignInRejected:
        return Message { tr("Sign-in rejected"), authBody(model), true };
    case L::CliNotFound:
        return Message { tr("Claude Code CLI not found"), model.auth().hint, true };
    case L::Stalled:
        return Message { tr("Observers record nothing"), model.stallDetail(), true };
    case L::PausedForLimits:
        return Message { tr("Observers paused for your limits"),
            UsageLook::guardText(model.usageVerdict(), Clock::nowMs()), false };
    case L::HooksNotInstalled:
        return Message { tr("Nothing is recorded"),
            tr("The Claude Code hooks are not installed. Choose \"Install Claude Code hooks\" in the menu."), true };
    case L::HooksBroken:
        return Message { tr("Claude Code hooks broken"), model.hooksNextStep(), true };
    case L::CaptureStalled:
        return Message { tr("No events from Claude Code"), model.captureStallDetail(), true };
    default:
        return std::nullopt;
    }
}

// Good news only after bad news the user was told about.
std::optional<Notifier::Message> Notifier::recoveryMessage(StatusModel::State state, const StatusModel &model) const
{
    using L = StatusModel::State;
    if (state != L::Observing || !m_problemSaid)
        return std::nullopt;
    const L said = *m_problemSaid;
    if (said == L::PausedForLimits)
        return Message { tr("Observers resumed"), tr("Your usage is below your thresholds again."), false };
    if (said == L::NotSignedIn || said == L::SignInRejected || said == L::CliNotFound)
        return Message { tr("Signed in again"),
            tr("Observing resumed with your %1.").arg(model.auth().credentialLabel()), false };
    return std::nullopt;
}
