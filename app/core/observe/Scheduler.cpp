#include "core/observe/Scheduler.h"

#include "core/observe/ObserverPrompt.h"
#include "core/platform/Clock.h"
#include "core/store/ObservationStore.h"

namespace {
bool eventNeedsAnswer(const QueuedEvent &e)
{
    const auto k = eventKindNamed(e.kind.toStdString());
    return k && ::needsAnswer(*k);
}

bool endsSession(const QList<QueuedEvent> &events)
{
    return std::any_of(
        events.cbegin(), events.cend(), [](const QueuedEvent &e) { return e.is(EventKind::SessionEnd); });
}
} // namespace

Scheduler::Scheduler(QSqlDatabase db, LaunchFactory factory, Options options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_runs(m_db)
    , m_queue(m_db)
    , m_recorder(m_db, options.stallAfter)
    , m_factory(std::move(factory))
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Scheduler::pump);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &Scheduler::pump);
    connect(&m_recorder, &AnswerRecorder::stored, this, &Scheduler::stored);
    connect(&m_recorder, &AnswerRecorder::stallChanged, this, &Scheduler::stallChanged);
}

Scheduler::~Scheduler()
{
    shutdown();
}

void Scheduler::setObserving(bool on)
{
    if (m_observing == on)
        return;
    m_observing = on;
    if (on)
        pump();
    else
        shutdown();
}

void Scheduler::setAuthReady(bool ready)
{
    if (m_authReady == ready)
        return;
    m_authReady = ready;
    if (ready)
        pump();
    else
        shutdown(); // not signed in: nothing is sent, nothing is dropped
}

void Scheduler::setUsageReady(bool ready)
{
    if (m_usageReady == ready)
        return;
    m_usageReady = ready;
    if (ready)
        pump();
    else
        checkQuiescent();
}

void Scheduler::setBatching(int maxEvents, qint64 maxWaitMs)
{
    m_options.batchMaxEvents = std::max(1, maxEvents);
    m_options.batchMaxWaitMs = std::max<qint64>(0, maxWaitMs);
    pump();
}

void Scheduler::setMaxObservers(int n)
{
    m_options.maxObservers = std::max(1, n);
    pump();
}

bool Scheduler::tryOneTurn()
{
    m_trialWanted = true;
    pump();
    return !m_trialWanted;
}

bool Scheduler::sendTrialTurn()
{
    if (hasWorkInFlight())
        return true; // a turn is out already: its answer tells
    const qint64 now = Clock::nowMs();
    qint64 nextDueAt = 0;
    // The trial tests the login: any waiting work will do, its batch due or
    // not, its backoff over or not (a turn that failed while the login was
    // refused, e.g. an old CLI's crash on a 401, must not stall the trials).
    QString error;
    if (m_queue.endBackoffs(now, &error) < 0)
        Q_EMIT problem(tr("Cannot read the event queue: %1").arg(error));
    for (const DueTurn &turn : dueTurns({}, now, true, &nextDueAt)) {
        if (dispatch(turn, now))
            return true;
    }
    return false;
}

void Scheduler::pump()
{
    if (m_authReady)
        m_trialWanted = false;
    if (!m_observing || !m_authReady || !m_usageReady) {
        if (m_observing && m_usageReady && m_trialWanted && sendTrialTurn())
            m_trialWanted = false;
        checkQuiescent();
        return;
    }
    QStringList busy;
    const QList<qint64> inFlight = inFlightIds(&busy);
    // A release or fail that could not be written leaves events claimed with
    // no observer on them; hand them back before looking for work.
    QString error;
    if (m_reconcile && m_queue.releaseAllExcept(inFlight, &error))
        m_reconcile = false;
    const qint64 now = Clock::nowMs();
    int free = m_options.maxObservers - int(busy.size());
    if (free > 0) {
        qint64 nextDueAt = 0;
        for (const DueTurn &turn : dueTurns(busy, now, m_options.flushBatches, &nextDueAt)) {
            if (free <= 0)
                break;
            if (dispatch(turn, now))
                --free;
        }
        armBatchTimer(nextDueAt);
    }
    armRetryTimer();
    checkQuiescent();
}

bool Scheduler::dispatch(const DueTurn &turn, qint64 now)
{
    const QString &userSessionId = turn.userSessionId;
    if (!m_slots.contains(userSessionId) && int(m_slots.size()) >= m_options.maxObservers && !evictIdleSlot())
        return false;
    QString error;
    const QList<QueuedEvent> events = m_queue.claim(userSessionId, turn.events, now, &error);
    if (events.isEmpty()) {
        if (!error.isEmpty())
            Q_EMIT problem(tr("Cannot read the event queue: %1").arg(error));
        return false;
    }
    // Context (prompts, session starts) came along with work (EventQueue);
    // a session that ended with no work since its last prompt has nothing to
    // observe, so its turn is done without a call.
    if (!std::any_of(events.cbegin(), events.cend(), eventNeedsAnswer) && endsSession(events)) {
        finishWithoutCall(userSessionId, events);
        return false;
    }
    Slot *slot = slotFor(userSessionId, events.constFirst().project);
    if (!slot || !sendTurn(*slot, events)) {
        handBack(events);
        return false;
    }
    return true;
}

bool Scheduler::sendTurn(Slot &slot, const QList<QueuedEvent> &events)
{
    const ObservationStore store(m_db);
    const QString message = ObserverPrompt::composeTurn(events, slot.needsCarryOver ? &store : nullptr, slot.project);
    slot.needsCarryOver = false;
    if (!slot.process->sendTurn(message))
        return false;
    slot.inFlight = events;
    slot.charsSent += message.size();
    return true;
}

void Scheduler::finishWithoutCall(const QString &userSessionId, const QList<QueuedEvent> &events)
{
    QString error;
    if (!m_recorder.acknowledgeUnanswered(events, &error))
        handBack(events);
    retire(userSessionId);
    Q_EMIT queueChanged();
    // Progress was made; look again once this pass is over.
    QMetaObject::invokeMethod(this, &Scheduler::pump, Qt::QueuedConnection);
}

void Scheduler::shutdown()
{
    const QStringList userSessionIds = m_slots.keys();
    for (const QString &userSessionId : userSessionIds)
        retire(userSessionId);
    m_retryTimer.stop();
    m_batchTimer.stop();
    if (!userSessionIds.isEmpty())
        Q_EMIT queueChanged();
}

void Scheduler::handleAnswer(ObserverProcess *process, const QString &answer)
{
    const QString userSessionId = userSessionOf(process);
    if (userSessionId.isEmpty())
        return;
    Slot &slot = m_slots[userSessionId];
    const AnswerRecorder::Turn turn { userSessionId, slot.project, slot.runId, std::exchange(slot.inFlight, {}) };
    QString error;
    if (!m_recorder.record(turn, answer, &error)) {
        handBack(turn.events, tr("Could not store the observer's answer: %1").arg(error));
        Q_EMIT problem(error);
    }
    Q_EMIT queueChanged();
    if (endsSession(turn.events) || slot.charsSent > m_options.rolloverChars)
        retire(userSessionId);
    pump();
}

void Scheduler::handleFailure(ObserverProcess *process, const QString &reason, bool blocked)
{
    const QString userSessionId = userSessionOf(process);
    if (userSessionId.isEmpty())
        return;
    const QList<QueuedEvent> events = std::exchange(m_slots[userSessionId].inFlight, {});
    if (blocked && process->blocker() == StreamEvent::UsageLimit) {
        // The API refused for the user's limits: hold like sign-in does, but
        // the guard (not a sign-in check) says when the window reset.
        handBack(events);
        m_usageReady = false;
        shutdown();
    } else if (blocked) {
        // Not the events' fault (sign-in, usage limit, offline): keep them
        // queued, attempts untouched, and send nothing until setAuthReady(true)
        // says the state changed back; never a resend loop.
        handBack(events);
        m_authReady = false;
        shutdown();
    } else {
        handBack(events, reason);
        retire(userSessionId); // a failed turn may leave the process in any state
    }
    Q_EMIT queueChanged();
    pump();
}

void Scheduler::handBack(const QList<QueuedEvent> &events, const std::optional<QString> &failReason)
{
    if (events.isEmpty())
        return;
    QString error;
    const QList<qint64> ids = AnswerRecorder::idsOf(events);
    const bool written
        = failReason ? m_queue.fail(ids, *failReason, Clock::nowMs(), &error) : m_queue.release(ids, &error);
    if (!written)
        m_reconcile = true;
}

void Scheduler::armRetryTimer()
{
    const qint64 next = m_queue.nextRetryAt();
    if (next <= 0)
        return;
    const qint64 delay = std::max<qint64>(0, next - Clock::nowMs()) + 50;
    if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > delay)
        m_retryTimer.start(int(std::min<qint64>(delay, 15 * 60 * 1000)));
}

void Scheduler::checkQuiescent()
{
    if (hasWorkInFlight())
        return;
    qint64 nextDueAt = 0;
    if (m_observing && m_authReady && m_usageReady
        && !dueTurns({}, Clock::nowMs(), m_options.flushBatches, &nextDueAt).isEmpty())
        return;
    Q_EMIT quiescent();
}
