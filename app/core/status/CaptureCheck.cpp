#include "core/status/CaptureCheck.h"

#include "core/claude/ClaudePaths.h"
#include "core/hide/ObserverProof.h"
#include "core/platform/Clock.h"
#include "core/platform/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

#include <algorithm>

QString CaptureCheck::Stall::detail() const
{
    if (!stalled)
        return {};
    const QString seen = QDateTime::fromMSecsSinceEpoch(transcriptMs).toString(Qt::ISODate);
    const QString since = newestEventMs > 0
        ? QStringLiteral("since %1").arg(QDateTime::fromMSecsSinceEpoch(newestEventMs).toString(Qt::ISODate))
        : QStringLiteral("ever");
    return QStringLiteral("Claude Code wrote %1 at %2, but no event has arrived %3: its hooks do not record. A "
                          "session started before the hooks were installed does not run them: start a new one. "
                          "Otherwise install the hooks again.")
        .arg(transcript, seen, since);
}

qint64 CaptureCheck::newestEventMs(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(coalesce((SELECT max(created_at) FROM events), 0), "
                               "coalesce((SELECT max(started_at) FROM observer_runs), 0))"))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// Not an observer's folder (ObserverProof), not an excluded project's (or a folder inside one).
bool CaptureCheck::isUsersFolder(const QString &folderName, const QStringList &excludedNames)
{
    if (ObserverProof::classify(folderName) != ObserverProof::Folder::Other)
        return false;
    return std::none_of(excludedNames.cbegin(), excludedNames.cend(), [&](const QString &excluded) {
        return folderName == excluded || folderName.startsWith(excluded + QLatin1Char('-'));
    });
}

CaptureCheck::Stall CaptureCheck::stall(
    qint64 newestEventMs, const QString &projectsDir, const QStringList &excludedFolders, qint64 nowMs)
{
    QStringList excludedNames;
    for (const QString &folder : excludedFolders)
        if (!folder.isEmpty())
            excludedNames << ClaudePaths::encodeProjectFolder(folder);
    Stall result;
    result.newestEventMs = newestEventMs;
    const QFileInfoList folders = QDir(projectsDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (!isUsersFolder(folder.fileName(), excludedNames))
            continue;
        const QFileInfoList transcripts
            = QDir(folder.filePath()).entryInfoList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Time);
        if (transcripts.isEmpty())
            continue;
        const qint64 written = transcripts.constFirst().lastModified().toMSecsSinceEpoch();
        if (written > result.transcriptMs) {
            result.transcriptMs = written;
            result.transcript = transcripts.constFirst().filePath();
        }
    }
    result.stalled = result.transcriptMs > newestEventMs + kGraceMs && result.transcriptMs > nowMs - kRecentMs;
    return result;
}

CaptureCheck::Stall CaptureCheck::stall(const QSqlDatabase &db)
{
    QStringList excluded;
    for (const QString &typed : Settings().excludedProjects())
        excluded << Settings::excludedProjectAsMatched(typed);
    return stall(newestEventMs(db), ClaudePaths::projectsDir(), excluded, Clock::nowMs());
}
