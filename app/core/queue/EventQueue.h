#pragma once

#include "core/queue/QueuedEvent.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The durable queue's state machine, and its only owner:
//   queued --claim--> claimed --acknowledge--> (deleted, in the store's transaction)
//                             --fail--> queued again after a backoff, or parked
//   claimed --releaseClaims (app start after a crash, by the holder of the
//             data folder's lock only: see DataFolderLock)--> queued
//   parked --retryParked--> queued;  parked --discardParked--> (deleted)
// A parked event never blocks the events behind it.
// Context events (a session's start, a user's prompt) ride along: they never
// make a session ready on their own, wait in the queue like any other event,
// and are claimed, failed and acknowledged together with the session's next
// work event, so a prompt lasts until a turn that carries it is stored.
class EventQueue
{
public:
    enum State { Queued = 0, Claimed = 1, Parked = 3 };
    static constexpr int kMaxAttempts = 5;

    explicit EventQueue(QSqlDatabase db);

    std::optional<qint64> enqueue(const QueuedEvent &event, QString *error);

    // True for the kinds that ride along with the session's next work event.
    static bool ridesAlong(const QString &kind);

    // Sessions that have a work event (not one that rides along) ready now
    // (queued, backoff elapsed), oldest first, leaving out sessions already
    // being served (busySessions).
    QStringList readySessions(const QStringList &busySessions, qint64 nowMs, int limit) const;
    // One ready event as the batching decision sees it (no payload).
    struct Waiting
    {
        qint64 id = 0;
        QString kind;
        qint64 createdAt = 0;
        qint64 bytes = 0; // of the payload
    };
    // The run of ready events claim() would take, at most max, without
    // claiming or reading payloads: what the scheduler's BatchPolicy decides on.
    QList<Waiting> waitingRun(const QString &userSessionId, int max, qint64 nowMs) const;
    // Claims up to max ready events of one session, in order. Stops at the
    // first event still waiting for its backoff so order holds per session.
    // All or nothing: when any of them turns out taken by someone else, none
    // is claimed and the result is empty with no error.
    QList<QueuedEvent> claim(const QString &userSessionId, int max, qint64 nowMs, QString *error);

    // Deletes the events; call inside the transaction that stores their results.
    static bool acknowledge(QSqlDatabase &db, const QList<qint64> &ids, QString *error);
    // Back to queued with a backoff, or parked once attempts reach kMaxAttempts.
    bool fail(const QList<qint64> &ids, const QString &reason, qint64 nowMs, QString *error);
    // Queued events waiting out a backoff become ready now, attempts kept: a
    // sign-in trial (Scheduler::tryOneTurn) tests the login with any waiting
    // work, and a failure while the login was refused says little about the
    // event. Rows changed, -1 on error.
    int endBackoffs(qint64 nowMs, QString *error);
    // Back to queued without counting an attempt (observer stopped by the user,
    // not signed in, app shut down).
    bool release(const QList<qint64> &ids, QString *error);
    // Claimed events no observer is working on go back to queued (repairs a
    // release or fail that could not be written). This and releaseClaims are
    // for the holder of the data folder's lock only (DataFolderLock): to any
    // other process, claimed events are the holder's work in progress.
    bool releaseAllExcept(const QList<qint64> &inFlight, QString *error);
    // After a crash: every claimed event goes back to queued.
    int releaseClaims(QString *error);

    // A project's events, whatever their state (EventQueueProjects.cpp). Inside
    // the caller's transaction; rows changed, -1 on error.
    int refileProject(const QString &from, const QString &to, int limit, QString *error);
    int countInProject(const QString &project) const;
    int forgetProject(const QString &project, QString *error);
    int countInSession(const QString &userSessionId) const;
    int forgetSession(const QString &userSessionId, QString *error);
    QString newestProject() const; // of the newest queued event; empty when none
    // Whether any of these events is still in the queue.
    static bool anyExists(const QSqlDatabase &db, const QList<qint64> &ids);

    QList<QueuedEvent> parked(int limit = 200) const;
    bool retryParked(qint64 id, QString *error);
    bool discardParked(qint64 id, QString *error);

    struct Counts
    {
        int pending = 0; // queued + claimed
        int parked = 0;
    };
    Counts counts() const; // both in one read
    int pendingCount() const; // queued + claimed
    int parkedCount() const;
    // Queued context events whose session has no work event pending yet: they
    // wait for it, and are not work a drain can do.
    int waitingContextCount() const;
    // Earliest time a waiting (backoff) event becomes ready, or 0 when none.
    qint64 nextRetryAt() const;

    static qint64 backoffMs(int attempts);

private:
    QList<QueuedEvent> readyRun(const QString &userSessionId, int max, qint64 nowMs, QString *error) const;
    bool markClaimed(const QList<QueuedEvent> &events, qint64 nowMs, QString *error);

    QSqlDatabase m_db;
};
