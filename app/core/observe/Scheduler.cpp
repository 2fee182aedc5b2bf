#include "core/observe/Scheduler.h"

#include "core/platform/Clock.h"

#include "core/observe/ObservationParser.h"
#include "core/observe/ObserverPrompt.h"
#include "core/store/ObservationStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

QList<qint64> idsOf(const QList<QueuedEvent> &events)
{
    QList<qint64> ids;
    ids.reserve(events.size());
    for (const QueuedEvent &e : events)
        ids << e.id;
    return ids;
}
} // namespace

Scheduler::Scheduler(QSqlDatabase db, LaunchFactory factory, Options options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_runs(m_db)
    , m_queue(m_db)
    , m_factory(std::move(factory))
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Scheduler::pump);
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

void Scheduler::setMaxObservers(int n)
{
    m_options.maxObservers = std::max(1, n);
    pump();
}

bool Scheduler::hasWorkInFlight() const
{
    for (const Slot &slot : m_slots) {
        if (!slot.inFlight.isEmpty())
            return true;
    }
    return false;
}

void Scheduler::pump()
{
    if (!m_observing || !m_authReady) {
        checkQuiescent();
        return;
    }
    QStringList busy;
    QList<qint64> inFlight;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (!it->inFlight.isEmpty())
            busy << it.key();
        for (const QueuedEvent &e : it->inFlight)
            inFlight << e.id;
    }
    // A release or fail that could not be written leaves events claimed with
    // no observer on them; hand them back before looking for work.
    QString error;
    if (m_reconcile && m_queue.releaseAllExcept(inFlight, &error))
        m_reconcile = false;
    const qint64 now = Clock::nowMs();
    int free = m_options.maxObservers - int(busy.size());
    if (free > 0) {
        const QStringList ready = m_queue.readySessions(busy, now, free + int(m_slots.size()));
        for (const QString &session : ready) {
            if (free <= 0)
                break;
            if (dispatch(session, now))
                --free;
        }
    }
    armRetryTimer();
    checkQuiescent();
}

bool Scheduler::dispatch(const QString &userSessionId, qint64 now)
{
    if (!m_slots.contains(userSessionId) && int(m_slots.size()) >= m_options.maxObservers && !evictIdleSlot())
        return false;
    QString error;
    QList<QueuedEvent> events = m_queue.claim(userSessionId, m_options.maxBatch, now, &error);
    if (events.isEmpty()) {
        if (!error.isEmpty())
            Q_EMIT problem(tr("Cannot read the event queue: %1").arg(error));
        return false;
    }
    // Context (prompts, session starts) came along with work (EventQueue);
    // a session that ended with no work since its last prompt has nothing to
    // observe, so its batch is done without a call.
    if (!std::any_of(events.cbegin(), events.cend(), eventNeedsAnswer) && endsSession(events)) {
        finishWithoutCall(userSessionId, events);
        return false;
    }
    Slot *slot = m_slots.contains(userSessionId) ? &m_slots[userSessionId]
                                                 : ensureSlot(userSessionId, events.constFirst().project);
    if (!slot) {
        if (!m_queue.release(idsOf(events), &error))
            m_reconcile = true;
        return false;
    }
    QString message;
    if (slot->needsCarryOver) {
        ObservationStore store(m_db);
        message += ObserverPrompt::carryOver(store.recent(slot->project, 5), store.lastSummary(slot->project));
        slot->needsCarryOver = false;
    }
    message += ObserverPrompt::batchMessage(events); // the batch's prompts included
    if (!slot->session->sendTurn(message)) {
        if (!m_queue.release(idsOf(events), &error))
            m_reconcile = true;
        return false;
    }
    slot->inFlight = events;
    slot->charsSent += message.size();
    return true;
}

void Scheduler::finishWithoutCall(const QString &userSessionId, const QList<QueuedEvent> &events)
{
    QString error;
    ObservationStore store(m_db);
    if (!store.storeBatch({}, {}, idsOf(events), 0, &error))
        if (!m_queue.release(idsOf(events), &error))
            m_reconcile = true;
    retire(userSessionId);
    Q_EMIT queueChanged();
    // Progress was made; look again once this pass is over.
    QMetaObject::invokeMethod(this, &Scheduler::pump, Qt::QueuedConnection);
}

Scheduler::Slot *Scheduler::ensureSlot(const QString &userSessionId, const QString &project)
{
    QString error;
    const std::optional<ObserverLaunch> launch = m_factory(userSessionId, &error);
    if (!launch) {
        Q_EMIT problem(error);
        return nullptr;
    }
    Slot slot;
    slot.project = project;
    slot.session = new ObserverProcess(*launch, this);
    // A fresh observer for a session we served before starts from a carry-over.
    slot.needsCarryOver = m_runs.servedBefore(userSessionId);
    recordRunStart(slot, userSessionId, *launch);
    ObserverProcess *session = slot.session;
    connect(session, &ObserverProcess::turnFinished, this,
        [this, session](const QString &answer) { handleAnswer(session, answer); });
    connect(session, &ObserverProcess::turnFailed, this,
        [this, session](const QString &reason, bool auth) { handleFailure(session, reason, auth); });
    connect(session, &ObserverProcess::evidence, this, &Scheduler::evidence);
    connect(session, &ObserverProcess::stopped, this,
        [this, session](int code, const QString &reason) { handleStopped(session, code, reason); });
    m_slots.insert(userSessionId, slot);
    session->start();
    Q_EMIT observersRunningChanged(int(m_slots.size()));
    return &m_slots[userSessionId];
}

bool Scheduler::evictIdleSlot()
{
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->inFlight.isEmpty()) {
            retire(it.key());
            return true;
        }
    }
    return false;
}

void Scheduler::retire(const QString &userSessionId)
{
    auto it = m_slots.find(userSessionId);
    if (it == m_slots.end())
        return;
    Slot slot = *it;
    m_slots.erase(it);
    QString error;
    if (!slot.inFlight.isEmpty())
        if (!m_queue.release(idsOf(slot.inFlight), &error))
            m_reconcile = true;
    m_runs.recordEnd(slot.runId, 0, QStringLiteral("retired"));
    slot.session->disconnect(this);
    // stop() ends the process (stdin closed, then TERM, then KILL); the object
    // goes once it has.
    connect(slot.session, &ObserverProcess::stopped, slot.session, &QObject::deleteLater);
    const QString observerId = slot.session->observerSessionId();
    slot.session->stop();
    if (!slot.session->isRunning())
        slot.session->deleteLater();
    Q_EMIT observerRunFinished(observerId);
    Q_EMIT observersRunningChanged(int(m_slots.size()));
}

void Scheduler::shutdown()
{
    const QStringList sessions = m_slots.keys();
    for (const QString &s : sessions)
        retire(s);
    m_retryTimer.stop();
    if (!sessions.isEmpty())
        Q_EMIT queueChanged();
}

QString Scheduler::slotKey(const ObserverProcess *session) const
{
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->session == session)
            return it.key();
    }
    return {};
}

void Scheduler::handleAnswer(ObserverProcess *session, const QString &answer)
{
    const QString key = slotKey(session);
    if (key.isEmpty())
        return;
    Slot &slot = m_slots[key];
    const QList<QueuedEvent> events = std::exchange(slot.inFlight, {});
    ParsedAnswer parsed = ObservationParser::parse(answer);
    const qint64 now = Clock::nowMs();
    for (Observation &o : parsed.observations) {
        o.userSessionId = key;
        o.project = slot.project;
        o.createdAt = now;
    }
    for (SessionSummary &s : parsed.summaries) {
        s.userSessionId = key;
        s.project = slot.project;
        s.createdAt = now;
    }
    ObservationStore store(m_db);
    QString error;
    const auto result = store.storeBatch(parsed.observations, parsed.summaries, idsOf(events), slot.runId, &error);
    if (!result) {
        if (!m_queue.fail(idsOf(events), tr("Could not store the observer's answer: %1").arg(error), now, &error))
            m_reconcile = true;
        Q_EMIT problem(error);
    } else {
        Q_EMIT stored(result->observationsStored, result->summariesStored);
    }
    noteAnswer(parsed.hadBlock,
        std::any_of(events.cbegin(), events.cend(), [](const QueuedEvent &e) { return e.is(EventKind::PostToolUse); }));
    Q_EMIT queueChanged();
    if (endsSession(events) || slot.charsSent > m_options.rolloverChars)
        retire(key);
    pump();
}

void Scheduler::handleFailure(ObserverProcess *session, const QString &reason, bool blocked)
{
    const QString key = slotKey(session);
    if (key.isEmpty())
        return;
    Slot &slot = m_slots[key];
    const QList<QueuedEvent> events = std::exchange(slot.inFlight, {});
    QString error;
    if (blocked) {
        // Not the events' fault (sign-in, usage limit, offline): keep them
        // queued, attempts untouched, and send nothing until setAuthReady(true)
        // says the state changed back; never a resend loop.
        if (!m_queue.release(idsOf(events), &error))
            m_reconcile = true;
        m_authReady = false;
        shutdown();
    } else {
        if (!m_queue.fail(idsOf(events), reason, Clock::nowMs(), &error))
            m_reconcile = true;
        retire(key); // a failed turn may leave the process in any state
    }
    Q_EMIT queueChanged();
    pump();
}

void Scheduler::handleStopped(ObserverProcess *session, int exitCode, const QString &reason)
{
    const QString key = slotKey(session);
    if (key.isEmpty())
        return;
    Slot slot = m_slots.take(key);
    QString error;
    if (!slot.inFlight.isEmpty())
        if (!m_queue.fail(idsOf(slot.inFlight), tr("The observer exited (%1).").arg(reason), Clock::nowMs(), &error))
            m_reconcile = true;
    m_runs.recordEnd(slot.runId, exitCode, reason);
    session->deleteLater();
    Q_EMIT observerRunFinished(session->observerSessionId());
    Q_EMIT observersRunningChanged(int(m_slots.size()));
    Q_EMIT queueChanged();
    pump();
}

void Scheduler::noteAnswer(bool hadBlock, bool expectedBlock)
{
    if (hadBlock)
        m_answersWithoutBlock = 0;
    else if (expectedBlock)
        ++m_answersWithoutBlock;
    const bool stalled = m_answersWithoutBlock >= m_options.stallAfter;
    if (stalled != m_stalled) {
        m_stalled = stalled;
        Q_EMIT stallChanged(stalled,
            stalled
                ? tr("The observer answered %1 times in a row without an observation block.").arg(m_answersWithoutBlock)
                : QString());
    }
}

void Scheduler::recordRunStart(Slot &slot, const QString &userSessionId, const ObserverLaunch &launch)
{
    QString error;
    const auto id = m_runs.recordStart(
        { launch.observerSessionId, userSessionId, slot.project, launch.workingDirectory, launch.program }, &error);
    if (id)
        slot.runId = *id;
    else
        Q_EMIT problem(tr("Cannot record the observer run: %1").arg(error));
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
    if (m_observing && m_authReady && !m_queue.readySessions({}, Clock::nowMs(), 1).isEmpty())
        return;
    Q_EMIT quiescent();
}
