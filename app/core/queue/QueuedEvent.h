#pragma once

#include "hookcore/EventKind.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

// One hook event as it waits in the queue.
struct QueuedEvent
{
    qint64 id = 0;
    QString userSessionId; // the user's Claude Code session (hook payload session_id)
    QString kind; // session-start, user-prompt-submit, post-tool-use, stop, session-end
    QString project; // ProjectRoot::of(the event's cwd): the repository, or the cwd
    QByteArray payload; // the (capped, private-stripped) hook JSON
    qint64 createdAt = 0;
    int attempts = 0;
    QString lastError;

    bool is(EventKind k) const
    {
        const std::string_view name = eventKindName(k);
        return kind == QLatin1String(name.data(), qsizetype(name.size()));
    }
};
