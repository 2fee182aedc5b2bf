#pragma once

#include "hookcore/HookEvent.h"

#include <optional>
#include <string>
#include <string_view>

// The hook's job for one event, on the fast path: parse (HookEvent), apply the
// capture settings, append to the queue (QueueAppender), ring the app
// (WakeFile). What it cannot do without the app's code, creating or migrating
// the database and building a new session's context, it hands back as
// NeedsFullPath; the hook then runs `observer-tray --record-event`.
class HookFront
{
public:
    enum class Outcome { Recorded, Skipped, Failed, NeedsFullPath };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::string message; // what failed (one line), for stderr
    };

    // What to do with an event: record it (and, for a new session, build its
    // context), skip it (capture settings), or reject it (bad input, unreadable
    // settings; message says why). Both paths start here.
    struct Decision
    {
        enum class Action { Record, Skip, Reject } action = Action::Reject;
        std::optional<HookEvent> event;
        std::string project; // CaptureSettings::projectOf(event->cwd): what the event is filed under
        bool wantsContext = false;
        std::string message;
    };
    static Decision decide(std::string_view kind, std::string_view stdinBytes, const std::string &configDir);

    static Result run(
        std::string_view kind, std::string_view stdinBytes, const std::string &dataDir, const std::string &configDir);

    // The one wording of "the queue refused the event", for both paths.
    static std::string queueFailure(const std::string &error, const std::string &dataDir);
};
