#include "HookRecorder.h"

#include "AppPaths.h"
#include "ContextBlock.h"
#include "Database.h"
#include "EventQueue.h"
#include "QueueAppender.h"
#include "QueueWatcher.h"
#include "Settings.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {
QString queueFailure(const QString &error)
{
    return QStringLiteral("cannot queue the event (%1); event not recorded. If the disk is full or %2 is "
                          "not writable, fix that; if another program holds the database, it will pass.")
        .arg(error, AppPaths::dataDir());
}
} // namespace

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

    QueuedEvent queued;
    queued.sessionId = event->sessionId;
    queued.kind = event->kind;
    queued.project = event->cwd;
    queued.payload = QJsonDocument(event->payload).toJson(QJsonDocument::Compact);
    queued.createdAt = QDateTime::currentMSecsSinceEpoch();

    const bool wantsContext = kind == QLatin1String("session-start") && settings.injectContext();
    QString error;
    if (!wantsContext) {
        switch (QueueAppender::append(AppPaths::databasePath(), queued, &error)) {
        case QueueAppender::Result::Appended:
            result.outcome = Outcome::Recorded;
            QueueWatcher::notify();
            return result;
        case QueueAppender::Result::Failed:
            result.message = queueFailure(error);
            return result;
        case QueueAppender::Result::NeedsFullOpen:
            break;
        }
    }
    Database db(AppPaths::databasePath());
    if (!db.open()) {
        result.message = db.error() + QStringLiteral(" Event not recorded.");
        return result;
    }
    EventQueue queue(db.connection());
    if (!queue.enqueue(queued, &error)) {
        result.message = queueFailure(error);
        return result;
    }
    result.outcome = Outcome::Recorded;
    QueueWatcher::notify();
    if (wantsContext)
        result.context = ContextBlock::build(db.connection(), event->cwd);
    return result;
}
