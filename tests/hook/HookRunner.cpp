#include "HookRunner.h"

#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

namespace HookRunner {
Run hook(const QString &kind, const QByteArray &stdinBytes, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OT_HOOK), { kind });
    p.waitForStarted();
    p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

int queued()
{
    if (!QFile::exists(AppPaths::databasePath()))
        return 0;
    Database db(AppPaths::databasePath());
    return db.open() ? EventQueue(db.connection()).pendingCount() : -1;
}

QJsonObject lastPayload()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT payload FROM events ORDER BY id DESC LIMIT 1")) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QString lastProject()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT project FROM events ORDER BY id DESC LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toString();
}

QByteArray toolEvent(const QString &tool, const QString &cwd, const QJsonValue &response)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("session_id"), QStringLiteral("s1") }, { QStringLiteral("cwd"), cwd },
            { QStringLiteral("hook_event_name"), QStringLiteral("PostToolUse") }, { QStringLiteral("tool_name"), tool },
            { QStringLiteral("tool_use_id"), QStringLiteral("toolu_1") },
            { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("/a") } } },
            { QStringLiteral("tool_response"), response } })
        .toJson(QJsonDocument::Compact);
}
} // namespace HookRunner
