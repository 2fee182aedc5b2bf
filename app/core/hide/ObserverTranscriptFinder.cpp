#include "core/hide/ObserverTranscriptFinder.h"

#include "core/claude/ClaudePaths.h"
#include "core/platform/Clock.h"
#include "core/store/ObserverRunLog.h"

#include <QDateTime>
#include <QDir>

ObserverTranscriptFinder::ObserverTranscriptFinder(QSqlDatabase db, QProcessEnvironment env)
    : m_db(std::move(db)), m_env(std::move(env))
{
}

QFileInfoList ObserverTranscriptFinder::projectFolders() const
{
    return QDir(ClaudePaths::projectsDir(m_env)).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

HidePlan ObserverTranscriptFinder::plan() const
{
    HidePlan plan;
    const QSet<QString> recorded = ObserverRunLog(m_db).observerSessionIds();
    QSet<QString> seen; // symlinked folders: each real folder once
    for (const QFileInfo &folder : projectFolders()) {
        const QString real = folder.canonicalFilePath();
        if (real.isEmpty() || seen.contains(real))
            continue;
        seen.insert(real);
        considerFolder(folder, recorded, &plan);
    }
    return plan;
}

void ObserverTranscriptFinder::considerFolder(
    const QFileInfo &folder, const QSet<QString> &recorded, HidePlan *plan) const
{
    const ObserverProof::Folder kind = ObserverProof::classify(folder.fileName());
    const QFileInfoList files
        = QDir(folder.absoluteFilePath()).entryInfoList({ QStringLiteral("*.jsonl") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files)
        considerTranscript(fi, folder.fileName(), kind, recorded, plan);
}

void ObserverTranscriptFinder::considerTranscript(const QFileInfo &fi, const QString &folderName,
    ObserverProof::Folder kind, const QSet<QString> &recorded, HidePlan *plan) const
{
    QString unreadable;
    const QString reason = ObserverProof::reason(fi, kind, recorded, &unreadable);
    if (!unreadable.isEmpty())
        plan->skipped << SkippedFile { fi.filePath(), unreadable };
    if (reason.isEmpty())
        return;
    if (!fi.isReadable()) {
        plan->skipped << SkippedFile { fi.filePath(), QStringLiteral("unreadable") };
        return;
    }
    const qint64 liveAfter = Clock::nowMs() - qint64(m_liveWindowSecs) * 1000;
    if (fi.lastModified().toMSecsSinceEpoch() > liveAfter) {
        plan->skipped << SkippedFile { fi.filePath(), QStringLiteral("written in the last minute (a live session?)") };
        return;
    }
    plan->candidates << HideCandidate { fi.filePath(), folderName, reason, fi.size() };
    plan->totalBytes += fi.size();
}

HidePlan ObserverTranscriptFinder::planForRun(const QString &observerSessionId) const
{
    HidePlan plan;
    if (observerSessionId.isEmpty())
        return plan;
    // The run has ended, so its transcript is not live: no live window here.
    const QString name = observerSessionId + QStringLiteral(".jsonl");
    for (const QFileInfo &folder : projectFolders()) {
        const QFileInfo fi(folder.absoluteFilePath() + QLatin1Char('/') + name);
        if (fi.exists())
            plan.candidates << HideCandidate { fi.filePath(), folder.fileName(),
                QStringLiteral("recorded observer session"), fi.size() };
    }
    for (const HideCandidate &c : plan.candidates)
        plan.totalBytes += c.size;
    return plan;
}
