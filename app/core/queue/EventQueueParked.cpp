// What is kept of the queue for people to see and act on: parked events
// (retry, discard) and counts.
#include "core/queue/EventQueue.h"

#include "core/queue/EventQueueSql.h"

#include <QSqlError>

using namespace EventQueueSql;

namespace {
// Runs a statement meant to change exactly one parked event.
bool changedOneParked(QSqlQuery &q, qint64 id, QString *error)
{
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    *error = q.lastError().isValid() && !q.lastError().text().isEmpty()
        ? q.lastError().text()
        : QStringLiteral("Event %1 is not parked (it may have been retried or discarded already).").arg(id);
    return false;
}

int countWhere(const QSqlDatabase &db, const QString &where)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE ") + where) && q.next())
        return q.value(0).toInt();
    return -1;
}
} // namespace

QList<QueuedEvent> EventQueue::parked(int limit) const
{
    QList<QueuedEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE state = ? ORDER BY id LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(Parked);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out << eventFrom(q);
    }
    return out;
}

bool EventQueue::retryParked(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE events SET state = ?, attempts = 0, next_attempt_at = 0 WHERE id = ? AND state = ?"));
    q.addBindValue(Queued);
    q.addBindValue(id);
    q.addBindValue(Parked);
    return changedOneParked(q, id, error);
}

bool EventQueue::discardParked(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE id = ? AND state = ?"));
    q.addBindValue(id);
    q.addBindValue(Parked);
    return changedOneParked(q, id, error);
}

EventQueue::Counts EventQueue::counts() const
{
    Counts c;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT state, COUNT(*) FROM events GROUP BY state"))) {
        while (q.next())
            (q.value(0).toInt() == Parked ? c.parked : c.pending) += q.value(1).toInt();
    }
    return c;
}

int EventQueue::pendingCount() const
{
    return countWhere(m_db, QStringLiteral("state IN (%1, %2)").arg(sql(Queued), sql(Claimed)));
}

int EventQueue::parkedCount() const
{
    return countWhere(m_db, QStringLiteral("state = %1").arg(sql(Parked)));
}

int EventQueue::waitingContextCount() const
{
    return countWhere(m_db,
        QStringLiteral("state = %2 AND kind IN %1 AND NOT EXISTS (SELECT 1 FROM events w WHERE w.session_id = "
                       "events.session_id AND w.state IN (%2, %3) AND w.kind NOT IN %1)")
            .arg(contextKindsSql(), sql(Queued), sql(Claimed)));
}
