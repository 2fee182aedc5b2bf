#pragma once

#include "core/claude/RunUsage.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The one owner of the observer_runs table: one row per observer process we
// started, so hiding can prove a transcript is an observer's (never a user's)
// and a fresh observer for a user session we served before starts from a
// carry-over.
class ObserverRunLog
{
public:
    struct Start
    {
        QString observerSessionId; // the --session-id we chose
        QString userSessionId; // the Claude Code session it observes
        QString project;
        QString cwd;
        QString cliPath;
    };

    // How a run ended, as its process told it (RunTally).
    struct End
    {
        int exitCode = 0; // the CLI's real exit code (-1: it never started)
        QString outcome; // retired, exited, crashed, stopped, timed_out, failed_to_start
        QString error; // the CLI's own last error, empty when none
        QString cliVersion; // from the CLI's init line
        RunUsage usage;
    };

    explicit ObserverRunLog(QSqlDatabase db);

    // Files up to `limit` runs of `from` under `to` (ProjectRecompute), inside
    // the caller's transaction; rows changed, -1 on error.
    int refileProject(const QString &from, const QString &to, int limit, QString *error);

    // The new row's id; nullopt with *error set when it could not be written.
    std::optional<qint64> recordStart(const Start &run, QString *error);
    // Once per run: a run already ended keeps its first outcome.
    void recordEnd(qint64 runId, const End &end);
    // The newest ended run (endedAt set), for `--status`; nullopt when none ended yet.
    struct Ended : End
    {
        qint64 endedAt = 0;
    };
    std::optional<Ended> lastEnded() const;
    // Usage summed over the runs that ended since sinceMs; *runs gets how many.
    RunUsage usageSince(qint64 sinceMs, int *runs) const;
    bool servedBefore(const QString &userSessionId) const;
    QSet<QString> observerSessionIds() const;

private:
    QSqlDatabase m_db;
};
