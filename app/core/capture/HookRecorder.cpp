#include "core/capture/HookRecorder.h"

#include "core/capture/ContextBlock.h"
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/queue/QueueWatcher.h"
#include "core/store/Database.h"
#include "hookcore/HookFront.h"

#include "core/platform/Clock.h"

#include <QDateTime>
#include <QFile>

HookRecorder::Result HookRecorder::run(const QString &kind, const QByteArray &stdinBytes)
{
    Result result;
    const HookFront::Decision d
        = HookFront::decide(kind.toStdString(), std::string_view(stdinBytes.constData(), size_t(stdinBytes.size())),
            QFile::encodeName(AppPaths::configDir()).toStdString());
    if (d.action == HookFront::Decision::Action::Reject) {
        result.message = QString::fromStdString(d.message);
        return result;
    }
    if (d.action == HookFront::Decision::Action::Skip) {
        result.outcome = Outcome::Skipped;
        return result;
    }
    QueuedEvent queued;
    queued.userSessionId = QString::fromStdString(d.event->sessionId);
    queued.kind = QString::fromStdString(d.event->kind);
    queued.project = QString::fromStdString(d.project);
    queued.payload = QByteArray::fromStdString(d.event->payload);
    queued.createdAt = Clock::nowMs();

    Database db(AppPaths::databasePath());
    if (!db.open()) {
        result.message = db.error() + QStringLiteral(" Event not recorded.");
        return result;
    }
    QString error;
    if (!EventQueue(db.connection()).enqueue(queued, &error)) {
        result.message = QString::fromStdString(
            HookFront::queueFailure(error.toStdString(), QFile::encodeName(AppPaths::dataDir()).toStdString()));
        return result;
    }
    result.outcome = Outcome::Recorded;
    QueueWatcher::notify();
    if (d.wantsContext)
        result.context = ContextBlock::build(db.connection(), queued.project);
    return result;
}
