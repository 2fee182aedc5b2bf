#pragma once

#include "core/hide/FileMover.h"

#include <QDateTime>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

struct HideCandidate
{
    QString path;
    QString projectFolder; // e.g. -home-u--claude-mem-observer-sessions
    QString reason; // which proof made it an observer session
    qint64 size = 0;
};

struct SkippedFile
{
    QString path;
    QString reason;
};

struct HidePlan
{
    QList<HideCandidate> candidates;
    QList<SkippedFile> skipped;
    qint64 totalBytes = 0;
};

struct HideReport
{
    int hidden = 0;
    qint64 bytes = 0;
    QList<SkippedFile> skipped;
};

struct HiddenEntry
{
    qint64 id = 0;
    QString originalPath;
    QString hiddenPath;
    QString projectFolder;
    QString reason;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 hiddenAt = 0;
};

// Which transcripts are observer sessions, moving them out of Claude Code's
// projects folder (so `claude --resume` and other front ends stop listing
// them) and back. Only what can be proven counts (ObserverProof):
//  1. a transcript whose session id we recorded for one of our observers;
//  2. a transcript in the project folder of our dedicated observer cwd whose
//     own recorded `cwd` is that folder (folder names are lossy);
//  3. claude-mem's legacy observer folder, confirmed by the transcript's own
//     first `cwd` ending in /.claude-mem/observer-sessions — never by name.
// Every move is journalled in hidden_sessions before it happens, so an
// interrupted hide or restore is finished or rolled back by recover().
class SessionHider
{
public:
    enum State { Hiding = 0, Hidden = 1, Restoring = 2, Restored = 3, Deleted = 4 };

    explicit SessionHider(QSqlDatabase db, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    void setLiveWindowSeconds(int s) { m_liveWindowSecs = s; }
    // Test seam: pretend every move crosses file systems (copy, verify, delete).
    void setForceCopy(bool on) { m_forceCopy = on; }

    HidePlan plan() const;
    // progress(done) after each file; return false from it to stop early.
    HideReport hide(const HidePlan &plan, const std::function<bool(int)> &progress = {});
    // After an observer run: hide its transcript if the CLI wrote one anyway.
    bool hideObserverRun(const QString &observerSessionId);
    // ids empty: everything hidden. Files whose original path is taken are
    // reported as conflicts and left hidden; nothing is overwritten.
    HideReport restore(const QList<qint64> &ids = {});
    HideReport deletePermanently(const QList<qint64> &ids);
    // Finishes or rolls back operations a crash interrupted. Returns rows fixed.
    int recover();
    QList<HiddenEntry> hiddenEntries() const;

private:
    FileMover::Result moveFile(const QString &from, const QString &to, const QString &sha256, QString *error) const;
    void considerFolder(
        const QString &folderPath, const QString &folderName, const QSet<QString> &recorded, HidePlan *plan) const;

    QSqlDatabase m_db;
    QProcessEnvironment m_env;
    int m_liveWindowSecs = 60;
    bool m_forceCopy = false;
};
