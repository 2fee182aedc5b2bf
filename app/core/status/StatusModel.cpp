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

StatusModel::State StatusModel::state() const
{
    if (m_elsewherePid != 0)
        return State::ProcessingElsewhere; // nothing runs here; the other app shows its own state

    // What needs the user most wins.
    switch (m_auth.kind) {
    case AuthState::CliNotFound:
        return State::CliNotFound;
    case AuthState::NotSignedIn:
    case AuthState::SignInRejected:
        return State::NotSignedIn;
    case AuthState::Error:
    case AuthState::CliUnsupported:
        return State::Error;
    default:
        break;
    }
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
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
