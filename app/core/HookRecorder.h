#pragma once

#include "HookEvent.h"

class Settings;

// The hook's one job: put an event in the durable queue and wake the app.
// Everything that can go wrong comes back as a message; the hook prints it
// on one line and exits 0 (fail open: a broken memory must never block the
// user's session).
class HookRecorder
{
public:
    enum class Outcome { Recorded, Skipped, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString message; // why skipped / what failed (one line)
        QString context; // session-start: text for Claude Code's context
    };
    // Runs the whole hook for one event kind and stdin bytes.
    static Result run(const QString &kind, const QByteArray &stdinBytes, const Settings &settings);
};
