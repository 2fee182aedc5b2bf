#pragma once

#include "core/hide/FileMover.h"
#include "core/hide/HiddenSessionJournal.h"
#include "core/hide/HidePlan.h"
#include "core/hide/HideReport.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

// Moves observer transcripts out of Claude Code's projects folder (so
// `claude --resume` and other front ends stop listing them), back, or deletes
// them, journalling each step in HiddenSessionJournal before the file moves:
// an interrupted hide or restore is finished or rolled back by recover().
// What to hide comes from ObserverTranscriptFinder.
class TranscriptHider
{
public:
    explicit TranscriptHider(QSqlDatabase db);

    // Test seam: pretend every move crosses file systems (copy, verify, delete).
    void setForceCopy(bool on) { m_forceCopy = on; }

    // progress(done) after each file; return false from it to stop early.
    HideReport hide(const HidePlan &plan, const std::function<bool(int)> &progress = {});
    // ids empty: everything hidden. Files whose original path is taken are
    // reported as conflicts and left hidden; nothing is overwritten.
    HideReport restore(const QList<qint64> &ids = {});
    HideReport deletePermanently(const QList<qint64> &ids);
    // Finishes or rolls back moves a crash interrupted. Returns rows fixed.
    int recover();

private:
    QString hiddenPathFor(const HideCandidate &c, const QString &hiddenRoot, QSet<QString> *madeDirs, QString *error);
    qint64 hideOne(const HideCandidate &c, const QString &hiddenPath, QString *error);
    bool restoreOne(const HiddenEntry &e, QString *why);
    void settle(const HiddenSessionJournal::InterruptedMove &move);
    void markMoveDone(const HiddenSessionJournal::InterruptedMove &move);
    void markMoveUndone(const HiddenSessionJournal::InterruptedMove &move);
    FileMover::Result moveFile(const QString &from, const QString &to, const QString &sha256, QString *error) const;

    HiddenSessionJournal m_journal;
    bool m_forceCopy = false;
};
