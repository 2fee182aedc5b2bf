#include "core/status/StatusModel.h"

StatusModel::StatusModel(QObject *parent) : QObject(parent)
{
}

void StatusModel::setAuthState(const AuthState &s)
{
    m_auth = s;
    Q_EMIT changed();
}

void StatusModel::setCli(const CliInfo &cli)
{
    m_cli = cli;
    Q_EMIT changed();
}

void StatusModel::setCounts(const ObservationCounts &c)
{
    m_counts = c;
    Q_EMIT changed();
}

void StatusModel::setObserving(bool on)
{
    m_observing = on;
    Q_EMIT changed();
}

void StatusModel::setStalled(bool stalled, const QString &detail)
{
    m_stalled = stalled;
    m_stallDetail = detail;
    Q_EMIT changed();
}

void StatusModel::setObserversRunning(int n)
{
    m_running = n;
    Q_EMIT changed();
}

void StatusModel::setHooks(const QString &state, const QString &nextStep)
{
    m_hooksState = state;
    m_hooksNextStep = nextStep;
    Q_EMIT changed();
}

void StatusModel::setHideCandidates(int count, qint64 bytes)
{
    m_hideCount = count;
    m_hideBytes = bytes;
    Q_EMIT changed();
}

void StatusModel::setProblem(const QString &message)
{
    m_problem = message;
    Q_EMIT changed();
}

void StatusModel::setProcessingElsewhere(qint64 holderPid)
{
    m_elsewherePid = holderPid;
    Q_EMIT changed();
}

void StatusModel::setDataFolderWarning(const QString &message)
{
    m_dataFolderWarning = message;
    Q_EMIT changed();
}

void StatusModel::setRateLimit(const RateLimitInfo &info)
{
    m_rateLimit = info;
    Q_EMIT changed();
}

void StatusModel::setUsageVerdict(const UsageGuard::Verdict &verdict)
{
    m_usageVerdict = verdict;
    Q_EMIT changed();
}

void StatusModel::setCaptureStalled(bool stalled, const QString &detail)
{
    m_captureStalled = stalled;
    m_captureStallDetail = detail;
    Q_EMIT changed();
}

std::optional<StatusModel::State> StatusModel::captureState() const
{
    if (m_hooksState == QLatin1String("not_installed") || m_hooksState == QLatin1String("outdated"))
        return State::HooksNotInstalled;
    if (m_hooksState == QLatin1String("broken") || m_hooksState == QLatin1String("unreadable"))
        return State::HooksBroken;
    if (m_captureStalled)
        return State::CaptureStalled;
    return std::nullopt; // installed, or not checked yet
}

StatusModel::State StatusModel::state() const
{
    if (m_elsewherePid != 0)
        return State::ProcessingElsewhere; // nothing runs here; the other app shows its own state

    // What needs the user most wins.
    switch (m_auth.kind) {
    case AuthState::CliNotFound:
        return State::CliNotFound;
    case AuthState::NotSignedIn:
        return State::NotSignedIn;
    case AuthState::SignInRejected:
        return State::SignInRejected;
    case AuthState::Error:
    case AuthState::CliUnsupported:
        return State::Error;
    default:
        break;
    }
    // Nothing recorded is worse than recorded but not yet observed: it beats Paused and Offline.
    if (const std::optional<State> capture = captureState())
        return *capture;
    if (!m_observing)
        return State::Paused;
    if (m_usageVerdict.engaged)
        return State::PausedForLimits; // the user's limits: resumes by itself at the reset
    if (m_auth.kind == AuthState::Offline || m_auth.kind == AuthState::UsageLimited)
        return State::Offline; // waiting for the API, resumes by itself
    if (m_stalled)
        return State::Stalled;
    if (m_auth.canObserve())
        return State::Observing;
    return State::Unknown;
}

QString StatusModel::stateCode(State state)
{
    switch (state) {
    case State::Observing:
        return QStringLiteral("observing");
    case State::Paused:
        return QStringLiteral("paused");
    case State::ProcessingElsewhere:
        return QStringLiteral("processing_elsewhere");
    case State::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case State::Offline:
        return QStringLiteral("offline");
    case State::CliNotFound:
        return QStringLiteral("cli_not_found");
    case State::Stalled:
        return QStringLiteral("stalled");
    case State::Error:
        return QStringLiteral("error");
    case State::PausedForLimits:
        return QStringLiteral("paused_for_limits");
    case State::SignInRejected:
        return QStringLiteral("sign_in_rejected");
    case State::HooksNotInstalled:
        return QStringLiteral("hooks_not_installed");
    case State::HooksBroken:
        return QStringLiteral("hooks_broken");
    case State::CaptureStalled:
        return QStringLiteral("capture_stalled");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
