#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// The credential shapes Redactor replaces by "[redacted:<kind>]": the one
// table of them. Each rule is a hand-written scanner (no std::regex: the hook
// runs them on every event, see tests/hookcore/tst_redactor.cpp for the cost),
// and tests/hookcore/tst_redactor.cpp holds a true positive and a look-alike
// that must stay for every row.
struct RedactionMatch
{
    std::size_t begin = 0; // the bytes replaced: the secret, not the key naming it
    std::size_t end = 0;
};

struct RedactionRule
{
    std::string_view kind; // what the marker names: [redacted:<kind>]
    std::string_view shape; // for people: what the scanner looks for
    // The first match starting at or after `from`; false when there is none.
    bool (*find)(std::string_view text, std::size_t from, RedactionMatch *match);
};

// In the order they run: the specific shapes before the generic KEY=value line.
const std::vector<RedactionRule> &redactionRules();
