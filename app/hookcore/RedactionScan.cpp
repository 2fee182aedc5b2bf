#include "hookcore/RedactionScan.h"

#include <cctype>

namespace RedactionScan {

bool isAlnum(unsigned char c)
{
    return std::isalnum(c) != 0;
}
bool isUpperOrDigit(unsigned char c)
{
    return std::isupper(c) != 0 || std::isdigit(c) != 0;
}
bool isUrlSafe64(unsigned char c)
{
    return isAlnum(c) || c == '_' || c == '-';
}
bool isWordChar(unsigned char c)
{
    return isAlnum(c) || c == '_';
}
bool isBase64(unsigned char c)
{
    return isAlnum(c) || c == '/' || c == '+';
}
bool isTokenChar(unsigned char c)
{
    return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}
bool isBlank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

std::size_t spanOf(std::string_view text, std::size_t at, Predicate ok)
{
    std::size_t end = at;
    while (end < text.size() && ok(static_cast<unsigned char>(text[end])))
        ++end;
    return end;
}

bool startsToken(std::string_view text, std::size_t at)
{
    return at == 0 || (!isWordChar(static_cast<unsigned char>(text[at - 1])) && text[at - 1] != '-');
}

bool alreadyRedacted(std::string_view text, std::size_t at)
{
    return text.substr(at, 10) == "[redacted:";
}

bool looksRandom(std::string_view token)
{
    bool digit = false, upper = false, lower = false;
    for (const char ch : token) {
        const auto c = static_cast<unsigned char>(ch);
        digit |= std::isdigit(c) != 0;
        upper |= std::isupper(c) != 0;
        lower |= std::islower(c) != 0;
    }
    return digit && upper && lower;
}

bool findToken(const TokenShape &shape, std::string_view text, std::size_t from, RedactionMatch *match)
{
    bool found = false;
    for (const std::string_view prefix : shape.prefixes) {
        for (std::size_t at = text.find(prefix, from); at != std::string_view::npos && (!found || at < match->begin);
             at = text.find(prefix, at + 1)) {
            const std::size_t bodyStart = at + prefix.size();
            const std::size_t end = spanOf(text, bodyStart, shape.body);
            const std::size_t length = end - bodyStart;
            if (!startsToken(text, at) || length < shape.minBody || (shape.maxBody && length > shape.maxBody)
                || (shape.mustLookRandom && !looksRandom(text.substr(bodyStart, length))))
                continue;
            *match = { at, end };
            found = true;
            break;
        }
    }
    return found;
}

char lower(char c) // ASCII only, no locale: this runs per byte
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from)
{
    if (needle.empty() || text.size() < needle.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
        if (lower(text[i]) != needle[0])
            continue;
        std::size_t k = 1;
        while (k < needle.size() && lower(text[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return i;
    }
    return std::string_view::npos;
}

std::size_t skip(std::string_view text, std::size_t at, Predicate ok)
{
    return spanOf(text, at, ok);
}

bool isQuote(unsigned char c)
{
    return c == '"' || c == '\'';
}

std::size_t valueAfterKey(std::string_view text, std::size_t at)
{
    at = skip(text, at, isQuote);
    at = skip(text, at, isBlank);
    if (at >= text.size() || (text[at] != ':' && text[at] != '='))
        return std::string_view::npos;
    at = skip(text, at + 1, isBlank);
    return skip(text, at, isQuote);
}
} // namespace RedactionScan
