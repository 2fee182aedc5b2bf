#include "core/status/HookProbe.h"

#include "core/capture/HookInstaller.h"
#include "core/capture/HookTree.h"
#include "core/capture/OrderedJson.h"
#include "core/capture/SettingsFile.h"
#include "core/platform/AppPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString kEvent = QStringLiteral("UserPromptSubmit");

QByteArray testEvent(const QString &sessionId)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("session_id"), sessionId }, { QStringLiteral("transcript_path"), QString() },
            { QStringLiteral("cwd"), AppPaths::dataDir() }, { QStringLiteral("hook_event_name"), kEvent },
            { QStringLiteral("prompt"), QStringLiteral("Observer Tray setup check") } })
        .toJson(QJsonDocument::Compact);
}

int countAndRemove(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE session_id = ?"));
    q.addBindValue(sessionId);
    const int count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("DELETE FROM events WHERE session_id = ?"));
    q.addBindValue(sessionId);
    q.exec();
    return count;
}
} // namespace

QString HookProbe::commandFor(
    const HookInstaller &installer, const QString &settingsPath, const QString &event, QString *error)
{
    OrderedJson settings = OrderedJson::object();
    if (!SettingsFile(settingsPath).load(&settings, error))
        return {};
    QString command;
    if (OrderedJson *hooks = settings.value(QStringLiteral("hooks"))) {
        HookTree::walk(*hooks, { event }, [&](const QString &, OrderedJson &hook) {
            if (command.isEmpty() && !installer.ourProgram(hook).isEmpty())
                command = hook.value(QStringLiteral("command"))->toString();
            return HookTree::Visit::Keep;
        });
    }
    return command;
}

HookProbe::Result HookProbe::run(const HookInstaller &installer, const QString &settingsPath, const QSqlDatabase &db)
{
    Result r;
    QString error;
    r.command = commandFor(installer, settingsPath, kEvent, &error);
    if (r.command.isEmpty()) {
        r.message = error.isEmpty()
            ? QStringLiteral("settings.json runs no hook of ours for %1: install the hooks.").arg(kEvent)
            : error;
        return r;
    }
    const QString sessionId
        = QStringLiteral("observer-tray-setup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), r.command });
    sh.write(testEvent(sessionId));
    sh.closeWriteChannel();
    if (!sh.waitForFinished(kTimeoutMs)) {
        sh.kill();
        sh.waitForFinished();
        r.message
            = QStringLiteral("The hook command did not finish within %1 s: %2").arg(kTimeoutMs / 1000).arg(r.command);
        return r;
    }
    const QString err = QString::fromUtf8(sh.readAllStandardError()).trimmed();
    if (sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0) {
        r.message = QStringLiteral("The hook command failed (exit %1)%2. Install the hooks again.")
                        .arg(sh.exitCode())
                        .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err);
        return r;
    }
    if (countAndRemove(db, sessionId) != 1) {
        r.message = QStringLiteral("The hook ran, but its test event did not reach this app's queue (%1): the hooks "
                                   "record into another data folder. Install the hooks again.")
                        .arg(AppPaths::databasePath());
        return r;
    }
    r.ok = true;
    return r;
}
