#pragma once

#include <array>
#include <optional>
#include <string_view>

// The five hook events we record, defined once: Claude Code's event name (in
// settings.json), the argument the hook is installed with, which is also the
// kind stored in the queue. The installer, the hook, the queue, the scheduler
// and the observer's prompt all read this table.
enum class EventKind { SessionStart, UserPromptSubmit, PostToolUse, Stop, SessionEnd };

struct EventKindNames
{
    EventKind kind;
    std::string_view claudeEvent; // "PostToolUse"
    std::string_view name; // "post-tool-use": the hook's argument and the queue's kind
};

inline constexpr std::array<EventKindNames, 5> kEventKinds { {
    { EventKind::SessionStart, "SessionStart", "session-start" },
    { EventKind::UserPromptSubmit, "UserPromptSubmit", "user-prompt-submit" },
    { EventKind::PostToolUse, "PostToolUse", "post-tool-use" },
    { EventKind::Stop, "Stop", "stop" },
    { EventKind::SessionEnd, "SessionEnd", "session-end" },
} };

constexpr std::string_view eventKindName(EventKind kind)
{
    return kEventKinds[static_cast<std::size_t>(kind)].name;
}

constexpr std::string_view claudeEventName(EventKind kind)
{
    return kEventKinds[static_cast<std::size_t>(kind)].claudeEvent;
}

constexpr std::optional<EventKind> eventKindNamed(std::string_view name)
{
    for (const EventKindNames &k : kEventKinds) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

// Context a turn carries (the session's start, the user's prompt): it never
// makes a session ready on its own and rides along with the next work event.
constexpr bool ridesAlong(EventKind kind)
{
    return kind == EventKind::SessionStart || kind == EventKind::UserPromptSubmit;
}

// Work an observer must answer before its events are acknowledged.
constexpr bool needsAnswer(EventKind kind)
{
    return kind == EventKind::PostToolUse || kind == EventKind::Stop;
}
