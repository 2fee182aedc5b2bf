#pragma once

#include "core/auth/AuthState.h"
#include "core/claude/CliInfo.h"
#include "core/observe/UsageGuard.h"
#include "core/store/ObservationStore.h"

#include <QObject>

#include <optional>

// What the pipeline reported, and the one rule for which state wins: the tray
// and `--status` both read state() from here. How a state looks (icon, words)
// is the GUI's business (gui/StatusLook).
class StatusModel : public QObject
{
    Q_OBJECT
public:
    // The state the tray shows, most urgent first where several hold.
    enum class State {
        Unknown,
        Observing,
        Paused,
        ProcessingElsewhere,
        NotSignedIn,
        Offline,
        CliNotFound,
        Stalled,
        Error,
        PausedForLimits, // the usage guard holds observing until a window resets
        // Capture health and a refused login: each its own state, never the green tick.
        SignInRejected, // a login is configured but the API refuses it
        HooksNotInstalled, // settings.json runs no hook of ours (or an outdated one): nothing is recorded
        HooksBroken, // our hook's program is missing or fails: every run fails
        CaptureStalled // Claude Code sessions write transcripts, yet no event arrives
    };
    Q_ENUM(State)

    explicit StatusModel(QObject *parent = nullptr);

    void setAuthState(const AuthState &s);
    void setCli(const CliInfo &cli);
    void setCounts(const ObservationCounts &c);
    void setObserving(bool on);
    void setStalled(bool stalled, const QString &detail);
    void setObserversRunning(int n);
    // state: HookInstaller::statusName ("installed", "broken", ...); nextStep: what to run, with the path at fault.
    void setHooks(const QString &state, const QString &nextStep);
    void setHideCandidates(int count, qint64 bytes);
    void setProblem(const QString &message);
    // pid of another process that runs the pipeline on this data folder (this
    // app then processes nothing); 0 when this app does.
    void setProcessingElsewhere(qint64 holderPid);
    // DataFolderCheck's line; empty when the data folder is private.
    void setDataFolderWarning(const QString &message);
    void setRateLimit(const RateLimitInfo &info);
    void setUsageVerdict(const UsageGuard::Verdict &verdict);
    // CaptureCheck's verdict: user transcripts newer than the newest event.
    void setCaptureStalled(bool stalled, const QString &detail);

    AuthState auth() const { return m_auth; }
    CliInfo cli() const { return m_cli; }
    ObservationCounts counts() const { return m_counts; }
    bool observing() const { return m_observing; }
    bool stalled() const { return m_stalled; }
    QString stallDetail() const { return m_stallDetail; }
    int observersRunning() const { return m_running; }
    bool hooksInstalled() const { return m_hooksState == QLatin1String("installed"); }
    QString hooksState() const { return m_hooksState; }
    QString hooksNextStep() const { return m_hooksNextStep; }
    int hideCandidates() const { return m_hideCount; }
    qint64 hideCandidateBytes() const { return m_hideBytes; }
    QString problem() const { return m_problem; }
    bool processingElsewhere() const { return m_elsewherePid != 0; }
    qint64 processingElsewherePid() const { return m_elsewherePid; } // -1: pid unknown
    QString dataFolderWarning() const { return m_dataFolderWarning; }
    RateLimitInfo rateLimit() const { return m_rateLimit; }
    UsageGuard::Verdict usageVerdict() const { return m_usageVerdict; }
    bool captureStalled() const { return m_captureStalled; }
    QString captureStallDetail() const { return m_captureStallDetail; }

    State state() const;
    // The stable code scripts read (`--status` "trayState"): "observing", "paused", ...
    static QString stateCode(State state);

Q_SIGNALS:
    void changed();

private:
    AuthState m_auth;
    CliInfo m_cli;
    ObservationCounts m_counts;
    bool m_observing = true;
    bool m_stalled = false;
    QString m_stallDetail;
    int m_running = 0;
    QString m_hooksState;
    QString m_hooksNextStep;
    int m_hideCount = 0;
    qint64 m_hideBytes = 0;
    QString m_problem;
    qint64 m_elsewherePid = 0; // -1: another process, pid unknown
    QString m_dataFolderWarning;
    RateLimitInfo m_rateLimit;
    UsageGuard::Verdict m_usageVerdict;
    bool m_captureStalled = false;
    QString m_captureStallDetail;

    // Hooks missing or broken, or no event while sessions run; nullopt when capture looks fine (or is unknown).
    std::optional<State> captureState() const;
};
