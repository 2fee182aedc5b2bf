// The scheduler's slots: one observer process per user session being
// served, its run in ObserverRunLog, and how it ends (retired or stopped).
#include "core/observe/Scheduler.h"

#include "core/platform/Clock.h"

namespace {
// We closed it: "retired", unless it had already ended on its own (exited, crashed).
QString retiredOutcome(const RunTally &tally)
{
    return tally.outcome.isEmpty() || tally.outcome == QLatin1String("stopped") ? QStringLiteral("retired")
                                                                                : tally.outcome;
}
} // namespace

bool Scheduler::hasWorkInFlight() const
{
    for (const Slot &slot : m_slots) {
        if (!slot.inFlight.isEmpty())
            return true;
    }
    return false;
}

QList<qint64> Scheduler::inFlightIds(QStringList *busyUserSessions) const
{
    QList<qint64> ids;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (!it->inFlight.isEmpty())
            *busyUserSessions << it.key();
        ids << AnswerRecorder::idsOf(it->inFlight);
    }
    return ids;
}

Scheduler::Slot *Scheduler::slotFor(const QString &userSessionId, const QString &project)
{
    return m_slots.contains(userSessionId) ? &m_slots[userSessionId] : ensureSlot(userSessionId, project);
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
    slot.process = new ObserverProcess(*launch, this);
    // A fresh observer for a user session we served before starts from a carry-over.
    slot.needsCarryOver = m_runs.servedBefore(userSessionId);
    recordRunStart(slot, userSessionId, *launch);
    connectProcess(slot.process);
    m_slots.insert(userSessionId, slot);
    slot.process->start();
    Q_EMIT observersRunningChanged(int(m_slots.size()));
    return &m_slots[userSessionId];
}

void Scheduler::connectProcess(ObserverProcess *process)
{
    connect(process, &ObserverProcess::turnFinished, this,
        [this, process](const QString &answer) { handleAnswer(process, answer); });
    connect(process, &ObserverProcess::turnFailed, this,
        [this, process](const QString &reason, bool blocked) { handleFailure(process, reason, blocked); });
    connect(process, &ObserverProcess::evidence, this, &Scheduler::evidence);
    connect(process, &ObserverProcess::stopped, this,
        [this, process](int, const QString &reason) { handleStopped(process, reason); });
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
    const Slot slot = *it;
    m_slots.erase(it);
    handBack(slot.inFlight);
    slot.process->disconnect(this);
    // stop() ends the process (stdin closed, then TERM, then KILL); its run is
    // recorded with the CLI's real exit code once it has, then the object goes.
    connect(slot.process, &ObserverProcess::stopped, this, [this, process = slot.process, runId = slot.runId] {
        recordRunEnd(runId, process->tally(), retiredOutcome(process->tally()));
        process->deleteLater();
    });
    const QString observerSessionId = slot.process->observerSessionId();
    slot.process->stop();
    if (!slot.process->isRunning()) { // gone already: no stopped() will come
        recordRunEnd(slot.runId, slot.process->tally(), retiredOutcome(slot.process->tally()));
        slot.process->deleteLater();
    }
    Q_EMIT observerSessionFinished(observerSessionId);
    Q_EMIT observersRunningChanged(int(m_slots.size()));
}

QString Scheduler::userSessionOf(const ObserverProcess *process) const
{
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->process == process)
            return it.key();
    }
    return {};
}

void Scheduler::handleStopped(ObserverProcess *process, const QString &reason)
{
    const QString userSessionId = userSessionOf(process);
    if (userSessionId.isEmpty())
        return;
    const Slot slot = m_slots.take(userSessionId);
    handBack(slot.inFlight, tr("The observer exited (%1).").arg(reason));
    recordRunEnd(slot.runId, process->tally(), process->tally().outcome);
    process->deleteLater();
    Q_EMIT observerSessionFinished(process->observerSessionId());
    Q_EMIT observersRunningChanged(int(m_slots.size()));
    Q_EMIT queueChanged();
    pump();
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

void Scheduler::recordRunEnd(qint64 runId, const RunTally &tally, const QString &outcome)
{
    m_runs.recordEnd(runId, { tally.exitCode, outcome, tally.lastError, tally.cliVersion, tally.usage });
}
