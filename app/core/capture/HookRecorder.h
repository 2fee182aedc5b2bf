#pragma once

#include <QByteArray>
#include <QString>

// The hook's full path, inside the app (`observer-tray --record-event KIND`):
// what the Qt-free hook hands over when it cannot finish alone. It decides
// like the hook (HookFront::decide), then opens the database through
// Database (creating or migrating it), queues the event, wakes the app and,
// for a new session, builds the context Claude Code shows it. Everything that
// can go wrong comes back as a message; the caller prints it on one line and
// exits 0 (fail open: a broken memory must never block the user's session).
class HookRecorder
{
public:
    enum class Outcome { Recorded, Skipped, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString message; // what failed (one line)
        QString context; // session-start: text for Claude Code's context
    };
    static Result run(const QString &kind, const QByteArray &stdinBytes);
};
