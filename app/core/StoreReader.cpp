#include "StoreReader.h"

#include "AppPaths.h"
#include "Database.h"
#include "ObservationStore.h"

#include <QCoreApplication>

StoreReader::StoreReader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<Observation>>();
    qRegisterMetaType<QList<QueuedEvent>>();
    qRegisterMetaType<QList<HiddenEntry>>();
    qRegisterMetaType<QList<qint64>>();
}

StoreReader::~StoreReader() = default;

bool StoreReader::ensureOpen()
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

void StoreReader::search(int requestId, const QString &query, const QString &project, qint64 beforeId, int limit)
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

void StoreReader::loadParked()
{
    if (ensureOpen())
        Q_EMIT parkedReady(EventQueue(m_db->connection()).parked());
}

void StoreReader::retryParked(qint64 id)
{
    QString error;
    if (ensureOpen() && !EventQueue(m_db->connection()).retryParked(id, &error))
        Q_EMIT failed(error);
    loadParked();
}

void StoreReader::discardParked(qint64 id)
{
    QString error;
    if (ensureOpen() && !EventQueue(m_db->connection()).discardParked(id, &error))
        Q_EMIT failed(error);
    loadParked();
}

void StoreReader::loadHidden()
{
    if (ensureOpen())
        Q_EMIT hiddenReady(SessionHider(m_db->connection()).hiddenEntries());
}

void StoreReader::planHide()
{
    if (!ensureOpen())
        return;
    const HidePlan plan = SessionHider(m_db->connection()).plan();
    Q_EMIT hidePlanReady(int(plan.candidates.size()), plan.totalBytes);
}

void StoreReader::hideObserverSessions()
{
    if (!ensureOpen())
        return;
    SessionHider hider(m_db->connection());
    const HideReport r = hider.hide(hider.plan());
    Q_EMIT actionDone(QCoreApplication::translate("StoreReader", "Hid %n observer session(s).", nullptr, r.hidden)
        + (r.skipped.isEmpty()
                ? QString()
                : QCoreApplication::translate("StoreReader", " %n skipped (see --hide-observer-sessions --dry-run).",
                    nullptr, int(r.skipped.size()))));
    loadHidden();
    planHide();
}

void StoreReader::restoreHidden(const QList<qint64> &ids)
{
    if (!ensureOpen())
        return;
    const HideReport r = SessionHider(m_db->connection()).restore(ids);
    Q_EMIT actionDone(QCoreApplication::translate("StoreReader", "Restored %n session(s).", nullptr, r.hidden)
        + (r.skipped.isEmpty() ? QString()
                               : QCoreApplication::translate("StoreReader",
                                   " %n left hidden: the original path is taken.", nullptr, int(r.skipped.size()))));
    loadHidden();
    planHide();
}

void StoreReader::deleteHidden(const QList<qint64> &ids)
{
    if (!ensureOpen())
        return;
    const HideReport r = SessionHider(m_db->connection()).deletePermanently(ids);
    Q_EMIT actionDone(
        QCoreApplication::translate("StoreReader", "Deleted %n hidden session(s) permanently.", nullptr, r.hidden));
    loadHidden();
}
