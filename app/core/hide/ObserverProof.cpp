#include "core/hide/ObserverProof.h"

#include "core/claude/ClaudePaths.h"
#include "core/hide/TranscriptProbe.h"
#include "core/platform/AppPaths.h"

#include <QDir>

namespace {
// The cwd a CLI records is its physical working directory; ours may be
// spelled through a symlink.
bool isObserverCwd(const QString &cwd)
{
    const QString ours = AppPaths::observerCwd();
    const QString clean = QDir::cleanPath(cwd);
    return !cwd.isEmpty() && (clean == ours || clean == QFileInfo(ours).canonicalFilePath());
}
} // namespace

ObserverProof::Folder ObserverProof::classify(const QString &projectFolderName)
{
    if (projectFolderName == ClaudePaths::encodeProjectFolder(AppPaths::observerCwd()))
        return Folder::Ours;
    if (projectFolderName.endsWith(QLatin1String("-claude-mem-observer-sessions")))
        return Folder::MaybeLegacy;
    return Folder::Other;
}

QString ObserverProof::reason(const QFileInfo &fi, Folder folder, const QSet<QString> &recordedIds, QString *unreadable)
{
    if (recordedIds.contains(fi.completeBaseName()))
        return QStringLiteral("recorded observer session");
    if (folder == Folder::Other)
        return {};
    const TranscriptProbe probe = TranscriptProbe::read(fi.filePath());
    if (!probe.readable) {
        *unreadable = QStringLiteral("unreadable: ") + probe.error;
        return {};
    }
    if (folder == Folder::Ours && isObserverCwd(probe.cwd))
        return QStringLiteral("observer-tray observer cwd");
    if (folder == Folder::MaybeLegacy && probe.cwd.endsWith(legacyCwdSuffix()))
        return QStringLiteral("claude-mem observer session");
    return {}; // a user's project with a similar name: never touched
}
