#include "core/store/ObserverRunLog.h"

#include "core/platform/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ObserverRunLog::ObserverRunLog(QSqlDatabase db) : m_db(std::move(db))
{
}

std::optional<qint64> ObserverRunLog::recordStart(const Start &run, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO observer_runs(observer_session_id, user_session_id, project, cwd, cli_path, "
                             "started_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.observerSessionId);
    q.addBindValue(run.userSessionId);
    q.addBindValue(run.project.isNull() ? QStringLiteral("") : run.project);
    q.addBindValue(run.cwd);
    q.addBindValue(run.cliPath);
    q.addBindValue(Clock::nowMs());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

void ObserverRunLog::recordEnd(qint64 runId, int exitCode, const QString &outcome)
{
    if (runId <= 0)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE observer_runs SET ended_at = ?, exit_status = ?, error = ? "
                             "WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(exitCode);
    q.addBindValue(outcome);
    q.addBindValue(runId);
    q.exec();
}

bool ObserverRunLog::servedBefore(const QString &userSessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM observer_runs WHERE user_session_id = ? LIMIT 1"));
    q.addBindValue(userSessionId);
    return q.exec() && q.next();
}

QSet<QString> ObserverRunLog::observerSessionIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT observer_session_id FROM observer_runs"))) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}
