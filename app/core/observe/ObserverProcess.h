#pragma once

#include "core/observe/ObserverLaunch.h"
#include "core/observe/RunTally.h"

#include "core/claude/StreamJson.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

// One long-lived observer process (`claude -p` in stream-json mode) serving
// one user session: one JSON line per turn on stdin, answers on stdout.
// It runs in a process group of its own and is stopped as a group, so no
// grandchild can outlive it; stopAll() ends every observer when the app quits.
class ObserverProcess : public QObject
{
    Q_OBJECT
public:
    explicit ObserverProcess(ObserverLaunch launch, QObject *parent = nullptr);
    ~ObserverProcess() override;

    void start();
    // Sends one user message; false when a turn is already running or the
    // process is gone. Queued until the process has started.
    bool sendTurn(const QString &userMessageText);
    void stop();
    bool isBusy() const { return m_busy; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString observerSessionId() const { return m_launch.observerSessionId; }
    QString userSessionId() const { return m_launch.userSessionId; }
    qint64 processId() const { return m_process.processId(); }
    QString lastStderr() const { return QString::fromUtf8(m_stderrTail); }
    // Version, usage, exit and last error so far; complete once stopped() is emitted.
    const RunTally &tally() const { return m_tally; }
    // What the CLI said blocks the current (or last) turn.
    StreamEvent::Blocker blocker() const { return m_blocker; }

    // Ends every live observer's process group now (app quit).
    static void stopAll();
    static int liveCount();

    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr int kIdleExitGraceMs = 1500; // stopAll: all idle observers together

Q_SIGNALS:
    void turnFinished(const QString &answerText);
    // blocked: the CLI said it cannot get through (sign-in, usage limit,
    // offline); not the event's fault, so no attempt is counted.
    void turnFailed(const QString &reason, bool blocked);
    void evidence(const StreamEvent &event);
    void stopped(int exitCode, const QString &reason);

private:
    void handleStdout();
    void handleLine(QByteArrayView line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void failTurn(const QString &reason, bool blocked);
    void signalGroup(int sig);
    void killNow();

    ObserverLaunch m_launch;
    QProcess m_process;
    QTimer m_turnTimer;
    QTimer m_idleTimer;
    QTimer m_termTimer;
    QTimer m_killTimer;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QByteArray m_pendingWrite;
    QString m_answer;
    RunTally m_tally;
    StreamEvent::Blocker m_blocker = StreamEvent::NoBlocker; // what the CLI said stops this turn
    qint64 m_pid = 0;
    bool m_busy = false;
    bool m_sawOutput = false; // a usage error comes before any output
    bool m_discardingLine = false;
    bool m_stopping = false;
    bool m_timedOut = false;
    bool m_stoppedEmitted = false;
};
