#pragma once

#include "core/hide/HidePlan.h"
#include "core/hide/ObserverProof.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>

// Which transcripts under ~/.claude/projects are our observers' (never a
// user's): only what can be proven counts (ObserverProof):
//  1. a transcript whose observerSessionId we recorded for one of our runs
//     (ObserverRunLog);
//  2. a transcript in the project folder of our dedicated observer cwd whose
//     own recorded `cwd` is that folder (folder names are lossy);
//  3. claude-mem's legacy observer folder, confirmed by the transcript's own
//     first `cwd` ending in /.claude-mem/observer-sessions — never by name.
// It only reads; TranscriptHider moves what it finds.
class ObserverTranscriptFinder
{
public:
    explicit ObserverTranscriptFinder(
        QSqlDatabase db, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    void setLiveWindowSeconds(int s) { m_liveWindowSecs = s; }

    // Every provable observer transcript, minus those written within the
    // live window (a session may still be writing them).
    HidePlan plan() const;
    // The transcript(s) of one finished run, in whichever project folder.
    HidePlan planForRun(const QString &observerSessionId) const;

private:
    void considerFolder(const QFileInfo &folder, const QSet<QString> &recorded, HidePlan *plan) const;
    void considerTranscript(const QFileInfo &fi, const QString &folderName, ObserverProof::Folder kind,
        const QSet<QString> &recorded, HidePlan *plan) const;
    QFileInfoList projectFolders() const;

    QSqlDatabase m_db;
    QProcessEnvironment m_env;
    int m_liveWindowSecs = 60;
};
