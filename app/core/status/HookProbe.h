#pragma once

#include <QSqlDatabase>
#include <QString>

class HookInstaller;

// Whether the hooks in settings.json record, proven the way Claude Code runs
// them: the exact command written there for UserPromptSubmit, through
// /bin/sh, with a test event on stdin. The event must reach the queue (it is
// counted there) and is then removed: a prompt waits for its session's next
// tool event, which this made-up session never has, so no observer sees it.
class HookProbe
{
public:
    struct Result
    {
        bool ok = false;
        QString command; // as written in settings.json
        QString message; // what went wrong and what to do; empty when ok
    };
    static constexpr int kTimeoutMs = 10000;

    // settingsPath: Claude Code's settings.json; db: the app's database, where the event must arrive.
    static Result run(const HookInstaller &installer, const QString &settingsPath, const QSqlDatabase &db);
    // The command settings.json runs for event, when it is one of ours (else empty).
    static QString commandFor(
        const HookInstaller &installer, const QString &settingsPath, const QString &event, QString *error);
};
