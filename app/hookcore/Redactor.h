#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

struct CaptureSettings;

// Replaces credentials in text by "[redacted:<kind>]": the built-in shapes of
// RedactionRules, then the user's extra regular expressions ("[redacted:custom]").
// Runs in the hook before an event is stored and again on what is sent to an
// observer and on `--redact-existing`. Idempotent: a marker is never redacted again.
class Redactor
{
public:
    // The built-in rules and the given extra patterns (ECMAScript syntax).
    // nullopt with *error naming the bad pattern and why.
    static std::optional<Redactor> make(const std::vector<std::string> &extraPatterns, std::string *error);
    // What the capture settings ask for: nothing when redaction is off.
    static std::optional<Redactor> forSettings(const CaptureSettings &settings, std::string *error);
    // Empty when the pattern can be used; otherwise why not, for the user.
    static std::string patternProblem(const std::string &pattern);

    // The text with every match replaced; *count (when given) grows by the replacements.
    std::string redact(std::string text, int *count = nullptr) const;
    // A JSON document with every string value redacted, compact; the input
    // unchanged when it is no JSON (a queued payload always is).
    std::string redactJson(const std::string &json, int *count = nullptr) const;

private:
    Redactor() = default;
    struct Pattern
    {
        std::regex re;
        std::string literal; // RequiredLiteral: lines without it cannot match
    };
    std::string applyPatterns(const std::string &text, int *count) const;
    static std::string applyPattern(const Pattern &pattern, const std::string &text, int *count);
    // Shared: a Redactor is copied around, its compiled expressions are not.
    std::shared_ptr<const std::vector<Pattern>> m_patterns;
};
