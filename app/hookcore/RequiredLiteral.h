#pragma once

#include <string>

// The longest run of plain text every match of an ECMAScript regular
// expression must contain ("corp-" in "corp-[0-9a-f]{32}"), or empty when it
// cannot tell. The Redactor looks for it first with a plain search, which
// costs microseconds, and runs std::regex (about 0.7 ms per 10 KB) only on the
// lines that hold it. Conservative by construction: anything it does not
// understand ends a run (alternation at the top anywhere, groups, classes,
// escapes other than punctuation), so a wrong answer can only be "empty".
std::string requiredLiteral(const std::string &pattern);
