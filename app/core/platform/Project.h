#pragma once

#include "core/platform/AppPaths.h"
#include "hookcore/CaptureSettings.h"

#include <QFile>
#include <QString>

// The project a working folder belongs to, for Qt code, by the hook's own
// rule (CaptureSettings::projectOf: the git repository's main worktree, else
// the folder, then the user's merges), read fresh from capture.json.
inline QString projectOf(const QString &cwd)
{
    const CaptureSettings capture = CaptureSettings::load(
        QFile::encodeName(AppPaths::captureSettingsPath(AppPaths::settingsPath())).toStdString());
    return QString::fromStdString(capture.projectOf(cwd.toStdString()));
}
