#pragma once

#include "EventQueue.h"

#include <QString>

// The hook's fast path: appends one event to the queue of a database that
// already exists at the current schema version, through SQLite's C API.
// Going around Qt SQL saves its plugin loader (a directory scan and a dlopen)
// on every tool call Claude Code makes; the insert itself is EventQueue's.
// Anything unusual (no file yet, another schema version, not a database)
// answers NeedsFullOpen, and the caller takes the Database path, which
// creates, migrates or explains.
class QueueAppender
{
public:
    enum class Result { Appended, NeedsFullOpen, Failed };

    static Result append(const QString &databasePath, const QueuedEvent &event, QString *error);
};
