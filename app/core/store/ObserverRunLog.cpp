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

void ObserverRunLog::recordEnd(qint64 runId, const End &end)
{
    if (runId <= 0)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE observer_runs SET ended_at = ?, exit_status = ?, outcome = ?, error = ?, "
                             "cli_version = ?, api_calls = ?, num_turns = ?, input_tokens = ?, output_tokens = ?, "
                             "cache_read_tokens = ?, cache_creation_tokens = ?, cost_usd = ? "
                             "WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(end.exitCode);
    q.addBindValue(end.outcome);
    q.addBindValue(end.error.isEmpty() ? QVariant() : QVariant(end.error));
    q.addBindValue(end.cliVersion.isEmpty() ? QVariant() : QVariant(end.cliVersion));
    q.addBindValue(end.usage.apiCalls);
    q.addBindValue(end.usage.numTurns);
    q.addBindValue(end.usage.inputTokens);
    q.addBindValue(end.usage.outputTokens);
    q.addBindValue(end.usage.cacheReadTokens);
    q.addBindValue(end.usage.cacheCreationTokens);
    q.addBindValue(end.usage.costUsd >= 0 ? QVariant(end.usage.costUsd) : QVariant());
    q.addBindValue(runId);
    q.exec();
}

std::optional<ObserverRunLog::Ended> ObserverRunLog::lastEnded() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ended_at, exit_status, outcome, error, cli_version, api_calls, num_turns, "
                               "input_tokens, output_tokens, cache_read_tokens, cache_creation_tokens, cost_usd "
                               "FROM observer_runs WHERE ended_at IS NOT NULL ORDER BY ended_at DESC, id DESC LIMIT 1"))
        || !q.next())
        return std::nullopt;
    Ended run;
    run.endedAt = q.value(0).toLongLong();
    run.exitCode = q.value(1).toInt();
    run.outcome = q.value(2).toString();
    run.error = q.value(3).toString();
    run.cliVersion = q.value(4).toString();
    run.usage.apiCalls = q.value(5).toInt();
    run.usage.numTurns = q.value(6).toInt();
    run.usage.inputTokens = q.value(7).toLongLong();
    run.usage.outputTokens = q.value(8).toLongLong();
    run.usage.cacheReadTokens = q.value(9).toLongLong();
    run.usage.cacheCreationTokens = q.value(10).toLongLong();
    run.usage.costUsd = q.value(11).isNull() ? -1 : q.value(11).toDouble();
    return run;
}

RunUsage ObserverRunLog::usageSince(qint64 sinceMs, int *runs) const
{
    RunUsage usage;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*), TOTAL(api_calls), TOTAL(num_turns), TOTAL(input_tokens), "
                             "TOTAL(output_tokens), TOTAL(cache_read_tokens), TOTAL(cache_creation_tokens) "
                             "FROM observer_runs WHERE ended_at >= ?"));
    q.addBindValue(sinceMs);
    if (q.exec() && q.next()) {
        *runs = q.value(0).toInt();
        usage.apiCalls = q.value(1).toInt();
        usage.numTurns = q.value(2).toInt();
        usage.inputTokens = q.value(3).toLongLong();
        usage.outputTokens = q.value(4).toLongLong();
        usage.cacheReadTokens = q.value(5).toLongLong();
        usage.cacheCreationTokens = q.value(6).toLongLong();
    }
    return usage;
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

int ObserverRunLog::refileProject(const QString &from, const QString &to, int limit, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE observer_runs SET project = ? WHERE id IN "
                             "(SELECT id FROM observer_runs WHERE project = ? LIMIT ?)"));
    q.addBindValue(to);
    q.addBindValue(from);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}
