#pragma once

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

    explicit ObserverRunLog(QSqlDatabase db);

    // The new row's id; nullopt with *error set when it could not be written.
    std::optional<qint64> recordStart(const Start &run, QString *error);
    // Once per run: a run already ended keeps its first outcome.
    void recordEnd(qint64 runId, int exitCode, const QString &outcome);
    bool servedBefore(const QString &userSessionId) const;
    QSet<QString> observerSessionIds() const;

private:
    QSqlDatabase m_db;
};
