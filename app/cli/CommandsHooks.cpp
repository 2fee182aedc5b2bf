#include "cli/Commands.h"
#include "core/capture/AppHooks.h"
#include "core/capture/HookInstaller.h"
#include "core/capture/HookRecorder.h"
#include "core/claude/ClaudePaths.h"
#include "hookcore/HookEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>

#include <unistd.h>

namespace {
// 0 only when every hook would record; scripts can tell the other states apart.
int hooksStatusExitCode(HookInstaller::Status s)
{
    switch (s) {
    case HookInstaller::Status::Installed:
        return 0;
    case HookInstaller::Status::NotInstalled:
        return 1;
    case HookInstaller::Status::Outdated:
        return 2;
    case HookInstaller::Status::Broken:
        return 3;
    case HookInstaller::Status::Unreadable:
        return 4;
    }
    return 4;
}

QJsonObject mcpJson(const McpRegistration::Result &m)
{
    return { { QStringLiteral("ok"), m.ok }, { QStringLiteral("status"), m.status },
        { QStringLiteral("message"), m.message } };
}

// The hooks decide the exit code; the MCP server's result is its own part
// (and its own stderr line), so a missing or old CLI never fails the hooks.
int report(const HookInstaller::Result &r, const McpRegistration::Result &m, QTextStream &out, QTextStream &err)
{
    out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), r.ok }, { QStringLiteral("changed"), r.changed },
                             { QStringLiteral("message"), r.message }, { QStringLiteral("mcp"), mcpJson(m) } })
               .toJson(QJsonDocument::Indented);
    if (!r.ok)
        err << "observer-tray: " << r.message << '\n';
    if (!m.ok)
        err << "observer-tray: MCP server (" << m.status << "): " << m.message << '\n';
    return r.ok ? 0 : 1;
}
} // namespace

int Commands::installHooks(QTextStream &out, QTextStream &err)
{
    const HookInstaller::Result hooks = AppHooks::install();
    return report(hooks, AppHooks::mcpRegistration().add(), out, err);
}

int Commands::uninstallHooks(QTextStream &out, QTextStream &err)
{
    const HookInstaller::Result hooks = AppHooks::installer().uninstall();
    return report(hooks, AppHooks::mcpRegistration().remove(), out, err);
}

int Commands::hooksStatus(QTextStream &out, QTextStream &)
{
    const HookInstaller i = AppHooks::installer();
    QString detail;
    const HookInstaller::Status s = i.status(&detail);
    const McpRegistration mcp = AppHooks::mcpRegistration();
    QString mcpDetail;
    const McpRegistration::Status m = mcp.status(&mcpDetail);
    const QJsonObject mcpPart { { QStringLiteral("status"), McpRegistration::statusName(m) },
        { QStringLiteral("command"), mcp.command().join(QLatin1Char(' ')) }, { QStringLiteral("detail"), mcpDetail } };
    const bool plugin = AppHooks::pluginEnabled();
    if (plugin && s != HookInstaller::Status::NotInstalled)
        detail = QStringLiteral("Observer Tray's Claude Code plugin is enabled too, so every event is recorded twice: "
                                "keep one (observer-tray --uninstall-hooks, or claude plugin uninstall "
                                "observer-tray@observer-tray). ")
            + detail;
    out << QJsonDocument(
        QJsonObject { { QStringLiteral("status"), HookInstaller::statusName(s) },
            { QStringLiteral("plugin"), plugin ? QStringLiteral("enabled") : QStringLiteral("not_enabled") },
            { QStringLiteral("settings"), ClaudePaths::settingsJsonPath() },
            { QStringLiteral("command"), i.commandFor(QStringLiteral("PostToolUse")) },
            { QStringLiteral("detail"), detail }, { QStringLiteral("install"), AppHooks::installCommand() },
            { QStringLiteral("mcp"), mcpPart } })
               .toJson(QJsonDocument::Indented);
    return hooksStatusExitCode(s); // the hooks' state only: the MCP part is reported, never an exit code
}

int Commands::recordEvent(const QString &kind, QTextStream &out, QTextStream &err)
{
    // Read to the cap (and one byte past it, to know it was exceeded), not to the end.
    QByteArray bytes;
    char buffer[64 * 1024];
    while (bytes.size() <= qsizetype(HookEvent::kMaxStdinBytes)) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    const HookRecorder::Result r = bytes.size() > qsizetype(HookEvent::kMaxStdinBytes)
        ? HookRecorder::Result { HookRecorder::Outcome::Failed,
              QStringLiteral("the event is larger than %1 MB; not recorded").arg(HookEvent::kMaxStdinBytes >> 20), {} }
        : HookRecorder::run(kind, bytes);
    if (r.outcome == HookRecorder::Outcome::Failed)
        err << "observer-tray-hook: " << QString(r.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    out << r.context;
    return 0; // fail open
}
