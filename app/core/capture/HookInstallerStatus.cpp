// HookInstaller::status: whether the hooks in settings.json would record, not only whether they are there.
#include "core/capture/HookInstaller.h"
#include "core/capture/HookTree.h"
#include "core/capture/OrderedJson.h"
#include "core/capture/SettingsFile.h"

#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace {
// Claude Code runs a hook through /bin/sh: a bare name is looked up in PATH.
bool runnable(const QString &program)
{
    const QString path = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}
} // namespace

HookInstaller::Status HookInstaller::status(QString *detail) const
{
    QString error;
    SettingsFile file(m_settingsPath);
    OrderedJson settings = OrderedJson::object();
    if (!file.load(&settings, &error)) {
        if (detail)
            *detail = error;
        return Status::Unreadable;
    }
    OrderedJson *hooks = settings.value(QStringLiteral("hooks"));
    int ours = 0;
    QSet<QString> current;
    QString broken;
    if (hooks) {
        HookTree::walk(*hooks, events(), [&](const QString &event, OrderedJson &hook) {
            const QString program = ourProgram(hook);
            if (program.isEmpty())
                return HookTree::Visit::Keep;
            ++ours;
            if (!runnable(program) && broken.isEmpty())
                broken = program;
            if (hook.value(QStringLiteral("command"))->toString() == commandFor(event))
                current.insert(event);
            return HookTree::Visit::Keep;
        });
    }
    if (ours == 0)
        return Status::NotInstalled;
    if (!broken.isEmpty()) {
        if (detail)
            *detail = QStringLiteral("The hooks run %1, which is missing or not executable: every hook run fails and "
                                     "nothing is recorded. Install again to point them at %2.")
                          .arg(broken, m_hookPath);
        return Status::Broken;
    }
    if (current.size() == events().size())
        return Status::Installed;
    if (detail)
        *detail = QStringLiteral("Some hooks are missing or run another observer-tray-hook than %1 (or with another "
                                 "--data-dir); install again to update them.")
                      .arg(m_hookPath);
    return Status::Outdated;
}
