#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Whether Claude Code's work reaches the queue while the hooks look installed:
// a user transcript under the Claude config's projects/ written well after the
// newest event means sessions run and their hooks do not record. Observer
// transcripts and excluded projects are not the user's work and do not count.
// Cheap: one query and a stat of each project folder's transcripts.
class CaptureCheck
{
public:
    struct Stall
    {
        bool stalled = false;
        QString transcript; // the newest user transcript
        qint64 transcriptMs = 0; // when it was written
        qint64 newestEventMs = 0; // 0: no event ever
        QString detail() const; // for a person: what was seen, what to do
    };
    // A transcript this much newer than the newest event is a stall; hooks fire
    // at every prompt and every turn's end, so ten quiet minutes say enough.
    static constexpr qint64 kGraceMs = 10 * 60 * 1000;
    // Only sessions that run now count: an old transcript is history.
    static constexpr qint64 kRecentMs = 60 * 60 * 1000;

    // The newest trace of an event: a queued one, or an observer run it started (answered events are deleted).
    static qint64 newestEventMs(const QSqlDatabase &db);
    // excludedFolders: the excluded projects as matched paths (Settings::excludedProjectAsMatched).
    static Stall stall(
        qint64 newestEventMs, const QString &projectsDir, const QStringList &excludedFolders, qint64 nowMs);
    // For this user: their projects/, their excluded projects, the clock.
    static Stall stall(const QSqlDatabase &db);

private:
    static bool isUsersFolder(const QString &folderName, const QStringList &excludedNames);
};
