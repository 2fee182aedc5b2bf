#pragma once

#include "hookcore/RedactionRules.h"

#include <cstddef>
#include <initializer_list>
#include <string_view>

// The pieces RedactionRules' scanners are made of: character classes, spans,
// token boundaries and key-value syntax. ASCII only, no locale, no allocation:
// they run over every byte of every event.
namespace RedactionScan {
using Predicate = bool (*)(unsigned char);

bool isAlnum(unsigned char c);
bool isUpperOrDigit(unsigned char c);
bool isUrlSafe64(unsigned char c); // base64url and the _ - of vendor tokens
bool isWordChar(unsigned char c);
bool isBase64(unsigned char c);
bool isTokenChar(unsigned char c); // RFC 6750 b64token
bool isBlank(unsigned char c);
bool isQuote(unsigned char c);

// Where the run of `ok` characters starting at `at` ends.
std::size_t spanOf(std::string_view text, std::size_t at, Predicate ok);
std::size_t skip(std::string_view text, std::size_t at, Predicate ok);
// A token starts here: not glued to a word before it ("task-…" is no "sk-…").
bool startsToken(std::string_view text, std::size_t at);
bool alreadyRedacted(std::string_view text, std::size_t at);
// Random keys mix digits and both cases; words and slugs ("sk-learn-…") do not.
bool looksRandom(std::string_view token);

struct TokenShape
{
    std::initializer_list<std::string_view> prefixes;
    Predicate body;
    std::size_t minBody;
    std::size_t maxBody; // longer: not this shape (0: no limit)
    bool mustLookRandom = false;
};
// The earliest token in `text` from `from` on that has one of the prefixes and
// a body of the right characters and length. The whole token is the secret.
bool findToken(const TokenShape &shape, std::string_view text, std::size_t from, RedactionMatch *match);

char lower(char c);
// `needle` is lower case.
std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from);
// After a key: optional closing quote, blanks, ':' or '=', blanks, an opening
// quote. Where the value starts, or npos when no assignment follows.
std::size_t valueAfterKey(std::string_view text, std::size_t at);
} // namespace RedactionScan
