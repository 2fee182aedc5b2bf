#include "core/capture/AppHooks.h"

#include "core/capture/HookLocator.h"
#include "core/claude/ClaudePaths.h"
#include "core/claude/CliCapabilities.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// Quoted only when the shell needs it, so the common case reads plainly.
QString forShell(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./,:+=@%-]+$"));
    return plain.match(word).hasMatch() ? word : HookInstaller::shellQuote(word);
}

HookInstaller installerFor(const HookLocator::Found &found)
{
    return HookInstaller(ClaudePaths::settingsJsonPath(), found.path.isEmpty() ? found.searched.value(0) : found.path,
        AppHooks::dataDirArgs());
}
} // namespace

QStringList AppHooks::dataDirArgs()
{
    if (!qEnvironmentVariableIsEmpty("OBSERVER_TRAY_DATA_DIR") || AppPaths::dataDir() != AppPaths::defaultDataDir())
        return { QStringLiteral("--data-dir"), AppPaths::dataDir() };
    return {};
}

HookInstaller AppHooks::installer()
{
    return installerFor(HookLocator::find());
}

HookInstaller::Result AppHooks::install()
{
    const HookLocator::Found found = HookLocator::find();
    if (found.path.isEmpty())
        return HookInstaller::Result { false, false, found.error() };
    return installerFor(found).install();
}

QString AppHooks::installCommand()
{
    QStringList words { forShell(QCoreApplication::applicationFilePath()), QStringLiteral("--install-hooks") };
    for (const QString &a : dataDirArgs())
        words << forShell(a);
    return words.join(QLatin1Char(' '));
}

McpRegistration AppHooks::mcpRegistration()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const CliInfo cli = CliCapabilities::locate(Settings().claudePath(), env);
    return McpRegistration(cli.path,
        QStringList { QCoreApplication::applicationFilePath(), QStringLiteral("--mcp") } + dataDirArgs(), env);
}

bool AppHooks::pluginEnabled()
{
    QFile file(ClaudePaths::settingsJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject plugins
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("enabledPlugins")).toObject();
    for (auto it = plugins.constBegin(); it != plugins.constEnd(); ++it) {
        if (it.key().startsWith(QStringLiteral("observer-tray@")) && it.value().toBool())
            return true;
    }
    return false;
}

QString AppHooks::nextStep()
{
    QString detail;
    const HookInstaller::Status s = installer().status(&detail);
    return nextStep(s, detail);
}

QString AppHooks::nextStep(HookInstaller::Status s, const QString &detail)
{
    switch (s) {
    case HookInstaller::Status::Installed:
        return {};
    case HookInstaller::Status::NotInstalled:
        return QStringLiteral("Claude Code hooks are not installed: run %1").arg(installCommand());
    case HookInstaller::Status::Unreadable:
        return detail;
    default:
        return QStringLiteral("Claude Code hooks are %1: %2 Run %3")
            .arg(HookInstaller::statusName(s), detail, installCommand());
    }
}
