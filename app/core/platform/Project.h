#pragma once

#include "hookcore/ProjectRoot.h"

#include <QString>

// The project a working folder belongs to, for Qt code: the one rule is
// ProjectRoot::of (the git repository's main worktree, else the folder).
inline QString projectOf(const QString &cwd)
{
    return QString::fromStdString(ProjectRoot::of(cwd.toStdString()));
}
