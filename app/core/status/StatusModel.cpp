#include "core/status/StatusModel.h"

#include <QCoreApplication>
#include <QLocale>

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

StatusModel::Look StatusModel::look() const
{
    if (m_elsewherePid != 0)
        return Look::Paused; // nothing runs here; the other app shows its own state

    // What needs the user most wins.
    switch (m_auth.kind) {
    case AuthState::CliNotFound:
        return Look::CliNotFound;
    case AuthState::NotSignedIn:
    case AuthState::SignInRejected:
        return Look::NotSignedIn;
    case AuthState::Error:
    case AuthState::CliUnsupported:
        return Look::Error;
    default:
        break;
    }
    if (!m_observing)
        return Look::Paused;
    if (m_auth.kind == AuthState::Offline || m_auth.kind == AuthState::UsageLimited)
        return Look::Offline; // waiting for the API, resumes by itself
    if (m_stalled)
        return Look::Stalled;
    if (m_auth.canObserve())
        return Look::Observing;
    return Look::Unknown;
}

QString StatusModel::iconName(Look look)
{
    switch (look) {
    case Look::Observing:
        return QStringLiteral(":/icons/state-observing.svg");
    case Look::Paused:
        return QStringLiteral(":/icons/state-paused.svg");
    case Look::NotSignedIn:
        return QStringLiteral(":/icons/state-not-signed-in.svg");
    case Look::Offline:
        return QStringLiteral(":/icons/state-offline.svg");
    case Look::CliNotFound:
        return QStringLiteral(":/icons/state-cli-not-found.svg");
    case Look::Stalled:
        return QStringLiteral(":/icons/state-stalled.svg");
    case Look::Error:
        return QStringLiteral(":/icons/state-not-signed-in.svg");
    case Look::Unknown:
        break;
    }
    return QStringLiteral(":/icons/state-unknown.svg");
}

QString StatusModel::stateText() const
{
    if (m_elsewherePid > 0)
        return tr("processing in another Observer Tray (pid %1)").arg(m_elsewherePid);
    if (m_elsewherePid != 0)
        return tr("processing in another Observer Tray");
    switch (look()) {
    case Look::Observing:
        return m_auth.kind == AuthState::ProbablySignedIn ? tr("probably signed in (%1)").arg(m_auth.credentialLabel())
                                                          : tr("signed in (%1)").arg(m_auth.credentialLabel());
    case Look::Paused:
        return tr("paused");
    case Look::NotSignedIn:
        return tr("not signed in");
    case Look::Offline:
        return tr("offline, retrying");
    case Look::CliNotFound:
        return tr("Claude Code CLI not found");
    case Look::Stalled:
        return tr("stalled: observers answer but record nothing");
    case Look::Error:
        return tr("error: %1").arg(m_auth.message);
    case Look::Unknown:
        break;
    }
    return tr("checking sign-in…");
}

QString StatusModel::countsText() const
{
    const QLocale locale;
    QString text
        = tr("%1 observations, %2 today").arg(locale.toString(m_counts.total), locale.toString(m_counts.today));
    if (m_counts.queuePending > 0)
        text += tr(" · %1 queued").arg(locale.toString(m_counts.queuePending));
    if (m_counts.queueParked > 0)
        text += tr(" · %1 parked").arg(locale.toString(m_counts.queueParked));
    return text;
}

QString StatusModel::toolTip() const
{
    return tr("Observer Tray — %1 · %2").arg(stateText(), countsText());
}
