#include "core/observe/Pipeline.h"

#include "core/claude/ObserverCommand.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/observe/ObserverPrompt.h"
#include "core/observe/Scheduler.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Clock.h"
#include "core/platform/DataFolderLock.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/queue/QueueWatcher.h"
#include "core/store/Database.h"
#include "core/store/KeyValue.h"
#include "core/store/ObserverRunLog.h"
#include "core/store/ProjectRefiler.h"

#include <QUuid>

#include <utility>

namespace {
int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}
} // namespace

Pipeline::Pipeline(QProcessEnvironment inherited, QObject *parent) : QObject(parent), m_inherited(std::move(inherited))
{
    qRegisterMetaType<AuthState>();
    qRegisterMetaType<CliInfo>();
    qRegisterMetaType<ObservationCounts>();
    qRegisterMetaType<StreamEvent>();
    qRegisterMetaType<RunUsage>();
    m_countsTimer.setParent(this); // moves with the pipeline to its worker thread
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(150);
    connect(&m_countsTimer, &QTimer::timeout, this, &Pipeline::refreshCounts);
    // On standby the holder's acknowledgements wake nothing here: look now
    // and then, so the counts shown do not stay stale.
    m_standbyTimer.setParent(this);
    m_standbyTimer.setInterval(10000);
    connect(&m_standbyTimer, &QTimer::timeout, this, &Pipeline::refreshCounts);
}

Pipeline::~Pipeline()
{
    shutdown();
}

bool Pipeline::start()
{
    m_settings = std::make_unique<Settings>();
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    if (!m_db->open()) {
        m_error = m_db->error();
        Q_EMIT started(false, m_error);
        return false;
    }
    m_watcher = std::make_unique<QueueWatcher>();
    connect(m_watcher.get(), &QueueWatcher::wakeUp, this, [this] { m_countsTimer.start(); });
    m_lock = std::make_unique<DataFolderLock>();
    if (!m_lock->tryAcquire(&m_error)) {
        if (!m_error.isEmpty()) {
            Q_EMIT started(false, m_error);
            return false;
        }
        // Another process runs the pipeline: processing here too would send
        // its claimed events to a second observer (paid twice).
        connect(m_lock.get(), &DataFolderLock::acquired, this, [this] {
            m_standbyTimer.stop();
            takeOver();
            Q_EMIT processingElsewhere(0);
        });
        const qint64 pid = m_lock->holderPid();
        Q_EMIT processingElsewhere(pid > 0 ? pid : -1);
        refreshCounts();
        m_standbyTimer.start();
        Q_EMIT started(true, {});
        m_lock->acquireWhenFree();
        return true;
    }
    takeOver();
    Q_EMIT started(true, {});
    return true;
}

void Pipeline::takeOver()
{
    // Only the lock's holder may do these: in any other process "claimed"
    // means "in the holder's observers right now", not "orphaned".
    QString error;
    EventQueue(m_db->connection()).releaseClaims(&error); // after a crash: claimed → queued
    TranscriptHider(m_db->connection()).recover(); // an interrupted hide or restore
    startRefiler(); // rows of older releases, and merges made while no app ran

    m_auth = std::make_unique<AuthMonitor>(m_inherited);
    m_auth->setBillingGuard(m_settings->billingGuard());
    // Test seams: "no flipping over minutes" in seconds of test time.
    m_auth->setBackoff(envInt("OBSERVER_TRAY_SIGNIN_BACKOFF_MS", AuthMonitor::kFirstBackoffMs),
        envInt("OBSERVER_TRAY_SIGNIN_BACKOFF_MAX_MS", AuthMonitor::kMaxBackoffMs));
    m_auth->setSignedInRecheck(envInt("OBSERVER_TRAY_SIGNIN_RECHECK_MS", AuthMonitor::kRecheckSignedInMs));
    connect(m_auth.get(), &AuthMonitor::stateChanged, this, &Pipeline::handleAuthState);
    connect(m_auth.get(), &AuthMonitor::checkFinished, this, [this](const AuthState &state) {
        if (std::exchange(m_checkAsked, false))
            Q_EMIT signInChecked(state);
    });

    Scheduler::Options options;
    options.maxObservers = m_settings->maxConcurrentObservers();
    const BatchPolicy::Limits limits = batchLimits(*m_settings);
    options.batchMaxEvents = limits.maxEvents;
    options.batchMaxWaitMs = limits.maxWaitMs;
    options.flushBatches = m_flushBatches;
    auto factory = [this](const QString &userSessionId, QString *why) -> std::optional<ObserverLaunch> {
        if (!m_cli.usable()) {
            *why = m_cli.found() ? m_cli.error : tr("Claude Code CLI not found.");
            return std::nullopt;
        }
        if (const QString unsupported = ObserverCommand::whyUnsupported(m_cli); !unsupported.isEmpty()) {
            *why = AuthState::cliUnsupported(m_cli.version, unsupported).message;
            return std::nullopt;
        }
        if (!AppPaths::ensurePrivateDir(AppPaths::observerCwd(), why))
            return std::nullopt;
        ObserverLaunch launch;
        launch.observerSessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        launch.userSessionId = userSessionId;
        const ObserverCommand command = ObserverCommand::build(m_cli, m_settings->model(),
            ObserverPrompt::systemPrompt(), launch.observerSessionId, AppPaths::observerCwd());
        launch.program = m_cli.path;
        launch.cliVersion = m_cli.version;
        launch.arguments = command.arguments;
        launch.workingDirectory = command.workingDirectory;
        launch.environment = m_auth->observerEnvironment(m_settings->model());
        // Test seams: the fault-injection suite shortens the timeouts.
        launch.turnTimeoutMs = envInt("OBSERVER_TRAY_TURN_TIMEOUT_MS", launch.turnTimeoutMs);
        launch.idleTimeoutMs = envInt("OBSERVER_TRAY_IDLE_TIMEOUT_MS", launch.idleTimeoutMs);
        return launch;
    };
    m_scheduler = std::make_unique<Scheduler>(m_db->connection(), factory, options);
    m_scheduler->setObserving(m_observing && m_settings->observing());
    connect(m_scheduler.get(), &Scheduler::evidence, this, &Pipeline::routeEvidence);
    startUsageGuard();
    connect(m_auth.get(), &AuthMonitor::trialTurnWanted, this, [this] {
        if (!m_scheduler->tryOneTurn())
            m_auth->noTurnToTry();
    });
    connect(m_scheduler.get(), &Scheduler::stored, this, [this] { m_countsTimer.start(); });
    connect(m_scheduler.get(), &Scheduler::queueChanged, this, [this] { m_countsTimer.start(); });
    connect(m_scheduler.get(), &Scheduler::observersRunningChanged, this, &Pipeline::observersRunningChanged);
    connect(m_scheduler.get(), &Scheduler::stallChanged, this, &Pipeline::stallChanged);
    connect(m_scheduler.get(), &Scheduler::observerSessionFinished, this, [this](const QString &observerSessionId) {
        // A CLI without --no-session-persistence writes a transcript anyway:
        // hide it right away (reversible, see the Hidden sessions page).
        if (m_settings->autoHideObserverSessions())
            TranscriptHider(m_db->connection())
                .hide(ObserverTranscriptFinder(m_db->connection(), m_inherited).planForRun(observerSessionId));
        Q_EMIT observerSessionFinished(observerSessionId);
    });
    connect(m_scheduler.get(), &Scheduler::problem, this, &Pipeline::problem);

    connect(m_watcher.get(), &QueueWatcher::wakeUp, m_scheduler.get(), &Scheduler::pump);

    detectCli();
    m_auth->checkNow();
    refreshCounts();
}

void Pipeline::startUsageGuard()
{
    m_guard = std::make_unique<UsageGuard>(m_db->connection());
    connect(m_guard.get(), &UsageGuard::rateLimitChanged, this, &Pipeline::rateLimitChanged);
    connect(m_guard.get(), &UsageGuard::verdictChanged, this, [this](const UsageGuard::Verdict &verdict) {
        m_scheduler->setUsageReady(!verdict.engaged);
        // A refusal: a turn in flight would only be retried by the CLI into
        // the same 429; its events go back to the queue, no attempt counted.
        if (verdict.engaged && verdict.reason == QLatin1String("rejected")) {
            m_scheduler->shutdown();
            // Once the stack unwinds: says "quiescent" to whoever waits (--drain).
            QMetaObject::invokeMethod(m_scheduler.get(), &Scheduler::pump, Qt::QueuedConnection);
        }
        Q_EMIT usageVerdictChanged(verdict);
    });
    m_guard->setLimits(
        { m_settings->pauseAtFiveHourPercent(), m_settings->pauseAtWeeklyPercent(), m_settings->dailyTokenBudget() });
    m_scheduler->setUsageReady(!m_guard->verdict().engaged);
    Q_EMIT rateLimitChanged(m_guard->rateLimit());
    Q_EMIT usageVerdictChanged(m_guard->verdict());
}

void Pipeline::routeEvidence(const StreamEvent &event)
{
    m_guard->noteEvent(event);
    // The user's limits are the guard's, not a sign-in matter: the auth
    // state stays as it is and the guard says when observing resumes.
    if (event.blocker != StreamEvent::UsageLimit && event.kind != StreamEvent::RateLimit)
        m_auth->reportEvidence(event);
}

void Pipeline::observeAnyway()
{
    if (m_guard)
        m_guard->observeAnyway();
}

bool Pipeline::isProcessing() const
{
    return m_lock && m_lock->isHeld();
}

qint64 Pipeline::holderPid() const
{
    return m_lock ? m_lock->holderPid() : 0;
}

void Pipeline::detectCli()
{
    m_cli = CliCapabilities::detect(m_settings->claudePath(), m_inherited);
    // For `--status`, which must not run the CLI to tell what it is.
    KeyValue::put(m_db->connection(), QStringLiteral("cli"), CliCapabilities::toJson(m_cli));
    m_auth->setCli(m_cli);
    Q_EMIT cliChanged(m_cli);
}

void Pipeline::checkSignInNow()
{
    if (!m_auth)
        return;
    m_settings->sync();
    m_auth->setBillingGuard(m_settings->billingGuard());
    m_guard->setLimits(
        { m_settings->pauseAtFiveHourPercent(), m_settings->pauseAtWeeklyPercent(), m_settings->dailyTokenBudget() });
    const BatchPolicy::Limits limits = batchLimits(*m_settings);
    m_scheduler->setBatching(limits.maxEvents, limits.maxWaitMs);
    detectCli();
    m_checkAsked = true;
    m_auth->checkNow();
}

void Pipeline::handleAuthState(const AuthState &state)
{
    KeyValue::put(m_db->connection(), QStringLiteral("auth.state"), state.toJson());
    // Not signed in: observing pauses, events stay queued, and it resumes
    // by itself when a probe or an answer says signed in again.
    m_scheduler->setAuthReady(state.canObserve());
    Q_EMIT authStateChanged(state);
}

void Pipeline::setObserving(bool on)
{
    m_observing = on;
    if (m_settings) {
        m_settings->setObserving(on);
        m_settings->sync();
    }
    if (m_scheduler)
        m_scheduler->setObserving(on);
    m_countsTimer.start();
}

void Pipeline::shutdown()
{
    if (m_scheduler)
        m_scheduler->shutdown();
    ObserverProcess::stopAll();
}
