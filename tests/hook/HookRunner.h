#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>

// Runs the real observer-tray-hook binary as Claude Code does (event JSON on
// stdin, the event kind as its argument) and reads back what it queued.
namespace HookRunner {
struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};
Run hook(const QString &kind, const QByteArray &stdinBytes, const QProcessEnvironment &extra = {});
int queued(); // events waiting in the data folder's queue; 0 when there is no database yet
QJsonObject lastPayload(); // the newest queued event's payload
QString lastProject(); // the newest queued event's project
// A PostToolUse event as Claude Code sends it.
QByteArray toolEvent(const QString &tool = QStringLiteral("Read"), const QString &cwd = QStringLiteral("/home/u/proj"),
    const QJsonValue &response = QStringLiteral("ok"));
} // namespace HookRunner
