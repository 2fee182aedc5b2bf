#include "hookcore/LoneSurrogates.h"

#include <cctype>

namespace {
// The code unit of the "\uXXXX" escape at json[at], or -1 when there is none.
int escapedUnit(std::string_view json, std::size_t at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const unsigned char c = static_cast<unsigned char>(json[i]);
        if (!std::isxdigit(c))
            return -1;
        unit = unit * 16 + (std::isdigit(c) ? c - '0' : std::tolower(c) - 'a' + 10);
    }
    return unit;
}

bool isHigh(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLow(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}
} // namespace

namespace LoneSurrogates {
std::optional<std::string> replace(std::string_view json)
{
    std::string out;
    bool replaced = false;
    bool inString = false;
    std::size_t copiedUpTo = 0;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
            continue;
        }
        if (c != '\\')
            continue;
        const int unit = escapedUnit(json, i);
        if (unit < 0) {
            ++i; // a two-character escape such as \" or \\: its second character is not special
            continue;
        }
        if (isHigh(unit) && isLow(escapedUnit(json, i + 6))) {
            i += 11; // a whole pair
            continue;
        }
        if (isHigh(unit) || isLow(unit)) {
            if (!replaced)
                out.reserve(json.size());
            out.append(json.substr(copiedUpTo, i - copiedUpTo)).append("\\ufffd");
            copiedUpTo = i + 6;
            replaced = true;
        }
        i += 5;
    }
    if (!replaced)
        return std::nullopt;
    out.append(json.substr(copiedUpTo));
    return out;
}
} // namespace LoneSurrogates
