#include "HookRecorder.h"

#include "AppPaths.h"
#include "ContextBlock.h"
#include "Database.h"
#include "EventQueue.h"
#include "QueueWatcher.h"
#include "Settings.h"

#include <QDateTime>
#include <QJsonDocument>

HookRecorder::Result HookRecorder::run(const QString &kind, const QByteArray &stdinBytes, const Settings &settings)
{
    Result result;
    QString reason;
    const std::optional<HookEvent> event = HookEvent::parse(kind, stdinBytes, &reason);
    if (!event) {
        result.message = reason + QStringLiteral("; event not recorded");
        return result;
    }
    if (kind == QLatin1String("post-tool-use") && settings.skippedTools().contains(event->toolName)) {
        result.outcome = Outcome::Skipped;
        return result;
    }
    if (!event->cwd.isEmpty() && settings.isProjectExcluded(event->cwd)) {
        result.outcome = Outcome::Skipped;
        return result;
    }

    Database db(AppPaths::databasePath());
    if (!db.open()) {
        result.message = db.error() + QStringLiteral(" Event not recorded.");
        return result;
    }
    QueuedEvent queued;
    queued.sessionId = event->sessionId;
    queued.kind = event->kind;
    queued.project = event->cwd;
    queued.payload = QJsonDocument(event->payload).toJson(QJsonDocument::Compact);
    queued.createdAt = QDateTime::currentMSecsSinceEpoch();
    EventQueue queue(db.connection());
    QString error;
    if (!queue.enqueue(queued, &error)) {
        result.message = QStringLiteral("cannot queue the event (%1); event not recorded. If the disk is full or %2 is "
                                        "not writable, fix that; if another program holds the database, it will pass.")
                             .arg(error, AppPaths::dataDir());
        return result;
    }
    result.outcome = Outcome::Recorded;
    QueueWatcher::notify();
    if (kind == QLatin1String("session-start") && settings.injectContext())
        result.context = ContextBlock::build(db.connection(), event->cwd);
    return result;
}
