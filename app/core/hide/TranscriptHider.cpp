#include "core/hide/TranscriptHider.h"

#include "core/platform/AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

TranscriptHider::TranscriptHider(QSqlDatabase db) : m_journal(std::move(db))
{
}

FileMover::Result TranscriptHider::moveFile(
    const QString &from, const QString &to, const QString &sha256, QString *error) const
{
    return FileMover::move(from, to, sha256, m_forceCopy, error);
}

HideReport TranscriptHider::hide(const HidePlan &plan, const std::function<bool(int)> &progress)
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
        const QString hiddenPath = hiddenPathFor(c, hiddenRoot, &madeDirs, &error);
        const qint64 bytes = hiddenPath.isEmpty() ? -1 : hideOne(c, hiddenPath, &error);
        if (bytes < 0) {
            report.skipped << SkippedFile { c.path, error };
            continue;
        }
        ++report.hidden;
        report.bytes += bytes;
        if (progress && !progress(++done))
            break;
    }
    return report;
}

// <hidden root>/<project folder>/<name>, its folder made private; empty (and
// *error) when it cannot be made or a hidden file of that name exists.
QString TranscriptHider::hiddenPathFor(
    const HideCandidate &c, const QString &hiddenRoot, QSet<QString> *madeDirs, QString *error)
{
    const QString dir = hiddenRoot + QLatin1Char('/') + c.projectFolder;
    if (!madeDirs->contains(dir)) {
        if (!AppPaths::ensurePrivateDir(dir, error))
            return {};
        madeDirs->insert(dir);
    }
    const QString path = dir + QLatin1Char('/') + QFileInfo(c.path).fileName();
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("a hidden file of that name already exists");
        return {};
    }
    return path;
}

// Journal, move, mark hidden; the bytes moved, or -1 (and *error) with the
// file left in place and no row left behind.
qint64 TranscriptHider::hideOne(const HideCandidate &c, const QString &hiddenPath, QString *error)
{
    const QFileInfo fi(c.path);
    const QString sha = FileMover::sha256(c.path, error);
    if (sha.isEmpty()) {
        *error = QStringLiteral("unreadable: ") + *error;
        return -1;
    }
    // Journal first: a crash between here and the move is repaired by recover().
    const qint64 id = m_journal.beginHide({ c.path, hiddenPath, c.projectFolder, fi.completeBaseName(), c.reason,
                                              fi.size(), sha, fi.lastModified().toMSecsSinceEpoch() },
        error);
    if (id == 0) {
        *error = QStringLiteral("cannot journal: ") + *error;
        return -1;
    }
    if (moveFile(c.path, hiddenPath, sha, error) != FileMover::Result::Moved) {
        m_journal.forget(id);
        return -1;
    }
    m_journal.setState(id, HiddenSessionJournal::Hidden);
    return fi.size();
}

HideReport TranscriptHider::restore(const QList<qint64> &ids)
{
    HideReport report;
    for (const HiddenEntry &e : m_journal.hiddenEntries()) {
        if (!ids.isEmpty() && !ids.contains(e.id))
            continue;
        QString why;
        if (!restoreOne(e, &why)) {
            report.skipped << SkippedFile { e.originalPath, why };
            continue;
        }
        ++report.hidden;
        report.bytes += e.size;
    }
    return report;
}

// Moves e back; on failure it stays hidden (and restorable) and *why says why.
bool TranscriptHider::restoreOne(const HiddenEntry &e, QString *why)
{
    const QString sha = m_journal.sha256(e.id);
    m_journal.setState(e.id, HiddenSessionJournal::Restoring);
    QDir().mkpath(QFileInfo(e.originalPath).absolutePath());
    // No "does it exist?" first: the move itself refuses an existing
    // target, so a file that appears at any moment is never replaced.
    const FileMover::Result moved = moveFile(e.hiddenPath, e.originalPath, sha, why);
    if (moved != FileMover::Result::Moved) {
        m_journal.setState(e.id, HiddenSessionJournal::Hidden);
        if (moved == FileMover::Result::TargetExists)
            *why = QStringLiteral("conflict: a file already exists there; left hidden");
        return false;
    }
    m_journal.setState(e.id, HiddenSessionJournal::Restored);
    return true;
}

HideReport TranscriptHider::deletePermanently(const QList<qint64> &ids)
{
    HideReport report;
    for (const HiddenEntry &e : m_journal.hiddenEntries()) {
        if (!ids.contains(e.id))
            continue;
        if (QFileInfo::exists(e.hiddenPath) && !QFile::remove(e.hiddenPath)) {
            report.skipped << SkippedFile { e.hiddenPath, QStringLiteral("cannot delete") };
            continue;
        }
        m_journal.setState(e.id, HiddenSessionJournal::Deleted);
        ++report.hidden;
        report.bytes += e.size;
    }
    return report;
}

int TranscriptHider::recover()
{
    const QList<HiddenSessionJournal::InterruptedMove> moves = m_journal.interruptedMoves();
    for (const HiddenSessionJournal::InterruptedMove &move : moves)
        settle(move);
    return int(moves.size());
}

// Which side of an interrupted move holds the file decides: the move
// happened, never happened, or (across file systems) left two copies.
void TranscriptHider::settle(const HiddenSessionJournal::InterruptedMove &move)
{
    const bool hiding = move.state == HiddenSessionJournal::Hiding;
    const QString from = hiding ? move.originalPath : move.hiddenPath;
    const QString to = hiding ? move.hiddenPath : move.originalPath;
    const bool fromExists = QFileInfo::exists(from);
    const bool toExists = QFileInfo::exists(to);
    if (toExists && !fromExists) {
        markMoveDone(move);
    } else if (fromExists && toExists) {
        // An interrupted copy across file systems: keep whichever is whole.
        // A target that is not (part of) our copy appeared meanwhile: both stay.
        QString error;
        if (FileMover::sha256(to, &error) == move.sha256)
            QFile::remove(from);
        else if (FileMover::isPrefixOf(to, from))
            QFile::remove(to);
        if (QFileInfo::exists(from))
            markMoveUndone(move);
        else
            markMoveDone(move);
    } else if (fromExists) {
        markMoveUndone(move);
    } else {
        m_journal.forget(move.id); // both gone: nothing to track (reported by the caller's listing)
    }
}

void TranscriptHider::markMoveDone(const HiddenSessionJournal::InterruptedMove &move)
{
    const bool hiding = move.state == HiddenSessionJournal::Hiding;
    m_journal.setState(move.id, hiding ? HiddenSessionJournal::Hidden : HiddenSessionJournal::Restored);
}

// A hide that never happened leaves nothing to track; a restore that never
// happened leaves the transcript hidden.
void TranscriptHider::markMoveUndone(const HiddenSessionJournal::InterruptedMove &move)
{
    if (move.state == HiddenSessionJournal::Hiding)
        m_journal.forget(move.id);
    else
        m_journal.setState(move.id, HiddenSessionJournal::Hidden);
}
