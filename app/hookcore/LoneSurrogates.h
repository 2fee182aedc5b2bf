#pragma once

#include <optional>
#include <string>
#include <string_view>

// Claude Code cuts long output in the middle of a UTF-16 surrogate pair and
// writes the half it kept as a JSON escape ("\ud83d"). Strict JSON parsers
// refuse such text; the event is still worth keeping.
namespace LoneSurrogates {
// The JSON text with every unpaired \uD800-\uDFFF escape inside a string
// replaced by \ufffd (U+FFFD, the replacement character); whole pairs and
// everything else unchanged. nullopt when there was none to replace.
std::optional<std::string> replace(std::string_view json);
} // namespace LoneSurrogates
