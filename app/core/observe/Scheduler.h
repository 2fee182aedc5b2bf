#pragma once

#include "core/observe/AnswerRecorder.h"
#include "core/observe/BatchPolicy.h"
#include "core/observe/ObserverProcess.h"
#include "core/queue/EventQueue.h"
#include "core/store/ObserverRunLog.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <optional>

// Decides which queued events go to which observer, when, and how many
// observers run at once; turns answers into stored observations. The only
// owner of "one observer per user session, in order, at most N at once".
// Answers go to AnswerRecorder, turns are composed by ObserverPrompt, runs
// are written to ObserverRunLog.
//
// An event is acknowledged only in the transaction that stores its results;
// a user's prompt too: it waits in the queue and rides along with its
// session's next work event (EventQueue), so restarts and retries carry it;
// a failed turn is retried with backoff (EventQueue) and finally parked. What
// the CLI marks as blocking (sign-in, usage limit, offline) and pauses release
// events without counting an attempt. A session's events wait until they are
// due as one turn (BatchPolicy). No timer polls: work starts on pump() (queue
// wake-up, answers, a single-shot timer for the next backoff or batch due).
class Scheduler : public QObject
{
    Q_OBJECT
public:
    // Builds the launch (argv, environment, cwd) for a new observer serving a
    // user session; nullopt with an error when the CLI cannot be started.
    using LaunchFactory = std::function<std::optional<ObserverLaunch>(const QString &userSessionId, QString *error)>;

    struct Options
    {
        int maxObservers = 2;
        int maxTurnEvents = 20; // events per turn (one API call)
        int stallAfter = 3; // answers in a row without a block → stalled
        // Past this many characters sent to one observer its conversation is
        // rolled over (new process + short carry-over): request size per event
        // stays flat however long the user's session gets.
        qint64 rolloverChars = 40 * 1024;
        // Batching (BatchPolicy): work events waiting that make a turn due
        // (1: observe immediately), and the longest the oldest one waits.
        int batchMaxEvents = 12;
        qint64 batchMaxWaitMs = 90 * 1000;
        bool flushBatches = false; // every waiting event is due at once (--drain)
    };

    Scheduler(QSqlDatabase db, LaunchFactory factory, Options options, QObject *parent = nullptr);
    ~Scheduler() override;

    // The earliest a batch held for its turn's end is due by age (0: none
    // held), read from the queue: what the status says of waiting events,
    // also in a process that does not serve the queue (--status).
    static qint64 heldUntil(const QSqlDatabase &db, const BatchPolicy::Limits &limits, qint64 nowMs);

    void setObserving(bool on); // off: stop observers, leave events queued
    void setAuthReady(bool ready); // AuthState::canObserve(); off pauses the same way
    // The usage guard (UsageGuard): off holds new turns (turns in flight
    // finish), events stay queued. A refusal from the API (429) sets it off
    // here; the guard sets it on again once the window resets.
    void setUsageReady(bool ready);
    // Sign-in rejected (auth not ready): send one queued turn anyway, as the
    // test of the login; false when none is ready, then the next event's pump
    // sends it.
    bool tryOneTurn();
    void setMaxObservers(int n);
    void setBatching(int maxEvents, qint64 maxWaitMs); // Options' batch limits, changed
    int runningObservers() const { return int(m_slots.size()); }
    bool hasWorkInFlight() const;
    bool isStalled() const { return m_recorder.isStalled(); }

public Q_SLOTS:
    void pump();
    void shutdown(); // stop every observer and release their events

Q_SIGNALS:
    void stored(int observations, int summaries);
    void queueChanged();
    void observersRunningChanged(int running);
    void stallChanged(bool stalled, const QString &detail);
    void evidence(const StreamEvent &event);
    // An observer process ended; its transcript (observer session) is complete.
    void observerSessionFinished(const QString &observerSessionId);
    // Nothing in flight and nothing ready to send now (used by --drain).
    void quiescent();
    void problem(const QString &message);

private:
    struct Slot
    {
        ObserverProcess *process = nullptr; // owned by this (QObject parent)
        QList<QueuedEvent> inFlight;
        qint64 runId = 0;
        qint64 charsSent = 0;
        QString project;
        bool needsCarryOver = false;
    };

    struct DueTurn
    {
        QString userSessionId;
        int events = 0; // how many of its waiting events the turn takes
    };
    // Sessions not being served whose waiting events make a turn now, oldest
    // first; *nextDueAt: the earliest a held one is due (0: none held).
    QList<DueTurn> dueTurns(const QStringList &busy, qint64 now, bool flush, qint64 *nextDueAt) const;
    static QList<DueTurn> dueTurnsIn(const EventQueue &queue, const BatchPolicy::Limits &limits,
        const QStringList &busy, qint64 now, bool flush, qint64 *nextDueAt);
    BatchPolicy::Limits batchLimits() const;
    void armBatchTimer(qint64 nextDueAt);
    bool dispatch(const DueTurn &turn, qint64 now);
    Slot *slotFor(const QString &userSessionId, const QString &project);
    Slot *ensureSlot(const QString &userSessionId, const QString &project);
    void connectProcess(ObserverProcess *process);
    bool sendTurn(Slot &slot, const QList<QueuedEvent> &events);
    void finishWithoutCall(const QString &userSessionId, const QList<QueuedEvent> &events);
    void retire(const QString &userSessionId); // stop its observer
    bool evictIdleSlot();
    void handleAnswer(ObserverProcess *process, const QString &answer);
    void handleFailure(ObserverProcess *process, const QString &reason, bool blocked);
    void handleStopped(ObserverProcess *process, const QString &reason);
    QString userSessionOf(const ObserverProcess *process) const;
    void recordRunStart(Slot &slot, const QString &userSessionId, const ObserverLaunch &launch);
    void recordRunEnd(qint64 runId, const RunTally &tally, const QString &outcome);
    // Events no observer works on any more go back to the queue: released
    // (no attempt counted) without a failReason, failed (attempt counted,
    // backoff) with one. What cannot be written is repaired on the next pump.
    void handBack(const QList<QueuedEvent> &events, const std::optional<QString> &failReason = std::nullopt);
    QList<qint64> inFlightIds(QStringList *busyUserSessions) const;
    bool sendTrialTurn();
    void armRetryTimer();
    void checkQuiescent();

    QSqlDatabase m_db;
    ObserverRunLog m_runs;
    EventQueue m_queue;
    AnswerRecorder m_recorder;
    LaunchFactory m_factory;
    Options m_options;
    QHash<QString, Slot> m_slots; // by user session id
    QTimer m_retryTimer;
    QTimer m_batchTimer; // the next held batch becomes due
    bool m_observing = true;
    bool m_authReady = false;
    bool m_usageReady = true;
    bool m_trialWanted = false; // tryOneTurn found nothing to send yet
    bool m_reconcile = false; // some claimed events may have no observer
};
