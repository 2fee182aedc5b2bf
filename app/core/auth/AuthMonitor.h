#pragma once

#include "core/auth/AuthState.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/StreamJson.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

// Knows, and says, whether observers can sign in and with which credential.
// Two sources: a probe that costs no tokens (`claude auth status`, only where
// the CLI has that command), and live evidence from observers, which wins.
// Also owns the billing guard's decision (drop inherited API keys when a
// subscription login exists), so observers get exactly the environment the
// probe judged.
class AuthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit AuthMonitor(
        QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment(), QObject *parent = nullptr);
    ~AuthMonitor() override;

    void setCli(const CliInfo &cli);
    void setBillingGuard(bool on);
    AuthState state() const { return m_state; }
    // The environment observers must be started with (ObserverEnvironment + the
    // guard's decision), for the detected CLI and the observer's model.
    QProcessEnvironment observerEnvironment(const QString &model = {}) const;
    bool isChecking() const { return m_probe != nullptr; }

    // How to sign in with the detected CLI: `claude auth login` from 2.1 on,
    // `/login` inside `claude` before (no auth command there).
    QString loginHint() const;
    // Rechecks while observing cannot go on: first after firstMs, doubling up
    // to maxMs; while signed in every signedInMs (tests shorten them).
    void setBackoff(int firstMs, int maxMs);
    void setSignedInRecheck(int ms);
    // A rejected login's recheck found no queued turn to try: the state says
    // so, and the next event is the try (Scheduler::tryOneTurn).
    void noTurnToTry();

    static constexpr int kRecheckSignedInMs = 30 * 60 * 1000;
    static constexpr int kFirstBackoffMs = 60 * 1000;
    static constexpr int kMaxBackoffMs = 10 * 60 * 1000;

public Q_SLOTS:
    void checkNow(); // asked for (start, "Check now"): a refused login is tried again
    void reportEvidence(const StreamEvent &event);

Q_SIGNALS:
    void stateChanged(const AuthState &state);
    void checkFinished(const AuthState &state);
    // Sign-in rejected: send one queued turn. `auth status` reads only the
    // configuration, so only a turn's answer can show the login works again.
    void trialTurnWanted();

private:
    enum class Step { GuardProbe, Probe };
    void recheck(); // on the backoff: keeps a refused login refused until it changes
    void reportBlocker(const StreamEvent &event);
    StreamEvent::Blocker blockerOf(const StreamEvent &event) const;
    QString loginFingerprint() const; // changes when the user signs in again
    void runProbe(Step step);
    void handleProbeFinished(Step step, int exitCode, const QByteArray &out, const QByteArray &err);
    static AuthState probeNotUnderstood(const QByteArray &out, const QByteArray &err);
    AuthState probedState(const QJsonObject &status, bool loggedIn) const;
    AuthState judgeWithoutProbe() const;
    void setState(AuthState s);
    void scheduleRecheck(bool kindChanged);

    QProcessEnvironment m_inherited;
    CliInfo m_cli;
    bool m_billingGuard = true;
    bool m_dropApiKeys = false;
    AuthState m_state;
    std::unique_ptr<QProcess> m_probe;
    QTimer m_recheck;
    int m_signedInRecheckMs = kRecheckSignedInMs;
    int m_firstBackoffMs = kFirstBackoffMs;
    int m_maxBackoffMs = kMaxBackoffMs;
    int m_backoffMs = kFirstBackoffMs;
    bool m_signInBlocked = false; // a real request proved the login does not work
    QString m_blockedLogin; // loginFingerprint() when it did
    QString m_rejectedMessage; // SignInRejected's, before noTurnToTry's note
    QString m_refusedCommandLine; // this CLI's usage error for an observer: it cannot observe
};
