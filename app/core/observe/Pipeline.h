#pragma once

#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/observe/BatchPolicy.h"
#include "core/observe/UsageGuard.h"
#include "core/store/ObservationStore.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class DataFolderLock;
class ProjectRefiler;
class QueueWatcher;
class Scheduler;
class Settings;

// Hook → queue → scheduler → observer → store, assembled: the same object
// runs under the tray (on a worker thread), in --headless and in --drain.
// Everything it reports leaves as signals.
class Pipeline : public QObject
{
    Q_OBJECT
public:
    explicit Pipeline(
        QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment(), QObject *parent = nullptr);
    ~Pipeline() override;

    AuthMonitor *auth() const { return m_auth.get(); }
    Scheduler *scheduler() const { return m_scheduler.get(); }
    CliInfo cli() const { return m_cli; }
    UsageGuard::Verdict usageVerdict() const { return m_guard ? m_guard->verdict() : UsageGuard::Verdict {}; }
    QString error() const { return m_error; }
    ObservationCounts counts() const;
    // What the store holds and what the queue still has (EventQueue's), in one;
    // with the user's settings, also until when a batch is held (BatchPolicy).
    static ObservationCounts countsIn(const QSqlDatabase &db, const Settings *settings = nullptr);
    static BatchPolicy::Limits batchLimits(const Settings &settings);
    // Prompts waiting for their session's next tool event: queued, yet no
    // work a drain could do now (they ride along with that event).
    int waitingPrompts() const;
    // False while another process runs the pipeline on this data folder
    // (see DataFolderLock); holderPid() names it.
    bool isProcessing() const;
    // Before start(): send every waiting event now, held batches too (--drain).
    void setFlushBatches(bool flush) { m_flushBatches = flush; }
    qint64 holderPid() const;

public Q_SLOTS:
    // Opens the database and takes the data folder's lock. Holding it: recovers
    // from a crash (claimed events back to queued, interrupted hides finished),
    // finds the CLI, starts the auth check and the queue watch. Not holding it:
    // processes nothing, says who does (processingElsewhere) and takes over when
    // that process goes. False only on an error (database, lock file).
    bool start();
    void setObserving(bool on);
    void checkSignInNow(); // re-detects the CLI too (its path may have changed)
    void refreshCounts();
    void shutdown(); // stop every observer; events stay queued
    void observeAnyway(); // past the usage guard until the window that holds it resets
    // Files stored rows under the project their folder belongs to now
    // (repository, the user's merges), in small batches; the lock holder only.
    // Counts are sent again when done (the window re-reads project names then).
    void refileProjects();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    // pid of the process that runs the pipeline instead of this one (-1 when
    // it has not written its pid yet); 0 once this one does (a takeover).
    void processingElsewhere(qint64 holderPid);
    void authStateChanged(const AuthState &state);
    void signInChecked(const AuthState &state); // the answer to checkSignInNow, changed or not
    void cliChanged(const CliInfo &cli);
    void countsChanged(const ObservationCounts &counts);
    void observersRunningChanged(int running);
    void stallChanged(bool stalled, const QString &detail);
    void observerSessionFinished(const QString &observerSessionId);
    void problem(const QString &message);
    void rateLimitChanged(const RateLimitInfo &info);
    void usageVerdictChanged(const UsageGuard::Verdict &verdict);
    // What observers' ended runs cost today and this week (observer_runs).
    void spendChanged(const RunUsage &today, const RunUsage &week);

private:
    void startUsageGuard();
    void routeEvidence(const StreamEvent &event);
    void takeOver(); // runs once the lock is held
    void startRefiler(); // PipelineRefile.cpp
    void detectCli();
    void handleAuthState(const AuthState &state);

    QProcessEnvironment m_inherited;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DataFolderLock> m_lock;
    std::unique_ptr<AuthMonitor> m_auth;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<UsageGuard> m_guard;
    std::unique_ptr<QueueWatcher> m_watcher;
    std::unique_ptr<ProjectRefiler> m_refiler;
    QTimer m_countsTimer; // coalesces bursts of changes into one count
    QTimer m_standbyTimer; // counts while another process works the queue
    CliInfo m_cli;
    QString m_error;
    bool m_observing = true;
    bool m_flushBatches = false;
    bool m_checkAsked = false; // checkSignInNow waits for its answer
};
