#pragma once

#include <QFileInfo>
#include <QSet>
#include <QString>

// Which proof makes a transcript an observer session (see ObserverTranscriptFinder). A
// project folder's name alone proves nothing: Claude Code's encoding is lossy
// (/x/observer_cwd and /x/observer-cwd share one folder), so outside recorded
// session ids the `cwd` recorded inside the transcript decides.
namespace ObserverProof {
enum class Folder { Ours, MaybeLegacy, Other };

inline QString legacyCwdSuffix()
{
    return QStringLiteral("/.claude-mem/observer-sessions");
}
Folder classify(const QString &projectFolderName);
// Why fi is an observer session; empty when it is not one or cannot be shown
// to be one (then *unreadable says why, when it could not be read).
QString reason(const QFileInfo &fi, Folder folder, const QSet<QString> &recordedIds, QString *unreadable);
} // namespace ObserverProof
