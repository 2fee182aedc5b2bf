#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

class Redactor;

// One Claude Code hook event as the hook receives it on stdin: validated,
// private content stripped and large fields capped, ready to queue. The one
// owner of these rules; the fast hook and the app's full path both parse here.
struct HookEvent
{
    std::string kind; // session-start, user-prompt-submit, post-tool-use, stop, session-end
    std::string sessionId;
    std::string cwd;
    std::string toolName;
    std::string payload; // compact JSON object: what is stored

    static constexpr std::size_t kMaxStdinBytes = 8 * 1024 * 1024;
    static constexpr std::size_t kMaxFieldChars = 16000; // Unicode characters
    static constexpr int kMaxNesting = 256;

    static bool isKnownKind(std::string_view kind);
    // Parses stdin bytes; nullopt with a one-line reason on bad input. With a
    // redactor, every string of the payload is redacted before it is capped.
    static std::optional<HookEvent> parse(
        std::string_view kind, std::string_view stdinBytes, std::string *reason, const Redactor *redactor = nullptr);

    // "<private>…</private>" (any case; unclosed: to the end) → "[private]".
    static std::string stripPrivate(std::string text);
    // Longer than kMaxFieldChars → head and tail kept, the cut marked.
    static std::string capText(const std::string &text, bool *capped);
};
