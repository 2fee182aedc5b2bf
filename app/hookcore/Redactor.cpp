#include "hookcore/Redactor.h"

#include "hookcore/CaptureSettings.h"
#include "hookcore/RedactionRules.h"
#include "hookcore/RequiredLiteral.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <string_view>

using nlohmann::json;

namespace {
constexpr std::string_view kCustomMarker = "[redacted:custom]";

std::regex compiled(const std::string &pattern)
{
    return std::regex(pattern, std::regex::ECMAScript | std::regex::optimize);
}

std::string applyRule(const RedactionRule &rule, std::string text, int *count)
{
    const std::string marker = "[redacted:" + std::string(rule.kind) + "]";
    RedactionMatch m;
    for (std::size_t from = 0; from < text.size() && rule.find(text, from, &m);) {
        text.replace(m.begin, m.end - m.begin, marker);
        from = m.begin + marker.size();
        if (count)
            ++*count;
    }
    return text;
}

// The only way a built-in rule finds more after a pass: a token that the
// text before it hid ("…ab<token>") now follows a marker's ']'. Checked
// instead of a second pass over every rule, which doubles the cost.
bool markerGluedToText(std::string_view text)
{
    for (std::size_t at = text.find("[redacted:"); at != std::string_view::npos; at = text.find("[redacted:", at + 1)) {
        const std::size_t close = text.find(']', at);
        if (close == std::string_view::npos || close + 1 >= text.size())
            continue;
        const auto next = static_cast<unsigned char>(text[close + 1]);
        if (std::isalnum(next) || next == '_' || next == '-')
            return true;
    }
    return false;
}

void redactStrings(json &value, const Redactor &redactor, int *count)
{
    if (value.is_string())
        value = redactor.redact(value.get<std::string>(), count);
    else if (value.is_structured())
        for (json &child : value)
            redactStrings(child, redactor, count);
}
} // namespace

std::string Redactor::patternProblem(const std::string &pattern)
{
    if (pattern.empty())
        return "the pattern is empty";
    try {
        const std::regex re = compiled(pattern);
        if (std::regex_search(std::string(), re))
            return "the pattern matches empty text, so it would match everywhere";
        if (std::regex_search(std::string("[redacted:custom] [redacted:anthropic-key]"), re))
            return "the pattern matches Observer Tray's own marker [redacted:…]";
    } catch (const std::regex_error &e) {
        return std::string("not a valid regular expression (") + e.what() + ")";
    }
    return {};
}

std::optional<Redactor> Redactor::make(const std::vector<std::string> &extraPatterns, std::string *error)
{
    auto patterns = std::make_shared<std::vector<Pattern>>();
    for (const std::string &pattern : extraPatterns) {
        if (const std::string problem = patternProblem(pattern); !problem.empty()) {
            if (error)
                *error = "redaction pattern \"" + pattern + "\": " + problem;
            return std::nullopt;
        }
        patterns->push_back({ compiled(pattern), requiredLiteral(pattern) });
    }
    Redactor r;
    r.m_patterns = std::move(patterns);
    return r;
}

std::optional<Redactor> Redactor::forSettings(const CaptureSettings &settings, std::string *error)
{
    if (!settings.redactSecrets)
        return std::nullopt;
    return make(settings.redactPatterns, error);
}

std::string Redactor::redact(std::string text, int *count) const
{
    // A marker can make a token start where a word glued to it hid it before
    // ("<jwt>sk-…"): passes until nothing changes, so a second call finds nothing.
    for (int pass = 0; pass < 4; ++pass) {
        int found = 0;
        for (const RedactionRule &rule : redactionRules())
            text = applyRule(rule, std::move(text), &found);
        if (!m_patterns->empty())
            text = applyPatterns(text, &found);
        if (count)
            *count += found;
        if (found == 0 || (m_patterns->empty() && !markerGluedToText(text)))
            break;
    }
    return text;
}

std::string Redactor::applyPatterns(const std::string &text, int *count) const
{
    std::string out = text;
    for (const Pattern &pattern : *m_patterns)
        if (pattern.literal.empty() || out.find(pattern.literal) != std::string::npos)
            out = applyPattern(pattern, out, count);
    return out;
}

std::string Redactor::applyPattern(const Pattern &pattern, const std::string &text, int *count)
{
    // Line by line: a credential does not span lines, and libstdc++'s matcher
    // recurses per character, so one long text could exhaust the stack. Only
    // lines holding the pattern's required text meet the (slow) matcher.
    std::string out;
    out.reserve(text.size());
    for (std::size_t line = 0; line <= text.size();) {
        const std::size_t newline = text.find('\n', line);
        const std::size_t end = newline == std::string::npos ? text.size() : newline;
        const std::string_view piece(text.data() + line, end - line);
        if (!pattern.literal.empty() && piece.find(pattern.literal) == std::string_view::npos) {
            out.append(piece);
        } else {
            auto last = text.cbegin() + std::ptrdiff_t(line);
            const auto pieceEnd = text.cbegin() + std::ptrdiff_t(end);
            for (auto it = std::sregex_iterator(last, pieceEnd, pattern.re); it != std::sregex_iterator(); ++it) {
                const std::smatch &match = *it;
                if (match.length(0) == 0
                    || std::string_view(&*match[0].first, std::size_t(match.length(0))) == kCustomMarker)
                    continue;
                out.append(last, match[0].first).append(kCustomMarker);
                last = match[0].second;
                if (count)
                    ++*count;
            }
            out.append(last, pieceEnd);
        }
        if (newline == std::string::npos)
            break;
        out += '\n';
        line = newline + 1;
    }
    return out;
}

std::string Redactor::redactJson(const std::string &text, int *count) const
{
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return text;
    redactStrings(doc, *this, count);
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}
