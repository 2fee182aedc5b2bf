// EventQueue: the events of one project or user session, moved or forgotten.
#include "core/queue/EventQueue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
int changed(QSqlQuery &q, QString *error)
{
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

int counted(QSqlQuery &q)
{
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
} // namespace

int EventQueue::refileProject(const QString &from, const QString &to, int limit, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE events SET project = ? WHERE id IN (SELECT id FROM events WHERE project = ? LIMIT ?)"));
    q.addBindValue(to);
    q.addBindValue(from);
    q.addBindValue(limit);
    return changed(q, error);
}

int EventQueue::countInProject(const QString &project) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE project = ?"));
    q.addBindValue(project);
    return counted(q);
}

int EventQueue::forgetProject(const QString &project, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE project = ?"));
    q.addBindValue(project);
    return changed(q, error);
}

int EventQueue::countInSession(const QString &userSessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE session_id = ?"));
    q.addBindValue(userSessionId);
    return counted(q);
}

int EventQueue::forgetSession(const QString &userSessionId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE session_id = ?"));
    q.addBindValue(userSessionId);
    return changed(q, error);
}

QString EventQueue::newestProject() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT project FROM events ORDER BY id DESC LIMIT 1")) && q.next()
        ? q.value(0).toString()
        : QString();
}

bool EventQueue::anyExists(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db);
    // On a failed read, say yes: the commit goes on as it would have.
    return !q.exec(QStringLiteral("SELECT 1 FROM events WHERE id IN (%1) LIMIT 1").arg(list.join(QLatin1Char(','))))
        || q.next();
}
