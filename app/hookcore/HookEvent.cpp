#include "hookcore/HookEvent.h"

#include "hookcore/EventKind.h"

#include "hookcore/LoneSurrogates.h"
#include "hookcore/Redactor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

using nlohmann::json;

namespace {
// Only what the observer needs; everything else stays with Claude Code.
constexpr std::array<std::string_view, 12> kKept { "session_id", "cwd", "hook_event_name", "prompt", "tool_name",
    "tool_input", "tool_response", "tool_use_id", "source", "stop_hook_active", "transcript_path", "reason" };

// Deeper than this is no hook event; refusing it keeps every recursion below bounded.
bool nestingWithin(std::string_view bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::size_t characters(const std::string &utf8)
{
    return std::size_t(std::count_if(utf8.begin(), utf8.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

// Byte offset of the n-th character (n may be the count: the end).
std::size_t offsetOfCharacter(const std::string &utf8, std::size_t n)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            if (seen == n)
                return i;
            ++seen;
        }
    }
    return utf8.size();
}

void stripAll(json &value, const Redactor *redactor)
{
    if (value.is_string()) {
        std::string text = HookEvent::stripPrivate(value.get<std::string>());
        value = redactor ? redactor->redact(std::move(text)) : std::move(text);
    } else if (value.is_structured()) {
        for (json &child : value)
            stripAll(child, redactor);
    }
}

std::string compact(const json &value)
{
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void cap(json &value)
{
    if (!value.is_string() && !value.is_structured())
        return;
    bool capped = false;
    std::string text = HookEvent::capText(value.is_string() ? value.get<std::string>() : compact(value), &capped);
    if (capped)
        value = std::move(text);
}

// False with a short reason (the parser's, without its exception prefix).
bool parseJson(std::string_view bytes, json *out, std::string *error)
{
    try {
        *out = json::parse(bytes.begin(), bytes.end());
        return true;
    } catch (const json::exception &e) { // parse_error, and out_of_range for a number too large (found by fuzzing)
        std::string what = e.what();
        if (const auto cut = what.find("] "); cut != std::string::npos)
            what.erase(0, cut + 2); // drop "[json.exception.parse_error.101] "
        if (what.size() > 200)
            what = what.substr(0, 200) + "…";
        *error = what;
        return false;
    }
}

std::string stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

bool HookEvent::isKnownKind(std::string_view kind)
{
    return eventKindNamed(kind).has_value();
}

std::string HookEvent::stripPrivate(std::string text)
{
    static constexpr std::string_view open = "<private>";
    static constexpr std::string_view close = "</private>";
    std::string lower = lowerAscii(text); // same byte offsets: only ASCII changes
    std::size_t from = 0;
    while ((from = lower.find(open, from)) != std::string::npos) {
        const std::size_t end = lower.find(close, from + open.size());
        const std::size_t stop = end == std::string::npos ? text.size() : end + close.size();
        text.replace(from, stop - from, "[private]");
        lower.replace(from, stop - from, "[private]");
        from += 9;
    }
    return text;
}

std::string HookEvent::capText(const std::string &text, bool *capped)
{
    *capped = false;
    if (text.size() <= kMaxFieldChars) // bytes >= characters: nothing to count
        return text;
    const std::size_t count = characters(text);
    if (count <= kMaxFieldChars)
        return text;
    *capped = true;
    const std::size_t half = kMaxFieldChars / 2;
    const std::size_t headEnd = offsetOfCharacter(text, half);
    const std::size_t tailStart = offsetOfCharacter(text, count - half);
    return text.substr(0, headEnd) + "\n[… " + std::to_string(count - 2 * half)
        + " characters cut by Observer Tray …]\n" + text.substr(tailStart);
}

std::optional<HookEvent> HookEvent::parse(
    std::string_view kind, std::string_view stdinBytes, std::string *reason, const Redactor *redactor)
{
    if (!isKnownKind(kind)) {
        *reason = "unknown event '" + std::string(kind.substr(0, 40))
            + "' (expected session-start, user-prompt-submit, post-tool-use, stop or session-end)";
        return std::nullopt;
    }
    if (std::all_of(stdinBytes.begin(), stdinBytes.end(), [](unsigned char c) { return std::isspace(c); })) {
        *reason = "no event JSON on stdin";
        return std::nullopt;
    }
    if (!nestingWithin(stdinBytes, kMaxNesting)) {
        *reason = "stdin is not a hook event (nested deeper than " + std::to_string(kMaxNesting) + " levels)";
        return std::nullopt;
    }
    json in;
    std::string parseError;
    if (!parseJson(stdinBytes, &in, &parseError)) {
        // Only when strict parsing failed, so the usual event pays nothing.
        const std::optional<std::string> repaired = LoneSurrogates::replace(stdinBytes);
        std::string ignored;
        if (!repaired || !parseJson(*repaired, &in, &ignored)) {
            *reason = "stdin is not a JSON object (" + parseError + ")";
            return std::nullopt;
        }
    }
    if (!in.is_object()) {
        *reason = "stdin is not a JSON object (not an object)";
        return std::nullopt;
    }
    HookEvent e;
    e.kind = std::string(kind);
    e.sessionId = stringField(in, "session_id");
    if (e.sessionId.empty() || characters(e.sessionId) > 200) {
        *reason = "the event has no usable session_id";
        return std::nullopt;
    }
    e.cwd = stringField(in, "cwd");
    e.toolName = stringField(in, "tool_name");
    if (eventKindNamed(kind) == EventKind::PostToolUse && e.toolName.empty()) {
        *reason = "post-tool-use event without tool_name";
        return std::nullopt;
    }
    json out = json::object();
    for (const std::string_view key : kKept) {
        const auto it = in.find(key);
        if (it == in.end())
            continue;
        json v = std::move(*it);
        stripAll(v, redactor);
        if (key == "tool_input" || key == "tool_response" || key == "prompt")
            cap(v);
        out[std::string(key)] = std::move(v);
    }
    e.payload = compact(out);
    return e;
}
