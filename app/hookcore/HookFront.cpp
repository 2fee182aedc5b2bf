#include "hookcore/HookFront.h"

#include "hookcore/EventKind.h"

#include "hookcore/CaptureSettings.h"
#include "hookcore/HookEvent.h"
#include "hookcore/HookPaths.h"
#include "hookcore/QueueAppender.h"
#include "hookcore/Redactor.h"
#include "hookcore/WakeFile.h"

#include <chrono>

std::string HookFront::queueFailure(const std::string &error, const std::string &dataDir)
{
    return "cannot queue the event (" + error + "); event not recorded. If the disk is full or " + dataDir
        + " is not writable, fix that; if another program holds the database, it will pass.";
}

HookFront::Decision HookFront::decide(std::string_view kind, std::string_view stdinBytes, const std::string &configDir)
{
    Decision d;
    std::string settingsError;
    const CaptureSettings settings = CaptureSettings::load(HookPaths::captureSettingsPath(configDir), &settingsError);
    if (!settingsError.empty()) {
        // Its exclusions are unknown: recording could store what the user excluded.
        d.message = settingsError + " Event not recorded.";
        return d;
    }
    const std::optional<Redactor> redactor = Redactor::forSettings(settings, &settingsError);
    if (!settingsError.empty()) {
        // Recording without the user's pattern could store the secret it was written for.
        d.message = settingsError + "; fix it in Settings. Event not recorded.";
        return d;
    }
    std::string reason;
    d.event = HookEvent::parse(kind, stdinBytes, &reason, redactor ? &*redactor : nullptr);
    if (!d.event) {
        d.message = reason + "; event not recorded";
        return d;
    }
    if ((eventKindNamed(kind) == EventKind::PostToolUse && settings.isToolSkipped(d.event->toolName))
        || settings.isProjectExcluded(d.event->cwd)) {
        d.action = Decision::Action::Skip;
        return d;
    }
    d.action = Decision::Action::Record;
    d.project = settings.projectOf(d.event->cwd);
    d.wantsContext = eventKindNamed(kind) == EventKind::SessionStart && settings.injectContext;
    return d;
}

HookFront::Result HookFront::run(
    std::string_view kind, std::string_view stdinBytes, const std::string &dataDir, const std::string &configDir)
{
    Result result;
    const Decision d = decide(kind, stdinBytes, configDir);
    if (d.action == Decision::Action::Reject) {
        result.message = d.message;
        return result;
    }
    if (d.action == Decision::Action::Skip) {
        result.outcome = Outcome::Skipped;
        return result;
    }
    if (d.wantsContext) {
        result.outcome = Outcome::NeedsFullPath;
        return result;
    }
    const HookEvent &event = *d.event;
    const QueueAppender::Event queued { event.sessionId, event.kind, d.project, event.payload,
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count() };
    std::string error;
    switch (QueueAppender::append(HookPaths::databasePath(dataDir), queued, &error)) {
    case QueueAppender::Result::Appended:
        WakeFile::ring(HookPaths::wakeFilePath(dataDir));
        result.outcome = Outcome::Recorded;
        break;
    case QueueAppender::Result::Failed:
        result.message = queueFailure(error, dataDir);
        break;
    case QueueAppender::Result::NeedsFullOpen:
        result.outcome = Outcome::NeedsFullPath;
        break;
    }
    return result;
}
