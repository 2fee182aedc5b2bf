#include "AppPaths.h"
#include "ClaudePaths.h"
#include "Commands.h"
#include "HookEvent.h"
#include "HookInstaller.h"
#include "HookRecorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>

#include <unistd.h>

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
