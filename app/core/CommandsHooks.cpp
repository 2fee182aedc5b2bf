#include "AppPaths.h"
#include "ClaudePaths.h"
#include "Commands.h"
#include "HookInstaller.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
HookInstaller installer()
{
    // Tests and packagers may point at another hook binary.
    QString hook = qEnvironmentVariable("OBSERVER_TRAY_HOOK_PATH");
    if (hook.isEmpty())
        hook = QCoreApplication::applicationDirPath() + QStringLiteral("/observer-tray-hook");
    QStringList extra;
    if (!qEnvironmentVariableIsEmpty("OBSERVER_TRAY_DATA_DIR") || AppPaths::dataDir() != AppPaths::defaultDataDir())
        extra << QStringLiteral("--data-dir") << AppPaths::dataDir();
    return HookInstaller(ClaudePaths::settingsJsonPath(), hook, extra);
}

int report(const HookInstaller::Result &r, QTextStream &out, QTextStream &err)
{
    out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), r.ok }, { QStringLiteral("changed"), r.changed },
                             { QStringLiteral("message"), r.message } })
               .toJson(QJsonDocument::Indented);
    if (!r.ok)
        err << "observer-tray: " << r.message << '\n';
    return r.ok ? 0 : 1;
}
} // namespace

int Commands::installHooks(QTextStream &out, QTextStream &err)
{
    return report(installer().install(), out, err);
}

int Commands::uninstallHooks(QTextStream &out, QTextStream &err)
{
    return report(installer().uninstall(), out, err);
}

int Commands::hooksStatus(QTextStream &out, QTextStream &)
{
    const HookInstaller i = installer();
    QString detail;
    const HookInstaller::Status s = i.status(&detail);
    out << QJsonDocument(QJsonObject { { QStringLiteral("status"), HookInstaller::statusName(s) },
                             { QStringLiteral("settings"), ClaudePaths::settingsJsonPath() },
                             { QStringLiteral("command"), i.commandFor(QStringLiteral("PostToolUse")) },
                             { QStringLiteral("detail"), detail } })
               .toJson(QJsonDocument::Indented);
    return s == HookInstaller::Status::Installed ? 0 : 1;
}
