#include "gui/StoreWorker.h"

#include "core/hide/HiddenSessionJournal.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/Forgetting.h"
#include "core/store/ObservationStore.h"

#include <QCoreApplication>

StoreWorker::StoreWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<Observation>>();
    qRegisterMetaType<QList<QueuedEvent>>();
    qRegisterMetaType<QList<HiddenEntry>>();
    qRegisterMetaType<QList<qint64>>();
}

StoreWorker::~StoreWorker() = default;

bool StoreWorker::ensureOpen()
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<Database>(AppPaths::databasePath()); // opened on the thread that uses it
    if (!m_db->open()) {
        Q_EMIT failed(m_db->error());
        return false;
    }
    return true;
}

void StoreWorker::search(int requestId, const QString &query, const QString &project, qint64 beforeId, int limit)
{
    if (!ensureOpen())
        return;
    QString error;
    QList<Observation> page = ObservationStore(m_db->connection()).search(query, project, limit + 1, beforeId, &error);
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT searchReady(requestId, page, more);
}

void StoreWorker::loadParked()
{
    if (ensureOpen())
        Q_EMIT parkedReady(EventQueue(m_db->connection()).parked());
}

void StoreWorker::retryParked(qint64 id)
{
    QString error;
    if (ensureOpen() && !EventQueue(m_db->connection()).retryParked(id, &error))
        Q_EMIT failed(error);
    loadParked();
}

void StoreWorker::discardParked(qint64 id)
{
    QString error;
    if (ensureOpen() && !EventQueue(m_db->connection()).discardParked(id, &error))
        Q_EMIT failed(error);
    loadParked();
}

void StoreWorker::loadHidden()
{
    if (ensureOpen())
        Q_EMIT hiddenReady(HiddenSessionJournal(m_db->connection()).hiddenEntries());
}

void StoreWorker::planHide()
{
    if (!ensureOpen())
        return;
    const HidePlan plan = ObserverTranscriptFinder(m_db->connection()).plan();
    Q_EMIT hidePlanReady(int(plan.candidates.size()), plan.totalBytes);
}

void StoreWorker::hideObserverSessions()
{
    if (!ensureOpen())
        return;
    const HideReport r = TranscriptHider(m_db->connection()).hide(ObserverTranscriptFinder(m_db->connection()).plan());
    if (r.hidden == 0 && r.skipped.isEmpty()) {
        Q_EMIT actionDone(QCoreApplication::translate(
            "StoreWorker", "Nothing to hide: `claude --resume` lists no observer session."));
        return;
    }
    Q_EMIT actionDone(QCoreApplication::translate("StoreWorker", "Hid %n observer session(s).", nullptr, r.hidden)
        + (r.skipped.isEmpty()
                ? QString()
                : QCoreApplication::translate("StoreWorker", " %n skipped (see --hide-observer-sessions --dry-run).",
                    nullptr, int(r.skipped.size()))));
    loadHidden();
    planHide();
}

void StoreWorker::restoreHidden(const QList<qint64> &ids)
{
    if (!ensureOpen())
        return;
    const HideReport r = TranscriptHider(m_db->connection()).restore(ids);
    Q_EMIT actionDone(QCoreApplication::translate("StoreWorker", "Restored %n session(s).", nullptr, r.hidden)
        + (r.skipped.isEmpty() ? QString()
                               : QCoreApplication::translate("StoreWorker",
                                   " %n left hidden: the original path is taken.", nullptr, int(r.skipped.size()))));
    loadHidden();
    planHide();
}

void StoreWorker::deleteHidden(const QList<qint64> &ids)
{
    if (!ensureOpen())
        return;
    const HideReport r = TranscriptHider(m_db->connection()).deletePermanently(ids);
    Q_EMIT actionDone(
        QCoreApplication::translate("StoreWorker", "Deleted %n hidden session(s) permanently.", nullptr, r.hidden));
    loadHidden();
}

void StoreWorker::measureForget(const QString &scope, const QString &key)
{
    if (!ensureOpen())
        return;
    Forgetting forgetting(m_db->connection());
    const Forgetting::Amount a
        = scope == QLatin1String("project") ? forgetting.projectAmount(key) : forgetting.sessionAmount(key);
    Q_EMIT forgetMeasured(scope, key, a.observations, a.summaries, a.events);
}

void StoreWorker::forget(const QString &scope, const QString &key)
{
    if (!ensureOpen())
        return;
    Forgetting forgetting(m_db->connection());
    QString error;
    const auto gone = scope == QLatin1String("project") ? forgetting.forgetProject(key, &error)
                                                        : forgetting.forgetSession(key, &error);
    if (!gone) {
        Q_EMIT failed(tr("Could not forget: %1. Nothing was deleted.").arg(error));
        return;
    }
    Q_EMIT memoryForgotten(tr("Forgot %1 observations, %2 summaries and %3 queued events.")
                               .arg(gone->observations)
                               .arg(gone->summaries)
                               .arg(gone->events));
}

void StoreWorker::deleteObservations(const QList<qint64> &ids)
{
    if (!ensureOpen())
        return;
    QString error;
    const int deleted = Forgetting(m_db->connection()).deleteObservations(ids, &error);
    if (deleted < 0) {
        Q_EMIT failed(tr("Could not delete the observations: %1. None was deleted.").arg(error));
        return;
    }
    Q_EMIT memoryForgotten(tr("Deleted %1 observations.").arg(deleted));
}

void StoreWorker::findLatestProject()
{
    if (!ensureOpen())
        return;
    const QString queued = EventQueue(m_db->connection()).newestProject();
    Q_EMIT latestProjectFound(queued.isEmpty() ? ObservationStore(m_db->connection()).newestProject() : queued);
}
