#include "core/hide/SessionHider.h"

#include "core/platform/Clock.h"
#include "core/store/ObserverRunLog.h"

#include "core/claude/ClaudePaths.h"
#include "core/hide/FileMover.h"
#include "core/hide/ObserverProof.h"
#include "core/platform/AppPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
void setState(const QSqlDatabase &db, qint64 id, int state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE hidden_sessions SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(Clock::nowMs());
    q.addBindValue(id);
    q.exec();
}
} // namespace

SessionHider::SessionHider(QSqlDatabase db, QProcessEnvironment env) : m_db(std::move(db)), m_env(std::move(env))
{
}

void SessionHider::considerFolder(
    const QString &folderPath, const QString &folderName, const QSet<QString> &recorded, HidePlan *plan) const
{
    const ObserverProof::Folder kind = ObserverProof::classify(folderName);
    const qint64 liveAfter = Clock::nowMs() - qint64(m_liveWindowSecs) * 1000;
    QDir dir(folderPath);
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.jsonl") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files) {
        QString unreadable;
        const QString reason = ObserverProof::reason(fi, kind, recorded, &unreadable);
        if (!unreadable.isEmpty())
            plan->skipped << SkippedFile { fi.filePath(), unreadable };
        if (reason.isEmpty())
            continue;
        if (!fi.isReadable()) {
            plan->skipped << SkippedFile { fi.filePath(), QStringLiteral("unreadable") };
            continue;
        }
        if (fi.lastModified().toMSecsSinceEpoch() > liveAfter) {
            plan->skipped << SkippedFile { fi.filePath(),
                QStringLiteral("written in the last minute (a live session?)") };
            continue;
        }
        plan->candidates << HideCandidate { fi.filePath(), folderName, reason, fi.size() };
        plan->totalBytes += fi.size();
    }
}

HidePlan SessionHider::plan() const
{
    HidePlan plan;
    const QSet<QString> recorded = ObserverRunLog(m_db).observerSessionIds();
    const QString projects = ClaudePaths::projectsDir(m_env);
    QSet<QString> seen; // symlinked folders: each real folder once
    const QFileInfoList folders = QDir(projects).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        const QString real = folder.canonicalFilePath();
        if (real.isEmpty() || seen.contains(real))
            continue;
        seen.insert(real);
        considerFolder(folder.absoluteFilePath(), folder.fileName(), recorded, &plan);
    }
    return plan;
}

FileMover::Result SessionHider::moveFile(
    const QString &from, const QString &to, const QString &sha256, QString *error) const
{
    return FileMover::move(from, to, sha256, m_forceCopy, error);
}

HideReport SessionHider::hide(const HidePlan &plan, const std::function<bool(int)> &progress)
{
    HideReport report;
    const QString hiddenRoot = AppPaths::hiddenSessionsDir();
    QString error;
    if (!AppPaths::ensurePrivateDir(hiddenRoot, &error)) {
        report.skipped << SkippedFile { hiddenRoot, error };
        return report;
    }
    QSet<QString> madeDirs;
    int done = 0;
    for (const HideCandidate &c : plan.candidates) {
        const QString destDir = hiddenRoot + QLatin1Char('/') + c.projectFolder;
        if (!madeDirs.contains(destDir)) {
            if (!AppPaths::ensurePrivateDir(destDir, &error)) {
                report.skipped << SkippedFile { c.path, error };
                continue;
            }
            madeDirs.insert(destDir);
        }
        const QFileInfo fi(c.path);
        const QString dest = destDir + QLatin1Char('/') + fi.fileName();
        if (QFileInfo::exists(dest)) {
            report.skipped << SkippedFile { c.path, QStringLiteral("a hidden file of that name already exists") };
            continue;
        }
        const QString sha = FileMover::sha256(c.path, &error);
        if (sha.isEmpty()) {
            report.skipped << SkippedFile { c.path, QStringLiteral("unreadable: ") + error };
            continue;
        }
        // Journal first: a crash between here and the move is repaired by recover().
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO hidden_sessions(original_path, hidden_path, project_folder, session_id, "
                                 "reason, size, sha256, mtime, state, hidden_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
        const qint64 now = Clock::nowMs();
        for (const QVariant &v : { QVariant(c.path), QVariant(dest), QVariant(c.projectFolder),
                 QVariant(fi.completeBaseName()), QVariant(c.reason), QVariant(fi.size()), QVariant(sha),
                 QVariant(fi.lastModified().toMSecsSinceEpoch()), QVariant(now), QVariant(now) })
            q.addBindValue(v);
        if (!q.exec()) {
            report.skipped << SkippedFile { c.path, QStringLiteral("cannot journal: ") + q.lastError().text() };
            continue;
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (moveFile(c.path, dest, sha, &error) != FileMover::Result::Moved) {
            QSqlQuery del(m_db);
            del.prepare(QStringLiteral("DELETE FROM hidden_sessions WHERE id = ?"));
            del.addBindValue(id);
            del.exec();
            report.skipped << SkippedFile { c.path, error };
            continue;
        }
        setState(m_db, id, Hidden);
        ++report.hidden;
        report.bytes += fi.size();
        if (progress && !progress(++done))
            break;
    }
    return report;
}

bool SessionHider::hideObserverRun(const QString &observerSessionId)
{
    if (observerSessionId.isEmpty())
        return false;
    HidePlan plan;
    const QString projects = ClaudePaths::projectsDir(m_env);
    const QString name = observerSessionId + QStringLiteral(".jsonl");
    const QFileInfoList folders = QDir(projects).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        const QFileInfo fi(folder.absoluteFilePath() + QLatin1Char('/') + name);
        if (fi.exists())
            plan.candidates << HideCandidate { fi.filePath(), folder.fileName(),
                QStringLiteral("recorded observer session"), fi.size() };
    }
    // The observer has exited, so its transcript is not live.
    return !plan.candidates.isEmpty() && hide(plan).hidden == plan.candidates.size();
}

HideReport SessionHider::restore(const QList<qint64> &ids)
{
    HideReport report;
    const QList<HiddenEntry> entries = hiddenEntries();
    QString error;
    for (const HiddenEntry &e : entries) {
        if (!ids.isEmpty() && !ids.contains(e.id))
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sha256 FROM hidden_sessions WHERE id = ?"));
        q.addBindValue(e.id);
        const QString sha = q.exec() && q.next() ? q.value(0).toString() : QString();
        setState(m_db, e.id, Restoring);
        QDir().mkpath(QFileInfo(e.originalPath).absolutePath());
        // No "does it exist?" first: the move itself refuses an existing
        // target, so a file that appears at any moment is never replaced.
        const FileMover::Result moved = moveFile(e.hiddenPath, e.originalPath, sha, &error);
        if (moved != FileMover::Result::Moved) {
            setState(m_db, e.id, Hidden);
            report.skipped << SkippedFile { e.originalPath,
                moved == FileMover::Result::TargetExists
                    ? QStringLiteral("conflict: a file already exists there; left hidden")
                    : error };
            continue;
        }
        setState(m_db, e.id, Restored);
        ++report.hidden;
        report.bytes += e.size;
    }
    return report;
}

HideReport SessionHider::deletePermanently(const QList<qint64> &ids)
{
    HideReport report;
    for (const HiddenEntry &e : hiddenEntries()) {
        if (!ids.contains(e.id))
            continue;
        if (QFileInfo::exists(e.hiddenPath) && !QFile::remove(e.hiddenPath)) {
            report.skipped << SkippedFile { e.hiddenPath, QStringLiteral("cannot delete") };
            continue;
        }
        setState(m_db, e.id, Deleted);
        ++report.hidden;
        report.bytes += e.size;
    }
    return report;
}

int SessionHider::recover()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, original_path, hidden_path, sha256, state FROM hidden_sessions WHERE state IN (0, 2)")))
        return 0;
    int fixed = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString original = q.value(1).toString();
        const QString hidden = q.value(2).toString();
        const QString sha = q.value(3).toString();
        const bool hiding = q.value(4).toInt() == Hiding;
        const QString from = hiding ? original : hidden;
        const QString to = hiding ? hidden : original;
        const bool fromExists = QFileInfo::exists(from);
        const bool toExists = QFileInfo::exists(to);
        QString error;
        if (toExists && !fromExists) {
            setState(m_db, id, hiding ? Hidden : Restored); // the move happened
        } else if (fromExists && toExists) {
            // An interrupted copy across file systems: keep whichever is whole.
            // A target that is not (part of) our copy appeared meanwhile: both stay.
            if (FileMover::sha256(to, &error) == sha)
                QFile::remove(from);
            else if (FileMover::isPrefixOf(to, from))
                QFile::remove(to);
            if (!QFileInfo::exists(from))
                setState(m_db, id, hiding ? Hidden : Restored);
            else
                setState(m_db, id, hiding ? -1 : Hidden);
        } else if (fromExists) {
            setState(m_db, id, hiding ? -1 : Hidden); // the move never happened
        } else {
            setState(m_db, id, -1); // both gone: nothing to track (reported by the caller's listing)
        }
        ++fixed;
    }
    QSqlQuery cleanup(m_db);
    cleanup.exec(QStringLiteral("DELETE FROM hidden_sessions WHERE state = -1"));
    return fixed;
}

QList<HiddenEntry> SessionHider::hiddenEntries() const
{
    QList<HiddenEntry> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, original_path, hidden_path, project_folder, reason, size, mtime, hidden_at "
                               "FROM hidden_sessions WHERE state = 1 ORDER BY id")))
        return out;
    while (q.next()) {
        out << HiddenEntry { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
            q.value(7).toLongLong() };
    }
    return out;
}
