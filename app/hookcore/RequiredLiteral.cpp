#include "hookcore/RequiredLiteral.h"

#include <cctype>
#include <cstring>

namespace {
// Characters that stand for themselves outside a class in ECMAScript.
bool isPlain(unsigned char c)
{
    return std::isalnum(c) || c >= 0x80 || std::strchr("-_:=/@#%&!~\"'<>,; ", c) != nullptr;
}

// Skips a group or class starting at `at` ('(' or '['); returns the index
// after it, or npos when it does not close.
std::size_t skipNested(const std::string &p, std::size_t at)
{
    int depth = 0;
    bool inClass = false;
    for (std::size_t i = at; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
        } else if (inClass) {
            inClass = c != ']';
            if (!inClass && depth == 0)
                return i + 1;
        } else if (c == '[') {
            inClass = true;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return std::string::npos;
}

enum class Repeat { Once, Optional, AtLeastOnce };

// The quantifier at `at` (if any), and the index after it (with a lazy '?').
Repeat quantifier(const std::string &p, std::size_t &at)
{
    if (at >= p.size())
        return Repeat::Once;
    Repeat r = Repeat::Once;
    const char c = p[at];
    if (c == '*' || c == '?') {
        r = Repeat::Optional;
        ++at;
    } else if (c == '+') {
        r = Repeat::AtLeastOnce;
        ++at;
    } else if (c == '{') {
        const std::size_t close = p.find('}', at);
        if (close == std::string::npos || at + 1 >= p.size() || !std::isdigit(static_cast<unsigned char>(p[at + 1])))
            return Repeat::Optional; // not a quantifier we read: assume the worst
        r = std::strtol(p.c_str() + at + 1, nullptr, 10) == 0 ? Repeat::Optional : Repeat::AtLeastOnce;
        at = close + 1;
    } else {
        return r;
    }
    if (at < p.size() && p[at] == '?')
        ++at; // lazy: the same count
    return r;
}

bool hasTopLevelAlternation(const std::string &p)
{
    for (std::size_t i = 0; i < p.size();) {
        if (p[i] == '|')
            return true;
        if (p[i] == '\\') {
            i += 2;
        } else if (p[i] == '(' || p[i] == '[') {
            i = skipNested(p, i);
            if (i == std::string::npos)
                return true; // unbalanced: the regex library refuses it anyway
        } else {
            ++i;
        }
    }
    return false;
}
} // namespace

std::string requiredLiteral(const std::string &p)
{
    if (hasTopLevelAlternation(p))
        return {};
    std::string best, run;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (std::size_t i = 0; i < p.size();) {
        const auto c = static_cast<unsigned char>(p[i]);
        char literal = 0;
        if (c == '\\' && i + 1 < p.size() && !std::isalnum(static_cast<unsigned char>(p[i + 1]))) {
            literal = p[i + 1]; // \. \- \/ …: the character itself
            i += 2;
        } else if (c == '\\') {
            i += 2; // \d \b \1 \u…: not one known character
        } else if (c == '(' || c == '[') {
            i = skipNested(p, i);
            if (i == std::string::npos)
                return {};
        } else if (isPlain(c)) {
            literal = char(c);
            ++i;
        } else {
            ++i; // . ^ $ and the rest
        }
        const Repeat r = quantifier(p, i);
        if (literal == 0 || r == Repeat::Optional) {
            endRun();
            continue;
        }
        run += literal;
        if (r == Repeat::AtLeastOnce)
            endRun(); // "a+b" needs "ab" but "a{2}b" needs "aab": stop at the repeat
    }
    endRun();
    return best;
}
