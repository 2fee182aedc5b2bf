#pragma once

#include <QString>

// What the model types, made into an FTS5 query that cannot be an FTS5
// syntax error and means what it looks like: every word must match, "quoted
// words" match as a phrase, and the last word, when it is not in quotes, also
// matches as a prefix (so "migrat" finds "migration"). Operators, columns,
// parentheses and stray quotes are plain text. Empty when there is no word.
namespace SafeFtsQuery {
QString from(const QString &text);
}
