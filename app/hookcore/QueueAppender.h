#pragma once

#include <cstdint>
#include <string>

// The hook's fast path: appends one event to the queue of a database that
// already exists at the current schema version, through SQLite's C API.
// Anything unusual (no file yet, another schema version, not a database)
// answers NeedsFullOpen, and the caller takes the app's full path, which
// creates, migrates or explains.
class QueueAppender
{
public:
    enum class Result { Appended, NeedsFullOpen, Failed };
    struct Event
    {
        std::string sessionId;
        std::string kind;
        std::string project; // may be empty
        std::string payload; // compact JSON
        std::int64_t createdAt = 0; // ms since the epoch
    };

    static Result append(const std::string &databasePath, const Event &event, std::string *error);
};
