#pragma once

#include <QString>
#include <QStringList>

// Where observer-tray-hook is for the observer-tray that runs now. The one
// place that decides, in this order:
//   1. OBSERVER_TRAY_HOOK_PATH, when set (packagers, tests): only that file;
//   2. beside observer-tray (an installed prefix: cmake --install, the .deb);
//   3. the build tree: <build>/app/gui/observer-tray → <build>/app/hook/observer-tray-hook.
// A candidate counts only when it is an executable file.
class HookLocator
{
public:
    struct Found
    {
        QString path; // empty when no candidate was usable
        QStringList searched; // every place looked at, in order
        QString error() const; // for a person: where we looked, what to do
    };

    static Found find(const QString &appDir, const QString &overridePath);
    static Found find(); // for this process (its folder, its environment)
};
