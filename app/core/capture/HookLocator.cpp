#include "core/capture/HookLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
bool usable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QString HookLocator::Found::error() const
{
    return QStringLiteral("Cannot find observer-tray-hook (looked at %1). Nothing was changed; build or install it "
                          "beside observer-tray, or set OBSERVER_TRAY_HOOK_PATH to its full path.")
        .arg(searched.join(QStringLiteral(", ")));
}

HookLocator::Found HookLocator::find(const QString &appDir, const QString &overridePath)
{
    Found found;
    // An override that does not work is an error, not a reason to pick something else.
    const QStringList candidates = !overridePath.isEmpty()
        ? QStringList { QFileInfo(overridePath).absoluteFilePath() }
        : QStringList { appDir + QStringLiteral("/observer-tray-hook"),
              appDir + QStringLiteral("/../hook/observer-tray-hook") };
    for (const QString &candidate : candidates) {
        const QString path = QDir::cleanPath(candidate);
        found.searched << path;
        if (usable(path)) {
            found.path = path;
            break;
        }
    }
    return found;
}

HookLocator::Found HookLocator::find()
{
    return find(QCoreApplication::applicationDirPath(), qEnvironmentVariable("OBSERVER_TRAY_HOOK_PATH"));
}
